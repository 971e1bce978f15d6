"""SQLCipher connections: the raw vault key, WAL, and translation of driver errors."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlcipher3 import dbapi2

from memshadow_desktop.core.errors import (
    MemshadowError,
    NotAVaultError,
    StorageError,
    StorageFullError,
    VaultBusyError,
)

# sqlcipher3 ships no type information; its connection mirrors sqlite3.Connection.
Connection: TypeAlias = Any


ORIGIN_FUNCTION = "memshadow_origin"


def connect(
    path: Path,
    key: bytes,
    *,
    plain: bool = False,
    same_thread: bool = True,
    origin: str = "",
) -> Connection:
    """Open ``path`` keyed with the raw 32-byte vault key.

    ``origin`` names the opening store in the change journal (schema v6): its triggers call
    ``memshadow_origin()``, so every connection that may write must register it.

    A raw key skips SQLCipher's own PBKDF2 (the key is already random), so opening is instant.
    ``same_thread=False`` only lets the owner close it from another thread after its thread
    has stopped. ``plain`` opens an unencrypted SQLite file with the same code path (only for
    benchmarks).
    """
    if not path.exists():
        # Owner-only from the first byte (SQLite gives its -wal and -shm files the same mode).
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    elif os.name == "posix":
        for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if each.exists() and each.stat().st_mode & 0o077:
                os.chmod(each, 0o600)  # tightened when an older version left it readable
    conn = sqlcipher3.connect(
        str(path), timeout=30, isolation_level=None, check_same_thread=same_thread
    )
    conn.create_function(ORIGIN_FUNCTION, 0, lambda: origin, deterministic=True)
    try:
        # SQLCipher logs decryption failures to stderr itself; the caller reports them as a
        # typed error instead (a wrong key must read as one line, not a log dump).
        conn.execute("PRAGMA cipher_log_level = NONE")
        if not plain:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # HMAC-SHA256 per page (SQLCipher 4 defaults to SHA512): same integrity guarantee,
            # measurably cheaper on every page written. Part of the vault format: never change.
            conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        # Temporary tables and sort spills stay in memory: no plaintext temp files.
        conn.execute("PRAGMA temp_store = MEMORY")
        # The first read decides whether the key fits.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        # Decrypted pages stay in this cache (memory only); a larger one saves re-decrypting.
        conn.execute("PRAGMA cache_size = -65536")
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise translate(exc, path) from None
    return conn


def translate(exc: Exception, path: Path | str = "") -> MemshadowError:
    """Map a driver error to a typed core error."""
    text = str(exc).lower()
    if "file is not a database" in text or "not a database" in text:
        return NotAVaultError(str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return StorageFullError(str(path))
    if "database is locked" in text:
        return VaultBusyError(str(path))
    if "malformed" in text or "corrupt" in text:
        return NotAVaultError(f"{path} ({exc})")
    return StorageError(str(exc))


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; driver errors become core errors."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.DatabaseError as exc:
        raise translate(exc) from None
    try:
        yield conn
    except dbapi2.DatabaseError as exc:
        _rollback(conn)
        raise translate(exc) from None
    except BaseException:
        _rollback(conn)
        raise
    else:
        try:
            conn.execute("COMMIT")
        except dbapi2.DatabaseError as exc:
            _rollback(conn)
            raise translate(exc) from None


def _rollback(conn: Connection) -> None:
    with contextlib.suppress(dbapi2.DatabaseError):
        conn.execute("ROLLBACK")
