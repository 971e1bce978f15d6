"""Live announcements: which device streams want to hear about which account.

In one process the push handler publishes straight to the hub. With PostgreSQL every push also
``NOTIFY``s (inside its transaction, so only committed records are announced) and each replica
``LISTEN``s, so a device connected to any replica hears about pushes made on any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from memshadow_desktop.server.db import Database

log = logging.getLogger("memshadow.server.events")

NOTIFY_CHANNEL = "memshadow_events"


@dataclass(eq=False)
class Subscription:
    account_id: int
    device_id: str
    seq: int = 0  # newest sequence number announced
    by: str = ""  # device that pushed it
    revoked: bool = False
    replaced: bool = False  # a newer stream of the same device took its place
    wake: asyncio.Event = field(default_factory=asyncio.Event)


class Hub:
    def __init__(self) -> None:
        self._subs: dict[int, set[Subscription]] = {}
        self._order: list[Subscription] = []  # oldest first
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    @contextlib.contextmanager
    def subscribe(
        self, account_id: int, device_id: str, seq: int, max_per_device: int = 0
    ) -> Iterator[Subscription]:
        """A stream's subscription; beyond ``max_per_device`` streams of one device (in this
        process), the oldest ones end, so a device cannot hold any number open."""
        sub = Subscription(account_id, device_id, seq)
        subs = self._subs.setdefault(account_id, set())
        if max_per_device > 0:
            mine = [x for x in self._order if x in subs and x.device_id == device_id]
            for old in mine[: max(0, len(mine) - max_per_device + 1)]:
                old.replaced = True
                old.wake.set()
                subs.discard(old)
        subs.add(sub)
        self._order.append(sub)
        try:
            yield sub
        finally:
            with contextlib.suppress(ValueError):
                self._order.remove(sub)
            current = self._subs.get(account_id)
            if current is not None:
                current.discard(sub)
                if not current:
                    del self._subs[account_id]

    @property
    def connected(self) -> int:
        return sum(len(v) for v in self._subs.values())

    def publish(self, account_id: int, seq: int, device_id: str, kind: str = "seq") -> None:
        """Call on the event loop."""
        for sub in self._subs.get(account_id, ()):
            if kind == "revoke":
                if sub.device_id == device_id:
                    sub.revoked = True
                    sub.wake.set()
            elif seq > sub.seq:
                sub.seq, sub.by = seq, device_id
                sub.wake.set()

    def publish_threadsafe(
        self, account_id: int, seq: int, device_id: str, kind: str = "seq"
    ) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.publish, account_id, seq, device_id, kind)

    def on_notify(self, payload: str) -> None:
        try:
            msg = json.loads(payload)
            self.publish(int(msg["a"]), int(msg["s"]), str(msg["d"]), str(msg.get("k", "seq")))
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed notification")


def notify(
    db: Database, conn: Connection, account_id: int, seq: int, device: str, kind: str = "seq"
) -> None:
    """PostgreSQL: announce to every replica once the transaction commits.

    SQLite has one process, so the route publishes to the hub itself after the commit.
    """
    if db.is_sqlite:
        return
    payload = json.dumps({"a": account_id, "s": seq, "d": device, "k": kind})
    conn.execute(sa.select(sa.func.pg_notify(NOTIFY_CHANNEL, payload)))


async def listen_postgres(dsn: str, channel: str, hub: Hub, ready: asyncio.Event) -> None:
    """Forward PostgreSQL notifications to the hub, reconnecting with backoff until cancelled."""
    import psycopg

    delay = 0.5
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
                await conn.execute(f"LISTEN {channel}")
                ready.set()
                delay = 0.5
                async for note in conn.notifies():
                    hub.on_notify(note.payload)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("LISTEN connection lost (%s); retrying in %.1fs", type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)
