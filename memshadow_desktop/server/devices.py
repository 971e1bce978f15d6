"""An account's devices: registration at login, the device list, renaming, revocation."""

from __future__ import annotations

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
from memshadow_desktop.server.identity import DeviceReg, Principal


def insert_device(conn: Connection, account_id: int, d: DeviceReg, now: float) -> None:
    conn.execute(
        sa.insert(s.devices).values(
            account_id=account_id,
            id=d.id,
            name="",
            type="",
            capabilities="{}",
            details=d.details,
            credential=d.key,
            wrapped_kek=d.wrapped_kek,
            created_at=now,
            last_seen=now,
        )
    )


def register_device(conn: Connection, account_id: int, d: DeviceReg, now: float) -> None:
    """At join: add a new device, or give a known one a new credential; a revoked id stays
    locked out."""
    dev = s.devices
    existing = conn.execute(
        sa.select(dev.c.revoked_at).where(dev.c.account_id == account_id, dev.c.id == d.id)
    ).one_or_none()
    if existing is None:
        insert_device(conn, account_id, d, now)
    elif existing.revoked_at is not None:
        raise ApiError(403, p.ERR_DEVICE_REVOKED, "this device id was revoked")
    else:
        values: dict[str, Any] = {
            "credential": d.key,
            "wrapped_kek": d.wrapped_kek,
            "grant": None,
            "grant_version": 0,
            "last_seen": now,
        }
        if d.details is not None:
            values["details"] = d.details
        conn.execute(
            sa.update(dev).where(dev.c.account_id == account_id, dev.c.id == d.id).values(**values)
        )
        conn.execute(
            sa.delete(s.tokens).where(
                s.tokens.c.account_id == account_id, s.tokens.c.device_id == d.id
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
            "details": p.b64e(bytes(row.details)) if row.details else None,
            "wrapped_kek": p.b64e(bytes(row.wrapped_kek))
            if row.wrapped_kek and not revoked
            else None,
            "key_version": int(row.grant_version or 0),
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
        values["last_seen"] = time.time()
        d = s.devices
        with self.db.write() as conn:
            conn.execute(
                sa.update(d)
                .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
                .values(**values)
            )
        return next(x for x in self.list_devices(who) if x["id"] == who.device_id)

    def revoke(self, conn: Connection, account_id: int, device_id: str, now: float) -> None:
        """Inside a rotation: the device's credential and every token of it end at once."""
        d = s.devices
        res = conn.execute(
            sa.update(d)
            .where(d.c.account_id == account_id, d.c.id == device_id)
            .values(revoked_at=sa.func.coalesce(d.c.revoked_at, now), grant=None, wrapped_kek=None)
        )
        if res.rowcount == 0:
            raise ApiError(404, p.ERR_NOT_FOUND, f"no device {device_id} in this account")
        conn.execute(
            sa.delete(s.tokens).where(
                s.tokens.c.account_id == account_id, s.tokens.c.device_id == device_id
            )
        )
        notify(self.db, conn, account_id, 0, device_id, kind="revoke")

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
