"""Hybrid search's own BM25 (core/search/lexical.py) against FTS5's bm25() on a real vault,
the stored 8-bit vectors (and the v3 float16 rows they replace), and full-text ranking with a
crowded trash."""

from __future__ import annotations

import math

import numpy as np
import pytest

from memshadow_desktop.core.search import lexical, store_ops
from memshadow_desktop.core.search.semantic import SemanticSearch
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import MATCH_END, MATCH_START
from tests.conftest import corpus_dir
from tests.support.hash_embedder import HashEmbedder

QUERIES = [
    "how do I rebase a branch onto another branch",
    "postgres index on a jsonb column",
    "running tests in parallel",
    "Ruby hashes with default values",
    "vim macros",
]


def _fts_scores(conn: Connection, terms: list[lexical.Term]) -> dict[int, float]:
    expression = lexical.fts_expression(terms)
    rows = conn.execute(
        "SELECT rowid, bm25(memories_fts, 8.0, 1.0, 4.0) FROM memories_fts "
        "WHERE memories_fts MATCH ?",
        (expression,),
    )
    return {rowid: -score for rowid, score in rows}


def _our_scores(conn: Connection, terms: list[lexical.Term], rowids: list[int]) -> list[float]:
    stats = lexical.index_stats(conn)
    matcher = lexical.Matcher(terms)
    sizes = lexical.lengths(conn, rowids)
    out = []
    for rowid in rowids:
        title, body, tags = conn.execute(
            "SELECT title, body, tags FROM memories WHERE rowid_ = ?", (rowid,)
        ).fetchone()
        out.append(lexical.bm25(stats, matcher, (title, body, tags), sizes[rowid]))
    return out


@pytest.fixture
def corpus_vault(service: MemshadowService) -> MemshadowService:
    notes = sorted(corpus_dir().rglob("*.md"))[:300]
    for path in notes:
        service.memories.add(path.read_text(encoding="utf-8", errors="replace"), title=path.stem)
    return service


def test_bm25_of_candidates_equals_fts5_bm25(corpus_vault: MemshadowService) -> None:
    store = corpus_vault._core.vault.store
    compared = 0
    for query in QUERIES:
        terms = store.read(lexical.query_terms, query)
        assert terms, query
        reference = store.read(_fts_scores, terms)
        # Ours for the top FTS5 matches and for memories that match nothing (score 0).
        best = sorted(reference, key=reference.__getitem__, reverse=True)[:15]
        others = store.read(
            lambda c: [r[0] for r in c.execute("SELECT rowid_ FROM memories LIMIT 40")]
        )
        others = [r for r in others if r not in reference][:5]
        ours = store.read(_our_scores, terms, best + others)
        for rowid, score in zip(best, ours, strict=False):
            assert math.isclose(score, reference[rowid], rel_tol=1e-6), (query, rowid)
            compared += 1
        assert all(s == 0.0 for s in ours[len(best) :])
    assert compared >= 50


def test_query_terms_skip_function_words_and_treat_a_half_typed_word_as_a_prefix(
    service: MemshadowService,
) -> None:
    service.memories.add("Configuring the webpack dev server proxy", title="Webpack proxy")
    store = service._core.vault.store
    terms = store.read(lexical.query_terms, "how do I configure the webp")
    assert [(t.stem, t.prefix) for t in terms] == [("configur", False), ("webp", True)]
    assert all(t.df == 1 for t in terms)
    # A word nobody wrote is no term at all (it matches nothing).
    assert store.read(lexical.query_terms, "zyxwvut") == []


def test_a_word_the_two_stemmers_stem_differently_still_counts(service: MemshadowService) -> None:
    # PyStemmer: "technologi"; SQLite's Porter: "technolog". FTS5 counts the word itself.
    m = service.memories.add("Choosing a technology for the new service", title="Stack")
    service.memories.add("Unrelated note about gardening", title="Garden")
    store = service._core.vault.store
    terms = store.read(lexical.query_terms, "which technology did we pick")
    assert [(t.word, t.df) for t in terms if t.word == "technology"] == [("technology", 1)]
    prepared = store.read(lexical.prepare, "which technology did we pick", 10)
    assert prepared.rare == [m.id]
    assert store.read(lexical.score, prepared, [m.id]).bm25[m.id] > 0


def test_snippet_marks_matches_around_the_densest_stretch() -> None:
    terms = [lexical.Term("rebas", "rebase", 3), lexical.Term("branch", "branch", 5)]
    text = "Intro words here. " * 20 + "To rebase a branch onto main, run git rebase main."
    snip = lexical.snippet(text, lexical.Matcher(terms))
    assert snip is not None and snip.startswith("…")
    assert f"{MATCH_START}rebase{MATCH_END}" in snip and f"{MATCH_START}branch{MATCH_END}" in snip
    assert lexical.snippet("nothing relevant", lexical.Matcher(terms)) is None


def test_rare_words_bring_candidates_and_common_words_only_score_them(
    service: MemshadowService, monkeypatch: pytest.MonkeyPatch
) -> None:
    cooking = [
        service.memories.add(
            f"notes about cooking pasta and sauces number {i}", title=f"Cooking {i}"
        )
        for i in range(30)
    ]
    target = service.memories.add(
        "the error code ERR_SSL_PROTOCOL appeared after the upgrade", title="TLS"
    )
    monkeypatch.setattr(lexical, "RARE_DF", 10)  # "cooking" (30 memories) is common here
    store = service._core.vault.store
    prepared = store.read(lexical.prepare, "cooking with ssl", 50)
    assert prepared.rare == [target.id]
    asked = [target.id, *(m.id for m in cooking[:3])]
    service.memories.trash(cooking[0].id)  # trashed memories are never scored
    scored = store.read(lexical.score, prepared, asked)
    assert set(scored.memories) == set(asked) - {cooking[0].id}
    assert all(scored.bm25[mid] > 0 for mid in scored.memories)


def test_hybrid_results_mark_the_query_words(service: MemshadowService) -> None:
    for i in range(10):
        service.memories.add(
            f"notes about cooking pasta and sauces number {i}", title=f"Cooking {i}"
        )
    target = service.memories.add(
        "the error code ERR_SSL_PROTOCOL appeared after the upgrade", title="TLS"
    )
    sem = SemanticSearch(
        service._core.vault.store, HashEmbedder(), service.events, on_battery_pause_below=None
    )
    try:
        sem.run_until_done()
        hit = sem.search("ssl error after an upgrade", limit=3)[0]
        assert hit.memory.id == target.id and hit.scores["bm25"]
        assert f"{MATCH_START}SSL{MATCH_END}" in hit.snippet
        assert f"{MATCH_START}upgrade{MATCH_END}" in hit.snippet
    finally:
        sem.close()


def test_vectors_are_stored_as_codes_and_reload_without_the_model(
    service: MemshadowService,
) -> None:
    emb = HashEmbedder()
    memories = [
        service.memories.add(f"topic {w} and more {w}", title=w) for w in ("alpha", "beta", "gamma")
    ]
    sem = SemanticSearch(
        service._core.vault.store, emb, service.events, on_battery_pause_below=None
    )
    sem.run_until_done()
    before = sem.search("beta", mode="semantic", limit=3)
    sem.close()
    store = service._core.vault.store
    row = store.read(
        lambda c: c.execute("SELECT length(codes), length(spans) FROM vectors LIMIT 1").fetchone()
    )
    assert row == (emb.dim, 8)  # one byte per dimension, one (start, end) pair
    again = SemanticSearch(store, emb, service.events, on_battery_pause_below=None)
    assert again.load() == len(memories)
    assert [h.memory.id for h in again.search("beta", mode="semantic", limit=3)] == [
        h.memory.id for h in before
    ]
    again.close()


def test_float16_vectors_from_schema_v3_are_converted_on_first_load(
    service: MemshadowService,
) -> None:
    emb = HashEmbedder()
    m = service.memories.add("legacy vectors live here", title="Legacy")
    vector = emb.embed(["Legacy\n\nlegacy vectors live here"])[0].astype(np.float16)

    def write_v3_row(conn: Connection, _ctx: object) -> None:
        conn.execute(
            "INSERT INTO embeddings (memory_id, model, chunk, content_hash, start_char, "
            "end_char, vector) VALUES (?, ?, 0, ?, 0, 10, ?)",
            (m.id, emb.fingerprint, m.content_hash, vector.tobytes()),
        )

    store = service._core.vault.store
    store.write(write_v3_row)
    sem = SemanticSearch(store, emb, service.events, on_battery_pause_below=None)
    assert sem.load() == 1 and sem.status().pending == 0
    assert sem.search("legacy vectors", mode="semantic", limit=1)[0].memory.id == m.id
    assert store.read(lambda c: c.execute("SELECT count(*) FROM embeddings").fetchone()[0]) == 0
    assert store.read(store_ops.codec, emb.fingerprint) is not None
    sem.close()


def test_full_text_ranking_skips_a_crowded_trash(service: MemshadowService) -> None:
    trashed = [service.memories.add("quokka " * 5, title=f"quokka {i}") for i in range(30)]
    live = [
        service.memories.add(f"a quokka sighting number {i}", title=f"sighting {i}")
        for i in range(3)
    ]
    for m in trashed:
        service.memories.trash(m.id)
    hits = service._core.vault.store.read(mem.search, "quokka", limit=3)
    assert sorted(h.memory.id for h in hits) == sorted(m.id for m in live)
