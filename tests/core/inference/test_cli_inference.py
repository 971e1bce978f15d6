"""The CLI as a user drives it: hw, models, embed, bench; bad input gives one line and a code."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from memshadow_desktop.core.errors import ExitCode
from tests.conftest import Cli


def test_hw_json_tells_the_truth(cli: Cli) -> None:
    r = cli("hw", "--json")
    assert r.code == 0, r.err
    data = r.json()
    names = {p["short"]: p for p in data["providers"]}
    assert names["cpu"]["usable"] is True
    for short in ("coreml", "directml", "cuda", "tensorrt"):
        p = names[short]
        assert p["usable"] or p["reason"], p
        # Reasons are codes with parameters in JSON; the text output puts them in words.
        assert p["usable"] or set(p["reason"]) == {"code", "params"}, p
    assert data["used_provider"] == "cpu"
    assert "cpu_features" in data["hardware"]
    assert all(set(n) == {"code", "params"} for n in data["hardware"]["notes"])
    text = cli("hw")
    assert text.code == 0 and "Execution providers:" in text.out
    if not names["cuda"]["installed"]:
        assert "cuda       not installed: " in text.out
        assert "cuda_not_in_build" not in text.out and "{" not in text.out


def test_models_lifecycle_and_embed(cli: Cli, tiny_folder: Path, tmp_path: Path) -> None:
    r = cli("models", "import", str(tiny_folder), "--precisions", "fp32,int8", "--json")
    assert r.code == 0, r.err
    name = r.json()["name"]
    listed = cli("models", "list", "--json").json()
    assert listed["current"] == name and listed["models"][0]["dim"] == 64
    variants = cli("models", "variants", "--json").json()
    assert {v["variant"] for v in variants["variants"]} >= {"fp32", "int8"}

    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(t) for t in ["git note", "a\nmultiline text", "vault"]))
    out = tmp_path / "v.npy"
    r = cli("embed", "--input", str(inp), "--output", str(out), "--precision", "fp32")
    assert r.code == 0, r.err
    vecs = np.load(out)
    assert vecs.shape == (3, 64) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    single = cli("embed", "vault", "--precision", "fp32", "--json").json()
    np.testing.assert_allclose(single["vectors"][0], vecs[2], atol=1e-5)

    r = cli("embed", "x", "--provider", "cuda", "--json")
    assert r.code == 0 and r.json()["provider"] == "cpu" and r.json()["fallback_reason"]
    assert r.json()["fallback_reason"]["params"]["provider"] == "cuda"

    stats = cli("hw", "stats", "--json").json()
    assert any(lane["items"] >= 3 for lane in stats["lanes"].values())
    assert stats["recommendations"]
    codes = [tip["code"] for tip in stats["recommendations"]]
    assert "default_precision" in codes and "install_model" not in codes
    words = cli("hw", "stats").out
    assert "- default precision here: " in words and "default_precision" not in words

    r = cli("models", "use", name, "--precision", "int8", "--provider", "cpu")
    assert r.code == 0, r.err
    assert cli("embed", "x", "--json").json()["precision"] == "int8"

    bench = cli("bench", "embed", "--json", "--precision", "fp32,int8")
    assert bench.code == 0, bench.err
    lanes = {row["lane"]: row for row in bench.json()["lanes"]}
    assert set(lanes) == {"cpu/fp32", "cpu/int8"}
    assert lanes["cpu/int8"]["notes_min_cos_fp32"] > 0.9

    r = cli("models", "remove", name)
    assert r.code == 0
    r = cli("embed", "x")
    assert r.code == ExitCode.NOT_FOUND and len(r.err.strip().splitlines()) == 1


def test_bad_input_is_one_line(cli: Cli, tmp_path: Path, tiny_folder: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = cli("models", "import", str(tmp_path / "empty"))
    assert r.code == ExitCode.INVALID_INPUT
    assert r.err.strip().count("\n") == 0 and "not a sentence-transformers" in r.err

    cfg = json.loads((tiny_folder / "config.json").read_text())
    (tiny_folder / "config.json").write_text(json.dumps(cfg | {"model_type": "gpt2"}))
    r = cli("models", "import", str(tiny_folder))
    assert r.code == ExitCode.INVALID_INPUT and "unsupported model architecture" in r.err

    r = cli("models", "download", "no-such-model")
    assert r.code == ExitCode.NOT_FOUND

    r = cli("models", "list", "--json")
    assert r.json()["models"] == []
    tips = cli("hw", "stats", "--json").json()["recommendations"]
    assert tips[0] == {"code": "install_model", "params": {}}
    assert "no model installed: import one with `memshadow models import DIR`" in (
        cli("hw", "stats").out
    )
    models_dir = cli.home / "data" / "models"
    assert not models_dir.exists() or not [
        p for p in models_dir.iterdir() if not p.name.startswith(".downloads")
    ]

    r = cli("bench", "embed", "--compare")
    assert r.code == ExitCode.NOT_FOUND


def test_models_rebuild_brings_an_older_build_up_to_date(cli: Cli, tiny_folder: Path) -> None:
    r = cli("models", "import", str(tiny_folder), "--precisions", "fp32", "--json")
    assert r.code == 0, r.err
    name = r.json()["name"]
    manifest_file = next(cli.home.rglob(f"models/{name}/manifest.json"))
    manifest = json.loads(manifest_file.read_text())
    manifest["build"] = 1
    manifest_file.write_text(json.dumps(manifest))
    listed = cli("models", "list")
    assert "older build" in listed.out
    assert cli("models", "list", "--json").json()["models"][0]["outdated"] is True
    r = cli("models", "rebuild", "--json")
    assert r.code == 0, r.err
    assert r.json()["outdated"] is False and r.json()["name"] == name
    assert "older build" not in cli("models", "list").out


def test_search_says_so_while_an_older_model_build_is_rebuilt(
    vault_cli: Cli, tiny_folder: Path
) -> None:
    """After an upgrade the first search rebuilds the model: it must not sit there silently."""
    assert vault_cli("models", "import", str(tiny_folder), "--precisions", "fp32").code == 0
    vault_cli("add", "--title", "Kettle", "descale the kettle with vinegar")
    assert vault_cli("index").code == 0
    manifest_file = next(vault_cli.home.rglob("models/*/manifest.json"))
    manifest = json.loads(manifest_file.read_text())
    manifest["build"] = 1
    manifest_file.write_text(json.dumps(manifest))
    r = vault_cli("search", "kettle")
    assert r.code == 0, r.err
    assert "built by an older version" in r.err and "rebuilding it" in r.err
    assert "Kettle" in r.out
    again = vault_cli("search", "kettle")
    assert "rebuilding" not in again.err and "not embedded" not in again.err
