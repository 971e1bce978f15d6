"""`memshadow bench search`: query latency at growing vault sizes, unlock-to-first-result,
resident memory of the vectors, GUI stalls while the window indexes.

The corpus notes are embedded for real; larger vaults are synthesised from them: each extra
memory is a corpus note under a new title, and its vectors are the note's vectors nudged by a
little noise (so no two are identical). Embedding 100,000 memories for real would take hours on
a laptop CPU and would not change the cost of a query, which depends only on how many vectors
and documents are searched.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from memshadow_desktop.bench import quality
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.search import store_ops
from memshadow_desktop.core.search.embedder import Embedder
from memshadow_desktop.core.search.vectors import Codec
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext
from memshadow_desktop.core.store.models import Fields

DEFAULT_SIZES = (1_000, 10_000, 100_000)
MODES = ("fts", "semantic", "hybrid")
NOISE = 0.05
SYNTH_BATCH = 2_000
UNLOCK_RUNS = 3  # fresh processes; the median is reported, with every run

Progress = Callable[[str], None]


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else 0.0


def measure_queries(service: Any, queries: list[str], repeat: int = 1) -> dict[str, Any]:
    """Latency of each mode over the queries (embedding the query included), in ms."""
    out: dict[str, Any] = {}
    for mode in MODES:
        times = []
        for _ in range(repeat):
            for q in queries:
                start = time.perf_counter()
                service.search.find(q, mode=mode, limit=10)
                times.append((time.perf_counter() - start) * 1000)
        out[mode] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(_percentile(times, 95), 2),
            "queries": len(times),
        }
    return out


def grow(
    service: Any, embedder: Embedder, target: int, seed_ids: list[str], rng: np.random.Generator
) -> int:
    """Add synthesised memories (with vectors) until the vault holds ``target``."""
    store = service._core.store
    have = service.vault.counts().memories
    fp = embedder.fingerprint
    space = store.read(store_ops.codec, fp)
    if space is None:
        raise RuntimeError("the corpus has no vectors yet")
    seeds = store.read(mem.get_many, seed_ids)
    seed_chunks: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for batch in store.read(lambda conn: list(store_ops.load(conn, fp))):
        row = 0
        for mid, n in zip(batch.memory_ids, batch.counts, strict=True):
            seed_chunks[mid] = (
                batch.spans[row : row + n],
                space.decode(batch.codes[row : row + n]),
            )
            row += n
    seeds = [s for s in seeds if s.id in seed_chunks]
    added = 0
    while have + added < target:
        n = min(SYNTH_BATCH, target - have - added)
        batch_items = []
        for i in range(n):
            seed = seeds[(have + added + i) % len(seeds)]
            spans, vecs = seed_chunks[seed.id]
            vecs = vecs + NOISE * rng.standard_normal(vecs.shape).astype(np.float32) / np.sqrt(
                vecs.shape[1]
            )
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            title = f"{seed.title} (variant {have + added + i})"
            fields = Fields(title, seed.body, seed.tags, None)
            batch_items.append((fields, [tuple(s) for s in spans.tolist()], space.encode(vecs)))
        store.write(_insert_synthetic, fp, space, batch_items)
        added += n
    return added


def _insert_synthetic(
    conn: Connection,
    ctx: WriteContext,
    model: str,
    space: Codec,
    batch: list[tuple[Fields, Any, np.ndarray]],
) -> None:
    items = []
    for fields, spans, codes in batch:
        memory = mem.create(conn, ctx, fields, op="import")
        items.append(store_ops.StoredChunks(memory.id, memory.content_hash, spans, codes))
    store_ops.save(conn, ctx, model, space, items)


# Benchmark children are fresh interpreters running one of these programs. Each reads its
# request (the home, the vault passphrase, ...) as JSON from stdin: a command line is readable
# by every user of the machine (ps, /proc/PID/cmdline), a pipe only by the processes at its ends.
_UNLOCK_PROGRAM = """
import json, sys, time
request = json.loads(sys.stdin.read())
t0 = time.perf_counter()
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
import psutil
proc = psutil.Process()
rss0 = proc.memory_info().rss
svc = MemshadowService.unlock(
    AppPaths.resolve(request["home"]), lambda: request["passphrase"], for_search=True
)
t_unlock = time.perf_counter()
sem = svc._core.semantic()
t_loaded = time.perf_counter()
rss_loaded = proc.memory_info().rss
hits = svc.search.find(request["query"], mode="semantic", limit=10).hits
t_first = time.perf_counter()
print(json.dumps({
    "unlock_s": t_unlock - t0, "model_and_vectors_s": t_loaded - t_unlock,
    "first_query_s": t_first - t_loaded, "total_s": t_first - t0, "hits": len(hits),
    "vectors": len(sem.index), "vector_bytes": sem.index.nbytes(),
    "rss_before_mb": rss0 / 1e6, "rss_after_load_mb": rss_loaded / 1e6,
}))
svc.close()
"""
_GUI_STALL_PROGRAM = """
import json, sys
request = json.loads(sys.stdin.read())
from memshadow_desktop.qt.stall import measure_gui_stall
print(json.dumps(measure_gui_stall(request["home"], request["passphrase"], request["seconds"])))
"""
# The user's own passphrases stay out of the children's environment: each child is handed the
# one passphrase it needs, for a throw-away benchmark vault.
_USER_SECRETS = ("MEMSHADOW_PASSPHRASE", "MEMSHADOW_NEW_PASSPHRASE", "MEMSHADOW_SYNC_PASSPHRASE")


def _child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _USER_SECRETS}
    return {**env, **extra}


def _run_child(
    program: str, request: dict[str, Any], env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run ``program`` in a fresh interpreter with ``request`` as JSON on its stdin."""
    return subprocess.run(
        [sys.executable, "-c", program],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def unlock_to_first_result(home: Path, passphrase: str, query: str) -> dict[str, Any]:
    """In a fresh process: unlock, load the model and the vectors, answer one semantic query."""
    request = {"home": str(home), "passphrase": passphrase, "query": query}
    proc = _run_child(_UNLOCK_PROGRAM, request, _child_env(MEMSHADOW_HOME=str(home)), 600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in data.items()}


def gui_stall(home: Path, passphrase: str, seconds: float) -> dict[str, Any]:
    """Drive the real window offscreen (its own process) while it indexes the vault at ``home``;
    ``{"error": ...}`` when the window could not be measured."""
    env = _child_env(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    request = {"home": str(home), "passphrase": passphrase, "seconds": seconds}
    proc = _run_child(_GUI_STALL_PROGRAM, request, env, seconds + 300)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(
    *,
    home: Path,
    passphrase: str,
    corpus: Path,
    queries: list[str],
    question_sets: dict[str, list[dict[str, str]]] | None = None,
    sizes: tuple[int, ...] = DEFAULT_SIZES,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    from memshadow_desktop.core.service import MemshadowService

    say = progress or (lambda _msg: None)
    paths = AppPaths.resolve(home)
    svc = MemshadowService.create(paths, passphrase=passphrase, use_keyring=False)
    result: dict[str, Any] = {"sizes": {}, "queries": len(queries)}
    try:
        if embedder is not None:
            svc.search.use_embedder(embedder)
        say(f"importing {corpus}")
        svc.memories.import_path(corpus)
        sem = svc._core.semantic()
        if sem is None:
            raise RuntimeError("no embedding model is installed")
        say("embedding the corpus")
        start = time.perf_counter()
        embedded = sem.run_until_done()
        elapsed = time.perf_counter() - start
        result["corpus_embedding"] = {
            "memories": embedded,
            "chunks": len(sem.index),
            "seconds": round(elapsed, 1),
            "memories_per_s": round(embedded / elapsed, 1) if elapsed else None,
        }
        result["model"] = sem.embedder.fingerprint
        if question_sets:
            say("retrieval quality on the question sets")
            sources = {m.source: m.id for m in svc.memories.list() if m.source}
            result["quality"] = {
                name: quality.evaluate(sem, qs, sources) for name, qs in question_sets.items()
            }
        seed_ids = [m.id for m in svc.memories.list()]
        rng = np.random.default_rng(5)
        for size in sorted(sizes):
            say(f"growing the vault to {size:,} memories")
            grow(svc, sem.embedder, size, seed_ids, rng)
            svc._core.close_semantic()
            sem = svc._core.semantic()
            assert sem is not None
            _settle()
            say(f"timing queries at {size:,} memories")
            timing = measure_queries(svc, queries)
            timing["memories"] = svc.vault.counts().memories
            timing["vectors"] = len(sem.index)
            timing["vector_mb"] = round(sem.index.nbytes() / 1e6, 1)
            result["sizes"][str(size)] = timing
    finally:
        svc.close()
    say("unlock to first result in a new process")
    _settle()
    runs = [unlock_to_first_result(home, passphrase, q) for q in queries[:UNLOCK_RUNS]]
    median = sorted(runs, key=lambda r: r["total_s"])[len(runs) // 2]
    result["unlock_to_first_result"] = {**median, "runs_s": [r["total_s"] for r in runs]}
    return result


def _settle() -> None:
    """Let the operating system write out what growing the vault just wrote (hundreds of MB at
    100k memories) before timing: a person does not unlock or search while that flush runs."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(1.0)
