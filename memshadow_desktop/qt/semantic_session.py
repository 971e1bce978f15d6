"""Search by meaning for one open vault, as the window runs it: loading it (off the GUI
thread), the background indexer's progress, the index status and the engine in use that the
status bar shows."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject, Signal

from memshadow_desktop.core.api import EngineSnapshot, IndexStatus, MemshadowError, Notice
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.messages import describe_error, describe_notice
from memshadow_desktop.qt.status_bar import IndexStatusBar


class SemanticSession(QObject):
    """Search by meaning for the GUI, loaded and indexed in the background, and what the
    status bar says about it.

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
        self.available = False  # search by meaning works (a model is installed and loaded)
        # The embedder search runs, as last reported (the engine label, the dashboard).
        self.engine: EngineSnapshot | None = None
        self.status: IndexStatus | None = None  # the last seen
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

    async def ready(self) -> bool:
        """Wait until search by meaning is loaded; whether it is available."""
        if self._opening is not None and not self._opening.done():
            await asyncio.shield(self._opening)
        return self.available

    async def reload(self) -> None:
        """Open search again (another model or precision): the indexer re-embeds the vault."""
        await self.ready()
        self.engine = None
        self.available = False
        self.status = None
        self.pending = -1
        self.view.clear_engine()
        self._opening = None
        self.start()
        await self.ready()

    async def _open(self) -> None:
        self.view.show_loading()
        try:
            self.available = await self.tasks.call(self.service.search.load)
        except MemshadowError as exc:
            self.available = False
            self.view.show_unavailable(describe_error(exc))
            return
        if not self.available:
            self.view.show_full_text_only()
        else:
            self.engine = await self.tasks.call(self.service.models.engine)
            await self.refresh_status()
        self.loaded.emit()

    async def refresh_status(self) -> None:
        if not self.available:
            return
        status = await self.tasks.call(self.service.search.status)
        if status is None:
            return
        self.status = status
        self.pending = status.pending
        paused = describe_notice(status.paused) if status.paused else None
        self.view.show_index(status.pending, status.indexed, paused)
        if not self.view.shows_engine():
            engine = await self.tasks.call(self.service.models.engine)
            if engine is not None:
                self.engine = engine
                self.view.show_engine(engine)

    def on_model_notice(self, notice: Notice) -> None:
        self.view.show_model_notice(describe_notice(notice))

    def on_progress(self, _done: int, pending: int) -> None:
        if pending >= 0:
            self.pending = pending
            self.view.show_index(pending, None)
        if pending <= 0 and not self.tasks.running("semantic.status"):
            self.tasks.spawn(self.refresh_status(), key="semantic.status")
        if pending == 0:
            self.indexed.emit()
