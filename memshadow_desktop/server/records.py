"""An account's records: push, pull, snapshot, a memory's chain, and each device's cursor."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database, chunks
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import Principal
from memshadow_desktop.server.push import PushOutcome, accept_push

# What a pull reads before it decides how many rows fit its byte budget (no ciphertext).
_META = (
    "seq",
    "memory_id",
    "revision_id",
    "parent_revision",
    "delta_base",
    "priority",
    "author_device",
    "size",
)


class Records:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config

    def push(self, who: Principal, records: Sequence[p.PushRecord], body_bytes: int) -> PushOutcome:
        return accept_push(self.db, self.config, who, records, body_bytes)

    # ------------------------------------------------------------------ pull

    def pull(
        self, who: Principal, after: int, limit: int, body_budget: int = p.PULL_BYTES_BUDGET
    ) -> p.RecordBatch:
        """Records after ``after``: the puller's own as stubs. Which rows fit the byte budget
        is decided from their sizes first; only those rows' ciphertexts are read."""
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
            # The rows after the cursor, and the one at it (its revision id goes back too).
            meta = conn.execute(
                sa.select(*(r_.c[c] for c in _META))
                .where(r_.c.account_id == who.account_id, r_.c.seq >= max(after, 1))
                .order_by(r_.c.seq)
                .limit(limit + 1)
            ).all()
            at_cursor = None
            if meta and meta[0].seq == after:
                at_cursor = meta[0].revision_id
            meta = [row for row in meta if row.seq > after][:limit]
            chosen = _within_budget(meta, body_budget, who.device_id)
            sealed = _ciphertexts(conn, who, chosen)
        out = [_stored(row, sealed.get(int(row.seq))) for row in chosen]
        head = int(acc.head_seq)
        # Nothing stored after ``after``: the rest up to the head is gone (pruned), not late.
        next_cursor = out[-1].seq if out else max(after, head)
        return p.RecordBatch(
            out, next_cursor, next_cursor < head, max(head, next_cursor), at_cursor
        )

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
            meta = conn.execute(
                sa.select(*(r_.c[c] for c in _META))
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
            chosen = _within_budget(meta, p.PULL_BYTES_BUDGET, None)
            sealed = _ciphertexts(conn, who, chosen, stubs_for=None)
        out = [_stored(row, sealed.get(int(row.seq))) for row in chosen]
        more = len(out) < len(meta) or len(meta) == limit
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
        with self.db.write(durable=False) as conn:
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
        with self.db.write(durable=False) as conn:
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


def _within_budget(rows: Sequence[Any], budget: int, stub_for: str | None) -> list[Any]:
    """The leading rows whose ciphertexts fit ``budget`` bytes (always at least one); the
    rows of ``stub_for`` (sent as stubs) cost nothing."""
    out: list[Any] = []
    used = 0
    for row in rows:
        size = 0 if row.author_device == stub_for else int(row.size)
        if out and used + size > budget:
            break
        used += size
        out.append(row)
    return out


def _ciphertexts(
    conn: Any, who: Principal, rows: Sequence[Any], stubs_for: str | None = "self"
) -> dict[int, tuple[bytes, bytes]]:
    """seq -> (ciphertext, checksum) of the chosen rows (not the puller's own, for a pull)."""
    me = who.device_id if stubs_for == "self" else None
    seqs = [int(r.seq) for r in rows if r.author_device != me]
    r_ = s.records
    out: dict[int, tuple[bytes, bytes]] = {}
    for chunk in chunks(seqs):
        for row in conn.execute(
            sa.select(r_.c.seq, r_.c.ciphertext, r_.c.checksum).where(
                r_.c.account_id == who.account_id, r_.c.seq.in_(chunk)
            )
        ):
            out[int(row.seq)] = (bytes(row.ciphertext), bytes(row.checksum))
    return out


def _stored(row: Any, sealed: tuple[bytes, bytes] | None = None) -> p.StoredRecord:
    """A record from its row (a stub when ``sealed`` is None and the row has no ciphertext
    column)."""
    if sealed is None and "ciphertext" in row._fields:
        sealed = (bytes(row.ciphertext), bytes(row.checksum))
    if sealed is None:  # a stub: which revision sits at which sequence number, no more
        return p.StoredRecord(
            int(row.seq),
            row.memory_id,
            row.revision_id,
            None,
            None,
            p.Priority.NORMAL,
            b"",
            b"",
            row.author_device,
        )
    ciphertext, checksum = sealed
    return p.StoredRecord(
        seq=int(row.seq),
        memory_id=row.memory_id,
        revision_id=row.revision_id,
        parent_revision=row.parent_revision,
        delta_base=row.delta_base,
        priority=p.Priority(row.priority),
        ciphertext=ciphertext,
        checksum=checksum,
        author_device=row.author_device,
    )
