"""The left pane: search box, Memories / Trash switch, and the list of memories."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import MATCH_END, MATCH_START, Memory
from memshadow_desktop.qt.style import ElidedLabel, mute
from memshadow_desktop.qt.timefmt import short_time

IdRole = Qt.ItemDataRole.UserRole + 1
UpdatedRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3
PreviewRole = Qt.ItemDataRole.UserRole + 4
PinnedRole = Qt.ItemDataRole.UserRole + 5
ScoreRole = Qt.ItemDataRole.UserRole + 6  # NaN without a score (see NO_SCORE)

# PySide6 6.12 on Python 3.11: reading an invalid QVariant back as None (QModelIndex.data,
# QObject.property) drops a reference to None it never took, and enough paints abort the
# process ("none_dealloc"). Roles the delegate reads therefore never answer None.
NO_SCORE = float("nan")

_MARKUP = re.compile(r"[#>*_`\[\]]+")
Index = QModelIndex | QPersistentModelIndex


def preview_of(body: str) -> str:
    """The first line of text that is not the heading, without markdown punctuation."""
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("```"):
            continue
        return " ".join(_MARKUP.sub("", stripped).split())[:240]
    return ""


def _clean_snippet(snippet: str) -> str:
    text = " ".join(snippet.split())
    return re.sub(r"^(?:[#>]+\s*)+", "", text)


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    updated_at: str
    tags: tuple[str, ...]
    preview: str  # plain text, or a search snippet with MATCH_START/MATCH_END markers
    pinned: bool
    score: float | None = None  # a search result's score
    why: str = ""  # how the score came about (a tooltip)


def entry_of(
    memory: Memory, snippet: str | None = None, score: float | None = None, why: str = ""
) -> Entry:
    return Entry(
        memory.id,
        memory.title,
        memory.updated_at,
        tuple(memory.tags),
        _clean_snippet(snippet) if snippet else preview_of(memory.body),
        memory.fields.pinned,
        score,
        why,
    )


def hit_entry(hit: Any) -> Entry:
    """A search hit as a row: its snippet, its score, and how the score came about."""
    return entry_of(hit.memory, hit.snippet, hit.score, score_words(hit.scores))


def score_words(scores: dict[str, float | None]) -> str:
    parts = []
    if scores.get("cosine") is not None:
        parts.append(
            QCoreApplication.translate("MemoryListPane", "meaning {0}").format(
                f"{scores['cosine']:.2f}"
            )
        )
    if scores.get("bm25") is not None:
        parts.append(
            QCoreApplication.translate("MemoryListPane", "words {0}").format(
                f"{scores['bm25']:.2f}"
            )
        )
    return " · ".join(parts)


class MemoryListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[Entry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return e.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.title}\n{e.why}" if e.why else e.title
        if role == IdRole:
            return e.id
        if role == UpdatedRole:
            return e.updated_at
        if role == TagsRole:
            return list(e.tags)
        if role == PreviewRole:
            return e.preview
        if role == PinnedRole:
            return e.pinned
        if role == ScoreRole:
            return NO_SCORE if e.score is None else e.score
        return None

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def row_of(self, memory_id: str) -> int:
        for i, e in enumerate(self._entries):
            if e.id == memory_id:
                return i
        return -1


class MemoryDelegate(QStyledItemDelegate):
    """Three lines per memory: title and date; a preview or search snippet; tags."""

    PAD_X = 12
    PAD_Y = 8
    GAP = 3

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        return title, base, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, body, small = self._fonts(option.font)
        h = (
            QFontMetrics(title).height()
            + QFontMetrics(body).height()
            + QFontMetrics(small).height()
            + 2 * self.GAP
            + 2 * self.PAD_Y
        )
        return QSize(200, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        palette: QPalette = opt.palette
        rect: QRect = opt.rect
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        # separator
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + self.PAD_X, rect.bottom(), rect.right(), rect.bottom())

        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlpha(150)
        accent = (
            QColor(text_color) if selected else palette.color(QPalette.ColorRole.Link).darker(110)
        )
        title_font, body_font, small_font = self._fonts(opt.font)
        inner = rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)

        # line 1: title, date on the right
        date = short_time(index.data(UpdatedRole) or "")
        pinned = bool(index.data(PinnedRole))
        fm_small = QFontMetrics(small_font)
        date_w = fm_small.horizontalAdvance(date)
        fm_title = QFontMetrics(title_font)
        line1 = QRect(inner.left(), inner.top(), inner.width(), fm_title.height())
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            line1, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), date
        )
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if pinned:
            title = "★ " + title
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_rect = line1.adjusted(0, 0, -(date_w + 10), 0)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm_title.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # line 2: preview or snippet with the matched words in bold
        fm_body = QFontMetrics(body_font)
        line2 = QRect(inner.left(), line1.bottom() + 1 + self.GAP, inner.width(), fm_body.height())
        self._draw_marked(
            painter,
            line2,
            str(index.data(PreviewRole) or ""),
            body_font,
            muted,
            text_color,
            None if selected else QColor(255, 214, 0, 90),
        )

        # line 3: tags, and a search result's score on the right
        line3 = QRect(inner.left(), line2.bottom() + 1 + self.GAP, inner.width(), fm_small.height())
        score = index.data(ScoreRole)
        painter.setFont(small_font)
        if isinstance(score, float) and not math.isnan(score):
            score_text = f"{float(score):.2f}"
            painter.setPen(muted)
            painter.drawText(
                line3,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                score_text,
            )
            line3 = line3.adjusted(0, 0, -(fm_small.horizontalAdvance(score_text) + 10), 0)
        tags = index.data(TagsRole) or []
        painter.setPen(accent)
        tag_text = "  ".join(f"#{t}" for t in tags)
        painter.drawText(
            line3,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm_small.elidedText(tag_text, Qt.TextElideMode.ElideRight, line3.width()),
        )
        painter.restore()

    @staticmethod
    def _draw_marked(
        painter: QPainter,
        rect: QRect,
        text: str,
        font: QFont,
        color: QColor,
        strong: QColor,
        mark: QColor | None = None,
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x = rect.left()
        right = rect.right()
        matched = False
        ellipsis = "…"
        for part in re.split(f"([{MATCH_START}{MATCH_END}])", text):
            if part == MATCH_START:
                matched = True
                continue
            if part == MATCH_END:
                matched = False
                continue
            if not part:
                continue
            f = bold if matched else font
            fm = QFontMetrics(f)
            painter.setFont(f)
            painter.setPen(strong if matched else color)
            width = fm.horizontalAdvance(part)
            if x + width > right:
                part = fm.elidedText(part, Qt.TextElideMode.ElideRight, right - x)
                if part and part != ellipsis:
                    if matched and mark is not None:
                        w = fm.horizontalAdvance(part)
                        painter.fillRect(
                            QRect(x - 1, rect.top() + 1, w + 2, rect.height() - 2), mark
                        )
                    painter.drawText(
                        QRect(x, rect.top(), right - x, rect.height()),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        part,
                    )
                break
            if matched and mark is not None:
                painter.fillRect(QRect(x - 1, rect.top() + 1, width + 2, rect.height() - 2), mark)
            painter.drawText(
                QRect(x, rect.top(), width + 1, rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                part,
            )
            x += width


class MemoryListPane(QWidget):
    """Search box, a Memories / Trash switch and the list; it knows nothing of the store."""

    searchChanged = Signal(str)
    viewChanged = Signal(bool)  # True: trash
    currentChanged = Signal(str)  # memory id, "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 0, 0)
        layout.setSpacing(8)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search memories"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.searchChanged)
        layout.addWidget(self.search)

        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        small = QFont(self.hint.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.hint.setFont(small)
        mute(self.hint)
        self.hint.hide()
        layout.addWidget(self.hint)

        switch = QHBoxLayout()
        switch.setSpacing(4)
        self.memories_button = QPushButton(self.tr("Memories"))
        self.trash_button = QPushButton(self.tr("Trash"))
        self.memories_button.setObjectName("showMemories")
        self.trash_button.setObjectName("showTrash")
        self._group = QButtonGroup(self)
        for b in (self.memories_button, self.trash_button):
            b.setCheckable(True)
            b.setFlat(True)
            self._group.addButton(b)
            switch.addWidget(b)
        self.memories_button.setChecked(True)
        self.trash_button.toggled.connect(self._on_view)
        self.summary = ElidedLabel()  # a long translation gives way to the buttons
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setObjectName("listSummary")
        mute(self.summary)
        switch.addWidget(self.summary, 1)
        layout.addLayout(switch)

        self.model = MemoryListModel()
        self.view = QListView()
        self.view.setObjectName("memoryList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MemoryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        layout.addWidget(self.view, 1)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(24, 24, 24, 24)
        mute(self.empty)
        self.empty.hide()
        layout.addWidget(self.empty, 1)

    @property
    def showing_trash(self) -> bool:
        return self.trash_button.isChecked()

    def _on_view(self, trash: bool) -> None:
        self.search.setPlaceholderText(
            self.tr("Search disabled in the trash") if trash else self.tr("Search memories")
        )
        self.search.setEnabled(not trash)
        self.viewChanged.emit(trash)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentChanged.emit(str(current.data(IdRole) or "") if current.isValid() else "")

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(IdRole) or "") if index.isValid() else ""

    def set_entries(self, entries: list[Entry], keep: str = "") -> None:
        """Replace the rows; keep ``keep`` selected if it is still there (without a signal)."""
        blocker = self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_entries(entries)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
        finally:
            self.view.selectionModel().blockSignals(blocker)
        self.view.viewport().update()
        self.view.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        if not entries:
            if self.showing_trash:
                self.empty.setText(self.tr("The trash is empty."))
            elif self.search.text().strip():
                self.empty.setText(self.tr("No memory matches “{0}”.").format(self.search.text()))
            else:
                self.empty.setText(self.tr("No memories yet. Press New to write one."))

    def show_search_summary(self, matches: int, mode: str, hint: str | None) -> None:
        """ "12 matches · hybrid" beside the switch; ``hint`` ("no_model"): a line on why."""
        count = self.tr("%Ln match(es)", "", matches)
        self.summary.setText(self.tr("{0} · {1}").format(count, self._mode_name(mode)))
        self.summary.setToolTip(self._mode_tip(mode))
        self._show_hint(hint)

    def clear_search_summary(self) -> None:
        self.summary.setText("")
        self.summary.setToolTip("")
        self._show_hint(None)

    def _mode_name(self, mode: str) -> str:
        return {
            "hybrid": self.tr("hybrid"),
            "semantic": self.tr("by meaning"),
            "fts": self.tr("full text"),
        }.get(mode, mode)

    def _mode_tip(self, mode: str) -> str:
        return {
            "hybrid": self.tr(
                "Hybrid search: ranked by meaning, with a boost for the words you typed"
            ),
            "semantic": self.tr("Search by meaning only"),
            "fts": self.tr("Full-text search: memories that contain the words you typed"),
        }.get(mode, "")

    def _show_hint(self, hint: str | None) -> None:
        if hint == "no_model":
            self.hint.setText(
                self.tr(
                    "Matching words only. Get an embedding model in Preferences › Search "
                    "to search by meaning."
                )
            )
            self.hint.show()
        else:
            self.hint.hide()

    def select(self, memory_id: str) -> bool:
        row = self.model.row_of(memory_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        return True

    def select_silently(self, memory_id: str) -> None:
        blocker = self.view.selectionModel().blockSignals(True)
        try:
            row = self.model.row_of(memory_id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
            else:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
        finally:
            self.view.selectionModel().blockSignals(blocker)
        self.view.viewport().update()
