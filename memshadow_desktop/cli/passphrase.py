"""Where passphrases come from: the environment, a file, or an interactive prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from memshadow_desktop.cli.common import state
from memshadow_desktop.core.api import InvalidInputError, VaultLockedError

PASSPHRASE_ENV = "MEMSHADOW_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MEMSHADOW_NEW_PASSPHRASE"
CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"  # set by systemd for a unit with credentials
CREDENTIAL_NAME = "memshadow-passphrase"  # core/edge/units.py names it so


def read_passphrase_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(f"cannot read passphrase file {path}: {exc.strerror}") from None
    # A trailing newline from an editor or `echo` is not part of the passphrase.
    return text.rstrip("\r\n")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def current_passphrase() -> str:
    """The vault passphrase: MEMSHADOW_PASSPHRASE, --passphrase-file, the systemd credential
    (``edge install`` units: ``LoadCredentialEncrypted=``), or a prompt."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if state().passphrase_file:
        return read_passphrase_file(state().passphrase_file or "")
    credential = systemd_credential()
    if credential is not None:
        return read_passphrase_file(str(credential))
    if _interactive():
        return getpass.getpass("Vault passphrase: ")
    raise VaultLockedError(
        f"no passphrase given (set {PASSPHRASE_ENV}, use --passphrase-file, or run in a terminal)"
    )


def new_passphrase(*, env: str, file: str | None, prompt: str) -> str:
    """A passphrase being chosen: from ``env``, ``file``, or asked twice."""
    value = os.environ.get(env)
    if value:
        return value
    if file:
        return read_passphrase_file(file)
    if _interactive():
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise InvalidInputError("the two passphrases differ")
        return first
    raise InvalidInputError(f"no passphrase given (set {env} or use a passphrase file)")


def systemd_credential() -> Path | None:
    """The passphrase systemd decrypted for this service into its private, in-memory
    credentials directory; None when not started with one."""
    folder = os.environ.get(CREDENTIALS_ENV)
    if not folder:
        return None
    path = Path(folder) / CREDENTIAL_NAME
    return path if path.is_file() else None
