"""Widgets for search by meaning in the editor: tag suggestions and the "related" strip.

They only show what the main window hands them (it fetches from the core off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.qt.style import mute

CHIP_STYLE = """
QToolButton#tagChip, QToolButton#relatedChip {
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 1px 8px;
    background: palette(base);
}
QToolButton#tagChip:hover, QToolButton#relatedChip:hover {
    border-color: palette(highlight);
    background: palette(alternate-base);
}
"""
MAX_RELATED_TITLE = 42


@dataclass(frozen=True)
class RelatedItem:
    id: str
    title: str
    score: float
    snippet: str


class FlowLayout(QLayout):
    """Left-to-right items that wrap onto the next line (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.invalidate()

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                width = min(hint.width(), rect.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def _chip(text: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setStyleSheet(CHIP_STYLE)
    return button


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    return small


class TagSuggestions(QWidget):
    """Suggested tags ("+ docker  82%"); a click adds the tag to the editor."""

    tagClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagSuggestions")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.label = QLabel(self.tr("Suggested:"))
        self.label.setFont(_small(self.label.font()))
        mute(self.label)
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        self.flow = FlowLayout(holder, spacing=4)
        row.addWidget(holder, 1)
        self._tags: list[str] = []
        self.hide()

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_suggestions(self, suggestions: list[tuple[str, float, int]]) -> None:
        """(tag, confidence 0..1, memories carrying the tag), best first; empty hides the row."""
        self.flow.clear()
        self._tags = [tag for tag, _c, _n in suggestions]
        for tag, confidence, support in suggestions:
            chip = _chip(self.tr("+ {0}  {1}%").format(tag, round(confidence * 100)), "tagChip")
            chip.setFont(_small(chip.font()))
            chip.setToolTip(
                self.tr(
                    "Add the tag “{0}” ({1}% confident; {2} memories of the vault carry it)"
                ).format(tag, round(confidence * 100), support)
            )
            chip.setProperty("tag", tag)
            chip.clicked.connect(lambda _=False, t=tag: self.tagClicked.emit(t))
            self.flow.addWidget(chip)
        self.setVisible(bool(suggestions))
        self.updateGeometry()

    def chip_for(self, tag: str) -> QToolButton | None:
        for i in range(self.flow.count()):
            item = self.flow.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton) and widget.property("tag") == tag:
                return widget
        return None

    def discard(self, tag: str) -> None:
        """Drop one chip (its tag was just added)."""
        keep = [t for t in self._tags if t != tag]
        for i in range(self.flow.count()):
            item = self.flow.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.property("tag") == tag:
                widget.hide()
        self._tags = keep
        self.setVisible(bool(keep))


class RelatedStrip(QWidget):
    """Under the editor: memories close in meaning to the open one; a click opens one."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedStrip")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.heading = QLabel(self.tr("Related"))
        heading_font = _small(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        mute(self.heading)
        head.addWidget(self.heading)
        self.message = QLabel()
        self.message.setObjectName("relatedMessage")
        self.message.setFont(_small(self.message.font()))
        self.message.setWordWrap(True)
        mute(self.message)
        head.addWidget(self.message, 1)
        box.addLayout(head)
        self.holder = QWidget()
        self.holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flow = FlowLayout(self.holder, spacing=6)
        box.addWidget(self.holder)
        self._items: list[RelatedItem] = []
        self.hide()

    def items(self) -> list[RelatedItem]:
        return list(self._items)

    def buttons(self) -> list[QToolButton]:
        out = []
        for i in range(self.flow.count()):
            item = self.flow.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton) and not widget.isHidden():
                out.append(widget)
        return out

    def set_items(self, items: list[RelatedItem]) -> None:
        self.flow.clear()
        self._items = list(items)
        fm = QFontMetrics(self.font())
        for item in items:
            title = item.title or self.tr("(untitled)")
            shown = fm.elidedText(title, Qt.TextElideMode.ElideRight, fm.averageCharWidth() * 36)
            if len(shown) > MAX_RELATED_TITLE:
                shown = shown[: MAX_RELATED_TITLE - 1] + "…"
            chip = _chip(f"{shown}  {item.score:.2f}", "relatedChip")
            chip.setToolTip(
                self.tr("{0}\nSimilarity {1}\n\n{2}").format(
                    title, f"{item.score:.2f}", item.snippet
                )
            )
            chip.setProperty("memoryId", item.id)
            chip.clicked.connect(lambda _=False, mid=item.id: self.openRequested.emit(mid))
            self.flow.addWidget(chip)
        self.message.setText("" if items else self.tr("Nothing close in meaning yet."))
        self.holder.setVisible(bool(items))
        self.show()
        self.updateGeometry()

    def set_message(self, text: str) -> None:
        """No list, a line of explanation instead (no model, not indexed yet)."""
        self.flow.clear()
        self._items = []
        self.message.setText(text)
        self.holder.hide()
        self.show()

    def clear(self) -> None:
        self.flow.clear()
        self._items = []
        self.hide()
