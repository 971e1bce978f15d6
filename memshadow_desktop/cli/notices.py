"""English for the core's notices (codes with parameters): reasons, notes, model-building steps
and advice. The window has its own, translated, words for the same codes (qt/messages.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from memshadow_desktop.core.api import (
    PAUSED_BATTERY,
    Advice,
    AskState,
    ChoiceReason,
    GeneratorReason,
    GenModelStep,
    HardwareNote,
    ModelStep,
    Notice,
    ProviderNote,
    ProviderReason,
    VariantReason,
)

Params = Mapping[str, Any]


def describe_notice(notice: Notice | Mapping[str, Any]) -> str:
    """One line of English for a notice (or its JSON form); an unknown code as itself."""
    if not isinstance(notice, Notice):
        notice = Notice(str(notice.get("code", "")), dict(notice.get("params") or {}))
    words = _WORDS.get(str(notice.code))
    if words is None:
        return str(notice.code)
    return words(_Params(notice.params))


class _Params(dict[str, Any]):
    """A notice's params for str.format: a missing one shows as "?", not a KeyError."""

    def __missing__(self, key: str) -> str:
        return "?"


def _f(template: str) -> Callable[[Params], str]:
    return lambda p: template.format_map(p)


def _nested(value: Any) -> str:
    return describe_notice(value) if isinstance(value, Mapping) else str(value or "")


def _nodes(p: Params) -> str:
    nodes = p.get("nodes") or {}
    return ", ".join(f"{name} {count}" for name, count in nodes.items()) or "none"


def _num(p: Params, key: str, spec: str) -> str:
    value = p.get(key)
    return format(value, spec) if isinstance(value, int | float) else "?"


def _speed(p: Params) -> str:
    ratio = float(p.get("speedup") or 0.0)
    word, factor = ("faster", ratio) if ratio >= 1 else ("slower", 1 / max(ratio, 1e-9))
    return (
        f"{str(p.get('precision', '?')).upper()} is {factor:.1f}x {word} here at "
        f"{_num(p, 'min_cosine', '.3f')} minimum cosine to FP32"
    )


def _not_built(p: Params) -> str:
    recipe, error = p.get("recipe") or "", p.get("error") or ""
    if not error:
        return "not built"
    return f"{recipe} could not be built or loaded: {error}".strip()


_WORDS: dict[str, Callable[[Params], str]] = {
    PAUSED_BATTERY: _f("on battery at {percent}% (below {floor}%)"),
    # why a provider is not usable
    ProviderReason.COREML_ONLY_MACOS: _f("CoreML exists only on macOS (Apple); this is {platform}"),
    ProviderReason.COREML_NOT_IN_BUILD: _f(
        "this onnxruntime build has no CoreML provider (install the official macOS wheel)"
    ),
    ProviderReason.DIRECTML_ONLY_WINDOWS: _f(
        "DirectML exists only on Windows (onnxruntime-directml); this is {platform}"
    ),
    ProviderReason.DIRECTML_NOT_INSTALLED: _f(
        "onnxruntime-directml is not installed (the plain onnxruntime wheel lacks DirectML)"
    ),
    ProviderReason.CUDA_NOT_ON_MACOS: _f("CUDA does not exist on macOS"),
    ProviderReason.CUDA_NOT_IN_BUILD: _f(
        "this onnxruntime build has no CUDA provider: install onnxruntime-gpu (see README)"
    ),
    ProviderReason.TENSORRT_NOT_IN_BUILD: _f(
        "TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries"
    ),
    ProviderReason.NOT_COMPILED: _f("not compiled into the installed onnxruntime {version}"),
    ProviderReason.NOT_INSTALLED: lambda p: (
        f"{p.get('provider', '?')} is not installed: {_nested(p.get('why'))}"
    ),
    ProviderReason.FAILED_TO_START: _f("{provider} failed to start: {error}"),
    ProviderReason.RAN_NO_NODE: lambda p: (
        f"{p.get('provider', '?')} was requested and listed by session.get_providers(), "
        f"but it ran no node of the warm-up (nodes run: {_nodes(p)})"
    ),
    ProviderReason.FELL_BACK: _f("session fell back to the CPU"),
    # how a provider is set up
    ProviderNote.COREML_BUCKETS: _f(
        "CoreML: fixed shapes by length buckets (16/32/64/128/256 tokens) cut recompiles"
    ),
    ProviderNote.COREML_MLPROGRAM: _f("MLProgram format with all compute units (ANE, GPU, CPU)"),
    ProviderNote.DIRECTML_SEQUENTIAL: _f(
        "memory pattern off and sequential execution (DirectML requirement)"
    ),
    ProviderNote.DIRECTML_DEVICE: _f("adapter chosen with device_id"),
    ProviderNote.CUDA_DEVICE: _f("device_id picks the GPU; gpu_mem_limit caps its memory"),
    ProviderNote.CPU_THREADS: _f("intra-op threads = physical cores ({threads})"),
    ProviderNote.CPU_FUSED: _f(
        "fused attention/LayerNorm/GELU graph; INT8 uses VNNI where present"
    ),
    # the automatic choice
    ChoiceReason.ONLY_PROVIDER: _f("the only provider installed"),
    ChoiceReason.DEFAULT_CPU: _f("default (CPU)"),
    ChoiceReason.FASTEST: lambda p: (
        f"fastest measured here ({_num(p, 'items_per_s', '.1f')} items/s)"
    ),
    ChoiceReason.ONLY_USABLE: _f("the only usable provider here"),
    # what the hardware probe could not find out
    HardwareNote.NVML_MISSING: _f(
        "NVIDIA: nvidia-ml-py is not installed, NVIDIA GPUs cannot be listed"
    ),
    HardwareNote.NVIDIA_NO_DRIVER: _f("NVIDIA: no NVIDIA driver (NVML: {error})"),
    HardwareNote.NVML_FAILED: _f("NVIDIA: NVML query failed ({error})"),
    HardwareNote.NO_DRM: _f("GPU: no /sys/class/drm on this system, no display adapter visible"),
    HardwareNote.OPENVINO_MISSING: _f("Intel NPU: OpenVINO runtime not importable, NPU unknown"),
    HardwareNote.POWER_UNKNOWN: _f(
        "power: no battery or mains sensor readable; power source unknown"
    ),
    # why a variant is not offered
    VariantReason.FUSED_DIFFERS: _f("fused graph differs from reference"),
    VariantReason.BELOW_BAR: lambda p: (
        f"min cosine {_num(p, 'min_cosine', '.4f')} to FP32 is below {p.get('bar', '?')}"
    ),
    VariantReason.NOT_BUILT: _not_built,
    # building a model
    ModelStep.REBUILD_OUTDATED: _f(
        "model {model} was built by an older version (build {build}, now {current_build}): "
        "rebuilding it from {source} (a minute or two); memories are then embedded again "
        "where its variants changed"
    ),
    ModelStep.REBUILD_REQUESTED: _f(
        "model {model} is built again on request: rebuilding it from {source} (a minute or "
        "two); memories are then embedded again where its variants changed"
    ),
    ModelStep.KEEPING_OLD_BUILD: _f("{error}; using the build of an older version until then"),
    ModelStep.CONVERTING: _f(
        "converting {source} ({layers} layers, {hidden}-d, {pooling} pooling) to ONNX"
    ),
    ModelStep.VALIDATING_REFERENCE: _f("validating the FP32 reference on the probe set"),
    ModelStep.BUILDING_VARIANT: _f("building and validating {precision}"),
    ModelStep.DOWNLOADING: _f("downloading {path}"),
    # generation: backends and devices
    GeneratorReason.BACKEND_NOT_INSTALLED: _f("{backend} is not installed (pip install {package})"),
    GeneratorReason.BACKEND_FAILED: _f("{backend} is installed but failed: {error}"),
    GeneratorReason.WRONG_FORMAT: _f("{backend} does not run {format} models"),
    GeneratorReason.NO_ACCELERATOR: _f("{backend} sees no GPU here: the CPU runs it"),
    GeneratorReason.DEVICE_FELL_BACK: _f(
        "{backend} could not run on {device} ({error}): the CPU runs it"
    ),
    GeneratorReason.CPU_DEFAULT: _f("{backend} on the CPU (default)"),
    GeneratorReason.ACCELERATOR: _f("{backend} on {device}: a generation ran there"),
    GeneratorReason.REQUESTED: _f("{backend} on the CPU, as asked"),
    GenModelStep.CHECKING: _f("checking and copying {path}"),
    GenModelStep.DOWNLOADING: _f("downloading {path}"),
    GenModelStep.EXTRACTING: _f("taking {member} out of {path}"),
    AskState.ANSWERED: _f("answered from the notes"),
    AskState.NOT_FOUND: _f("not found in the notes"),
    AskState.CANCELLED: _f("stopped before the end"),
    AskState.EMPTY_VAULT: _f("the vault holds no memories"),
    # advice
    Advice.INSTALL_MODEL: _f("no model installed: import one with `memshadow models import DIR`"),
    Advice.VARIANT_NOT_OFFERED: lambda p: (
        f"{str(p.get('precision', '?')).upper()} is not offered: {_nested(p.get('why'))}"
    ),
    Advice.VARIANT_SPEED: _speed,
    Advice.CONSIDER_VARIANT: lambda p: (
        f"{_speed(p)}: consider it (`memshadow models use NAME --precision "
        f"{p.get('precision', '?')}`)"
    ),
    Advice.DEFAULT_PRECISION: lambda p: (
        f"default precision here: {str(p.get('precision', '?')).upper()} "
        f"(the fastest that keeps minimum cosine >= {p.get('bar', '?')})"
    ),
    Advice.CPU_ONLY: _f(
        "no GPU or NPU was found, so the CPU runs the model: fine for search, a query takes "
        "milliseconds"
    ),
    Advice.INT8_CPU: _f(
        "this CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 "
        "variant when it keeps accuracy"
    ),
    Advice.INSTALL_CUDA: _f("{gpu} is present but unused: install onnxruntime-gpu"),
    Advice.ON_BATTERY: _f("on battery: background embedding pauses below the battery threshold"),
    Advice.MEASURED: lambda p: (
        f"measured here: {_num(p, 'items_per_s', '.0f')} notes per second; a query embeds in "
        f"{_num(p, 'query_ms', '.2f')} ms"
    ),
}
