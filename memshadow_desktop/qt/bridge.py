"""The seam between the GUI thread and the core.

* ``TaskRunner`` is the one way the Qt layer runs work: a core call off the GUI thread
  (awaited, or with callbacks), a GUI coroutine of several such calls, "latest wins" by key,
  and one place that reports failures to the user. No core call ever runs on the GUI thread.
* ``ServiceBridge`` owns the open service for the GUI and re-emits every core event
  (published on store, indexer and sync threads) as Qt signals on the GUI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from memshadow_desktop.core.api import (
    CONFLICTS_CHANGED,
    IMPORT_PROGRESS,
    INDEX_PROGRESS,
    MEMORY_CHANGED,
    MODEL_NOTICE,
    RUNTIME_CHANGED,
    SYNC_CONFIG_CHANGED,
    SYNC_CONFLICT,
    SYNC_PROGRESS,
    SYNC_REJECTED,
    SYNC_STATUS,
    VAULT_LOCKED,
    VAULT_UNLOCKED,
    Event,
    MemshadowError,
    Notice,
)
from memshadow_desktop.core.service import MemshadowService

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

Reporter = Callable[[BaseException], None]

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


def _off_gui(fn: Callable[[], T], gui_thread: threading.Thread) -> T:
    if threading.current_thread() is gui_thread:
        raise OnGuiThreadError(getattr(fn, "__name__", repr(fn)))
    return fn()


async def _in_pool(pool: ThreadPoolExecutor, fn: Callable[[], T]) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(
        pool, functools.partial(_off_gui, fn, threading.current_thread())
    )


class TaskRunner(QObject):
    """Runs the GUI's background work; one per owner (window, dialog, dashboard).

    * ``await call(fn, ...)``: ``fn`` on a worker thread; its result, or its exception raised.
    * ``await call_on_vault_thread(fn, ...)``: the same on the one thread that opens and closes
      vaults (the vault's lock must be released on the thread that took it).
    * ``run(fn, on_done=, on_error=, key=)``: fire and forget, callbacks on the GUI thread.
    * ``spawn(coro, key=)``: a GUI coroutine (several calls and what they show), fire and forget.
    * ``await latest(key, coro)``: ``coro`` as the one current run of ``key``.

    A run with a ``key`` supersedes the unfinished run of the same key: that one is cancelled
    at the call it waits for, so its result is dropped and never shown (await a keyed run with
    ``latest``, which says so, not the task ``spawn`` returns, which raises CancelledError). A
    failure of fire-and-forget work goes to ``on_error`` when given, else to ``report`` (the one
    place that tells the user); awaited calls raise to their caller.
    """

    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None, *, report: Reporter | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    # --- one call -----------------------------------------------------------------------------

    async def call(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await _in_pool(_worker_pool(), functools.partial(fn, *args, **kwargs))

    async def call_on_vault_thread(
        self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        # filelock's lock state is per thread: a vault opened on one thread and closed on
        # another keeps its lock file locked.
        return await _in_pool(_vault_pool(), functools.partial(fn, *args, **kwargs))

    def run(
        self,
        fn: Callable[[], T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Reporter | None = None,
        key: str | None = None,
    ) -> asyncio.Task[Any]:
        async def job() -> None:
            result = await self.call(fn)
            if on_done is not None:
                on_done(result)

        return self.spawn(job(), key=key, on_error=on_error)

    # --- coroutines ---------------------------------------------------------------------------

    def spawn(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        key: str | None = None,
        on_error: Reporter | None = None,
    ) -> asyncio.Task[T | None]:
        return self._start(self._guard(coro, on_error), key, coro)

    async def latest(self, key: str, coro: Coroutine[Any, Any, Any]) -> bool:
        """Run ``coro`` as the current run of ``key`` and wait for it: True when it ran to its
        end, False when a newer run of ``key`` superseded it. Its failure is raised here."""
        task = self._start(coro, key, coro)
        try:
            await asyncio.wait({task})
        except asyncio.CancelledError:
            task.cancel()  # the caller is gone: so is what it waited for
            raise
        if task.cancelled():
            return False
        task.result()
        return True

    def cancel(self, key: str) -> None:
        """Drop the unfinished run of ``key``, if any (a newer intent makes it moot)."""
        task = self._keyed.pop(key, None)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        self._keyed.clear()
        for task in list(self._tasks):
            task.cancel()

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def wait_idle(self) -> None:
        while self.busy():
            await asyncio.sleep(0.02)

    # --- threads to the GUI -------------------------------------------------------------------

    def relay(self, fn: Callable[..., object]) -> Callable[..., None]:
        """A function any thread may call: it calls ``fn`` with the same arguments on this
        runner's (the GUI) thread, in order."""

        def post(*args: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the runner is being destroyed
                self._deliver.emit(functools.partial(fn, *args))

        return post

    @Slot(object)
    def _on_deliver(self, call: Callable[[], object]) -> None:
        call()

    # --- failures -----------------------------------------------------------------------------

    def report(self, exc: BaseException) -> None:
        """Tell the user (through ``report``) that background work failed."""
        if not isinstance(exc, MemshadowError):
            log.error("GUI task failed", exc_info=exc)
        if self._report is not None:
            self._report(exc)

    async def _guard(self, coro: Awaitable[T], on_error: Reporter | None) -> T | None:
        try:
            return await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            (on_error or self.report)(exc)
        return None

    def _start(
        self,
        coro: Coroutine[Any, Any, T],
        key: str | None,
        work: Coroutine[Any, Any, Any],
    ) -> asyncio.Task[T]:
        if key is not None:
            self.cancel(key)
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(functools.partial(self._forget, key, work))
        return task

    def _forget(
        self, key: str | None, work: Coroutine[Any, Any, Any], task: asyncio.Task[Any]
    ) -> None:
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        # Superseded before it began, ``work`` never ran: closing it says that was meant.
        work.close()


class ServiceBridge(QObject):
    """Owns the open service for the GUI; every core event comes out as signals on the GUI
    thread: ``eventReceived`` for each one, plus a typed signal for each kind the GUI knows."""

    # kind, data (a dict, passed as it is: no QVariantMap conversion): every event, known or not
    eventReceived = Signal(str, object)
    memoryChanged = Signal(str, str)  # memory id ("" for many), action
    importProgress = Signal(int, int)  # done, total
    indexProgress = Signal(int, int)  # embedded in this step, still pending (-1: not known)
    modelNotice = Signal(object)  # a Notice: opening the model takes longer (a rebuild): why
    vaultLocked = Signal()  # the vault was locked: nothing decrypted is kept
    vaultUnlocked = Signal()
    syncStatus = Signal(str, str)  # state (idle, syncing, offline, ...), detail
    syncProgress = Signal(str, int, int)  # phase (pull, apply, push), done, total
    conflictFound = Signal(int, str)  # conflict id, memory id ("" when not said)
    recordRejected = Signal(str, str, str)  # memory id, revision id, reason
    conflictsChanged = Signal()  # conflicts recorded or resolved by another process
    syncConfigChanged = Signal()  # sync set up, paused or resumed by another process
    runtimeChanged = Signal(str)  # role: this window owns the background work, or follows

    def __init__(self, service: MemshadowService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = TaskRunner(self)
        self._unsubscribe: Callable[[], None] | None = service.events.subscribe(
            self.tasks.relay(self._dispatch)
        )

    def _dispatch(self, event: Event) -> None:  # GUI thread
        data = event.data
        handler = self._typed.get(event.kind)
        if handler is not None:
            handler(self, data)
        self.eventReceived.emit(event.kind, dict(data))

    def _memory_changed(self, data: dict[str, Any]) -> None:
        self.memoryChanged.emit(str(data.get("id") or ""), str(data.get("action") or ""))

    def _import_progress(self, data: dict[str, Any]) -> None:
        self.importProgress.emit(int(data.get("done", 0)), int(data.get("total", 0)))

    def _model_notice(self, data: dict[str, Any]) -> None:
        self.modelNotice.emit(Notice(str(data.get("code", "")), dict(data.get("params") or {})))

    def _vault_locked(self, _data: dict[str, Any]) -> None:
        self.vaultLocked.emit()

    def _vault_unlocked(self, _data: dict[str, Any]) -> None:
        self.vaultUnlocked.emit()

    def _index_progress(self, data: dict[str, Any]) -> None:
        pending = data.get("pending")
        if pending is None and "total" in data:  # a foreground run: done of total
            pending = int(data["total"]) - int(data.get("done", 0))
        self.indexProgress.emit(int(data.get("done", 0)), -1 if pending is None else int(pending))

    def _sync_status(self, data: dict[str, Any]) -> None:
        self.syncStatus.emit(str(data.get("state", "")), str(data.get("detail") or ""))

    def _sync_progress(self, data: dict[str, Any]) -> None:
        self.syncProgress.emit(
            str(data.get("phase", "")), int(data.get("done", 0)), int(data.get("total", 0))
        )

    def _sync_conflict(self, data: dict[str, Any]) -> None:
        self.conflictFound.emit(int(data.get("conflict_id", 0)), str(data.get("memory_id") or ""))

    def _sync_rejected(self, data: dict[str, Any]) -> None:
        self.recordRejected.emit(
            str(data.get("memory_id", "")), str(data.get("rev_id", "")), str(data.get("reason", ""))
        )

    def _conflicts_changed(self, _data: dict[str, Any]) -> None:
        self.conflictsChanged.emit()

    def _sync_config_changed(self, _data: dict[str, Any]) -> None:
        self.syncConfigChanged.emit()

    def _runtime_changed(self, data: dict[str, Any]) -> None:
        self.runtimeChanged.emit(str(data.get("role", "")))

    _typed: ClassVar[dict[str, Callable[[ServiceBridge, dict[str, Any]], None]]] = {
        MEMORY_CHANGED: _memory_changed,
        IMPORT_PROGRESS: _import_progress,
        MODEL_NOTICE: _model_notice,
        VAULT_LOCKED: _vault_locked,
        VAULT_UNLOCKED: _vault_unlocked,
        INDEX_PROGRESS: _index_progress,
        SYNC_STATUS: _sync_status,
        SYNC_PROGRESS: _sync_progress,
        SYNC_CONFLICT: _sync_conflict,
        SYNC_REJECTED: _sync_rejected,
        CONFLICTS_CHANGED: _conflicts_changed,
        SYNC_CONFIG_CHANGED: _sync_config_changed,
        RUNTIME_CHANGED: _runtime_changed,
    }

    def disconnect_events(self) -> None:
        """Stop forwarding core events (the window is going away)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    async def close(self) -> None:
        self.disconnect_events()
        await self.tasks.call_on_vault_thread(self.service.close)
