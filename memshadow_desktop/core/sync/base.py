"""What every part of a sync session shares: the store, the event bus, the API client, this
device's configuration and its record cipher, and logging in when the token is missing,
expired or refused."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from memshadow_desktop.core.api.sync import SyncReport
from memshadow_desktop.core.events import SYNC_REJECTED, EventBus
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import account, delta, state
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.apply import POLICY_MERGE
from memshadow_desktop.core.sync.client import ApiClient, Unauthorized
from memshadow_desktop.core.sync.crypto import RecordCipher

log = logging.getLogger("memshadow.sync")
T = TypeVar("T")


@dataclass(frozen=True)
class SyncOptions:
    policy: str = POLICY_MERGE
    mass_delete_threshold: float = 0.5  # fraction of live memories a pull may delete unasked
    mass_delete_min: int = 10  # ... and at least this many before asking
    deltas: delta.DeltaPolicy = field(default_factory=delta.DeltaPolicy)
    pull_limit: int = p.DEFAULT_PULL_LIMIT
    push_batch: int = 500
    push_bytes: int = 8 * 1024 * 1024
    retry_rejects: int = 20
    hold_after: int = 5  # refusals of one change before it is set aside


class SessionBase:
    def __init__(
        self,
        store: Store,
        events: EventBus,
        api: ApiClient,
        options: SyncOptions | None = None,
    ) -> None:
        self.store = store
        self.events = events
        self.api = api
        self.options = options or SyncOptions()
        self.config = state.config(store)
        self.cipher = RecordCipher(self.config.data_keys, self.config.key_version)
        self._checked_token = False
        self._refreshed_keys = False
        api.token = self.config.token

    # --- helpers -------------------------------------------------------------------------------

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(self.store.read, fn, *args)

    async def _write(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        return await asyncio.to_thread(self.store.write, fn, *args, **kw)

    async def _state(self) -> dict[str, str]:
        return await self._read(ops.state_all)

    async def _set_state(self, values: dict[str, str | None]) -> None:
        await self._write(lambda conn, _ctx: ops.state_set(conn, values))

    def _publish(self, kind: str, **data: Any) -> None:
        self.events.publish(kind, **data)

    def _use(self, cfg: state.SyncConfig) -> None:
        self.config = cfg
        self.cipher = RecordCipher(cfg.data_keys, cfg.key_version)
        self.api.token = cfg.token

    async def call(self, fn: Callable[[], Awaitable[T]]) -> T:
        """Run an API call with a live token: log in first when there is none (or it is about
        to expire), and once more when the server refuses it."""
        if not self._checked_token:
            self._checked_token = True
            self._use(await account.ensure_token(self.store, self.api, self.config))
        try:
            return await fn()
        except Unauthorized:
            self._use(await account.login(self.store, self.api, self.config))
            return await fn()

    async def refresh_keys(self) -> bool:
        """Fetch this device's grant of a rotated key (once per session); True if new."""
        if self._refreshed_keys:
            return False
        self._refreshed_keys = True
        before = self.config.key_version
        cfg = await self.call(lambda: account.refresh_keys(self.store, self.api, self.config))
        self._use(cfg)
        return cfg.key_version != before

    async def _reject(self, r: p.StoredRecord, reason: str, report: SyncReport) -> None:
        log.warning("rejected record %s of %s: %s", r.revision_id[:12], r.memory_id, reason)
        report.rejected += 1
        await self._write(
            lambda conn, _ctx: ops.add_reject(conn, r.seq, r.memory_id, r.revision_id, reason)
        )
        self._publish(SYNC_REJECTED, memory_id=r.memory_id, rev_id=r.revision_id, reason=reason)
