"""``service.sync``, ``service.devices`` and ``service.conflicts``: end-to-end encrypted sync.

Calls block the caller (the GUI runs them off its thread). One sync session runs at a time per
vault, whichever process asks (core/locks.py): a ``sync now`` beside the window waits for the
window's engine to finish its session, then runs its own.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.conflicts import AutoMerge, MergedFields, MergeDocument
from memshadow_desktop.core.api.memories import Memory, Priority
from memshadow_desktop.core.api.sync import (
    NOT_RUNNING,
    Conflict,
    ConflictDetail,
    Device,
    DeviceRef,
    EngineStatus,
    Resolution,
    SyncReport,
    SyncSetupResult,
    SyncStatus,
)
from memshadow_desktop.core.errors import MemshadowError, VaultBusyError
from memshadow_desktop.core.events import CONFLICTS_CHANGED, MEMORY_CHANGED
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.facade.device_names import DeviceNames
from memshadow_desktop.core.locks import sync_lock
from memshadow_desktop.core.store import sync_ops
from memshadow_desktop.core.sync.errors import NotConfiguredError

if TYPE_CHECKING:
    from memshadow_desktop.core.runtime import Runtime

# A `sync now` waits this long for a session another process runs (they take seconds).
SESSION_WAIT_S = 120.0
# When a pause ends by itself (Unix time, in sync_state beside "paused").
PAUSED_UNTIL = "paused_until"
# What signing out forgets: the account, this device's credential, token and keys.
SIGN_OUT_KEYS = (
    "server",
    "account",
    "device_id",
    "token",
    "token_expires",
    "device_key",
    "device_kek",
    "data_keys",
    "data_key",
    "auth_secret",
    "key_version",
    "device_type",
    "paused",
    PAUSED_UNTIL,
    "blocked",
    "revoked",
    "last_error",
)


class SyncApi:
    def __init__(self, core: Core, runtime: Runtime) -> None:
        self._core = core
        self._runtime = runtime

    def setup(
        self,
        server: str,
        account: str,
        passphrase: str,
        *,
        create: bool = False,
        device_name: str | None = None,
        device_type: str = "desktop",
        kdf: Any = None,
        confirm_switch: bool = False,
        invite: str | None = None,
        insecure: bool = False,
    ) -> SyncSetupResult:
        """Create (``create``, with an ``invite`` code where the server asks for one) or join
        an account; the passphrase derives the keys and never leaves this device, nor is it
        kept. ``insecure`` allows plain http to a server on another machine."""
        from memshadow_desktop.core.sync import setup

        core = self._core
        name = device_name or core.settings().device_name or None
        with _session(core):
            out = asyncio.run(
                setup.join(
                    core.store,
                    server,
                    account,
                    passphrase,
                    create=create,
                    device_name=name,
                    device_type=device_type,
                    kdf=kdf,
                    confirm_switch=confirm_switch,
                    invite=invite,
                    insecure=insecure,
                )
            )
        self._runtime.sync_config_changed({"server", "account"})
        device = out["device"]
        me = DeviceRef(
            str(device["id"]),
            str(device["name"]),
            str(device["type"]),
            dict(device.get("capabilities") or {}),
        )
        return SyncSetupResult(out["server"], out["account"], me, bool(out["created"]))

    def now(self, *, max_priority: int | None = None, confirm: bool = False) -> SyncReport:
        """One full sync (pull, merge, push). With this process's engine running it does the
        work; otherwise a session of its own."""
        from memshadow_desktop.core.sync.client import ApiClient
        from memshadow_desktop.core.sync.session import SyncSession
        from memshadow_desktop.core.sync.state import config

        core = self._core
        engine = core.engine
        if engine is not None and engine.running:
            return engine.request_sync(max_priority=max_priority, confirm=confirm).result()
        cfg = config(core.store)

        async def run() -> SyncReport:
            async with ApiClient(cfg.server, cfg.token, insecure=cfg.insecure) as api:
                session = SyncSession(core.store, core.events, api, core.sync_options())
                return await session.sync(max_priority=max_priority, confirm=confirm)

        with _session(core):
            return asyncio.run(run())

    def status(self, *, remote: bool = True) -> SyncStatus:
        from memshadow_desktop.core.sync import state, status

        out = status.collect(self._core.store, self._engine_status(), remote=remote)
        until = state.load(self._core.store).get(PAUSED_UNTIL) if out.paused else None
        return dataclasses.replace(out, paused_until=_iso(until)) if until else out

    def _engine_status(self) -> EngineStatus:
        engine = self._core.engine
        if engine is not None:
            return engine.status()
        owner = self._runtime.owner_engine_status()
        return owner if owner is not None else EngineStatus(NOT_RUNNING)

    def change_passphrase(self, old: str, new: str, *, kdf: Any = None) -> None:
        """A new account passphrase (and a new random salt); every device's session ends and
        each logs in again with its own credential."""
        from memshadow_desktop.core.sync import status

        with _session(self._core):
            status.change_passphrase(self._core.store, self._core.events, old, new, kdf)
        self._runtime.sync_config_changed({"token"})

    def rotate_key(self, passphrase: str) -> int:
        """A new data key for everything written from now on; returns its version."""
        from memshadow_desktop.core.sync import status

        with _session(self._core):
            version = status.rotate(self._core.store, self._core.events, passphrase)
        self._runtime.sync_config_changed({"token"})
        return version

    def pause(self, paused: bool = True, *, until: float | None = None) -> None:
        """Stop syncing (changes keep queueing locally), or go on. ``until`` (Unix time): the
        owner of the vault's background work resumes by itself then."""
        from memshadow_desktop.core.sync import state

        end = str(float(until)) if paused and until is not None else None
        # One transaction: another process that sees "paused" change reads the end with it.
        state.save(self._core.store, {"paused": "1" if paused else None, PAUSED_UNTIL: end})
        self._runtime.sync_config_changed({"paused"})

    def logout(self) -> None:
        """This device leaves the sync account; the vault keeps every memory. The server ends
        its sessions when it can be reached (signing out works offline too); the credential,
        the keys and the account binding are forgotten here. Setting sync up again, as the
        same device, pushes what changed meanwhile."""
        from memshadow_desktop.core.sync import state, status

        core = self._core
        values = state.load(core.store)
        if "server" not in values:
            raise NotConfiguredError("sync is not set up")
        core.stop_engine()
        if state.is_configured(values):
            with contextlib.suppress(MemshadowError), _session(core):
                status.logout(core.store)
        # The cursor stays: joining the same account again goes on from where this device was,
        # another account asks first (an account switch).
        state.save(core.store, {**dict.fromkeys(SIGN_OUT_KEYS), "logged_out": "1"})
        self._runtime.sync_config_changed({"server", "account"})

    def set_priority(self, memory_id: str, priority: Priority) -> int:
        """Make a memory's pending changes at least this urgent; how many were raised."""
        from memshadow_desktop.core.store import memories as mem

        memory = self._core.store.read(mem.get, memory_id)
        changed = self._core.store.write(
            lambda conn, _ctx: sync_ops.set_priority(conn, memory.id, int(priority))
        )
        if self._core.engine is not None:
            self._core.engine.wake()
        return int(changed)


class DevicesApi:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._names = DeviceNames(core)

    def list(self) -> list[Device]:
        """The account's devices, from the server; their names are remembered for
        :meth:`names` (which works offline)."""
        from memshadow_desktop.core.sync import status

        found = [Device.from_json(d) for d in status.devices(self._core.store, self._core.events)]
        self._names.remember({d.id: d.name for d in found if d.name})
        return found

    def names(self) -> dict[str, str]:
        """Device id -> name, for every device this vault has heard of (revisions carry the
        id of the device that wrote them). Kept in the vault; no network."""
        return self._names.all()

    def rename(self, name: str) -> DeviceRef:
        """Rename this device (every device names itself; the others see the new name)."""
        return self._names.rename_self(name)

    def revoke(self, device_id: str, *, passphrase: str) -> int:
        """Revoke a device: its credential and every token of it end at once (its open event
        streams too), and the account's data key is rotated, so nothing written from now on
        opens with the keys it kept. Needs the account passphrase. It cannot make the device
        forget what it already synced. Returns the new key version."""
        from memshadow_desktop.core.sync import status

        with _session(self._core):
            return status.revoke(self._core.store, self._core.events, device_id, passphrase)


class ConflictsApi:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._names = DeviceNames(core)

    def list(self, *, include_resolved: bool = False) -> list[Conflict]:
        return self._core.store.read(sync_ops.list_conflicts, include_resolved=include_resolved)

    def get(self, conflict_id: int) -> ConflictDetail:
        from memshadow_desktop.core.sync import conflicts

        return self._core.store.read(conflicts.details, conflict_id)

    def document(self, conflict_id: int) -> MergeDocument:
        """The conflict laid out for resolving: the ancestor and both sides (with device
        names and times), the agreed text and the numbered hunks."""
        from memshadow_desktop.core.sync import conflicts

        names, me = self._names.all(), self._core.store.ctx.device_id
        return self._core.store.read(conflicts.document, conflict_id, names, me)

    def resolve(
        self,
        conflict_id: int,
        use: str,
        merged_body: str | None = None,
        *,
        hunks: Mapping[int, str] | None = None,
        expected_head: str | None = None,
    ) -> Resolution:
        """``use``: mine, theirs, both (theirs kept as a memory of its own), file (the
        merged text given), or hunks (one choice per hunk, see MergeDocument.render)."""
        from memshadow_desktop.core.sync import conflicts

        result = None
        if use == "hunks":
            doc = self.document(conflict_id)
            result = doc.render(hunks or {})
            expected_head = expected_head or doc.head_rev
        out = self._core.store.write(
            conflicts.resolve,
            conflict_id,
            use,
            merged_body,
            result=result,
            expected_head=expected_head,
        )
        self._announce(out)
        return out

    def finish(self, conflict_id: int, result: MergedFields, *, expected_head: str) -> Resolution:
        """Write the merged fields as one resolve revision, atomically; refuses (ConflictError,
        reason ``memory_changed``) when the memory's head is no longer ``expected_head``."""
        from memshadow_desktop.core.sync import conflicts

        out = self._core.store.write(
            conflicts.resolve, conflict_id, "merged", result=result, expected_head=expected_head
        )
        self._announce(out)
        return out

    def merges(self, *, days: int = 30) -> builtins.list[AutoMerge]:
        """The memories merged automatically in the last ``days`` days, newest first."""
        from memshadow_desktop.core.sync import automerge

        names, me = self._names.all(), self._core.store.ctx.device_id
        return self._core.store.read(automerge.list_merges, names, me, days)

    def undo_merge(self, merge_id: str) -> Memory:
        """Put this device's side of an automatic merge back (a new revision)."""
        from memshadow_desktop.core.sync import automerge

        me = self._core.store.ctx.device_id
        memory = self._core.store.write(automerge.undo, merge_id, me)
        self._core.events.publish(MEMORY_CHANGED, id=memory.id, action="edited")
        if self._core.engine is not None:
            self._core.engine.wake()
        return memory

    def _announce(self, out: Resolution) -> None:
        events = self._core.events
        events.publish(MEMORY_CHANGED, id=out.memory_id, action="resolved")
        if out.copy_id:
            events.publish(MEMORY_CHANGED, id=out.copy_id, action="created")
        events.publish(CONFLICTS_CHANGED, memory_ids=[out.memory_id])
        if self._core.engine is not None:
            self._core.engine.wake()


class _session:
    """Hold the vault's sync lock for one session, waiting for another process's to end."""

    def __init__(self, core: Core) -> None:
        self._lock = sync_lock(core.store.path)

    def __enter__(self) -> None:
        if not self._lock.acquire(timeout=SESSION_WAIT_S):
            raise VaultBusyError("a sync session of another process did not end")

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()


def _iso(epoch: str | None) -> str | None:
    try:
        value = datetime.fromtimestamp(float(epoch or ""), UTC)
    except ValueError:
        return None
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")
