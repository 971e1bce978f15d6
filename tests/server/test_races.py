"""Concurrency: compare-and-swap under races, and gap-free unique sequence numbers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import SyncClient, random_revision

from .conftest import Account, rec

N_CLIENTS = 8
ROUNDS = 8


def race_one_memory(clients: list[SyncClient], rounds: int) -> list[str]:
    """Every round all clients push a child of the same head at once; returns the winners."""
    mem, head = p.new_memory_id(), random_revision()
    assert clients[0].push([rec(mem, head, b"root")]).accepted == 1
    winners = [head]
    barrier = threading.Barrier(len(clients))

    def attempt(c: SyncClient, parent: str) -> tuple[str, p.PushResult]:
        rev = random_revision()
        record = rec(mem, rev, rev.encode(), parent_revision=parent, delta_base=parent)
        barrier.wait(timeout=30)
        return rev, c.push([record]).results[0]

    with ThreadPoolExecutor(len(clients)) as pool:
        for _ in range(rounds):
            outcomes = list(pool.map(lambda c: attempt(c, winners[-1]), clients))
            accepted = [rev for rev, r in outcomes if r.status == p.PushStatus.ACCEPTED]
            assert len(accepted) == 1, outcomes
            losers = [r for _, r in outcomes if r.status != p.PushStatus.ACCEPTED]
            assert all(r.status == p.PushStatus.CONFLICT for r in losers)
            assert all(r.head_revision == accepted[0] for r in losers)
            winners.append(accepted[0])
    assert [r.revision_id for r in clients[0].chain(mem)] == winners
    return winners


def test_cas_race_exactly_one_wins_each_round(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    clients = [acct.first] + [acct.device(f"racer{i}") for i in range(1, N_CLIENTS)]
    winners = race_one_memory(clients, ROUNDS)
    pulled = clients[1].pull_all()
    assert [r.revision_id for r in pulled] == winners
    assert [r.seq for r in pulled] == list(range(1, ROUNDS + 2))
    assert acct.first.get(p.PATH_STATS)["conflicts"] == ROUNDS * (N_CLIENTS - 1)


def test_concurrent_pushes_get_unique_gap_free_sequence(
    account_factory: Callable[..., Account],
) -> None:
    acct = account_factory()
    clients = [acct.first] + [acct.device(f"w{i}") for i in range(1, 6)]
    per_client, batch = 4, 25

    def work(c: SyncClient) -> list[int]:
        seqs: list[int] = []
        for _ in range(per_client):
            recs = [rec(p.new_memory_id(), random_revision(), b"x") for _ in range(batch)]
            out = c.push(recs)
            assert out.accepted == batch
            seqs.extend(r.seq or 0 for r in out.results)
        return seqs

    with ThreadPoolExecutor(len(clients)) as pool:
        all_seqs = [s for seqs in pool.map(work, clients) for s in seqs]
    total = len(clients) * per_client * batch
    assert sorted(all_seqs) == list(range(1, total + 1))
    assert [r.seq for r in acct.first.pull_all(limit=37)] == list(range(1, total + 1))
