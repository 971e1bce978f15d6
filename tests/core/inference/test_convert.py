"""The torch-free converter against a numpy reference forward pass, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference.convert import build_graph
from memshadow_desktop.core.inference.source import BertConfig, load_source
from memshadow_desktop.core.inference.testing import random_bert_weights, reference_forward


def _run(model: object, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])  # type: ignore[attr-defined]
    return sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]


@pytest.mark.parametrize("flavour", ["portable", "fused"])
@pytest.mark.parametrize("pooling", ["mean", "cls", "max"])
@pytest.mark.parametrize("act", ["gelu", "gelu_new", "relu"])
def test_graph_matches_numpy_reference(flavour: str, pooling: str, act: str) -> None:
    cfg = BertConfig(
        vocab_size=50,
        hidden_size=32,
        num_layers=2,
        num_heads=4,
        intermediate_size=64,
        max_position=40,
        hidden_act=act,
    )
    weights = random_bert_weights(cfg, seed=11)
    rng = np.random.default_rng(0)
    ids = rng.integers(0, cfg.vocab_size, (3, 13))
    mask = np.ones_like(ids)
    mask[1, 9:] = 0
    mask[2, 4:] = 0
    got = _run(build_graph(cfg, weights, pooling=pooling, flavour=flavour), ids, mask)  # type: ignore[arg-type]
    want = reference_forward(cfg, weights, ids, mask, pooling)
    assert got.shape == (3, 32) and got.dtype == np.float32
    np.testing.assert_allclose(got, want, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_padding_does_not_change_a_vector(tiny_folder: Path) -> None:
    src = load_source(tiny_folder)
    model = build_graph(src.config, src.weights, flavour="fused")
    ids = np.array([[2, 10, 11, 12, 3]])
    alone = _run(model, ids, np.ones_like(ids))
    padded = np.concatenate([ids, np.zeros((1, 6), np.int64)], axis=1)
    mask = (padded != 0).astype(np.int64)
    mask[0, :5] = 1
    np.testing.assert_allclose(_run(model, padded, mask), alone, atol=1e-5)


def test_load_source_reads_pooling_and_limit(tiny_folder: Path) -> None:
    src = load_source(tiny_folder)
    assert src.pooling == "mean"
    assert src.max_seq_length == 64
    assert src.config.num_layers == 2


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a folder"):
        load_source(tmp_path / "nope")


def test_folder_that_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InvalidInputError, match="not a sentence-transformers model folder"):
        load_source(tmp_path)


def test_unsupported_architecture(tiny_folder: Path) -> None:
    cfg = json.loads((tiny_folder / "config.json").read_text())
    cfg["model_type"] = "t5"
    cfg["architectures"] = ["T5EncoderModel"]
    (tiny_folder / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(InvalidInputError, match="unsupported model architecture t5"):
        load_source(tiny_folder)


def test_pytorch_bin_only(tiny_folder: Path) -> None:
    (tiny_folder / "model.safetensors").rename(tiny_folder / "pytorch_model.bin")
    with pytest.raises(InvalidInputError, match=r"pytorch_model\.bin"):
        load_source(tiny_folder)


def test_corrupt_safetensors(tiny_folder: Path) -> None:
    (tiny_folder / "model.safetensors").write_bytes(b"\x00garbage" * 10)
    with pytest.raises(InvalidInputError, match="cannot be read"):
        load_source(tiny_folder)


def test_weights_that_do_not_match_the_config(tiny_folder: Path) -> None:
    cfg = json.loads((tiny_folder / "config.json").read_text())
    cfg["hidden_size"] = 128
    (tiny_folder / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(InvalidInputError, match="shape"):
        load_source(tiny_folder)


def test_unsupported_pooling(tiny_folder: Path) -> None:
    pool = tiny_folder / "1_Pooling" / "config.json"
    pool.write_text(json.dumps({"pooling_mode_mean_sqrt_len_tokens": True}))
    with pytest.raises(InvalidInputError, match="unsupported pooling"):
        load_source(tiny_folder)
