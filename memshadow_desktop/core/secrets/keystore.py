"""The OS keyring, when a real backend exists (macOS Keychain, Windows Credential Locker,
Secret Service on Linux desktops)."""

from __future__ import annotations

import base64
import contextlib

import keyring
import keyring.backend
from keyring.errors import KeyringError

from memshadow_desktop.core.errors import VaultLockedError

SERVICE = "memshadow-vault"


def keyring_backend_name() -> str | None:
    """The usable backend's name, or None when only fail/null backends are present."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    # The fail and null backends have priority <= 0; the chainer reports its best member's.
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    if priority <= 0:
        return None
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name.lower() or "null" in name.lower():
        return None
    return name


def store_key(user: str, key: bytes) -> None:
    try:
        keyring.set_password(SERVICE, user, base64.b64encode(key).decode("ascii"))
    except KeyringError as exc:
        raise VaultLockedError(
            f"the OS keyring refused the key ({exc})", reason="keyring_refused"
        ) from None


def load_key(user: str) -> bytes:
    try:
        value = keyring.get_password(SERVICE, user)
    except KeyringError as exc:
        raise VaultLockedError(
            f"the OS keyring is not available ({exc})", reason="keyring_unavailable"
        ) from None
    if value is None:
        raise VaultLockedError(
            "the vault key is not in the OS keyring", reason="key_not_in_keyring"
        )
    return base64.b64decode(value)


def delete_key(user: str) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, user)
