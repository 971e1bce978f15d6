"""Execution providers: which are installed, which really work, and which one to use.

``onnxruntime.get_available_providers()`` only says what the wheel was built with. A provider is
*usable* when a session created for it reports it first in ``session.get_providers()`` and a
warm-up run succeeds. Whenever the provider asked for is not the one that runs, the reason is
recorded and shown; nothing claims a GPU while the CPU does the work.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from memshadow_desktop.core.api.inference import (
    ChoiceReason,
    ProviderInfo,
    ProviderNote,
    ProviderReason,
)
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InferenceError, InvalidInputError
from memshadow_desktop.core.inference.hardware import physical_cores

CPU = "CPUExecutionProvider"
FIRST_CLASS = (
    "CoreMLExecutionProvider",
    "DmlExecutionProvider",
    "CUDAExecutionProvider",
    "TensorrtExecutionProvider",
    CPU,
)
SHORT_NAMES = {
    "coreml": "CoreMLExecutionProvider",
    "directml": "DmlExecutionProvider",
    "dml": "DmlExecutionProvider",
    "cuda": "CUDAExecutionProvider",
    "tensorrt": "TensorrtExecutionProvider",
    "cpu": CPU,
    "openvino": "OpenVINOExecutionProvider",
    "qnn": "QNNExecutionProvider",
    "rocm": "ROCMExecutionProvider",
    "migraphx": "MIGraphXExecutionProvider",
    "dnnl": "DnnlExecutionProvider",
    "xnnpack": "XnnpackExecutionProvider",
    "webgpu": "WebGpuExecutionProvider",
}
# Providers that run ONNX Runtime's fused contrib operators (Attention, BiasGelu):
# they get the ``fused`` graph; every other provider gets the ``portable`` one.
FUSED_CAPABLE = frozenset({CPU, "CUDAExecutionProvider", "ROCMExecutionProvider"})
GPU_PROVIDERS = frozenset(
    {
        "CoreMLExecutionProvider",
        "DmlExecutionProvider",
        "CUDAExecutionProvider",
        "TensorrtExecutionProvider",
        "ROCMExecutionProvider",
        "MIGraphXExecutionProvider",
        "WebGpuExecutionProvider",
    }
)
# Listed by the wheel but not a device for local embedding.
_IGNORED = frozenset({"AzureExecutionProvider"})


def canonical(name: str) -> str:
    """``cuda`` -> ``CUDAExecutionProvider``; full names pass through; unknown names raise."""
    if not name or name == "auto":
        return "auto"
    key = name.strip().lower().removesuffix("executionprovider")
    if key in SHORT_NAMES:
        return SHORT_NAMES[key]
    for full in ort.get_all_providers():
        if full.lower() == name.strip().lower():
            return full
    raise InvalidInputError(f"unknown execution provider {name!r} (try: {', '.join(SHORT_NAMES)})")


def short(name: str) -> str:
    for k, v in SHORT_NAMES.items():
        if v == name and k != "dml":
            return k
    return name.removesuffix("ExecutionProvider").lower()


def not_installed_reason(provider: str) -> Notice:
    """Why the installed ONNX Runtime lacks a provider, in facts."""
    plat = sys.platform
    if provider == "CoreMLExecutionProvider":
        if plat != "darwin":
            return Notice(ProviderReason.COREML_ONLY_MACOS, {"platform": plat})
        return Notice(ProviderReason.COREML_NOT_IN_BUILD)
    if provider == "DmlExecutionProvider":
        if plat != "win32":
            return Notice(ProviderReason.DIRECTML_ONLY_WINDOWS, {"platform": plat})
        return Notice(ProviderReason.DIRECTML_NOT_INSTALLED)
    if provider == "CUDAExecutionProvider":
        if plat == "darwin":
            return Notice(ProviderReason.CUDA_NOT_ON_MACOS)
        return Notice(ProviderReason.CUDA_NOT_IN_BUILD)
    if provider == "TensorrtExecutionProvider":
        return Notice(ProviderReason.TENSORRT_NOT_IN_BUILD)
    return Notice(ProviderReason.NOT_COMPILED, {"version": ort.__version__})


def provider_options(provider: str, *, cache_dir: Path | None = None) -> dict[str, str]:
    """The options that make each provider fast (and are shown to the user)."""
    if provider == "CoreMLExecutionProvider":
        opts = {
            "ModelFormat": "MLProgram",
            "MLComputeUnits": "ALL",
            "RequireStaticInputShapes": "0",
            "EnableOnSubgraphs": "0",
        }
        if cache_dir is not None:
            opts["ModelCacheDirectory"] = str(cache_dir / "coreml")
        return opts
    if provider == "DmlExecutionProvider":
        return {"device_id": "0"}
    if provider == "CUDAExecutionProvider":
        return {
            "device_id": "0",
            "arena_extend_strategy": "kSameAsRequested",
            "cudnn_conv_algo_search": "HEURISTIC",
        }
    if provider == "TensorrtExecutionProvider":
        opts = {"device_id": "0", "trt_fp16_enable": "1"}
        if cache_dir is not None:
            opts["trt_engine_cache_enable"] = "1"
            opts["trt_engine_cache_path"] = str(cache_dir / "tensorrt")
        return opts
    return {}


def session_options(provider: str, threads: int | None = None) -> ort.SessionOptions:
    so = ort.SessionOptions()
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.log_severity_level = 3
    if provider == "DmlExecutionProvider":
        # DirectML requires these two (documented by ONNX Runtime).
        so.enable_mem_pattern = False
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    else:
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.intra_op_num_threads = threads or physical_cores()
    so.inter_op_num_threads = 1
    # Idle pool threads sleep instead of spinning: after a query is embedded, spinning threads
    # held the other core for milliseconds while the vector scan and full-text search ran
    # (hybrid p50 at 100k memories 15 ms with spinning, 11 ms without), and a tray app should
    # not burn a core between keystrokes.
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return so


@dataclass
class OpenedSession:
    session: ort.InferenceSession
    requested: str
    provider: str  # the provider that actually runs the first node
    fallback_reason: Notice | None = None  # a ProviderReason
    load_seconds: float = 0.0
    node_providers: dict[str, int] = field(default_factory=dict)  # checked providers only


def _warmup_feed(session: ort.InferenceSession) -> dict[str, np.ndarray]:
    feed = {}
    for inp in session.get_inputs():
        dtype = np.int32 if "int32" in inp.type else np.int64
        feed[inp.name] = np.ones((1, 8), dtype=dtype)
    return feed


def open_session(
    model: str | bytes,
    provider: str = CPU,
    *,
    threads: int | None = None,
    cache_dir: Path | None = None,
    warmup: bool = True,
) -> OpenedSession:
    """Create a session on ``provider``; fall back to the CPU with the reason recorded.

    ``model`` is a path or the serialized model. A corrupt model raises
    :class:`InferenceError` (the CPU cannot load it either).
    """
    provider = CPU if provider == "auto" else provider
    start = time.perf_counter()
    reason: Notice | None = None
    if provider != CPU:
        name = short(provider)
        if provider not in ort.get_available_providers():
            why = not_installed_reason(provider).to_json()
            reason = Notice(ProviderReason.NOT_INSTALLED, {"provider": name, "why": why})
        else:
            try:
                opened = _try(model, provider, threads, cache_dir, warmup)
            except Exception as exc:  # any failure of a non-CPU provider means: fall back
                error = _one_line(exc)
                reason = Notice(ProviderReason.FAILED_TO_START, {"provider": name, "error": error})
            else:
                if opened.provider == provider:
                    opened.load_seconds = time.perf_counter() - start
                    return opened
                ran = {short(p): n for p, n in opened.node_providers.items()}
                reason = Notice(ProviderReason.RAN_NO_NODE, {"provider": name, "nodes": ran})
    try:
        opened = _try(model, CPU, threads, cache_dir, warmup)
    except Exception as exc:
        raise InferenceError(
            f"the model cannot be loaded: {_one_line(exc)}", reason="model_unloadable"
        ) from exc
    opened.requested = provider
    opened.fallback_reason = reason
    opened.load_seconds = time.perf_counter() - start
    return opened


def _try(
    model: str | bytes,
    provider: str,
    threads: int | None,
    cache_dir: Path | None,
    warmup: bool,
) -> OpenedSession:
    providers: list[Any] = [(provider, provider_options(provider, cache_dir=cache_dir))]
    if provider != CPU:
        providers.append(CPU)
    nodes: dict[str, int] = {}
    if provider != CPU:
        # get_providers() lists a provider even when it runs nothing: count where nodes ran.
        nodes = _node_placement(model, provider, providers, threads)
    so = session_options(provider, threads)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        session = ort.InferenceSession(model, so, providers=providers)
    actual = session.get_providers()[0]
    if provider != CPU and actual == provider and not nodes.get(provider):
        actual = CPU
    if warmup and provider == CPU:
        session.run(None, _warmup_feed(session))
    return OpenedSession(session, provider, actual, node_providers=nodes)


def _node_placement(
    model: str | bytes, provider: str, providers: list[Any], threads: int | None
) -> dict[str, int]:
    """Run a warm-up with profiling on: how many nodes each provider really executed."""
    with tempfile.TemporaryDirectory(prefix="memshadow-prof-") as tmp:
        so = session_options(provider, threads)
        so.enable_profiling = True
        so.profile_file_prefix = str(Path(tmp) / "placement")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            session = ort.InferenceSession(model, so, providers=providers)
        session.run(None, _warmup_feed(session))
        events = json.loads(Path(session.end_profiling()).read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for ev in events if isinstance(events, list) else []:
        args = ev.get("args", {}) if isinstance(ev, dict) else {}
        if (
            ev.get("cat") == "Node"
            and "provider" in args
            and ev.get("name", "").endswith("_kernel_time")
        ):
            counts[args["provider"]] = counts.get(args["provider"], 0) + 1
    return counts


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:300] + "...") if len(text) > 300 else text or type(exc).__name__


def provider_notes(provider: str) -> list[Notice]:
    """What each provider is set up with to be fast (shown beside it)."""
    if provider == "CoreMLExecutionProvider":
        return [Notice(ProviderNote.COREML_BUCKETS), Notice(ProviderNote.COREML_MLPROGRAM)]
    if provider == "DmlExecutionProvider":
        return [Notice(ProviderNote.DIRECTML_SEQUENTIAL), Notice(ProviderNote.DIRECTML_DEVICE)]
    if provider == "CUDAExecutionProvider":
        return [Notice(ProviderNote.CUDA_DEVICE)]
    if provider == CPU:
        return [
            Notice(ProviderNote.CPU_THREADS, {"threads": physical_cores()}),
            Notice(ProviderNote.CPU_FUSED),
        ]
    return []


def probe_providers(
    model: str | bytes,
    *,
    check: bool = True,
    cache_dir: Path | None = None,
) -> list[ProviderInfo]:
    """Every first-class provider plus any other the installed ONNX Runtime offers; with
    ``check``, each installed one runs a session of ``model`` to tell whether it is usable."""
    available = list(ort.get_available_providers())
    names = list(FIRST_CLASS) + [p for p in available if p not in FIRST_CLASS]
    out = []
    for name in names:
        installed = name in available
        usable: bool | None = None
        reason = None if installed else not_installed_reason(name)
        if installed and check:
            opened = open_session(model, name, cache_dir=cache_dir)
            usable = opened.provider == name and opened.fallback_reason is None
            if not usable:
                fell_back = Notice(ProviderReason.FELL_BACK, {"provider": short(name)})
                reason = opened.fallback_reason or fell_back
        out.append(
            ProviderInfo(
                name=name,
                short=short(name),
                first_class=name in FIRST_CLASS,
                installed=installed,
                usable=usable,
                reason=reason,
                options=provider_options(name, cache_dir=cache_dir),
                notes=provider_notes(name),
            )
        )
    return out


@dataclass
class ProviderChoice:
    provider: str
    measured: dict[str, float]  # provider -> items per second on the probe
    measured_at: float

    @property
    def reason(self) -> Notice:
        """Why this provider: derived from the figures, so the cache holds no words."""
        if len(self.measured) > 1:
            speed = self.measured.get(self.provider, 0.0)
            return Notice(ChoiceReason.FASTEST, {"items_per_s": speed})
        return Notice(ChoiceReason.ONLY_USABLE)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ProviderChooser:
    """Automatic choice: the fastest usable provider measured here, cached per model+precision."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def cached(self, key: str) -> ProviderChoice | None:
        raw = self._load().get(key)
        if not isinstance(raw, dict):
            return None
        raw = {k: v for k, v in raw.items() if k != "reason"}  # English, in older caches
        try:
            return ProviderChoice(**raw)
        except TypeError:
            return None

    def choose(
        self,
        key: str,
        candidates: list[str],
        measure: Callable[[str], float | None],
        *,
        remeasure: bool = False,
    ) -> ProviderChoice:
        """``measure(provider)`` returns items/s, or ``None`` if the provider is not usable."""
        if not remeasure:
            hit = self.cached(key)
            if hit is not None and hit.provider in candidates:
                return hit
        measured: dict[str, float] = {}
        for provider in candidates:
            speed = measure(provider)
            if speed is not None:
                measured[provider] = round(float(speed), 2)
        if not measured:
            raise InferenceError("no execution provider could run this model", reason="no_provider")
        best = max(measured, key=lambda p: measured[p])
        choice = ProviderChoice(best, measured, time.time())
        data = self._load()
        data[key] = choice.to_dict()
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(self.cache_file)
        return choice
