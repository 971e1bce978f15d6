"""The tray icon and its menu: the state at a glance (icon and tooltip), and the commands a
user needs without the window (sync now, pause, conflicts, lock, preferences, quit).

The controller only shows and asks; the shell (qt/shell.py) does what the menu asks for.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.sync_words import conflicts, status_line, tooltip
from memshadow_desktop.qt.tray_icons import tray_icon

MORNING_HOUR = 8  # "until tomorrow" ends at this hour of the next day


def one_hour_from(now: datetime) -> float:
    return (now + timedelta(hours=1)).timestamp()


def tomorrow_morning(now: datetime) -> float:
    """Tomorrow at 08:00 local time (a pause for the night ends when the day starts)."""
    day = (now + timedelta(days=1)).replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return day.timestamp()


class TrayMenu(QMenu):
    """The menu, usable on its own (the window's fallback, a screenshot) or under the icon.
    Signals: what the user chose; ``pauseRequested(until)``: Unix time, 0 for "until I
    resume"."""

    openRequested = Signal()
    syncNowRequested = Signal()
    pauseRequested = Signal(float)
    resumeRequested = Signal()
    conflictsRequested = Signal()
    lockRequested = Signal()
    unlockRequested = Signal()
    preferencesRequested = Signal()
    quitRequested = Signal()

    def __init__(self) -> None:
        # No parent: a menu under the tray icon belongs to no window.
        super().__init__()
        self.setObjectName("trayMenu")
        self.status_action = self.addAction("")
        self.status_action.setObjectName("trayStatus")
        self.status_action.setEnabled(False)
        self.addSeparator()
        self.open_action = self._add(self.tr("Open MEMSHADOW"), self.openRequested)
        self.sync_now_action = self._add(self.tr("Sync Now"), self.syncNowRequested)
        self.pause_menu = QMenu(self.tr("Pause Sync"), self)
        self.pause_menu.setObjectName("pauseMenu")
        self.pause_hour = self.pause_menu.addAction(self.tr("For 1 Hour"))
        self.pause_hour.triggered.connect(
            lambda: self.pauseRequested.emit(one_hour_from(datetime.now()))
        )
        self.pause_tomorrow = self.pause_menu.addAction(self.tr("Until Tomorrow"))
        self.pause_tomorrow.triggered.connect(
            lambda: self.pauseRequested.emit(tomorrow_morning(datetime.now()))
        )
        self.pause_forever = self.pause_menu.addAction(self.tr("Until I Resume"))
        self.pause_forever.triggered.connect(lambda: self.pauseRequested.emit(0.0))
        self.pause_action = self.addMenu(self.pause_menu)
        self.resume_action = self._add(self.tr("Resume Sync"), self.resumeRequested)
        self.conflicts_action = self._add("", self.conflictsRequested)
        self.addSeparator()
        self.lock_action = self._add(self.tr("Lock Vault"), self.lockRequested)
        self.unlock_action = self._add(self.tr("Unlock Vault…"), self.unlockRequested)
        self.preferences_action = self._add(self.tr("Preferences…"), self.preferencesRequested)
        self.addSeparator()
        self.quit_action = self._add(self.tr("Quit MEMSHADOW"), self.quitRequested)
        self.show_state(TrayState(TrayKind.IDLE))

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(signal.emit)
        return action

    def show_state(self, state: TrayState) -> None:
        locked = state.kind is TrayKind.LOCKED
        paused = state.kind is TrayKind.PAUSED
        self.status_action.setText(status_line(state))
        self.sync_now_action.setEnabled(state.configured and not locked)
        self.pause_action.setVisible(not paused)
        self.pause_action.setEnabled(state.configured and not locked)
        self.resume_action.setVisible(paused)
        self.conflicts_action.setVisible(state.conflicts > 0 and not locked)
        self.conflicts_action.setText(self.tr("Resolve {0}…").format(conflicts(state.conflicts)))
        self.lock_action.setVisible(not locked)
        self.unlock_action.setVisible(locked)


class TrayController(QObject):
    """The icon in the tray, its tooltip and its menu."""

    activated = Signal()  # the icon was clicked (not for the menu)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = TrayMenu()
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("trayIcon")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.state = TrayState(TrayKind.IDLE)
        self._closed = False
        self.show_state(self.state)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_state(self, state: TrayState) -> None:
        if self._closed:  # the menu is gone (deleteLater)
            return
        self.state = state
        self.icon.setIcon(self.current_icon())
        self.icon.setToolTip(tooltip(state))
        self.menu.show_state(state)

    def current_icon(self) -> QIcon:
        state = self.state
        badge = 0 if state.kind is TrayKind.LOCKED else state.conflicts
        return tray_icon(str(state.kind), badge)

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self.current_icon(), 10_000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.icon.hide()
        self.menu.deleteLater()
