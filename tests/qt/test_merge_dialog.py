"""The merge dialog driven as a person would: every choice per hunk, undo and redo, the
keyboard, editing by hand, Finish, and the refusal when the memory changed meanwhile. Two real
vaults and a real server on loopback make the conflict; the result is checked as text, and on
the other device after both sync."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge
from memshadow_desktop.qt.conflicts_view import ConflictsDialog
from memshadow_desktop.qt.merge_dialog import MergeDialog
from tests.qt.shells import (  # noqa: F401  (fixtures)
    Homes,
    homes,
    loopback,
    run,
)

BASE = "".join(f"line {i} of the shared note, long enough to wrap in a pane\n" for i in range(12))
PHONE_1 = "line 1 changed on the phone: take the late train\n"
LAPTOP_1 = "line 1 changed on the laptop: take the early train\n"
PHONE_8 = "line 8 phone wording\n"
LAPTOP_8 = "line 8 laptop wording\n"


def conflict(homes: Homes) -> tuple[MemshadowService, MemshadowService, str]:  # noqa: F811
    """The phone finds the conflict: title, two text hunks, two tags."""
    laptop, phone = homes.device("laptop"), homes.device("phone")
    m = laptop.memories.add(BASE, title="Trip plan", tags=["travel", "todo", "2026"])
    for dev in (laptop, phone, laptop, phone):
        homes.call(dev.sync.now)
    lines = BASE.splitlines(keepends=True)
    mine, theirs = [*lines], [*lines]
    mine[1], mine[8] = LAPTOP_1, LAPTOP_8
    theirs[1], theirs[8], theirs[5] = PHONE_1, PHONE_8, "line 5 only the phone touched\n"
    laptop.memories.edit(
        m.id, body="".join(mine), title="Trip plan (laptop)", tags=["travel", "2026"]
    )
    phone.memories.edit(
        m.id, body="".join(theirs), title="Trip plan (phone)", tags=["travel", "todo"]
    )
    homes.call(laptop.sync.now)
    homes.call(phone.sync.now)  # the conflict: found here, and pushed
    homes.call(laptop.sync.now)  # the laptop holds it too
    for dev in (laptop, phone):
        homes.call(dev.devices.list)
    return laptop, phone, m.id


def open_dialog(qtbot: Any, svc: MemshadowService) -> tuple[MergeDialog, ServiceBridge]:
    bridge = ServiceBridge(svc)
    [c] = svc.conflicts.list()
    dialog = MergeDialog(bridge, c.id)
    qtbot.addWidget(dialog)
    run(qtbot, dialog.load())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog, bridge


def text(dialog: MergeDialog) -> str:
    return dialog.result_edit.toPlainText()


def test_every_choice_undo_redo_keyboard_and_finish(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
) -> None:
    laptop, phone, mid = conflict(homes)
    dialog, bridge = open_dialog(qtbot, phone)
    model = dialog.model
    assert model is not None
    kinds = [h.kind for h in model.doc.hunks]
    assert kinds == ["title", "body", "body", "tag", "tag"]
    # Labels say which device and when, never "local"/"remote".
    assert dialog.mine_box.title().startswith("Mine — phone (this device), ")
    assert dialog.theirs_box.title().startswith("Theirs — laptop, ")
    # Non-conflicting change already applied; open hunks show this device's text.
    assert "line 5 only the phone touched" in text(dialog)
    assert "Still to choose: 3." in dialog.counter.text()
    assert not dialog.finish_button.isEnabled()
    # Word-level highlights: only the differing words are marked.
    body = model.doc.hunks[1]
    marked = [body.mine[a:b] for a, b in body.mine_marks]
    assert marked == ["phone", "late"]

    # Title hunk: keep theirs (a click), and the dialog moves on to the next open hunk.
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.title_edit.text() == "Trip plan (laptop)"
    assert dialog.hunk() is model.doc.hunks[1]

    # Every choice on the first text hunk, checked as text.
    def lines() -> list[str]:
        return text(dialog).splitlines(keepends=True)[1:3]

    for choice, expected in (
        (dialog.mine_button, [PHONE_1, lines()[1]]),
        (dialog.theirs_button, [LAPTOP_1, lines()[1]]),
        (dialog.both_mine_button, [PHONE_1, LAPTOP_1]),
        (dialog.both_theirs_button, [LAPTOP_1, PHONE_1]),
    ):
        dialog.current = 1
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
        assert lines() == expected
    assert text(dialog).count("early train") == 1 and text(dialog).count("late train") == 1

    # Undo and redo every step (keys or buttons): back to the state before each.
    qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lines() == [PHONE_1, LAPTOP_1]  # both, mine first: the step before
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    dialog.undo()
    assert lines()[0] == PHONE_1 and model.decisions[2] == "mine"
    dialog.undo()  # the first text choice undone: that hunk is open again
    assert 2 not in model.decisions and "Still to choose: 2." in dialog.counter.text()
    dialog.undo()  # the title choice undone
    assert dialog.title_edit.text() == "Trip plan (phone)"
    assert not model.stack.canUndo() and not dialog.undo_button.isEnabled()
    for _ in range(5):
        qtbot.keyClick(
            dialog.result_edit,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert lines() == [LAPTOP_1, PHONE_1] and dialog.title_edit.text() == "Trip plan (laptop)"

    # Keyboard: Alt+Down / Alt+Up walk the hunks (wrapping), Ctrl+1..4 choose.
    dialog.current = 0
    qtbot.keyClick(dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.hunk() is model.doc.hunks[1]
    qtbot.keyClick(dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.hunk() is model.doc.hunks[2]
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert PHONE_8 + LAPTOP_8 in text(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.hunk() is model.doc.hunks[1]

    # Tags: union by default; removing one is a choice.
    assert dialog.tags_line.text().startswith("Tags: 2026, todo, travel — removed on one")
    dialog.current = 3  # the tag "2026": the phone removed it
    dialog._refresh()
    assert dialog.mine_button.text() == "Remove the Tag"
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    assert dialog.tags_line.text().startswith("Tags: todo, travel — ")

    # Edit by hand inside the second text hunk.
    dialog.current = 2
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    cursor = dialog.result_edit.textCursor()
    cursor.setPosition(cursor.selectionStart())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
    dialog.result_edit.setTextCursor(cursor)
    qtbot.keyClicks(dialog.result_edit, " (by hand)")
    assert model.decisions[3] == "edit"
    assert "line 8 phone wording (by hand)\n" in text(dialog)
    assert dialog.finish_button.isEnabled()

    # The preview renders the result's markdown.
    dialog.tabs.setCurrentWidget(dialog.preview)
    assert "Trip plan (laptop)" in dialog.preview.toPlainText()

    expected = text(dialog)
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    done = phone.memories.get(mid)
    assert done.body == expected and done.title == "Trip plan (laptop)"
    assert done.tags == ["todo", "travel"]
    assert not phone.conflicts.list()
    # The other device: after both sync, the conflict is gone there too, with the same text.
    assert laptop.conflicts.list()
    for dev in (phone, laptop, phone):
        homes.call(dev.sync.now)
    assert not laptop.conflicts.list()
    assert laptop.memories.get(mid).body == expected
    bridge.disconnect_events()


def test_finish_refuses_when_the_memory_changed_meanwhile_and_reloads(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
) -> None:
    _laptop, phone, mid = conflict(homes)
    dialog, bridge = open_dialog(qtbot, phone)
    assert dialog.model is not None
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.finish_button.isEnabled()
    homes.call(phone.memories.edit, mid, body="typed in the editor meanwhile\n")
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.reload_button.isVisible(), timeout=10_000)
    assert "changed while the dialog was open" in dialog.notice.text()
    assert phone.memories.get(mid).body == "typed in the editor meanwhile\n"
    assert phone.conflicts.list()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reload_button.isVisible(), timeout=10_000)
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert LAPTOP_1 in phone.memories.get(mid).body and not phone.conflicts.list()
    bridge.disconnect_events()


def test_the_inbox_names_devices_and_opens_the_merge_dialog(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
) -> None:
    _laptop, phone, _mid = conflict(homes)
    bridge = ServiceBridge(phone)
    inbox = ConflictsDialog(bridge)
    qtbot.addWidget(inbox)
    run(qtbot, inbox.load())
    row = inbox.list.topLevelItem(0)
    assert row is not None
    assert row.text(1) == "title, text (2 changes), tags"
    assert row.text(2).startswith("phone (this device), ") and row.text(3).startswith("laptop, ")
    with qtbot.waitSignal(inbox.mergeRequested) as asked:
        qtbot.mouseClick(inbox.resolve_button, Qt.MouseButton.LeftButton)
    assert asked.args == [phone.conflicts.list()[0].id]
    assert inbox.merge_list.topLevelItemCount() == 0
    bridge.disconnect_events()


def test_screenshots_of_the_inbox_and_the_dialog_on_a_real_conflict(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
    tmp_path: Path,
) -> None:
    from PySide6.QtGui import QImage

    from tests.qt.test_screenshot import run_app

    _laptop, phone, _mid = conflict(homes)
    [c] = phone.conflicts.list()
    home = homes.root / "phone"
    for view in ("conflicts", f"merge:{c.id}"):
        target = tmp_path / f"{view.replace(':', '-')}.png"
        result = run_app(home, "--screenshot", str(target), "--show", view)
        assert result.returncode == 0, result.stderr
        image = QImage(str(target))
        assert image.width() >= 900 and image.height() >= 400, view
    missing = run_app(home, "--screenshot", str(tmp_path / "x.png"), "--show", "merge:999")
    told = [x for x in missing.stderr.splitlines() if x.startswith("memshadow-desktop:")]
    assert missing.returncode == 3 and told == ["memshadow-desktop: Not found: conflict 999"]
