"""The main window against a real vault: list, search, edit, history, trash, threads."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from memshadow_desktop.core.service import MemshadowService
from tests.qt.conftest import SAMPLE, titles, wait_idle


def select(qtbot: Any, win: Any, title: str) -> str:
    entries = win.list_pane.model.entries()
    memory_id = next(e.id for e in entries if e.title == title)
    assert win.list_pane.select(memory_id)
    qtbot.waitUntil(lambda: win.editor.memory is not None and win.editor.memory.id == memory_id)
    wait_idle(qtbot, win)
    return memory_id


def test_list_shows_memories_and_first_is_open(window: Any) -> None:
    assert sorted(titles(window)) == sorted(t for t, _b, _tags in SAMPLE)
    first = window.list_pane.model.entries()[0]
    assert window.editor.memory is not None and window.editor.memory.id == first.id
    assert window.editor.title.text() == first.title
    assert not window.editor.dirty
    assert "4 memories" in window.counts_label.text()
    assert "passphrase" in window.protection_label.text().lower()
    assert window.vault_label.text().startswith("Vault: ")
    assert str(window.svc.paths.vault_db) == window.vault_label.toolTip()
    assert window.history.list.count() == 1


def test_search_as_you_type_filters_and_clearing_lists_all(qtbot: Any, window: Any) -> None:
    qtbot.keyClicks(window.list_pane.search, "zzzz")  # a stale query, overtaken below
    window.list_pane.search.clear()
    qtbot.keyClicks(window.list_pane.search, "kubectl")
    qtbot.waitUntil(lambda: titles(window) == ["Kubernetes rollout"], timeout=15_000)
    snippet = window.list_pane.model.entries()[0].preview
    assert "\x02kubectl\x03" in snippet
    assert "1 match" in window.list_pane.summary.text()
    window.list_pane.search.setText("nothing-matches-this")
    qtbot.waitUntil(lambda: titles(window) == [], timeout=15_000)
    assert window.list_pane.empty.isVisible()
    window.list_pane.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == len(SAMPLE), timeout=15_000)


def test_search_is_debounced(qtbot: Any, window: Any) -> None:
    before = sum(1 for name, _t in window.recorder.calls if name == "search.find")
    qtbot.keyClicks(window.list_pane.search, "postgres")  # eight keystrokes, quickly
    qtbot.waitUntil(lambda: titles(window) == ["Postgres vacuum"], timeout=15_000)
    wait_idle(qtbot, window)
    searches = sum(1 for name, _t in window.recorder.calls if name == "search.find") - before
    assert 1 <= searches < 8


def test_edit_and_save_makes_a_revision(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    memory_id = select(qtbot, window, "Git worktrees")
    window.editor.body.setPlainText("git worktree add ../hotfix main\n\nAnd `git worktree prune`.")
    window.editor.tags.setText("git, tools")
    assert window.editor.dirty
    assert window.isWindowModified()
    assert "Unsaved" in window.editor.state.text()
    assert window.save_action.isEnabled()
    window.activateWindow()
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_service.memories.history(memory_id)) == 2, timeout=15_000)
    wait_idle(qtbot, window)
    saved = open_service.memories.get(memory_id)
    assert "git worktree prune" in saved.body
    assert saved.tags == ["git", "tools"]
    assert not window.editor.dirty
    assert window.history.list.count() == 2
    # Saving again without a change does nothing.
    assert window.save() is None


def test_new_memory(qtbot: Any, window: Any, open_service: MemshadowService) -> None:
    window.new_action.trigger()
    assert window.editor.is_new and window.editor.title.text() == ""
    window.editor.title.setText("Fresh thought")
    window.editor.body.setPlainText("Written in the window.")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: "Fresh thought" in titles(window), timeout=15_000)
    wait_idle(qtbot, window)
    assert any(m.title == "Fresh thought" for m in open_service.memories.list())
    assert window.editor.memory is not None and window.editor.memory.title == "Fresh thought"
    assert window.list_pane.current_id() == window.editor.memory.id


def test_restore_an_old_revision_from_history(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    memory_id = select(qtbot, window, "Python walrus")
    original = open_service.memories.get(memory_id).body
    open_service.memories.edit(memory_id, body="Rewritten later.")
    # The change event refreshes the open memory and its history.
    qtbot.waitUntil(lambda: window.history.list.count() == 2, timeout=15_000)
    qtbot.waitUntil(lambda: window.editor.body.toPlainText() == "Rewritten later.")
    wait_idle(qtbot, window)
    window.history.list.setCurrentRow(1)  # the older one
    assert original in window.history.preview.toPlainText()
    assert window.history.restore_button.isEnabled()
    qtbot.mouseClick(window.history.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.body.toPlainText() == original, timeout=15_000)
    wait_idle(qtbot, window)
    history = open_service.memories.history(memory_id)
    assert [r.op for r in history][:1] == ["restore"]
    assert len(history) == 3
    assert window.history.list.count() == 3
    assert open_service.memories.get(memory_id).body == original
    window.history.list.setCurrentRow(0)  # the head cannot be "restored" onto itself
    assert not window.history.restore_button.isEnabled()


def test_trash_and_restore(qtbot: Any, window: Any, open_service: MemshadowService) -> None:
    memory_id = select(qtbot, window, "Postgres vacuum")
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: "Postgres vacuum" not in titles(window), timeout=15_000)
    wait_idle(qtbot, window)
    assert [m.id for m in open_service.memories.list(trashed=True)] == [memory_id]
    assert "1 in trash" in window.counts_label.text()
    assert window.editor.memory is not None and window.editor.memory.id != memory_id

    qtbot.mouseClick(window.list_pane.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(window) == ["Postgres vacuum"], timeout=15_000)
    qtbot.waitUntil(lambda: window.editor.memory is not None and window.editor.memory.deleted)
    assert window.editor.body.isReadOnly()
    assert window.editor.restore_button.isVisible()
    assert not window.trash_action.isEnabled()
    assert not window.new_action.isEnabled()

    qtbot.mouseClick(window.editor.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(window) == [], timeout=15_000)
    wait_idle(qtbot, window)
    assert open_service.memories.list(trashed=True) == []
    assert window.list_pane.empty.isVisible()

    qtbot.mouseClick(window.list_pane.memories_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Postgres vacuum" in titles(window), timeout=15_000)
    wait_idle(qtbot, window)


def test_core_events_arrive_on_the_gui_thread(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    seen: list[threading.Thread] = []
    window.bridge.memoryChanged.connect(lambda *_: seen.append(threading.current_thread()))
    worker = threading.Thread(
        target=lambda: open_service.memories.add("From elsewhere", title="Elsewhere")
    )
    with qtbot.waitSignal(window.bridge.memoryChanged, timeout=15_000):
        worker.start()
    worker.join()
    assert seen == [threading.main_thread()]
    qtbot.waitUntil(lambda: "Elsewhere" in titles(window), timeout=15_000)
    qtbot.waitUntil(lambda: "5 memories" in window.counts_label.text(), timeout=15_000)
    wait_idle(qtbot, window)


def test_service_calls_never_run_on_the_gui_thread(qtbot: Any, window: Any) -> None:
    select(qtbot, window, "Git worktrees")
    window.editor.title.setText("Git worktrees, again")
    window.save_action.trigger()
    qtbot.keyClicks(window.list_pane.search, "git")
    qtbot.waitUntil(lambda: titles(window) == ["Git worktrees, again"], timeout=15_000)
    wait_idle(qtbot, window)
    names = {name for name, _t in window.recorder.calls}
    assert {
        "memories.list",
        "memories.get",
        "memories.history",
        "vault.counts",
        "memories.edit",
        "search.find",
        "search.load",
    } <= names
    gui = threading.main_thread()
    assert all(thread is not gui for _name, thread in window.recorder.calls)


def test_run_blocking_refuses_the_gui_thread() -> None:
    from memshadow_desktop.qt.bridge import OnGuiThreadError, _off_gui

    try:
        _off_gui(lambda: 1, threading.current_thread())
    except OnGuiThreadError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a call on the GUI thread was allowed")


def test_import_folder_from_the_window(
    qtbot: Any, window: Any, open_service: MemshadowService, tmp_path: Any
) -> None:
    notes = tmp_path / "notes" / "rust"
    notes.mkdir(parents=True)
    for i in range(3):
        (notes / f"n{i}.md").write_text(f"# Borrow checker {i}\n\nLifetimes, part {i}.\n")
    progress: list[tuple[int, int]] = []
    window.bridge.importProgress.connect(lambda d, t: progress.append((d, t)))
    window.import_folder(notes.parent)
    qtbot.waitUntil(lambda: len(titles(window)) == len(SAMPLE) + 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert progress and progress[-1] == (3, 3)
    assert "3 new" in window.statusBar().currentMessage()
    assert not window.progress.isVisible()
    assert {m.source for m in open_service.memories.list(tag="rust")} == {
        "rust/n0.md",
        "rust/n1.md",
        "rust/n2.md",
    }


def test_switching_away_from_unsaved_changes_asks(qtbot: Any, window: Any) -> None:
    first = window.editor.memory.id
    window.editor.body.setPlainText("half-written")
    other = next(e.id for e in window.list_pane.model.entries() if e.id != first)
    answers = [False, True]
    window._confirm_discard = lambda: answers.pop(0)
    window.list_pane.select(other)  # "Cancel": stay
    wait_idle(qtbot, window)
    assert window.editor.memory.id == first
    assert window.editor.body.toPlainText() == "half-written"
    assert window.list_pane.current_id() == first
    window.list_pane.select(other)  # "Discard": go
    qtbot.waitUntil(lambda: window.editor.memory.id == other, timeout=15_000)
    wait_idle(qtbot, window)
    assert not window.editor.dirty


def test_a_refused_save_is_explained_in_the_windows_words(qtbot: Any, window: Any) -> None:
    """The core says why with a code; the window says it in a sentence of its own (through
    tr()), not in the core's English."""
    from PySide6.QtWidgets import QMessageBox

    select(qtbot, window, "Git worktrees")
    window.editor.title.setText("")
    window.editor.body.setPlainText("")
    assert window.editor.dirty
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.text() == "A memory needs a title or some text."
    assert window.statusBar().currentMessage() == box.text()
    box.close()
    window.editor.show_memory(None)  # leave no unsaved draft behind (closing would ask)
