"""The main window: memory list | editor | history, a toolbar and a status bar.

Every core call goes through ``ServiceBridge.call`` (a worker thread, awaited on the qasync
loop); list and count refreshes are driven by the core's ``memory.changed`` events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QWidget,
)

from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.store.models import Memory
from memshadow_desktop.qt.bridge import ServiceBridge, keep_task
from memshadow_desktop.qt.editor import EditorPane
from memshadow_desktop.qt.history import HistoryPane
from memshadow_desktop.qt.memory_list import Entry, MemoryListPane, entry_of
from memshadow_desktop.qt.messages import describe_error

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 200


class MainWindow(QMainWindow):
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
        self._tasks: set[asyncio.Task[Any]] = set()
        self._list_task: asyncio.Task[Any] | None = None
        self._list_gen = 0
        self._open_gen = 0
        self._loaded = False
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
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()

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
        self.bridge.importProgress.connect(self._on_import_progress)
        self._restore_geometry()

    # --- construction -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.new_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&New"), self
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Write a new memory (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_memory)

        self.save_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("&Save"), self
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save a new revision (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.save_action.setEnabled(False)

        self.trash_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Move to &Trash"), self
        )
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_pane.view.addAction(self.trash_action)
        self.trash_action.triggered.connect(self.trash_current)
        self.trash_action.setEnabled(False)

        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)

        self.history_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("&History"),
            self,
        )
        self.history_action.setCheckable(True)
        self.history_action.setChecked(True)
        self.history_action.setToolTip(self.tr("Show or hide the history of the memory"))
        self.history_action.toggled.connect(self.history.setVisible)

        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.new_action)
        bar.addAction(self.save_action)
        bar.addAction(self.trash_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.history_action)
        self.addToolBar(bar)
        self.toolbar = bar
        self._build_menus()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Import Folder…"), self)
        import_action.setToolTip(self.tr("Import the .md and .txt notes of a folder"))
        import_action.triggered.connect(self._choose_import_folder)
        file_menu.addAction(import_action)
        self.import_action = import_action
        file_menu.addSeparator()
        close_action = QAction(self.tr("&Close Window"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        file_menu.addAction(close_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.history_action)
        show_trash = QAction(self.tr("Show &Trash"), self)
        show_trash.setCheckable(True)
        show_trash.toggled.connect(
            lambda on: (
                self.list_pane.trash_button if on else self.list_pane.memories_button
            ).click()
        )
        self.list_pane.viewChanged.connect(show_trash.setChecked)
        view_menu.addAction(show_trash)

        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About MEMSHADOW"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MEMSHADOW"),
            self.tr(
                "<b>MEMSHADOW Desktop</b> {0}<br>Your memories, encrypted on this device."
            ).format(QApplication.applicationVersion() or ""),
        )

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        sb.addPermanentWidget(self.progress)
        self.vault_label = QLabel()
        self.vault_label.setObjectName("vaultLabel")
        self.protection_label = QLabel()
        self.protection_label.setObjectName("protectionLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        for w in (self.vault_label, self.protection_label, self.counts_label):
            w.setContentsMargins(8, 0, 8, 0)
            sb.addPermanentWidget(w)
        self.vault_label.setText(self.tr("Vault: {0}").format(self.svc.paths.data_dir))
        self.vault_label.setToolTip(str(self.svc.paths.vault_db))
        protection = self.svc.protection
        self.protection_label.setText(
            self.tr("Protection: passphrase (Argon2id)")
            if protection == "passphrase"
            else self.tr("Protection: system keyring")
        )
        self.protection_label.setToolTip(
            self.tr("The vault key is protected by your passphrase")
            if protection == "passphrase"
            else self.tr("The vault key is kept in the system keyring")
        )

    # --- tasks --------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        return keep_task(asyncio.ensure_future(self._guard(coro)), self._tasks)

    async def _guard(self, coro: Coroutine[Any, Any, Any]) -> Any:
        try:
            return await coro
        except asyncio.CancelledError:
            raise
        except MemshadowError as exc:
            self.report_error(exc)
        except Exception as exc:
            log.exception("GUI action failed")
            self.report_error(exc)
        return None

    def report_error(self, exc: BaseException) -> None:
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

    def busy(self) -> bool:
        """True while a window task runs or a debounce timer is pending (tests wait on this)."""
        if self._search_timer.isActive() or self._change_timer.isActive():
            return True
        return any(not t.done() for t in self._tasks)

    # --- loading ------------------------------------------------------------------------------

    async def load(self) -> None:
        """First fill: counts, the list, and the first memory open in the editor."""
        await self.refresh_counts()
        await self.reload_list()
        if self.list_pane.model.rowCount() > 0:
            self.list_pane.select_silently(self.list_pane.model.entries()[0].id)
            await self.open_memory(self.list_pane.model.entries()[0].id)
        else:
            self.history.clear()
        self._loaded = True

    async def refresh_counts(self) -> None:
        counts = await self.bridge.call(self.svc.counts)
        self.counts_label.setText(
            self.tr("{0} memories · {1} in trash · {2} revisions").format(
                f"{counts.get('memories', 0):,}",
                f"{counts.get('trashed', 0):,}",
                f"{counts.get('revisions', 0):,}",
            )
        )
        self.list_pane.trash_button.setText(
            self.tr("Trash ({0})").format(counts.get("trashed", 0))
            if counts.get("trashed", 0)
            else self.tr("Trash")
        )
        self.list_pane.memories_button.setText(
            self.tr("Memories ({0})").format(f"{counts.get('memories', 0):,}")
        )

    async def reload_list(self) -> bool:
        """Fetch what the list should show now; a reload overtaken by a newer one is dropped."""
        self._list_gen += 1
        gen = self._list_gen
        trash = self.list_pane.showing_trash
        query = self.list_pane.search.text().strip()
        entries: list[Entry]
        if trash:
            memories = await self.bridge.call(self.svc.list, trashed=True)
            entries = [entry_of(m) for m in memories]
        elif query:
            hits = await self.bridge.call(self.svc.search, query, limit=SEARCH_LIMIT)
            entries = [entry_of(h.memory, h.snippet) for h in hits]
        else:
            memories = await self.bridge.call(self.svc.list)
            entries = [entry_of(m) for m in memories]
        if gen != self._list_gen:
            return False
        current = self.editor.memory.id if self.editor.memory else ""
        self.list_pane.set_entries(entries, keep=current)
        if query and not trash:
            n = len(entries)
            self.list_pane.summary.setText(
                self.tr("1 match") if n == 1 else self.tr("{0} matches").format(n)
            )
        else:
            self.list_pane.summary.setText("")
        return True

    def _start_list_reload(self) -> None:
        """Search as you type: a newer query cancels the one still in flight."""
        if self._list_task is not None and not self._list_task.done():
            self._list_task.cancel()
        self._list_task = self._spawn(self.reload_list())

    async def open_memory(self, memory_id: str) -> None:
        self._open_gen += 1
        gen = self._open_gen
        memory = await self.bridge.call(self.svc.get, memory_id)
        revisions = await self.bridge.call(self.svc.history, memory_id)
        if gen != self._open_gen:
            return
        self.editor.show_memory(memory, trashed=memory.deleted)
        self.history.set_revisions(revisions, memory.head_rev)
        self._update_actions()
        self._update_title()

    async def _reload_history(self, memory: Memory) -> None:
        revisions = await self.bridge.call(self.svc.history, memory.id)
        if self.editor.memory is not None and self.editor.memory.id == memory.id:
            self.history.set_revisions(revisions, self.editor.memory.head_rev)

    # --- reactions ----------------------------------------------------------------------------

    def _on_current_changed(self, memory_id: str) -> None:
        if not memory_id:
            return
        if self.editor.memory is not None and self.editor.memory.id == memory_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            self.list_pane.select_silently(self.editor.memory.id if self.editor.memory else "")
            return
        self._spawn(self.open_memory(memory_id))

    def _on_view_changed(self, _trash: bool) -> None:
        if self.editor.dirty and not self._confirm_discard():
            self.list_pane.memories_button.setChecked(True)
            return
        self._spawn(self._switch_view())

    async def _switch_view(self) -> None:
        self.editor.show_memory(None)
        self.history.clear()
        await self.reload_list()
        entries = self.list_pane.model.entries()
        if entries:
            self.list_pane.select_silently(entries[0].id)
            await self.open_memory(entries[0].id)
        elif self.list_pane.showing_trash:
            self.editor.show_memory(None, trashed=False)
        self._update_actions()

    def _on_memory_changed(self, memory_id: str, _action: str) -> None:
        self._changed_ids.add(memory_id)
        self._change_timer.start()

    def _after_changes(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        self._spawn(self._apply_changes(ids))

    async def _apply_changes(self, ids: set[str]) -> None:
        await self.refresh_counts()
        await self.reload_list()
        current = self.editor.memory
        if current is None or self.editor.dirty or not ({current.id, ""} & ids):
            return
        fresh = await self.bridge.call(self.svc.get, current.id)
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

    # --- commands -----------------------------------------------------------------------------

    def new_memory(self) -> None:
        if self.list_pane.showing_trash:
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        self._open_gen += 1  # drop an open still in flight
        self.editor.show_memory(None)
        self.list_pane.select_silently("")
        self.history.clear()
        self._update_actions()
        self._update_title()
        self.editor.title.setFocus()

    def save(self) -> asyncio.Task[Any] | None:
        if not self.editor.dirty or self.list_pane.showing_trash:
            return None
        return self._spawn(self._save())

    async def _save(self) -> None:
        draft = self.editor.draft()
        if self.editor.memory is None:
            memory = await self.bridge.call(
                self.svc.add, draft.body, title=draft.title or None, tags=draft.tags
            )
            self.statusBar().showMessage(self.tr("Saved a new memory"), 4000)
        else:
            memory = await self.bridge.call(
                self.svc.edit,
                self.editor.memory.id,
                body=draft.body,
                title=draft.title,
                tags=draft.tags,
            )
            self.statusBar().showMessage(self.tr("Saved a new revision"), 4000)
        self.editor.mark_saved(memory)
        self._update_title()
        self._update_actions()
        await self._reload_history(memory)
        await self.reload_list()
        self.list_pane.select_silently(memory.id)

    def trash_current(self) -> asyncio.Task[Any] | None:
        memory = self.editor.memory
        if memory is None or self.list_pane.showing_trash:
            return None
        return self._spawn(self._trash(memory))

    async def _trash(self, memory: Memory) -> None:
        row = self.list_pane.model.row_of(memory.id)
        await self.bridge.call(self.svc.trash, memory.id)
        self.statusBar().showMessage(
            self.tr("Moved “{0}” to the trash").format(memory.title or memory.id[:8]), 5000
        )
        self.editor.show_memory(None)
        self.history.clear()
        await self.reload_list()
        await self.refresh_counts()
        await self._select_row(row)

    async def _select_row(self, row: int) -> None:
        entries = self.list_pane.model.entries()
        if entries and row >= 0:
            target = entries[min(row, len(entries) - 1)].id
            self.list_pane.select_silently(target)
            await self.open_memory(target)
        self._update_actions()
        self._update_title()

    def restore_from_trash(self) -> asyncio.Task[Any] | None:
        memory = self.editor.memory
        if memory is None or not self.list_pane.showing_trash:
            return None
        return self._spawn(self._restore_from_trash(memory))

    async def _restore_from_trash(self, memory: Memory) -> None:
        row = self.list_pane.model.row_of(memory.id)
        await self.bridge.call(self.svc.restore, memory.id)
        self.statusBar().showMessage(
            self.tr("Restored “{0}” from the trash").format(memory.title or memory.id[:8]), 5000
        )
        self.editor.show_memory(None)
        self.history.clear()
        await self.reload_list()
        await self.refresh_counts()
        await self._select_row(row)

    def restore_revision(self, rev_id: str) -> asyncio.Task[Any] | None:
        memory = self.editor.memory
        if memory is None:
            return None
        if self.editor.dirty and not self._confirm_discard():
            return None
        return self._spawn(self._restore_revision(memory, rev_id))

    async def _restore_revision(self, memory: Memory, rev_id: str) -> None:
        restored = await self.bridge.call(self.svc.restore, memory.id, rev_id)
        self.statusBar().showMessage(self.tr("Restored an earlier version as a new revision"), 5000)
        await self.open_memory(restored.id)
        await self.reload_list()

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import notes from a folder"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> asyncio.Task[Any]:
        return self._spawn(self._import(folder))

    async def _import(self, folder: Path) -> None:
        self.import_action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        try:
            report = await self.bridge.call(self.svc.import_path, folder)
        finally:
            self.progress.hide()
            self.import_action.setEnabled(True)
        message = self.tr("Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped").format(
            folder.name,
            report.created,
            report.updated,
            report.unchanged,
            len(report.skipped),
        )
        self.statusBar().showMessage(message, 10_000)

    def _on_import_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

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

    def closeEvent(self, event: QCloseEvent) -> None:
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
        for task in list(self._tasks):
            task.cancel()
        event.accept()
