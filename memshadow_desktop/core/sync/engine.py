"""The sync engine: a dedicated thread with its own asyncio loop and one ``httpx.AsyncClient``.

It owns the sync state machine and talks to the rest only through the store and the event bus:

* local changes (``memory.changed`` on the bus, or another process's commit seen by the
  runtime's watcher) wake it; each priority has a deadline (CRITICAL now, HIGH 1 min, NORMAL
  5 min, LOW 30 min, from settings); when anything is due, everything pending goes out in the
  same batches;
* on mains power with a normal network a change goes out a few seconds after the last edit
  (debounced) instead of waiting for its deadline; the deadlines bound the delay while the
  device saves power or data (battery, battery saver, a metered network);
* one session at a time per vault, whichever process runs it (an OS lock beside the vault);
* the server's event stream announces other devices' pushes, which are pulled at once;
* failures back off exponentially with jitter; the outbox persists, so nothing is dropped;
* a revoked device stops; a fail-safe (mass deletion, empty server) waits for confirmation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from memshadow_desktop.core.api.sync import (
    BLOCKED,
    ERROR,
    IDLE,
    OFFLINE,
    PAUSED,
    REVOKED,
    STOPPED,
    SYNCING,
    EngineStatus,
)
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.errors import MemshadowError, NetworkError
from memshadow_desktop.core.events import MEMORY_CHANGED, SYNC_STATUS, Event, EventBus
from memshadow_desktop.core.locks import sync_lock
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync import state
from memshadow_desktop.core.sync.client import ApiClient
from memshadow_desktop.core.sync.errors import ConfirmationRequiredError, DeviceRevokedError
from memshadow_desktop.core.sync.session import SyncOptions, SyncReport, SyncSession

log = logging.getLogger("memshadow.sync.engine")

PRIORITY_NAMES = {
    p.Priority.CRITICAL: "CRITICAL",
    p.Priority.HIGH: "HIGH",
    p.Priority.NORMAL: "NORMAL",
    p.Priority.LOW: "LOW",
}


def deadlines_from(settings: Mapping[str, float] | None) -> dict[int, float]:
    out = {int(k): float(v) for k, v in p.DEFAULT_DEADLINES_S.items()}
    for name, value in (settings or {}).items():
        try:
            out[int(p.Priority[name.upper()])] = float(value)
        except KeyError:
            continue
    return out


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def next_due(summary: dict[int, tuple[int, str]], deadlines: dict[int, float]) -> float | None:
    """Wall-clock time at which the oldest pending change of some priority is due."""
    due = [
        _epoch(oldest) + deadlines.get(prio, 300.0)
        for prio, (count, oldest) in summary.items()
        if count
    ]
    return min(due) if due else None


EAGER_AUTO, EAGER_ALWAYS, EAGER_NEVER = "auto", "always", "never"
DEFAULT_DEBOUNCE_S = 2.0
# Waiting for a session another process runs (a `sync now` beside the window) at most this long
# before trying again; the lock is held for one session, seconds at most.
SYNC_LOCK_WAIT_S = 5.0
# After a session that sent changes, the pull that confirms them (the server's log shows them)
# waits this long, so it does not compete with the other devices pulling those changes.
CONFIRM_DELAY_S = 1.0


@dataclass(frozen=True)
class Eagerness:
    """When pending changes go out before their deadline."""

    mode: str = EAGER_AUTO  # auto: when the device need not save power or data
    debounce_s: float = DEFAULT_DEBOUNCE_S

    def eager(self, power: PowerState | None) -> bool:
        if self.mode == EAGER_ALWAYS:
            return True
        if self.mode == EAGER_NEVER:
            return False
        return power is None or not power.saving

    def due(
        self,
        summary: dict[int, tuple[int, str]],
        deadlines: dict[int, float],
        newest: str | None,
        power: PowerState | None,
    ) -> float | None:
        """Wall-clock time the pending changes should go out: their deadline, or sooner, the
        last edit plus the debounce while the device need not save anything."""
        due = next_due(summary, deadlines)
        if due is None or newest is None or not self.eager(power):
            return due
        return min(due, _epoch(newest) + self.debounce_s)

    def push_limit(self, power: PowerState | None) -> int | None:
        """The least urgent priority a scheduled sync pushes (None: all); a ``sync now``
        pushes everything. core/edge/schedule.py holds NORMAL and LOW on a metered network."""
        return None


@dataclass
class Backoff:
    base: float = 0.5
    cap: float = 300.0
    failures: int = 0

    def next_delay(self) -> float:
        self.failures += 1
        raw = min(self.cap, self.base * (2 ** min(self.failures - 1, 20)))
        return raw * random.uniform(0.5, 1.5)

    def reset(self) -> None:
        self.failures = 0


@dataclass
class _Request:
    max_priority: int | None
    confirm: bool
    future: Future[SyncReport]


class SyncEngine:
    """Start it with :meth:`start`; :meth:`stop` ends it cleanly (joins the thread)."""

    def __init__(
        self,
        store: Store,
        events: EventBus,
        *,
        options: SyncOptions | None = None,
        deadlines: dict[int, float] | None = None,
        poll_s: float = 300.0,
        live: bool = True,
        eagerness: Eagerness | None = None,
        power: Callable[[], PowerState | None] | None = None,
    ) -> None:
        self.store = store
        self.eagerness = eagerness or Eagerness()
        self._power = power or (lambda: None)
        self._session_lock = sync_lock(store.path)
        self.events = events
        self.options = options or SyncOptions()
        self.deadlines = deadlines or deadlines_from(None)
        self.poll_s = poll_s
        self.live = live
        self.state = IDLE
        self.detail = ""
        self.last_report: SyncReport | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._pull_wanted = True
        self._requests: list[_Request] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._unsubscribe: Callable[[], None] | None = None
        self._remote_seq = 0

    # --- control (any thread) ------------------------------------------------------------------

    def start(self) -> SyncEngine:
        if self._thread is not None:
            return self
        self._unsubscribe = self.events.subscribe(self._on_event)
        self._thread = threading.Thread(target=self._thread_main, name="sync", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self, timeout: float = 15.0) -> None:
        self._stopping = True
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self.wake()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self, *, pull: bool = False) -> None:
        if pull:
            self._pull_wanted = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def request_sync(
        self, *, max_priority: int | None = None, confirm: bool = False
    ) -> Future[SyncReport]:
        """Sync now (whatever the deadlines say); the future has the report or the error."""
        fut: Future[SyncReport] = Future()
        with self._lock:
            self._requests.append(_Request(max_priority, confirm, fut))
        self.wake(pull=True)
        return fut

    def _on_event(self, event: Event) -> None:
        # "synced" changes came from the server; "external" ones wake it through the runtime,
        # which also knows whether they queued anything to push.
        if event.kind == MEMORY_CHANGED and event.data.get("action") not in ("synced", "external"):
            self.wake()

    # --- the thread ----------------------------------------------------------------------------

    def _thread_main(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:
            log.exception("sync engine crashed")
            self._set_state(ERROR, "crashed")
        finally:
            self._ready.set()
            self._fail_requests(NetworkError("sync engine stopped"))

    def _set_state(self, new: str, detail: str = "") -> None:
        if (new, detail) != (self.state, self.detail):
            self.state, self.detail = new, detail
            self.events.publish(SYNC_STATUS, state=new, detail=detail)

    def _fail_requests(self, exc: BaseException) -> None:
        with self._lock:
            pending, self._requests = self._requests, []
        for req in pending:
            if not req.future.done():
                req.future.set_exception(exc)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._ready.set()
        values = state.load(self.store)
        config = state.config_from(values)
        backoff = Backoff()
        async with ApiClient(config.server, config.token, insecure=config.insecure) as api:
            listener = asyncio.create_task(self._listen(config.server)) if self.live else None
            try:
                await self._schedule(api, backoff)
            finally:
                if listener is not None:
                    listener.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await listener
        self._set_state(STOPPED)

    async def _schedule(self, api: ApiClient, backoff: Backoff) -> None:
        wake = self._wake
        assert wake is not None
        retry_at = 0.0
        last_pull = 0.0
        confirm_at = 0.0  # a pull that confirms what the last session sent
        while not self._stopping:
            # Cleared before looking, so a wake-up that arrives while we work is not lost.
            wake.clear()
            values = await asyncio.to_thread(state.load, self.store)
            with self._lock:
                requests, self._requests = self._requests, []
            if values.get("revoked"):
                self._set_state(REVOKED, "revoked")
                for req in requests:
                    req.future.set_exception(DeviceRevokedError("revoked"))
                return
            paused = bool(values.get("paused"))
            now = time.time()
            summary, newest = await asyncio.to_thread(self.store.read, _outbox_view)
            power = await asyncio.to_thread(self._power)
            due = self.eagerness.due(summary, self.deadlines, newest, power)
            wanted = bool(requests) or (
                not paused
                and now >= retry_at
                and (
                    self._pull_wanted
                    or (due is not None and due <= now)
                    or now - last_pull >= self.poll_s
                    or 0 < confirm_at <= now
                )
            )
            if paused and not requests:
                self._set_state(PAUSED)
            elif values.get("blocked") and not requests:
                self._set_state(BLOCKED, values["blocked"])
                wanted = False
            if wanted:
                confirm = any(r.confirm for r in requests)
                prio = None if requests else self.eagerness.push_limit(power)
                if requests and all(r.max_priority is not None for r in requests):
                    prio = max(int(r.max_priority or 0) for r in requests)
                if not await asyncio.to_thread(self._session_lock.acquire, SYNC_LOCK_WAIT_S):
                    # Another process is in a session; its pushes are ours too. Look again.
                    with self._lock:
                        self._requests[:0] = requests
                    continue
                self._pull_wanted = False
                self._set_state(SYNCING)
                try:
                    session = SyncSession(self.store, self.events, api, self.options)
                    # What this session sends is confirmed by the server's log a moment later
                    # (CONFIRM_DELAY_S), not at once: the other devices pull it first.
                    report = await session.sync(
                        max_priority=prio, confirm=confirm, confirm_sent=bool(requests)
                    )
                except DeviceRevokedError as exc:
                    self._set_state(REVOKED, exc.detail)
                    for req in requests:
                        req.future.set_exception(exc)
                    return
                except ConfirmationRequiredError as exc:
                    self._set_state(BLOCKED, f"{exc.reason}:{exc.detail}")
                    for req in requests:
                        req.future.set_exception(exc)
                    continue
                except MemshadowError as exc:
                    delay = backoff.next_delay()
                    retry_at = time.time() + delay
                    self._pull_wanted = True
                    await asyncio.to_thread(state.add, self.store, {state.OPS_FAILED: 1})
                    await asyncio.to_thread(
                        state.save, self.store, {"last_error": f"{exc.code}: {exc.detail}"}
                    )
                    self._set_state(OFFLINE if isinstance(exc, NetworkError) else ERROR, exc.code)
                    for req in requests:
                        req.future.set_exception(exc)
                else:
                    backoff.reset()
                    retry_at = 0.0
                    last_pull = time.time()
                    pending_confirm = report.sent and not requests
                    confirm_at = last_pull + CONFIRM_DELAY_S if pending_confirm else 0.0
                    self.last_report = report
                    self._set_state(IDLE)
                    for req in requests:
                        req.future.set_result(report)
                finally:
                    self._session_lock.release()
                continue
            # Sleep until the next deadline, a retry, a poll, or a wake-up.
            now = time.time()
            targets = [last_pull + self.poll_s]
            if confirm_at > now:
                targets.append(confirm_at)
            if retry_at > now:
                targets.append(retry_at)
            elif due is not None and not paused and not values.get("blocked"):
                targets.append(due)
            timeout = max(0.0, min(targets) - now)
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=max(timeout, 0.01))

    async def _listen(self, server: str) -> None:
        """Follow the server's event stream; reconnect with backoff when it drops."""
        backoff = Backoff(base=1.0, cap=60.0)
        while not self._stopping:
            values = await asyncio.to_thread(state.load, self.store)
            if values.get("revoked"):
                return
            config = state.config_from(values)
            cursor = int(values.get("cursor", "0"))
            try:
                async with ApiClient(server, config.token, insecure=config.insecure) as api:
                    async for name, data in api.events():
                        backoff.reset()
                        if name == p.EVENT_REVOKED:
                            await asyncio.to_thread(state.save, self.store, {"revoked": "1"})
                            self.wake()
                            return
                        if name == p.EVENT_EXPIRED:
                            # The token ended: a sync logs in again, then the stream follows.
                            self.wake(pull=True)
                            break
                        seq = int(data.get("seq", 0) or 0)
                        mine = data.get("device") == config.device_id
                        if seq > cursor and not mine:
                            self._remote_seq = max(self._remote_seq, seq)
                            self.wake(pull=True)
            except asyncio.CancelledError:
                raise
            except MemshadowError as exc:
                log.info("event stream: %s", exc.code)
                if exc.code == "unauthorized":
                    # The token may have been renewed by a sync; let the scheduler find out.
                    self.wake(pull=True)
            except Exception:
                log.exception("event stream failed")
            await asyncio.sleep(backoff.next_delay())

    # --- status (any thread) -------------------------------------------------------------------

    def status(self) -> EngineStatus:
        return EngineStatus(self.state, self.detail, self.running)


def _outbox_view(conn: Any) -> tuple[dict[int, tuple[int, str]], str | None]:
    """Per priority (pending rows, oldest), and the newest pending change."""
    return ops.outbox_summary(conn), ops.outbox_newest(conn)
