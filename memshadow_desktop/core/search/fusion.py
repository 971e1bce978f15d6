"""Hybrid ranking: cosine similarity first, BM25 as a bounded boost.

Reciprocal-rank fusion treats both lists as equals, which drags good semantic results down
whenever the keyword list is noisy (natural-language questions share many words with
unrelated notes). Here each candidate's score is its exact cosine plus a weight times its BM25
score normalised by the best BM25 score of the query, so a strong keyword match can lift a
memory past near-ties, but cannot outvote a clearly better meaning match.
"""

from __future__ import annotations

from dataclasses import dataclass

# Tuned on tests/data/til_questions.jsonl (see `memshadow bench quality`).
DEFAULT_BM25_WEIGHT = 0.1


@dataclass(frozen=True)
class Fused:
    memory_id: str
    score: float
    cosine: float | None
    bm25: float | None


def fuse(
    cosine: dict[str, float],
    bm25: dict[str, float],
    *,
    weight: float = DEFAULT_BM25_WEIGHT,
    limit: int,
) -> list[Fused]:
    """``cosine``: exact similarity of every candidate that has vectors; ``bm25``: positive
    BM25 scores (higher is better) of the full-text candidates."""
    top = max(bm25.values(), default=0.0)
    out = []
    for mid in cosine.keys() | bm25.keys():
        cos = cosine.get(mid)
        b = bm25.get(mid)
        norm = (b / top) if (b is not None and top > 0) else 0.0
        # A memory without vectors yet (not indexed) still ranks by its keywords alone.
        base = cos if cos is not None else 0.0
        out.append(Fused(mid, base + weight * norm, cos, b))
    out.sort(key=lambda f: (-f.score, f.memory_id))
    return out[:limit]


def reciprocal_rank(ranked: list[list[str]], *, k: int = 60, limit: int) -> list[str]:
    """Plain reciprocal-rank fusion, kept as the reference the tuned fusion is compared with."""
    scores: dict[str, float] = {}
    for ranking in ranked:
        for rank, mid in enumerate(ranking):
            scores[mid] = scores.get(mid, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda m: (-scores[m], m))[:limit]
