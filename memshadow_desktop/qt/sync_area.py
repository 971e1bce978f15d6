"""The window's sync area in its status bar: the tray's state in small (icon and one line),
the progress of a first sync or a long pull (n of N), and the open conflicts. Without a tray
(GNOME without the AppIndicator extension, offscreen) this is where sync's state lives."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.sync_words import conflicts, status_line, tooltip
from memshadow_desktop.qt.tray_icons import tray_icon

# A pull this long shows its progress (a short one would only flicker).
PROGRESS_FROM = 20


class SyncArea(QWidget):
    clicked = Signal()  # the state: the sync preferences
    conflictsClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncArea")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(6)
        self.icon = QLabel()
        self.icon.setObjectName("syncIcon")
        self.icon.setFixedSize(QSize(16, 16))
        row.addWidget(self.icon)
        self.label = QLabel()
        self.label.setObjectName("syncLabel")
        row.addWidget(self.label)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(110)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        row.addWidget(self.progress)
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setFlat(True)
        self.conflicts.clicked.connect(self.conflictsClicked.emit)
        self.conflicts.hide()
        row.addWidget(self.conflicts)
        self.state = TrayState(TrayKind.IDLE)
        self.show_state(self.state)

    def show_state(self, state: TrayState) -> None:
        self.state = state
        self.icon.setPixmap(tray_icon(str(state.kind), 0).pixmap(16, 16))
        self.label.setText(status_line(state))
        self.setToolTip(tooltip(state))
        long_pull = state.sync_phase in ("pull", "apply") and state.sync_total >= PROGRESS_FROM
        self.progress.setVisible(long_pull)
        if long_pull:
            self.progress.setRange(0, state.sync_total)
            self.progress.setValue(state.sync_done)
        show_conflicts = state.conflicts > 0 and state.kind is not TrayKind.LOCKED
        self.conflicts.setVisible(show_conflicts)
        if show_conflicts:
            self.conflicts.setText(conflicts(state.conflicts))
            self.conflicts.setToolTip(self.tr("Choose what to keep"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
