"""The pseudo-locale (scripts/pseudo_locale.py) finds text that did not go through tr(): with it
loaded, every text the main window shows is bracketed ("[Šàṽé ~~]"); data shown inside a
translated text (a count, a path) lands inside the brackets too."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu

from tests.conftest import REPO

I18N = REPO / "memshadow_desktop" / "i18n"
BRACKETED = re.compile(r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]")
# Widgets that show data only (no words of the app's own): the vault's path, the model's name.
DATA_ONLY = {"modelStatus", "vaultStatus"}


def untranslated(text: str) -> bool:
    rest = BRACKETED.sub("", text.replace("&", ""))
    return bool(re.search(r"[A-Za-z]{2,}", rest))


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    from memshadow_desktop.qt.app import translator_for

    qm = I18N / "memshadow_pseudo.qm"
    if not qm.is_file():
        subprocess.run(["bash", "scripts/i18n.sh", "--release", str(Path(sys.executable).parent)],
                       cwd=REPO, check=True)  # fmt: skip
    translator = translator_for("pseudo")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_pseudo_text_is_accented_longer_and_bracketed() -> None:
    import runpy

    pseudo_text = runpy.run_path(str(REPO / "scripts" / "pseudo_locale.py"))["pseudo"]
    out = pseudo_text("Save %n note(s) to {folder} &now")
    assert out.startswith("[") and out.endswith("]")
    assert "%n" in out and "{folder}" in out and "&ñ" not in out and "&n" in out
    assert len(out) >= 1.4 * len("Save note(s) to now")
    assert "Š" in out


def test_every_visible_text_of_the_main_window_goes_through_translation(
    pseudo: None, window: Any
) -> None:
    found: list[str] = []
    for action in window.menuBar().actions():
        if action.text() and untranslated(action.text()):
            found.append(f"menu {action.text()!r}")
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [
                f"menu item {a.text()!r}"
                for a in menu.actions()
                if a.text() and not a.isSeparator() and untranslated(a.text())
            ]
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if widget.objectName() in DATA_ONLY or not widget.isVisibleTo(window):
            continue
        if widget.text() and untranslated(widget.text()):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r}")
    for edit in window.findChildren(QLineEdit):
        if edit.placeholderText() and untranslated(edit.placeholderText()):
            found.append(f"placeholder {edit.objectName()!r}: {edit.placeholderText()!r}")
    assert not found, "not through tr(): " + "; ".join(found)


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
