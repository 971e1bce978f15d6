"""Hybrid ranking: cosine similarity first, BM25 as a bounded, multiplicative boost.

Reciprocal-rank fusion treats both lists as equals, which drags good semantic results down
whenever the keyword list is noisy (natural-language questions share many words with
unrelated notes). Here a candidate's score is its exact cosine times (1 + w * its BM25 score
normalised by the query's best BM25 score): a strong keyword match lifts a memory past
near-ties, never past a clearly better meaning match, and matters less the further the memory
is in meaning. Tuned with `memshadow bench search` on tests/data/til_questions.jsonl: on the
1,871 TIL notes it adds about 0.03 MRR@10 over pure semantic search, also on questions whose
keywords mislead BM25, and it stays level with semantic search on small vaults, where an
additive boost (cosine + w * BM25) lost up to 0.02.
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
    # A memory not embedded yet (indexing in progress, or just added from the command line)
    # has no cosine: it is scored as if its meaning matched like the last result shown, times
    # its keyword strength, so the best keyword matches make the list, at its end.
    ranked = sorted(cosine.values(), reverse=True)
    stand_in = ranked[min(limit, len(ranked)) - 1] if ranked else 1.0
    out = []
    for mid in cosine.keys() | bm25.keys():
        cos = cosine.get(mid)
        b = bm25.get(mid)
        norm = (b / top) if (b is not None and top > 0) else 0.0
        if cos is not None:
            score = cos * (1.0 + weight * norm)
        else:
            score = stand_in * norm * (1.0 + weight * norm)
        out.append(Fused(mid, score, cos, b))
    out.sort(key=lambda f: (-f.score, f.memory_id))
    return out[:limit]


def reciprocal_rank(ranked: list[list[str]], *, k: int = 60, limit: int) -> list[str]:
    """Plain reciprocal-rank fusion, kept as the reference the tuned fusion is compared with."""
    scores: dict[str, float] = {}
    for ranking in ranked:
        for rank, mid in enumerate(ranking):
            scores[mid] = scores.get(mid, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda m: (-scores[m], m))[:limit]
