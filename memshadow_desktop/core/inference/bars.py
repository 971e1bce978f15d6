"""How close to FP32 a precision variant must stay to be offered (minimum cosine on the probe
set). A module of its own: opening a model reads them without loading the quantizer."""

from __future__ import annotations

MIN_COSINE = 0.99  # a variant below this minimum cosine to FP32 is never offered
# INT8 recipes aim higher on the probe set, so unseen texts keep >= MIN_COSINE: measured on
# all-MiniLM-L6-v2, probe 0.9957 still gave 0.987 on short titles; probe >= 0.997 held >= 0.99.
INT8_TARGET = 0.997
# The fused FP32 graph computes the same function as the portable reference.
FUSED_BAR = 0.99999


def bar_for(precision: str) -> float:
    """The bar a variant of ``precision`` had to pass (the fused FP32 graph: FUSED_BAR)."""
    if precision == "fp32":
        return FUSED_BAR
    return INT8_TARGET if precision == "int8" else MIN_COSINE
