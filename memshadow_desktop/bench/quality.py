"""Retrieval quality: mean reciprocal rank at 10 over questions whose answer is a known note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from memshadow_desktop.core.search.fusion import reciprocal_rank
from memshadow_desktop.core.search.semantic import CANDIDATES, SemanticSearch

K = 10


def mrr_at_10(ranked: list[list[str]], targets: list[str]) -> float:
    total = 0.0
    for ids, target in zip(ranked, targets, strict=True):
        top = ids[:K]
        if target in top:
            total += 1.0 / (top.index(target) + 1)
    return total / len(targets) if targets else 0.0


def evaluate(
    sem: SemanticSearch, questions: list[dict[str, str]], source_to_id: dict[str, str]
) -> dict[str, Any]:
    """MRR@10 of each mode, and of plain reciprocal-rank fusion for reference."""
    qs = [q for q in questions if q["source"] in source_to_id]
    targets = [source_to_id[q["source"]] for q in qs]
    out: dict[str, Any] = {"n": len(qs)}
    for mode in ("fts", "semantic", "hybrid"):
        ranked = [[h.memory.id for h in sem.search(q["q"], mode=mode, limit=K)] for q in qs]
        out[mode] = round(mrr_at_10(ranked, targets), 4)
    rrf = []
    for q in qs:
        fts_ids = [h.memory.id for h in sem.search(q["q"], mode="fts", limit=CANDIDATES)]
        sem_ids = [h.memory.id for h in sem.search(q["q"], mode="semantic", limit=CANDIDATES)]
        rrf.append(reciprocal_rank([fts_ids, sem_ids], limit=K))
    out["rrf"] = round(mrr_at_10(rrf, targets), 4)
    return out


def prepare_unindexed(home: Path, passphrase: str, corpus: Path) -> None:
    """A vault holding the corpus, not yet embedded (for measuring indexing in the window)."""
    from memshadow_desktop.core.paths import AppPaths
    from memshadow_desktop.core.service import MemshadowService

    with MemshadowService.create(
        AppPaths.resolve(home), passphrase=passphrase, use_keyring=False
    ) as svc:
        svc.memories.import_path(corpus)
