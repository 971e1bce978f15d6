"""The tray: every state driven by real sync events from a real server on loopback (offline by
stopping the server, a conflict, pause and resume, a revoked device), each menu action, closing
to the tray, notifications, and the window's sync area."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

from memshadow_desktop.core.api import Priority
from memshadow_desktop.qt.shell import HINT_TRAY_CLOSE
from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.sync_words import status_line
from tests.qt.shells import (  # noqa: F401  (fixtures)
    WAIT_MS,
    Homes,
    Shells,
    homes,
    loopback,
    run,
    shells,
    wait_kind,
    wait_state,
    wait_synced,
)
from tests.support.hash_embedder import HashEmbedder
from tests.support.loopback import RestartableServer
from tests.sync.conftest import SYNC_PASSPHRASE


def icon_bytes(shell: Any) -> bytes:
    image: QImage = shell.tray.current_icon().pixmap(32, 32).toImage()
    return bytes(image.constBits())


def test_not_set_up_then_synced_with_the_last_sync_time(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    shell = shells.open(svc)
    state = wait_kind(qtbot, shell, TrayKind.IDLE)
    assert shell.tray is not None
    assert "Sync is not set up" in shell.tray.icon.toolTip()
    assert not shell.tray.menu.sync_now_action.isEnabled()
    idle_icon = icon_bytes(shell)
    homes.join(svc)  # set up elsewhere (as the CLI would): the window follows
    state = wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and bool(s.last_sync))
    assert status_line(state).startswith("Synced · last sync ")
    assert shell.tray.icon.toolTip().splitlines()[1] == status_line(state)
    assert shell.tray.menu.status_action.text() == status_line(state)
    assert shell.window.sync_area.label.text() == status_line(state)
    assert shell.tray.menu.sync_now_action.isEnabled()
    assert icon_bytes(shell) != idle_icon


def test_syncing_offline_and_back_with_sync_now(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    loopback: RestartableServer,  # noqa: F811
) -> None:
    svc = homes.device("Work laptop")
    shell = shells.open(svc)
    wait_synced(qtbot, shell)
    seen: list[TrayState] = []
    shell.monitor.changed.connect(seen.append)
    svc.memories.add("one more note", title="Note")
    qtbot.waitUntil(lambda: TrayKind.SYNCING in {s.kind for s in seen}, timeout=WAIT_MS)
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)

    loopback.stop()
    svc.memories.add("written offline", title="Offline note")
    state = wait_kind(qtbot, shell, TrayKind.OFFLINE)
    state = wait_state(qtbot, shell, lambda s: s.kind is TrayKind.OFFLINE and s.pending == 1)
    assert status_line(state) == "Offline · 1 change waiting"
    assert shell.tray is not None
    assert "They go out by themselves" in shell.tray.icon.toolTip()
    offline_icon = icon_bytes(shell)

    loopback.start()
    shell.tray.menu.sync_now_action.trigger()  # the menu's Sync now, not the backoff
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)
    assert icon_bytes(shell) != offline_icon


def test_pause_for_an_hour_until_tomorrow_and_until_resumed(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.device("Work laptop")
    shell = shells.open(svc)
    wait_synced(qtbot, shell)
    assert shell.tray is not None
    menu = shell.tray.menu
    assert menu.pause_action.isVisible() and not menu.resume_action.isVisible()

    menu.pause_hour.trigger()
    state = wait_kind(qtbot, shell, TrayKind.PAUSED)
    assert state.paused_until is not None
    assert status_line(state).startswith("Sync paused until ")
    assert menu.resume_action.isVisible() and not menu.pause_action.isVisible()
    svc.memories.add("queued while paused", title="Queued")
    state = wait_state(qtbot, shell, lambda s: s.kind is TrayKind.PAUSED and s.pending == 1)

    menu.resume_action.trigger()
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)

    menu.pause_tomorrow.trigger()
    state = wait_kind(qtbot, shell, TrayKind.PAUSED)
    assert state.paused_until is not None and "tomorrow" in status_line(state)
    menu.pause_forever.trigger()
    state = wait_state(qtbot, shell, lambda s: s.kind is TrayKind.PAUSED and s.paused_until is None)
    assert status_line(state) == "Sync paused"
    menu.resume_action.trigger()
    wait_synced(qtbot, shell)


def test_a_conflict_shows_a_badge_a_menu_entry_and_a_notification_without_content(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    a = homes.device("Work laptop")
    b = homes.device("Phone")
    memory = a.memories.add("line one\nline two\n", title="Shared secret title")
    homes.call(a.sync.now)
    homes.call(b.sync.now)
    shell = shells.open(a)
    wait_synced(qtbot, shell)
    assert shell.tray is not None
    plain = icon_bytes(shell)
    notes: list[tuple[str, str, str]] = []
    shell.notifier.shown.connect(lambda *args: notes.append(args))

    shell.tray.menu.pause_forever.trigger()
    wait_kind(qtbot, shell, TrayKind.PAUSED)
    b.memories.edit(memory.id, body="line one from the phone\nline two\n")
    homes.call(b.sync.now)
    a.memories.edit(memory.id, body="line one from the laptop\nline two\n")
    shell.tray.menu.resume_action.trigger()

    state = wait_state(qtbot, shell, lambda s: s.conflicts == 1 and s.kind is TrayKind.SYNCED)
    assert icon_bytes(shell) != plain  # the badge
    assert shell.tray.menu.conflicts_action.isVisible()
    assert shell.tray.menu.conflicts_action.text() == "Resolve 1 conflict…"
    assert "1 conflict needs you" in shell.tray.icon.toolTip()
    assert shell.window.sync_area.conflicts.isVisible()
    qtbot.waitUntil(lambda: bool(notes), timeout=WAIT_MS)
    kind, title, text = notes[0]
    assert kind == "conflicts" and "1 conflict found" in text
    for secret in ("Shared secret title", "line one", "laptop", "phone"):
        assert secret not in title + text

    shell.tray.menu.conflicts_action.trigger()  # "Resolve 1 conflict…": the conflict view
    dialog = shell.conflicts
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert dialog.list.topLevelItem(0).text(0) == "Shared secret title"
    dialog.mine_button.click()
    wait_state(qtbot, shell, lambda s: s.conflicts == 0)
    assert state.kind is TrayKind.SYNCED


def test_a_revoked_device_is_an_error_that_says_what_to_do_and_notifies_once(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    a = homes.device("Work laptop")
    b = homes.device("Phone")
    shell = shells.open(a)
    wait_synced(qtbot, shell)
    notes: list[tuple[str, str, str]] = []
    shell.notifier.shown.connect(lambda *args: notes.append(args))
    homes.call(
        b.devices.revoke,
        str(a.sync.status(remote=False).device_id),
        passphrase=SYNC_PASSPHRASE,
    )
    state = wait_kind(qtbot, shell, TrayKind.ERROR)
    assert state.problem == "revoked"
    assert shell.tray is not None
    tip = shell.tray.icon.toolTip()
    assert "removed from the account" in tip and "set up sync in Preferences" in tip
    qtbot.waitUntil(lambda: bool(notes), timeout=WAIT_MS)
    assert notes[0][0] == "revoked" and "removed from the account" in notes[0][2]
    shell.monitor.refresh()
    qtbot.wait(300)
    assert len(notes) == 1  # told once


def test_indexing_shows_how_far_it_is(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    for i in range(400):
        svc.memories.add(f"note number {i} about things {i % 7}", title=f"n{i}")
    svc.search.use_embedder(HashEmbedder())
    seen: list[TrayState] = []
    shell = shells.open(svc, before=lambda sh: sh.monitor.changed.connect(seen.append))
    qtbot.waitUntil(
        lambda: (
            any(s.kind is TrayKind.INDEXING for s in seen)
            or shell.monitor.state.kind is TrayKind.INDEXING
        ),
        timeout=WAIT_MS,
    )
    indexing = next((s for s in [*seen, shell.monitor.state] if s.kind is TrayKind.INDEXING), None)
    assert indexing is not None and indexing.index_total > 0
    assert status_line(indexing).startswith("Indexing for search: ")
    wait_kind(qtbot, shell, TrayKind.IDLE)


def test_a_long_pull_shows_its_progress_in_the_window(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    b = homes.device("Phone")
    for i in range(120):
        b.memories.add(f"memory {i}", title=f"m{i}")
    homes.call(b.sync.now)
    a = homes.vault("Work laptop")
    shell = shells.open(a)
    shown: list[tuple[int, int]] = []

    def look(state: TrayState) -> None:
        if shell.window.sync_area.progress.isVisible():
            bar = shell.window.sync_area.progress
            shown.append((bar.value(), bar.maximum()))

    shell.monitor.changed.connect(look)
    homes.join(a)  # the first sync pulls 120 memories
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and bool(s.last_sync))
    assert shown and all(total >= 20 for _done, total in shown)
    assert shown[-1][1] >= 120 or any(total >= 120 for _d, total in shown)
    qtbot.waitUntil(lambda: len(a.memories.list()) == 120, timeout=WAIT_MS)
    assert not shell.window.sync_area.progress.isVisible()


def test_menu_open_quit_and_closing_to_the_tray(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.device("Work laptop")
    shell = shells.open(svc)
    window = shell.window
    assert window.isVisible()
    window.close()  # with a tray: hidden, the app (and sync) go on
    assert not window.isVisible() and not shell.quitting
    assert shell.hints == [HINT_TRAY_CLOSE]
    qtbot.waitUntil(lambda: HINT_TRAY_CLOSE in svc.settings.get().hints_shown, timeout=WAIT_MS)
    assert shell.tray is not None
    shell.tray.menu.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert shell.hints == [HINT_TRAY_CLOSE]  # said once
    # Still syncing while hidden.
    svc.memories.add("while the window is hidden", title="Hidden")
    wait_state(qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)
    shell.tray.menu.quit_action.trigger()
    assert shell.quitting


def test_close_to_tray_can_be_turned_off(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.vault("Work laptop")
    svc.settings.update(close_to_tray=False)
    shell = shells.open(svc)
    shell.window.close()
    assert shell.quitting


def test_without_a_tray_closing_quits_and_the_window_carries_the_state(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    svc = homes.device("Work laptop")
    shell = shells.open(svc, tray=False)
    assert shell.tray is None
    state = wait_kind(qtbot, shell, TrayKind.SYNCED)
    assert shell.window.sync_area.label.text() == status_line(state)
    shell.window.close()
    assert shell.quitting


def test_on_gnome_without_a_tray_a_hint_names_the_extension_once(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    monkeypatch: Any,
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    svc = homes.vault("Work laptop")
    shell = shells.open(svc, tray=False)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "gnomeTrayHint" and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "AppIndicator and KStatusNotifierItem Support" in boxes[0].text()
    boxes[0].accept()
    qtbot.waitUntil(lambda: "gnome_tray" in svc.settings.get().hints_shown, timeout=WAIT_MS)
    run(qtbot, shell.close())
    again = shells.open(svc, tray=False)
    assert again.hints == []


def test_sync_now_from_the_window_and_a_critical_change(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    a = homes.device("Work laptop")
    b = homes.device("Phone")
    shell = shells.open(a)
    wait_synced(qtbot, shell)
    a.settings.update(sync_debounce_s=3600.0)
    memory = b.memories.add("from the phone", title="Phone note")
    b.sync.set_priority(memory.id, Priority.CRITICAL)
    homes.call(b.sync.now)
    shell.window.commands.sync_now.trigger()
    qtbot.waitUntil(lambda: "Phone note" in [m.title for m in a.memories.list()], timeout=WAIT_MS)


def test_menu_preferences_and_unlock(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    from tests.conftest import PASSPHRASE

    svc = homes.vault("Work laptop")
    shell = shells.open(svc)
    assert shell.tray is not None
    menu = shell.tray.menu
    menu.preferences_action.trigger()
    dialog = shell.preferences
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.general

    shell.window.close()  # in the tray
    menu.lock_action.trigger()
    qtbot.waitUntil(lambda: svc.vault.locked and not shell.busy(), timeout=WAIT_MS)
    assert menu.unlock_action.isVisible()
    menu.unlock_action.trigger()  # the window comes back, showing the way to unlock
    assert shell.window.isVisible()
    assert shell.window.stack.currentWidget() is shell.window.locked_view
    shell.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: not svc.vault.locked and not shell.busy(), timeout=WAIT_MS)
    assert menu.lock_action.isVisible() and not menu.unlock_action.isVisible()


def test_an_engine_event_while_the_app_closes_shows_nothing(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    # The engine can still report while the app closes: the tray's menu is already gone then
    # ("Internal C++ object already deleted" from a late sync status, seen under load).
    svc = homes.device("Work laptop")
    shell = shells.open(svc)
    assert shell.tray is not None
    before = shell.monitor.state
    run(qtbot, shell.close())
    qtbot.wait(50)  # the menu's deleteLater runs
    with qtbot.captureExceptions() as errors:
        shell.bridge.syncStatus.emit("syncing", "")
        shell.bridge.syncProgress.emit("pull", 1, 5)
        shell.bridge.indexProgress.emit(1, 3)
        qtbot.wait(50)
    assert not errors and shell.monitor.state == before
