"""Translated words for the core's inference notices: why a provider is not usable, how it is
set up, why a variant is not offered, what building a model is doing, and advice.

Each code of core.api's inference enumerations has an entry (a test checks it); a notice's
params may hold another notice (``why``), put in words the same way.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from memshadow_desktop.core.api import (
    Advice,
    ChoiceReason,
    HardwareNote,
    ModelStep,
    Notice,
    ProviderNote,
    ProviderReason,
    VariantReason,
)
from memshadow_desktop.qt.dashboard_widgets import ms, provider_name

Params = Mapping[str, Any]
Words = Callable[[Params], str]


def notice_words(notice: Notice) -> str | None:
    """The notice in the user's language; None for a code of another area."""
    words = _WORDS.get(str(notice.code))
    return words(notice.params) if words is not None else None


def advice_html(notice: Notice) -> str:
    """A piece of advice as rich text for the dashboard (commands in a code font)."""
    if notice.code == Advice.INSTALL_MODEL:
        return QCoreApplication.translate(
            "Notices",
            "Get an embedding model to search by meaning: Preferences › Search "
            "(or <code>memshadow models download all-MiniLM-L6-v2</code>).",
        )
    return html.escape(notice_words(notice) or str(notice.code))


def _nested(value: Any) -> str:
    if isinstance(value, Mapping) and "code" in value:
        inner = Notice(str(value["code"]), dict(value.get("params") or {}))
        return notice_words(inner) or inner.code
    return str(value or "")


def _p(params: Params, key: str) -> str:
    value = params.get(key)
    return "?" if value is None else str(value)


def _num(params: Params, key: str, spec: str) -> str:
    value = params.get(key)
    return format(value, spec) if isinstance(value, int | float) else "?"


def _upper(params: Params, key: str = "precision") -> str:
    return _p(params, key).upper()


def _provider(params: Params) -> str:
    return provider_name(params.get("provider")) or "?"


def _nodes(params: Params) -> str:
    nodes = params.get("nodes") or {}
    text = ", ".join(f"{provider_name(name)} {count}" for name, count in nodes.items())
    return text or QCoreApplication.translate("Notices", "none")


def _speed(params: Params) -> str:
    ratio = float(params.get("speedup") or 0.0)
    if ratio >= 1:
        text = QCoreApplication.translate(
            "Notices", "{0} is {1}× faster than FP32 here at {2} minimum cosine."
        )
        factor = ratio
    else:
        text = QCoreApplication.translate(
            "Notices", "{0} is {1}× slower than FP32 here at {2} minimum cosine."
        )
        factor = 1 / max(ratio, 1e-9)
    return text.format(_upper(params), f"{factor:.1f}", _num(params, "min_cosine", ".3f"))


def _ms(value: Any) -> str:
    return ms(float(value)) if isinstance(value, int | float) else "?"


def _not_built(params: Params) -> str:
    return QCoreApplication.translate("Notices", "Could not be built or loaded ({0}): {1}").format(
        _p(params, "recipe") if params.get("recipe") else "—", _p(params, "error")
    )


_WORDS: dict[str, Words] = {
    # why a provider is not usable, or not the one that runs
    ProviderReason.COREML_ONLY_MACOS: lambda p: QCoreApplication.translate(
        "Notices", "CoreML exists only on macOS; this is {0}."
    ).format(_p(p, "platform")),
    ProviderReason.COREML_NOT_IN_BUILD: lambda p: QCoreApplication.translate(
        "Notices", "This ONNX Runtime has no CoreML provider (install the official macOS wheel)."
    ),
    ProviderReason.DIRECTML_ONLY_WINDOWS: lambda p: QCoreApplication.translate(
        "Notices", "DirectML exists only on Windows (onnxruntime-directml); this is {0}."
    ).format(_p(p, "platform")),
    ProviderReason.DIRECTML_NOT_INSTALLED: lambda p: QCoreApplication.translate(
        "Notices", "onnxruntime-directml is not installed (the plain wheel lacks DirectML)."
    ),
    ProviderReason.CUDA_NOT_ON_MACOS: lambda p: QCoreApplication.translate(
        "Notices", "CUDA does not exist on macOS."
    ),
    ProviderReason.CUDA_NOT_IN_BUILD: lambda p: QCoreApplication.translate(
        "Notices", "This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README)."
    ),
    ProviderReason.TENSORRT_NOT_IN_BUILD: lambda p: QCoreApplication.translate(
        "Notices", "TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries."
    ),
    ProviderReason.NOT_COMPILED: lambda p: QCoreApplication.translate(
        "Notices", "Not part of the installed ONNX Runtime {0}."
    ).format(_p(p, "version")),
    ProviderReason.NOT_INSTALLED: lambda p: QCoreApplication.translate(
        "Notices", "{0} is not installed. {1}"
    ).format(_provider(p), _nested(p.get("why"))),
    ProviderReason.FAILED_TO_START: lambda p: QCoreApplication.translate(
        "Notices", "{0} failed to start: {1}"
    ).format(_provider(p), _p(p, "error")),
    ProviderReason.RAN_NO_NODE: lambda p: QCoreApplication.translate(
        "Notices",
        "{0} is listed by the session but ran no part of a test run (ran: {1}).",
    ).format(_provider(p), _nodes(p)),
    ProviderReason.FELL_BACK: lambda p: QCoreApplication.translate(
        "Notices", "The session fell back to the CPU."
    ),
    # how a provider is set up
    ProviderNote.COREML_BUCKETS: lambda p: QCoreApplication.translate(
        "Notices", "Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling."
    ),
    ProviderNote.COREML_MLPROGRAM: lambda p: QCoreApplication.translate(
        "Notices", "MLProgram format on every compute unit (Neural Engine, GPU, CPU)."
    ),
    ProviderNote.DIRECTML_SEQUENTIAL: lambda p: QCoreApplication.translate(
        "Notices", "Memory pattern off and sequential execution (DirectML requires both)."
    ),
    ProviderNote.DIRECTML_DEVICE: lambda p: QCoreApplication.translate(
        "Notices", "The adapter is chosen with device_id."
    ),
    ProviderNote.CUDA_DEVICE: lambda p: QCoreApplication.translate(
        "Notices", "device_id picks the GPU; gpu_mem_limit caps its memory."
    ),
    ProviderNote.CPU_THREADS: lambda p: QCoreApplication.translate(
        "Notices", "One thread per physical core ({0})."
    ).format(_p(p, "threads")),
    ProviderNote.CPU_FUSED: lambda p: QCoreApplication.translate(
        "Notices", "Fused attention, LayerNorm and GELU; INT8 uses VNNI where present."
    ),
    # the automatic choice
    ChoiceReason.ONLY_PROVIDER: lambda p: QCoreApplication.translate(
        "Notices", "The only provider installed."
    ),
    ChoiceReason.DEFAULT_CPU: lambda p: QCoreApplication.translate(
        "Notices", "The CPU, by default."
    ),
    ChoiceReason.FASTEST: lambda p: QCoreApplication.translate(
        "Notices", "The fastest measured here ({0} texts per second)."
    ).format(_num(p, "items_per_s", ".0f")),
    ChoiceReason.ONLY_USABLE: lambda p: QCoreApplication.translate(
        "Notices", "The only provider that works here."
    ),
    # what the hardware probe could not find out
    HardwareNote.NVML_MISSING: lambda p: QCoreApplication.translate(
        "Notices", "NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed."
    ),
    HardwareNote.NVIDIA_NO_DRIVER: lambda p: QCoreApplication.translate(
        "Notices", "No NVIDIA driver was found ({0})."
    ).format(_p(p, "error")),
    HardwareNote.NVML_FAILED: lambda p: QCoreApplication.translate(
        "Notices", "Asking the NVIDIA driver failed ({0})."
    ).format(_p(p, "error")),
    HardwareNote.NO_DRM: lambda p: QCoreApplication.translate(
        "Notices", "No display adapter is visible on this system (no /sys/class/drm)."
    ),
    HardwareNote.OPENVINO_MISSING: lambda p: QCoreApplication.translate(
        "Notices", "Intel NPU unknown: the OpenVINO runtime cannot be loaded."
    ),
    HardwareNote.POWER_UNKNOWN: lambda p: QCoreApplication.translate(
        "Notices", "No battery or mains sensor is readable: the power source is unknown."
    ),
    # why a variant is not offered
    VariantReason.FUSED_DIFFERS: lambda p: QCoreApplication.translate(
        "Notices", "The fast graph does not match the reference (min cosine {0})."
    ).format(_num(p, "min_cosine", ".5f")),
    VariantReason.BELOW_BAR: lambda p: QCoreApplication.translate(
        "Notices", "Min cosine {0} to FP32 is below {1}."
    ).format(_num(p, "min_cosine", ".4f"), _p(p, "bar")),
    VariantReason.NOT_BUILT: _not_built,
    # building a model
    ModelStep.REBUILD_OUTDATED: lambda p: QCoreApplication.translate(
        "Notices",
        "Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), "
        "then memories are embedded again.",
    ).format(_p(p, "model"), _p(p, "source")),
    ModelStep.REBUILD_REQUESTED: lambda p: QCoreApplication.translate(
        "Notices", "Model {0} is rebuilt from {1} (a minute or two)."
    ).format(_p(p, "model"), _p(p, "source")),
    ModelStep.KEEPING_OLD_BUILD: lambda p: QCoreApplication.translate(
        "Notices", "The older build of model {0} stays in use: {1}"
    ).format(_p(p, "model"), _p(p, "error")),
    ModelStep.CONVERTING: lambda p: QCoreApplication.translate(
        "Notices", "Converting {0} to ONNX…"
    ).format(_p(p, "source")),
    ModelStep.VALIDATING_REFERENCE: lambda p: QCoreApplication.translate(
        "Notices", "Checking the FP32 reference…"
    ),
    ModelStep.BUILDING_VARIANT: lambda p: QCoreApplication.translate(
        "Notices", "Building and checking {0}…"
    ).format(_upper(p)),
    ModelStep.DOWNLOADING: lambda p: QCoreApplication.translate(
        "Notices", "Downloading {0}…"
    ).format(_p(p, "path")),
    # advice
    Advice.INSTALL_MODEL: lambda p: QCoreApplication.translate(
        "Notices",
        "Get an embedding model to search by meaning: Preferences › Search "
        "(or memshadow models download all-MiniLM-L6-v2).",
    ),
    Advice.VARIANT_NOT_OFFERED: lambda p: QCoreApplication.translate(
        "Notices", "{0} is not offered. {1}"
    ).format(_upper(p), _nested(p.get("why"))),
    Advice.VARIANT_SPEED: _speed,
    Advice.CONSIDER_VARIANT: lambda p: QCoreApplication.translate(
        "Notices", "{0} is {1}× faster than FP32 here at {2} cosine: consider it."
    ).format(_upper(p), _num(p, "speedup", ".1f"), _num(p, "min_cosine", ".3f")),
    Advice.DEFAULT_PRECISION: lambda p: QCoreApplication.translate(
        "Notices", "Default precision here: {0}, the fastest that keeps min cosine ≥ {1}."
    ).format(_upper(p), _p(p, "bar")),
    Advice.CPU_ONLY: lambda p: QCoreApplication.translate(
        "Notices",
        "No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query "
        "takes milliseconds.",
    ),
    Advice.INT8_CPU: lambda p: QCoreApplication.translate(
        "Notices",
        "Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 "
        "variant when it keeps accuracy.",
    ),
    Advice.INSTALL_CUDA: lambda p: QCoreApplication.translate(
        "Notices", "{0} is present but CUDA is not usable: install onnxruntime-gpu to use it."
    ).format(_p(p, "gpu")),
    Advice.ON_BATTERY: lambda p: QCoreApplication.translate(
        "Notices", "On battery: background indexing pauses when the battery runs low."
    ),
    Advice.MEASURED: lambda p: QCoreApplication.translate(
        "Notices", "Measured here: {0} notes per second; a query embeds in {1}."
    ).format(_num(p, "items_per_s", ".0f"), _ms(p.get("query_ms"))),
}
