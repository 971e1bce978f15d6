"""The running app around one open vault: the main window, the tray icon and its menu, the
sync state they both show, notifications, and quitting.

With a tray, closing the window keeps the app (and its sync) running, and says so once; Quit
in the tray's menu ends both. Without a tray (GNOME without the AppIndicator extension,
offscreen) closing the window quits like any app, and the window's status bar carries the sync
state; on GNOME a one-time hint names the extension.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from memshadow_desktop.core.api import MemshadowError, Settings
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.conflicts_view import ConflictsDialog
from memshadow_desktop.qt.lock import IdleWatcher
from memshadow_desktop.qt.main_window import MainWindow
from memshadow_desktop.qt.merge_dialog import MergeDialog
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.notifications import Notifier, Preferences
from memshadow_desktop.qt.preferences import PreferencesDialog, PrefsContext
from memshadow_desktop.qt.sync_monitor import SyncMonitor, TrayKind, TrayState
from memshadow_desktop.qt.tray import TrayController, TrayMenu

HINT_TRAY_CLOSE = "tray_close"  # "MEMSHADOW keeps running in the tray"
HINT_GNOME_TRAY = "gnome_tray"  # "install the AppIndicator extension"
GNOME_EXTENSION = "AppIndicator and KStatusNotifierItem Support"


def on_gnome() -> bool:
    desktop = (
        os.environ.get("XDG_CURRENT_DESKTOP", "") + ":" + os.environ.get("DESKTOP_SESSION", "")
    )
    return sys.platform.startswith("linux") and "gnome" in desktop.lower()


class AppShell(QObject):
    """Everything the app shows for one open vault. ``tray``: force a tray (True) or none
    (False); None asks the desktop whether it has one."""

    def __init__(
        self,
        bridge: ServiceBridge,
        *,
        settings: QSettings | None = None,
        tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.svc = bridge.service
        self.window = MainWindow(bridge, settings=settings)
        self.tasks = TaskRunner(self, report=self.window.report_error)
        self.monitor = SyncMonitor(bridge, self)
        use_tray = TrayController.available() if tray is None else tray
        self.tray: TrayController | None = TrayController(self) if use_tray else None
        self.notifier = Notifier(self._show_notification, self)
        self.app_settings = Settings()
        self.conflicts: ConflictsDialog | None = None
        self.merges: list[MergeDialog] = []
        self.preferences: PreferencesDialog | None = None
        # For tests: cheaper key derivations and a catalogue for the preferences' tabs.
        self.prefs_extras: dict[str, Any] = {}
        self.hints: list[str] = []  # one-time hints given in this run (tests look)
        self.idle = IdleWatcher(lambda: self.lock(auto=True), self)
        self._locking = False
        self._last_note = ""  # the kind of the last notification (a click opens it)
        self._quit = asyncio.Event()
        self._connect()

    # --- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        window, monitor = self.window, self.monitor
        window.hide_on_close = self._hide_on_close
        window.closed.connect(self._done)
        window.hiddenToTray.connect(self._hidden_to_tray)
        monitor.changed.connect(self._show_state)
        monitor.conflictFound.connect(self.notifier.conflict_found)
        a = window.commands
        a.sync_now.triggered.connect(self.sync_now)
        a.conflicts.triggered.connect(self.show_conflicts)
        a.quit.triggered.connect(self.quit)
        a.preferences.triggered.connect(lambda: self.open_preferences())
        a.lock.triggered.connect(lambda: self.lock())
        window.locked_view.unlockRequested.connect(self.unlock)
        window.sync_area.conflictsClicked.connect(self.show_conflicts)
        window.sync_area.clicked.connect(lambda: self.open_preferences("sync"))
        if self.tray is not None:
            self.tray.activated.connect(self.open_window)
            self.tray.icon.messageClicked.connect(self._notification_clicked)
            self._connect_menu(self.tray.menu)

    def _connect_menu(self, menu: TrayMenu) -> None:
        menu.openRequested.connect(self.open_window)
        menu.syncNowRequested.connect(self.sync_now)
        menu.pauseRequested.connect(self.pause)
        menu.resumeRequested.connect(self.resume)
        menu.conflictsRequested.connect(self.show_conflicts)
        menu.preferencesRequested.connect(lambda: self.open_preferences())
        menu.lockRequested.connect(lambda: self.lock())
        menu.unlockRequested.connect(self.open_window)
        menu.quitRequested.connect(self.quit)

    async def start(self, *, show_window: bool = True) -> None:
        """Show the tray (and the window unless ``show_window`` is False and there is a
        tray to find the app by), and fill them."""
        self.app_settings = await self.tasks.call(self.svc.settings.get)
        self._apply_settings(self.app_settings)
        if self.tray is not None:
            self.tray.show()
        self.monitor.start()
        if show_window or self.tray is None:
            self.window.show()
        await self.window.load()
        if self.tray is None and on_gnome():
            self._hint_once(HINT_GNOME_TRAY)

    def _apply_settings(self, settings: Settings) -> None:
        minutes_changed = settings.auto_lock_minutes != self.idle.minutes
        self.app_settings = settings
        self.notifier.set_preferences(
            Preferences(settings.notifications, settings.notifications_snoozed_until)
        )
        if minutes_changed and not self.window.locked:
            self.idle.set_minutes(settings.auto_lock_minutes)

    # --- the state ----------------------------------------------------------------------------

    def _show_state(self, state: TrayState) -> None:
        self.window.sync_area.show_state(state)
        if self.tray is not None:
            self.tray.show_state(state)
        self.notifier.state_changed(state)

    def _notification_clicked(self) -> None:
        """A click on the last notification opens what it was about (a hint only closes)."""
        if self._last_note == "conflicts":
            self.show_conflicts()
        elif self._last_note in ("problem", "revoked"):
            self.open_window()
            self.open_preferences("sync")

    def _show_notification(self, kind: str, title: str, text: str) -> None:
        self._last_note = kind
        if self.tray is not None:
            self.tray.notify(title, text)
        else:
            self.window.statusBar().showMessage(text, 15_000)

    # --- commands -----------------------------------------------------------------------------

    def open_window(self) -> None:
        self.window.bring_to_front()

    def sync_now(self) -> None:
        state = self.monitor.state
        if state.kind is TrayKind.LOCKED or not state.configured:
            return
        confirm = False
        if state.kind is TrayKind.ERROR and state.problem.startswith("blocked"):
            confirm = self._confirm_blocked(state)
            if not confirm:
                return
        self.tasks.spawn(self._sync_now(confirm), key="sync-now")

    async def _sync_now(self, confirm: bool) -> None:
        self.window.statusBar().showMessage(self.tr("Syncing…"), 3000)
        await self.tasks.call(self.svc.sync.now, confirm=confirm)
        self.window.statusBar().showMessage(self.tr("Synced"), 4000)
        self.monitor.refresh()

    def _confirm_blocked(self, state: TrayState) -> bool:
        if state.problem.startswith("blocked:mass_delete"):
            text = self.tr(
                "Sync stopped because many memories were deleted at once. Delete them on "
                "every device too? (They stay in each device's trash.)"
            )
        else:
            text = self.tr("Sync waits for your confirmation to go on. Go on?")
        answer = QMessageBox.question(self.window, self.tr("Confirm sync"), text)
        return answer == QMessageBox.StandardButton.Yes

    def pause(self, until: float) -> None:
        """Pause sync until ``until`` (Unix time), or until resumed (0)."""
        self.tasks.spawn(self._set_paused(True, until or None), key="pause")

    def resume(self) -> None:
        self.tasks.spawn(self._set_paused(False, None), key="pause")

    async def _set_paused(self, paused: bool, until: float | None) -> None:
        await self.tasks.call(self.svc.sync.pause, paused, until=until)
        self.monitor.refresh()

    def show_conflicts(self) -> None:
        if self.conflicts is None:
            self.conflicts = ConflictsDialog(self.bridge, self.window)
            self.conflicts.openRequested.connect(self._open_conflict)
            self.conflicts.mergeRequested.connect(self.show_merge)
        self.open_window()
        self.conflicts.reload()
        self.conflicts.show()
        self.conflicts.raise_()
        self.conflicts.activateWindow()

    def show_merge(self, conflict_id: int, *, load: bool = True) -> MergeDialog:
        """The merge dialog for one conflict (it loads itself unless told not to)."""
        dialog = MergeDialog(self.bridge, conflict_id, self.conflicts or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(lambda _mid: self.monitor.refresh())
        self.merges.append(dialog)
        dialog.finished.connect(lambda *_: self._forget_merge(dialog))
        if load:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog

    def _forget_merge(self, dialog: MergeDialog) -> None:
        if dialog in self.merges:
            self.merges.remove(dialog)

    def open_preferences(self, tab: str = "general") -> PreferencesDialog:
        if self.preferences is None:
            ctx = PrefsContext(
                self.bridge,
                self.monitor,
                tray_available=self.tray is not None,
                lock_now=self.lock,
                search_changed=self._search_changed,
                **self.prefs_extras,
            )
            self.preferences = PreferencesDialog(ctx, self.window)
            self.preferences.settingsChanged.connect(self._apply_settings)
        dialog = self.preferences
        dialog.show_tab(tab)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _search_changed(self) -> None:
        """Another model, precision or a new index: the window's search opens again."""
        self.tasks.spawn(self.window.session.reload(), key="search-reload")

    # --- locking ------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.window.locked

    def lock(self, *, auto: bool = False) -> None:
        """Hide every memory and let go of everything decrypted. Unsaved changes: asked
        about (Lock vault), or saved first (auto-lock: nobody is there to ask)."""
        if self.window.locked or self._locking:
            return
        save_first = self.window.editor.dirty
        if save_first and not auto:
            answer = self._ask_about_changes()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            save_first = answer == QMessageBox.StandardButton.Save
        self._locking = True
        self.tasks.spawn(self._lock(save_first=save_first))

    def _ask_about_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this memory before locking?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    async def _lock(self, *, save_first: bool) -> None:
        try:
            if save_first:
                await self.window.save_now()  # a failure is told, and nothing is locked
            await self.window.wait_idle()
            self.idle.pause()
            for dialog in (self.conflicts, self.preferences):
                if dialog is not None:
                    dialog.close()
                    dialog.deleteLater()
            self.conflicts = self.preferences = None  # they held titles and devices
            for merge in list(self.merges):
                merge.close()  # they held both texts (deleted on close)
            self.window.show_locked(self.svc.vault.protection)
            await self.tasks.call_on_vault_thread(self.svc.vault.lock)
        finally:
            self._locking = False

    def unlock(self, passphrase: str) -> None:
        self.tasks.spawn(self._unlock(passphrase), key="unlock")

    async def _unlock(self, passphrase: str) -> None:
        view = self.window.locked_view
        view.set_busy(True)
        try:
            await self.tasks.call_on_vault_thread(self.svc.vault.unlock, lambda: passphrase)
        except MemshadowError as exc:
            view.error.setText(describe_error(exc))
            view.passphrase.selectAll()
            return
        finally:
            view.set_busy(False)
        view.passphrase.clear()
        await self.window.show_unlocked()
        self.idle.set_minutes(self.app_settings.auto_lock_minutes)

    def _open_conflict(self, memory_id: str) -> None:
        self.open_window()
        self.window.open_related(memory_id)

    # --- closing and quitting -----------------------------------------------------------------

    def _hide_on_close(self) -> bool:
        return self.tray is not None and self.app_settings.close_to_tray

    def _hidden_to_tray(self) -> None:
        self._hint_once(HINT_TRAY_CLOSE)

    def _hint_once(self, hint: str) -> None:
        if hint in self.app_settings.hints_shown:
            return
        shown = [*self.app_settings.hints_shown, hint]
        self.app_settings.hints_shown = shown
        self.tasks.spawn(self._remember_hint(shown))
        self.hints.append(hint)
        if hint == HINT_TRAY_CLOSE and self.tray is not None:
            self._last_note = "hint"
            self.tray.notify(
                self.tr("MEMSHADOW is still running"),
                self.tr(
                    "It keeps syncing in the background. Open it or quit it from its icon "
                    "in the tray."
                ),
            )
        elif hint == HINT_GNOME_TRAY:
            self._gnome_hint()

    async def _remember_hint(self, shown: list[str]) -> None:
        await self.tasks.call(self.svc.settings.update, hints_shown=shown)

    def _gnome_hint(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("MEMSHADOW"),
            self.tr(
                "GNOME shows no tray icons without an extension, so MEMSHADOW quits when its "
                "window is closed, and sync stops with it. To keep it syncing in the "
                "background, install the “{0}” extension and start MEMSHADOW again."
            ).format(GNOME_EXTENSION),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("gnomeTrayHint")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def quit(self) -> None:
        """End the app and its sync (the window asks about unsaved changes first)."""
        if self.window.isVisible() or self.window.editor.dirty:
            if not self.window.close_for_good():
                return
        else:
            self.window.close_for_good()
        self._done()

    def _done(self) -> None:
        self._quit.set()

    @property
    def quitting(self) -> bool:
        return self._quit.is_set()

    async def wait_quit(self) -> None:
        await self._quit.wait()

    def busy(self) -> bool:
        return self.tasks.busy() or self.monitor.busy() or self.window.busy()

    async def close(self) -> None:
        self.idle.close()
        self.monitor.stop()
        self.tasks.cancel_all()
        if self.tray is not None:
            self.tray.close()
        for widget in (self.conflicts, self.preferences, *self.merges):
            if isinstance(widget, QWidget):
                widget.close()
