"""The hardware dashboard with a real (tiny) ONNX model: precision variants, the provider in
use, advice in words, and switching precision, which re-embeds the vault in the background."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from memshadow_desktop.core.api import INFERENCE_CODES
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import PASSPHRASE
from tests.qt.conftest import make_vault, wait_idle


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from memshadow_desktop.core.inference.models import ModelManager
    from memshadow_desktop.core.inference.source import BertConfig
    from memshadow_desktop.core.inference.testing import write_tiny_st_folder

    root = tmp_path_factory.mktemp("dashboard-model")
    cfg = BertConfig(
        vocab_size=120,
        hidden_size=64,
        num_layers=2,
        num_heads=4,
        intermediate_size=128,
        max_position=64,
    )
    write_tiny_st_folder(root / "src", cfg, seed=7)
    ModelManager(root / "models").import_folder(
        root / "src", name="tiny", precisions=["fp32", "int8"]
    )
    return root / "models"


@pytest.fixture
def vault_paths(tmp_path: Path, tiny_models: Path) -> AppPaths:
    paths = make_vault(tmp_path / "home")
    paths.models_dir.symlink_to(tiny_models, target_is_directory=True)
    return paths


@pytest.fixture
def open_service(vault_paths: AppPaths) -> Iterator[MemshadowService]:
    svc = MemshadowService.unlock(vault_paths, lambda: PASSPHRASE)
    try:
        yield svc
    finally:
        svc.close()


def _dashboard(qtbot: Any, window: Any) -> Any:
    task = asyncio.ensure_future(window.open_dashboard())
    qtbot.waitUntil(task.done, timeout=20_000)
    dashboard = task.result()
    qtbot.waitUntil(lambda: dashboard.snapshot is not None and not dashboard.busy(), timeout=30_000)
    return dashboard


def test_variants_provider_in_use_and_a_precision_switch(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    qtbot.waitUntil(lambda: "4 indexed" in window.index_label.text(), timeout=30_000)
    dashboard = _dashboard(qtbot, window)
    snap = dashboard.snapshot
    assert snap.engine is not None and snap.model == "tiny"
    before = snap.precision
    assert f"precision <b>{before.upper()}</b>" in dashboard.model_line.text()
    assert window.engine_label.text() == f"tiny · CPU · {before.upper()}"

    # One row per precision (the portable FP32 graph is left out), the one in use marked.
    table = dashboard.variant_table
    precisions = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert sorted(precisions) == ["FP32", "INT8"]
    in_use = [v.precision for v in dashboard.variants if v.in_use]
    assert in_use == [before]
    cpu = next(p for p in dashboard.providers if p.short == "cpu")
    assert cpu.in_use and cpu.usable

    codes = {str(code) for enum in INFERENCE_CODES for code in enum}
    text = dashboard.recommendations.text()
    assert dashboard.advice and not any(f">{c}<" in text or f" {c} " in text for c in codes)

    # Switch to the other precision: search reopens with it and the vault is embedded again.
    other = next(r for r, v in enumerate(dashboard.variants) if v.offered and not v.in_use)
    target = dashboard.variants[other].precision
    table.selectRow(other)
    assert dashboard.use_button.isEnabled()
    qtbot.mouseClick(dashboard.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"precision <b>{target.upper()}</b>" in dashboard.model_line.text(),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=30_000)
    assert open_service.settings.get().precision == target
    assert [v.precision for v in dashboard.variants if v.in_use] == [target]
    qtbot.waitUntil(
        lambda: window.engine_label.text() == f"tiny · CPU · {target.upper()}", timeout=30_000
    )

    def reembedded() -> bool:
        status = open_service.search.status()
        return status is not None and f":{target}:" in status.model and status.indexed == 4

    qtbot.waitUntil(reembedded, timeout=30_000)
    qtbot.waitUntil(lambda: "4 indexed" in window.index_label.text(), timeout=30_000)
    wait_idle(qtbot, window)
    dashboard.close()
