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
from memshadow_desktop.qt.meaning import RelatedItem
from memshadow_desktop.qt.memory_list import Entry, MemoryListPane, entry_of
from memshadow_desktop.qt.messages import describe_error

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 200
RELATED_LIMIT = 6
RELATED_MIN_SCORE = 0.2  # below this cosine, "related" is noise
TAG_LIMIT = 3
TAG_MIN_CONFIDENCE = 0.08


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
        self.sem: Any = None  # the vault's SemanticSearch once loaded; None without a model
        self.dashboard: Any = None  # the hardware dashboard, once opened
        self._semantic_task: asyncio.Task[Any] | None = None
        self._meaning_task: asyncio.Task[Any] | None = None
        self._meaning_gen = 0
        self._index_status: Any = None  # the last IndexStatus seen
        self._index_total = 0  # size of the current indexing run (for the progress bar)
        self._pending = -1  # memories waiting to be embedded (-1: not known yet)
        self._index_epoch = 0  # counts indexing progress events
        self._meaning_partial = False  # related/tags were fetched while indexing ran
        self._status_task: asyncio.Task[Any] | None = None
        self.search_mode = ""  # the mode of the last search ("fts", "semantic", "hybrid")
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
        self.bridge.indexProgress.connect(self._on_index_progress)
        self.bridge.modelNotice.connect(self._on_model_notice)
        self.editor.related.openRequested.connect(self.open_related)
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
        view_menu.addSeparator()
        self.dashboard_action = QAction(self.tr("&Hardware Dashboard…"), self)
        self.dashboard_action.setToolTip(
            self.tr("The system, the accelerators, the model in use and a benchmark")
        )
        self.dashboard_action.triggered.connect(lambda: self._spawn(self.open_dashboard()))
        view_menu.addAction(self.dashboard_action)

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
        self.index_progress = QProgressBar()
        self.index_progress.setObjectName("indexProgress")
        self.index_progress.setMaximumWidth(120)
        self.index_progress.setMaximumHeight(12)
        self.index_progress.setTextVisible(False)
        self.index_progress.hide()
        sb.addPermanentWidget(self.index_progress)
        self.index_label = QLabel()
        self.index_label.setObjectName("indexLabel")
        self.engine_label = QLabel()
        self.engine_label.setObjectName("engineLabel")
        for w in (self.index_label, self.engine_label):
            w.setContentsMargins(8, 0, 8, 0)
            sb.addPermanentWidget(w)
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

    async def wait_idle(self) -> None:
        """Until no window task runs and no debounce timer is pending."""
        while self.busy():
            await asyncio.sleep(0.02)

    async def screenshot_search(self, query: str) -> None:
        """For --screenshot --search: embed what is pending, search, open the best match."""
        sem = await self.semantic_ready()
        if sem is not None:
            await self.bridge.call(sem.run_until_done)
            await self.refresh_index_status()
        self.list_pane.search.setText(query)
        await self.wait_idle()
        entries = self.list_pane.model.entries()
        if entries:
            self.list_pane.select(entries[0].id)
        await self.wait_idle()

    def busy(self) -> bool:
        """True while a window task runs or a debounce timer is pending (tests wait on this)."""
        if self._search_timer.isActive() or self._change_timer.isActive():
            return True
        return any(not t.done() for t in self._tasks)

    # --- loading ------------------------------------------------------------------------------

    async def load(self) -> None:
        """First fill: counts, the list, and the first memory open in the editor; search by
        meaning (index load and the background indexer) starts alongside."""
        if self._semantic_task is None:
            self._semantic_task = self._spawn(self._start_semantic())
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
            if self._semantic_task is not None and not self._semantic_task.done():
                await asyncio.shield(self._semantic_task)  # the first search waits for the index
            result = await self.bridge.call(self.svc.find, query, limit=SEARCH_LIMIT)
            entries = [
                entry_of(h.memory, h.snippet, h.score, self._score_words(h.scores))
                for h in result.hits
            ]
        else:
            memories = await self.bridge.call(self.svc.list)
            entries = [entry_of(m) for m in memories]
        if gen != self._list_gen:
            return False
        current = self.editor.memory.id if self.editor.memory else ""
        self.list_pane.set_entries(entries, keep=current)
        if query and not trash:
            n = len(entries)
            self.search_mode = result.mode
            matches = self.tr("1 match") if n == 1 else self.tr("{0} matches").format(n)
            self.list_pane.summary.setText(
                self.tr("{0} · {1}").format(matches, self._mode_name(result.mode))
            )
            self.list_pane.summary.setToolTip(self._mode_tip(result.mode))
            self._show_search_hint(result.hint)
        else:
            self.search_mode = ""
            self.list_pane.summary.setText("")
            self.list_pane.summary.setToolTip("")
            self._show_search_hint(None)
        return True

    def _mode_name(self, mode: str) -> str:
        return {
            "hybrid": self.tr("hybrid"),
            "semantic": self.tr("by meaning"),
            "fts": self.tr("full text"),
        }.get(mode, mode)

    def _mode_tip(self, mode: str) -> str:
        return {
            "hybrid": self.tr(
                "Hybrid search: ranked by meaning, with a boost for the words you typed"
            ),
            "semantic": self.tr("Search by meaning only"),
            "fts": self.tr("Full-text search: memories that contain the words you typed"),
        }.get(mode, "")

    def _score_words(self, scores: dict[str, float | None]) -> str:
        parts = []
        if scores.get("cosine") is not None:
            parts.append(self.tr("meaning {0}").format(f"{scores['cosine']:.2f}"))
        if scores.get("bm25") is not None:
            parts.append(self.tr("words {0}").format(f"{scores['bm25']:.2f}"))
        return " · ".join(parts)

    def _show_search_hint(self, hint: str | None) -> None:
        hint_label = self.list_pane.hint
        if hint == "no_model":
            hint_label.setText(
                self.tr(
                    "Matching words only. Install an embedding model (memshadow models) "
                    "to search by meaning."
                )
            )
            hint_label.show()
        else:
            hint_label.hide()

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
        self.refresh_meaning()

    async def _reload_history(self, memory: Memory) -> None:
        revisions = await self.bridge.call(self.svc.history, memory.id)
        if self.editor.memory is not None and self.editor.memory.id == memory.id:
            self.history.set_revisions(revisions, self.editor.memory.head_rev)

    # --- search by meaning --------------------------------------------------------------------

    async def _start_semantic(self) -> None:
        """Load the vector index and start the background indexer (both off the GUI thread)."""
        self.index_label.setText(self.tr("Loading the search index…"))
        try:
            self.sem = await self.bridge.call(self.svc.semantic, background=True)
        except MemshadowError as exc:
            self.sem = None
            self.index_label.setText(self.tr("Search by meaning is unavailable"))
            self.index_label.setToolTip(describe_error(exc))
            self.engine_label.setText("")
            return
        if self.sem is None:
            self.index_label.setText(self.tr("Search: full text"))
            self.index_label.setToolTip(
                self.tr("Install an embedding model (memshadow models) to search by meaning")
            )
            self.engine_label.setText(self.tr("No embedding model"))
            self.engine_label.setToolTip("")
        else:
            await self.refresh_index_status()
        if self.editor.memory is not None:
            self.refresh_meaning()

    def _on_model_notice(self, message: str) -> None:
        """The model is being rebuilt (after an upgrade): say so while search waits for it."""
        self.index_label.setText(self.tr("Updating the embedding model…"))
        self.index_label.setToolTip(message)

    async def reload_semantic(self) -> None:
        """Open search again (another model or precision): the indexer re-embeds the vault."""
        await self.semantic_ready()
        self.sem = None
        self._index_status = None
        self._pending = -1
        self.engine_label.setText("")
        self._semantic_task = self._spawn(self._start_semantic())
        await self.semantic_ready()

    async def semantic_ready(self) -> Any:
        """Wait until the index is loaded and the indexer started; the SemanticSearch or None."""
        if self._semantic_task is not None and not self._semantic_task.done():
            await asyncio.shield(self._semantic_task)
        return self.sem

    @property
    def index_status(self) -> Any:
        """The last IndexStatus the window saw (None without a model)."""
        return self._index_status

    async def refresh_index_status(self) -> None:
        sem = self.sem
        if sem is None:
            return
        status = await self.bridge.call(sem.status)
        self._index_status = status
        self._pending = status.pending
        self._show_index(status.pending, status.indexed, status.paused_reason)
        if not self.engine_label.text():
            await self._show_engine()

    def _show_index(self, pending: int, indexed: int | None, paused: str | None = None) -> None:
        if pending > 0:
            self._index_total = max(self._index_total, pending)
            self.index_progress.setRange(0, self._index_total)
            self.index_progress.setValue(self._index_total - pending)
            self.index_progress.setVisible(not paused)
            text = (
                self.tr("Indexing paused: {0} to go").format(f"{pending:,}")
                if paused
                else self.tr("Indexing: {0} to go").format(f"{pending:,}")
            )
            self.index_label.setText(text)
            self.index_label.setToolTip(
                self.tr("Paused: {0}").format(paused)
                if paused
                else self.tr("Memories are embedded in the background for search by meaning")
            )
        else:
            self._index_total = 0
            self.index_progress.hide()
            if indexed is not None:
                self.index_label.setText(
                    self.tr("Search by meaning: {0} indexed").format(f"{indexed:,}")
                )
            self.index_label.setToolTip(self.tr("Every memory is indexed for search by meaning"))

    async def _show_engine(self) -> None:
        """Provider and precision actually in use, as the inference engine reports them (the
        model fingerprint where it does not)."""
        from memshadow_desktop.qt.engine_info import engine_snapshot

        snap = await self.bridge.call(engine_snapshot, self.sem)
        if snap is None:
            return
        parts = [snap.model, snap.provider or "", snap.precision or ""]
        self.engine_label.setText(" · ".join(p for p in parts if p))
        tip = self.tr("Embedding model: {0}").format(snap.fingerprint)
        if snap.fallback_reason:
            tip += "\n" + self.tr("Fallback: {0}").format(snap.fallback_reason)
        self.engine_label.setToolTip(tip)

    async def open_dashboard(self, *, for_screenshot: bool = False) -> QWidget:
        """Show the hardware dashboard (one per window); for a screenshot, wait for its data
        and run the benchmark once."""
        from memshadow_desktop.qt.dashboard import HardwareDashboard

        if self.dashboard is None:
            self.dashboard = HardwareDashboard(self)
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

    def _on_index_progress(self, _done: int, pending: int) -> None:
        self._index_epoch += 1
        if pending >= 0:
            self._pending = pending
            self._show_index(pending, None)
        if pending <= 0 and (self._status_task is None or self._status_task.done()):
            self._status_task = self._spawn(self.refresh_index_status())
        if pending == 0 and self._meaning_partial:
            self.refresh_meaning()  # shown while indexing: now the whole vault counts

    def _not_indexed_text(self) -> str:
        return self.tr("Related memories appear once the vault is indexed.")

    def refresh_meaning(self) -> None:
        """Fetch "related" and tag suggestions for the open memory (a newer call wins: an
        older one still in flight finds its generation outdated and drops its results)."""
        self._meaning_gen += 1
        memory = self.editor.memory
        if memory is None or memory.deleted or self.list_pane.showing_trash:
            self.editor.related.clear()
            self.editor.suggestions.set_suggestions([])
            return
        self._meaning_task = self._spawn(self._load_meaning(memory.id, self._meaning_gen))

    async def _load_meaning(self, memory_id: str, gen: int) -> None:
        sem = self.sem
        if sem is None:
            if self._semantic_task is not None and self._semantic_task.done():
                self.editor.related.set_message(
                    self.tr("Install an embedding model to see memories related in meaning.")
                )
                self.editor.suggestions.set_suggestions([])
            return
        epoch, partial = self._index_epoch, self._pending != 0
        related = await self.bridge.call(sem.related, memory_id, RELATED_LIMIT)
        tags = await self.bridge.call(sem.suggest_tags, memory_id, TAG_LIMIT + 3)
        if gen != self._meaning_gen:
            return
        # Fetched while the indexer was still at work: fetch again once it is done.
        self._meaning_partial = partial
        if partial and self._index_epoch != epoch and self._pending == 0:
            self.refresh_meaning()
            return
        items = [
            RelatedItem(h.memory.id, h.memory.title, h.score, h.snippet)
            for h in related
            if h.score >= RELATED_MIN_SCORE
        ]
        status = self._index_status
        if items:
            self.editor.related.set_items(items)
        elif status is not None and status.vectors == 0:
            self.editor.related.set_message(self._not_indexed_text())
        else:
            self.editor.related.set_items([])
        typed = set(self.editor.draft().tags)
        chips = [
            (t.tag, t.confidence, t.support)
            for t in tags
            if t.confidence >= TAG_MIN_CONFIDENCE and t.tag not in typed
        ][:TAG_LIMIT]
        self.editor.suggestions.set_suggestions(chips)

    def open_related(self, memory_id: str) -> None:
        """Open a memory from the related strip (selecting it when the list shows it)."""
        if self.list_pane.model.row_of(memory_id) >= 0:
            self.list_pane.select(memory_id)  # asks about unsaved changes itself
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        self.list_pane.select_silently("")
        self._spawn(self.open_memory(memory_id))

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
        self.refresh_meaning()
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
        if self.dashboard is not None:
            self.dashboard.shutdown()
            self.dashboard.close()
        for task in list(self._tasks):
            task.cancel()
        event.accept()
