"""The store as the service exposes it: revisions, outbox, trash, restore, full-text search."""

from __future__ import annotations

import time

import pytest

from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.hlc import HlcStamp, HybridClock
from memshadow_desktop.core.ids import content_hash
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.memories import MATCH_END, MATCH_START
from memshadow_desktop.core.store.schema import SCHEMA_VERSION


def _outbox(svc: MemshadowService) -> list[tuple[str, str]]:
    return svc._core.vault.store.read(
        lambda c: c.execute("SELECT memory_id, rev_id FROM outbox ORDER BY seq").fetchall()
    )


def test_add_edit_history_and_outbox(service: MemshadowService) -> None:
    m = service.memories.add("first text", title="A title", tags=["b", "a", "a ", ""])
    assert m.tags == ["a", "b"]
    assert len(m.id) == 36 and m.id[14] == "4"  # a random UUID: no creation time in it
    m2 = service.memories.edit(m.id, body="second text")
    revs = service.memories.history(m.id)
    assert [r.fields.body for r in revs] == ["second text", "first text"]
    assert revs[0].parents == [revs[1].rev_id]
    # Random revision ids (16 bytes): nothing about the text can be guessed from them.
    assert len(revs[0].rev_id) == 32 and revs[0].rev_id != revs[1].rev_id
    assert revs[0].content_hash == content_hash(m2.fields.as_dict())
    assert HlcStamp.decode(revs[0].hlc) > HlcStamp.decode(revs[1].hlc)
    # Every revision has its outbox row, written in the same transaction.
    assert _outbox(service) == [(m.id, revs[1].rev_id), (m.id, revs[0].rev_id)]


def test_edit_without_change_makes_no_revision(service: MemshadowService) -> None:
    m = service.memories.add("same", title="T")
    again = service.memories.edit(m.id, body="same", title="T")
    assert again.head_rev == m.head_rev
    assert len(service.memories.history(m.id)) == 1


def test_trash_restore_and_restore_revision(service: MemshadowService) -> None:
    m = service.memories.add("version one", title="T")
    first_rev = m.head_rev
    service.memories.edit(m.id, body="version two")
    service.memories.trash(m.id)
    assert [x.id for x in service.memories.list()] == []
    assert [x.id for x in service.memories.list(trashed=True)] == [m.id]
    assert service.search.fulltext("version") == []
    service.memories.restore(m.id)
    assert service.memories.get(m.id).body == "version two"
    back = service.memories.restore(m.id, first_rev[:10])
    assert back.body == "version one"
    ops = [r.op for r in service.memories.history(m.id)]
    assert ops == ["restore", "restore", "trash", "edit", "create"]


def test_unknown_ids_are_not_found(service: MemshadowService) -> None:
    with pytest.raises(NotFoundError):
        service.memories.get("01234567-89ab-7def-8000-000000000000")
    m = service.memories.add("x", title="x")
    with pytest.raises(NotFoundError):
        service.memories.restore(m.id, "ffffffffff")
    assert service.memories.get(m.id[:13]).id == m.id  # unique prefixes work


def test_empty_memory_is_refused(service: MemshadowService) -> None:
    with pytest.raises(InvalidInputError):
        service.memories.add("   ", title="")


def test_fts_ranks_title_matches_and_highlights(service: MemshadowService) -> None:
    service.memories.add(
        "notes about gardening and a passing mention of kubernetes", title="Garden"
    )
    target = service.memories.add("how to drain a node safely", title="Kubernetes node drain")
    service.memories.add("nothing relevant here", title="Other")
    hits = service.search.fulltext("kubernetes")
    assert hits[0].memory.id == target.id
    assert len(hits) == 2
    garden = next(h for h in hits if h.memory.title == "Garden")
    assert f"{MATCH_START}kubernetes{MATCH_END}" in garden.snippet
    # Prefix of the last word while typing, and stemming (porter).
    assert service.search.fulltext("kubern")[0].memory.id == target.id
    assert service.search.fulltext("draining")[0].memory.id == target.id
    # Words that cannot all match fall back to any word instead of nothing.
    assert service.search.fulltext("kubernetes zzzqqq")
    # FTS syntax typed by a person is text, not an error.
    assert service.search.fulltext('"qqqxyz NEAR/3 (') == []


def test_hlc_is_monotonic_and_survives_reopen(service: MemshadowService) -> None:
    ahead = int(time.time() * 1000) + 30 * 60 * 1000  # half an hour ahead: still followed
    clock = HybridClock(HlcStamp(ahead, 5))
    a = clock.now()
    b = clock.now()
    assert b > a and b.wall_ms == ahead
    remote = HlcStamp(ahead + 7, 3)
    assert clock.observe(remote) > remote
    # Years ahead (a broken clock, a forged stamp): neither followed nor kept.
    far = HlcStamp(10**15, 5)
    assert clock.observe(far) < far and HybridClock(far).now() < far


def test_schema_version_is_current(service: MemshadowService) -> None:
    assert service._core.vault.store.read(
        lambda c: c.execute("PRAGMA user_version").fetchone()[0]
    ) == (SCHEMA_VERSION)
    assert service._core.vault.store.read(
        lambda c: c.execute("PRAGMA journal_mode").fetchone()[0]
    ) == ("wal")


def test_counts(service: MemshadowService) -> None:
    a = service.memories.add("a", title="a")
    service.memories.add("b", title="b")
    service.memories.trash(a.id)
    counts = service.vault.counts()
    assert (counts.memories, counts.trashed, counts.revisions, counts.outbox) == (1, 1, 3, 3)
    assert mem.fts_query("hello world") == '"hello" "world"*'
