"""Search by meaning in the editor: tag suggestions and the "related" strip, and the loader
that fetches both for the open memory (off the GUI thread) and hands them to the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Memory
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.semantic_session import SemanticSession
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
RELATED_LIMIT = 6
RELATED_MIN_SCORE = 0.2  # below this cosine, "related" is noise
TAG_LIMIT = 3
TAG_MIN_CONFIDENCE = 0.08


@dataclass(frozen=True)
class RelatedItem:
    id: str
    title: str
    score: float
    snippet: str


class ChipFlow(QWidget):
    """Chips left to right, wrapping onto the next line.

    Placed by hand rather than by a Python ``QLayout`` subclass: Qt asks a layout for
    ``itemAt(count)`` on every pass and expects "no item", and PySide6 6.12 on Python 3.11
    drops a reference to ``None`` each time one is returned, until the process aborts.
    """

    def __init__(self, spacing: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._chips: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def chips(self) -> list[QWidget]:
        return [c for c in self._chips if not c.isHidden()]

    def add(self, chip: QWidget) -> None:
        chip.setParent(self)
        chip.show()
        self._chips.append(chip)
        self._place(self.width(), apply=True)
        self.updateGeometry()

    def clear(self) -> None:
        for chip in self._chips:
            chip.hide()
            chip.deleteLater()
        self._chips = []
        self.updateGeometry()

    def relayout(self) -> None:
        self._place(self.width(), apply=True)
        self.updateGeometry()

    def _place(self, width: int, *, apply: bool) -> int:
        x = y = line_height = 0
        width = max(width, 1)
        for chip in self._chips:
            if chip.isHidden():
                continue
            hint = chip.sizeHint()
            if x > 0 and x + hint.width() > width:
                x = 0
                y += line_height + self._spacing
                line_height = 0
            if apply:
                chip.setGeometry(
                    QRect(QPoint(x, y), QSize(min(hint.width(), width), hint.height()))
                )
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, apply=False)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self._place(width, apply=False))

    def minimumSizeHint(self) -> QSize:
        widest = max((c.sizeHint().width() for c in self.chips()), default=0)
        return QSize(min(widest, 120), self._place(max(self.width(), 1), apply=False))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place(self.width(), apply=True)


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
        self.flow = ChipFlow(spacing=4)
        row.addWidget(self.flow, 1)
        self._tags: list[str] = []
        self._chips: dict[str, QToolButton] = {}
        self.hide()

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_suggestions(self, suggestions: list[tuple[str, float, int]]) -> None:
        """(tag, confidence 0..1, memories carrying the tag), best first; empty hides the row."""
        self.flow.clear()
        self._tags = [tag for tag, _c, _n in suggestions]
        self._chips = {}
        for tag, confidence, support in suggestions:
            chip = _chip(self.tr("+ {0}  {1}%").format(tag, round(confidence * 100)), "tagChip")
            chip.setFont(_small(chip.font()))
            chip.setToolTip(
                self.tr(
                    "Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)",
                    "",
                    support,
                ).format(tag, round(confidence * 100))
            )
            self._chips[tag] = chip
            chip.clicked.connect(lambda _=False, t=tag: self.tagClicked.emit(t))
            self.flow.add(chip)
        self.setVisible(bool(suggestions))
        self.updateGeometry()

    def chip_for(self, tag: str) -> QToolButton | None:
        chip = self._chips.get(tag)
        return chip if chip is not None and not chip.isHidden() else None

    def discard(self, tag: str) -> None:
        """Drop one chip (its tag was just added)."""
        keep = [t for t in self._tags if t != tag]
        chip = self._chips.get(tag)
        if chip is not None:
            chip.hide()
            self.flow.relayout()
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
        self.flow = ChipFlow(spacing=6)
        self.holder = self.flow
        box.addWidget(self.flow)
        self._items: list[RelatedItem] = []
        self.hide()

    def items(self) -> list[RelatedItem]:
        return list(self._items)

    def buttons(self) -> list[QToolButton]:
        return [c for c in self.flow.chips() if isinstance(c, QToolButton)]

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
            chip.clicked.connect(lambda _=False, mid=item.id: self.openRequested.emit(mid))
            self.flow.add(chip)
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


class MeaningLoader(QObject):
    """Fetches the memories related to the open one and its tag suggestions; a newer fetch
    supersedes one still in flight, so only the open memory's results are ever shown."""

    def __init__(
        self,
        tasks: TaskRunner,
        session: SemanticSession,
        related: RelatedStrip,
        suggestions: TagSuggestions,
        typed_tags: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = session
        self.related = related
        self.suggestions = suggestions
        self.typed_tags = typed_tags
        self._memory_id = ""  # the memory whose results are shown or on their way
        self._partial = False  # they were fetched while the indexer still had work
        session.indexed.connect(self._on_indexed)

    def refresh(self, memory: Memory | None) -> None:
        """Fetch for ``memory``; None (nothing open, or the trash): clear both."""
        if memory is None or memory.deleted:
            self._memory_id = ""
            self.tasks.cancel("meaning")
            self.related.clear()
            self.suggestions.set_suggestions([])
            return
        self._memory_id = memory.id
        self.tasks.spawn(self._load(memory.id), key="meaning")

    def _on_indexed(self) -> None:
        # Fetched while the indexer was at work: now the whole vault counts. A fetch still in
        # flight is superseded by this one, so an indexer finishing during a fetch counts too.
        if self._partial and self._memory_id:
            self.tasks.spawn(self._load(self._memory_id), key="meaning")

    async def _load(self, memory_id: str) -> None:
        if not self.session.available:
            if self.session.opened:
                self.related.set_message(
                    self.tr(
                        "Get an embedding model (Preferences › Search) to see memories "
                        "related in meaning."
                    )
                )
                self.suggestions.set_suggestions([])
            return
        self._partial = self.session.pending != 0
        # From the cache the memory was opened through (the same limits: core/facade/cache.py).
        related, tags = await self.tasks.call(self.session.service.cache.meaning, memory_id)
        related = related[:RELATED_LIMIT]
        self._show_related(related)
        self._show_tags(tags)

    def _show_related(self, hits: list[Any]) -> None:
        items = [
            RelatedItem(h.memory.id, h.memory.title, h.score, h.snippet)
            for h in hits
            if h.score >= RELATED_MIN_SCORE
        ]
        status = self.session.status
        if items:
            self.related.set_items(items)
        elif status is not None and status.vectors == 0:
            self.related.set_message(self.tr("Related memories appear once the vault is indexed."))
        else:
            self.related.set_items([])

    def _show_tags(self, tags: list[Any]) -> None:
        typed = set(self.typed_tags())
        chips = [
            (t.tag, t.confidence, t.support)
            for t in tags
            if t.confidence >= TAG_MIN_CONFIDENCE and t.tag not in typed
        ][:TAG_LIMIT]
        self.suggestions.set_suggestions(chips)
