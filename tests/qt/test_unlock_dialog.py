"""The create / unlock dialog: errors in words, and a retry keeps what was typed."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService, VaultStatus
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.unlock_dialog import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE


def close_on_vault_thread(qtbot: Any, service: MemshadowService) -> None:
    task = asyncio.ensure_future(TaskRunner().call_on_vault_thread(service.close))
    qtbot.waitUntil(task.done, timeout=10_000)
    task.result()


def click_ok(qtbot: Any, dialog: UnlockDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_wrong_then_right_passphrase(qtbot: Any, qloop: Any, vault_paths: AppPaths) -> None:
    dialog = UnlockDialog(vault_paths, MemshadowService.status(vault_paths))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.creating
    assert dialog.confirm.parent() is None or not dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled(), timeout=10_000
    )
    assert "passphrase" in dialog.error.text().lower()
    assert "Traceback" not in dialog.error.text()
    assert dialog.service is None
    assert dialog.isVisible()
    assert dialog.passphrase.text() == "not the passphrase"  # kept for the retry

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=10_000):
        click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.service is not None
    assert dialog.service.vault.counts().memories == 4
    assert dialog.service.vault.protection == "passphrase"
    close_on_vault_thread(qtbot, dialog.service)
    # Closed on the thread that opened it, the vault's lock is free again.
    MemshadowService.unlock(vault_paths, lambda: PASSPHRASE).close()


def test_a_vault_open_elsewhere_unlocks_too(
    qtbot: Any, qloop: Any, vault_paths: AppPaths, open_service: MemshadowService
) -> None:
    """Several processes share one vault (the agent, a command): the dialog opens it anyway,
    and sees what the other one wrote."""
    written = open_service.memories.add("written by the other opener", title="Other")
    dialog = UnlockDialog(vault_paths, MemshadowService.status(vault_paths))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=10_000):
        click_ok(qtbot, dialog)
    assert dialog.service is not None
    try:
        assert dialog.service.memories.get(written.id).title == "Other"
    finally:
        dialog.service.close()


def test_corrupt_header_is_explained(qtbot: Any, qloop: Any, vault_paths: AppPaths) -> None:
    vault_paths.vault_header.write_bytes(b"\x00garbage")
    dialog = UnlockDialog(vault_paths, MemshadowService.status(vault_paths))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(
        lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled(), timeout=10_000
    )
    assert "header" in dialog.error.text().lower()


def test_create_checks_the_confirmation_then_creates(qtbot: Any, qloop: Any, tmp_path: Any) -> None:
    paths = AppPaths.resolve(tmp_path / "new-home")
    dialog = UnlockDialog(paths, VaultStatus(False, None), kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.creating
    assert "no system keyring" in dialog.protection_note.text().lower()
    assert not dialog.use_keyring.isVisible()
    dialog.passphrase.setText("short")
    click_ok(qtbot, dialog)
    assert "at least" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE + "x")
    click_ok(qtbot, dialog)
    assert "differ" in dialog.error.text()
    assert dialog.passphrase.text() == PASSPHRASE
    dialog.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.opened, timeout=10_000):
        click_ok(qtbot, dialog)
    assert dialog.service is not None
    assert dialog.service.vault.protection == "passphrase"
    close_on_vault_thread(qtbot, dialog.service)
    assert MemshadowService.status(paths).exists
    reopened = MemshadowService.unlock(paths, lambda: PASSPHRASE)
    reopened.close()


def test_keyring_choice_offered_when_a_backend_exists(
    qtbot: Any, qloop: Any, tmp_path: Any
) -> None:
    paths = AppPaths.resolve(tmp_path / "kr-home")
    dialog = UnlockDialog(paths, VaultStatus(False, "keyring.backends.SecretService.Keyring"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_keyring.isVisible() and dialog.use_keyring.isChecked()
    assert "Keyring" in dialog.use_keyring.text()
    assert not dialog.passphrase.isEnabled()
    assert "keyring" in dialog.protection_note.text().lower()
    dialog.use_passphrase.setChecked(True)
    assert dialog.passphrase.isEnabled()
    assert "passphrase" in dialog.protection_note.text().lower()
