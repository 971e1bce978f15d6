"""Integration with the real all-MiniLM-L6-v2 (MEMSHADOW_TEST_MODEL_DIR; CI always sets it)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from memshadow_desktop.core.inference.engine import Embedder
from memshadow_desktop.core.inference.models import InstalledModel
from memshadow_desktop.core.inference.source import load_source
from memshadow_desktop.core.inference.testing import reference_forward
from tests.conftest import Cli

from .conftest import real_model_dir

TEXTS = [
    "How do I undo the last git commit but keep the changes?",
    "git reset --soft HEAD~1 keeps your changes staged.",
    "Grandma's apple cake needs four apples and 45 minutes at 180 degrees.",
    "The dentist appointment moved to Thursday morning.",
]


def test_converted_model_matches_numpy_reference(real_model: InstalledModel) -> None:
    src = load_source(real_model_dir())
    tok = Tokenizer.from_file(str(real_model_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(256)
    encs = [tok.encode(t).ids for t in TEXTS]
    longest = max(map(len, encs))
    ids = np.zeros((len(encs), longest), np.int64)
    mask = np.zeros_like(ids)
    for i, e in enumerate(encs):
        ids[i, : len(e)] = e
        mask[i, : len(e)] = 1
    want = reference_forward(src.config, src.weights, ids, mask)
    for precision in ("fp32",):
        got = Embedder(real_model, precision=precision, provider="cpu").embed(TEXTS)
        cos = (got * want).sum(axis=1)
        assert cos.min() >= 0.99999, cos


def test_variants_are_validated(real_model: InstalledModel) -> None:
    v = real_model.variants
    assert v["fp32"].offered and v["fp32"].validation["min_cosine"] >= 0.99999  # type: ignore[index]
    int8 = v["int8"]
    if int8.offered:
        assert int8.validation["min_cosine"] >= 0.99  # type: ignore[index]
    else:
        assert int8.reason
    assert real_model.default_precision in real_model.offered_precisions()


def test_meaning_is_captured(real_model: InstalledModel) -> None:
    emb = Embedder(real_model, provider="cpu")
    vecs = emb.embed(TEXTS)
    sims = vecs @ vecs.T
    assert sims[0, 1] > sims[0, 2] and sims[0, 1] > sims[0, 3]
    labels = {
        "git": ["version control, commits and branches"],
        "food": ["cooking recipes and baking"],
        "health": ["doctor and dentist appointments"],
    }
    got = [c.label for c in emb.classify(TEXTS, labels)]
    assert got == ["git", "git", "food", "health"]


def test_embed_cli_on_the_real_model(real_home: Path, tmp_path: Path) -> None:
    cli = Cli(real_home)
    inp = tmp_path / "texts.txt"
    inp.write_text("\n".join(TEXTS), encoding="utf-8")
    out = tmp_path / "v.npy"
    r = cli("embed", "--input", str(inp), "--output", str(out), "--precision", "fp32")
    assert r.code == 0, r.err
    vecs = np.load(out)
    model_vecs = Embedder(
        __import__("memshadow_desktop.core.inference.models", fromlist=["ModelManager"])
        .ModelManager(real_home / "data" / "models")
        .get("minilm"),
        precision="fp32",
        provider="cpu",
    ).embed(TEXTS)
    np.testing.assert_allclose(vecs, model_vecs, atol=1e-5)


def test_int8_is_offered_and_stays_close_to_fp32(real_model: InstalledModel) -> None:
    int8 = real_model.variants["int8"]
    assert int8.offered, int8.reason
    fp32 = Embedder(real_model, precision="fp32", provider="cpu").embed(TEXTS)
    got = Embedder(real_model, precision="int8", provider="cpu").embed(TEXTS)
    assert (fp32 * got).sum(axis=1).min() >= 0.99
