"""This device's sync configuration and counters, kept in the vault's sync_state table.

The table lives inside the encrypted database, so the device's credential, its token and the
account's data keys are at rest under the vault key, never beside it. Nothing derived from the
account passphrase is kept (protocol v1 kept the account's auth secret; a v1 vault drops it
when it upgrades).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync.errors import NotConfiguredError

# Counters (integers) kept in sync_state.
UP_RAW, UP_WIRE, DOWN_RAW, DOWN_WIRE = "up_raw", "up_wire", "down_raw", "down_wire"
OPS_OK, OPS_FAILED = "ops_ok", "ops_failed"
PUSHED, PULLED, CONFLICTS_SEEN = "records_pushed", "records_pulled", "conflicts_seen"
COUNTERS = (
    UP_RAW,
    UP_WIRE,
    DOWN_RAW,
    DOWN_WIRE,
    OPS_OK,
    OPS_FAILED,
    PUSHED,
    PULLED,
    CONFLICTS_SEEN,
)


@dataclass(frozen=True)
class SyncConfig:
    server: str
    account: str
    device_id: str
    token: str
    data_keys: dict[int, bytes]  # every key version this device can read
    key_version: int  # the one it seals new records under
    device_key: bytes | None = None  # seed of this device's Ed25519 credential
    kek: bytes | None = None  # this device's key-encryption key (key grants open with it)
    insecure: bool = False  # plain http to another machine, asked for by name
    legacy_auth_secret: bytes | None = None  # a protocol v1 vault, until it upgrades
    token_expires: float = 0.0

    @property
    def binding(self) -> str:
        return f"{self.server}|{self.account}"

    @property
    def data_key(self) -> bytes:
        return self.data_keys[self.key_version]


def load(store: Store) -> dict[str, str]:
    return store.read(ops.state_all)


def config(store: Store) -> SyncConfig:
    values = load(store)
    return config_from(values)


def data_keys_from(values: dict[str, str]) -> tuple[dict[int, bytes], int]:
    """(key version -> data key, current version); a protocol v1 vault has one key, version 1."""
    if "data_keys" in values:
        raw = json.loads(values["data_keys"])
        keys = {int(v): bytes.fromhex(k) for v, k in raw.items()}
        return keys, int(values.get("key_version") or max(keys))
    if "data_key" in values:
        return {1: bytes.fromhex(values["data_key"])}, 1
    raise NotConfiguredError("sync")


def keys_value(keys: dict[int, bytes]) -> str:
    return json.dumps({str(v): k.hex() for v, k in sorted(keys.items())})


def config_from(values: dict[str, str]) -> SyncConfig:
    try:
        keys, version = data_keys_from(values)

        def raw(name: str) -> bytes | None:
            return bytes.fromhex(values[name]) if values.get(name) else None

        return SyncConfig(
            values["server"],
            values["account"],
            values["device_id"],
            values.get("token", ""),
            keys,
            version,
            raw("device_key"),
            raw("device_kek"),
            values.get("insecure") == "1",
            raw("auth_secret"),
            float(values.get("token_expires") or 0),
        )
    except (KeyError, ValueError):
        raise NotConfiguredError("sync") from None


def is_configured(values: dict[str, str]) -> bool:
    return all(k in values for k in ("server", "account")) and (
        "data_keys" in values or "data_key" in values
    )


def save(store: Store, values: dict[str, str | None]) -> None:
    store.write(lambda conn, _ctx: ops.state_set(conn, values))


def add(store: Store, counters: dict[str, int]) -> None:
    if any(counters.values()):
        store.write(lambda conn, _ctx: ops.state_add(conn, counters))


def counters(values: dict[str, str]) -> dict[str, Any]:
    return {k: int(values.get(k, "0")) for k in COUNTERS}
