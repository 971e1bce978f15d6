"""The main window's commands on memories: new, save, move to and restore from the trash,
restore a revision, import a folder. A base class of MainWindow, which provides the panes."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from memshadow_desktop.core.api import Memory
from memshadow_desktop.qt.count_words import count_words

if TYPE_CHECKING:
    from memshadow_desktop.core.service import MemshadowService
    from memshadow_desktop.qt.bridge import TaskRunner
    from memshadow_desktop.qt.editor import EditorPane
    from memshadow_desktop.qt.history import HistoryPane
    from memshadow_desktop.qt.memory_list import MemoryListPane
    from memshadow_desktop.qt.status_bar import ImportProgress

# The texts keep the context of the window they appear in ("MainWindow").
translate = QCoreApplication.translate


class MemoryCommands(QMainWindow):
    svc: MemshadowService
    tasks: TaskRunner
    editor: EditorPane
    history: HistoryPane
    list_pane: MemoryListPane
    progress: ImportProgress
    import_action: QAction

    # Provided by the window.
    def _confirm_discard(self) -> bool:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _update_title(self) -> None:
        raise NotImplementedError

    def refresh_meaning(self) -> None:
        raise NotImplementedError

    async def reload_list(self) -> bool:
        raise NotImplementedError

    async def refresh_counts(self) -> None:
        raise NotImplementedError

    async def open_memory(self, memory_id: str) -> None:
        raise NotImplementedError

    async def _reload_history(self, memory: Memory) -> None:
        raise NotImplementedError

    # --- commands -----------------------------------------------------------------------------

    def new_memory(self) -> None:
        if self.list_pane.showing_trash:
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        self.tasks.cancel("open")  # an open still in flight would replace the blank memory
        self.editor.show_memory(None)
        self.list_pane.select_silently("")
        self.history.clear()
        self._update_actions()
        self._update_title()
        self.editor.title.setFocus()

    async def save_now(self) -> None:
        """Save the draft, if it has changes, and wait for it (before locking)."""
        if self.editor.dirty and not self.list_pane.showing_trash:
            await self._save()

    def save(self) -> asyncio.Task[Any] | None:
        if not self.editor.dirty or self.list_pane.showing_trash:
            return None
        return self.tasks.spawn(self._save())

    async def _save(self) -> None:
        draft = self.editor.draft()
        if self.editor.memory is None:
            memory = await self.tasks.call(
                self.svc.memories.add, draft.body, title=draft.title or None, tags=draft.tags
            )
            self.statusBar().showMessage(translate("MainWindow", "Saved a new memory"), 4000)
        else:
            memory = await self.tasks.call(
                self.svc.memories.edit,
                self.editor.memory.id,
                body=draft.body,
                title=draft.title,
                tags=draft.tags,
            )
            self.statusBar().showMessage(translate("MainWindow", "Saved a new revision"), 4000)
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
        return self.tasks.spawn(self._trash(memory))

    async def _trash(self, memory: Memory) -> None:
        row = self.list_pane.model.row_of(memory.id)
        await self.tasks.call(self.svc.memories.trash, memory.id)
        done = translate("MainWindow", "Moved “{0}” to the trash").format(
            memory.title or memory.id[:8]
        )
        await self._after_moving(row, done)

    async def _after_moving(self, row: int, done: str) -> None:
        """A memory left the list shown (to or from the trash): open the one now in its row."""
        self.statusBar().showMessage(done, 5000)
        self.editor.show_memory(None)
        self.history.clear()
        await self.reload_list()
        await self.refresh_counts()
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
        return self.tasks.spawn(self._restore_from_trash(memory))

    async def _restore_from_trash(self, memory: Memory) -> None:
        row = self.list_pane.model.row_of(memory.id)
        await self.tasks.call(self.svc.memories.restore, memory.id)
        done = translate("MainWindow", "Restored “{0}” from the trash").format(
            memory.title or memory.id[:8]
        )
        await self._after_moving(row, done)

    def restore_revision(self, rev_id: str) -> asyncio.Task[Any] | None:
        memory = self.editor.memory
        if memory is None:
            return None
        if self.editor.dirty and not self._confirm_discard():
            return None
        return self.tasks.spawn(self._restore_revision(memory, rev_id))

    async def _restore_revision(self, memory: Memory, rev_id: str) -> None:
        restored = await self.tasks.call(self.svc.memories.restore, memory.id, rev_id)
        self.statusBar().showMessage(
            translate("MainWindow", "Restored an earlier version as a new revision"), 5000
        )
        await self.open_memory(restored.id)
        await self.reload_list()

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("MainWindow", "Import notes from a folder")
        )
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> asyncio.Task[Any]:
        return self.tasks.spawn(self._import(folder))

    async def _import(self, folder: Path) -> None:
        self.import_action.setEnabled(False)
        self.progress.start()
        try:
            report = await self.tasks.call(self.svc.memories.import_path, folder)
        finally:
            self.progress.hide()
            self.import_action.setEnabled(True)
        words = count_words()
        message = translate("MainWindow", "Imported {0}: {1}, {2}, {3}, {4}").format(
            folder.name,
            words.new(report.created),
            words.updated(report.updated),
            words.unchanged(report.unchanged),
            words.skipped(len(report.skipped)),
        )
        self.statusBar().showMessage(message, 10_000)
