"""Joining an account: the first device creates it, every other joins with the passphrase.

The server hands out the account's random salt and a one-time challenge; the device derives
the account's keys, proves the passphrase by signing the challenge, and registers a credential
of its own (which it logs in with from then on). Its name, type and capabilities travel sealed
with the account's key; the server stores them as it receives them, unreadable.
"""

from __future__ import annotations

import asyncio
import platform
import sys
from typing import Any

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import keys as k
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync import state
from memshadow_desktop.core.sync.account import (
    credential_values,
    device_material,
    keys_from_join,
)
from memshadow_desktop.core.sync.client import ApiClient, NotUpgraded, check_server_url
from memshadow_desktop.core.sync.errors import (
    ConfirmationRequiredError,
    SyncPassphraseError,
)


def capabilities() -> dict[str, Any]:
    """What other devices may want to know; sealed, so the server learns none of it."""
    return {
        "platform": sys.platform,
        "machine": platform.machine(),
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
    kdf: k.KdfParams | None = None,
    confirm_switch: bool = False,
    invite: str | None = None,
    insecure: bool = False,
) -> dict[str, Any]:
    """Create or join ``account`` on ``server``; returns what the server said about us."""
    account = p.normalize_account(account)
    server = check_server_url(server, insecure=insecure)
    old = state.load(store)
    binding = f"{server}|{account}"
    switching = "binding" in old and old["binding"] != binding
    if switching and _synced_before(store) and not confirm_switch:
        raise ConfirmationRequiredError("account_switch", old["binding"])
    device = device_info(store, device_name, device_type)
    details = {
        "name": device["name"],
        "type": device["type"],
        "capabilities": device["capabilities"],
    }
    async with ApiClient(server, insecure=insecure) as api:
        if create:
            salt, params = k.new_salt(), kdf or k.KdfParams()
            keys = await asyncio.to_thread(k.derive_account_keys, passphrase, salt, params)
            data_keys, version = {1: k.new_data_key()}, 1
            body, signer, kek = device_material(
                account, device["id"], keys.auth_secret, details, data_keys, version
            )
            request: dict[str, Any] = {
                "account": account,
                "salt": k.b64e(salt),
                "kdf": params.to_json(),
                "account_key": k.b64e(keys.signer.public),
                "wrapped_key": k.b64e(
                    k.wrap_data_key(data_keys[1], keys.wrap_key, account, version)
                ),
                "device": body,
            }
            if invite:
                request["invite"] = invite
            session = await api.create_account(request)
        else:
            session, data_keys, version, signer, kek = await _join(
                api, account, passphrase, device["id"], details
            )
    values: dict[str, str | None] = {
        "server": server,
        "account": account,
        "device_id": str(session["device_id"]),
        **credential_values(session, signer, kek, data_keys, version),
        "binding": binding,
        "device_name": str(device["name"]),
        "device_type": str(device["type"]),
        "insecure": "1" if insecure and server.startswith("http://") else None,
        "revoked": None,
        "blocked": None,
        "last_error": None,
        "logged_out": None,
    }
    if switching or "binding" not in old:
        values["cursor"] = "0"
        values["cursor_rev"] = None

    def persist(conn: Any, _ctx: Any) -> None:
        if switching:
            # A different account: everything this vault holds goes there as it is now.
            ops.clear_sync_heads(conn)
            ops.requeue_heads(conn)
        ops.state_set(conn, values)

    store.write(persist)
    return {"server": server, "account": account, "device": device, "created": create}


async def _join(
    api: ApiClient, account: str, passphrase: str, device_id: str, details: dict[str, Any]
) -> tuple[dict[str, Any], dict[int, bytes], int, k.Signer, bytes]:
    hello = await api.hello(account)
    params = k.KdfParams.from_json(hello.get("kdf", {}))
    keys = await asyncio.to_thread(
        k.derive_account_keys, passphrase, k.b64d(str(hello["salt"])), params
    )
    # The device's details are sealed once its data keys are known: first the join proper.
    signer, kek = k.Signer.new(), _new_kek()
    device = {
        "id": device_id,
        "key": k.b64e(signer.public),
        "wrapped_kek": k.b64e(k.wrap_kek(kek, keys.auth_secret, account, device_id)),
    }
    challenge = k.b64d(str(hello["challenge"]))
    message = p.signed_message(p.SIGN_JOIN, account, device_id, challenge, device)
    proof = {"challenge": k.b64e(challenge), "signature": k.b64e(keys.signer.sign(message))}
    try:
        session = await api.join({"account": account, **proof, "device": device})
    except NotUpgraded:
        # An account made by protocol v1: it proves its auth secret once, then signs.
        body = {
            "account": account,
            "auth_secret": k.b64e(keys.auth_secret),
            "account_key": k.b64e(keys.signer.public),
            "device": device,
        }
        session = await api.upgrade(body)
    try:
        data_keys, version = keys_from_join(session, keys.wrap_key, account)
    except WrongPassphraseError:
        raise SyncPassphraseError("account") from None
    sealed = k.seal_details(details, data_keys, version, account, device_id)
    await api.update_self({"details": k.b64e(sealed)})
    return session, data_keys, version, signer, kek


def _new_kek() -> bytes:
    import os

    return os.urandom(32)
