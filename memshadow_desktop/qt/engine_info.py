"""What the hardware dashboard shows, gathered from the core's inference engine.

Plain functions that block (hardware probes, ONNX sessions, benchmarks): the dashboard runs
every one of them through ``run_blocking``, never on the GUI thread. Each returns plain data
and degrades to "unknown" where the engine does not (yet) say something: the dashboard must
tell the truth, so nothing here guesses.
"""

from __future__ import annotations

import logging
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

BENCH_BATCH = 16
BENCH_QUERIES = 24


class BenchmarkCancelled(Exception):
    """The user cancelled the benchmark."""


@dataclass
class ProviderRow:
    name: str  # e.g. "CPU", "CUDA"
    full_name: str
    installed: bool
    usable: bool | None  # None: not checked
    in_use: bool
    why_not: str
    items_per_s: float | None = None
    latency_ms: float | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class VariantRow:
    model: str
    precision: str
    size_bytes: int | None
    min_cosine: float | None  # against FP32 on the probe set
    mean_cosine: float | None
    items_per_s: float | None
    speedup: float | None  # against FP32
    offered: bool  # validated and offered to the user
    in_use: bool
    note: str = ""


@dataclass
class EngineSnapshot:
    """The embedder in use, as the inference engine reports it."""

    model: str  # name, or the fingerprint
    fingerprint: str
    provider: str | None  # the provider that actually runs (short name)
    precision: str | None
    fallback_reason: str | None = None
    inferences: int | None = None  # calls to the model
    items: int | None = None  # texts embedded
    avg_latency_ms: float | None = None
    p50_latency_ms: float | None = None
    p95_latency_ms: float | None = None
    items_per_s: float | None = None
    recommendations: list[str] = field(default_factory=list)


@dataclass
class BenchmarkResult:
    provider: str | None
    precision: str | None
    items: int
    items_per_s: float
    query_p50_ms: float
    query_p95_ms: float
    seconds: float
    per_variant: list[dict[str, Any]] = field(default_factory=list)


def _get(obj: Any, *names: str) -> Any:
    """The first attribute or key of ``obj`` among ``names`` that is set."""
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if callable(value) and not isinstance(value, type):
            try:
                value = value()
            except Exception:
                value = None
        if value is not None:
            return value
    return None


def _as_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        out = to_dict()
        if isinstance(out, dict):
            return out
    return dict(getattr(value, "__dict__", {}))


def _short(provider: str | None) -> str | None:
    if not provider:
        return None
    return provider.removesuffix("ExecutionProvider").replace("Dml", "DirectML")


# --- the system -------------------------------------------------------------------------------


def probe_hardware() -> Any:
    """The hardware report (core.inference.hardware.probe); None if the probe is missing."""
    try:
        from memshadow_desktop.core.inference.hardware import probe
    except ImportError:
        return None
    return probe()


# --- the engine in use ------------------------------------------------------------------------


def engine_snapshot(sem: Any) -> EngineSnapshot | None:
    """Model, provider and precision in use, with the engine's statistics; None: no model."""
    if sem is None:
        return None
    embedder = sem.embedder
    fingerprint = str(getattr(embedder, "fingerprint", ""))
    info = _as_dict(_get(embedder, "session_info", "info"))
    stats = _as_dict(_get(embedder, "stats", "statistics"))
    provider = _get(info, "provider") or _get(embedder, "provider")
    precision = _get(info, "precision") or _get(embedder, "precision")
    recs = _get(stats, "recommendations") or _get(embedder, "recommendations") or []
    return EngineSnapshot(
        model=str(_get(info, "model", "name") or _get(embedder, "model_name") or fingerprint),
        fingerprint=fingerprint,
        provider=_short(str(provider)) if provider else None,
        precision=str(precision).upper() if precision else None,
        fallback_reason=_get(info, "fallback_reason"),
        inferences=_get(stats, "inferences", "calls", "runs"),
        items=_get(stats, "items", "texts"),
        avg_latency_ms=_get(stats, "avg_latency_ms", "mean_ms", "avg_ms"),
        p50_latency_ms=_get(stats, "p50_latency_ms", "p50_ms"),
        p95_latency_ms=_get(stats, "p95_latency_ms", "p95_ms"),
        items_per_s=_get(stats, "items_per_s"),
        recommendations=[str(r) for r in recs] if isinstance(recs, list | tuple) else [],
    )


def provider_rows(sem: Any, measured: dict[str, tuple[float, float]] | None = None) -> list[Any]:
    """Every provider ONNX Runtime knows of: installed, usable (a real session where a model
    is at hand), in use, why not; ``measured``: short name -> (items/s, latency ms)."""
    try:
        from memshadow_desktop.core.inference import providers as prov
    except ImportError:
        return []
    snapshot = engine_snapshot(sem)
    embedder = getattr(sem, "embedder", None)
    model = _get(embedder, "model_path", "onnx_path") if embedder is not None else None
    statuses = prov.probe_providers(str(model), check=True) if model else None
    if statuses is None:
        statuses = prov.probe_providers(b"", check=False)
    in_use = snapshot.provider if snapshot else None
    rows = []
    for status in statuses:
        short = _short(status.name) or status.name
        why = ""
        if not status.installed or status.usable is False:
            why = status.reason or ""
        elif status.usable is None:
            why = "not checked: no model installed"
        ips, lat = (measured or {}).get(short, (None, None))
        rows.append(
            ProviderRow(
                name=short,
                full_name=status.name,
                installed=status.installed,
                usable=status.usable,
                in_use=bool(in_use) and short == in_use,
                why_not=why,
                items_per_s=ips,
                latency_ms=lat,
                notes=list(status.notes),
            )
        )
    return rows


def variant_rows(service: Any, sem: Any) -> list[VariantRow]:
    """The installed models' precision variants with size, accuracy against FP32 and speed."""
    snapshot = engine_snapshot(sem)
    try:
        from memshadow_desktop.core.inference import models as manager  # type: ignore[attr-defined]
    except ImportError:
        return []
    lister = getattr(manager, "list_variants", None) or getattr(manager, "variants", None)
    if not callable(lister):
        return []
    rows = []
    for raw in lister(service.paths):
        d = _as_dict(raw)
        precision = str(_get(d, "precision") or "").upper()
        model = str(_get(d, "model", "name") or "")
        rows.append(
            VariantRow(
                model=model,
                precision=precision,
                size_bytes=_get(d, "size_bytes", "size"),
                min_cosine=_get(d, "min_cosine"),
                mean_cosine=_get(d, "mean_cosine"),
                items_per_s=_get(d, "items_per_s"),
                speedup=_get(d, "speedup"),
                offered=bool(_get(d, "offered", "passed")),
                in_use=bool(snapshot and snapshot.precision == precision),
                note=str(_get(d, "note", "reason") or ""),
            )
        )
    return rows


# --- benchmark --------------------------------------------------------------------------------


def _probe_texts() -> list[str]:
    try:
        from memshadow_desktop.core.inference.probe import probe_texts

        return list(probe_texts())
    except ImportError:
        return [
            f"a short note about topic {i}, to measure how fast this machine embeds text"
            for i in range(64)
        ]


def run_benchmark(
    sem: Any,
    progress: Callable[[int, int], None],
    cancel: threading.Event,
    *,
    texts: Sequence[str] | None = None,
) -> BenchmarkResult:
    """Embed the fixed probe set with the model in use (throughput), then short queries one
    at a time (latency). ``progress(done, total)`` after each step; ``cancel`` stops between
    steps with :class:`BenchmarkCancelled`."""
    embedder = sem.embedder
    snapshot = engine_snapshot(sem)
    texts = list(texts) if texts is not None else _probe_texts()
    batches = [texts[i : i + BENCH_BATCH] for i in range(0, len(texts), BENCH_BATCH)]
    queries = [t for t in texts if len(t) < 80][:BENCH_QUERIES] or texts[:BENCH_QUERIES]
    total = 1 + len(batches) + len(queries)
    progress(0, total)
    embedder.embed(texts[:2])  # warm-up
    step = 1
    progress(step, total)
    start = time.perf_counter()
    for batch in batches:
        if cancel.is_set():
            raise BenchmarkCancelled
        embedder.embed(batch)
        step += 1
        progress(step, total)
    elapsed = time.perf_counter() - start
    latencies = []
    for query in queries:
        if cancel.is_set():
            raise BenchmarkCancelled
        t0 = time.perf_counter()
        embedder.embed([query])
        latencies.append((time.perf_counter() - t0) * 1000)
        step += 1
        progress(step, total)
    latencies.sort()
    return BenchmarkResult(
        provider=snapshot.provider if snapshot else None,
        precision=snapshot.precision if snapshot else None,
        items=len(texts),
        items_per_s=len(texts) / max(elapsed, 1e-9),
        query_p50_ms=statistics.median(latencies) if latencies else 0.0,
        query_p95_ms=latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        if latencies
        else 0.0,
        seconds=time.perf_counter() - start,
    )
