"""The seam between the GUI thread and the core.

* ``run_blocking`` runs a synchronous core call on a worker thread and lets the GUI ``await`` it
  (qasync drives the asyncio loop from Qt's event loop). The GUI never calls the store itself.
* ``ServiceBridge`` re-emits the core's plain-Python events (published on store and worker
  threads) as Qt signals, delivered on the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from memshadow_desktop.core.events import IMPORT_PROGRESS, MEMORY_CHANGED, MODEL_NOTICE, Event
from memshadow_desktop.core.service import MemshadowService

log = logging.getLogger(__name__)

# core.search.semantic.INDEX_PROGRESS, spelled out so the window starts without importing numpy
# and faiss (a test checks the two agree).
INDEX_PROGRESS = "index.progress"

P = ParamSpec("P")
T = TypeVar("T")

_executor: ThreadPoolExecutor | None = None
_vault_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


class OnGuiThreadError(RuntimeError):
    """A core call was about to run on the GUI thread (a bug in the GUI layer)."""


def _worker_pool() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="memshadow-gui-call")
        return _executor


def _vault_pool() -> ThreadPoolExecutor:
    global _vault_executor
    with _executor_lock:
        if _vault_executor is None:
            _vault_executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="memshadow-vault"
            )
        return _vault_executor


def shutdown_workers() -> None:
    """Wait for running calls and drop the pools (a later call makes new ones)."""
    global _executor, _vault_executor
    with _executor_lock:
        pools = (_executor, _vault_executor)
        _executor = _vault_executor = None
    for pool in pools:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _off_gui(fn: Callable[..., T], gui_thread: threading.Thread) -> T:
    if threading.current_thread() is gui_thread:
        raise OnGuiThreadError(getattr(fn, "__name__", repr(fn)))
    return fn()


async def run_blocking(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Await ``fn(*args, **kwargs)`` run on a worker thread, never on the GUI thread."""
    loop = asyncio.get_running_loop()
    call = functools.partial(fn, *args, **kwargs)
    return await loop.run_in_executor(
        _worker_pool(), functools.partial(_off_gui, call, threading.current_thread())
    )


async def run_on_vault_thread(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Like ``run_blocking``, on the one thread that opens and closes vaults.

    The vault's lock file is a ``filelock.FileLock``, whose state is per thread: a vault opened
    on one thread and closed on another keeps its lock. Opening (create/unlock) and closing on
    the same thread releases it properly.
    """
    loop = asyncio.get_running_loop()
    call = functools.partial(fn, *args, **kwargs)
    return await loop.run_in_executor(
        _vault_pool(), functools.partial(_off_gui, call, threading.current_thread())
    )


class ServiceBridge(QObject):
    """Owns the open service for the GUI; core events come out as signals on the GUI thread."""

    memoryChanged = Signal(str, str)  # memory id ("" for many), action
    importProgress = Signal(int, int)  # done, total
    indexProgress = Signal(int, int)  # embedded in this step, still pending (-1: not known)
    modelNotice = Signal(str)  # opening the model takes longer than usual (a rebuild): why
    _event = Signal(object)

    def __init__(self, service: MemshadowService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # Emitted from store threads; the queued connection delivers on this object's thread.
        self._event.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = service.events.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:  # any thread
        with contextlib.suppress(RuntimeError):  # the bridge is being destroyed
            self._event.emit(event)

    @Slot(object)
    def _dispatch(self, event: Event) -> None:  # GUI thread
        if event.kind == MEMORY_CHANGED:
            self.memoryChanged.emit(event.data.get("id") or "", event.data.get("action") or "")
        elif event.kind == IMPORT_PROGRESS:
            self.importProgress.emit(
                int(event.data.get("done", 0)), int(event.data.get("total", 0))
            )
        elif event.kind == MODEL_NOTICE:
            self.modelNotice.emit(str(event.data.get("message", "")))
        elif event.kind == INDEX_PROGRESS:
            pending = event.data.get("pending")
            if pending is None and "total" in event.data:  # a foreground run: done of total
                pending = int(event.data["total"]) - int(event.data.get("done", 0))
            self.indexProgress.emit(
                int(event.data.get("done", 0)), -1 if pending is None else int(pending)
            )

    async def call(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await run_blocking(fn, *args, **kwargs)

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await run_on_vault_thread(self.service.close)


def keep_task(task: asyncio.Task[Any], owner: set[asyncio.Task[Any]]) -> asyncio.Task[Any]:
    """Hold a reference to a fire-and-forget task and log its failure (if not handled)."""
    owner.add(task)

    def done(t: asyncio.Task[Any]) -> None:
        owner.discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.error("GUI task failed", exc_info=t.exception())

    task.add_done_callback(done)
    return task
