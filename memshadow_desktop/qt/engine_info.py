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


_DISPLAY = {
    "cpu": "CPU",
    "cuda": "CUDA",
    "tensorrt": "TensorRT",
    "coreml": "CoreML",
    "dml": "DirectML",
    "directml": "DirectML",
    "rocm": "ROCm",
    "openvino": "OpenVINO",
    "qnn": "QNN",
}


def _short(provider: str | None) -> str | None:
    """One display name per provider, whether given as "CUDAExecutionProvider" or "cuda"."""
    if not provider:
        return None
    name = provider.removesuffix("ExecutionProvider")
    return _DISPLAY.get(name.lower(), name)


# --- the system -------------------------------------------------------------------------------


def probe_hardware() -> Any:
    """The hardware report (core.inference.hardware.probe); None if the probe is missing."""
    try:
        from memshadow_desktop.core.inference.hardware import probe
    except ImportError:
        return None
    return probe()


# --- the engine in use ------------------------------------------------------------------------


def _engine(sem: Any) -> Any:
    """The inference engine's Embedder behind search's adapter (None for a test embedder)."""
    return getattr(getattr(sem, "embedder", None), "engine", None)


def engine_snapshot(sem: Any, hardware: Any = None) -> EngineSnapshot | None:
    """Model, provider and precision in use, with the engine's statistics; None: no model."""
    if sem is None:
        return None
    embedder = sem.embedder
    fingerprint = str(getattr(embedder, "fingerprint", ""))
    info = _as_dict(_get(embedder, "info"))
    engine = _engine(sem)
    lane: dict[str, Any] = {}
    recs: list[str] = []
    if engine is not None:
        lane = dict(engine.stats.summary().get(engine.lane, {}))
        try:
            from memshadow_desktop.core.inference.engine import recommendations

            recs = list(recommendations(engine.model, hardware))
        except Exception:  # advice must never break the dashboard
            log.exception("recommendations failed")
    provider = _get(info, "provider")
    precision = _get(info, "precision")
    return EngineSnapshot(
        model=str(_get(info, "model") or fingerprint),
        fingerprint=fingerprint,
        provider=_short(str(provider)) if provider else None,
        precision=str(precision).upper() if precision else None,
        fallback_reason=_get(info, "fallback_reason"),
        inferences=_get(lane, "inferences"),
        items=_get(lane, "items"),
        avg_latency_ms=_get(lane, "latency_ms_avg"),
        p50_latency_ms=_get(lane, "latency_ms_p50"),
        p95_latency_ms=_get(lane, "latency_ms_p95"),
        items_per_s=_get(lane, "items_per_s"),
        recommendations=recs,
    )


def _measured_by_chooser(service: Any, engine: Any) -> dict[str, float]:
    """Items/s per provider from the automatic choice's cache (short name -> items/s)."""
    try:
        from memshadow_desktop.core.inference.active import CHOICE_FILE
        from memshadow_desktop.core.inference.providers import ProviderChooser
    except ImportError:
        return {}
    choice = ProviderChooser(service.paths.cache_dir / CHOICE_FILE).cached(
        f"{engine.model.fingerprint}:{engine.precision}"
    )
    if choice is None:
        return {}
    return {_short(p) or p: float(v) for p, v in choice.measured.items()}


def provider_rows(
    service: Any, sem: Any, measured: dict[str, tuple[float, float]] | None = None
) -> list[ProviderRow]:
    """Every provider ONNX Runtime knows of: installed, usable (a real session with the model
    in use), in use, why not; ``measured``: short name -> (items/s, latency ms)."""
    try:
        from memshadow_desktop.core.inference import providers as prov
    except ImportError:
        return []
    engine = _engine(sem)
    model_file: str | None = None
    chooser: dict[str, float] = {}
    if engine is not None:
        try:
            variant = engine.model.variant_for(engine.precision, prov.CPU)
            model_file = str(engine.model.folder / variant.file)
        except Exception:
            model_file = None
        chooser = _measured_by_chooser(service, engine)
    statuses = prov.probe_providers(model_file or b"", check=model_file is not None)
    in_use = _short(engine.provider) if engine is not None else None
    stats: dict[str, dict[str, Any]] = engine.stats.summary() if engine is not None else {}
    rows = []
    for status in statuses:
        short = _short(status.name) or status.name
        why = ""
        if not status.installed or status.usable is False:
            why = status.reason or ""
        elif status.usable is None:
            why = "not checked: no model installed"
        ips, lat = (measured or {}).get(short, (None, None))
        if ips is None:
            ips = chooser.get(short)
        lane = next((v for k, v in stats.items() if k.split("/")[0] == short), None)
        if lane is not None:
            ips = ips if ips is not None else lane.get("items_per_s")
            lat = lat if lat is not None else lane.get("latency_ms_p50")
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
    """The model's precision variants with size, accuracy against FP32 and speed (measured at
    import on this machine); portable duplicates of a fused variant are left out."""
    engine = _engine(sem)
    if engine is None:
        return []
    model = engine.model
    rows = []
    for key, v in model.variants.items():
        if key.endswith("-portable") and key.removesuffix("-portable") in model.variants:
            continue
        val = dict(v.validation or {})
        rows.append(
            VariantRow(
                model=model.name,
                precision=v.precision.upper(),
                size_bytes=v.size,
                min_cosine=val.get("min_cosine"),
                mean_cosine=val.get("mean_cosine"),
                items_per_s=val.get("items_per_s"),
                speedup=val.get("speedup"),
                offered=bool(v.offered),
                in_use=v.precision == engine.precision,
                note=v.reason or "",
            )
        )
    return rows


def use_precision(service: Any, precision: str) -> None:
    """Make ``precision`` the one search uses (settings); the caller re-opens search, which
    re-embeds the vault under the new fingerprint."""
    from memshadow_desktop.core.settings import Settings

    settings = Settings.load(service.paths.settings_file)
    settings.precision = precision.lower()
    settings.save(service.paths.settings_file)
    service.close_semantic()


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
