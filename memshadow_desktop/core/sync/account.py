"""This device's credentials and the account's keys: logging in, upgrading a protocol v1
vault, fetching a rotated key, revoking with rotation, changing the passphrase, logging out.

A device logs in with its own Ed25519 credential (a signature over a one-time challenge); it
never holds the passphrase or anything derived from it. What needs the passphrase (revoking a
device, rotating the data key, changing the passphrase) asks for it and forgets it after.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from typing import Any

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import keys as k
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync import state
from memshadow_desktop.core.sync.client import ApiClient, NotUpgraded
from memshadow_desktop.core.sync.errors import (
    DeviceUnknownError,
    SyncError,
    SyncPassphraseError,
)
from memshadow_desktop.core.sync.state import SyncConfig


async def _save(store: Store, values: dict[str, str | None]) -> None:
    await asyncio.to_thread(store.write, lambda conn, _ctx: ops.state_set(conn, values))


def device_material(
    account: str,
    device_id: str,
    auth_secret: bytes,
    details: dict[str, Any],
    data_keys: dict[int, bytes],
    version: int,
) -> tuple[dict[str, Any], k.Signer, bytes]:
    """A fresh credential and key-encryption key for this device, as the server receives them:
    (device body, signer, kek)."""
    signer, kek = k.Signer.new(), os.urandom(32)
    body = {
        "id": device_id,
        "key": k.b64e(signer.public),
        "wrapped_kek": k.b64e(k.wrap_kek(kek, auth_secret, account, device_id)),
        "details": k.b64e(k.seal_details(details, data_keys, version, account, device_id)),
    }
    return body, signer, kek


def credential_values(
    session: dict[str, Any], signer: k.Signer, kek: bytes, keys: dict[int, bytes], version: int
) -> dict[str, str | None]:
    """What the vault keeps after a join: never the passphrase, nor anything derived from it."""
    return {
        "token": str(session["token"]),
        "token_expires": str(session.get("expires_at", 0)),
        "device_key": signer.seed.hex(),
        "device_kek": kek.hex(),
        "data_keys": state.keys_value(keys),
        "key_version": str(version),
        "auth_secret": None,
        "data_key": None,
    }


def keys_from_join(
    session: dict[str, Any], wrap_key: bytes, account: str
) -> tuple[dict[int, bytes], int]:
    """The current data key (unwrapped with the passphrase) and the older ones (history)."""
    version = int(session.get("key_version", 1))
    current = k.unwrap_data_key(k.b64d(session["wrapped_key"]), wrap_key, account, version)
    keys = {version: current}
    if session.get("key_history"):
        keys.update(k.open_history(k.b64d(session["key_history"]), current, account, version))
    return keys, version


# --- logging in ----------------------------------------------------------------------------


async def login(store: Store, api: ApiClient, cfg: SyncConfig) -> SyncConfig:
    """A new session for this device (upgrading a protocol v1 vault first)."""
    if cfg.device_key is None:
        if cfg.legacy_auth_secret is None:
            raise DeviceUnknownError("no_credential")
        await upgrade_v1(store, api, cfg)
        return state.config(store)
    out = await api.session(cfg.account, cfg.device_id, k.Signer(cfg.device_key))
    await _save(store, {"token": str(out["token"]), "token_expires": str(out.get("expires_at", 0))})
    cfg = state.config(store)
    if int(out.get("key_version", cfg.key_version)) > cfg.key_version:
        cfg = await refresh_keys(store, api, cfg)
    return cfg


async def upgrade_v1(store: Store, api: ApiClient, cfg: SyncConfig) -> None:
    """A vault set up by protocol v1 kept the account's auth secret: it registers a credential
    of its own with it (upgrading the account on the server the first time), then forgets it."""
    auth = cfg.legacy_auth_secret
    assert auth is not None
    values = state.load(store)
    details = {
        "name": values.get("device_name") or cfg.device_id,
        "type": values.get("device_type") or "desktop",
    }
    device, signer, kek = device_material(
        cfg.account, cfg.device_id, auth, details, cfg.data_keys, cfg.key_version
    )
    account_signer = k.signer_from_auth_secret(auth)
    try:
        proof = await api.signed(p.SIGN_JOIN, cfg.account, cfg.device_id, account_signer, device)
        session = await api.join({"account": cfg.account, **proof, "device": device})
    except NotUpgraded:
        body = {
            "account": cfg.account,
            "auth_secret": k.b64e(auth),
            "account_key": k.b64e(account_signer.public),
            "device": device,
        }
        session = await api.upgrade(body)
    except SyncPassphraseError:
        # The passphrase changed since this vault kept its secret.
        raise DeviceUnknownError("passphrase_changed") from None
    version = int(session.get("key_version", 1))
    keys = dict(cfg.data_keys)
    if version not in keys:
        raise DeviceUnknownError("key_rotated")
    await _save(store, credential_values(session, signer, kek, keys, max(keys)))


async def refresh_keys(store: Store, api: ApiClient, cfg: SyncConfig) -> SyncConfig:
    """The account's key was rotated by another device: open this device's grant."""
    if cfg.kek is None:
        raise DeviceUnknownError("no_credential")
    out = await api.keys()
    version = int(out["key_version"])
    if version == cfg.key_version or not out.get("grant"):
        if version not in cfg.data_keys:
            raise DeviceUnknownError("no_key_grant")
        return cfg
    current = k.open_grant(k.b64d(out["grant"]), cfg.kek, cfg.account, cfg.device_id, version)
    keys = dict(cfg.data_keys)
    keys[version] = current
    if out.get("key_history"):
        keys.update(k.open_history(k.b64d(out["key_history"]), current, cfg.account, version))
    await _save(store, {"data_keys": state.keys_value(keys), "key_version": str(version)})
    return state.config(store)


async def ensure_token(store: Store, api: ApiClient, cfg: SyncConfig) -> SyncConfig:
    """Log in when there is no token, or it is about to expire."""
    if not cfg.token or (cfg.token_expires and cfg.token_expires < time.time() + 30):
        cfg = await login(store, api, cfg)
    api.token = cfg.token
    return cfg


# --- with the passphrase -------------------------------------------------------------------


async def _account_keys(api: ApiClient, account: str, passphrase: str) -> k.AccountKeys:
    hello = await api.hello(account)
    params = k.KdfParams.from_json(hello.get("kdf", {}))
    return await asyncio.to_thread(
        k.derive_account_keys, passphrase, k.b64d(str(hello["salt"])), params
    )


async def _proof(
    api: ApiClient, purpose: str, cfg: SyncConfig, signer: k.Signer, fields: dict[str, Any]
) -> dict[str, str]:
    return await api.signed(purpose, cfg.account, cfg.device_id, signer, fields)


async def _keks(
    api: ApiClient, cfg: SyncConfig, keys: k.AccountKeys, skip: list[str]
) -> dict[str, bytes]:
    """device id -> key-encryption key of every remaining device, opened with the
    passphrase. This device's own proves the passphrase; an entry that does not open (not
    made by a passphrase holder: put there by the server, say) is left out."""
    keks: dict[str, bytes] = {}
    for dev in await api.devices():
        did = str(dev["id"])
        if dev.get("revoked") or did in skip or not dev.get("wrapped_kek"):
            continue
        try:
            keks[did] = k.unwrap_kek(k.b64d(dev["wrapped_kek"]), keys.auth_secret, cfg.account, did)
        except (WrongPassphraseError, p.ProtocolError):
            if did == cfg.device_id:
                raise SyncPassphraseError("account") from None
    if cfg.device_id not in skip and keks.get(cfg.device_id, cfg.kek) != cfg.kek:
        raise SyncPassphraseError("account")
    return keks


async def rotate(
    store: Store, api: ApiClient, cfg: SyncConfig, passphrase: str, revoke: list[str]
) -> int:
    """Revoke ``revoke`` and rotate the data key in one step; returns the new key version.

    Every remaining device gets the new key under its own key-encryption key (opened with the
    passphrase); the older keys are sealed under the new one for devices that join later."""
    keys = await _account_keys(api, cfg.account, passphrase)
    current = await api.keys()
    version = int(current["key_version"]) + 1
    data_keys = dict(cfg.data_keys)
    new_key = k.new_data_key()
    keks = await _keks(api, cfg, keys, revoke)
    grants = {
        did: k.b64e(k.grant(new_key, kek, cfg.account, did, version)) for did, kek in keks.items()
    }
    fields = {
        "device_id": cfg.device_id,
        "revoke": sorted(revoke),
        "key_version": version,
        "wrapped_key": k.b64e(k.wrap_data_key(new_key, keys.wrap_key, cfg.account, version)),
        "key_history": k.b64e(k.seal_history(data_keys, new_key, cfg.account, version)),
        "grants": grants,
    }
    proof = await _proof(api, p.SIGN_ROTATE, cfg, keys.signer, fields)
    await api.rotate({**fields, **proof})
    data_keys[version] = new_key
    await _save(store, {"data_keys": state.keys_value(data_keys), "key_version": str(version)})
    return version


async def change_passphrase(
    store: Store, api: ApiClient, cfg: SyncConfig, old: str, new: str, params: k.KdfParams | None
) -> None:
    """A new salt, signing key and wrapping for the same data keys; the server drops every
    token of the account (devices log in again with their own credentials)."""
    old_keys = await _account_keys(api, cfg.account, old)
    salt = k.new_salt()
    hello = await api.hello(cfg.account)
    params = params or k.KdfParams.from_json(hello.get("kdf", {}))
    new_keys = await asyncio.to_thread(k.derive_account_keys, new, salt, params)
    keks = {
        did: k.b64e(k.wrap_kek(kek, new_keys.auth_secret, cfg.account, did))
        for did, kek in (await _keks(api, cfg, old_keys, [])).items()
    }
    fields = {
        "device_id": cfg.device_id,
        "salt": k.b64e(salt),
        "kdf": params.to_json(),
        "account_key": k.b64e(new_keys.signer.public),
        "wrapped_key": k.b64e(
            k.wrap_data_key(cfg.data_key, new_keys.wrap_key, cfg.account, cfg.key_version)
        ),
        "wrapped_keks": keks,
    }
    proof = await _proof(api, p.SIGN_PASSPHRASE, cfg, old_keys.signer, fields)
    await api.change_passphrase({**fields, **proof})
    await _save(store, {"token": None, "token_expires": None})


async def logout(store: Store, api: ApiClient) -> None:
    """End this device's sessions on the server and forget its credential and keys here."""
    with contextlib.suppress(SyncError):  # a token the server no longer knows: logged out
        await api.logout()
    await _save(
        store,
        {
            "token": None,
            "token_expires": None,
            "device_key": None,
            "device_kek": None,
            "data_keys": None,
            "data_key": None,
            "auth_secret": None,
            "logged_out": "1",
        },
    )


def open_device(raw: dict[str, Any], cfg: SyncConfig) -> dict[str, Any]:
    """A device as the server lists it, with its sealed name, type and capabilities opened."""
    out = {k_: v for k_, v in raw.items() if k_ not in ("details", "wrapped_kek")}
    details = None
    if raw.get("details"):
        try:
            details = k.open_details(k.b64d(raw["details"]), cfg.data_keys, cfg.account, raw["id"])
        except p.ProtocolError:
            details = None
    details = details or {}
    out["name"] = str(details.get("name") or "(name unreadable)")
    out["type"] = str(details.get("type") or "")
    out["capabilities"] = details.get("capabilities") or {}
    return out
