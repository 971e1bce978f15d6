"""Precision variants of an FP32 model, and their validation against FP32.

* FP16: every float weight and activation in half precision, inputs/outputs kept as they are
  (useful on GPU providers; CPUs mostly emulate it).
* INT8: dynamic quantization (int8 weights per output channel, uint8 activations quantized on
  the fly). Accuracy is *tuned*: candidate recipes, from fastest to most careful (keeping the
  most sensitive layers in FP32), are tried until one keeps the minimum cosine to FP32 on the
  probe set above the bar. Two tools keep every MatMul in INT8 at that accuracy: SmoothQuant
  on the LayerNorm outputs (attention and FFN inputs), and the FFN's outlier channels (the few
  intermediate channels whose GELU outputs reach 15-25 while the rest stay below 6) computed
  on a small FP32 side path, so the down projection's per-tensor activation scale is no
  longer set by them. The word-embedding table (a Gather, 30522 x 384 for MiniLM: four
  fifths of the FP32 weights) is stored in int8 with one scale per row, dequantised after
  the lookup (:func:`quantize_embedding_tables`).
* INT4: weight-only block quantization to ``MatMulNBits`` (4-bit weights, FP32 activations),
  packed here with numpy.

Nothing here trusts a variant: :func:`validate` measures it against FP32 first.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from memshadow_desktop.core.errors import InferenceError
from memshadow_desktop.core.inference.bars import MIN_COSINE
from memshadow_desktop.core.inference.convert import MS_DOMAIN

PRECISIONS = ("fp32", "fp16", "int8", "int4")
# FFN outlier channels per block kept in FP32: all-MiniLM-L6-v2 has one or two per layer
# (probe min cosine 0.9977 with 1, 0.9982 with 2, 0.9983 with 4 or 8).
OUTLIER_CHANNELS = 4
# Activations whose FFN block the outlier split understands: act(x + b) with act(0) == 0.
_BIAS_ACTIVATIONS = ("BiasGelu", "FastGelu")

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass
class Int8Recipe:
    name: str
    per_channel: bool = True
    reduce_range: bool = False
    quantize_attention: bool = True
    # Node names kept in FP32 (e.g. the FFN down projections that see GELU outliers).
    keep_fp32: tuple[str, ...] = ()
    # SmoothQuant strength (None: no smoothing); needs calibration statistics.
    smooth_alpha: float | None = None
    # Smooth only the inputs that are LayerNorm outputs (attention and FFN up projections).
    smooth_normalized_only: bool = False
    # Per FFN block, this many intermediate channels with the largest calibrated activations
    # go to an FP32 side path (0: none); needs calibration statistics.
    outlier_channels: int = 0
    # Large Gather tables (the word embeddings) in int8, one scale per row.
    quantize_embeddings: bool = True

    @property
    def needs_calibration(self) -> bool:
        return self.smooth_alpha is not None or self.outlier_channels > 0


def _nodes(model: onnx.ModelProto, op_type: str) -> list[onnx.NodeProto]:
    return [n for n in model.graph.node if n.op_type == op_type]


def _ffn_out_matmuls(model: onnx.ModelProto) -> list[str]:
    """MatMuls whose weight is an FFN down projection (input width > output width)."""
    inits = {i.name: i for i in model.graph.initializer}
    out = []
    for node in _nodes(model, "MatMul"):
        w = inits.get(node.input[1])
        if w is not None and len(w.dims) == 2 and w.dims[0] > w.dims[1]:
            out.append(node.name)
    return out


def int8_recipes(model: onnx.ModelProto) -> list[Int8Recipe]:
    """Candidate recipes, fastest first; the first that validates is kept."""
    ffn_out = tuple(_ffn_out_matmuls(model))
    recipes = [
        Int8Recipe("int8 per-channel"),
        # Measured on all-MiniLM-L6-v2 (probe / TIL notes / titles min cosine): 0.9983 /
        # 0.9975 / 0.9966 with every MatMul in INT8, against 0.9953 / 0.9912 / 0.9897 for
        # SmoothQuant 0.7 everywhere, and as fast (the side path costs less than the
        # smoothing it saves on the 1536-wide FFN activations).
        Int8Recipe(
            "int8 per-channel, SmoothQuant 0.7 on normalised inputs, FFN outliers FP32",
            smooth_alpha=0.7,
            smooth_normalized_only=True,
            outlier_channels=OUTLIER_CHANNELS,
        ),
        Int8Recipe("int8 per-channel, SmoothQuant 0.7", smooth_alpha=0.7),
        Int8Recipe(
            "int8 per-channel, SmoothQuant 0.7, FP32 attention",
            smooth_alpha=0.7,
            quantize_attention=False,
        ),
    ]
    if ffn_out:
        recipes.append(
            Int8Recipe(
                "int8 per-channel, SmoothQuant 0.7, FFN out FP32",
                smooth_alpha=0.7,
                keep_fp32=ffn_out,
            )
        )
        recipes.append(
            Int8Recipe(
                "int8 per-channel, FP32 attention and FFN out",
                quantize_attention=False,
                keep_fp32=ffn_out,
            )
        )
    # Last resort for a model whose embedding rows do not survive int8: the careful recipe with
    # an FP32 table (all-MiniLM-L6-v2 never gets here: the first recipe above passes).
    recipes.append(
        Int8Recipe(
            "int8 per-channel, SmoothQuant 0.7 on normalised inputs, FFN outliers FP32,"
            " FP32 embeddings",
            smooth_alpha=0.7,
            smooth_normalized_only=True,
            outlier_channels=OUTLIER_CHANNELS,
            quantize_embeddings=False,
        )
    )
    return recipes


def smoothing_targets(model: onnx.ModelProto) -> list[str]:
    """The activations SmoothQuant needs statistics for."""
    inits = {i.name for i in model.graph.initializer}
    return sorted(
        {
            n.input[0]
            for n in model.graph.node
            if n.op_type in ("MatMul", "Attention") and len(n.input) > 1 and n.input[1] in inits
        }
    )


def normalized_inputs(model: onnx.ModelProto) -> set[str]:
    """Tensors produced by a LayerNorm (what attention and FFN up projections read)."""
    norms = ("LayerNormalization", "SkipLayerNormalization", "SkipSimplifiedLayerNormalization")
    return {n.output[0] for n in model.graph.node if n.op_type in norms}


def to_int8(
    model: onnx.ModelProto,
    recipe: Int8Recipe,
    absmax: dict[str, np.ndarray] | None = None,
) -> onnx.ModelProto:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if recipe.needs_calibration and absmax is None:
        raise InferenceError(f"{recipe.name} needs calibration statistics")
    fp32_nodes: list[str] = []
    if recipe.outlier_channels > 0:
        assert absmax is not None
        model, fp32_nodes = split_ffn_outliers(model, absmax, recipe.outlier_channels)
    if recipe.smooth_alpha is not None:
        assert absmax is not None
        stats = absmax
        if recipe.smooth_normalized_only:
            keep = normalized_inputs(model)
            stats = {k: v for k, v in absmax.items() if k in keep}
        model = smooth(model, stats, recipe.smooth_alpha, skip=set(fp32_nodes))

    ops = ["MatMul"] + (["Attention"] if recipe.quantize_attention else [])
    exclude = [n.name for n in model.graph.node if any(k == n.name for k in recipe.keep_fp32)]
    exclude += fp32_nodes
    with tempfile.TemporaryDirectory(prefix="memshadow-q-") as tmp, _quiet_root_logger():
        src = Path(tmp) / "in.onnx"
        dst = Path(tmp) / "out.onnx"
        onnx.save(model, str(src))
        quantize_dynamic(
            str(src),
            str(dst),
            op_types_to_quantize=ops,
            per_channel=recipe.per_channel,
            reduce_range=recipe.reduce_range,
            weight_type=QuantType.QInt8,
            nodes_to_exclude=exclude,
            extra_options={"MatMulConstBOnly": True, "DefaultTensorType": TensorProto.FLOAT},
        )
        quantized = onnx.load(str(dst))
    if recipe.quantize_embeddings:
        quantized = quantize_embedding_tables(quantized)
    return quantized


# A Gather table with fewer rows (position embeddings: 512) is not worth a second lookup.
EMBEDDING_MIN_ROWS = 4096


def quantize_embedding_tables(
    model: onnx.ModelProto, min_rows: int = EMBEDDING_MIN_ROWS
) -> onnx.ModelProto:
    """Store each large constant 2-D Gather table (axis 0) in int8, one scale per row.

    ``Gather(table, ids)`` becomes ``Cast(Gather(table_q, ids)) * Gather(scales, ids)``, with
    ``table_q = round(table / scales)`` in [-127, 127] and ``scales[r] = max|table[r]| / 127``:
    each looked-up row loses at most half a step of its own scale, and the table shrinks to a
    quarter. Other nodes and tables are left as they are.
    """
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    consumers: dict[str, int] = {}
    for n in g.node:
        for i in n.input:
            consumers[i] = consumers.get(i, 0) + 1
    nodes: list[onnx.NodeProto] = []
    for node in g.node:
        table = inits.get(node.input[0]) if node.op_type == "Gather" else None
        axis = next((a.i for a in node.attribute if a.name == "axis"), 0)
        if (
            table is None
            or axis != 0
            or table.data_type != TensorProto.FLOAT
            or len(table.dims) != 2
            or table.dims[0] < min_rows
            or consumers.get(table.name) != 1
        ):
            nodes.append(node)
            continue
        w = numpy_helper.to_array(table)
        absmax = np.abs(w).max(axis=1, keepdims=True)
        scales = np.where(absmax > 0, absmax / 127.0, 1.0).astype(np.float32)
        q = np.clip(np.rint(w / scales), -127, 127).astype(np.int8)
        name = table.name
        tag = f"{node.name or name}_q8"
        table.CopyFrom(numpy_helper.from_array(q, f"{name}_int8"))
        g.initializer.append(numpy_helper.from_array(scales, f"{name}_row_scales"))
        ids = node.input[1]
        out = node.output[0]
        nodes += [
            helper.make_node(
                "Gather", [table.name, ids], [f"{tag}_rows"], name=f"{tag}_gather", axis=0
            ),
            helper.make_node(
                "Cast", [f"{tag}_rows"], [f"{tag}_rows_f"], name=f"{tag}_cast", to=TensorProto.FLOAT
            ),
            helper.make_node(
                "Gather",
                [f"{name}_row_scales", ids],
                [f"{tag}_scales"],
                name=f"{tag}_gather_scales",
                axis=0,
            ),
            helper.make_node("Mul", [f"{tag}_rows_f", f"{tag}_scales"], [out], name=f"{tag}_mul"),
        ]
    del g.node[:]
    g.node.extend(nodes)
    return model


@contextlib.contextmanager
def _quiet_root_logger() -> Iterator[None]:
    """The quantizer prints advice through the root logger; keep the CLI's output clean."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.setLevel(level)


def to_fp16(model: onnx.ModelProto) -> onnx.ModelProto:
    from onnxruntime.transformers.float16 import convert_float_to_float16

    # Inputs and outputs stay as they are; ONNX Runtime's default block list keeps the
    # operators without FP16 kernels in FP32, with casts inserted around them.
    with _quiet_root_logger():
        return convert_float_to_float16(model, keep_io_types=True)


def _pack_int4(w: np.ndarray, block: int) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric 4-bit block quantization of ``w`` [K, N] in MatMulNBits layout.

    Returns packed [N, K/block, block/2] uint8 and scales [N * K/block] float32.
    Zero point 8 (the operator's default when none is given).
    """
    k, n = w.shape
    blocks = k // block
    wt = w.T.reshape(n, blocks, block).astype(np.float32)
    absmax = np.abs(wt).max(axis=2, keepdims=True)
    scale = np.where(absmax > 0, absmax / 7.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(wt / scale), -8, 7).astype(np.int8) + 8
    q = q.astype(np.uint8)
    packed = (q[..., 0::2] & 0x0F) | ((q[..., 1::2] & 0x0F) << 4)
    return packed.astype(np.uint8), scale.reshape(-1)


def to_int4(model: onnx.ModelProto, block_size: int = 32) -> onnx.ModelProto:
    """Weight-only 4-bit: every MatMul with a 2-D constant weight becomes ``MatMulNBits``."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    new_nodes = []
    replaced: set[str] = set()
    for node in graph.node:
        w_init = inits.get(node.input[1]) if node.op_type == "MatMul" else None
        if w_init is None or len(w_init.dims) != 2 or w_init.dims[0] % block_size:
            new_nodes.append(node)
            continue
        w = numpy_helper.to_array(w_init)
        packed, scales = _pack_int4(w, block_size)
        k, n = w.shape
        b_name, s_name = f"{w_init.name}_q4", f"{w_init.name}_q4_scales"
        graph.initializer.append(numpy_helper.from_array(packed, b_name))
        graph.initializer.append(numpy_helper.from_array(scales, s_name))
        replaced.add(w_init.name)
        new_nodes.append(
            helper.make_node(
                "MatMulNBits",
                [node.input[0], b_name, s_name],
                list(node.output),
                name=f"{node.name}_Q4",
                domain=MS_DOMAIN,
                K=k,
                N=n,
                bits=4,
                block_size=block_size,
                accuracy_level=4,
            )
        )
    if not replaced:
        raise InferenceError("no MatMul weights to quantize to 4 bits")
    still_used = {i for n in new_nodes for i in n.input}
    keep = [i for i in graph.initializer if i.name not in replaced or i.name in still_used]
    del graph.initializer[:]
    graph.initializer.extend(keep)
    del graph.node[:]
    graph.node.extend(new_nodes)
    if not any(o.domain == MS_DOMAIN for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid(MS_DOMAIN, 1))
    return model


@dataclass
class Validation:
    precision: str
    min_cosine: float
    mean_cosine: float
    items_per_s: float
    fp32_items_per_s: float
    probe_size: int
    passed: bool
    recipe: str = ""
    notes: list[str] = field(default_factory=list)
    bar: float = MIN_COSINE  # the minimum cosine it had to reach

    @property
    def speedup(self) -> float:
        return self.items_per_s / self.fp32_items_per_s if self.fp32_items_per_s else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["speedup"] = round(self.speedup, 3)
        return d


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    b = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    return np.asarray((a * b).sum(axis=1), dtype=np.float64)


def timed(embed: Embed, texts: Sequence[str], repeat: int = 2) -> tuple[np.ndarray, float]:
    """Embeddings and the best items/s over ``repeat`` runs (after one warm-up)."""
    vectors = embed(texts)
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        embed(texts)
        best = min(best, time.perf_counter() - start)
    return vectors, len(texts) / max(best, 1e-9)


def validate(
    precision: str,
    reference: np.ndarray,
    reference_speed: float,
    candidate: Embed,
    texts: Sequence[str],
    *,
    bar: float = MIN_COSINE,
    recipe: str = "",
    repeat: int = 2,
) -> Validation:
    vectors, speed = timed(candidate, texts, repeat)
    if vectors.shape != reference.shape or not np.all(np.isfinite(vectors)):
        return Validation(
            precision,
            0.0,
            0.0,
            speed,
            reference_speed,
            len(texts),
            False,
            recipe,
            ["output shape or values are wrong"],
            bar,
        )
    cos = cosines(reference, vectors)
    return Validation(
        precision=precision,
        min_cosine=round(float(cos.min()), 6),
        mean_cosine=round(float(cos.mean()), 6),
        items_per_s=round(speed, 2),
        fp32_items_per_s=round(reference_speed, 2),
        probe_size=len(texts),
        passed=bool(cos.min() >= bar),
        recipe=recipe,
        bar=bar,
    )


def has_float_weights(model: onnx.ModelProto) -> bool:
    return any(i.data_type == TensorProto.FLOAT for i in model.graph.initializer)


def activation_absmax(
    model: onnx.ModelProto,
    tensors: Sequence[str],
    run: Callable[[bytes], list[list[np.ndarray]]],
) -> dict[str, np.ndarray]:
    """Per-channel max |activation| of ``tensors`` (calibration for smoothing).

    ``run(serialized_model)`` executes the probe set and returns, per batch, the outputs in
    the order of ``tensors``; only the last axis (channels) is kept.
    """
    probe = onnx.ModelProto.FromString(model.SerializeToString())
    del probe.graph.output[:]
    for name in tensors:
        probe.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
    out: dict[str, np.ndarray] = {}
    for batch in run(probe.SerializeToString()):
        for name, value in zip(tensors, batch, strict=True):
            m = np.abs(value).reshape(-1, value.shape[-1]).max(axis=0)
            out[name] = np.maximum(out[name], m) if name in out else m
    return out


def smooth(
    model: onnx.ModelProto,
    absmax: dict[str, np.ndarray],
    alpha: float = 0.5,
    *,
    skip: set[str] | None = None,
) -> onnx.ModelProto:
    """SmoothQuant: move activation outliers into the weights before int8 quantization.

    For each MatMul / Attention with a constant 2-D weight, ``x @ W == (x / s) @ (s * W)``
    with ``s_j = max|x_j|^alpha / max|W_j|^(1-alpha)``: activations quantized per tensor
    lose far less to a few outlier channels, weights are quantized per channel anyway.
    Mathematically the FP32 model is unchanged. Nodes named in ``skip`` are left alone.
    """
    skip = skip or set()
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    nodes: list[onnx.NodeProto] = []
    for node in g.node:
        w_init = inits.get(node.input[1]) if node.op_type in ("MatMul", "Attention") else None
        x = node.input[0]
        if w_init is None or len(w_init.dims) != 2 or x not in absmax or node.name in skip:
            nodes.append(node)
            continue
        w = numpy_helper.to_array(w_init)
        act = np.maximum(absmax[x].astype(np.float64), 1e-5)
        wmax = np.maximum(np.abs(w).max(axis=1).astype(np.float64), 1e-5)
        s = (act**alpha / wmax ** (1 - alpha)).clip(1e-2, 1e3)
        scaled = numpy_helper.from_array((w * s[:, None]).astype(np.float32), w_init.name)
        w_init.CopyFrom(scaled)
        inv = f"{node.name}_smooth_inv"
        g.initializer.append(numpy_helper.from_array((1.0 / s).astype(np.float32), inv))
        smoothed = f"{node.name}_smoothed_in"
        nodes.append(helper.make_node("Mul", [x, inv], [smoothed], name=f"{node.name}_smooth"))
        node.input[0] = smoothed
        nodes.append(node)
    del g.node[:]
    g.node.extend(nodes)
    return model


def split_ffn_outliers(
    model: onnx.ModelProto, absmax: dict[str, np.ndarray], k: int
) -> tuple[onnx.ModelProto, list[str]]:
    """Compute each FFN block's ``k`` loudest intermediate channels on an FP32 side path.

    In ``down(act(up(x) + b))`` a handful of intermediate channels carry activations several
    times larger than the rest (calibrated per channel in ``absmax``). Quantized per tensor,
    they set the scale of the whole down-projection input and the quiet channels lose their
    resolution. Here those channels are removed from the main path (their up-projection
    columns, bias entries and down-projection rows are zeroed, and ``act(0) == 0``) and
    recomputed as ``down_O(act(up_O(x) + b_O))`` with ``O`` the chosen channels, added to the
    main output. Mathematically the FP32 model is unchanged.

    Returns the model and the names of the side-path nodes, which must stay in FP32. Blocks
    that do not match ``MatMul -> BiasGelu/FastGelu -> MatMul`` (constant weights) are left
    as they are.
    """
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    consumers: dict[str, int] = {}
    for n in g.node:
        for i in n.input:
            consumers[i] = consumers.get(i, 0) + 1
    nodes: list[onnx.NodeProto] = []
    side: list[str] = []
    for node in g.node:
        if node.op_type != "MatMul" or len(node.input) != 2:
            nodes.append(node)
            continue
        down_w = inits.get(node.input[1])
        act = producer.get(node.input[0])
        up = producer.get(act.input[0]) if act is not None else None
        up_w = inits.get(up.input[1]) if up is not None and up.op_type == "MatMul" else None
        bias = inits.get(act.input[1]) if act is not None and len(act.input) > 1 else None
        if (
            down_w is None
            or act is None
            or act.op_type not in _BIAS_ACTIVATIONS
            or up is None
            or up_w is None
            or bias is None
            or node.input[0] not in absmax
            or consumers.get(node.input[0]) != 1
            or consumers.get(act.input[0]) != 1
            or consumers.get(up_w.name) != 1
            or consumers.get(bias.name) != 1
            or consumers.get(down_w.name) != 1
        ):
            nodes.append(node)
            continue
        w_up = numpy_helper.to_array(up_w).copy()
        b = numpy_helper.to_array(bias).copy()
        w_down = numpy_helper.to_array(down_w).copy()
        width = w_down.shape[0]
        if w_up.ndim != 2 or w_up.shape[1] != width or b.shape != (width,) or k >= width:
            nodes.append(node)
            continue
        chosen = np.sort(np.argsort(absmax[node.input[0]])[::-1][:k])
        tag = f"{node.name}_outliers"
        g.initializer.extend(
            [
                numpy_helper.from_array(np.ascontiguousarray(w_up[:, chosen]), f"{tag}_up_w"),
                numpy_helper.from_array(b[chosen], f"{tag}_b"),
                numpy_helper.from_array(np.ascontiguousarray(w_down[chosen]), f"{tag}_down_w"),
            ]
        )
        w_up[:, chosen] = 0.0
        b[chosen] = 0.0
        w_down[chosen] = 0.0
        up_w.CopyFrom(numpy_helper.from_array(w_up, up_w.name))
        bias.CopyFrom(numpy_helper.from_array(b, bias.name))
        down_w.CopyFrom(numpy_helper.from_array(w_down, down_w.name))
        out = node.output[0]
        node.output[0] = f"{tag}_main"
        domain = act.domain
        nodes += [
            helper.make_node(
                "MatMul", [up.input[0], f"{tag}_up_w"], [f"{tag}_h"], name=f"{tag}_up"
            ),
            helper.make_node(
                act.op_type,
                [f"{tag}_h", f"{tag}_b"],
                [f"{tag}_a"],
                name=f"{tag}_act",
                domain=domain,
            ),
            helper.make_node(
                "MatMul", [f"{tag}_a", f"{tag}_down_w"], [f"{tag}_y"], name=f"{tag}_down"
            ),
            node,
            helper.make_node("Add", [f"{tag}_main", f"{tag}_y"], [out], name=f"{tag}_add"),
        ]
        side += [f"{tag}_up", f"{tag}_down"]
    del g.node[:]
    g.node.extend(nodes)
    return model, side
