"""What ``sync status`` and ``devices`` report: local counters, the outbox, the server's view."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from memshadow_desktop.core.api.sync import EngineStatus, Operations, SyncStatus, Traffic
from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.events import EventBus
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import account, state
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.client import ApiClient
from memshadow_desktop.core.sync.session import SyncSession

T = TypeVar("T")


def _with_api(store: Store, events: EventBus, fn: Callable[[SyncSession], Awaitable[T]]) -> T:
    cfg = state.config(store)

    async def run() -> T:
        async with ApiClient(cfg.server, cfg.token, insecure=cfg.insecure) as api:
            session = SyncSession(store, events, api)
            result: T = await session.call(lambda: fn(session))
            return result

    return asyncio.run(run())


def devices(store: Store, events: EventBus) -> list[dict[str, Any]]:
    """The account's devices, their sealed names and details opened with the account's keys."""

    async def listed(session: SyncSession) -> list[dict[str, Any]]:
        raw = await session.api.devices()
        return [account.open_device(d, session.config) for d in raw]

    return _with_api(store, events, listed)


def rename(store: Store, events: EventBus, name: str, device_type: str) -> None:
    """This device's name, sealed with the account's current key like every device's details:
    the server keeps it but cannot read it."""
    from memshadow_desktop.core.sync import keys as k
    from memshadow_desktop.core.sync.setup import device_info

    async def run(session: SyncSession) -> None:
        cfg = session.config
        info = device_info(store, name, device_type)
        details = {k_: info[k_] for k_ in ("name", "type", "capabilities")}
        sealed = k.seal_details(details, cfg.data_keys, cfg.key_version, cfg.account, cfg.device_id)
        await session.api.update_self({"details": k.b64e(sealed)})

    _with_api(store, events, run)


def revoke(store: Store, events: EventBus, device_id: str, passphrase: str) -> int:
    """Revoke a device and rotate the account's data key (needs the passphrase); returns the
    new key version."""

    async def run(session: SyncSession) -> int:
        return await account.rotate(store, session.api, session.config, passphrase, [device_id])

    return _with_api(store, events, run)


def rotate(store: Store, events: EventBus, passphrase: str) -> int:
    async def run(session: SyncSession) -> int:
        return await account.rotate(store, session.api, session.config, passphrase, [])

    return _with_api(store, events, run)


def change_passphrase(
    store: Store, events: EventBus, old: str, new: str, params: Any = None
) -> None:
    async def run(session: SyncSession) -> None:
        await account.change_passphrase(store, session.api, session.config, old, new, params)

    _with_api(store, events, run)


def logout(store: Store) -> None:
    cfg = state.config(store)

    async def run() -> None:
        async with ApiClient(cfg.server, cfg.token, insecure=cfg.insecure) as api:
            await account.logout(store, api)

    asyncio.run(run())


def _iso(ts: str | None) -> str | None:
    if not ts:
        return None
    return (
        datetime.fromtimestamp(float(ts), UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    )


def collect(store: Store, engine: EngineStatus, *, remote: bool = True) -> SyncStatus:
    values = state.load(store)
    configured = state.is_configured(values)
    summary = store.read(ops.outbox_summary)
    pending = {p.Priority(k).name: 0 for k in range(4)}
    for prio, (count, _oldest) in summary.items():
        pending[p.Priority(min(max(prio, 0), 3)).name] += count
    counters = state.counters(values)
    ok, failed = counters[state.OPS_OK], counters[state.OPS_FAILED]
    revoked = bool(values.get("revoked"))
    reachable: bool | None = None
    server_error: str | None = None
    online: int | None = None
    device_count: int | None = None
    if remote and configured and not revoked:
        try:
            devs = devices(store, EventBus())
        except MemshadowError as exc:
            reachable, server_error = False, exc.code
        else:
            reachable = True
            online = sum(1 for d in devs if d.get("online"))
            device_count = len([d for d in devs if not d.get("revoked")])
    return SyncStatus(
        configured=configured,
        server=values.get("server"),
        account=values.get("account"),
        device_id=values.get("device_id"),
        engine=engine,
        paused=bool(values.get("paused")),
        blocked=values.get("blocked"),
        revoked=revoked,
        last_sync=_iso(values.get("last_sync")),
        last_error=values.get("last_error"),
        cursor=int(values.get("cursor", "0")),
        pending=pending,
        bytes=Traffic(
            counters[state.UP_RAW],
            counters[state.UP_WIRE],
            counters[state.DOWN_RAW],
            counters[state.DOWN_WIRE],
        ),
        operations=Operations(ok, failed),
        records_pushed=counters[state.PUSHED],
        records_pulled=counters[state.PULLED],
        conflicts_open=len(store.read(ops.list_conflicts)),
        conflicts_seen=counters[state.CONFLICTS_SEEN],
        rejected_open=len(store.read(ops.open_rejects)),
        held=store.read(ops.held_count),
        insecure=values.get("insecure") == "1",
        key_version=int(values["key_version"]) if values.get("key_version") else None,
        server_reachable=reachable,
        server_error=server_error,
        devices_online=online,
        devices=device_count,
    )
