"""Locking the vault: "Lock vault" (the tray, the File menu, Preferences) and auto-lock after
idle minutes. The window hides every memory and empties everything that held decrypted text
(the list, the editor and its undo history, history, related memories, search); the service
lets go of the store, its key, the meaning index and the sync engine (``service.vault.lock``).
Unlocking (the passphrase, or nothing for a keyring vault) opens them again and refills the
window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.qt.style import ERROR, mute, set_text_color
from memshadow_desktop.qt.tray_icons import state_icon

# What counts as using the app (moving over it, typing, scrolling).
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockedView(QWidget):
    """What the window shows while locked: no memory, a way to unlock."""

    unlockRequested = Signal(str)  # the passphrase ("" for a keyring vault)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedView")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        column = QVBoxLayout()
        column.setSpacing(12)
        icon = QLabel()
        icon.setPixmap(state_icon("locked", "light").pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(icon)
        self.title = QLabel(self.tr("Your vault is locked"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title)
        self.note = QLabel()
        self.note.setObjectName("lockedNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.note)
        column.addWidget(self.note)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        column.addWidget(self.passphrase)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._unlock)
        column.addWidget(self.button)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_color(self.error, ERROR)
        column.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(380)
        row.addWidget(holder)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

    def prepare(self, protection: str) -> None:
        by_passphrase = protection == "passphrase"
        self.passphrase.setVisible(by_passphrase)
        self.passphrase.clear()
        self.error.clear()
        self.note.setText(
            self.tr(
                "Nothing of it stays decrypted in memory. Sync waits: changes from your "
                "other devices arrive once you unlock."
            )
        )
        if by_passphrase:
            self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def _unlock(self) -> None:
        if self.button.isEnabled():
            self.unlockRequested.emit(self.passphrase.text())


class IdleWatcher(QObject):
    """Calls ``on_idle`` after ``minutes`` without input to any window of the app (0: never).
    Only the app's own input counts: the system's idle time is not the app's to read."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.minutes = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.restart()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: an idle time shorter than a minute."""
        self.minutes = 1
        self.timer.setInterval(ms)
        self.timer.start()

    def restart(self) -> None:
        if self.minutes <= 0:
            self.timer.stop()
            return
        self.timer.start(self.minutes * 60_000)

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # same interval, from now
        return False

    def _fire(self) -> None:
        self._on_idle()

    def close(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
