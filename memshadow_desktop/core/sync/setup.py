"""Joining an account: the first device creates it, every other joins with the passphrase alone."""

from __future__ import annotations

import asyncio
import os
import platform
import sys
from typing import Any

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync import state
from memshadow_desktop.core.sync.client import ApiClient
from memshadow_desktop.core.sync.errors import ConfirmationRequiredError, SyncPassphraseError
from memshadow_desktop.core.sync.keys import (
    KdfParams,
    b64d,
    derive_account_keys,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)


def capabilities() -> dict[str, Any]:
    return {
        "platform": sys.platform,
        "machine": platform.machine(),
        "cpus": os.cpu_count() or 1,
        "protocol": p.PROTOCOL_VERSION,
        "deltas": True,
    }


def device_info(store: Store, name: str | None, device_type: str) -> dict[str, Any]:
    return {
        "id": store.ctx.device_id,
        "name": (name or platform.node() or "device")[:100],
        "type": p.DeviceType(device_type).value,
        "capabilities": capabilities(),
    }


def _synced_before(store: Store) -> bool:
    def check(conn: Any) -> bool:
        return conn.execute("SELECT 1 FROM sync_heads LIMIT 1").fetchone() is not None

    return bool(store.read(check))


async def join(
    store: Store,
    server: str,
    account: str,
    passphrase: str,
    *,
    create: bool,
    device_name: str | None = None,
    device_type: str = "desktop",
    kdf: KdfParams | None = None,
    confirm_switch: bool = False,
) -> dict[str, Any]:
    """Create or join ``account`` on ``server``; returns what the server said about us."""
    account = p.normalize_account(account)
    server = server.rstrip("/")
    old = state.load(store)
    binding = f"{server}|{account}"
    switching = "binding" in old and old["binding"] != binding
    if switching and _synced_before(store) and not confirm_switch:
        raise ConfirmationRequiredError("account_switch", old["binding"])
    keys = await asyncio.to_thread(derive_account_keys, passphrase, account, kdf)
    device = device_info(store, device_name, device_type)
    async with ApiClient(server) as api:
        if create:
            data_key = new_data_key()
            wrapped = wrap_data_key(data_key, keys.wrap_key, account)
            session = await api.create_account(account, keys.auth_secret, wrapped, device)
        else:
            session = await api.login(account, keys.auth_secret, device)
            try:
                data_key = unwrap_data_key(b64d(session["wrapped_key"]), keys.wrap_key, account)
            except WrongPassphraseError:
                raise SyncPassphraseError("account") from None
    values: dict[str, str | None] = {
        "server": server,
        "account": account,
        "device_id": str(session["device_id"]),
        "token": str(session["token"]),
        "data_key": data_key.hex(),
        "auth_secret": keys.auth_secret.hex(),
        "key_version": str(session.get("key_version", 1)),
        "binding": binding,
        "device_name": str(device["name"]),
        "device_type": str(device["type"]),
        "revoked": None,
        "blocked": None,
        "last_error": None,
    }
    if switching or "binding" not in old:
        values["cursor"] = "0"

    def persist(conn: Any, _ctx: Any) -> None:
        if switching:
            # A different account: everything this vault holds goes there as it is now.
            ops.clear_sync_heads(conn)
            ops.requeue_heads(conn)
        ops.state_set(conn, values)

    store.write(persist)
    return {"server": server, "account": account, "device": device, "created": create}
