"""Models, the inference engine and the hardware it runs on: ``service.models`` and
``service.hardware``.

Plain data only (no numpy, onnx or onnxruntime is imported here). Every reason, note and piece
of advice is a :class:`~memshadow_desktop.core.api.notice.Notice` whose code is one of the
enumerations below; the GUI (qt/messages.py) and the CLI (cli/messages.py) put them in words.
A notice's params may hold another notice as ``{"code": ..., "params": ...}`` (a fallback
that happened because a provider is not installed, and why).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.notice import Notice

if TYPE_CHECKING:
    import numpy as np


# --- codes ----------------------------------------------------------------------------------


class ProviderReason(StrEnum):
    """Why an execution provider is not installed, not usable, or was not the one that ran."""

    COREML_ONLY_MACOS = "coreml_only_macos"  # platform
    COREML_NOT_IN_BUILD = "coreml_not_in_build"
    DIRECTML_ONLY_WINDOWS = "directml_only_windows"  # platform
    DIRECTML_NOT_INSTALLED = "directml_not_installed"
    CUDA_NOT_ON_MACOS = "cuda_not_on_macos"
    CUDA_NOT_IN_BUILD = "cuda_not_in_build"
    TENSORRT_NOT_IN_BUILD = "tensorrt_not_in_build"
    NOT_COMPILED = "provider_not_compiled"  # version (of onnxruntime)
    NOT_INSTALLED = "provider_not_installed"  # provider, why (a notice above)
    FAILED_TO_START = "provider_failed_to_start"  # provider, error (ONNX Runtime's words)
    RAN_NO_NODE = "provider_ran_no_node"  # provider, nodes ({provider: nodes run})
    FELL_BACK = "provider_fell_back"  # provider


class ProviderNote(StrEnum):
    """How a provider is set up to be fast (shown beside it)."""

    COREML_BUCKETS = "coreml_buckets"
    COREML_MLPROGRAM = "coreml_mlprogram"
    DIRECTML_SEQUENTIAL = "directml_sequential"
    DIRECTML_DEVICE = "directml_device"
    CUDA_DEVICE = "cuda_device"
    CPU_THREADS = "cpu_threads"  # threads
    CPU_FUSED = "cpu_fused"


class ChoiceReason(StrEnum):
    """Why the automatic choice runs the provider it runs."""

    ONLY_PROVIDER = "only_provider_installed"
    DEFAULT_CPU = "default_cpu"
    FASTEST = "fastest_measured"  # items_per_s
    ONLY_USABLE = "only_usable_provider"


class HardwareNote(StrEnum):
    """What the hardware probe could not find out, and why."""

    NVML_MISSING = "nvml_missing"
    NVIDIA_NO_DRIVER = "nvidia_no_driver"  # error
    NVML_FAILED = "nvml_failed"  # error
    NO_DRM = "no_drm"
    OPENVINO_MISSING = "openvino_missing"
    POWER_UNKNOWN = "power_unknown"


class VariantReason(StrEnum):
    """Why a precision variant is not offered."""

    FUSED_DIFFERS = "fused_differs"  # min_cosine
    BELOW_BAR = "below_bar"  # min_cosine, bar
    NOT_BUILT = "not_built"  # recipe, error


class ModelStep(StrEnum):
    """What building, downloading or rebuilding a model is doing (the MODEL_NOTICE event and
    the ``log`` of the model calls)."""

    REBUILD_OUTDATED = "rebuild_outdated"  # model, build, current_build, source
    REBUILD_REQUESTED = "rebuild_requested"  # model, source
    KEEPING_OLD_BUILD = "keeping_old_build"  # model, error
    CONVERTING = "converting"  # source, layers, hidden, pooling
    VALIDATING_REFERENCE = "validating_reference"
    BUILDING_VARIANT = "building_variant"  # precision
    DOWNLOADING = "downloading"  # path


class Advice(StrEnum):
    """Recommendations for using this machine well (``service.hardware.advice``)."""

    INSTALL_MODEL = "install_model"
    VARIANT_NOT_OFFERED = "variant_not_offered"  # precision, why
    VARIANT_SPEED = "variant_speed"  # precision, speedup (vs FP32), min_cosine
    CONSIDER_VARIANT = "consider_variant"  # precision, speedup, min_cosine
    DEFAULT_PRECISION = "default_precision"  # precision, bar
    CPU_ONLY = "cpu_only"
    INT8_CPU = "int8_cpu"
    INSTALL_CUDA = "install_cuda"  # gpu
    ON_BATTERY = "on_battery"
    MEASURED = "measured"  # items_per_s, query_ms


# Every code a notice of this area can carry (the translations are checked against it).
INFERENCE_CODES: tuple[type[StrEnum], ...] = (
    ProviderReason,
    ProviderNote,
    ChoiceReason,
    HardwareNote,
    VariantReason,
    ModelStep,
    Advice,
)

# Called with each step of a long model operation (build, download, rebuild).
StepLog = Callable[[Notice], None]
# Download progress: (file, bytes done, bytes in all or None).
DownloadProgress = Callable[[str, int, "int | None"], None]


def _notice_json(notice: Notice | None) -> dict[str, Any] | None:
    return notice.to_json() if notice is not None else None


# --- the machine ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GpuInfo:
    name: str
    vendor: str
    memory_mb: int | None = None
    driver: str | None = None
    source: str = ""


@dataclass(frozen=True)
class NpuInfo:
    name: str
    vendor: str
    source: str = ""


@dataclass(frozen=True)
class HardwareReport:
    """What this machine has that matters for inference; None where it could not be read."""

    os: str
    os_version: str
    arch: str
    python: str
    cpu_model: str | None
    physical_cores: int | None
    logical_cores: int | None
    cpu_features: dict[str, bool | None]
    ram_total_mb: int | None
    ram_available_mb: int | None
    gpus: list[GpuInfo] = field(default_factory=list)
    npus: list[NpuInfo] = field(default_factory=list)
    power_source: str | None = None  # "ac", "battery" or None (unknown)
    battery_percent: float | None = None
    notes: list[Notice] = field(default_factory=list)  # HardwareNote codes

    def to_json(self) -> dict[str, Any]:
        return asdict(self)  # a Notice becomes {"code", "params"}, as Notice.to_json


@dataclass(frozen=True)
class ProviderInfo:
    """One execution provider: installed, really usable (a session ran on it), in use."""

    name: str  # ONNX Runtime's name, e.g. CUDAExecutionProvider
    short: str  # cpu, cuda, coreml, directml, ...
    first_class: bool
    installed: bool
    usable: bool | None  # None: not checked
    reason: Notice | None  # ProviderReason: why it is not installed or not usable
    options: dict[str, str] = field(default_factory=dict)
    notes: list[Notice] = field(default_factory=list)  # ProviderNote codes
    in_use: bool = False  # search's engine runs on it
    items_per_s: float | None = None  # measured here (automatic choice, or engine statistics)
    latency_ms: float | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["reason"] = _notice_json(self.reason)
        return out


# --- the engine -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EngineInfo:
    """An open embedder of the inference engine: what runs, where, and why there."""

    model: str
    fingerprint: str  # what stored vectors record: model, precision, variant checksum
    precision: str
    provider: str  # short name of the provider that actually runs
    requested_provider: str  # short name, or "auto"
    fallback: Notice | None  # ProviderReason: why the requested provider is not the one running
    choice: Notice | None  # ChoiceReason: why the automatic choice picked it
    threads: int | None
    load_seconds: float
    dim: int

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "fingerprint": self.fingerprint,
            "precision": self.precision,
            "provider": self.provider,
            "requested_provider": self.requested_provider,
            "fallback_reason": _notice_json(self.fallback),
            "choice_reason": _notice_json(self.choice),
            "threads": self.threads,
            "load_seconds": self.load_seconds,
            "dim": self.dim,
        }


@dataclass(frozen=True)
class LaneStats:
    """Inference statistics of one provider/precision lane."""

    lane: str  # e.g. cpu/int8
    inferences: int
    items: int
    tokens: int
    seconds: float
    latency_ms_avg: float | None
    latency_ms_p50: float | None
    latency_ms_p95: float | None
    items_per_s: float | None

    @property
    def provider(self) -> str:
        return self.lane.split("/")[0]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["lane"]
        return out


@dataclass(frozen=True)
class EngineSnapshot:
    """Search's embedder as it runs now, with its statistics since it was opened."""

    model: str  # the model's name (a test embedder: its fingerprint)
    fingerprint: str
    engine: EngineInfo | None  # None: an embedder that is not the inference engine
    stats: LaneStats | None  # None before its first inference

    @property
    def provider(self) -> str | None:
        return self.engine.provider if self.engine else None

    @property
    def precision(self) -> str | None:
        return self.engine.precision if self.engine else None

    @property
    def fallback(self) -> Notice | None:
        return self.engine.fallback if self.engine else None


@dataclass(frozen=True)
class Embedding:
    engine: EngineInfo
    vectors: np.ndarray  # float32 [texts, dim], L2-normalised, in input order


# --- models ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelInfo:
    name: str
    fingerprint: str
    dim: int
    max_seq_length: int
    pooling: str | None
    source: dict[str, Any] | None
    default_precision: str
    precisions: list[str]  # offered
    size_bytes: int
    installed_at: float | None
    build: int
    outdated: bool  # built by an older version: rebuilt when next used

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CatalogModel:
    """A model of the download catalogue (built in, plus ``MEMSHADOW_MODEL_CATALOG``)."""

    name: str
    description: str
    size_bytes: int | None  # all its files; None when the catalogue does not say
    installed: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class VariantInfo:
    """One precision variant: size, accuracy against FP32 and speed measured at import."""

    key: str  # fp32, fp32-portable, int8, ...
    precision: str
    flavour: str  # fused | portable
    offered: bool
    size_bytes: int
    min_cosine: float | None
    mean_cosine: float | None
    items_per_s: float | None
    speedup: float | None  # against FP32
    recipe: str | None
    reason: Notice | None  # VariantReason: why it is not offered
    default: bool
    in_use: bool  # the precision search runs (or would run) at

    def to_json(self) -> dict[str, Any]:
        return {
            "variant": self.key,
            "precision": self.precision,
            "graph": self.flavour,
            "offered": self.offered,
            "size_bytes": self.size_bytes,
            "min_cosine": self.min_cosine,
            "mean_cosine": self.mean_cosine,
            "items_per_s": self.items_per_s,
            "speedup_vs_fp32": self.speedup,
            "recipe": self.recipe,
            "reason": _notice_json(self.reason),
            "default": self.default,
            "in_use": self.in_use,
        }


@dataclass(frozen=True)
class ModelVariants:
    model: str
    default_precision: str
    probe_size: int | None
    precision_in_use: str
    variants: list[VariantInfo]

    def distinct(self) -> list[VariantInfo]:
        """One row per precision: a portable graph is left out beside its fused twin."""
        keys = {v.key for v in self.variants}
        return [
            v
            for v in self.variants
            if not (v.key.endswith("-portable") and v.key.removesuffix("-portable") in keys)
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "default_precision": self.default_precision,
            "probe_size": self.probe_size,
            "precision_in_use": self.precision_in_use,
            "variants": [v.to_json() for v in self.variants],
        }


@dataclass(frozen=True)
class ModelChoice:
    """The model, precision and provider search uses (settings)."""

    model: str
    precision: str
    provider: str  # short name or "auto"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- measuring ------------------------------------------------------------------------------


class BenchmarkCancelled(Exception):
    """The benchmark was cancelled; nothing was changed."""


@dataclass(frozen=True)
class BenchmarkResult:
    provider: str | None  # short name
    precision: str | None
    items: int
    items_per_s: float
    query_p50_ms: float
    query_p95_ms: float
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
