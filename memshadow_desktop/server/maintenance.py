"""Keeping the store in shape and reporting on it: compaction, health, an account's usage."""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa

from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database, chunks
from memshadow_desktop.server.devices import Devices
from memshadow_desktop.server.identity import Principal


class Maintenance:
    def __init__(self, db: Database, config: ServerConfig, devices: Devices) -> None:
        self.db = db
        self.config = config
        self.devices = devices

    # ------------------------------------------------------------------ compaction

    def compact(self, account_id: int, now: float | None = None) -> dict[str, int]:
        """Prune superseded records every active device has pulled past.

        Kept: every record after the slowest active device's cursor, each memory's chain from
        its head back to its last keyframe (what a new device needs to bootstrap), and the
        whole delta chain of every record kept: a kept record never points at a pruned base.
        """
        now = now or time.time()
        d, r_, h_ = s.devices, s.records, s.heads
        active_since = now - self.config.active_device_days * 86400
        with self.db.account_tx(account_id) as (conn, acc):
            horizon = conn.execute(
                sa.select(sa.func.min(d.c.pulled_seq)).where(
                    d.c.account_id == account_id,
                    d.c.revoked_at.is_(None),
                    d.c.last_seen >= active_since,
                )
            ).scalar_one_or_none()
            horizon = int(acc.head_seq if horizon is None else horizon)
            heads = [
                (row.memory_id, row.revision_id)
                for row in conn.execute(
                    sa.select(h_.c.memory_id, h_.c.revision_id).where(h_.c.account_id == account_id)
                )
            ]
            # memory -> revision -> (seq, delta base), for every record of the account
            by_mem: dict[str, dict[str, tuple[int, str | None]]] = {}
            kept_above: list[tuple[str, str]] = []
            for row in conn.execute(
                sa.select(r_.c.memory_id, r_.c.revision_id, r_.c.seq, r_.c.delta_base).where(
                    r_.c.account_id == account_id
                )
            ):
                by_mem.setdefault(row.memory_id, {})[row.revision_id] = (row.seq, row.delta_base)
                if row.seq > horizon and row.delta_base is not None:
                    kept_above.append((row.memory_id, row.revision_id))
            keep: set[int] = set()
            for mem, rev in heads + kept_above:
                keep |= _chain_seqs(by_mem.get(mem, {}), rev)
            prune = sorted(
                seq
                for revs in by_mem.values()
                for seq, _base in revs.values()
                if seq <= horizon and seq not in keep
            )
            freed = 0
            for chunk in chunks(prune):
                freed += int(
                    conn.execute(
                        sa.select(sa.func.coalesce(sa.func.sum(r_.c.size), 0)).where(
                            r_.c.account_id == account_id, r_.c.seq.in_(chunk)
                        )
                    ).scalar_one()
                )
                conn.execute(
                    sa.delete(r_).where(r_.c.account_id == account_id, r_.c.seq.in_(chunk))
                )
            floor = max(int(acc.floor_seq), prune[-1] if prune else 0)
            acc_t = s.accounts
            conn.execute(
                sa.update(acc_t)
                .where(acc_t.c.id == account_id)
                .values(
                    floor_seq=floor,
                    stored_bytes=sa.func.max(acc_t.c.stored_bytes - freed, 0)
                    if self.db.is_sqlite
                    else sa.func.greatest(acc_t.c.stored_bytes - freed, 0),
                    stored_records=acc_t.c.stored_records - len(prune),
                )
            )
        return {"pruned": len(prune), "floor_seq": floor, "horizon": horizon}

    def all_account_ids(self) -> list[int]:
        with self.db.read() as conn:
            return [int(x) for x in conn.execute(sa.select(s.accounts.c.id)).scalars()]

    # ------------------------------------------------------------------ health and usage

    def ping(self) -> bool:
        try:
            with self.db.read() as conn:
                conn.execute(sa.select(1)).scalar_one()
            return True
        except Exception:
            return False

    def stats(self, who: Principal) -> dict[str, Any]:
        devices = self.devices.list_devices(who)
        r_ = s.records
        with self.db.read() as conn:
            acc = conn.execute(sa.select(s.accounts).where(s.accounts.c.id == who.account_id)).one()
            count, size = conn.execute(
                sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(r_.c.size), 0)).where(
                    r_.c.account_id == who.account_id
                )
            ).one()
            memories = conn.execute(
                sa.select(sa.func.count()).where(s.heads.c.account_id == who.account_id)
            ).scalar_one()

        def total(key: str) -> int:
            return sum(int(x[key]) for x in devices)

        return {
            "account": who.account,
            "head_seq": int(acc.head_seq),
            "floor_seq": int(acc.floor_seq),
            "records": int(count),
            "stored_bytes": int(size),
            "memories": int(memories),
            "devices": sum(1 for x in devices if not x["revoked"]),
            "devices_online": sum(1 for x in devices if x["online"]),
            "push_ops": total("push_ops"),
            "pull_ops": total("pull_ops"),
            "operations": total("push_ops") + total("pull_ops"),
            "records_in": total("records_in"),
            "records_out": total("records_out"),
            "bytes_in": total("bytes_in"),
            "bytes_out": total("bytes_out"),
            "conflicts": total("conflicts"),
        }


def _chain_seqs(known: dict[str, tuple[int, str | None]], head: str | None) -> set[int]:
    """Seqs of the chain from ``head`` back to its keyframe: what compaction must keep."""
    keep: set[int] = set()
    current = head
    while current is not None:
        entry = known.get(current)
        if entry is None or entry[0] in keep:
            break
        keep.add(entry[0])
        current = entry[1]
    return keep
