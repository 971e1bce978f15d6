"""Two app instances (two homes) and a server on loopback: an edit made in A's window shows in
B's window within about two seconds; paused, nothing moves; resumed, B catches up."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt

from memshadow_desktop.qt.shell import AppShell
from memshadow_desktop.qt.sync_monitor import TrayKind
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


def open_in(qtbot: Any, shell: AppShell, memory_id: str) -> None:
    shell.window.list_pane.select(memory_id)
    qtbot.waitUntil(
        lambda: (
            shell.window.editor.memory is not None and shell.window.editor.memory.id == memory_id
        ),
        timeout=WAIT_MS,
    )


def type_and_save(qtbot: Any, shell: AppShell, text: str) -> float:
    """Type at the end of the body and click Save, as a user would; when Save was clicked."""
    editor = shell.window.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, text)
    assert editor.dirty
    clicked = time.monotonic()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=WAIT_MS)
    return clicked


def test_an_edit_in_one_window_shows_in_the_other(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    a_svc = homes.device("Work laptop")
    b_svc = homes.device("Phone")
    memory = a_svc.memories.add("The parking spot is", title="Parking")
    homes.call(a_svc.sync.now)
    homes.call(b_svc.sync.now)
    a = shells.open(a_svc)
    b = shells.open(b_svc)
    wait_synced(qtbot, a)
    wait_synced(qtbot, b)
    open_in(qtbot, a, memory.id)
    open_in(qtbot, b, memory.id)

    clicked = type_and_save(qtbot, a, " level 3, bay 42")
    b_body = b.window.editor.body
    qtbot.waitUntil(lambda: b_body.toPlainText().endswith("level 3, bay 42"), timeout=WAIT_MS)
    seconds = time.monotonic() - clicked
    print(f"A's edit showed in B's window {seconds:.2f} s after Save")
    assert b.window.windowTitle().startswith("Parking")

    # Paused: the edit stays in A.
    assert a.tray is not None
    a.tray.menu.pause_forever.trigger()
    wait_kind(qtbot, a, TrayKind.PAUSED)
    type_and_save(qtbot, a, " (moved to level 4)")
    wait_state(qtbot, a, lambda s: s.kind is TrayKind.PAUSED and s.pending == 1)
    qtbot.wait(3000)
    assert not b_body.toPlainText().endswith("(moved to level 4)")
    assert "Sync paused" in a.tray.icon.toolTip()

    # Resumed: B catches up.
    a.tray.menu.resume_action.trigger()
    qtbot.waitUntil(lambda: b_body.toPlainText().endswith("(moved to level 4)"), timeout=WAIT_MS)
    wait_state(qtbot, a, lambda s: s.kind is TrayKind.SYNCED and s.pending == 0)
    history = b.window.history
    qtbot.waitUntil(lambda: history.list.count() == 3, timeout=WAIT_MS)
    assert history.list.item(0).text().endswith("· Work laptop")
