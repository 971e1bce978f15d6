"""The two-tier cache: L1 (decrypted, in memory, under a byte budget) over L2 (the vault), with
the related memories and list neighbours of an opened memory prefetched in the background."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from memshadow_desktop.core.api import Fields, InferenceError, Memory, Revision
from memshadow_desktop.core.edge.cache import Entry, MemoryCache, estimate
from memshadow_desktop.core.events import VAULT_LOCKED
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import PASSPHRASE
from tests.support.hash_embedder import HashEmbedder

NOTES = [
    ("Git undo", "git reset --soft HEAD~1 undoes the last commit and keeps the changes", ["git"]),
    ("Git amend", "git commit --amend rewrites the last commit message", ["git"]),
    ("Git stash", "git stash keeps uncommitted changes aside for later", ["git"]),
    ("Docker prune", "docker system prune removes stopped containers and images", ["docker"]),
    ("Docker logs", "docker logs -f follows the output of a container", ["docker"]),
    ("SQLite WAL", "PRAGMA journal_mode=WAL lets readers and a writer work together", ["sql"]),
    ("Postgres vacuum", "VACUUM ANALYZE refreshes the planner statistics", ["sql"]),
    ("Python walrus", "the := operator assigns inside an expression", ["python"]),
]


@pytest.fixture
def vault(service: MemshadowService) -> tuple[MemshadowService, list[str]]:
    service.search.use_embedder(HashEmbedder())
    ids = [service.memories.add(body, title=title, tags=tags).id for title, body, tags in NOTES]
    service.search.index_now()
    return service, ids


def test_a_second_open_is_a_hit_and_shows_the_same(vault: Any) -> None:
    svc, ids = vault
    svc.cache.set_prefetch(False)
    first = svc.cache.open(ids[0])
    assert not first.cached and first.memory.title == "Git undo"
    assert [r.rev_id for r in first.revisions] == [r.rev_id for r in svc.memories.history(ids[0])]
    assert first.related is not None and first.tags is not None
    assert all(h.memory.id != ids[0] for h in first.related)
    again = svc.cache.open(ids[0])
    assert again.cached and again.memory == first.memory and again.related == first.related
    related, tags = svc.cache.meaning(ids[0])
    assert related == first.related and tags == first.tags
    stats = svc.cache.stats()
    assert (stats.hits, stats.misses, stats.entries, stats.prefetched) == (1, 1, 1, 0)
    assert stats.hit_rate == 0.5 and 0 < stats.bytes <= stats.budget_bytes


def test_opening_prefetches_related_memories_and_list_neighbours(vault: Any) -> None:
    svc, ids = vault
    opened = svc.cache.open(ids[0], listing=[ids[7], ids[0], ids[5]])
    assert svc.cache.wait_idle(30)
    assert opened.related
    nearest = opened.related[0].memory.id
    assert svc.cache.open(nearest).cached  # the nearest by meaning was prefetched
    assert svc.cache.open(ids[5]).cached  # and the list neighbour
    stats = svc.cache.stats()
    assert stats.prefetched >= 2 and stats.misses == 1


def test_a_change_drops_the_memory_and_the_lists_that_name_it(vault: Any) -> None:
    svc, ids = vault
    svc.cache.set_prefetch(False)
    first = svc.cache.open(ids[0])
    assert first.related
    named = first.related[0].memory.id
    svc.cache.open(named)
    svc.memories.edit(named, body="git log --oneline shows one commit a line")
    assert not svc.cache.open(ids[0]).cached  # its related list named the edited one
    fresh = svc.cache.open(named)
    assert not fresh.cached and fresh.memory.body.startswith("git log")
    assert len(fresh.revisions) == 2


def test_locking_the_vault_empties_l1(vault: Any) -> None:
    svc, ids = vault
    svc.cache.set_prefetch(False)
    svc.cache.open(ids[1])
    assert svc.cache.stats().entries == 1
    svc.vault.lock()  # Lock vault (the tray, the window, auto-lock)
    assert svc.cache.size_bytes() == 0
    svc.vault.unlock(lambda: PASSPHRASE)
    assert svc.cache.stats().entries == 0
    assert not svc.cache.open(ids[1]).cached  # read from the vault again
    svc.events.publish(VAULT_LOCKED)
    assert svc.cache.stats().entries == 0 and svc.cache.size_bytes() == 0
    svc.cache.open(ids[1])
    svc.close()  # closing the service (locking) empties it too
    assert svc.cache.size_bytes() == 0


def test_without_a_meaning_index_l1_still_holds_memories(service: MemshadowService) -> None:
    memory = service.memories.add("no model here", title="Plain")
    opened = service.cache.open(memory.id)
    assert opened.related is None and opened.tags is None
    assert service.cache.open(memory.id).cached
    with pytest.raises(InferenceError):
        service.cache.meaning(memory.id)


def fake_entry(memory_id: str, size: int, body: str = "x") -> Entry:
    memory = Memory(memory_id, Fields(memory_id, body), "", "", "r", "h", "c")
    return Entry(memory, [], None, None, 0, size)


def test_the_budget_evicts_the_least_recently_used() -> None:
    loads: list[str] = []

    def load(memory_id: str) -> Entry:
        loads.append(memory_id)
        return fake_entry(memory_id, 400)

    cache = MemoryCache(load, budget_bytes=1000, prefetch=False)
    for memory_id in ("a", "b", "a", "c"):  # a is used again before c arrives: b goes
        cache.open(memory_id)
    assert loads == ["a", "b", "c"]
    assert cache.peek("b") is None and cache.peek("a") and cache.peek("c")
    stats = cache.stats()
    assert stats.evicted == 1 and stats.bytes == 800 and stats.hits == 1
    cache.open("huge")  # larger than L1 would be: served but not kept
    assert cache.peek("huge") is None or cache.stats().bytes <= 1000


def test_an_open_waits_for_the_prefetch_of_the_same_memory() -> None:
    gate = threading.Event()
    loads: list[str] = []

    def load(memory_id: str) -> Entry:
        loads.append(memory_id)
        if memory_id == "b":
            gate.wait(10)
        return fake_entry(memory_id, 10)

    cache = MemoryCache(
        load, budget_bytes=10_000, related_ids=lambda e: ["b"] if e.memory.id == "a" else []
    )
    cache.open("a")
    while "b" not in loads:
        threading.Event().wait(0.01)
    threading.Timer(0.2, gate.set).start()
    assert cache.open("b").cached  # it waited for the prefetch instead of reading again
    assert loads == ["a", "b"]
    cache.close()


def test_the_size_estimate_counts_text() -> None:
    small = estimate(fake_entry("m", 0).memory, [], None, None)
    big = estimate(fake_entry("m", 0, body="é" * 1000).memory, [], None, None)
    assert big - small == 2000 - 1  # UTF-8 bytes
    revision = Revision("r", "m", [], Fields("m", "x"), "h", "hlc", "device", "", "edit")
    assert estimate(fake_entry("m", 0).memory, [revision], None, None) > small
