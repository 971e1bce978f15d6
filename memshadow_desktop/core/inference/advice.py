"""Recommendations: how to use this machine well for search by meaning.

One set of rules for the dashboard and ``memshadow hw stats``, over what they gathered (the
machine, its providers, the model's variants, a benchmark). Each piece of advice is a
:class:`Notice` with an :class:`Advice` code; the GUI and the CLI put it in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from memshadow_desktop.core.api.inference import (
    Advice,
    BenchmarkResult,
    EngineSnapshot,
    HardwareReport,
    ModelVariants,
    ProviderInfo,
    VariantInfo,
)
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.inference.bars import MIN_COSINE

# Only a clear gain is worth suggesting a switch of precision for.
MIN_SPEEDUP = 1.05


def recommend(
    *,
    hardware: HardwareReport | None,
    providers: Sequence[ProviderInfo] | None,
    variants: ModelVariants | None,
    engine: EngineSnapshot | None = None,
    benchmark: BenchmarkResult | None = None,
    cuda_installed: bool = False,
) -> list[Notice]:
    """Each piece of advice once, in order: the model, its variants, the machine, the last
    benchmark. ``variants`` and ``engine`` both None: no model is installed. ``providers``
    None (not probed): ``cuda_installed`` tells whether ONNX Runtime has CUDA at all."""
    out: list[Notice] = []
    if variants is None and engine is None:
        out.append(Notice(Advice.INSTALL_MODEL))
    if variants is not None:
        out += _variant_advice(variants)
    if hardware is not None:
        out += _hardware_advice(hardware, providers, variants, cuda_installed)
    if benchmark is not None:
        params = {"items_per_s": benchmark.items_per_s, "query_ms": benchmark.query_p50_ms}
        out.append(Notice(Advice.MEASURED, params))
    unique: dict[tuple[str, str], Notice] = {}
    for notice in out:
        unique.setdefault((str(notice.code), repr(sorted(notice.params.items()))), notice)
    return list(unique.values())


def _variant_advice(variants: ModelVariants) -> list[Notice]:
    # FP32 is the reference, and a portable graph is the same precision as its fused twin.
    rows = [v for v in variants.variants if v.precision != "fp32" and "-portable" not in v.key]
    suggest = _worth_switching_to(rows)
    out = []
    for v in rows:
        if not v.offered:
            why = v.reason.to_json() if v.reason else None
            out.append(Notice(Advice.VARIANT_NOT_OFFERED, {"precision": v.precision, "why": why}))
        elif v.speedup:
            code = Advice.CONSIDER_VARIANT if v is suggest else Advice.VARIANT_SPEED
            params = {"precision": v.precision, "speedup": v.speedup, "min_cosine": v.min_cosine}
            out.append(Notice(code, params))
    default = {"precision": variants.default_precision, "bar": MIN_COSINE}
    out.append(Notice(Advice.DEFAULT_PRECISION, default))
    return out


def _worth_switching_to(rows: list[VariantInfo]) -> VariantInfo | None:
    """The fastest offered variant, when it is clearly faster than FP32 and not in use."""
    best = max(
        (v for v in rows if v.offered and v.speedup), key=lambda v: v.speedup or 0.0, default=None
    )
    if best is None or (best.speedup or 0.0) <= MIN_SPEEDUP or best.in_use:
        return None
    return best


def _hardware_advice(
    hw: HardwareReport,
    providers: Sequence[ProviderInfo] | None,
    variants: ModelVariants | None,
    cuda_installed: bool,
) -> list[Notice]:
    out = []
    usable = [p for p in providers or [] if p.installed and p.usable]
    if not hw.gpus and not hw.npus and not any(p.short != "cpu" for p in usable):
        out.append(Notice(Advice.CPU_ONLY))
    features = hw.cpu_features or {}
    int8_fast = any(v for k, v in features.items() if "vnni" in k or k == "amx")
    int8_in_use = variants is not None and variants.precision_in_use == "int8"
    if int8_fast and not int8_in_use:
        out.append(Notice(Advice.INT8_CPU))
    nvidia = [gpu for gpu in hw.gpus if gpu.vendor == "NVIDIA"]
    cuda = any(p.short == "cuda" for p in usable) if providers is not None else cuda_installed
    if nvidia and not cuda:
        out.append(Notice(Advice.INSTALL_CUDA, {"gpu": nvidia[0].name}))
    if hw.power_source == "battery":
        out.append(Notice(Advice.ON_BATTERY))
    return out
