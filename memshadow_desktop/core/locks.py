"""Locks between the processes that open one vault (the window, the agent, CLI commands).

The vault itself is shared: SQLite's write lock serialises writers. What must not run twice at
once takes an OS file lock here. The OS drops such a lock when its process dies (kill -9, a
crash, power loss), so a stale holder never blocks the next start.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

LOCK_MODE = 0o600


class ProcessLock:
    """An exclusive lock on ``path`` between processes (and between objects of one process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Not thread-local: taken on one thread, released on another (async code, shutdown).
        self._lock = FileLock(str(path), mode=LOCK_MODE, thread_local=False)

    def try_acquire(self) -> bool:
        return self.acquire(timeout=0)

    def acquire(self, timeout: float) -> bool:
        """True once held; False when another holder kept it for ``timeout`` seconds."""
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def is_free(self) -> bool:
        """Whether nobody holds it now (taken and given back at once to find out)."""
        if self.held:
            return False
        if self.try_acquire():
            self.release()
            return True
        return False


def sync_lock(database: Path) -> ProcessLock:
    """Held for one sync session at a time per vault, whichever process runs it: two sessions
    would pull and apply the same records and move the cursor past each other."""
    return ProcessLock(database.with_name("sync.lock"))


def setup_lock(data_dir: Path) -> ProcessLock:
    """Held while a vault is created or its header rewritten (a new passphrase)."""
    return ProcessLock(data_dir / "vault.lock")


def owner_lock(data_dir: Path) -> ProcessLock:
    """Held by the process that runs the vault's background work, for as long as it runs."""
    return ProcessLock(data_dir / "owner.lock")
