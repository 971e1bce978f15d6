"""A quick benchmark of the embedder search uses (the dashboard's "Benchmark this machine"):
throughput on the probe set, then one short query at a time for latency. Cancellable between
steps; ``memshadow bench embed`` (memshadow_desktop.bench) is the thorough one."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from memshadow_desktop.core.api.inference import BenchmarkCancelled, BenchmarkResult
from memshadow_desktop.core.inference.probe import probe_texts

BENCH_BATCH = 16
BENCH_QUERIES = 24

Progress = Callable[[int, int], None]


def run_benchmark(
    embedder: Any,
    *,
    provider: str | None,
    precision: str | None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    texts: Sequence[str] | None = None,
) -> BenchmarkResult:
    """Embed ``texts`` (default: the probe set) in batches, then short queries one at a time.
    ``progress(done, total)`` after each step; ``cancel`` stops between steps with
    :class:`BenchmarkCancelled`. ``provider`` and ``precision`` label the result."""
    report = progress or (lambda _done, _total: None)
    items = list(texts) if texts is not None else list(probe_texts())
    batches = [items[i : i + BENCH_BATCH] for i in range(0, len(items), BENCH_BATCH)]
    queries = [t for t in items if len(t) < 80][:BENCH_QUERIES] or items[:BENCH_QUERIES]
    total = 1 + len(batches) + len(queries)
    report(0, total)

    def check() -> None:
        if cancel is not None and cancel.is_set():
            raise BenchmarkCancelled

    check()
    embedder.embed(items[:2])  # warm-up
    step = 1
    report(step, total)
    start = time.perf_counter()
    for batch in batches:
        check()
        embedder.embed(batch)
        step += 1
        report(step, total)
    elapsed = time.perf_counter() - start
    latencies = []
    for query in queries:
        check()
        t0 = time.perf_counter()
        embedder.embed([query])
        latencies.append((time.perf_counter() - t0) * 1000)
        step += 1
        report(step, total)
    latencies.sort()
    return BenchmarkResult(
        provider=provider,
        precision=precision,
        items=len(items),
        items_per_s=len(items) / max(elapsed, 1e-9),
        query_p50_ms=statistics.median(latencies) if latencies else 0.0,
        query_p95_ms=_p95(latencies),
        seconds=time.perf_counter() - start,
    )


def _p95(ordered: list[float]) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
