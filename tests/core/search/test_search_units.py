"""Chunking, the vector index, fusion and background indexing, with a tiny hashed embedder."""

from __future__ import annotations

import itertools
import threading
from typing import Any

import numpy as np
import pytest

from memshadow_desktop.core.search import store_ops, vectors
from memshadow_desktop.core.search.chunking import chunk_spans
from memshadow_desktop.core.search.fusion import fuse
from memshadow_desktop.core.search.semantic import SemanticSearch
from memshadow_desktop.core.search.vectors import ChunkRef, Codec, VectorIndex
from memshadow_desktop.core.service import MemshadowService
from tests.support.hash_embedder import HashEmbedder


def _offsets(n: int) -> list[tuple[int, int]]:
    return [(i * 2, i * 2 + 1) for i in range(n)]


def test_short_text_is_one_chunk() -> None:
    chunks = chunk_spans(_offsets(10), window=16, overlap=4, text_length=20)
    assert [(c.start, c.end) for c in chunks] == [(0, 20)]


def test_long_text_chunks_overlap_and_cover_everything() -> None:
    offsets = _offsets(100)
    chunks = chunk_spans(offsets, window=16, overlap=4, text_length=200)
    assert chunks[0].start == 0 and chunks[-1].end == 200
    for a, b in itertools.pairwise(chunks):
        assert b.start < a.end  # overlapping windows: no token falls between two chunks
    covered = set()
    for c in chunks:
        covered |= {i for i, (s, e) in enumerate(offsets) if s >= c.start and e <= c.end}
    assert covered == set(range(100))
    with pytest.raises(ValueError):
        chunk_spans(offsets, window=4, overlap=4, text_length=200)


def test_vector_index_best_chunk_per_memory_and_removal() -> None:
    ix = VectorIndex(4)
    eye = np.eye(4, dtype=np.float32)
    ix.put([ChunkRef("a", 0, 0, 1), ChunkRef("a", 1, 1, 2), ChunkRef("b", 0, 0, 1)], eye[:3])
    hits = ix.search(eye[1], 5)
    assert next((h.memory_id, h.chunk.chunk) for h in hits) == ("a", 1)
    assert {h.memory_id for h in hits} == {"a", "b"}
    ix.put([ChunkRef("a", 0, 0, 1)], eye[3:4])  # re-embedding replaces all old chunks
    assert len(ix) == 2 and ix.search(eye[3], 1)[0].memory_id == "a"
    ix.remove(["a"])
    assert [h.memory_id for h in ix.search(eye[3], 5)] == ["b"]


@pytest.mark.parametrize("shard_codes", [vectors.SHARD_CODES, 64])
def test_vector_index_stays_exact_through_many_edits_and_deletions(
    shard_codes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting only marks codes dead, and dead codes are dropped once they are a quarter of
    the index: through both, every search equals a brute-force ranking of the live memories.
    With small shards, memories straddle shards and every scan thread has several."""
    monkeypatch.setattr(vectors, "SHARD_CODES", shard_codes)
    rng = np.random.default_rng(7)
    dim, count = 32, 600
    sizes = [1 + i % 3 for i in range(count)]  # 1 to 3 chunks: memories straddle shards
    first = np.concatenate([[0], np.cumsum(sizes)])
    x = rng.standard_normal((int(first[-1]), dim)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ids = [f"m{i}" for i in range(count)]

    def chunks(i: int) -> list[ChunkRef]:
        return [ChunkRef(ids[i], c, c, c + 1) for c in range(sizes[i])]

    ix = VectorIndex(dim)
    ix.put([ref for i in range(count) for ref in chunks(i)], x)
    assert ix.codec is not None
    decoded = ix.codec.decode(ix.codec.encode(x))
    live, compacted = set(range(count)), 0
    for _ in range(1500):
        i = int(rng.integers(count))
        if i in live and rng.random() < 0.6:
            ix.remove([ids[i]])
            live.discard(i)
        elif rng.random() < 0.5:
            ix.put(chunks(i), x[first[i] : first[i + 1]])
            live.add(i)
        compacted += ix.nbytes() == len(ix) * ix.codec.code_size
        q = x[int(rng.integers(len(x)))]
        got = ix.search(q, 5)
        sims = decoded @ q
        best = sorted((sims[first[i] : first[i + 1]].max() for i in live), reverse=True)
        assert all(int(h.memory_id[1:]) in live for h in got)
        assert np.allclose([h.score for h in got], best[:5], atol=1e-4)
    assert len(ix) == sum(sizes[i] for i in live) and ix.memory_count == len(live)
    assert 0 < compacted < 1500  # dead codes were dropped at times, and kept at others
    # Deleted near-duplicates of the query crowd the nearest codes: the scan skips them.
    near = x[0] + 0.01 * rng.standard_normal((40, dim)).astype(np.float32)
    ix.put([ChunkRef(f"dup{i}", 0, 0, 1) for i in range(40)], near)
    ix.remove([f"dup{i}" for i in range(40)])
    assert ix.nbytes() > len(ix) * ix.codec.code_size  # still in the index, marked dead
    assert len(ix.search(x[0], 5)) == 5
    for i in sorted(live):  # a memory's chunks come back whole, wherever they sit
        got = ix.vectors_of(ids[i])
        assert got is not None and np.allclose(got, decoded[first[i] : first[i + 1]], atol=1e-6)


def test_fusion_keeps_semantic_order_unless_keywords_break_a_near_tie() -> None:
    cosine = {"a": 0.80, "b": 0.79, "c": 0.50}
    assert [f.memory_id for f in fuse(cosine, {}, limit=3)] == ["a", "b", "c"]
    # A strong keyword match lifts b past a near-tie ...
    assert fuse(cosine, {"b": 9.0, "a": 1.0}, limit=3)[0].memory_id == "b"
    # ... but cannot lift c past a clearly better meaning match.
    assert fuse(cosine, {"c": 9.0}, limit=3)[0].memory_id == "a"
    # A memory with keywords but no vectors yet still makes a full list, at its end ...
    assert [f.memory_id for f in fuse(cosine, {"d": 5.0}, limit=3)] == ["a", "b", "d"]
    # ... when its keywords are the strongest; weak keyword matches stay out.
    assert "e" not in [f.memory_id for f in fuse(cosine, {"d": 5.0, "e": 1.0}, limit=3)]


@pytest.fixture
def semantic(service: MemshadowService):  # type: ignore[no-untyped-def]
    emb = HashEmbedder()
    sem = SemanticSearch(
        service._core.vault.store, emb, service.events, on_battery_pause_below=None
    )
    yield sem, emb
    sem.close()


def test_indexing_chunks_and_finds_words_deep_in_long_memories(semantic, service) -> None:  # type: ignore[no-untyped-def]
    sem, _emb = semantic
    filler = " ".join(f"filler{i}" for i in range(60))
    long = service.memories.add(f"{filler} zebra giraffe savanna", title="Long")
    short = service.memories.add("kettle teapot brew", title="Tea")
    assert sem.status().pending == 2
    assert sem.run_until_done() == 2
    status = sem.status()
    assert (status.pending, status.indexed) == (0, 2)
    assert status.vectors > 3  # the long memory was split into several chunks
    hit = sem.search("zebra savanna", mode="semantic", limit=1)[0]
    assert hit.memory.id == long.id and hit.chunk is not None and hit.chunk["index"] > 0
    assert sem.search("teapot", mode="hybrid", limit=1)[0].memory.id == short.id


def test_edit_reembeds_and_trash_drops_from_results(semantic, service) -> None:  # type: ignore[no-untyped-def]
    sem, _ = semantic
    m = service.memories.add("apples oranges", title="Fruit")
    sem.run_until_done()
    service.memories.edit(m.id, body="carburettor pistons")
    assert sem.status().pending == 1
    sem.run_until_done()
    assert sem.search("pistons", mode="semantic", limit=1)[0].memory.id == m.id
    service.memories.trash(m.id)
    assert sem.search("pistons", mode="semantic", limit=5) == []


def test_model_change_reembeds_everything(service) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        service.memories.add(f"memory number {i}", title=f"m{i}")
    first = SemanticSearch(
        service._core.vault.store,
        HashEmbedder(name="a"),
        service.events,
        on_battery_pause_below=None,
    )
    assert first.run_until_done() == 5
    first.close()
    second = SemanticSearch(
        service._core.vault.store,
        HashEmbedder(name="b"),
        service.events,
        on_battery_pause_below=None,
    )
    assert second.load() == 0  # vectors of another model are not used
    assert second.status().pending == 5
    assert second.run_until_done() == 5
    second.close()
    # Reloading finds the stored vectors again (unlock path).
    third = SemanticSearch(
        service._core.vault.store,
        HashEmbedder(name="b"),
        service.events,
        on_battery_pause_below=None,
    )
    assert third.load() == 5 and third.status().pending == 0
    third.close()
    store = service._core.vault.store
    a, b = HashEmbedder(name="a").fingerprint, HashEmbedder(name="b").fingerprint
    assert store.read(store_ops.stored_models) == {a, b}
    # Another installed model's vectors stay (switching back costs nothing) ...
    keeping = SemanticSearch(
        store, HashEmbedder(name="b"), service.events, keep_models=lambda: {a, b}
    )
    keeping.load()
    assert keeping.run_until_done() == 0 and keeping.prune_unused() == 0
    keeping.close()
    assert store.read(store_ops.stored_models) == {a, b}
    # ... those of a model no longer installed go once this model's vectors are complete.
    pruning = SemanticSearch(store, HashEmbedder(name="b"), service.events, keep_models=set)
    pruning.load()
    assert pruning.run_until_done() == 0
    pruning.close()
    assert store.read(store_ops.stored_models) == {b}
    assert store.read(store_ops.count_indexed, b) == 5


def test_background_indexing_runs_off_the_calling_thread(semantic, service) -> None:  # type: ignore[no-untyped-def]
    sem, emb = semantic
    sem.start()
    service.memories.add("background please", title="bg")
    deadline = threading.Event()
    for _ in range(200):
        if sem.status().pending == 0 and len(sem.index):
            break
        deadline.wait(0.05)
    assert sem.status().pending == 0
    assert emb.calls_by_thread and all(t == "embedding-indexer" for t in emb.calls_by_thread)


def test_empty_vault_searches_return_nothing(semantic) -> None:  # type: ignore[no-untyped-def]
    sem, _ = semantic
    assert sem.run_until_done() == 0
    for mode in ("fts", "semantic", "hybrid"):
        assert sem.search("anything at all", mode=mode) == []


def test_tag_suggestions_come_from_the_vaults_own_tags(semantic, service) -> None:  # type: ignore[no-untyped-def]
    sem, _ = semantic
    for i in range(3):
        service.memories.add(
            f"espresso grinder beans roast {i}", title=f"coffee {i}", tags=["coffee"]
        )
        service.memories.add(
            f"tent sleeping bag trail map {i}", title=f"hike {i}", tags=["outdoors"]
        )
    target = service.memories.add("which beans and grinder for espresso", title="new note")
    sem.run_until_done()
    suggestions = sem.suggest_tags(target.id)
    assert [s.tag for s in suggestions] == ["coffee", "outdoors"]
    assert suggestions[0].confidence > 0.5 > suggestions[1].confidence
    assert suggestions[0].support == 3
    tagged = service.memories.edit(target.id, tags=["coffee"])
    sem.run_until_done()
    assert "coffee" not in [s.tag for s in sem.suggest_tags(tagged.id)]


def test_stored_codes_load_back_byte_for_byte_in_batches(service) -> None:  # type: ignore[no-untyped-def]
    """Unlock reads the vectors a batch at a time, SQLite joining each batch's blobs: every
    byte value (NUL, invalid UTF-8) must come back as saved, in any cut of the table, and
    vectors of trashed or edited memories must not."""
    store = service._core.vault.store
    codec = Codec(4, 0.5)
    memories = [service.memories.add(f"memory {i}", title=f"t{i}") for i in range(7)]
    saved = {}
    for i, m in enumerate(memories):
        chunks = 1 + i % 3
        codes = np.array([[0, 255, 0xC3, 0x28 + i]] * chunks, dtype=np.uint8)
        codes[:, 0] = np.arange(chunks)  # NUL bytes, and rows differ
        spans = [(j * 10, j * 10 + 12) for j in range(chunks)]
        saved[m.id] = (spans, codes)
        stored = store_ops.StoredChunks(m.id, m.content_hash, spans, codes)
        store.write(store_ops.save, "model-x", codec, [stored])
    odd = service.memories.add("an id from elsewhere", title="odd")

    def rename(conn: Any, _ctx: Any) -> None:  # ids come from other devices too
        conn.execute("UPDATE memories SET id = ? WHERE id = ?", ("odd\x1fid", odd.id))

    store.write(rename)
    odd_codes = np.array([[1, 2, 3, 4]], dtype=np.uint8)
    odd_item = store_ops.StoredChunks("odd\x1fid", odd.content_hash, [(0, 5)], odd_codes)
    store.write(store_ops.save, "model-x", codec, [odd_item])
    saved["odd\x1fid"] = ([(0, 5)], odd_codes)
    service.memories.trash(memories[1].id)
    service.memories.edit(memories[2].id, body="changed since it was embedded")
    expected = {mid: v for mid, v in saved.items() if mid not in (memories[1].id, memories[2].id)}
    for parts in (1, 2, 3):
        loaded = {}
        for rows in store.read(store_ops.row_ranges, parts):
            for batch in store.read(lambda c, r=rows: list(store_ops.load(c, "model-x", r, 2))):
                at = 0
                for mid, n in zip(batch.memory_ids, batch.counts, strict=True):
                    loaded[mid] = (batch.spans[at : at + n].tolist(), batch.codes[at : at + n])
                    at += n
        assert loaded.keys() == expected.keys()
        for mid, (spans, codes) in expected.items():
            assert loaded[mid][0] == [list(s) for s in spans]
            assert np.array_equal(loaded[mid][1], codes)
