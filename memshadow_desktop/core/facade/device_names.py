"""Names of the account's devices, remembered in the vault so that history can say "Work laptop"
instead of an id when the server cannot be reached; and renaming this device on the server.

A revision carries the id of the vault's device, which is also its sync device id
(core/sync/setup.py introduces the device to the server under the vault's device id).
"""

from __future__ import annotations

import asyncio
import json
import platform
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from memshadow_desktop.core.api.sync import DeviceRef
from memshadow_desktop.core.errors import InvalidInputError

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.context import Core
    from memshadow_desktop.core.sync.client import ApiClient

T = TypeVar("T")

NAMES_META = "device_names"  # a JSON object in the vault's meta table: id -> name
MAX_NAME = 100  # what the server keeps of a device name


def server_call(core: Core, fn: Callable[[ApiClient], Awaitable[T]]) -> T:
    """One call to the sync server as this device (a refused token is renewed once)."""
    from memshadow_desktop.core.sync.client import ApiClient
    from memshadow_desktop.core.sync.session import SyncSession
    from memshadow_desktop.core.sync.state import config

    cfg = config(core.store)

    async def run() -> T:
        async with ApiClient(cfg.server, cfg.token) as api:
            session = SyncSession(core.store, core.events, api)
            result: T = await session.call(lambda: fn(api))
            return result

    return asyncio.run(run())


class DeviceNames:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._lock = threading.Lock()  # one read-modify-write of the cache at a time

    def all(self) -> dict[str, str]:
        names = self._cached()
        me = self._core.store.ctx.device_id
        if me:
            names[me] = self._own_name() or names.get(me) or ""
        return {k: v for k, v in names.items() if v}

    def remember(self, names: dict[str, str]) -> None:
        """Add what the server said; devices it no longer lists keep their names (their
        revisions stay in history)."""
        with self._lock:
            merged = {**self._cached(), **names}
            if merged != self._cached():
                self._core.store.set_meta(NAMES_META, json.dumps(merged, sort_keys=True))

    def rename_self(self, name: str) -> DeviceRef:
        from memshadow_desktop.core.sync import state

        clean = " ".join(name.split())[:MAX_NAME]
        if not clean:
            raise InvalidInputError("a device needs a name", reason="device_name_empty")
        out: dict[str, Any] = server_call(self._core, lambda api: api.update_self({"name": clean}))
        # The session logs in again under this name when its token is renewed.
        state.save(self._core.store, {"device_name": clean})
        self.remember({str(out["id"]): clean})
        return DeviceRef(str(out["id"]), clean, str(out.get("type", "")))

    def _own_name(self) -> str:
        from memshadow_desktop.core.sync import state

        values = state.load(self._core.store)
        return (
            values.get("device_name")
            or self._core.settings().device_name
            or (platform.node() if values.get("server") else "")
        )

    def _cached(self) -> dict[str, str]:
        try:
            raw = json.loads(self._core.store.meta(NAMES_META) or "{}")
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
