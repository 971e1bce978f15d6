"""Scripted unlock: the vault passphrase from ``MEMSHADOW_PASSPHRASE`` or ``--passphrase-file``,
read as the ``memshadow`` command reads them (the environment first; a trailing newline in the
file is not part of the passphrase; an unreadable file is an invalid-input error)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from memshadow_desktop.core.api import InvalidInputError, VaultLockedError

PASSPHRASE_ENV = "MEMSHADOW_PASSPHRASE"

Provider = Callable[[], str]


def read_passphrase_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(
            f"cannot read passphrase file {path}: {exc.strerror}",
            reason="passphrase_file_unreadable",
            path=path,
            why=exc.strerror or "",
        ) from None
    # A trailing newline from an editor or `echo` is not part of the passphrase.
    return text.rstrip("\r\n")


def no_passphrase_given() -> VaultLockedError:
    return VaultLockedError("no passphrase given", reason="no_passphrase", env=PASSPHRASE_ENV)


def scripted_passphrase(passphrase_file: str | None) -> Provider | None:
    """What unlocks the vault without asking; None: nothing given, the dialog asks. The file
    is read only when the vault wants a passphrase (a keyring vault never does)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return lambda: value
    if passphrase_file:
        return partial(read_passphrase_file, passphrase_file)
    return None
