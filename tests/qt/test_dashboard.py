"""The hardware dashboard: the system, providers, the model in use, a cancellable benchmark
and live statistics; every probe off the GUI thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt import engine_info
from tests.conftest import PASSPHRASE
from tests.qt.conftest import make_vault, wait_idle
from tests.support.hash_embedder import HashEmbedder


class SlowEmbedder(HashEmbedder):
    """Waits on a gate in every embed call made while ``gate`` is closed (to cancel mid-run)."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()

    def embed(self, texts: Any) -> Any:
        if not self.gate.is_set():
            self.waiting.set()
            self.gate.wait(10)
        return super().embed(texts)


@pytest.fixture
def embedder() -> SlowEmbedder:
    return SlowEmbedder()


@pytest.fixture
def open_service(vault_paths: AppPaths, embedder: HashEmbedder) -> Iterator[MemshadowService]:
    svc = MemshadowService.unlock(vault_paths, lambda: PASSPHRASE)
    svc.search.use_embedder(embedder)
    try:
        yield svc
    finally:
        svc.close()


def open_dashboard(qtbot: Any, window: Any) -> Any:
    task = asyncio.ensure_future(window.open_dashboard())
    qtbot.waitUntil(task.done, timeout=10_000)
    dashboard = task.result()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    return dashboard


def test_dashboard_shows_the_system_and_providers(qtbot: Any, window: Any) -> None:
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: window.dashboard is not None, timeout=15_000)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.hardware is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    assert dashboard.isVisible()
    hw = dashboard.hardware
    assert dashboard.system_labels["ram"].text() != "Probing…"
    if hw.cpu_model:
        assert hw.cpu_model in dashboard.system_labels["cpu"].text()
    names = [row.name for row in dashboard.providers]
    assert "CPU" in names
    cpu = next(r for r in dashboard.providers if r.name == "CPU")
    assert cpu.installed
    table = dashboard.provider_table
    assert table.rowCount() == len(dashboard.providers)
    for row in dashboard.providers:
        if not row.installed:
            assert row.why_not  # every provider that is not there says why
    assert "hash-v1/64" in dashboard.model_line.text()
    assert dashboard.recommendations.text()
    wait_idle(qtbot, window)


def test_benchmark_runs_with_progress_and_can_be_cancelled(
    qtbot: Any, window: Any, embedder: SlowEmbedder
) -> None:
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.bench_button.isEnabled()
    qtbot.mouseClick(dashboard.bench_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.benchmark is not None, timeout=20_000)
    assert dashboard.bench_progress.value() == dashboard.bench_progress.maximum() > 0
    assert dashboard.benchmark.items_per_s > 0
    assert "notes per second" in dashboard.bench_result.text()
    assert threading.main_thread().name not in embedder.calls_by_thread

    # Cancel mid-run: the embedder blocks until the Cancel button was pressed.
    embedder.gate.clear()
    dashboard.benchmark = None
    qtbot.mouseClick(dashboard.bench_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(embedder.waiting.is_set, timeout=10_000)
    assert dashboard.cancel_button.isEnabled()
    assert not dashboard.bench_button.isEnabled()
    qtbot.mouseClick(dashboard.cancel_button, Qt.MouseButton.LeftButton)
    embedder.gate.set()
    qtbot.waitUntil(lambda: "Cancelled" in dashboard.bench_result.text(), timeout=10_000)
    assert dashboard.benchmark is None
    assert dashboard.bench_button.isEnabled()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=10_000)
    wait_idle(qtbot, window)


def test_live_statistics_tick(qtbot: Any, window: Any) -> None:
    dashboard = open_dashboard(qtbot, window)
    before = len(dashboard.plot.points)
    qtbot.waitUntil(lambda: len(dashboard.plot.points) > before, timeout=15_000)
    assert dashboard.stat_labels["items"].text() != "—"
    dashboard.close()
    wait_idle(qtbot, window)


def test_run_benchmark_cancel_before_start() -> None:
    class Sem:
        embedder = HashEmbedder(dim=32)

    cancel = threading.Event()
    cancel.set()
    seen: list[tuple[int, int]] = []
    with pytest.raises(engine_info.BenchmarkCancelled):
        engine_info.run_benchmark(Sem(), lambda d, t: seen.append((d, t)), cancel)
    assert seen and seen[0][0] == 0


def test_dashboard_without_a_model(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    from memshadow_desktop.qt.bridge import ServiceBridge
    from memshadow_desktop.qt.main_window import MainWindow

    paths = make_vault(tmp_path / "plain")
    svc = MemshadowService.unlock(paths, lambda: PASSPHRASE)
    try:
        bridge = ServiceBridge(svc)
        win = MainWindow(bridge, settings=None)
        qtbot.addWidget(win)
        win.show()
        task = asyncio.ensure_future(win.load())
        qtbot.waitUntil(task.done, timeout=10_000)
        dashboard = open_dashboard(qtbot, win)
        assert "No embedding model" in dashboard.model_line.text()
        assert not dashboard.bench_button.isEnabled()
        assert "models import" in dashboard.recommendations.text()
        wait_idle(qtbot, win)
        win.close()
        bridge.disconnect_events()
    finally:
        svc.close()


def test_recommendation_rules(qapp: Any) -> None:
    from types import SimpleNamespace

    from memshadow_desktop.qt.recommendations import recommendation_lines

    cuda_missing = SimpleNamespace(
        gpus=[SimpleNamespace(vendor="NVIDIA")],
        npus=[],
        cpu_features={"avx512_vnni": True},
        power_source="battery",
    )
    cpu = engine_info.ProviderRow("CPU", "CPUExecutionProvider", True, True, True, "")
    fast = engine_info.VariantRow("m", "INT8", 1, 0.998, 0.999, 200.0, 2.5, True, False)
    slow = engine_info.VariantRow("m", "INT4", 1, 0.9, 0.95, 50.0, 0.8, False, False)
    lines = recommendation_lines(None, cuda_missing, [cpu], [fast, slow], None)
    text = "\n".join(lines)
    assert "models import" in text
    assert "CUDA is not usable" in text
    assert "VNNI/AMX" in text
    assert "On battery" in text
    assert "INT8 is 2.5× faster" in text and "INT4" not in text
    assert "No GPU" not in text  # there is one
    assert len(lines) == len(set(lines))

    # The fastest variant already in use, no accelerator: no switch to suggest, the CPU is fine.
    in_use = engine_info.VariantRow("m", "INT8", 1, 0.998, 0.999, 200.0, 2.5, True, True)
    plain = SimpleNamespace(gpus=[], npus=[], cpu_features={}, power_source="ac")
    lines = recommendation_lines(None, plain, [cpu], [in_use], None)
    assert len(lines) == 2
    assert "models import" in lines[0] and "No GPU or NPU" in lines[1]
