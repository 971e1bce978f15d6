"""Finds text that did not go through tr(): with the pseudo-locale loaded every text of the
app's own is bracketed ("[Šàṽé ~~]"), and data shown inside a translated text (a count, a path)
lands inside the brackets too. What is left outside brackets, with letters in it, is a text the
app wrote without tr() (or data shown bare, which a widget's object name marks as such)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizardPage,
)

BRACKETED = re.compile(r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]")
# Widgets that show data only (no words of the app's own): the vault's path, a model's name and
# the catalogue's description of it, the sync account and device names, the system's names.
DATA_ONLY = {"modelStatus", "vaultStatus", "modelDescription", "syncAccountShown",
             "syncDeviceShown", "system_os", "system_cpu", "system_features"}  # fmt: skip
# Rich text whose bold parts are names (of backends): data, the rest the app's own words.
DATA_BOLD = {"generationStatus"}
# Qt's own texts (standard buttons, the wizard's buttons): Qt translates them with its qtbase
# catalogue, which has no pseudo-locale.
QT_OWN = {"OK", "Cancel", "Close", "Apply", "Help", "Yes", "No", "< Back", "Next >", "Finish",
          "Commit", "Done", "Continue", "Go Back", "Back", "Next", "Reset", "Save", "Discard",
          "Restore Defaults"}  # fmt: skip


def untranslated(text: str) -> bool:
    plain = text.replace("&", "")
    if plain.strip() in QT_OWN:
        return False
    rest = BRACKETED.sub("", re.sub(r"<[^>]*>", " ", plain))
    rest = ALLOWED.sub(" ", rest)
    return bool(re.search(r"[A-Za-z]{2,}", rest))


# Allowed outside brackets: the product's name, URLs, file paths (data, never translated), and
# key sequences (Qt's own words, "Ctrl+1").
ALLOWED = re.compile(
    r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bMEMSHADOW\b|\b[a-z][a-z0-9+.-]*://\S+|(?<!\w)(?:~|[A-Za-z]:)?[/\\]\S+"
)


def _actions(where: str, actions: list[QAction]) -> list[str]:
    found = []
    for action in actions:
        if action.isSeparator():
            continue
        text, tip = action.text(), action.toolTip()
        if text and untranslated(text):
            found.append(f"{where} {text!r}")
        # Without a tooltip of its own, Qt shows the text (no "&", no "..."): checked above.
        if tip and tip != text.replace("&", "").replace("...", "") and untranslated(tip):
            found.append(f"{where} tooltip {tip!r}")
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += _actions(f"{where} › item", menu.actions())
    return found


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def untranslated_texts(top: QWidget) -> list[str]:
    """Every text ``top`` shows (itself and its visible descendants) that is not bracketed:
    window title, labels, buttons, group boxes, tab titles, placeholders, tooltips, menus,
    actions, combo box entries, list and table headers."""
    found: list[str] = []

    def check(what: str, text: str) -> None:
        if text and untranslated(text):
            found.append(f"{what}: {text!r}")

    check("window title", top.windowTitle().replace("[*]", ""))
    found += _actions("action", top.actions())
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, top) or widget.objectName() in DATA_ONLY:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        check(f"{name} tooltip", widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
            if widget.objectName() in DATA_BOLD:
                text = re.sub(r"<b>[^<]*</b>", "", text)
            check(name, text)
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QMenu):
            found += _actions(f"{name} action", widget.actions())
        if isinstance(widget, QMenuBar | QToolBar):
            found += _actions(f"{name} action", widget.actions())
        if isinstance(widget, QWizardPage):
            check(f"{name} title", widget.title())
            check(f"{name} subtitle", widget.subTitle())
        if isinstance(widget, QGroupBox):
            check(f"{name} title", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            check(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and widget.objectName() not in DATA_COMBOS:
            for i in range(widget.count()):
                check(f"{name} entry", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                check(f"{name} tab", widget.tabText(i))
                check(f"{name} tab tooltip", widget.tabToolTip(i))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                label = widget.model().headerData(section, widget.orientation())
                check(f"{name} header", str(label or ""))
    return found


# Combo boxes whose entries are data: catalogue models, languages by their own names.
DATA_COMBOS = {"catalogChoice", "language"}
