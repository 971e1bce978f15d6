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

from memshadow_desktop.core.api import INFERENCE_CODES, Notice
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
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
    names = [row.short for row in dashboard.providers]
    assert "cpu" in names
    cpu = next(r for r in dashboard.providers if r.short == "cpu")
    assert cpu.installed and cpu.usable
    table = dashboard.provider_table
    assert table.rowCount() == len(dashboard.providers)
    shown = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "CPU" in shown
    codes = {str(code) for enum in INFERENCE_CODES for code in enum}
    for r, row in enumerate(dashboard.providers):
        why = table.item(r, 6).text()
        if not row.installed:
            assert row.reason is not None and why  # every provider not there says why...
        assert why not in codes and "{" not in why  # ...in words, not as a code
    assert "hash-v1/64" in dashboard.model_line.text()
    assert dashboard.advice and dashboard.recommendations.text()
    for notice in dashboard.advice:
        assert str(notice.code) not in dashboard.recommendations.text()
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
        assert "Preferences › Search" in dashboard.recommendations.text()
        wait_idle(qtbot, win)
        win.close()
        bridge.disconnect_events()
    finally:
        svc.close()


def test_every_inference_code_has_words(qapp: Any) -> None:
    """Reasons, notes, steps and advice reach the window as codes; each has translated words
    (never the code itself, never an unfilled placeholder), nested reasons included."""
    from memshadow_desktop.qt.messages import describe_notice
    from memshadow_desktop.qt.notice_words import advice_html

    params = {
        "platform": "linux",
        "version": "1.2",
        "provider": "cuda",
        "error": "boom",
        "nodes": {"cpu": 3},
        "why": {"code": "cuda_not_in_build", "params": {}},
        "threads": 4,
        "items_per_s": 12.5,
        "min_cosine": 0.9876,
        "bar": 0.99,
        "recipe": "per-channel",
        "model": "minilm",
        "build": 1,
        "current_build": 2,
        "source": "/models/src",
        "layers": 6,
        "hidden": 384,
        "pooling": "mean",
        "precision": "int8",
        "path": "model.onnx",
        "speedup": 1.9,
        "gpu": "RTX 4090",
        "query_ms": 2.5,
    }
    codes = [code for enum in INFERENCE_CODES for code in enum]
    assert len(codes) == len({str(c) for c in codes})  # no code in two enumerations
    for code in codes:
        words = describe_notice(Notice(code, params))
        assert words and str(code) not in words and "no description" not in words, code
        assert "{" not in words and "cuda_not_in_build" not in words, (code, words)
        assert str(code) not in advice_html(Notice(code, params))
    nested = describe_notice(Notice("provider_not_installed", params))
    assert "onnxruntime-gpu" in nested and "CUDA" in nested
