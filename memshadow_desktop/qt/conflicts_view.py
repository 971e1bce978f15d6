"""The conflict inbox: the open conflicts (which memory, the two devices and their times, what
collides: text, title, tags, an edit against a deletion), each opened in the merge dialog or
settled with one side; and the review of automatic merges of the last 30 days, each with
"Undo This Merge". Opened from the tray's "Resolve n conflicts…", the window's badge and its
Sync menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import (
    HUNK_BODY,
    HUNK_DELETED,
    HUNK_TAG,
    HUNK_TITLE,
    AutoMerge,
    Conflict,
    MergeDocument,
    MergeSide,
)
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.merge_dialog import side_name
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.style import mute
from memshadow_desktop.qt.timefmt import long_time

IdRole = Qt.ItemDataRole.UserRole + 1
REVIEW_DAYS = 30


class ConflictsDialog(QDialog):
    openRequested = Signal(str)  # memory id
    mergeRequested = Signal(int)  # conflict id

    def __init__(self, bridge: ServiceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts — MEMSHADOW"))
        self.resize(1100, 460)
        self.svc: MemshadowService = bridge.service
        self.tasks = TaskRunner(self, report=self._show_error)
        self._conflicts: list[Conflict] = []
        self._merges: list[AutoMerge] = []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._merges_tab(), self.tr("Automatic Merges"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("conflictError")
        self.error.setWordWrap(True)
        mute(self.error)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        bridge.conflictsChanged.connect(self.reload)
        bridge.conflictFound.connect(lambda *_: self.reload())
        self._update_buttons()

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "These memories were changed on two devices at once. Both versions are kept "
                "until you choose. Resolve… shows both side by side and lets you pick, change "
                "by change; settling a conflict here settles it on every device."
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("conflictList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Memory"), self.tr("What collides"), self.tr("Mine"), self.tr("Theirs")]
        )
        for i, width in enumerate((230, 230, 290)):
            self.list.setColumnWidth(i, width)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda *_: self._merge())
        col.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.resolve_button = self._button(row, self.tr("Resolve…"), self._merge)
        self.resolve_button.setObjectName("conflictResolve")
        self.open_button = self._button(row, self.tr("Open Memory"), self._open)
        row.addStretch(1)
        self.mine_button = self._button(row, self.tr("Keep Mine"), lambda: self._resolve("mine"))
        self.theirs_button = self._button(
            row, self.tr("Keep Theirs"), lambda: self._resolve("theirs")
        )
        self.both_button = self._button(
            row, self.tr("Keep Both as Separate Memories"), lambda: self._resolve("both")
        )
        for button in (self.mine_button, self.theirs_button):
            button.setToolTip(self.tr("The whole memory as that device has it, every change"))
        col.addLayout(row)
        return tab

    def _merges_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Memories merged without asking in the last %n day(s): two devices changed "
                "different parts, and both changes were kept. Undo puts this device's "
                "version back; the other stays in the history.",
                "",
                REVIEW_DAYS,
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.merge_list = QTreeWidget()
        self.merge_list.setObjectName("mergeList")
        self.merge_list.setRootIsDecorated(False)
        self.merge_list.setHeaderLabels(
            [self.tr("Memory"), self.tr("Merged by"), self.tr("Mine"), self.tr("Theirs")]
        )
        for i, width in enumerate((200, 220, 330)):
            self.merge_list.setColumnWidth(i, width)
        self.merge_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        col.addWidget(self.merge_list, 1)
        self.merge_detail = QLabel()
        self.merge_detail.setObjectName("mergeDetail")
        self.merge_detail.setWordWrap(True)
        self.merge_detail.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.merge_detail)
        row = QHBoxLayout()
        row.addStretch(1)
        self.undo_merge_button = self._button(row, self.tr("Undo This Merge"), self._undo_merge)
        col.addLayout(row)
        return tab

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def busy(self) -> bool:
        return self.tasks.busy()

    def reload(self) -> None:
        self.tasks.spawn(self._reload(), key="reload")

    async def load(self) -> None:
        await self._reload()

    async def _reload(self) -> None:
        found = await self.tasks.call(self.svc.conflicts.list)
        docs: dict[int, MergeDocument] = {}
        for conflict in found:
            docs[conflict.id] = await self.tasks.call(self.svc.conflicts.document, conflict.id)
        merges = await self.tasks.call(self.svc.conflicts.merges, days=REVIEW_DAYS)
        self._conflicts, self._merges = found, merges
        self.list.clear()
        for conflict in found:
            doc = docs[conflict.id]
            item = QTreeWidgetItem(
                [
                    doc.mine.title or doc.theirs.title or self.tr("(untitled)"),
                    self._what(doc),
                    side_name(doc.mine),
                    side_name(doc.theirs),
                ]
            )
            item.setData(0, IdRole, conflict.id)
            self.list.addTopLevelItem(item)
        self.merge_list.clear()
        for merge in merges:
            who = merge.device_name or self.tr("device {0}").format(merge.device_id[:8])
            item = QTreeWidgetItem(
                [
                    merge.title or self.tr("(untitled)"),
                    f"{who}, {long_time(merge.at, seconds=False)}",
                    self._contribution(merge.mine, merge.from_mine),
                    self._contribution(merge.theirs, merge.from_theirs),
                ]
            )
            item.setData(0, IdRole, merge.rev_id)
            tip = "\n".join(["+ " + x for x in merge.mine_lines + merge.theirs_lines])
            item.setToolTip(0, tip)
            if not merge.undoable:
                item.setToolTip(1, self.tr("Changed since: restore from its history instead"))
            self.merge_list.addTopLevelItem(item)
        first_merge = self.merge_list.topLevelItem(0)
        if first_merge is not None:
            self.merge_list.setCurrentItem(first_merge)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
            self.error.clear()
        else:
            self.error.setText(self.tr("No conflicts: everything is in step."))
        self._update_buttons()

    def _what(self, doc: MergeDocument) -> str:
        kinds = {h.kind for h in doc.hunks}
        body = sum(1 for h in doc.hunks if h.kind == HUNK_BODY)
        parts = []
        if HUNK_DELETED in kinds:
            parts.append(self.tr("edited here, deleted there"))
        if HUNK_TITLE in kinds:
            parts.append(self.tr("title"))
        if body:
            parts.append(self.tr("text (%n change(s))", "", body))
        if HUNK_TAG in kinds:
            parts.append(self.tr("tags"))
        return ", ".join(parts) or self.tr("content")

    def current(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, IdRole)
        return next((c for c in self._conflicts if c.id == wanted), None)

    def current_merge(self) -> AutoMerge | None:
        item = self.merge_list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, IdRole)
        return next((m for m in self._merges if m.rev_id == wanted), None)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (
            self.resolve_button,
            self.open_button,
            self.mine_button,
            self.theirs_button,
            self.both_button,
        ):
            button.setEnabled(has)
        merge = self.current_merge()
        self.undo_merge_button.setEnabled(merge is not None and merge.undoable)
        self.merge_detail.setText(self._merge_text(merge) if merge else "")

    def _contribution(self, side: MergeSide, lines: int) -> str:
        return self.tr("%n line(s) from {0}", "", lines).format(side_name(side))

    def _merge_text(self, merge: AutoMerge) -> str:
        """What each side brought, line by line (the first few)."""
        lines = []
        for side, added in ((merge.mine, merge.mine_lines), (merge.theirs, merge.theirs_lines)):
            lines.append(self.tr("From {0}:").format(side_name(side)))
            lines.extend(f"  + {line}" for line in added)
            if not added:
                lines.append("  " + self.tr("(only removed lines)"))
        if not merge.undoable:
            lines.append(self.tr("Changed since the merge: restore a version from its history."))
        return "\n".join(lines)

    def _merge(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.mergeRequested.emit(conflict.id)

    def _open(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.openRequested.emit(conflict.memory_id)

    def _resolve(self, use: str) -> None:
        conflict = self.current()
        if conflict is not None:
            self.tasks.spawn(self._do_resolve(conflict.id, use))

    async def _do_resolve(self, conflict_id: int, use: str) -> None:
        self.error.clear()
        await self.tasks.call(self.svc.conflicts.resolve, conflict_id, use)
        await self._reload()

    def _undo_merge(self) -> None:
        merge = self.current_merge()
        if merge is not None:
            self.tasks.spawn(self._do_undo(merge.rev_id))

    async def _do_undo(self, rev_id: str) -> None:
        self.error.clear()
        await self.tasks.call(self.svc.conflicts.undo_merge, rev_id)
        await self._reload()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(describe_error(exc))
