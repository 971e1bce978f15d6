"""The store: one writer thread owns the write connection; readers use their own connections.

No connection crosses threads: each reader thread opens its own on first use.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from sqlcipher3 import dbapi2

from memshadow_desktop.core.hlc import MAX_AHEAD_MS, HlcStamp, HybridClock
from memshadow_desktop.core.store import db
from memshadow_desktop.core.store.memories import WriteContext
from memshadow_desktop.core.store.schema import migrate

T = TypeVar("T")

READER_THREADS = 2
CLOSE_CHECKPOINT_WAIT_MS = 250


class Store:
    def __init__(self, path: Path, key: bytes, *, plain: bool = False) -> None:
        self.path = path
        self._key = key
        self._plain = plain
        # Names this store's writes in the change journal, so its own watcher skips them.
        self.origin = secrets.token_hex(8)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="store-writer")
        self._readers = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="store-reader")
        self._local = threading.local()
        self._reader_conns: list[db.Connection] = []
        self._lock = threading.Lock()
        self._wconn: db.Connection | None = None
        self._closed = False
        try:
            self._writer.submit(self._open_writer).result()
        except BaseException:
            self._shutdown()
            raise
        self.ctx = WriteContext(self.meta("device_id") or "", HybridClock(self._last_hlc()))

    # --- lifecycle ----------------------------------------------------------------------------

    def _open_writer(self) -> None:
        conn = db.connect(self.path, self._key, plain=self._plain, origin=self.origin)
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._wconn = conn

    def close(self) -> None:
        """Close every connection (a second call does nothing)."""
        if self._closed:
            return
        self._closed = True

        def close_writer() -> None:
            if self._wconn is not None:
                # Fold the WAL back so the database file stands alone at rest. Another process
                # still reading or writing makes this wait: then it is left to the last one.
                with contextlib.suppress(dbapi2.DatabaseError):
                    self._wconn.execute(f"PRAGMA busy_timeout = {CLOSE_CHECKPOINT_WAIT_MS}")
                    self._wconn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._wconn.close()
                self._wconn = None

        try:
            self._writer.submit(close_writer).result()
        finally:
            self._shutdown()

    def _shutdown(self) -> None:
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        with self._lock:
            for conn in self._reader_conns:
                conn.close()
            self._reader_conns.clear()

    # --- running work -------------------------------------------------------------------------

    def write(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run ``fn(conn, ctx, ...)`` on the writer thread inside one transaction."""
        return self._writer.submit(self._in_transaction, fn, args, kwargs).result()

    def _in_transaction(
        self, fn: Callable[..., T], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> T:
        conn = self._wconn
        assert conn is not None, "store is closed"
        with db.transaction(conn):
            # Other processes (the window, the agent, a command beside them) write to this
            # vault too: stamps must follow theirs, so the clock reads the newest one first.
            self._follow_clock(conn)
            return fn(conn, self.ctx, *args, **kwargs)

    def _follow_clock(self, conn: db.Connection) -> None:
        # Stamps far ahead (a device with a wrong clock) are not followed, nor may they mask
        # the newest stamp another process of this vault wrote.
        bound = HlcStamp(int(time.time() * 1000) + MAX_AHEAD_MS, 0).encode()
        row = conn.execute("SELECT max(hlc) FROM revisions WHERE hlc < ?", (bound,)).fetchone()
        if row is not None and row[0] and row[0] > self.ctx.clock.last.encode():
            self.ctx.clock.observe(HlcStamp.decode(row[0]))

    @property
    def readers(self) -> int:
        """How many reads can run at once."""
        return READER_THREADS

    def read(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run ``fn(conn, ...)`` on a reader thread with that thread's own connection."""
        return self._readers.submit(self._in_reader, fn, args, kwargs).result()

    def read_later(self, fn: Callable[..., T], *args: object, **kwargs: object) -> Future[T]:
        """:meth:`read`, started now and awaited later (to overlap it with other work)."""
        return self._readers.submit(self._in_reader, fn, args, kwargs)

    def _in_reader(
        self, fn: Callable[..., T], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> T:
        conn: db.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # Closed by close() after the reader pool has stopped, hence not same-thread.
            conn = db.connect(
                self.path, self._key, plain=self._plain, same_thread=False, origin=self.origin
            )
            self._local.conn = conn
            with self._lock:
                self._reader_conns.append(conn)
        try:
            return fn(conn, *args, **kwargs)
        except dbapi2.DatabaseError as exc:
            raise db.translate(exc, self.path) from None

    # --- small key/value metadata -------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        def get(conn: db.Connection) -> str | None:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return None if row is None else str(row[0])

        return self._writer.submit(lambda: get(self._require_writer())).result()

    def set_meta(self, key: str, value: str) -> None:
        def put(conn: db.Connection, _ctx: WriteContext) -> None:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

        self.write(put)

    def connect(self) -> db.Connection:
        """A connection of the caller's own, for a thread that watches the vault; the caller
        closes it."""
        return db.connect(
            self.path, self._key, plain=self._plain, same_thread=False, origin=self.origin
        )

    def _require_writer(self) -> db.Connection:
        assert self._wconn is not None, "store is closed"
        return self._wconn

    def _last_hlc(self) -> HlcStamp | None:
        bound = HlcStamp(int(time.time() * 1000) + MAX_AHEAD_MS, 0).encode()

        def newest(conn: db.Connection) -> str | None:
            row = conn.execute("SELECT max(hlc) FROM revisions WHERE hlc < ?", (bound,)).fetchone()
            return None if row is None else row[0]

        value = self._writer.submit(lambda: newest(self._require_writer())).result()
        return HlcStamp.decode(value) if value else None

    def set_device_id(self, device_id: str) -> None:
        self.set_meta("device_id", device_id)
        self.ctx.device_id = device_id
