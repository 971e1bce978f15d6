"""The way into the app: the dialog for passphrase vaults, straight in for keyring vaults."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.app import open_vault, parse_args
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE, REPO
from tests.qt.test_screenshot import run_app


def visible_dialog() -> UnlockDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, UnlockDialog) and w.isVisible():
            return w
    return None


def finish(qtbot: Any, task: asyncio.Task[Any]) -> Any:
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def test_args() -> None:
    args = parse_args(["--home", "/x", "--screenshot", "s.png"])
    assert args.home == "/x" and args.screenshot == "s.png"
    assert parse_args([]).home is None


def test_passphrase_vault_asks_and_opens(qtbot: Any, qloop: Any, vault_paths: AppPaths) -> None:
    task = asyncio.ensure_future(open_vault(vault_paths))
    qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=10_000)
    dialog = visible_dialog()
    assert dialog is not None and not dialog.creating
    assert not dialog.error.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    service = finish(qtbot, task)
    assert isinstance(service, MemshadowService)
    finish(qtbot, asyncio.ensure_future(TaskRunner().call_on_vault_thread(service.close)))


def test_quitting_the_dialog_opens_nothing(qtbot: Any, qloop: Any, vault_paths: AppPaths) -> None:
    task = asyncio.ensure_future(open_vault(vault_paths))
    qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=10_000)
    dialog = visible_dialog()
    assert dialog is not None
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, task) is None


def test_no_vault_opens_the_first_run_wizard(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    from memshadow_desktop.qt.wizard import FirstRunWizard

    def wizard() -> FirstRunWizard | None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FirstRunWizard) and w.isVisible():
                return w
        return None

    task = asyncio.ensure_future(open_vault(AppPaths.resolve(tmp_path / "fresh")))
    qtbot.waitUntil(lambda: wizard() is not None, timeout=10_000)
    shown = wizard()
    assert shown is not None and visible_dialog() is None
    shown.reject()
    assert finish(qtbot, task) is None


@pytest.fixture
def keyring_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "MEMSHADOW_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "PYTHONPATH": str(REPO),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    import keyring

    from tests.support.file_keyring import FileKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield env
    keyring.set_keyring(previous)


def test_keyring_vault_opens_without_a_dialog(
    qtbot: Any, qloop: Any, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    paths = AppPaths.resolve(tmp_path / "kr")
    status = MemshadowService.status(paths)
    assert status.keyring_backend is not None
    MemshadowService.create(paths, passphrase=None, use_keyring=True).close()
    task = asyncio.ensure_future(open_vault(paths))
    service = finish(qtbot, task)
    assert visible_dialog() is None
    assert service.vault.protection == "keyring"
    finish(qtbot, asyncio.ensure_future(TaskRunner().call_on_vault_thread(service.close)))

    # The screenshot mode opens it the same way, with no passphrase in the environment.
    shot = tmp_path / "kr.png"
    result = run_app(paths.data_dir.parent, "--screenshot", str(shot), passphrase=None)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
