"""The main window: memory list | editor | history, a toolbar and a status bar.

Every core call runs through the window's ``TaskRunner`` (a worker thread, awaited on the
qasync loop); list and count refreshes are driven by the core's ``memory.changed`` events.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from memshadow_desktop.core.api import Memory
from memshadow_desktop.qt import ask_panel
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.dashboard import HardwareDashboard
from memshadow_desktop.qt.editor import EditorPane
from memshadow_desktop.qt.history import HistoryPane
from memshadow_desktop.qt.lock import LockedView
from memshadow_desktop.qt.meaning import MeaningLoader
from memshadow_desktop.qt.memory_list import Entry, MemoryListPane, entry_of, hit_entry
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.semantic_session import SemanticSession
from memshadow_desktop.qt.status_bar import GiveWay, ImportProgress, IndexStatusBar, VaultStatusBar
from memshadow_desktop.qt.sync_area import SyncArea
from memshadow_desktop.qt.window_actions import WindowActions
from memshadow_desktop.qt.window_commands import MemoryCommands

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 200
NAMES_EVERY_S = 60.0  # the server is asked for device names at most this often


class MainWindow(MemoryCommands):
    closed = Signal()  # the window closed for good (not hidden to the tray)
    hiddenToTray = Signal()

    def __init__(
        self,
        bridge: ServiceBridge,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.svc = bridge.service
        self.settings = settings
        self.tasks = TaskRunner(self, report=self.report_error)
        self.dashboard: HardwareDashboard | None = None  # once opened
        self.search_mode = ""  # the mode of the last search ("fts", "semantic", "hybrid")
        # Asked when the window is closed: True hides it to the tray instead (the shell knows
        # whether there is a tray and what the user chose). None: closing closes.
        self.hide_on_close: Callable[[], bool] | None = None
        self._quitting = False
        self._device_names: dict[str, str] = {}
        self._own_device = ""
        self._names_asked = -NAMES_EVERY_S
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("MEMSHADOW[*]"))
        self.setMinimumSize(QSize(820, 520))

        self.list_pane = MemoryListPane()
        self.editor = EditorPane()
        self.history = HistoryPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        for w in (self.list_pane, self.editor, self.history):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([340, 660, 280])
        self.list_pane.setMinimumWidth(240)
        self.editor.setMinimumWidth(320)
        self.history.setMinimumWidth(220)
        self.locked_view = LockedView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.locked_view)
        self.setCentralWidget(self.stack)
        self.locked = False

        self.commands = WindowActions(self, self.list_pane.view)
        self.new_action = self.commands.new
        self.save_action = self.commands.save
        self.trash_action = self.commands.trash
        self.history_action = self.commands.history
        self.import_action = self.commands.import_folder
        self.dashboard_action = self.commands.dashboard
        self._connect_actions()
        self._build_status_bar()
        self.session = SemanticSession(self.svc, self.tasks, self.index_bar, self)
        self.meaning = MeaningLoader(
            self.tasks,
            self.session,
            self.editor.related,
            self.editor.suggestions,
            lambda: self.editor.draft().tags,
            self,
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._start_list_reload)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(60)
        self._change_timer.timeout.connect(self._after_changes)
        self._changed_ids: set[str] = set()

        self.list_pane.searchChanged.connect(lambda _t: self._search_timer.start())
        self.list_pane.viewChanged.connect(self._on_view_changed)
        self.list_pane.currentChanged.connect(self._on_current_changed)
        self.editor.saveRequested.connect(self.save)
        self.editor.restoreRequested.connect(self.restore_from_trash)
        self.editor.dirtyChanged.connect(self._on_dirty)
        self.history.restoreRequested.connect(self.restore_revision)
        self.bridge.memoryChanged.connect(self._on_memory_changed)
        self.bridge.importProgress.connect(self.progress.step)
        self.bridge.indexProgress.connect(self.session.on_progress)
        self.bridge.modelNotice.connect(self.session.on_model_notice)
        self.session.loaded.connect(self.refresh_meaning)
        self.editor.related.openRequested.connect(self.open_related)
        self._restore_geometry()

        # --- construction -------------------------------------------------------------------------

        # Ask my memories (qt/ask_panel.py)
        self.ask = ask_panel.install(self, self.svc, self._open_from_elsewhere)

    def _open_from_elsewhere(self, memory_id: str) -> None:
        """A memory another view points at (an answer's source)."""
        self.tasks.spawn(self.open_memory(memory_id))

    def _connect_actions(self) -> None:
        a = self.commands
        a.new.triggered.connect(self.new_memory)
        a.save.triggered.connect(self.save)
        a.trash.triggered.connect(self.trash_current)
        a.find.triggered.connect(self._focus_search)
        a.history.toggled.connect(self.history.setVisible)
        a.import_folder.triggered.connect(self._choose_import_folder)
        a.close.triggered.connect(self.close)
        a.show_trash.toggled.connect(
            lambda on: (
                self.list_pane.trash_button if on else self.list_pane.memories_button
            ).click()
        )
        self.list_pane.viewChanged.connect(a.show_trash.setChecked)
        a.dashboard.triggered.connect(lambda: self.tasks.spawn(self.open_dashboard()))

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(True)
        self.sync_area = SyncArea()
        sb.addPermanentWidget(self.sync_area)
        self.progress = ImportProgress()
        sb.addPermanentWidget(self.progress)
        self.index_bar = IndexStatusBar()
        sb.addPermanentWidget(self.index_bar)
        self.index_progress = self.index_bar.progress
        self.index_label = self.index_bar.label
        self.engine_label = self.index_bar.engine
        self.vault_bar = VaultStatusBar()
        sb.addPermanentWidget(self.vault_bar)
        self.vault_label = self.vault_bar.vault
        self.protection_label = self.vault_bar.protection
        self.counts_label = self.vault_bar.counts
        self.vault_bar.show_vault(self.svc.paths, self.svc.vault.protection)
        self.give_way = GiveWay(
            sb,
            [
                self.sync_area,
                self.progress,
                self.index_progress,
                self.index_label,
                self.engine_label,
                self.vault_label,
                self.protection_label,
                self.counts_label,
            ],
            # least important first: each is in a tooltip or a dialog too
            [self.protection_label, self.engine_label, self.vault_label, self.index_label],
        )

    # --- errors and waiting -------------------------------------------------------------------

    def report_error(self, exc: BaseException) -> None:
        """The one place background work's failures reach the user: the status bar and a
        message box (every runner of the window, the dashboard's included, reports here)."""
        text = describe_error(exc)
        self.statusBar().showMessage(text, 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("MEMSHADOW"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    async def wait_idle(self) -> None:
        """Until no window task runs and no debounce timer is pending."""
        while self.busy():
            await asyncio.sleep(0.02)

    def busy(self) -> bool:
        """True while a window task runs or a debounce timer is pending (tests wait on this)."""
        if self._search_timer.isActive() or self._change_timer.isActive():
            return True
        return self.tasks.busy()

    async def screenshot_search(self, query: str) -> None:
        """For --screenshot --search: embed what is pending, search, open the best match."""
        await self.session.ready()
        if self.session.available:
            await self.tasks.call(self.svc.search.index_now)
            await self.session.refresh_status()
        self.list_pane.search.setText(query)
        await self.wait_idle()
        entries = self.list_pane.model.entries()
        if entries:
            self.list_pane.select(entries[0].id)
        await self.wait_idle()

    # --- what another start of the app asks for -----------------------------------------------

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_search(self, query: str) -> None:
        """Show the memories matching ``query`` (typed into the search box, as if by hand);
        nothing while the vault is locked (the window shows the way to unlock)."""
        if self.locked:
            return
        if self.list_pane.showing_trash:
            self.list_pane.memories_button.click()
        self.list_pane.search.setText(query)

    # --- loading ------------------------------------------------------------------------------

    async def load(self) -> None:
        """First fill: counts, the list, and the first memory open in the editor; search by
        meaning (index load and the background indexer) starts alongside."""
        self.session.start()
        await self.refresh_device_names()
        await self.refresh_counts()
        await self.reload_list()
        if self.list_pane.model.rowCount() > 0:
            self.list_pane.select_silently(self.list_pane.model.entries()[0].id)
            await self.open_memory(self.list_pane.model.entries()[0].id)
        else:
            self.history.clear()

    async def refresh_counts(self) -> None:
        counts = await self.tasks.call(self.svc.vault.counts)
        self.vault_bar.show_counts(counts)
        self.list_pane.trash_button.setText(
            self.tr("Trash ({0})").format(counts.trashed) if counts.trashed else self.tr("Trash")
        )
        self.list_pane.memories_button.setText(
            self.tr("Memories ({0})").format(f"{counts.memories:,}")
        )

    async def reload_list(self) -> bool:
        """Fetch what the list should show now and show it; False when a newer reload
        overtook this one (its rows are then never shown)."""
        return await self.tasks.latest("list", self._reload_list())

    async def _reload_list(self) -> None:
        trash = self.list_pane.showing_trash
        query = self.list_pane.search.text().strip()
        result: Any = None
        entries: list[Entry]
        if trash:
            memories = await self.tasks.call(self.svc.memories.list, trashed=True)
            entries = [entry_of(m) for m in memories]
        elif query:
            await self.session.ready()  # the first search waits for the index
            result = await self.tasks.call(self.svc.search.find, query, limit=SEARCH_LIMIT)
            entries = [hit_entry(h) for h in result.hits]
        else:
            memories = await self.tasks.call(self.svc.memories.list)
            entries = [entry_of(m) for m in memories]
        current = self.editor.memory.id if self.editor.memory else ""
        self.list_pane.set_entries(entries, keep=current)
        if result is not None:
            self.search_mode = result.mode
            self.list_pane.show_search_summary(len(entries), result.mode, result.hint)
        else:
            self.search_mode = ""
            self.list_pane.clear_search_summary()

    def _start_list_reload(self) -> None:
        """Search as you type: a newer query supersedes the one still in flight."""
        self.tasks.spawn(self.reload_list())

    async def open_memory(self, memory_id: str) -> None:
        """Show a memory and its history; dropped when another open (or New) overtakes it."""
        await self.tasks.latest("open", self._open_memory(memory_id))

    async def refresh_device_names(self) -> None:
        """The names history shows for devices (kept in the vault: no network)."""
        if not self._own_device:
            self._own_device = (await self.tasks.call(self.svc.vault.info)).device_id
        self._device_names = await self.tasks.call(self.svc.devices.names)
        self.history.set_device_names(self._device_names, self._own_device)

    def _ask_server_for_names(self) -> None:
        """A revision of a device not named yet: ask the server who it is (once a minute at
        most; offline, or without sync, the id stays)."""
        now = time.monotonic()
        if not self.history.unknown_devices() or now - self._names_asked < NAMES_EVERY_S:
            return
        self._names_asked = now

        async def ask() -> None:
            await self.tasks.call(self.svc.devices.list)
            await self.refresh_device_names()

        self.tasks.spawn(ask(), on_error=lambda _exc: None)

    async def _open_memory(self, memory_id: str) -> None:
        # Through the two-tier cache: its list neighbours and related memories are prefetched.
        listing = [e.id for e in self.list_pane.model.entries()]
        opened = await self.tasks.call(self.svc.cache.open, memory_id, listing=listing)
        memory = opened.memory
        self.editor.show_memory(memory, trashed=memory.deleted)
        self.history.set_revisions(opened.revisions, memory.head_rev)
        self._ask_server_for_names()
        self._update_actions()
        self._update_title()
        self.refresh_meaning()

    async def _reload_history(self, memory: Memory) -> None:
        revisions = await self.tasks.call(self.svc.memories.history, memory.id)
        if self.editor.memory is not None and self.editor.memory.id == memory.id:
            self.history.set_revisions(revisions, self.editor.memory.head_rev)

    # --- search by meaning --------------------------------------------------------------------

    def refresh_meaning(self) -> None:
        """Fetch "related" and tag suggestions for the open memory (none in the trash)."""
        trash = self.list_pane.showing_trash
        self.meaning.refresh(None if trash else self.editor.memory)

    async def open_dashboard(self, *, for_screenshot: bool = False) -> QWidget:
        """Show the hardware dashboard (one per window); for a screenshot, wait for its data
        and run the benchmark once."""
        if self.locked:
            return self
        if self.dashboard is None:
            self.dashboard = HardwareDashboard(
                self.svc, self.session, report=self.report_error, parent=self
            )
        dashboard = self.dashboard
        dashboard.show()
        dashboard.raise_()
        dashboard.activateWindow()
        refresh = dashboard.refresh()
        if for_screenshot:
            await refresh
            bench = dashboard.start_benchmark()
            if bench is not None:
                await bench
            for _ in range(3):  # a few points on the live plot
                await asyncio.sleep(1.05)
                await dashboard.refresh_stats()
            await dashboard.wait_idle()
        return dashboard

    def open_related(self, memory_id: str) -> None:
        """Open a memory from the related strip (selecting it when the list shows it)."""
        if self.list_pane.model.row_of(memory_id) >= 0:
            self.list_pane.select(memory_id)  # asks about unsaved changes itself
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        self.list_pane.select_silently("")
        self.tasks.spawn(self.open_memory(memory_id))

    # --- reactions ----------------------------------------------------------------------------

    def _on_current_changed(self, memory_id: str) -> None:
        if not memory_id:
            return
        if self.editor.memory is not None and self.editor.memory.id == memory_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            self.list_pane.select_silently(self.editor.memory.id if self.editor.memory else "")
            return
        self.tasks.spawn(self.open_memory(memory_id))

    def _on_view_changed(self, _trash: bool) -> None:
        if self.editor.dirty and not self._confirm_discard():
            self.list_pane.memories_button.setChecked(True)
            return
        self.tasks.spawn(self._switch_view())

    async def _switch_view(self) -> None:
        self.editor.show_memory(None)
        self.history.clear()
        # Overtaken by a newer reload (another switch, a search): that one fills the list, and
        # these rows, never shown, must not be opened either.
        if await self.reload_list():
            entries = self.list_pane.model.entries()
            if entries:
                self.list_pane.select_silently(entries[0].id)
                await self.open_memory(entries[0].id)
            elif self.list_pane.showing_trash:
                self.editor.show_memory(None, trashed=False)
        self._update_actions()

    def _on_memory_changed(self, memory_id: str, _action: str) -> None:
        if self.locked:
            return
        self._changed_ids.add(memory_id)
        self._change_timer.start()

    def _after_changes(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        self.tasks.spawn(self._apply_changes(ids))

    async def _apply_changes(self, ids: set[str]) -> None:
        await self.refresh_counts()
        await self.reload_list()
        current = self.editor.memory
        if current is None or self.editor.dirty or not ({current.id, ""} & ids):
            return
        fresh = await self.tasks.call(self.svc.memories.get, current.id)
        if self.editor.memory is current and fresh.head_rev != current.head_rev:
            await self.open_memory(current.id)  # changed elsewhere (import, later: sync)

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_actions()

    def _update_actions(self) -> None:
        trash_view = self.list_pane.showing_trash
        has_memory = self.editor.memory is not None
        self.save_action.setEnabled(self.editor.dirty and not trash_view)
        self.new_action.setEnabled(not trash_view)
        self.trash_action.setEnabled(has_memory and not trash_view)

    def _update_title(self) -> None:
        m = self.editor.memory
        name = (m.title or self.tr("(untitled)")) if m else self.tr("New memory")
        self.setWindowTitle(self.tr("{0}[*] — MEMSHADOW").format(name))

    def _focus_search(self) -> None:
        self.list_pane.search.setFocus()
        self.list_pane.search.selectAll()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this memory?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- locking ------------------------------------------------------------------------------

    def show_locked(self, protection: str) -> None:
        """Hide every memory and empty every widget that held decrypted text (the editor's
        undo history too); then only the way to unlock shows."""
        self.locked = True
        self.tasks.cancel_all()
        self._search_timer.stop()
        self._change_timer.stop()
        self._changed_ids.clear()
        self.editor.show_memory(None)
        self.editor.body.document().clearUndoRedoStacks()
        self.history.clear()
        self.meaning.refresh(None)
        self.list_pane.search.blockSignals(True)
        self.list_pane.search.clear()
        self.list_pane.search.blockSignals(False)
        self.list_pane.set_entries([])
        self.list_pane.clear_search_summary()
        self.vault_bar.counts.clear()
        self.index_bar.show_locked()
        self.statusBar().clearMessage()
        if self.dashboard is not None:
            self.dashboard.shutdown()
            self.dashboard.close()
            self.dashboard = None
        for action in self.commands.vault_actions():
            action.setEnabled(False)
        self.setWindowTitle(self.tr("MEMSHADOW — locked"))
        self.locked_view.prepare(protection)
        self.stack.setCurrentWidget(self.locked_view)

    async def show_unlocked(self) -> None:
        """The vault is open again: the memories come back, search by meaning reopens."""
        self.locked = False
        self.stack.setCurrentWidget(self.splitter)
        for action in self.commands.vault_actions():
            action.setEnabled(True)
        self._update_actions()
        self._update_title()
        await self.session.reload()
        await self.load()

    # --- geometry -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings is None:
            self.resize(1280, 800)
            return
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("main/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        history = self.settings.value("main/history", True)
        self.history_action.setChecked(history not in (False, "false"))

    def save_geometry(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.setValue("main/history", self.history_action.isChecked())
        self.settings.sync()

    def close_for_good(self) -> bool:
        """Close even with a tray (Quit); False when the user kept unsaved changes."""
        self._quitting = True
        try:
            return self.close()
        finally:
            self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.hide_on_close is not None and self.hide_on_close():
            # The app goes on in the tray: a draft stays as it is, nothing is asked.
            self.save_geometry()
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        if self.editor.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This memory has unsaved changes. Close anyway and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_geometry()
        self._search_timer.stop()
        self._change_timer.stop()
        if self.dashboard is not None:
            self.dashboard.shutdown()
            self.dashboard.close()
        self.tasks.cancel_all()
        event.accept()
        self.closed.emit()
