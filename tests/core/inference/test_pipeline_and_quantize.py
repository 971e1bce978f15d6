"""Token-budget batching, and each precision's build + validation on a tiny model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from memshadow_desktop.core.errors import InferenceError
from memshadow_desktop.core.inference import quantize
from memshadow_desktop.core.inference.convert import build_graph
from memshadow_desktop.core.inference.pipeline import (
    EmbeddingPipeline,
    load_tokenizer,
    plan_batches,
)
from memshadow_desktop.core.inference.probe import probe_texts
from memshadow_desktop.core.inference.source import load_source


def test_plan_batches_covers_each_index_once_within_budget() -> None:
    rng = np.random.default_rng(1)
    lengths = [int(x) for x in rng.integers(1, 300, 500)]
    batches = plan_batches(lengths, token_budget=2048, max_batch=64)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(500))
    for b in batches:
        longest = max(lengths[i] for i in b)
        assert len(b) <= 64
        assert len(b) == 1 or len(b) * longest <= 2048
    # sorted by length: minimal padding
    firsts = [lengths[b[0]] for b in batches]
    assert firsts == sorted(firsts)


def test_plan_batches_long_item_alone() -> None:
    assert plan_batches([5000, 3], token_budget=100) == [[1], [0]]
    assert plan_batches([]) == []


def _pipeline(model: onnx.ModelProto, folder: Path) -> EmbeddingPipeline:
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return EmbeddingPipeline(
        sess, load_tokenizer(folder / "tokenizer.json", 64), token_budget=256, max_batch=8
    )


def test_pipeline_keeps_input_order(tiny_folder: Path) -> None:
    src = load_source(tiny_folder)
    pipe = _pipeline(build_graph(src.config, src.weights, flavour="fused"), tiny_folder)
    texts = ["a", "the vault note " * 20, "git", "", "python search model text " * 3]
    batched = pipe.embed(texts)
    one_by_one = np.concatenate([pipe.embed([t]) for t in texts])
    np.testing.assert_allclose(batched, one_by_one, atol=1e-5)
    assert pipe.embed([]).shape[0] == 0


@pytest.fixture
def tiny_fp32(tiny_folder: Path) -> tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray]:
    src = load_source(tiny_folder)
    model = build_graph(src.config, src.weights, flavour="fused")
    pipe = _pipeline(model, tiny_folder)
    return model, pipe, pipe.embed(probe_texts())


def test_int8_validates_against_fp32(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray], tiny_folder: Path
) -> None:
    model, _pipe, ref = tiny_fp32
    recipes = quantize.int8_recipes(model)
    assert len(recipes) >= 3
    q = quantize.to_int8(model, recipes[0])
    ops = {n.op_type for n in q.graph.node}
    assert ops & {"DynamicQuantizeMatMul", "MatMulInteger", "QAttention", "DynamicQuantizeLinear"}
    val = quantize.validate(
        "int8", ref, 100.0, _pipeline(q, tiny_folder).embed, probe_texts(), repeat=1
    )
    assert 0.9 < val.min_cosine <= val.mean_cosine <= 1.0 + 1e-6
    assert val.probe_size == len(probe_texts())
    # A recipe that keeps layers in FP32 really leaves them unquantized.
    careful = quantize.to_int8(model, next(r for r in reversed(recipes) if r.keep_fp32))
    assert sum(n.op_type == "MatMul" for n in careful.graph.node) > 0


def test_int4_packing_matches_dequantized_matmul() -> None:
    rng = np.random.default_rng(2)
    w = rng.standard_normal((64, 16)).astype(np.float32)
    packed, scales = quantize._pack_int4(w, 32)
    assert packed.shape == (16, 2, 16) and scales.shape == (32,)
    lo = (packed & 0x0F).astype(np.int32) - 8
    hi = (packed >> 4).astype(np.int32) - 8
    q = np.empty((16, 2, 32), np.int32)
    q[..., 0::2], q[..., 1::2] = lo, hi
    deq = (q * scales.reshape(16, 2, 1)).reshape(16, 64).T
    assert np.abs(deq - w).max() <= np.abs(w).max() / 7 / 2 + 1e-6
    # And ONNX Runtime's MatMulNBits computes the same product.
    from onnx import TensorProto, helper

    x = rng.standard_normal((3, 64)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3, 16])],
        [onnx.numpy_helper.from_array(w, "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    q4 = quantize.to_int4(model, 32)
    assert [n.op_type for n in q4.graph.node] == ["MatMulNBits"]
    sess = ort.InferenceSession(q4.SerializeToString(), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"x": x})[0].ravel()
    want = (x @ deq).ravel()  # activations are int8 inside (accuracy_level 4): close, not equal
    assert float(got @ want / np.linalg.norm(got) / np.linalg.norm(want)) > 0.999


def test_int4_and_fp16_variants_validate(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray], tiny_folder: Path
) -> None:
    model, _pipe, ref = tiny_fp32
    src = load_source(tiny_folder)
    portable = build_graph(src.config, src.weights, flavour="portable")
    texts = probe_texts()
    for precision, build, base in (
        ("int4", quantize.to_int4, model),
        ("fp16", quantize.to_fp16, portable),
    ):
        variant = build(base)
        val = quantize.validate(
            precision, ref, 100.0, _pipeline(variant, tiny_folder).embed, texts, repeat=1
        )
        assert val.min_cosine > 0.8, (precision, val)
        assert val.passed == (val.min_cosine >= quantize.MIN_COSINE)
    fp16 = quantize.to_fp16(portable)
    assert any(i.data_type == onnx.TensorProto.FLOAT16 for i in fp16.graph.initializer)


def test_validation_rejects_a_wrong_model() -> None:
    ref = np.eye(4, dtype=np.float32)
    val = quantize.validate(
        "int8", ref, 1.0, lambda t: np.roll(ref, 1, axis=0), ["a"] * 4, repeat=1
    )
    assert not val.passed and val.min_cosine < 0.5
    bad = quantize.validate(
        "int8", ref, 1.0, lambda t: np.full((4, 4), np.nan, np.float32), ["a"] * 4, repeat=1
    )
    assert not bad.passed


def _calibrated(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray],
) -> tuple[onnx.ModelProto, np.ndarray, list[str], dict[str, np.ndarray]]:
    """The tiny model, its FP32 vectors of the probe set, the probe set, its activation stats."""
    from memshadow_desktop.core.inference.variants import calibrate

    model, pipe, ref = tiny_fp32
    texts = probe_texts()
    return model, ref, texts, calibrate(model, pipe.tokenizer, texts)


def test_smoothquant_keeps_fp32_maths_and_quantizes(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray], tiny_folder: Path
) -> None:
    model, ref, texts, stats = _calibrated(tiny_fp32)
    assert set(stats) == set(quantize.smoothing_targets(model)) and stats
    smoothed = quantize.smooth(model, stats, 0.7)
    np.testing.assert_allclose(_pipeline(smoothed, tiny_folder).embed(texts), ref, atol=1e-4)
    recipe = next(r for r in quantize.int8_recipes(model) if r.smooth_alpha is not None)
    q = quantize.to_int8(model, recipe, stats)
    val = quantize.validate("int8", ref, 1.0, _pipeline(q, tiny_folder).embed, texts, repeat=1)
    assert val.min_cosine > 0.9


def test_ffn_outlier_split_keeps_fp32_maths_and_every_matmul_in_int8(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray], tiny_folder: Path
) -> None:
    model, ref, texts, stats = _calibrated(tiny_fp32)
    split, side = quantize.split_ffn_outliers(model, stats, 3)
    layers = load_source(tiny_folder).config.num_layers
    assert len(side) == 2 * layers  # an up and a down projection per FFN block
    np.testing.assert_allclose(_pipeline(split, tiny_folder).embed(texts), ref, atol=1e-5)
    # The chosen channels are gone from the main path: their down-projection rows are zero.
    inits = {i.name: onnx.numpy_helper.to_array(i) for i in split.graph.initializer}
    downs = [n for n in split.graph.node if n.name.endswith("_outliers_down")]
    for node in downs:
        main = next(
            n for n in split.graph.node if n.output[0] == node.name[: -len("_down")] + "_main"
        )
        assert (np.abs(inits[main.input[1]]).sum(axis=1) == 0).sum() >= 3
    # Without statistics for it, a block is left alone.
    assert quantize.split_ffn_outliers(model, {}, 3)[1] == []

    recipe = next(r for r in quantize.int8_recipes(model) if r.outlier_channels)
    assert recipe.needs_calibration
    with pytest.raises(InferenceError):
        quantize.to_int8(model, recipe)
    q = quantize.to_int8(model, recipe, stats)
    float_matmuls = {n.name for n in q.graph.node if n.op_type == "MatMul"}
    assert float_matmuls == set(side)  # only the side path stays in FP32
    assert sum(n.op_type == "MatMulInteger" for n in q.graph.node) >= 2 * layers
    val = quantize.validate("int8", ref, 1.0, _pipeline(q, tiny_folder).embed, texts, repeat=1)
    assert val.min_cosine > 0.9


def test_embedding_table_int8_per_row(
    tiny_fp32: tuple[onnx.ModelProto, EmbeddingPipeline, np.ndarray], tiny_folder: Path
) -> None:
    model, _pipe, ref = tiny_fp32
    word = next(n for n in model.graph.node if n.op_type == "Gather" and n.input[1] == "input_ids")
    table = next(i for i in model.graph.initializer if i.name == word.input[0])
    w = onnx.numpy_helper.to_array(table)
    # The tiny vocabulary is below the default size: left alone.
    assert len(w) < quantize.EMBEDDING_MIN_ROWS
    same = quantize.quantize_embedding_tables(model)
    assert {i.name for i in same.graph.initializer} == {i.name for i in model.graph.initializer}

    q = quantize.quantize_embedding_tables(model, min_rows=1)
    inits = {i.name: onnx.numpy_helper.to_array(i) for i in q.graph.initializer}
    table_q, scales = inits[f"{table.name}_int8"], inits[f"{table.name}_row_scales"]
    assert table.name not in inits
    assert table_q.dtype == np.int8 and table_q.shape == w.shape
    assert scales.shape == (len(w), 1) and np.abs(table_q).max() <= 127
    # Each row is within half a step of its own scale.
    assert np.all(np.abs(table_q * scales - w) <= scales / 2 + 1e-7)
    texts = probe_texts()
    val = quantize.validate("int8", ref, 1.0, _pipeline(q, tiny_folder).embed, texts, repeat=1)
    assert val.min_cosine > 0.999
    # Every INT8 recipe but the last stores the table in int8.
    recipes = quantize.int8_recipes(model)
    assert all(r.quantize_embeddings for r in recipes[:-1]) and not recipes[-1].quantize_embeddings


def test_fused_graph_matches_portable_without_skip_layernorm(tiny_folder: Path) -> None:
    src = load_source(tiny_folder)
    fused = build_graph(src.config, src.weights, flavour="fused")
    portable = build_graph(src.config, src.weights, flavour="portable")
    ops = {n.op_type for n in fused.graph.node}
    assert "Attention" in ops and "SkipLayerNormalization" not in ops
    texts = probe_texts()
    np.testing.assert_allclose(
        _pipeline(fused, tiny_folder).embed(texts),
        _pipeline(portable, tiny_folder).embed(texts),
        atol=1e-5,
    )
