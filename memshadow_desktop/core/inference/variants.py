"""Building a model's precision variants, each validated against the FP32 reference.

The portable FP32 graph is the reference: every other variant (the fused FP32 graph, INT8, INT4,
FP16) is built from it or from the fused graph, run on the probe set and kept only when its
vectors stay close enough to the reference's (:mod:`~memshadow_desktop.core.inference.quantize`
holds the recipes and the bars). INT8 tries its recipes in order and keeps the first that passes.

This module loads onnx and the quantizer: the model manager imports it only to build a model,
never to open one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import onnx

from memshadow_desktop.core.api.inference import ModelStep, VariantReason
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference import quantize
from memshadow_desktop.core.inference.bars import FUSED_BAR, INT8_TARGET, MIN_COSINE
from memshadow_desktop.core.inference.download import sha256_of
from memshadow_desktop.core.inference.models import Log, Variant
from memshadow_desktop.core.inference.pipeline import (
    EmbeddingPipeline,
    load_tokenizer,
    plan_batches,
)
from memshadow_desktop.core.inference.probe import probe_texts
from memshadow_desktop.core.inference.providers import CPU, open_session

DEFAULT_CPU_PRECISIONS = ("fp32", "int8", "int4")


def build_variants(
    staging: Path,
    manifest: dict[str, Any],
    portable: onnx.ModelProto,
    fused: onnx.ModelProto | None,
    wanted: list[str],
    log: Log,
) -> None:
    """Build, validate and save each ``wanted`` precision into ``staging``; record them (and
    the fingerprint, the default precision and the probe size) in ``manifest``.

    ``fused`` is the fast graph when there is one (a converted model); it must match the
    portable reference to be offered, and the quantised variants are then built from it."""
    tok = load_tokenizer(staging / "tokenizer.json", int(manifest["max_seq_length"]))
    texts = probe_texts()
    variants: dict[str, Variant] = {}

    def pipeline_for(model: onnx.ModelProto) -> EmbeddingPipeline:
        opened = open_session(model.SerializeToString(), CPU)
        return EmbeddingPipeline(opened.session, tok)

    # The FP32 reference: the portable graph (standard operators, straight from weights).
    log(Notice(ModelStep.VALIDATING_REFERENCE))
    ref_pipe = pipeline_for(portable)
    ref, ref_speed = quantize.timed(ref_pipe.embed, texts)
    sha, size = _save_model(portable, staging / "fp32-portable.onnx")
    variants["fp32-portable"] = Variant(
        "fp32-portable",
        "fp32",
        "portable",
        "fp32-portable.onnx",
        sha,
        size,
        True,
        quantize.validate("fp32", ref, ref_speed, ref_pipe.embed, texts).to_dict(),
    )
    manifest["fingerprint"] = hashlib.sha256(
        (sha + sha256_of(staging / "tokenizer.json")).encode()
    ).hexdigest()[:16]
    base = portable
    fp32_speed = ref_speed
    if fused is not None:
        val = quantize.validate(
            "fp32", ref, ref_speed, pipeline_for(fused).embed, texts, bar=FUSED_BAR
        )
        if val.passed:
            sha, size = _save_model(fused, staging / "fp32.onnx")
            variants["fp32"] = Variant(
                "fp32", "fp32", "fused", "fp32.onnx", sha, size, True, val.to_dict()
            )
            base = fused
            fp32_speed = val.items_per_s
        else:
            variants["fp32"] = Variant(
                "fp32",
                "fp32",
                "fused",
                None,
                None,
                0,
                False,
                val.to_dict(),
                Notice(VariantReason.FUSED_DIFFERS, {"min_cosine": val.min_cosine}),
            )
    for precision in wanted:
        if precision == "fp32":
            continue
        log(Notice(ModelStep.BUILDING_VARIANT, {"precision": precision}))
        if precision == "fp16":
            # FP16 is built from the portable graph: every GPU provider runs it.
            variants[precision] = _build_variant(
                staging, precision, portable, ref, fp32_speed, texts, tok, "portable"
            )
            continue
        variants[precision] = _build_variant(
            staging,
            precision,
            base,
            ref,
            fp32_speed,
            texts,
            tok,
            "fused" if fused is not None else "portable",
        )
    manifest["variants"] = {k: v.to_dict() for k, v in variants.items()}
    manifest["default_precision"] = _default_precision(variants)
    manifest["probe_size"] = len(texts)


def _build_variant(
    staging: Path,
    precision: str,
    base: onnx.ModelProto,
    ref: np.ndarray,
    fp32_speed: float,
    texts: list[str],
    tok: Any,
    flavour: str,
    key: str | None = None,
) -> Variant:
    key = key or precision
    candidates: list[tuple[str, Callable[[], onnx.ModelProto]]]
    if precision == "int8":
        stats: dict[str, np.ndarray] = {}

        def calibrated() -> dict[str, np.ndarray]:
            if not stats:
                stats.update(calibrate(base, tok, texts))
            return stats

        candidates = [
            (
                r.name,
                lambda r=r: quantize.to_int8(  # type: ignore[misc]
                    base, r, calibrated() if r.needs_calibration else None
                ),
            )
            for r in quantize.int8_recipes(base)
        ]
        bar = INT8_TARGET
    elif precision == "int4":
        candidates = [("int4 block 32", lambda: quantize.to_int4(base, 32))]
        bar = MIN_COSINE
    elif precision == "fp16":
        candidates = [("fp16", lambda: quantize.to_fp16(base))]
        bar = MIN_COSINE
    else:
        raise InvalidInputError(f"unknown precision {precision!r}")
    last: quantize.Validation | None = None
    reason = Notice(VariantReason.NOT_BUILT, {"recipe": "", "error": ""})
    for recipe, build in candidates:
        try:
            model = build()
            opened = open_session(model.SerializeToString(), CPU)
        except Exception as exc:
            last = None
            error = " ".join(str(exc).split())[:200]
            reason = Notice(VariantReason.NOT_BUILT, {"recipe": recipe, "error": error})
            continue
        pipe = EmbeddingPipeline(opened.session, tok)
        last = quantize.validate(
            precision, ref, fp32_speed, pipe.embed, texts, bar=bar, recipe=recipe
        )
        if last.passed:
            sha, size = _save_model(model, staging / f"{key}.onnx")
            return Variant(key, precision, flavour, f"{key}.onnx", sha, size, True, last.to_dict())
        reason = Notice(VariantReason.BELOW_BAR, {"min_cosine": last.min_cosine, "bar": bar})
    return Variant(
        key, precision, flavour, None, None, 0, False, last.to_dict() if last else None, reason
    )


def calibrate(model: onnx.ModelProto, tok: Any, texts: list[str]) -> dict[str, np.ndarray]:
    """Per-channel activation maxima on the probe set, for SmoothQuant."""
    targets = quantize.smoothing_targets(model)

    def run(serialized: bytes) -> list[list[np.ndarray]]:
        session = open_session(serialized, CPU, warmup=False).session
        pipe = EmbeddingPipeline(session, tok)
        ids = pipe.tokenize(texts)
        outs = []
        for batch in plan_batches([len(x) for x in ids], 4096, 64):
            longest = max(len(ids[i]) for i in batch)
            input_ids = np.zeros((len(batch), longest), np.int64)
            mask = np.zeros_like(input_ids)
            for row, i in enumerate(batch):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            outs.append(session.run(None, {"input_ids": input_ids, "attention_mask": mask}))
        return outs

    return quantize.activation_absmax(model, targets, run)


def wanted_precisions(values: Iterable[str] | None) -> list[str]:
    """The precisions to build: ``values`` checked (default: the CPU set), FP32 always first."""
    wanted = list(values) if values is not None else list(DEFAULT_CPU_PRECISIONS)
    for p in wanted:
        if p not in quantize.PRECISIONS:
            raise InvalidInputError(
                f"unknown precision {p!r} (choose from {', '.join(quantize.PRECISIONS)})"
            )
    if "fp32" not in wanted:
        wanted.insert(0, "fp32")
    return wanted


def _default_precision(variants: dict[str, Variant]) -> str:
    """The fastest CPU variant that keeps min cosine >= 0.99 to FP32."""
    best, best_speed = "fp32", 0.0
    for v in variants.values():
        if not v.offered or (v.flavour == "portable" and "fp32" in variants and v.key != "fp32"):
            continue
        if v.precision == "fp16":
            continue  # FP16 is for GPU providers; CPUs emulate it
        val = v.validation or {}
        if val.get("min_cosine", 0) >= MIN_COSINE and val.get("items_per_s", 0) > best_speed:
            best, best_speed = v.precision, float(val["items_per_s"])
    return best


def _save_model(model: onnx.ModelProto, path: Path) -> tuple[str, int]:
    onnx.save(model, str(path))
    return sha256_of(path), path.stat().st_size


__all__ = ["build_variants", "calibrate", "wanted_precisions"]
