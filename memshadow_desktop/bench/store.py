"""`memshadow bench store`: the same workload on SQLCipher and on plain SQLite, side by side."""

from __future__ import annotations

import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memshadow_desktop.core import importing, transfer
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.store.store import Store

FIGURES = ("insert", "update", "search", "import")
UNITS = {"insert": "memories/s", "update": "edits/s", "search": "queries/s", "import": "notes/s"}


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _timed(fn: Callable[[], int]) -> float:
    start = time.perf_counter()
    count = fn()
    return _rate(count, time.perf_counter() - start)


def _sample_texts(corpus: Path | None, n: int) -> list[str]:
    if corpus is not None and corpus.is_dir():
        texts = []
        for note in transfer.scan(corpus)[: n * 2]:
            try:
                texts.append(transfer.read_note(note).fields.body)
            except Exception:
                continue
        if texts:
            return [texts[i % len(texts)] for i in range(n)]
    rng = random.Random(7)
    words = [f"word{i}" for i in range(5000)]
    return [" ".join(rng.choice(words) for _ in range(150)) for _ in range(n)]


def run_once(
    workdir: Path, *, plain: bool, texts: list[str], corpus: Path | None, queries: list[str]
) -> dict[str, float]:
    store = Store(
        workdir / ("plain.db" if plain else "cipher.db"), secrets.token_bytes(32), plain=plain
    )
    store.set_device_id("bench")
    try:
        ids: list[str] = []

        def insert() -> int:
            for i, text in enumerate(texts):
                m = store.write(mem.create, Fields(f"note {i}", text, ["bench"]))
                ids.append(m.id)
            return len(texts)

        def update() -> int:
            for mid, text in zip(ids, texts, strict=True):
                store.write(mem.update, mid, body=text + "\nedited")
            return len(ids)

        def search() -> int:
            for q in queries:
                store.read(mem.search, q, limit=20)
            return len(queries)

        def do_import() -> int:
            if corpus is None:
                return 0
            return importing.import_path(store, corpus).created

        result = {
            "insert": _timed(insert),
            "update": _timed(update),
            "search": _timed(search),
        }
        result["import"] = _timed(do_import) if corpus is not None else 0.0
        return result
    finally:
        store.close()


def run(
    *,
    corpus: Path | None,
    count: int = 500,
    rounds: int = 3,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    texts = _sample_texts(corpus, count)
    rng = random.Random(11)
    vocab = sorted({w for t in texts[:200] for w in t.split() if w.isalpha() and len(w) > 4})
    queries = [" ".join(rng.sample(vocab, 2)) for _ in range(200)] if len(vocab) > 2 else ["word1"]
    runs: dict[str, list[dict[str, float]]] = {"sqlcipher": [], "sqlite": []}
    for r in range(rounds):
        # Alternate which engine goes first so drift on a busy machine hits both alike.
        order = ("sqlcipher", "sqlite") if r % 2 == 0 else ("sqlite", "sqlcipher")
        for engine in order:
            if progress:
                progress(f"round {r + 1}/{rounds}: {engine}")
            with tempfile.TemporaryDirectory(prefix="memshadow-bench-") as tmp:
                runs[engine].append(
                    run_once(
                        Path(tmp),
                        plain=engine == "sqlite",
                        texts=texts,
                        corpus=corpus,
                        queries=queries,
                    )
                )
    figures: dict[str, Any] = {}
    for name in FIGURES:
        cipher = statistics.median(x[name] for x in runs["sqlcipher"])
        plain = statistics.median(x[name] for x in runs["sqlite"])
        figures[name] = {
            "unit": UNITS[name],
            "sqlcipher": round(cipher, 1),
            "sqlite": round(plain, 1),
            # How many times slower SQLCipher is (1.0 = same speed).
            "cost_ratio": round(plain / cipher, 3) if cipher > 0 else None,
        }
    return {
        "memories": count,
        "queries": len(queries),
        "import_notes": len(transfer.scan(corpus)) if corpus is not None else 0,
        "rounds": rounds,
        "figures": figures,
    }
