"""Watching the vault for what other processes commit (the CLI beside the window, the agent).

Every write lands in the ``changes`` journal through triggers (schema v6), tagged with the
writing store's origin. A watcher polls ``PRAGMA data_version`` (which changes only when
another connection commits, and costs no page read), then reads the journal rows it has not
seen that other origins wrote, and hands them over as one :class:`ExternalChanges`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlcipher3 import dbapi2

from memshadow_desktop.core.store import db
from memshadow_desktop.core.store.store import Store

log = logging.getLogger(__name__)

POLL_S = 0.1
BATCH = 5_000


@dataclass(frozen=True)
class ExternalChanges:
    """What other processes changed since the last report."""

    memories: frozenset[str] = frozenset()
    vectors: dict[str, frozenset[str]] = field(default_factory=dict)  # model -> memory ids
    outbox: bool = False
    sync_keys: frozenset[str] = frozenset()
    conflicts: frozenset[str] = frozenset()
    everything: bool = False  # fell behind the journal: reload whatever is held in memory

    def __bool__(self) -> bool:
        return bool(
            self.memories
            or self.vectors
            or self.outbox
            or self.sync_keys
            or self.conflicts
            or self.everything
        )


def read_since(conn: db.Connection, after: int, origin: str) -> tuple[int, ExternalChanges]:
    """Journal rows after ``after`` written by other origins; returns the last seq seen."""
    first = conn.execute("SELECT min(seq) FROM changes").fetchone()[0]
    everything = first is not None and first > after + 1
    rows = conn.execute(
        "SELECT seq, kind, memory_id, detail, origin FROM changes WHERE seq > ? "
        "ORDER BY seq LIMIT ?",
        (after, BATCH),
    ).fetchall()
    if len(rows) == BATCH:
        # A bulk change (an import): cheaper to reload than to follow row by row.
        last = int(conn.execute("SELECT max(seq) FROM changes").fetchone()[0])
        return last, ExternalChanges(everything=True, outbox=True)
    memories: set[str] = set()
    vectors: dict[str, set[str]] = {}
    sync_keys: set[str] = set()
    conflicts: set[str] = set()
    outbox = False
    last = after
    for seq, kind, memory_id, detail, row_origin in rows:
        last = max(last, int(seq))
        if row_origin == origin:
            continue
        if kind == "memory":
            memories.add(memory_id)
        elif kind == "vectors":
            vectors.setdefault(detail, set()).add(memory_id)
        elif kind == "outbox":
            outbox = True
        elif kind == "sync":
            sync_keys.add(detail)
        elif kind == "conflict":
            conflicts.add(memory_id)
    changes = ExternalChanges(
        frozenset(memories),
        {model: frozenset(ids) for model, ids in vectors.items()},
        outbox,
        frozenset(sync_keys),
        frozenset(conflicts),
        bool(everything),
    )
    return last, changes


def last_seq(conn: db.Connection) -> int:
    row = conn.execute("SELECT max(seq) FROM changes").fetchone()
    return int(row[0] or 0)


class ChangeWatcher:
    """A thread that reports other processes' commits to ``on_changes`` (on that thread)."""

    def __init__(
        self,
        store: Store,
        on_changes: Callable[[ExternalChanges], None],
        *,
        poll_s: float = POLL_S,
    ) -> None:
        self._store = store
        self._on_changes = on_changes
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> ChangeWatcher:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="vault-watcher", daemon=True)
            self._thread.start()
            self._started.wait(10)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        try:
            conn = self._store.connect()
        except Exception:
            log.exception("cannot watch the vault")
            self._started.set()
            return
        try:
            after = last_seq(conn)
            version = _data_version(conn)
            self._started.set()
            while not self._stop.wait(self._poll_s):
                now = _data_version(conn)
                if now == version:
                    continue
                version = now
                after = self._report(conn, after)
        finally:
            self._started.set()
            with contextlib.suppress(dbapi2.DatabaseError):
                conn.close()

    def _report(self, conn: db.Connection, after: int) -> int:
        try:
            last, changes = read_since(conn, after, self._store.origin)
        except dbapi2.DatabaseError:
            log.exception("reading the change journal failed")
            return after
        if changes:
            try:
                self._on_changes(changes)
            except Exception:  # a broken subscriber must not end the watch
                log.exception("handling external changes failed")
        return last


def _data_version(conn: db.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
