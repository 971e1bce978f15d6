"""Search by meaning for one open vault, as the window runs it: the vault's SemanticSearch
once loaded (off the GUI thread), the background indexer's progress, and the index status the
status bar shows."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject, Signal

from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.engine_info import engine_snapshot
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.status_bar import IndexStatusBar


class SemanticSession(QObject):
    """The vault's SemanticSearch for the GUI (None without a model), loaded and indexed in
    the background, and what the status bar says about it.

    ``loaded``: search by meaning was (re)opened, with a model or without one.
    ``indexed``: the background indexer reports nothing left to embed.
    """

    loaded = Signal()
    indexed = Signal()

    def __init__(
        self,
        service: MemshadowService,
        tasks: TaskRunner,
        view: IndexStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = tasks
        self.view = view
        self.sem: Any = None  # the vault's SemanticSearch once loaded; None without a model
        self.status: Any = None  # the last IndexStatus seen
        self.pending = -1  # memories waiting to be embedded (-1: not known yet)
        self._opening: asyncio.Task[Any] | None = None

    def start(self) -> None:
        """Load the vector index and start the background indexer (both off the GUI thread)."""
        if self._opening is None:
            self._opening = self.tasks.spawn(self._open())

    @property
    def opened(self) -> bool:
        """The first opening is over (with a model, without one, or failed)."""
        return self._opening is not None and self._opening.done()

    async def ready(self) -> Any:
        """Wait until the index is loaded and the indexer started; the SemanticSearch or None."""
        if self._opening is not None and not self._opening.done():
            await asyncio.shield(self._opening)
        return self.sem

    async def reload(self) -> None:
        """Open search again (another model or precision): the indexer re-embeds the vault."""
        await self.ready()
        self.sem = None
        self.status = None
        self.pending = -1
        self.view.clear_engine()
        self._opening = None
        self.start()
        await self.ready()

    async def _open(self) -> None:
        self.view.show_loading()
        try:
            self.sem = await self.tasks.call(self.service.semantic, background=True)
        except MemshadowError as exc:
            self.sem = None
            self.view.show_unavailable(describe_error(exc))
            return
        if self.sem is None:
            self.view.show_full_text_only()
        else:
            await self.refresh_status()
        self.loaded.emit()

    async def refresh_status(self) -> None:
        sem = self.sem
        if sem is None:
            return
        status = await self.tasks.call(sem.status)
        self.status = status
        self.pending = status.pending
        self.view.show_index(status.pending, status.indexed, status.paused_reason)
        if not self.view.shows_engine():
            snap = await self.tasks.call(engine_snapshot, sem)
            if snap is not None:
                self.view.show_engine(snap)

    def on_model_notice(self, message: str) -> None:
        self.view.show_model_notice(message)

    def on_progress(self, _done: int, pending: int) -> None:
        if pending >= 0:
            self.pending = pending
            self.view.show_index(pending, None)
        if pending <= 0 and not self.tasks.running("semantic.status"):
            self.tasks.spawn(self.refresh_status(), key="semantic.status")
        if pending == 0:
            self.indexed.emit()
