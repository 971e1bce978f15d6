"""One owner of a vault's background work at a time: the indexer and the sync engine.

The process that keeps a vault open for long (the window, or ``memshadow agent``) starts a
runtime. The first to take the vault's owner lock (an OS file lock, dropped by the OS when its
process dies, so a crash never leaves a stale owner) runs the background indexer and the sync
engine. Any other becomes a guest: it follows the vault's changes like the owner does and takes
over when the owner goes. Every runtime watches the change journal, so what a CLI command beside
it commits shows at once and is pushed by the owner's engine without any ``sync now``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from memshadow_desktop.core.api.runtime import OwnerInfo, Role, RuntimeState
from memshadow_desktop.core.api.sync import EngineStatus
from memshadow_desktop.core.errors import MemshadowError, OwnedElsewhereError
from memshadow_desktop.core.events import (
    CONFLICTS_CHANGED,
    MEMORY_CHANGED,
    RUNTIME_CHANGED,
    SYNC_CONFIG_CHANGED,
    SYNC_STATUS,
    Event,
)
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.locks import owner_lock
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.store.watch import ChangeWatcher, ExternalChanges
from memshadow_desktop.core.sync.errors import NotConfiguredError

log = logging.getLogger(__name__)

OWNER_FILE = "owner.json"
TAKEOVER_S = 2.0  # how often a guest tries to take over from an owner that may have gone
MANY_CHANGES = 500  # beyond this, one "many changed" event instead of one per memory
# A change of these sync settings needs the engine started again (another server or account).
RESTART_KEYS = frozenset({"server", "account"})


class Runtime:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._lock = owner_lock(core.paths.data_dir)
        self._mutex = threading.RLock()
        self._role = Role.STOPPED
        self._kind = ""
        self._since = ""
        self._poll_s = 300.0
        self._index = True
        self._watcher: ChangeWatcher | None = None
        self._stop = threading.Event()
        self._takeover: threading.Thread | None = None
        self._unsubscribe: Any = None
        self._pause = PauseClock(core, self._pause_ended)

    # --- control ------------------------------------------------------------------------------

    def start(
        self,
        kind: str,
        *,
        require_owner: bool = False,
        index: bool = True,
        poll_s: float = 300.0,
    ) -> RuntimeState:
        """Own the vault's background work, or follow the owner as a guest (taking over when
        it goes). ``require_owner``: raise OwnedElsewhereError instead of becoming a guest."""
        with self._mutex:
            if self._role is not Role.STOPPED:
                return self.state()
            self._kind, self._index, self._poll_s = kind, index, poll_s
            self._stop.clear()
            owned = self._lock.try_acquire()
            if not owned and require_owner:
                raise OwnedElsewhereError.of(owner_of(self._core.paths))
            # Watching starts first: nothing committed while the engine starts is missed.
            self._watcher = ChangeWatcher(self._core.store, self._on_external).start()
            if owned:
                self._become_owner()
            else:
                self._role = Role.GUEST
                self._takeover = threading.Thread(
                    target=self._wait_for_owner, name="runtime-takeover", daemon=True
                )
                self._takeover.start()
        self._announce()
        return self.state()

    def stop(self) -> None:
        """Hand the background work back (the service's close does this)."""
        with self._mutex:
            if self._role is Role.STOPPED:
                return
            self._stop.set()
            was_owner = self._role is Role.OWNER
            self._role = Role.STOPPED
        if self._takeover is not None:
            self._takeover.join(timeout=10)
            self._takeover = None
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if was_owner:
            self._pause.stop()
            self._core.stop_engine()
            sem = self._core.semantic_loaded
            if sem is not None:
                sem.stop_background()
            with contextlib.suppress(OSError):
                _owner_file(self._core.paths).unlink()
            self._lock.release()

    def restart(self) -> RuntimeState:
        """Start again as the last :meth:`start` did (after the vault was locked)."""
        return self.start(self._kind, index=self._index, poll_s=self._poll_s)

    def state(self) -> RuntimeState:
        engine = self._core.engine
        sem = self._core.semantic_loaded
        return RuntimeState(
            role=self._role,
            kind=self._kind,
            owner=self._me() if self._role is Role.OWNER else owner_of(self._core.paths),
            indexing=bool(sem is not None and sem.background_running),
            syncing=bool(engine is not None and engine.running),
        )

    @property
    def role(self) -> Role:
        return self._role

    def sync_config_changed(self, keys: set[str]) -> None:
        """Sync was set up, moved or paused in this process: the owner's engine follows."""
        if self._role is Role.OWNER:
            self._reconsider_engine(keys)

    def search_changed(self) -> None:
        """Search by meaning was closed to reopen with another model or precision: the
        owner's indexer loads it again and embeds the vault under the new fingerprint."""
        with self._mutex:
            if self._role is Role.OWNER and self._index:
                threading.Thread(
                    target=self._start_indexer, name="runtime-index", daemon=True
                ).start()

    def owner_engine_status(self) -> EngineStatus | None:
        """The owner's engine as it last reported it, when the owner is another process."""
        if self._role is Role.OWNER:
            return None
        return owner_engine(self._core.paths)

    # --- owning -------------------------------------------------------------------------------

    def _become_owner(self) -> None:
        self._role = Role.OWNER
        self._since = _now()
        self._unsubscribe = self._core.events.subscribe(self._on_event)
        _write_owner_file(self._core.paths, self._me(), None)
        if self._index:
            threading.Thread(target=self._start_indexer, name="runtime-index", daemon=True).start()
        self._start_engine()
        self._pause.follow()

    def _me(self) -> OwnerInfo:
        return OwnerInfo(os.getpid(), self._kind, self._since)

    def _start_indexer(self) -> None:
        try:
            sem = self._core.semantic()
        except Exception:  # no usable model: search stays full text, sync goes on
            log.exception("the meaning index could not load")
            return
        if sem is not None and self._role is Role.OWNER:
            sem.start()

    def _start_engine(self) -> None:
        # Without sync set up it starts once it is (here or in another process).
        with contextlib.suppress(NotConfiguredError):
            self._core.start_engine(poll_s=self._poll_s)

    def _reconsider_engine(self, keys: set[str]) -> None:
        if "paused" in keys:
            self._pause.follow()
        engine = self._core.engine
        if engine is not None and engine.running and not (keys & RESTART_KEYS):
            engine.wake(pull=True)
            return
        self._core.stop_engine()
        self._start_engine()

    def _wait_for_owner(self) -> None:
        while not self._stop.wait(TAKEOVER_S):
            if not self._lock.try_acquire():
                continue
            with self._mutex:
                if self._stop.is_set():
                    self._lock.release()
                    return
                self._become_owner()
            self._announce()
            return

    def _announce(self) -> None:
        state = self.state()
        self._core.events.publish(RUNTIME_CHANGED, role=str(state.role), owner=state.owner)

    def _on_event(self, event: Event) -> None:
        if event.kind == SYNC_STATUS and self._role is Role.OWNER:
            status = EngineStatus(
                str(event.data.get("state", "")), str(event.data.get("detail", "")), True
            )
            _write_owner_file(self._core.paths, self._me(), status)

    def _pause_ended(self) -> None:
        # Told like a change made elsewhere: every window shows sync going again.
        self._core.events.publish(SYNC_CONFIG_CHANGED, keys=["paused"])
        if self._role is Role.OWNER:
            self._reconsider_engine({"paused"})

    # --- following other processes ------------------------------------------------------------

    def _on_external(self, changes: ExternalChanges) -> None:
        core = self._core
        sem = core.semantic_loaded
        if sem is not None:
            vector_ids = changes.vectors.get(sem.embedder.fingerprint, frozenset())
            if changes.memories or vector_ids or changes.everything:
                sem.apply_external(
                    set(changes.memories), set(vector_ids), everything=changes.everything
                )
        if changes.everything or len(changes.memories) > MANY_CHANGES:
            core.events.publish(MEMORY_CHANGED, id=None, action="external")
        else:
            for memory_id in sorted(changes.memories):
                core.events.publish(MEMORY_CHANGED, id=memory_id, action="external")
        if changes.conflicts:
            core.events.publish(CONFLICTS_CHANGED, memory_ids=sorted(changes.conflicts))
        if changes.sync_keys:
            core.events.publish(SYNC_CONFIG_CHANGED, keys=sorted(changes.sync_keys))
            if self._role is Role.OWNER:
                self._reconsider_engine(set(changes.sync_keys))
        engine = core.engine
        if engine is not None and (changes.outbox or changes.everything):
            engine.wake()


class PauseClock:
    """Ends a pause that has an end ("for an hour", "until tomorrow"): in the owner of the
    background work, so it ends even while no window is open (the agent)."""

    def __init__(self, core: Core, on_end: Callable[[], None]) -> None:
        self._core = core
        self._on_end = on_end
        self._timer: threading.Timer | None = None
        self._mutex = threading.Lock()

    def follow(self) -> None:
        """Read the pause again and wait for its end, if it has one."""
        from memshadow_desktop.core.sync import state

        values = state.load(self._core.store)
        until = _float(values.get("paused_until")) if values.get("paused") else None
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if until is not None:
                delay = max(0.0, until - time.time())
                self._timer = threading.Timer(delay, self._end, args=(until,))
                self._timer.daemon = True
                self._timer.start()

    def stop(self) -> None:
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _end(self, until: float) -> None:
        from memshadow_desktop.core.sync import state

        try:
            values = state.load(self._core.store)
            # Resumed, paused again or for longer meanwhile: that pause is not this one.
            if not values.get("paused") or _float(values.get("paused_until")) != until:
                return
            state.save(self._core.store, {"paused": None, "paused_until": None})
        except (MemshadowError, RuntimeError):  # the vault was closed or locked meanwhile
            return
        self._on_end()


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def owner_of(paths: AppPaths) -> OwnerInfo | None:
    """The process running this vault's background work, None when none does."""
    if not paths.data_dir.is_dir() or owner_lock(paths.data_dir).is_free():
        return None
    info, _engine = _read_owner_file(paths)
    return info or OwnerInfo(0, "", "")


def owner_engine(paths: AppPaths) -> EngineStatus | None:
    if owner_of(paths) is None:
        return None
    _info, engine = _read_owner_file(paths)
    return engine


def _owner_file(paths: AppPaths) -> Path:
    return paths.data_dir / OWNER_FILE


def _write_owner_file(paths: AppPaths, me: OwnerInfo, engine: EngineStatus | None) -> None:
    """Who owns the vault, and its engine's state, for other processes to show (no secret, no
    content: a process id, a kind, a state name)."""
    data: dict[str, Any] = {**me.to_json()}
    if engine is not None:
        data["engine"] = {"state": engine.state, "detail": engine.detail}
    target = _owner_file(paths)
    tmp = target.with_name(f".{OWNER_FILE}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(tmp, target)
    except OSError:
        log.warning("cannot write %s", target)


def _read_owner_file(paths: AppPaths) -> tuple[OwnerInfo | None, EngineStatus | None]:
    try:
        data = json.loads(_owner_file(paths).read_text(encoding="utf-8"))
        info = OwnerInfo(int(data["pid"]), str(data["kind"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None, None
    engine = data.get("engine")
    if not isinstance(engine, dict):
        return info, None
    return info, EngineStatus(
        str(engine.get("state", "")), str(engine.get("detail", "")), True, info.pid
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
