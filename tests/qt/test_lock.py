"""Lock: the window hides every memory and keeps no decrypted text in its widgets, the service
lets go of the store, the meaning index and the engine; the tray says "locked"; sync waits
while locked and catches up after unlock; auto-lock after idle (saving a draft first)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from memshadow_desktop.core.api import Role, VaultLockedError
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.shell import AppShell
from memshadow_desktop.qt.sync_monitor import TrayKind
from tests.conftest import PASSPHRASE
from tests.qt.shells import (  # noqa: F401  (fixtures)
    WAIT_MS,
    Homes,
    Shells,
    homes,
    loopback,
    shells,
    wait_kind,
    wait_state,
    wait_synced,
)
from tests.support.hash_embedder import HashEmbedder

SECRETS = ("Kubernetes rollout", "kubectl rollout restart", "Git worktrees", "worktree add")


def fill(svc: MemshadowService) -> str:
    svc.memories.add("Use kubectl rollout restart deploy/web.", title="Kubernetes rollout")
    return svc.memories.add("git worktree add ../hotfix main", title="Git worktrees").id


def visible_text(shell: AppShell) -> str:
    """Every text a widget of the app holds, and every row of the memory list."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QLabel), *top.findChildren(QLineEdit)]:
            text = getattr(w, "text", None)
            if callable(text):
                parts.append(str(text()))
        for edit in top.findChildren(QPlainTextEdit):
            parts.append(edit.toPlainText())
    model = shell.window.list_pane.model
    parts += [f"{e.title} {e.preview}" for e in model.entries()]
    parts.append(shell.window.windowTitle())
    return "\n".join(parts)


def open_memory(qtbot: Any, shell: AppShell, memory_id: str) -> None:
    shell.window.list_pane.select(memory_id)
    qtbot.waitUntil(
        lambda: (
            shell.window.editor.memory is not None and shell.window.editor.memory.id == memory_id
        ),
        timeout=WAIT_MS,
    )


def wait_locked(qtbot: Any, shell: AppShell) -> None:
    qtbot.waitUntil(lambda: shell.svc.vault.locked and not shell.busy(), timeout=WAIT_MS)


def test_lock_hides_everything_and_lets_go_of_it(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    memory_id = fill(svc)
    svc.search.use_embedder(HashEmbedder())
    shell = shells.open(svc)
    open_memory(qtbot, shell, memory_id)
    shell.window.editor.body.appendPlainText("typed, then undone")
    shell.window.editor.body.undo()
    shell.window.list_pane.search.setText("worktree")
    qtbot.waitUntil(lambda: not shell.window.busy(), timeout=WAIT_MS)
    assert "Git worktrees" in visible_text(shell)
    assert svc.runtime.role is Role.OWNER

    assert shell.tray is not None
    shell.tray.menu.lock_action.trigger()
    wait_locked(qtbot, shell)
    window = shell.window
    assert window.stack.currentWidget() is window.locked_view
    assert window.list_pane.model.rowCount() == 0 and window.history.list.count() == 0
    assert not window.editor.body.document().isUndoAvailable()
    text = visible_text(shell)
    for secret in SECRETS:
        assert secret not in text, secret
    # The service let go: no store, no meaning index, no engine, no owner lock.
    with pytest.raises(VaultLockedError):
        svc.memories.list()
    assert svc.runtime.role is Role.STOPPED and svc.models.engine() is None
    assert not window.commands.new.isEnabled() and not window.commands.sync_now.isEnabled()

    state = wait_kind(qtbot, shell, TrayKind.LOCKED)
    assert state.kind is TrayKind.LOCKED
    assert shell.tray.icon.toolTip().splitlines()[1] == "Vault locked"
    assert shell.tray.menu.unlock_action.isVisible()
    assert not shell.tray.menu.lock_action.isVisible()
    assert not shell.tray.menu.sync_now_action.isEnabled()

    view = window.locked_view
    assert view.passphrase.isVisible()
    view.passphrase.setText("not the passphrase")
    view.button.click()
    qtbot.waitUntil(lambda: bool(view.error.text()), timeout=WAIT_MS)
    assert "does not unlock" in view.error.text() and svc.vault.locked
    view.passphrase.setText(PASSPHRASE)
    view.button.click()
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 2, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.splitter
    assert view.passphrase.text() == ""
    assert svc.runtime.role is Role.OWNER
    qtbot.waitUntil(lambda: window.session.available, timeout=WAIT_MS)
    wait_state(qtbot, shell, lambda s: s.kind is not TrayKind.LOCKED)
    assert window.commands.new.isEnabled()


def test_sync_waits_while_locked_and_catches_up_after_unlock(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    laptop = homes.device("Work laptop")
    phone = homes.device("Phone")
    shell = shells.open(laptop)
    wait_synced(qtbot, shell)
    shell.lock()
    wait_locked(qtbot, shell)

    # A change from the phone, and one made beside the locked window (a CLI command).
    phone.memories.add("written on the phone", title="From the phone")
    homes.call(phone.sync.now)
    beside = MemshadowService.unlock(laptop.paths, lambda: PASSPHRASE)
    try:
        beside.memories.add("written beside the locked window", title="Beside")
        qtbot.wait(1500)  # time enough for an engine to move them: none runs while locked
        assert beside.sync.status(remote=False).pending_total == 1
        assert "From the phone" not in [m.title for m in beside.memories.list()]
    finally:
        beside.close()
    assert shell.monitor.state.kind is TrayKind.LOCKED

    shell.window.locked_view.passphrase.setText(PASSPHRASE)
    shell.window.locked_view.button.click()
    qtbot.waitUntil(
        lambda: (
            not laptop.vault.locked
            and {"From the phone", "Beside"} <= {m.title for m in laptop.memories.list()}
        ),
        timeout=WAIT_MS,
    )
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)
    homes.call(phone.sync.now)
    assert "Beside" in [m.title for m in phone.memories.list()]


def test_auto_lock_after_idle_saves_a_draft_first(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    memory_id = fill(svc)
    svc.settings.update(auto_lock_minutes=15)
    shell = shells.open(svc, tray=False)
    assert shell.idle.minutes == 15 and shell.idle.timer.isActive()
    open_memory(qtbot, shell, memory_id)
    shell.window.editor.body.setPlainText("a draft nobody saved")
    assert shell.window.editor.dirty
    shell.idle.set_interval_ms(300)  # the test's idle time; 15 minutes in the settings
    wait_locked(qtbot, shell)
    assert shell.monitor.state.kind is TrayKind.LOCKED or shell.window.locked
    shell.window.locked_view.passphrase.setText(PASSPHRASE)
    shell.window.locked_view.button.click()
    qtbot.waitUntil(lambda: not svc.vault.locked, timeout=WAIT_MS)
    assert svc.memories.get(memory_id).body == "a draft nobody saved"
    qtbot.waitUntil(lambda: shell.idle.timer.isActive(), timeout=WAIT_MS)


def test_lock_with_unsaved_changes_asks_and_can_be_cancelled(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc = homes.vault("Work laptop")
    memory_id = fill(svc)
    shell = shells.open(svc)
    open_memory(qtbot, shell, memory_id)
    shell.window.editor.body.setPlainText("changed")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    shell.window.commands.lock.trigger()
    qtbot.wait(200)
    assert not svc.vault.locked and shell.window.editor.dirty
    shell.window.commands.lock.trigger()
    wait_locked(qtbot, shell)
    shell.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: not svc.vault.locked, timeout=WAIT_MS)
    assert svc.memories.get(memory_id).body != "changed"  # discarded, as chosen


def test_lock_now_from_the_security_preferences(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    fill(svc)
    shell = shells.open(svc)
    dialog = shell.open_preferences("security")
    dialog.security.lock_now.click()
    wait_locked(qtbot, shell)
    assert shell.preferences is None  # closed: it is no place to stay while locked
