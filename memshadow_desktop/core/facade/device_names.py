"""Names of the account's devices, remembered in the vault so that history can say "Work laptop"
instead of an id when the server cannot be reached; and renaming this device on the server.

A revision carries the id of the vault's device, which is also its sync device id
(core/sync/setup.py introduces the device to the server under the vault's device id).
"""

from __future__ import annotations

import json
import platform
import threading
from typing import TYPE_CHECKING, TypeVar

from memshadow_desktop.core.api.sync import DeviceRef
from memshadow_desktop.core.errors import InvalidInputError

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.context import Core

T = TypeVar("T")

NAMES_META = "device_names"  # a JSON object in the vault's meta table: id -> name
MAX_NAME = 100  # what the server keeps of a device name


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
        from memshadow_desktop.core.sync import state, status

        clean = " ".join(name.split())[:MAX_NAME]
        if not clean:
            raise InvalidInputError("a device needs a name", reason="device_name_empty")
        values = state.load(self._core.store)
        device_type = values.get("device_type") or "desktop"
        status.rename(self._core.store, self._core.events, clean, device_type)
        state.save(self._core.store, {"device_name": clean})
        me = self._core.store.ctx.device_id
        self.remember({me: clean})
        return DeviceRef(me, clean, device_type)

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
