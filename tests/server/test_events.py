"""The live event stream: announcements of new records, and revocation."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import Event, SyncClient, random_revision

from .conftest import Account, rec

WAIT = 20.0  # bounded waits; the events normally arrive in milliseconds


class Listener:
    """Reads a device's event stream on a thread into a queue."""

    def __init__(self, client: SyncClient) -> None:
        self.events: queue.Queue[Event | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(client,), daemon=True)
        self._thread.start()

    def _run(self, client: SyncClient) -> None:
        try:
            for ev in client.events():
                self.events.put(ev)
        except Exception as exc:  # the stream ended (closed by the server or the test)
            self.events.put(Event("error", {"error": repr(exc)}))
        self.events.put(None)

    def next(self, name: str | None = None) -> Event | None:
        while True:
            ev = self.events.get(timeout=WAIT)
            if ev is None or name is None or ev.name == name:
                return ev

    def wait_seq(self, seq: int) -> Event:
        while True:
            ev = self.next(p.EVENT_SEQ)
            assert ev is not None, "stream ended"
            if ev.data["seq"] >= seq:
                return ev


def test_push_is_announced_to_other_devices(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    phone = acct.device("phone")
    acct.first.push([rec(p.new_memory_id(), random_revision(), b"before")])
    listener = Listener(phone)
    hello = listener.next()
    assert hello is not None and hello.name == p.EVENT_HELLO and hello.data == {"seq": 1}
    for i in range(3):
        out = acct.first.push(
            [rec(p.new_memory_id(), random_revision(), b"x", priority=p.Priority.CRITICAL)]
        )
        ev = listener.wait_seq(out.head_seq)
        assert ev.data["seq"] == 2 + i and ev.data["device"] in ("dev0", "")
        assert [r.seq for r in phone.pull(ev.data["seq"] - 1).records] == [ev.data["seq"]]
    acct.first.revoke(acct.secret, "phone")
    assert listener.next(p.EVENT_REVOKED) is not None
    assert listener.next() is None  # the stream ends


def test_other_accounts_hear_nothing(account_factory: Callable[..., Account]) -> None:
    alice, bob = account_factory(), account_factory()
    listener = Listener(bob.first)
    assert listener.next(p.EVENT_HELLO) is not None
    alice.first.push([rec(p.new_memory_id(), random_revision(), b"a") for _ in range(3)])
    bob.first.push([rec(p.new_memory_id(), random_revision(), b"b")])
    # Had alice's push (seq 3 in her account) leaked, bob would see 3 first.
    ev = listener.next(p.EVENT_SEQ)
    assert ev is not None and ev.data["seq"] == 1
    bob.first.revoke(bob.secret, "dev0")
    assert listener.next(p.EVENT_REVOKED) is not None
    assert listener.next() is None
