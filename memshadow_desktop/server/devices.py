"""An account's devices: registration at login, the device list, renaming, revocation."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.events import notify
from memshadow_desktop.server.identity import DeviceInfo, Principal


def insert_device(conn: Connection, account_id: int, d: DeviceInfo, now: float) -> None:
    conn.execute(
        sa.insert(s.devices).values(
            account_id=account_id,
            id=d.id,
            name=d.name,
            type=d.type,
            capabilities=json.dumps(d.capabilities),
            created_at=now,
            last_seen=now,
        )
    )


def register_device(conn: Connection, account_id: int, d: DeviceInfo, now: float) -> None:
    """At login: add a new device, or refresh a known one; a revoked id stays locked out."""
    dev = s.devices
    existing = conn.execute(
        sa.select(dev.c.revoked_at).where(dev.c.account_id == account_id, dev.c.id == d.id)
    ).one_or_none()
    if existing is None:
        insert_device(conn, account_id, d, now)
    elif existing.revoked_at is not None:
        raise ApiError(403, p.ERR_DEVICE_REVOKED, "this device id was revoked")
    else:
        conn.execute(
            sa.update(dev)
            .where(dev.c.account_id == account_id, dev.c.id == d.id)
            .values(
                name=d.name,
                type=d.type,
                capabilities=json.dumps(d.capabilities),
                last_seen=now,
            )
        )


class Devices:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config

    def list_devices(self, who: Principal) -> list[dict[str, Any]]:
        d, r = s.devices, s.records
        now = time.time()
        with self.db.read() as conn:
            rows = conn.execute(
                sa.select(d).where(d.c.account_id == who.account_id).order_by(d.c.created_at)
            ).all()
            stored = dict(
                conn.execute(
                    sa.select(r.c.author_device, sa.func.sum(r.c.size))
                    .where(r.c.account_id == who.account_id)
                    .group_by(r.c.author_device)
                ).all()
            )
        return [self._device_view(row, now, int(stored.get(row.id) or 0), who) for row in rows]

    def _device_view(self, row: Any, now: float, stored: int, who: Principal) -> dict[str, Any]:
        revoked = row.revoked_at is not None
        return {
            "id": row.id,
            "name": row.name,
            "type": row.type,
            "capabilities": json.loads(row.capabilities or "{}"),
            "created_at": row.created_at,
            "last_seen": row.last_seen or None,
            "last_sync": row.last_sync or None,
            "online": not revoked and now - row.last_seen <= self.config.offline_after_s,
            "revoked": revoked,
            "revoked_at": row.revoked_at,
            "current": row.id == who.device_id,
            "pulled_seq": row.pulled_seq,
            "storage_reported": row.storage_reported,
            "stored_bytes": stored,
            "push_ops": row.push_ops,
            "pull_ops": row.pull_ops,
            "records_in": row.records_in,
            "records_out": row.records_out,
            "bytes_in": row.bytes_in,
            "bytes_out": row.bytes_out,
            "conflicts": row.conflicts,
        }

    def update_self(self, who: Principal, values: dict[str, Any]) -> dict[str, Any]:
        if "capabilities" in values:
            values["capabilities"] = json.dumps(values["capabilities"])
        values["last_seen"] = time.time()
        d = s.devices
        with self.db.write() as conn:
            conn.execute(
                sa.update(d)
                .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
                .values(**values)
            )
        return next(x for x in self.list_devices(who) if x["id"] == who.device_id)

    def revoke(self, who: Principal, device_id: str) -> None:
        d = s.devices
        with self.db.write() as conn:
            res = conn.execute(
                sa.update(d)
                .where(
                    d.c.account_id == who.account_id,
                    d.c.id == device_id,
                    d.c.revoked_at.is_(None),
                )
                .values(revoked_at=time.time())
            )
            if res.rowcount == 0:
                exists = conn.execute(
                    sa.select(d.c.id).where(d.c.account_id == who.account_id, d.c.id == device_id)
                ).one_or_none()
                if exists is None:
                    raise ApiError(404, p.ERR_NOT_FOUND, "no such device in this account")
            conn.execute(
                sa.delete(s.tokens).where(
                    s.tokens.c.account_id == who.account_id, s.tokens.c.device_id == device_id
                )
            )
            notify(self.db, conn, who.account_id, 0, device_id, kind="revoke")

    def devices_online(self) -> int:
        """Across all accounts, for the metrics gauge."""
        d = s.devices
        since = time.time() - self.config.offline_after_s
        with self.db.read() as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).where(
                        d.c.revoked_at.is_(None), d.c.last_seen >= since
                    )
                ).scalar_one()
            )
