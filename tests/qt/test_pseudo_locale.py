"""The pseudo-locale (scripts/pseudo_locale.py) finds text that did not go through tr(): with it
loaded, every text the main window, its history view and the ask panel show is bracketed
("[Šàṽé ~~]"); the dialogs: test_pseudo_dialogs.py; the scan: pseudo_scan.py."""

from __future__ import annotations

from typing import Any

from tests.conftest import REPO
from tests.qt.pseudo_scan import untranslated_texts


def test_pseudo_text_is_accented_longer_and_bracketed() -> None:
    import runpy

    pseudo_text = runpy.run_path(str(REPO / "scripts" / "pseudo_locale.py"))["pseudo"]
    out = pseudo_text("Save %n note(s) to {folder} &now")
    assert out.startswith("[") and out.endswith("]")
    assert "%n" in out and "{folder}" in out and "&ñ" not in out and "&n" in out
    assert "{0:.1f}" in pseudo_text("after {0:.1f} s")  # a format spec stays as it is
    assert len(out) >= 1.4 * len("Save note(s) to now")
    assert "Š" in out


def test_every_visible_text_of_the_main_window_goes_through_translation(
    pseudo: None, window: Any, qtbot: Any
) -> None:
    window.history_action.setChecked(True)  # the history view of the memory shown
    window.list_pane.view.setCurrentIndex(window.list_pane.model.index(0, 0))
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert window.history.isVisible()
    found = untranslated_texts(window)
    assert not found, "not through tr(): " + "; ".join(found)


def test_every_text_of_the_ask_panel_goes_through_translation(
    pseudo: None, window: Any, qtbot: Any
) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "askAction")
    assert action is not None
    action.trigger()
    panel = window.ask.panel
    qtbot.waitUntil(panel.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    found = untranslated_texts(panel)
    assert not found, "not through tr(): " + "; ".join(found)


def test_the_scan_finds_text_that_missed_translation(window: Any) -> None:
    # Without the pseudo-locale every text of the window is "untranslated": menus included.
    found = untranslated_texts(window)
    assert any(f.startswith("QMenuBar") and "item" in f for f in found), found
    assert any(f.startswith("QPushButton") for f in found), found


def test_a_long_search_summary_gives_way_to_the_list_switch(
    pseudo: None, window: Any, qtbot: Any
) -> None:
    pane = window.list_pane
    window.resize(1280, 800)
    window.show()
    pane.show_search_summary(1234, "hybrid", None)
    qtbot.wait(50)  # the layout settles
    for button in (pane.memories_button, pane.trash_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    summary = pane.summary
    assert "1234" in summary.text()
    if summary.shown() != summary.text():  # cut short: ends in "…", the whole text on hover
        assert summary.shown().endswith("…")
        assert summary.toolTip().startswith(summary.text() + "\n")  # then what the mode does


def test_the_status_bar_lets_its_least_important_parts_give_way(
    pseudo: None, window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    window.show()
    bar = window.statusBar()
    parts = [window.protection_label, window.engine_label, window.vault_label]
    labels = [window.sync_area.label, window.index_label, window.counts_label, *parts]
    window.resize(3000, 800)
    qtbot.waitUntil(lambda: all(p.isVisible() for p in parts if p.text()), timeout=5_000)
    window.resize(1000, 800)  # 40% longer texts do not fit side by side
    qtbot.waitUntil(lambda: not window.protection_label.isVisible(), timeout=5_000)
    qtbot.wait(50)  # the layout settles
    shown = [label for label in labels if label.isVisible()]
    assert window.sync_area.label in shown and window.counts_label in shown
    for label in shown:  # nothing drawn cut short
        assert isinstance(label, QLabel) and label.width() >= label.sizeHint().width(), label.text()
    gone = [label.text() for label in parts if not label.isVisible()]
    assert gone and bar.toolTip() == "\n".join(gone)  # what stepped out, on hover
