"""The open sync conflicts: which memories, what happened, when; open one in the window or keep
one side (the merge dialog comes with the next issue). Opened from the tray's "Resolve n
conflicts…", the window's status area and its Sync menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Conflict
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.style import mute
from memshadow_desktop.qt.timefmt import long_time

IdRole = Qt.ItemDataRole.UserRole + 1


class ConflictsDialog(QDialog):
    openRequested = Signal(str)  # memory id

    def __init__(self, bridge: ServiceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts — MEMSHADOW"))
        self.resize(640, 380)
        self.svc: MemshadowService = bridge.service
        self.tasks = TaskRunner(self, report=self._show_error)
        self._conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These memories were changed on two devices at once. Both versions are kept "
                "until you choose: yours (this device's), theirs (the other device's), or "
                "both as separate memories."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("conflictList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Memory"), self.tr("What happened"), self.tr("Found")])
        self.list.setColumnWidth(0, 260)
        self.list.setColumnWidth(1, 200)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setObjectName("conflictError")
        self.error.setWordWrap(True)
        mute(self.error)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.open_button = self._button(row, self.tr("Open"), self._open)
        row.addStretch(1)
        self.mine_button = self._button(row, self.tr("Keep Mine"), lambda: self._resolve("mine"))
        self.theirs_button = self._button(
            row, self.tr("Keep Theirs"), lambda: self._resolve("theirs")
        )
        self.both_button = self._button(row, self.tr("Keep Both"), lambda: self._resolve("both"))
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        bridge.conflictsChanged.connect(self.reload)
        bridge.conflictFound.connect(lambda *_: self.reload())
        self._update_buttons()

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def reload(self) -> None:
        self.tasks.spawn(self._reload(), key="reload")

    async def _reload(self) -> None:
        found = await self.tasks.call(self.svc.conflicts.list)
        titles = {}
        for conflict in found:
            detail = await self.tasks.call(self.svc.conflicts.get, conflict.id)
            titles[conflict.id] = detail.title
        self._conflicts = found
        self.list.clear()
        for conflict in found:
            what = (
                self.tr("Edited on one device, deleted on another")
                if conflict.kind == "edit_delete"
                else self.tr("Edited on two devices")
            )
            item = QTreeWidgetItem(
                [
                    titles.get(conflict.id) or self.tr("(untitled)"),
                    what,
                    long_time(conflict.created_at, seconds=False),
                ]
            )
            item.setData(0, IdRole, conflict.id)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.error.setText(self.tr("No conflicts: everything is in step."))
        self._update_buttons()

    def current(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, IdRole)
        return next((c for c in self._conflicts if c.id == wanted), None)

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (self.open_button, self.mine_button, self.theirs_button, self.both_button):
            button.setEnabled(has)

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

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(describe_error(exc))
