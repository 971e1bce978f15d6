"""The hardware dashboard's advice: what the engine recommends, plus rules over the machine,
the providers, the precision variants and the benchmark. Plain functions of what the dashboard
gathered (rich text lines, translated; the engine's own lines come first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from memshadow_desktop.qt.dashboard_widgets import ms, num
from memshadow_desktop.qt.engine_info import (
    BenchmarkResult,
    EngineSnapshot,
    ProviderRow,
    VariantRow,
)

# Only a clear gain is worth suggesting a switch of precision for.
MIN_SPEEDUP = 1.05


def recommendation_lines(
    snapshot: EngineSnapshot | None,
    hardware: Any,
    providers: list[ProviderRow],
    variants: list[VariantRow],
    benchmark: BenchmarkResult | None,
) -> list[str]:
    """Each piece of advice once, in order."""
    lines = list(snapshot.recommendations) if snapshot else []
    if snapshot is None:
        lines.append(
            QCoreApplication.translate(
                "Recommendations",
                "Install an embedding model to search by meaning: "
                "<code>memshadow models import DIR</code>.",
            )
        )
    if hardware is not None:
        lines += _hardware_lines(hardware, [p for p in providers if p.installed and p.usable])
    lines += _variant_lines(variants)
    if benchmark is not None:
        lines.append(
            QCoreApplication.translate(
                "Recommendations", "Measured here: {0} notes per second; a query embeds in {1}."
            ).format(f"{benchmark.items_per_s:.0f}", ms(benchmark.query_p50_ms))
        )
    return list(dict.fromkeys(lines))


def _hardware_lines(hw: Any, usable: list[ProviderRow]) -> list[str]:
    lines = []
    accelerators = [p for p in usable if p.name != "CPU"]
    if not hw.gpus and not hw.npus and not accelerators:
        lines.append(
            QCoreApplication.translate(
                "Recommendations",
                "No GPU or NPU was found, so the CPU runs the model. That is fine for "
                "search: a query takes milliseconds.",
            )
        )
    feats = hw.cpu_features or {}
    if any(v for k, v in feats.items() if "vnni" in k or k == "amx"):
        lines.append(
            QCoreApplication.translate(
                "Recommendations",
                "Your CPU has VNNI/AMX instructions, which make INT8 models fast: "
                "prefer an INT8 variant when it keeps accuracy.",
            )
        )
    nvidia = any(gpu.vendor == "NVIDIA" for gpu in hw.gpus)
    if nvidia and not any(p.name == "CUDA" for p in usable):
        lines.append(
            QCoreApplication.translate(
                "Recommendations",
                "An NVIDIA GPU is present but CUDA is not usable: install "
                "onnxruntime-gpu to use it.",
            )
        )
    if hw.power_source == "battery":
        lines.append(
            QCoreApplication.translate(
                "Recommendations",
                "On battery: background indexing pauses when the battery runs low.",
            )
        )
    return lines


def _variant_lines(variants: list[VariantRow]) -> list[str]:
    best = max(
        (v for v in variants if v.offered and v.speedup),
        key=lambda v: v.speedup or 0.0,
        default=None,
    )
    if best is None or not best.speedup or best.speedup <= MIN_SPEEDUP or best.in_use:
        return []
    return [
        QCoreApplication.translate(
            "Recommendations", "{0} is {1}× faster than FP32 here at {2} cosine: consider it."
        ).format(best.precision, f"{best.speedup:.1f}", num(best.min_cosine, "{:.3f}"))
    ]
