"""History of the selected memory: revisions newest first, a preview, and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Revision
from memshadow_desktop.qt.style import mute
from memshadow_desktop.qt.timefmt import long_time

RevRole = Qt.ItemDataRole.UserRole + 1


class HistoryPane(QWidget):
    restoreRequested = Signal(str)  # revision id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revisions: list[Revision] = []
        self._head = ""
        self._names: dict[str, str] = {}  # device id -> name
        self._own_device = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 10, 8)
        layout.setSpacing(6)

        heading = QLabel(self.tr("History"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        mute(self.summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setObjectName("revisionList")
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(self._on_current)
        split.addWidget(self.list)

        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.setSpacing(4)
        self.caption = QLabel()
        self.caption.setObjectName("revisionCaption")
        self.caption.setWordWrap(True)
        mute(self.caption)
        below_layout.addWidget(self.caption)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("revisionPreview")
        self.preview.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.font().pointSizeF() * 0.92, 8.0))
        self.preview.setFont(mono)
        self.preview.setPlaceholderText(self.tr("Select a revision to see its text."))
        below_layout.addWidget(self.preview, 1)
        split.addWidget(below)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setObjectName("restoreRevision")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore)
        layout.addWidget(self.restore_button)

    def _op_name(self, op: str) -> str:
        names = {
            "create": self.tr("created"),
            "edit": self.tr("edited"),
            "import": self.tr("imported"),
            "trash": self.tr("moved to trash"),
            "restore": self.tr("restored"),
            "merge": self.tr("merged"),
            "conflict": self.tr("conflicting edits, both kept"),
            "resolve": self.tr("conflict resolved"),
            "unmerge": self.tr("automatic merge undone"),
        }
        # A conflict revision names its common ancestor after a colon ("conflict:REV").
        kind = op.partition(":")[0]
        return names.get(kind, kind)

    def set_revisions(self, revisions: list[Revision], head_rev: str) -> None:
        self._revisions = list(revisions)
        self._head = head_rev
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for i, rev in enumerate(revisions):
                head = self.tr("  (current)") if rev.rev_id == head_rev else ""
                text = (
                    f"{self._op_name(rev.op)}{head}\n{long_time(rev.created_at, seconds=False)} · "
                    + self.device_name(rev.device_id)
                )
                item = QListWidgetItem(text)
                item.setData(RevRole, rev.rev_id)
                device = (
                    self.tr("this device ({0})").format(rev.device_id)
                    if rev.device_id == self._own_device
                    else rev.device_id
                )
                item.setToolTip(self.tr("Revision {0}\nDevice: {1}").format(rev.rev_id, device))
                if i == 0:
                    f = QFont(item.font())
                    f.setBold(True)
                    item.setFont(f)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        n = len(revisions)
        self.summary.setText(self.tr("%Ln revision(s)", "", n) if n else "")
        self.preview.clear()
        self.caption.clear()
        self.restore_button.setEnabled(False)

    def set_device_names(self, names: dict[str, str], own_device: str) -> None:
        """Who wrote each revision: "Work laptop" rather than an id."""
        self._names = dict(names)
        self._own_device = own_device
        if self._revisions:
            current = self.selected_revision()
            self.set_revisions(self._revisions, self._head)
            if current is not None:
                self.select_revision(current.rev_id)

    def device_name(self, device_id: str) -> str:
        name = self._names.get(device_id)
        if name:  # this device's own name too (the tooltip says which it is)
            return name
        if device_id == self._own_device:
            return self.tr("this device")
        return self.tr("device {0}").format(device_id[:8])

    def unknown_devices(self) -> set[str]:
        """Devices of the revisions shown that have no name yet."""
        return {
            r.device_id
            for r in self._revisions
            if r.device_id not in self._names and r.device_id != self._own_device
        }

    def clear(self) -> None:
        self.set_revisions([], "")
        self.summary.setText(self.tr("Nothing selected."))

    def revision_ids(self) -> list[str]:
        return [r.rev_id for r in self._revisions]

    def select_revision(self, rev_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(RevRole) == rev_id:
                self.list.setCurrentRow(i)
                return

    def selected_revision(self) -> Revision | None:
        item = self.list.currentItem()
        if item is None:
            return None
        rev_id = item.data(RevRole)
        return next((r for r in self._revisions if r.rev_id == rev_id), None)

    def _on_current(self, *_args: object) -> None:
        rev = self.selected_revision()
        if rev is None:
            self.preview.clear()
            self.caption.clear()
            self.restore_button.setEnabled(False)
            return
        f = rev.fields
        caption = [self.tr("Title: {0}").format(f.title or self.tr("(untitled)"))]
        if f.tags:
            caption.append(self.tr("Tags: {0}").format(", ".join(f.tags)))
        if f.deleted:
            caption.append(self.tr("in the trash"))
        self.caption.setText("  ·  ".join(caption))
        self.preview.setPlainText(f.body)
        self.restore_button.setEnabled(rev.rev_id != self._head)

    def _on_restore(self) -> None:
        rev = self.selected_revision()
        if rev is not None:
            self.restoreRequested.emit(rev.rev_id)
