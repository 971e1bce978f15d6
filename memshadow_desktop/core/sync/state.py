"""This device's sync configuration and counters, kept in the vault's sync_state table.

The table lives inside the encrypted database, so the device token and the account's data key
are at rest under the vault key, never beside it.
"""

from __future__ import annotations

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
    data_key: bytes
    key_version: int

    @property
    def binding(self) -> str:
        return f"{self.server}|{self.account}"


def load(store: Store) -> dict[str, str]:
    return store.read(ops.state_all)


def config(store: Store) -> SyncConfig:
    values = load(store)
    return config_from(values)


def config_from(values: dict[str, str]) -> SyncConfig:
    try:
        return SyncConfig(
            values["server"],
            values["account"],
            values["device_id"],
            values["token"],
            bytes.fromhex(values["data_key"]),
            int(values.get("key_version", "1")),
        )
    except KeyError:
        raise NotConfiguredError("sync") from None


def is_configured(values: dict[str, str]) -> bool:
    return all(k in values for k in ("server", "account", "token", "data_key"))


def save(store: Store, values: dict[str, str | None]) -> None:
    store.write(lambda conn, _ctx: ops.state_set(conn, values))


def add(store: Store, counters: dict[str, int]) -> None:
    if any(counters.values()):
        store.write(lambda conn, _ctx: ops.state_add(conn, counters))


def counters(values: dict[str, str]) -> dict[str, Any]:
    return {k: int(values.get(k, "0")) for k in COUNTERS}
