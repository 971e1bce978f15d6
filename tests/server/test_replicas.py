"""Scale-out: several server processes on one PostgreSQL behave as one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import random_revision
from memshadow_desktop.server.runner import ServerProcess

from .conftest import Account, rec, temp_pg_database
from .test_events import Listener
from .test_races import race_one_memory

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_db() -> Iterator[str]:
    with temp_pg_database() as url:
        yield url


@pytest.fixture(scope="module")
def replicas(pg_db: str) -> Iterator[tuple[ServerProcess, ServerProcess]]:
    one = ServerProcess(
        pg_db, extra=["--heartbeat", "2", "--login-rate", "10000", "--registration", "open"]
    ).start()
    try:
        two = ServerProcess(
            pg_db, extra=["--heartbeat", "2", "--login-rate", "10000", "--registration", "open"]
        ).start()
    except Exception:
        one.stop()
        raise
    try:
        yield one, two
    finally:
        one.stop()
        two.stop()


def test_pushes_on_one_replica_reach_a_device_on_the_other(
    replicas: tuple[ServerProcess, ServerProcess],
) -> None:
    one, two = replicas
    acct = Account(one.url)
    try:
        phone = acct.device("phone", url=two.url)
        listener = Listener(phone)
        assert listener.next(p.EVENT_HELLO) is not None
        for i in range(5):
            mem = p.new_memory_id()
            out = acct.first.push([rec(mem, random_revision(), b"x", priority=p.Priority.CRITICAL)])
            ev = listener.wait_seq(out.head_seq)
            # (a keep-alive that catches up first reports no device)
            assert ev.data["seq"] == i + 1 and ev.data["device"] in ("dev0", "")
            got = phone.pull(i).records
            assert [(r.seq, r.memory_id) for r in got] == [(i + 1, mem)]
        # Revoking on replica one ends the stream on replica two.
        acct.first.revoke(acct.secret, "phone")
        assert listener.next(p.EVENT_REVOKED) is not None
        assert listener.next() is None
    finally:
        acct.close()


def test_cas_race_across_replicas(replicas: tuple[ServerProcess, ServerProcess]) -> None:
    one, two = replicas
    acct = Account(one.url)
    try:
        clients = [acct.first] + [
            acct.device(f"r{i}", url=(one, two)[i % 2].url) for i in range(1, 6)
        ]
        winners = race_one_memory(clients, rounds=6)
        pulled = clients[1].pull_all()
        assert [r.seq for r in pulled] == list(range(1, len(winners) + 1))
    finally:
        acct.close()


def test_several_workers(pg_db: str) -> None:
    with ServerProcess(
        pg_db,
        extra=[
            "--workers",
            "2",
            "--heartbeat",
            "2",
            "--login-rate",
            "10000",
            "--registration",
            "open",
        ],
    ) as srv:
        acct = Account(srv.url)
        try:
            other = acct.device("other")
            listener = Listener(other)
            assert listener.next(p.EVENT_HELLO) is not None
            head = 0
            for _ in range(10):  # new connections: spread over both workers
                with type(acct.first)(srv.url, acct.first.token) as c:
                    head = c.push([rec(p.new_memory_id(), random_revision(), b"w")]).head_seq
                assert listener.wait_seq(head).data["seq"] == head
            assert [r.seq for r in other.pull_all()] == list(range(1, 11))
        finally:
            acct.close()
