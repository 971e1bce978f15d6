"""Rate limits in the database, so every worker and replica counts together.

A limit is a count per key within a window: the key is a hash of a scope ("failed logins from
this address", "failed passphrase proofs for this account from this address", "sign-ups from
this address", "challenges to this address"). Only what a limit is about is counted: failures
for logins, not successes. The table stays bounded: expired windows are deleted, and past
``max_keys`` keys the oldest windows go first, so an attacker spraying addresses cannot grow
it (or this process) without bound.
"""

from __future__ import annotations

import hashlib
import time

import sqlalchemy as sa

from memshadow_desktop.server import schema as s
from memshadow_desktop.server.db import Database

PRUNE_EVERY = 64  # new keys between two sweeps of expired windows


class Throttle:
    def __init__(self, db: Database, max_keys: int) -> None:
        self.db = db
        self.max_keys = max_keys
        self._new_keys = 0

    @staticmethod
    def key(scope: str, *parts: str) -> bytes:
        return hashlib.sha256("\x00".join((scope, *parts)).encode()).digest()

    def wait(self, key: bytes, limit: int, window_s: float) -> float:
        """Seconds until ``key`` may be counted again (0: not over its limit)."""
        t = s.throttle
        now = time.time()
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(t.c.window_end, t.c.count.label("hits")).where(t.c.key == key)
            ).one_or_none()
        if row is None or row.window_end <= now or row.hits < limit:
            return 0.0
        return max(0.1, row.window_end - now)

    def hit(self, key: bytes, window_s: float) -> int:
        """Count one event for ``key``; returns the count in its current window."""
        t = s.throttle
        now = time.time()
        with self.db.write(durable=False) as conn:  # a count lost to a power cut: harmless
            row = conn.execute(
                sa.select(t.c.window_end, t.c.count.label("hits")).where(t.c.key == key)
            ).one_or_none()
            if row is None:
                self._make_room(conn, now)
                conn.execute(sa.insert(t).values(key=key, window_end=now + window_s, count=1))
                return 1
            if row.window_end <= now:
                conn.execute(
                    sa.update(t).where(t.c.key == key).values(window_end=now + window_s, count=1)
                )
                return 1
            conn.execute(sa.update(t).where(t.c.key == key).values(count=t.c.count + 1))
            return int(row.hits) + 1

    def _make_room(self, conn: sa.Connection, now: float) -> None:
        t = s.throttle
        self._new_keys += 1
        if self._new_keys % PRUNE_EVERY == 0:
            conn.execute(sa.delete(t).where(t.c.window_end <= now))
        size = int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
        if size < self.max_keys:
            return
        conn.execute(sa.delete(t).where(t.c.window_end <= now))
        size = int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
        excess = size - self.max_keys + 1
        if excess > 0:
            oldest = sa.select(t.c.key).order_by(t.c.window_end).limit(excess)
            conn.execute(sa.delete(t).where(t.c.key.in_(oldest.scalar_subquery())))

    def size(self) -> int:
        with self.db.read() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(s.throttle)).scalar_one()
            )
