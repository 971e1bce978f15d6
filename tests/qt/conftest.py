"""Qt test fixtures: offscreen platform, a qasync loop per test, real vaults in tmp homes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE

SAMPLE = [
    ("Kubernetes rollout", "Use `kubectl rollout restart deploy/web` to restart pods.", ["k8s"]),
    ("Git worktrees", "git worktree add ../hotfix main gives a second checkout.", ["git"]),
    ("Python walrus", "The := operator assigns inside an expression.", ["python"]),
    ("Postgres vacuum", "VACUUM ANALYZE refreshes planner statistics.", ["sql", "postgres"]),
]


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation beneath everything, as the app installs it: the sources say
    "%Ln change(s)", and only the translation turns that into "1 change" / "2 changes"."""
    import subprocess
    import sys

    from memshadow_desktop.qt.app import load_translator
    from tests.conftest import REPO

    if not (REPO / "memshadow_desktop" / "i18n" / "memshadow_en.qm").is_file():
        subprocess.run(["bash", "scripts/i18n.sh", "--release", str(Path(sys.executable).parent)],
                       cwd=REPO, check=True)  # fmt: skip
    translator = load_translator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    """The pseudo-locale (scripts/pseudo_locale.py) over everything: tests/qt/pseudo_scan.py."""
    import subprocess
    import sys

    from memshadow_desktop.qt.app import translator_for
    from tests.conftest import REPO

    if not (REPO / "memshadow_desktop" / "i18n" / "memshadow_pseudo.qm").is_file():
        subprocess.run(["bash", "scripts/i18n.sh", "--release", str(Path(sys.executable).parent)],
                       cwd=REPO, check=True)  # fmt: skip
    translator = translator_for("pseudo")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop marked as running: Qt's event processing (qtbot.wait*) drives it."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        deadline = 200
        while pending and deadline:
            qapp.processEvents()
            pending = [t for t in pending if not t.done()]
            deadline -= 1
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        # Not loop.stop(): it calls QApplication.exit(), which leaves Qt's thread data in a
        # "quit now" state that ends every later nested event loop at once.
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        loop.close()


def make_vault(home: Path, memories: list[tuple[str, str, list[str]]] | None = None) -> AppPaths:
    paths = AppPaths.resolve(home)
    svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        for title, body, tags in memories if memories is not None else SAMPLE:
            svc.memories.add(body, title=title, tags=tags)
    finally:
        svc.close()
    return paths


@pytest.fixture
def vault_paths(tmp_path: Path) -> AppPaths:
    return make_vault(tmp_path / "home")


@dataclass
class RecordingService:
    """Wraps the real service and records the thread each call runs on, sub-APIs included
    (``memories.add`` is recorded as such)."""

    inner: Any
    calls: list[tuple[str, threading.Thread]] = field(default_factory=list)
    prefix: str = ""

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.inner, name)
        qualified = f"{self.prefix}{name}"
        if type(value).__module__.startswith(
            ("memshadow_desktop.core.facade", "memshadow_desktop.core.runtime")
        ):
            return RecordingService(value, self.calls, f"{qualified}.")
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((qualified, threading.current_thread()))
            return value(*args, **kwargs)

        call.__name__ = name
        return call


@pytest.fixture
def open_service(vault_paths: AppPaths) -> Iterator[MemshadowService]:
    svc = MemshadowService.unlock(vault_paths, lambda: PASSPHRASE)
    try:
        yield svc
    finally:
        svc.close()


@pytest.fixture
def window(qtbot: Any, qloop: qasync.QEventLoop, open_service: MemshadowService) -> Iterator[Any]:
    from memshadow_desktop.qt.bridge import ServiceBridge
    from memshadow_desktop.qt.main_window import MainWindow

    # The window owns the vault's background work, as the app starts it.
    open_service.runtime.start("window")
    recorder = RecordingService(open_service)
    bridge = ServiceBridge(recorder)  # type: ignore[arg-type]
    win = MainWindow(bridge, settings=None)
    qtbot.addWidget(win)
    win.recorder = recorder  # type: ignore[attr-defined]
    win.show()
    task = asyncio.ensure_future(win.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()
    yield win
    qtbot.waitUntil(lambda: not win.busy(), timeout=10_000)
    win.editor.show_memory(None)  # no "unsaved changes" question on close
    win.close()
    gui = threading.main_thread()
    assert recorder.calls, "the window made no service calls"
    on_gui = [name for name, thread in recorder.calls if thread is gui]
    assert not on_gui, f"service calls on the GUI thread: {on_gui}"
    bridge.disconnect_events()


def wait_idle(qtbot: Any, win: Any, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not win.busy(), timeout=timeout)


def titles(win: Any) -> list[str]:
    return [e.title for e in win.list_pane.model.entries()]


Waiter = Callable[[], None]
