"""Model manager, providers (with recorded fallback), engine statistics and classification."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from memshadow_desktop.core.api import (
    Advice,
    HardwareNote,
    ModelStep,
    Notice,
    ProviderReason,
    VariantReason,
)
from memshadow_desktop.core.errors import InferenceError, InvalidInputError, NotFoundError
from memshadow_desktop.core.inference import providers as prov
from memshadow_desktop.core.inference.advice import recommend
from memshadow_desktop.core.inference.engine import Embedder, InferenceStats, open_generator
from memshadow_desktop.core.inference.hardware import probe
from memshadow_desktop.core.inference.models import InstalledModel, ModelManager
from memshadow_desktop.core.inference.testing import write_tiny_tokenizer


def test_import_installs_validated_variants(tiny_installed: InstalledModel) -> None:
    m = tiny_installed
    variants = m.variants
    assert {"fp32", "fp32-portable", "int8", "int4"} <= set(variants)
    for v in variants.values():
        assert v.validation is not None and "min_cosine" in v.validation
        if v.offered:
            assert v.file and (m.folder / v.file).is_file()
            assert v.validation["min_cosine"] >= 0.99
        else:
            assert v.file is None and v.reason is not None
            assert v.reason.code in set(VariantReason)
    assert m.default_precision in m.offered_precisions()
    assert len(m.fingerprint) == 16
    assert m.model_fingerprint("fp32") != m.model_fingerprint("int8")
    assert not list(m.folder.parent.glob(".staging-*"))


def test_failed_import_leaves_nothing(tmp_path: Path, tiny_folder: Path) -> None:
    manager = ModelManager(tmp_path / "models")
    (tiny_folder / "tokenizer.json").write_text("{not json")
    with pytest.raises(InvalidInputError):
        manager.import_folder(tiny_folder, name="broken")
    assert manager.list() == []
    assert [p.name for p in (tmp_path / "models").iterdir()] == []


def test_not_a_model_folder_creates_nothing(tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models")
    (tmp_path / "src").mkdir()
    with pytest.raises(InvalidInputError, match="not a sentence-transformers"):
        manager.import_folder(tmp_path / "src")
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_list_get_remove_and_duplicates(tmp_path: Path, tiny_folder: Path) -> None:
    manager = ModelManager(tmp_path / "models")
    m = manager.import_folder(tiny_folder, precisions=["fp32"])
    assert m.name == "tiny-minilm"
    assert [x.name for x in manager.list()] == ["tiny-minilm"]
    with pytest.raises(InvalidInputError, match="already installed"):
        manager.import_folder(tiny_folder, precisions=["fp32"])
    with pytest.raises(InvalidInputError, match="unknown precision"):
        manager.import_folder(tiny_folder, name="x", precisions=["int3"])
    manager.remove("tiny-minilm")
    assert manager.list() == []
    with pytest.raises(NotFoundError):
        manager.get("tiny-minilm")


def _hidden_state_model(vocab: int, dim: int) -> onnx.ModelProto:
    """A 'published' ONNX model that outputs token states and takes token_type_ids."""
    rng = np.random.default_rng(4)
    emb = rng.standard_normal((vocab, dim)).astype(np.float32)
    nodes = [
        helper.make_node("Gather", ["emb", "input_ids"], ["g"]),
        helper.make_node("Cast", ["token_type_ids"], ["tt"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["tt", "ax"], ["tt3"]),
        helper.make_node("Add", ["g", "tt3"], ["last_hidden_state"]),
    ]
    graph = helper.make_graph(
        nodes,
        "pub",
        [
            helper.make_tensor_value_info(n, TensorProto.INT64, ["b", "s"])
            for n in ("input_ids", "attention_mask", "token_type_ids")
        ],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["b", "s", dim])],
        [numpy_helper.from_array(emb, "emb"), numpy_helper.from_array(np.array([2]), "ax")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def test_import_published_onnx_with_pooling(tmp_path: Path) -> None:
    folder = tmp_path / "pub"
    folder.mkdir()
    onnx.save(_hidden_state_model(120, 16), str(folder / "model.onnx"))
    write_tiny_tokenizer(folder / "tokenizer.json", 120)
    manager = ModelManager(tmp_path / "models")
    m = manager.import_onnx(folder, name="pub", precisions=["fp32"], max_seq_length=32)
    assert m.dim == 16
    emb = Embedder(m, precision="fp32", provider="cpu")
    vecs = emb.embed(["git note", "a"])
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_corrupt_onnx_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pub"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"\x08\x07garbage-not-a-protobuf" * 50)
    write_tiny_tokenizer(folder / "tokenizer.json", 120)
    manager = ModelManager(tmp_path / "models")
    with pytest.raises(InvalidInputError, match="not a valid ONNX model"):
        manager.import_onnx(folder, name="pub")
    assert manager.list() == []


def test_corrupt_installed_variant_is_a_clean_error(tmp_path: Path, tiny_folder: Path) -> None:
    m = ModelManager(tmp_path / "models").import_folder(tiny_folder, precisions=["fp32"])
    (m.folder / "fp32.onnx").write_bytes(b"broken")
    with pytest.raises(InferenceError, match="cannot be loaded"):
        Embedder(m, precision="fp32", provider="cpu")


def test_provider_probe_tells_the_truth(tiny_installed: InstalledModel) -> None:
    path = str(tiny_installed.folder / "fp32-portable.onnx")
    statuses = {s.name: s for s in prov.probe_providers(path)}
    assert statuses["CPUExecutionProvider"].usable is True
    for name in prov.FIRST_CLASS:
        assert name in statuses
    cuda = statuses["CUDAExecutionProvider"]
    if not cuda.installed:
        assert cuda.usable is None and cuda.reason is not None
        assert cuda.reason.code in {
            ProviderReason.CUDA_NOT_IN_BUILD,
            ProviderReason.CUDA_NOT_ON_MACOS,
        }
    for s in statuses.values():
        assert s.usable or s.reason  # never unusable without a reason
        assert s.reason is None or s.reason.code in set(ProviderReason)


def test_fallback_reason_is_recorded(tiny_installed: InstalledModel) -> None:
    path = str(tiny_installed.folder / "fp32.onnx")
    opened = prov.open_session(path, "CUDAExecutionProvider")
    if "CUDAExecutionProvider" not in __import__("onnxruntime").get_available_providers():
        assert opened.provider == prov.CPU
        reason = opened.fallback_reason
        assert reason is not None and reason.code == ProviderReason.NOT_INSTALLED
        assert reason.params["provider"] == "cuda"
        assert reason.params["why"]["code"] in set(ProviderReason)  # and why not, as a code
    emb = Embedder(tiny_installed, precision="fp32", provider="cuda")
    assert emb.info().provider == "cpu"
    assert emb.info().fallback is not None


def test_listed_provider_that_runs_nothing_is_not_claimed(tiny_installed: InstalledModel) -> None:
    # The plain onnxruntime wheel lists AzureExecutionProvider in get_providers(), but it runs
    # no node: exactly the lie this module exists to catch.
    import onnxruntime as ort

    if "AzureExecutionProvider" not in ort.get_available_providers():
        pytest.skip("this onnxruntime build has no AzureExecutionProvider to test with")
    opened = prov.open_session(
        str(tiny_installed.folder / "fp32-portable.onnx"), "AzureExecutionProvider"
    )
    assert opened.provider == prov.CPU
    reason = opened.fallback_reason
    assert reason is not None and reason.code == ProviderReason.RAN_NO_NODE
    assert reason.params["provider"] == "azure" and "azure" not in reason.params["nodes"]


def test_provider_names() -> None:
    assert prov.canonical("cuda") == "CUDAExecutionProvider"
    assert prov.canonical("DirectML") == "DmlExecutionProvider"
    assert prov.canonical("auto") == "auto"
    with pytest.raises(InvalidInputError):
        prov.canonical("warp-drive")


def test_chooser_caches_and_remeasures(tmp_path: Path) -> None:
    chooser = prov.ProviderChooser(tmp_path / "choice.json")
    calls: list[str] = []

    def measure(p: str) -> float | None:
        calls.append(p)
        return {"A": 10.0, "B": 30.0}.get(p)

    first = chooser.choose("m:int8", ["A", "B", "C"], measure)
    assert first.provider == "B" and first.measured == {"A": 10.0, "B": 30.0}
    again = chooser.choose("m:int8", ["A", "B", "C"], measure)
    assert again.provider == "B" and len(calls) == 3  # cached: not measured again
    chooser.choose("m:int8", ["A", "B", "C"], measure, remeasure=True)
    assert len(calls) == 6
    assert json.loads((tmp_path / "choice.json").read_text())["m:int8"]["provider"] == "B"


def test_engine_stats_and_persistence(tiny_installed: InstalledModel, tmp_path: Path) -> None:
    stats = InferenceStats()
    emb = Embedder(tiny_installed, precision="int8", provider="cpu", stats=stats, token_budget=64)
    vecs = emb.embed([f"note {i} about git" for i in range(20)])
    assert vecs.shape == (20, tiny_installed.dim) and vecs.dtype == np.float32
    summary = stats.summary()["cpu/int8"]
    assert summary["items"] == 20 and summary["inferences"] >= 2
    assert summary["latency_ms_p50"] <= summary["latency_ms_p95"]
    stats.merge_into(tmp_path / "s.json")
    stats.merge_into(tmp_path / "s.json")
    assert InferenceStats.from_file(tmp_path / "s.json").summary()["cpu/int8"]["items"] == 40


def test_zero_shot_classification(tiny_installed: InstalledModel) -> None:
    emb = Embedder(tiny_installed, precision="fp32", provider="cpu")
    labels = {"code": ["python git model"], "life": ["the memory note"]}
    result = emb.classify(["python git model", "the memory note"], labels)
    assert [r.label for r in result] == ["code", "life"]
    assert set(result[0].scores) == {"code", "life"}
    with pytest.raises(InvalidInputError):
        emb.classify(["x"], {})


def test_recommendations_and_generation_slot(tiny_installed: InstalledModel) -> None:
    from memshadow_desktop.core.facade.models import model_variants

    variants = model_variants(tiny_installed, "fp32")
    tips = recommend(hardware=probe(), providers=None, variants=variants)
    codes = [t.code for t in tips]
    assert all(isinstance(t, Notice) and t.code in set(Advice) for t in tips)
    about_int8 = [t for t in tips if t.params.get("precision") == "int8"]
    assert about_int8 and about_int8[0].code in {
        Advice.VARIANT_SPEED,
        Advice.CONSIDER_VARIANT,
        Advice.VARIANT_NOT_OFFERED,
    }
    assert Advice.DEFAULT_PRECISION in codes and Advice.INSTALL_MODEL not in codes
    with pytest.raises(InvalidInputError, match="neither a GGUF file nor an ONNX GenAI folder"):
        open_generator(Path("."))


def test_unoffered_precision_is_refused(tiny_installed: InstalledModel) -> None:
    with pytest.raises(InvalidInputError, match="does not offer"):
        Embedder(tiny_installed, precision="fp16")


def test_hardware_probe_reports_unknown_not_guesses() -> None:
    report = probe().to_json()
    assert report["logical_cores"] >= 1
    assert (
        set(report["cpu_features"]) >= {"avx2", "avx512_vnni"} or "neon" in report["cpu_features"]
    )
    assert report["power_source"] in (None, "ac", "battery")
    if report["power_source"] is None:
        assert any(n["code"] == HardwareNote.POWER_UNKNOWN for n in report["notes"])


def _age(model: InstalledModel) -> None:
    """Make an install look as if an older version had built it."""
    manifest = json.loads((model.folder / "manifest.json").read_text())
    manifest.pop("build", None)
    (model.folder / "manifest.json").write_text(json.dumps(manifest))


def test_install_of_an_older_build_is_rebuilt_from_its_source(
    tmp_path: Path, tiny_folder: Path
) -> None:
    from memshadow_desktop.core.inference import active
    from memshadow_desktop.core.inference.models import BUILD
    from memshadow_desktop.core.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    manager = ModelManager(paths.models_dir, paths.cache_dir)
    model = manager.import_folder(tiny_folder, name="tiny", precisions=["fp32", "int8"])
    assert model.build == BUILD and not model.outdated and model.summary()["outdated"] is False
    _age(model)
    old = manager.get("tiny")
    assert old.outdated
    # The old build's variant file is not what today's recipes make; it must not be loaded.
    (old.folder / "int8.onnx").write_bytes(b"an older build")
    fresh = active.up_to_date(paths, old)
    assert fresh.build == BUILD and not fresh.outdated and fresh.folder == old.folder
    assert set(fresh.variants) == set(old.variants)
    assert fresh.fingerprint == old.fingerprint  # same weights and tokenizer
    assert manager.get("tiny").build == BUILD
    assert not [p for p in paths.models_dir.iterdir() if p.name.startswith(".")]
    emb = active.open_embedder(paths, precision="int8", provider="cpu")
    assert emb.embed(["still works"]).shape == (1, fresh.dim)
    # Up to date: nothing happens.
    assert active.up_to_date(paths, fresh) is fresh


def test_older_build_without_its_source_keeps_working(tmp_path: Path, tiny_folder: Path) -> None:
    import shutil

    from memshadow_desktop.core.inference import active
    from memshadow_desktop.core.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    manager = ModelManager(paths.models_dir, paths.cache_dir)
    model = manager.import_folder(tiny_folder, name="tiny", precisions=["fp32"])
    _age(model)
    shutil.rmtree(tiny_folder)
    said: list[Notice] = []
    kept = active.up_to_date(paths, manager.get("tiny"), said.append)
    assert kept.outdated and said and said[0].code == ModelStep.KEEPING_OLD_BUILD
    assert "cannot be rebuilt" in said[0].params["error"]
    with pytest.raises(InvalidInputError, match="cannot be rebuilt"):
        manager.rebuild("tiny")
    assert active.open_embedder(paths, log=said.append).embed(["x"]).shape[0] == 1


def test_cpu_embedder_uses_the_cpu_token_budget(tiny_installed: InstalledModel) -> None:
    from memshadow_desktop.core.inference.pipeline import DEFAULT_TOKEN_BUDGET

    assert Embedder(tiny_installed, provider="cpu").token_budget == DEFAULT_TOKEN_BUDGET
    assert Embedder(tiny_installed, provider="cpu", token_budget=64).pipeline.token_budget == 64
