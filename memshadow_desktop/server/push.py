"""Accepting a push: compare-and-swap per memory, inside the account's lock.

A record is accepted only if its parent is still its memory's head, its delta base is stored,
and its ciphertext is sealed under the account's current key version (an older version is
``stale_key``: the device fetches the rotated key and seals again); it then gets the account's
next sequence number. A push that would take the account past its byte or record quota is
refused whole (HTTP 507), before anything is stored. Per memory the server keeps its head:
the newest revision, its seq, and ``chain_seq``, where the chain of deltas that rebuilds the
head starts (its last keyframe).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database, chunks
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.events import notify
from memshadow_desktop.server.identity import Principal

# memory -> (head revision, its seq, seq of the keyframe its delta chain starts from)
Heads = dict[str, tuple[str, int, int]]


@dataclass
class PushOutcome:
    results: list[dict[str, Any]]
    head_seq: int
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    newest_seq: int = 0  # highest seq accepted in this push (0: none)


@dataclass
class _Batch:
    """One push being decided inside the account's lock."""

    who: Principal
    now: float
    known: dict[tuple[str, str], int]  # (memory, revision) -> seq: stored, or accepted just now
    heads: Heads
    seq: int  # the account's head, advanced by every accepted record
    key_version: int  # the account's current data key version
    out: PushOutcome = field(init=False)
    existed: set[str] = field(init=False)  # memories that had a head before this push
    rows: list[dict[str, Any]] = field(default_factory=list)
    # Stored records shown again above the head: (memory, revision, new seq)
    moves: list[tuple[str, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.out = PushOutcome(results=[], head_seq=self.seq)
        self.existed = set(self.heads)


def accept_push(
    db: Database,
    config: ServerConfig,
    who: Principal,
    records: Sequence[p.PushRecord],
    body_bytes: int,
) -> PushOutcome:
    # Checksums before taking the account's lock: hashing is the slow part.
    checks = [p.checksum_ok(r.ciphertext, r.checksum) for r in records]
    now = time.time()
    with db.account_tx(who.account_id) as (conn, acc):
        batch = _Batch(
            who,
            now,
            known=_known_revisions(conn, who.account_id, records),
            heads=_current_heads(conn, who.account_id, records),
            seq=int(acc.head_seq),
            key_version=int(acc.key_version),
        )
        for rec, ok in zip(records, checks, strict=True):
            batch.out.results.append(_admit(conn, batch, rec, ok))
        if batch.rows or batch.moves:
            _check_quota(config, acc, batch.rows)
            _store(db, conn, batch)
        batch.out.head_seq = batch.seq
        _count_push(conn, batch, body_bytes)
    return batch.out


def _known_revisions(
    conn: Connection, account_id: int, records: Sequence[p.PushRecord]
) -> dict[tuple[str, str], int]:
    """Stored (memory, revision) -> seq for the batch's revisions and delta bases."""
    revs = sorted(
        {r.revision_id for r in records} | {r.delta_base for r in records if r.delta_base}
    )
    r_ = s.records
    known: dict[tuple[str, str], int] = {}
    for chunk in chunks(revs):
        for row in conn.execute(
            sa.select(r_.c.memory_id, r_.c.revision_id, r_.c.seq).where(
                r_.c.account_id == account_id, r_.c.revision_id.in_(chunk)
            )
        ):
            known[(row.memory_id, row.revision_id)] = row.seq
    return known


def _current_heads(conn: Connection, account_id: int, records: Sequence[p.PushRecord]) -> Heads:
    h_ = s.heads
    heads: Heads = {}
    for chunk in chunks(sorted({r.memory_id for r in records})):
        for row in conn.execute(
            sa.select(h_.c.memory_id, h_.c.revision_id, h_.c.seq, h_.c.chain_seq).where(
                h_.c.account_id == account_id, h_.c.memory_id.in_(chunk)
            )
        ):
            heads[row.memory_id] = (row.revision_id, row.seq, row.chain_seq)
    return heads


def _admit(conn: Connection, batch: _Batch, rec: p.PushRecord, ok: bool) -> dict[str, Any]:
    """Decide one record (duplicate, rejected, conflict or accepted) and say so."""
    res: dict[str, Any] = {"memory_id": rec.memory_id, "revision_id": rec.revision_id}
    out = batch.out
    key = (rec.memory_id, rec.revision_id)
    head = batch.heads.get(rec.memory_id)
    if key in batch.known and _behind_it(head, rec):
        _show_again(conn, batch, rec)
        res.update(status=p.PushStatus.ACCEPTED.value, seq=batch.seq)
        out.accepted += 1
    elif key in batch.known:
        res.update(status=p.PushStatus.DUPLICATE.value, seq=batch.known[key])
        out.duplicates += 1
    elif not ok:
        res.update(status=p.PushStatus.REJECTED.value, error="checksum_mismatch")
        out.rejected += 1
    elif (version := p.envelope_key_version(rec.ciphertext)) != batch.key_version:
        error = "bad_envelope" if version is None else p.ERR_STALE_KEY
        res.update(status=p.PushStatus.REJECTED.value, error=error)
        out.rejected += 1
    elif (head[0] if head else None) != rec.parent_revision:
        res.update(
            status=p.PushStatus.CONFLICT.value,
            head_revision=head[0] if head else None,
            head_seq=head[1] if head else None,
        )
        out.conflicts += 1
    elif rec.delta_base and (rec.memory_id, rec.delta_base) not in batch.known:
        res.update(status=p.PushStatus.REJECTED.value, error="unknown_delta_base")
        out.rejected += 1
    else:
        batch.seq += 1
        seq = batch.seq
        batch.known[key] = seq
        chain_seq = _chain_start(conn, batch.who.account_id, rec, seq, head)
        batch.heads[rec.memory_id] = (rec.revision_id, seq, chain_seq)
        batch.rows.append(_record_row(batch, rec, seq))
        res.update(status=p.PushStatus.ACCEPTED.value, seq=seq)
        out.accepted += 1
    return res


def _behind_it(head: tuple[str, int, int] | None, rec: p.PushRecord) -> bool:
    """A stored record pushed again on top of the memory's head: the head went back to the
    record's parent (a database restored from an older copy, or moved by hand), and a device
    that is past it says so."""
    return head is not None and head[0] != rec.revision_id and head[0] == rec.parent_revision


def _show_again(conn: Connection, batch: _Batch, rec: p.PushRecord) -> None:
    """Move the stored record above the head, as if accepted now, so every device's pull shows
    it again (its ciphertext and delta base stay as stored)."""
    r_ = s.records
    stored_base = conn.execute(
        sa.select(r_.c.delta_base).where(
            r_.c.account_id == batch.who.account_id,
            r_.c.memory_id == rec.memory_id,
            r_.c.revision_id == rec.revision_id,
        )
    ).scalar_one_or_none()
    batch.seq += 1
    seq = batch.seq
    batch.known[(rec.memory_id, rec.revision_id)] = seq
    as_stored = replace(rec, delta_base=stored_base)
    head = batch.heads.get(rec.memory_id)
    chain_seq = _chain_start(conn, batch.who.account_id, as_stored, seq, head)
    batch.heads[rec.memory_id] = (rec.revision_id, seq, chain_seq)
    batch.moves.append((rec.memory_id, rec.revision_id, seq))


def _check_quota(config: ServerConfig, acc: Any, rows: list[dict[str, Any]]) -> None:
    size = int(acc.stored_bytes) + sum(int(r["size"]) for r in rows)
    count = int(acc.stored_records) + len(rows)
    if size > config.quota_bytes or count > config.quota_records:
        raise ApiError(
            507,
            p.ERR_QUOTA,
            f"the account's quota is full: {size} of {config.quota_bytes} bytes, "
            f"{count} of {config.quota_records} records",
            extra={"quota_bytes": config.quota_bytes, "quota_records": config.quota_records},
        )


def _record_row(batch: _Batch, rec: p.PushRecord, seq: int) -> dict[str, Any]:
    return {
        "account_id": batch.who.account_id,
        "seq": seq,
        "memory_id": rec.memory_id,
        "revision_id": rec.revision_id,
        "parent_revision": rec.parent_revision,
        "delta_base": rec.delta_base,
        "priority": int(rec.priority),
        "author_device": batch.who.device_id,
        "size": len(rec.ciphertext),
        "checksum": rec.checksum,
        "ciphertext": rec.ciphertext,
        "created_at": batch.now,
    }


def _chain_start(
    conn: Connection,
    account_id: int,
    rec: p.PushRecord,
    seq: int,
    head: tuple[str, int, int] | None,
) -> int:
    """Sequence number of the keyframe ``rec``'s delta chain starts from."""
    if rec.delta_base is None:
        return seq
    if head is not None and head[0] == rec.delta_base:
        return head[2]  # the usual case: a delta on the previous head
    r_ = s.records
    current: str | None = rec.delta_base
    start = seq
    for _ in range(100_000):
        if current is None:
            break
        row = conn.execute(
            sa.select(r_.c.seq, r_.c.delta_base).where(
                r_.c.account_id == account_id,
                r_.c.memory_id == rec.memory_id,
                r_.c.revision_id == current,
            )
        ).one_or_none()
        if row is None:
            break
        start, current = int(row.seq), row.delta_base
    return start


def _store(db: Database, conn: Connection, batch: _Batch) -> None:
    """Write the accepted records, move their memories' heads and the account's head."""
    who, heads, h_ = batch.who, batch.heads, s.heads
    if batch.rows:
        conn.execute(sa.insert(s.records), batch.rows)
    r_ = s.records
    for memory_id, revision_id, seq in batch.moves:
        conn.execute(
            sa.update(r_)
            .where(
                r_.c.account_id == who.account_id,
                r_.c.memory_id == memory_id,
                r_.c.revision_id == revision_id,
            )
            .values(seq=seq)
        )
    changed = {row["memory_id"] for row in batch.rows} | {m for m, _r, _s in batch.moves}
    inserts = [
        {
            "account_id": who.account_id,
            "memory_id": m,
            "revision_id": heads[m][0],
            "seq": heads[m][1],
            "chain_seq": heads[m][2],
        }
        for m in sorted(changed - batch.existed)
    ]
    updates = [
        {"b_mem": m, "b_rev": heads[m][0], "b_seq": heads[m][1], "b_chain": heads[m][2]}
        for m in sorted(changed & batch.existed)
    ]
    if inserts:
        conn.execute(sa.insert(h_), inserts)
    if updates:
        conn.execute(
            sa.update(h_)
            .where(h_.c.account_id == who.account_id, h_.c.memory_id == sa.bindparam("b_mem"))
            .values(
                revision_id=sa.bindparam("b_rev"),
                seq=sa.bindparam("b_seq"),
                chain_seq=sa.bindparam("b_chain"),
            ),
            updates,
        )
    acc = s.accounts
    conn.execute(
        sa.update(acc)
        .where(acc.c.id == who.account_id)
        .values(
            head_seq=batch.seq,
            stored_bytes=acc.c.stored_bytes + sum(int(r["size"]) for r in batch.rows),
            stored_records=acc.c.stored_records + len(batch.rows),
        )
    )
    notify(db, conn, who.account_id, batch.seq, who.device_id)
    batch.out.newest_seq = batch.seq


def _count_push(conn: Connection, batch: _Batch, body_bytes: int) -> None:
    """The pushing device's traffic counters (shown in the device list)."""
    d, who, out = s.devices, batch.who, batch.out
    conn.execute(
        sa.update(d)
        .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
        .values(
            push_ops=d.c.push_ops + 1,
            records_in=d.c.records_in + out.accepted,
            bytes_in=d.c.bytes_in + body_bytes,
            conflicts=d.c.conflicts + out.conflicts,
            last_sync=batch.now,
            last_seen=batch.now,
        )
    )
