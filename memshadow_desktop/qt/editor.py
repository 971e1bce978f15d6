"""The editor pane: title, tags (comma-separated), body (plain-text markdown)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Memory, normalize_tags
from memshadow_desktop.qt.meaning import RelatedStrip, TagSuggestions
from memshadow_desktop.qt.style import WARNING, mute, set_text_color
from memshadow_desktop.qt.timefmt import long_time


def parse_tags(text: str) -> list[str]:
    return normalize_tags(text.split(","))


@dataclass(frozen=True)
class Draft:
    title: str
    tags: list[str]
    body: str


class EditorPane(QWidget):
    saveRequested = Signal()
    restoreRequested = Signal()  # restore from the trash
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memory: Memory | None = None  # None: a new, unsaved memory
        self._loaded = Draft("", [], "")
        self._dirty = False
        self._trashed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        self.title = QLineEdit()
        self.title.setObjectName("titleEdit")
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setFrame(False)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)

        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("Tags:"))
        mute(tags_label)
        self.tags = QLineEdit()
        self.tags.setObjectName("tagsEdit")
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        tags_label.setBuddy(self.tags)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags, 1)
        layout.addLayout(tags_row)

        self.suggestions = TagSuggestions()
        self.suggestions.tagClicked.connect(self.add_tag)
        layout.addWidget(self.suggestions)

        self.meta = QLabel()
        self.meta.setObjectName("metaLabel")
        mute(self.meta)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)

        self.body = QPlainTextEdit()
        self.body.setObjectName("bodyEdit")
        self.body.setPlaceholderText(self.tr("Write in markdown…"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())
        self.body.setFont(mono)
        self.body.setTabStopDistance(4 * self.body.fontMetrics().horizontalAdvance(" "))
        layout.addWidget(self.body, 1)

        self.related = RelatedStrip()
        layout.addWidget(self.related)

        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("dirtyLabel")
        bar.addWidget(self.state, 1)
        self.restore_button = QPushButton(self.tr("Restore from Trash"))
        self.restore_button.setObjectName("restoreFromTrash")
        self.restore_button.clicked.connect(self.restoreRequested)
        bar.addWidget(self.restore_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.saveRequested)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)

        for w in (self.title, self.tags):
            w.textChanged.connect(self._update_dirty)
        self.body.textChanged.connect(self._update_dirty)
        self.show_memory(None)

    # --- state --------------------------------------------------------------------------------

    def draft(self) -> Draft:
        return Draft(
            self.title.text().strip(), parse_tags(self.tags.text()), self.body.toPlainText()
        )

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def is_new(self) -> bool:
        return self.memory is None

    def show_memory(self, memory: Memory | None, *, trashed: bool = False) -> None:
        """Load a memory (None: a blank new one); the editor is clean afterwards."""
        self.memory = memory
        self._trashed = trashed
        fields = memory.fields if memory else None
        self._loaded = Draft(
            fields.title if fields else "",
            list(fields.tags) if fields else [],
            fields.body if fields else "",
        )
        for w in (self.title, self.tags, self.body):
            w.blockSignals(True)
        try:
            self.title.setText(self._loaded.title)
            self.tags.setText(", ".join(self._loaded.tags))
            self.body.setPlainText(self._loaded.body)
        finally:
            for w in (self.title, self.tags, self.body):
                w.blockSignals(False)
        for w in (self.title, self.tags):
            w.setReadOnly(trashed)
            w.setCursorPosition(0)
        self.body.setReadOnly(trashed)
        self.restore_button.setVisible(trashed)
        self.suggestions.set_suggestions([])
        self.related.clear()
        self.save_button.setVisible(not trashed)
        self._set_meta()
        self._dirty = True  # force the signal below
        self._set_dirty(False)

    def add_tag(self, tag: str) -> None:
        """Append a tag to the tags field (a suggestion was clicked); Save as usual."""
        current = parse_tags(self.tags.text())
        if tag not in current:
            self.tags.setText(", ".join([*current, tag]))
        self.suggestions.discard(tag)

    def mark_saved(self, memory: Memory) -> None:
        """After a save: adopt the saved state but keep what was typed meanwhile."""
        typed = self.draft()
        self.memory = memory
        self._loaded = Draft(memory.title, list(memory.tags), memory.body)
        self._set_meta()
        self._set_dirty(typed != self._loaded)

    def _set_meta(self) -> None:
        m = self.memory
        if m is None:
            self.meta.setText(self.tr("New memory, not saved yet"))
            return
        parts = [
            self.tr("Updated {0}").format(long_time(m.updated_at)),
            self.tr("created {0}").format(long_time(m.created_at)),
        ]
        if m.source:
            parts.append(self.tr("from {0}").format(m.source))
        if self._trashed:
            parts.insert(0, self.tr("In the trash"))
        self.meta.setText("  ·  ".join(parts))

    def _update_dirty(self) -> None:
        self._set_dirty(self.draft() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        font = QFont(self.state.font())
        font.setBold(dirty)
        self.state.setFont(font)
        if dirty:
            self.state.setText(self.tr("● Unsaved changes"))
            set_text_color(self.state, WARNING)
        elif self._trashed:
            self.state.setText(self.tr("Read-only while in the trash"))
            mute(self.state)
        elif self.memory is None:
            self.state.setText("")
        else:
            self.state.setText(self.tr("Saved"))
            mute(self.state)
        if changed:
            self.dirtyChanged.emit(dirty)
