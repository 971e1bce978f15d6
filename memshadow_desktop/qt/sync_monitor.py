"""What the tray and the window's status area show about sync, kept current from the core's
events: one ``TrayState`` for both, derived from ``service.sync.status`` (read again, off the
GUI thread, after every sync event) and the indexer's progress.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from memshadow_desktop.core.api import NOT_RUNNING, EngineStatus, MemshadowError, SyncStatus
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner

# A guest (the agent runs the engine) hears nothing of the owner's engine: it looks again.
GUEST_POLL_MS = 5_000
# Even when nothing happens, "last sync 5 minutes ago" must age.
IDLE_POLL_MS = 60_000
EVENT_DEBOUNCE_MS = 80


class TrayKind(StrEnum):
    IDLE = "idle"  # sync is not set up
    SYNCED = "synced"
    SYNCING = "syncing"
    PAUSED = "paused"
    OFFLINE = "offline"
    ERROR = "error"
    LOCKED = "locked"
    INDEXING = "indexing"


@dataclass(frozen=True)
class TrayState:
    kind: TrayKind
    configured: bool = False
    conflicts: int = 0
    pending: int = 0  # changes waiting to go out
    last_sync: str | None = None  # ISO time
    paused_until: str | None = None  # ISO time; None: until resumed
    problem: str = ""  # ERROR: revoked, blocked:<reason>, or an error code
    index_done: int = 0
    index_total: int = 0
    sync_phase: str = ""  # pull, apply, push: a sync in progress, with done of total
    sync_done: int = 0
    sync_total: int = 0


def derive(
    status: SyncStatus | None,
    *,
    locked: bool = False,
    indexing: tuple[int, int] | None = None,
    progress: tuple[str, int, int] | None = None,
) -> TrayState:
    """The one state to show. Locked hides everything; a problem that needs the user comes
    before a pause, a pause before being offline, and the indexer shows only while sync
    itself has nothing to say."""
    common: dict[str, object] = {}
    if status is not None:
        common = {
            "configured": status.configured,
            "conflicts": status.conflicts_open,
            "pending": status.pending_total,
            "last_sync": status.last_sync,
            "paused_until": status.paused_until,
        }
    if indexing is not None:
        common.update(index_done=indexing[0], index_total=indexing[1])
    if locked:
        return TrayState(TrayKind.LOCKED, **common)  # type: ignore[arg-type]
    kind, problem = _sync_kind(status)
    if kind is TrayKind.SYNCING and progress is not None:
        common.update(sync_phase=progress[0], sync_done=progress[1], sync_total=progress[2])
    if kind in (TrayKind.SYNCED, TrayKind.IDLE) and indexing is not None:
        kind = TrayKind.INDEXING
    return TrayState(kind, problem=problem, **common)  # type: ignore[arg-type]


def _sync_kind(status: SyncStatus | None) -> tuple[TrayKind, str]:
    if status is None or not status.configured:
        return TrayKind.IDLE, ""
    engine = status.engine
    if status.revoked or engine.state == "revoked":
        return TrayKind.ERROR, "revoked"
    if status.blocked or engine.state == "blocked":
        return TrayKind.ERROR, "blocked:" + (status.blocked or engine.detail)
    if status.paused:
        return TrayKind.PAUSED, ""
    if engine.state == "error":
        code = (status.last_error or "").split(":", 1)[0].strip()
        return TrayKind.ERROR, engine.detail or code or "error"
    if engine.state == "offline":
        return TrayKind.OFFLINE, engine.detail
    if engine.state == "syncing":
        return TrayKind.SYNCING, ""
    if engine.state in ("idle", "paused", "stopped", NOT_RUNNING, ""):
        return TrayKind.SYNCED, ""
    return TrayKind.SYNCED, ""


class SyncMonitor(QObject):
    """Holds the current TrayState; ``changed`` whenever it changes."""

    changed = Signal(object)  # TrayState
    conflictFound = Signal()  # a new conflict (the notifier counts them)

    def __init__(self, bridge: ServiceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.service = bridge.service
        self.tasks = TaskRunner(self)
        self.status: SyncStatus | None = None
        self.state = TrayState(TrayKind.IDLE)
        self.locked = False
        self.guest = False
        self._index_total = 0
        self._indexing: tuple[int, int] | None = None
        self._progress: tuple[str, int, int] | None = None
        # The engine's state as its last event said, until a status read after it: a sync
        # that takes a moment would be over before a read could see it.
        self._live: EngineStatus | None = None
        self._live_seq = 0
        self._stopped = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(EVENT_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(IDLE_POLL_MS)
        self._poll.timeout.connect(self.refresh)
        for signal in (
            bridge.syncStatus,
            bridge.syncConfigChanged,
            bridge.conflictsChanged,
            bridge.runtimeChanged,
            bridge.memoryChanged,
            bridge.recordRejected,
        ):
            signal.connect(self._soon)
        bridge.syncStatus.connect(self._on_sync_status)
        bridge.syncProgress.connect(self._on_progress)
        bridge.conflictFound.connect(self._on_conflict)
        bridge.indexProgress.connect(self._on_index)
        bridge.runtimeChanged.connect(self._on_role)
        bridge.vaultLocked.connect(lambda: self.set_locked(True))
        bridge.vaultUnlocked.connect(lambda: self.set_locked(False))

    def start(self) -> None:
        self._stopped = False
        self._poll.start()
        self.refresh()

    def stop(self) -> None:
        # An event the bridge delivers after this (the app is closing) must not start a read
        # on an event loop that is about to close.
        self._stopped = True
        self._poll.stop()
        self._refresh_timer.stop()
        self.tasks.cancel_all()

    def busy(self) -> bool:
        return self._refresh_timer.isActive() or self.tasks.busy()

    # --- reading the status -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status again (the newest request wins)."""
        if self._stopped:
            return
        if self.locked:
            self._publish()
            return
        self.tasks.spawn(self._refresh(), key="status", on_error=self._on_error)

    async def _refresh(self) -> None:
        seq = self._live_seq
        self.status = await self.tasks.call(self.service.sync.status, remote=False)
        if seq == self._live_seq:  # no engine event since the read began: it is current
            self._live = None
        self._publish()

    def _on_error(self, exc: BaseException) -> None:
        # Locked meanwhile, or the vault went away: the next event or poll tries again.
        if not isinstance(exc, MemshadowError):
            self.tasks.report(exc)

    def _soon(self, *_args: object) -> None:
        if not self._stopped:
            self._refresh_timer.start()

    def _publish(self) -> None:
        if self._stopped:
            # Closing: the tray's menu may already be gone; a late engine event shows nothing.
            return
        status = self.status
        live = self._live
        if status is not None and live is not None:
            # A running engine means sync is set up, even when the last read was from before.
            running = live.state not in ("stopped", "revoked", NOT_RUNNING)
            status = dataclasses.replace(
                status, engine=live, configured=status.configured or running
            )
        new = derive(status, locked=self.locked, indexing=self._indexing, progress=self._progress)
        if new != self.state:
            self.state = new
            self.changed.emit(new)

    # --- events -------------------------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if locked:
            self._indexing = None
            self._progress = None
            self.tasks.cancel("status")
            self._publish()
        else:
            self.refresh()

    def _on_sync_status(self, state: str, detail: str) -> None:
        self._live = EngineStatus(state, detail, True)
        self._live_seq += 1
        if state != "syncing":
            self._progress = None
        self._publish()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self._progress = (phase, done, total) if total > 0 else None
        self._publish()

    def _on_conflict(self, *_args: object) -> None:
        self.conflictFound.emit()

    def _on_index(self, _done: int, pending: int) -> None:
        if pending > 0:
            self._index_total = max(self._index_total, pending)
            self._indexing = (self._index_total - pending, self._index_total)
        elif pending == 0:
            self._index_total = 0
            self._indexing = None
        self._publish()

    def _on_role(self, role: str) -> None:
        self.guest = role == "guest"
        self._poll.setInterval(GUEST_POLL_MS if self.guest else IDLE_POLL_MS)
