"""Creating, unlocking and re-keying a vault: the header and the encrypted store.

Several processes may have one vault open at once (the window or the agent, and CLI commands
beside them): the database is shared through SQLite's own locking. Only creating a vault and
rewriting its header take an exclusive lock (core/locks.py).
"""

from __future__ import annotations

import os
import secrets as pysecrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from memshadow_desktop.core.errors import (
    CorruptHeaderError,
    InvalidInputError,
    NoVaultError,
    VaultBusyError,
    VaultExistsError,
    VaultLockedError,
)
from memshadow_desktop.core.locks import ProcessLock, setup_lock
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets import keystore
from memshadow_desktop.core.secrets.header import (
    KEY_BYTES,
    MIN_PASSPHRASE_LENGTH,
    PROTECTION_KEYRING,
    PROTECTION_PASSPHRASE,
    KdfParams,
    VaultHeader,
)
from memshadow_desktop.core.store.store import Store

PassphraseProvider = Callable[[], str]


@dataclass
class OpenVault:
    paths: AppPaths
    header: VaultHeader
    store: Store

    def close(self) -> None:
        self.store.close()


def vault_exists(paths: AppPaths) -> bool:
    return paths.vault_header.exists() or paths.vault_db.exists()


# Creating a vault or writing its header takes a moment (a key derivation at most): others wait.
SETUP_WAIT_S = 60.0


def _setup_lock(paths: AppPaths) -> ProcessLock:
    paths.ensure()
    lock = setup_lock(paths.data_dir)
    if not lock.acquire(timeout=SETUP_WAIT_S):
        raise VaultBusyError(str(paths.data_dir))
    return lock


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInputError(
            f"the passphrase is too short (at least {MIN_PASSPHRASE_LENGTH} characters)",
            reason="passphrase_too_short",
            minimum=MIN_PASSPHRASE_LENGTH,
        )


def create(
    paths: AppPaths,
    *,
    passphrase: str | None,
    use_keyring: bool,
    kdf: KdfParams | None = None,
) -> OpenVault:
    """Make a new vault; refuses to touch an existing one."""
    if vault_exists(paths):
        raise VaultExistsError(str(paths.data_dir))
    lock = _setup_lock(paths)
    try:
        if vault_exists(paths):
            raise VaultExistsError(str(paths.data_dir))
        key = pysecrets.token_bytes(KEY_BYTES)
        vault_id = str(uuid.uuid4())
        if use_keyring:
            keystore.store_key(vault_id, key)
            header = VaultHeader(
                vault_id,
                PROTECTION_KEYRING,
                keyring_service=keystore.SERVICE,
                keyring_user=vault_id,
            )
        else:
            if passphrase is None:
                raise InvalidInputError(
                    "a passphrase is needed to protect the vault", reason="passphrase_needed"
                )
            check_passphrase(passphrase)
            header = VaultHeader.wrap(vault_id, key, passphrase, kdf or KdfParams())
        # The database comes first: a header without a database is detectable, the reverse
        # would leave an unopenable database behind.
        store = Store(paths.vault_db, key)
        store.set_meta("vault_id", vault_id)
        store.set_device_id(uuid.uuid4().hex)
        header.save(paths.vault_header)
        return OpenVault(paths, header, store)
    finally:
        lock.release()


def unlock(paths: AppPaths, passphrase: PassphraseProvider) -> OpenVault:
    """Open an existing vault; the passphrase is asked for only when the header needs it."""
    if not paths.vault_header.exists() and not paths.vault_db.exists():
        raise NoVaultError(str(paths.data_dir))
    # Waits while another process creates the vault or writes a new header.
    lock = _setup_lock(paths)
    try:
        if not paths.vault_header.exists():
            raise CorruptHeaderError(
                f"{paths.vault_header} is missing",
                reason="header_missing",
                path=str(paths.vault_header),
            )
        header = VaultHeader.load(paths.vault_header)
        if not paths.vault_db.exists():
            raise CorruptHeaderError(
                f"the database {paths.vault_db} is missing",
                reason="database_missing",
                path=str(paths.vault_db),
            )
    finally:
        lock.release()
    # The passphrase is asked for and stretched without holding the lock.
    key = _vault_key(header, passphrase)
    store = Store(paths.vault_db, key)
    if store.meta("vault_id") != header.vault_id:
        store.close()
        raise CorruptHeaderError(
            "the header belongs to a different vault", reason="header_of_another_vault"
        )
    return OpenVault(paths, header, store)


def _vault_key(header: VaultHeader, passphrase: PassphraseProvider) -> bytes:
    if header.protection == PROTECTION_KEYRING:
        return keystore.load_key(header.keyring_user or header.vault_id)
    return header.unwrap(passphrase())


def change_passphrase(
    vault: OpenVault, old: PassphraseProvider, new: str, kdf: KdfParams | None = None
) -> VaultHeader:
    """Re-wrap the same vault key under a new passphrase; the database is not touched.

    A keyring-protected vault becomes passphrase-protected (its keyring entry is removed).
    """
    check_passphrase(new)
    header = vault.header
    key = _vault_key(header, old)
    new_header = VaultHeader.wrap(header.vault_id, key, new, kdf or KdfParams())
    lock = _setup_lock(vault.paths)
    try:
        new_header.save(vault.paths.vault_header)
    finally:
        lock.release()
    if header.protection == PROTECTION_KEYRING:
        keystore.delete_key(header.keyring_user or header.vault_id)
    vault.header = new_header
    return new_header


def use_keyring(vault: OpenVault, old: PassphraseProvider) -> VaultHeader:
    """Keep the vault key in the OS keyring instead of under the passphrase (which is asked
    for once more, so that nobody at an unlocked screen can change the protection)."""
    header = vault.header
    if header.protection == PROTECTION_KEYRING:
        return header
    key = _vault_key(header, old)
    if keystore.keyring_backend_name() is None:
        raise VaultLockedError("no OS keyring is available", reason="keyring_unavailable")
    keystore.store_key(header.vault_id, key)
    new_header = VaultHeader(
        header.vault_id,
        PROTECTION_KEYRING,
        keyring_service=keystore.SERVICE,
        keyring_user=header.vault_id,
    )
    lock = _setup_lock(vault.paths)
    try:
        new_header.save(vault.paths.vault_header)
    finally:
        lock.release()
    vault.header = new_header
    return new_header


def protection_of(header: VaultHeader) -> str:
    return PROTECTION_PASSPHRASE if header.protection == PROTECTION_PASSPHRASE else "keyring"


def vault_files(paths: AppPaths) -> list[Path]:
    files = [paths.vault_db, paths.vault_header]
    files += [Path(str(paths.vault_db) + s) for s in ("-wal", "-shm")]
    return [f for f in files if f.exists()]


def disk_usage(paths: AppPaths) -> int:
    return sum(os.path.getsize(f) for f in vault_files(paths))
