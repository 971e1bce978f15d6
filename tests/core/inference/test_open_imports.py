"""Opening a model to search loads only what running it needs: the converter, the quantizer,
onnx and httpx are for building or downloading a model, and would slow every unlock."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from memshadow_desktop.core.inference.models import InstalledModel
from memshadow_desktop.core.paths import AppPaths
from tests.conftest import FAST_KDF, PASSPHRASE, REPO

BUILD_ONLY = (
    "onnx",
    "httpx",
    "memshadow_desktop.core.inference.convert",
    "memshadow_desktop.core.inference.quantize",
    "memshadow_desktop.core.inference.variants",
)

# Reads the home from stdin; prints the build-only modules present after a semantic search.
_PROGRAM = """
import json, sys, threading
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
req = json.loads(sys.stdin.read())
svc = MemshadowService.unlock(
    AppPaths.resolve(req["home"]), lambda: req["passphrase"], for_search=True
)
assert svc._core.semantic() is not None
hits = svc.search.find("a note about the garden", mode="semantic", limit=3).hits
for t in threading.enumerate():
    if t.name == "search-imports":
        t.join()
svc.close()
print(json.dumps({"hits": len(hits), "loaded": sorted(m for m in sys.modules
    if m in req["build_only"] or m.split(".")[0] in req["build_only"])}))
"""


def test_unlock_and_semantic_search_import_nothing_build_only(
    tmp_path: Path, tiny_installed: InstalledModel
) -> None:
    from memshadow_desktop.core.service import MemshadowService

    home = tmp_path / "home"
    paths = AppPaths.resolve(home)
    paths.ensure()
    paths.models_dir.symlink_to(tiny_installed.folder.parent, target_is_directory=True)
    with MemshadowService.create(
        paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        svc.memories.add("the tomatoes in the garden need water", title="garden")
        sem = svc._core.semantic()
        assert sem is not None and sem.run_until_done() == 1
    request = {"home": str(home), "passphrase": PASSPHRASE, "build_only": BUILD_ONLY}
    proc = subprocess.run(
        [sys.executable, "-c", _PROGRAM],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["hits"] == 1
    assert result["loaded"] == []
