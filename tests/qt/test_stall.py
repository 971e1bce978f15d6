"""The GUI-stall measurement runs the real window while the indexer embeds the vault
(its figures are for `memshadow bench search`; here only that it measures, never timings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, REPO
from tests.qt.conftest import make_vault

SCRIPT = """
import json, sys
from memshadow_desktop.qt.stall import measure_gui_stall
from tests.support.hash_embedder import HashEmbedder
result = measure_gui_stall(sys.argv[1], sys.argv[2], 30.0, embedder=HashEmbedder(dim=64))
print(json.dumps(result))
"""


def test_measure_gui_stall_while_indexing(tmp_path: Path) -> None:
    notes = [(f"Note {i}", f"memory number {i} about topic {i % 7}", []) for i in range(120)]
    make_vault(tmp_path / "home", notes)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "home"), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The indexer starts with the window, so it may be a batch or two ahead when the
    # measurement begins; what matters is that everything gets embedded while it runs.
    assert 0 <= result["pending_start"] <= 120
    assert result["pending_end"] == 0 and result["indexing_done"]
    assert result["embedded"] == result["pending_start"]
    assert result["model"] == "hash-v1/64"
    assert result["ticks"] > 0
    assert result["max_gap_ms"] >= result["p99_gap_ms"] >= result["p50_gap_ms"] > 0
