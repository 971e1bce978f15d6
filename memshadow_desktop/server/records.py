"""An account's records: push, pull, snapshot, a memory's chain, and each device's cursor."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import Principal
from memshadow_desktop.server.push import PushOutcome, accept_push


class Records:
    def __init__(self, db: Database) -> None:
        self.db = db

    def push(self, who: Principal, records: Sequence[p.PushRecord], body_bytes: int) -> PushOutcome:
        return accept_push(self.db, who, records, body_bytes)

    # ------------------------------------------------------------------ pull

    def pull(
        self, who: Principal, after: int, limit: int, body_budget: int = p.PULL_BYTES_BUDGET
    ) -> p.RecordBatch:
        r_ = s.records
        with self.db.read() as conn:
            acc = conn.execute(
                sa.select(s.accounts.c.head_seq, s.accounts.c.floor_seq).where(
                    s.accounts.c.id == who.account_id
                )
            ).one()
            if after > acc.head_seq or 0 < after < acc.floor_seq:
                raise ApiError(
                    410,
                    p.ERR_RESYNC_REQUIRED,
                    "unknown or compacted cursor: pull again from cursor 0",
                    extra={"head_seq": int(acc.head_seq), "floor_seq": int(acc.floor_seq)},
                )
            rows = conn.execute(
                sa.select(r_)
                .where(r_.c.account_id == who.account_id, r_.c.seq > after)
                .order_by(r_.c.seq)
                .limit(limit)
            ).all()
        out = _within_budget(rows, body_budget)
        next_cursor = out[-1].seq if out else after
        head = max(int(acc.head_seq), next_cursor)
        return p.RecordBatch(out, next_cursor, next_cursor < head, head)

    def snapshot(self, who: Principal, after: int, upto: int, limit: int) -> p.RecordBatch:
        """Bootstrap: each memory's current chain (last keyframe to head), not all history.

        Pages through records with ``after < seq <= upto`` that belong to a head's chain;
        ``upto`` (0: the account's current head) is fixed by the first page and echoed as
        ``head_seq``. Afterwards the device pulls from ``head_seq`` as usual.
        """
        r_, h_ = s.records, s.heads
        with self.db.read() as conn:
            head = int(
                conn.execute(
                    sa.select(s.accounts.c.head_seq).where(s.accounts.c.id == who.account_id)
                ).scalar_one()
            )
            if upto <= 0 or upto > head:
                upto = head
            rows = conn.execute(
                sa.select(r_)
                .select_from(
                    r_.join(
                        h_,
                        sa.and_(
                            h_.c.account_id == r_.c.account_id, h_.c.memory_id == r_.c.memory_id
                        ),
                    )
                )
                .where(
                    r_.c.account_id == who.account_id,
                    r_.c.seq > after,
                    r_.c.seq <= upto,
                    r_.c.seq >= h_.c.chain_seq,
                )
                .order_by(r_.c.seq)
                .limit(limit)
            ).all()
        out = _within_budget(rows, p.PULL_BYTES_BUDGET)
        more = len(out) < len(rows) or len(rows) == limit
        return p.RecordBatch(out, out[-1].seq if out else max(after, 0), more, upto)

    def chain(self, who: Principal, memory_id: str, revision: str | None) -> list[p.StoredRecord]:
        """The records from the last keyframe up to ``revision`` (default: the head)."""
        r_ = s.records
        with self.db.read() as conn:
            if revision is None:
                revision = conn.execute(
                    sa.select(s.heads.c.revision_id).where(
                        s.heads.c.account_id == who.account_id, s.heads.c.memory_id == memory_id
                    )
                ).scalar_one_or_none()
                if revision is None:
                    raise ApiError(404, p.ERR_NOT_FOUND, "no such memory")
            meta = {
                row.revision_id: (row.seq, row.delta_base)
                for row in conn.execute(
                    sa.select(r_.c.revision_id, r_.c.seq, r_.c.delta_base).where(
                        r_.c.account_id == who.account_id, r_.c.memory_id == memory_id
                    )
                )
            }
            seqs: list[int] = []
            current: str | None = revision
            while current is not None:
                if current not in meta or len(seqs) > len(meta):
                    raise ApiError(404, p.ERR_NOT_FOUND, "revision or its chain is not stored")
                seq, current = meta[current]
                seqs.append(seq)
            rows = conn.execute(
                sa.select(r_)
                .where(r_.c.account_id == who.account_id, r_.c.seq.in_(seqs))
                .order_by(r_.c.seq)
            ).all()
        by_seq = {row.seq: _stored(row) for row in rows}
        return [by_seq[q] for q in reversed(seqs)]

    # ------------------------------------------------------------------ cursors

    def record_pull(self, who: Principal, acked: int, n: int, nbytes: int) -> None:
        """Count a pull; pulling after ``acked`` acknowledges everything up to it."""
        d = s.devices
        now = time.time()
        with self.db.write() as conn:
            conn.execute(
                sa.update(d)
                .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
                .values(
                    pulled_seq=sa.case((d.c.pulled_seq < acked, acked), else_=d.c.pulled_seq),
                    pull_ops=d.c.pull_ops + 1,
                    records_out=d.c.records_out + n,
                    bytes_out=d.c.bytes_out + nbytes,
                    last_sync=now,
                    last_seen=now,
                )
            )

    def checkpoint(self, who: Principal, cursor: int) -> int:
        d = s.devices
        with self.db.write() as conn:
            head = conn.execute(
                sa.select(s.accounts.c.head_seq).where(s.accounts.c.id == who.account_id)
            ).scalar_one()
            acked = min(cursor, int(head))
            conn.execute(
                sa.update(d)
                .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
                .values(
                    pulled_seq=sa.case((d.c.pulled_seq < acked, acked), else_=d.c.pulled_seq),
                    last_seen=time.time(),
                )
            )
            return int(
                conn.execute(
                    sa.select(d.c.pulled_seq).where(
                        d.c.account_id == who.account_id, d.c.id == who.device_id
                    )
                ).scalar_one()
            )


def _within_budget(rows: Sequence[Any], budget: int) -> list[p.StoredRecord]:
    """The leading rows whose ciphertexts fit ``budget`` bytes (always at least one)."""
    out: list[p.StoredRecord] = []
    used = 0
    for row in rows:
        if out and used + row.size > budget:
            break
        used += row.size
        out.append(_stored(row))
    return out


def _stored(row: Any) -> p.StoredRecord:
    return p.StoredRecord(
        seq=int(row.seq),
        memory_id=row.memory_id,
        revision_id=row.revision_id,
        parent_revision=row.parent_revision,
        delta_base=row.delta_base,
        priority=p.Priority(row.priority),
        ciphertext=bytes(row.ciphertext),
        checksum=bytes(row.checksum),
        author_device=row.author_device,
        created_at=float(row.created_at),
    )
