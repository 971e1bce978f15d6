"""What the server does with its database: accounts, devices, push, pull, chains, compaction.

Every method is synchronous (the API runs it in a worker thread) and takes the acting device's
:class:`Principal`, so no query can reach another account's rows.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.security import (
    RateLimiter,
    SecretHasher,
    new_token,
    same_hash,
    token_hash,
)

NOTIFY_CHANNEL = "memshadow_events"
_TOUCH_EVERY_S = 10.0
_CHUNK = 500


@dataclass(frozen=True)
class Principal:
    account_id: int
    account: str
    device_id: str


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    type: str
    capabilities: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Session:
    token: str
    account_id: int
    account: str
    device_id: str
    wrapped_key: bytes
    key_version: int


@dataclass
class PushOutcome:
    results: list[dict[str, Any]]
    head_seq: int
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    newest_seq: int = 0  # highest seq accepted in this push (0: none)


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Repo:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self.hasher = SecretHasher(config.argon2_time_cost, config.argon2_memory_kib)
        self.ip_limiter = RateLimiter(config.login_max_attempts_per_ip, config.login_window_s)

    # ------------------------------------------------------------------ accounts

    def create_account(
        self, name: str, auth_secret: bytes, wrapped_key: bytes, device: DeviceInfo
    ) -> Session:
        auth_hash = self.hasher.hash(auth_secret)
        now = time.time()
        token = new_token()
        try:
            with self.db.write() as conn:
                account_id = conn.execute(
                    sa.insert(s.accounts)
                    .values(name=name, auth_hash=auth_hash, wrapped_key=wrapped_key, created_at=now)
                    .returning(s.accounts.c.id)
                ).scalar_one()
                self._insert_device(conn, account_id, device, now)
                self._insert_token(conn, account_id, device.id, token, now)
        except IntegrityError:
            raise ApiError(409, p.ERR_ACCOUNT_EXISTS, "an account with this name exists") from None
        return Session(token, account_id, name, device.id, wrapped_key, 1)

    def login(self, name: str, auth_secret: bytes, device: DeviceInfo, client: str) -> Session:
        wait = self.ip_limiter.hit(client)
        if wait:
            raise _rate_limited(wait)
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(sa.select(acc).where(acc.c.name == name)).one_or_none()
        now = time.time()
        window = self.config.login_window_s
        if (
            row is not None
            and row.failed_since > now - window
            and row.failed_logins >= self.config.login_max_failures
        ):
            raise _rate_limited(row.failed_since + window - now)
        if not self.hasher.verify(row.auth_hash if row else None, auth_secret) or row is None:
            if row is not None:
                self._record_failure(row.id, now)
            raise ApiError(401, p.ERR_BAD_CREDENTIALS, "unknown account or wrong secret")
        token = new_token()
        with self.db.write() as conn:
            if row.failed_logins:
                conn.execute(sa.update(acc).where(acc.c.id == row.id).values(failed_logins=0))
            existing = conn.execute(
                sa.select(s.devices.c.revoked_at).where(
                    s.devices.c.account_id == row.id, s.devices.c.id == device.id
                )
            ).one_or_none()
            if existing is None:
                self._insert_device(conn, row.id, device, now)
            elif existing.revoked_at is not None:
                raise ApiError(403, p.ERR_DEVICE_REVOKED, "this device id was revoked")
            else:
                conn.execute(
                    sa.update(s.devices)
                    .where(s.devices.c.account_id == row.id, s.devices.c.id == device.id)
                    .values(
                        name=device.name,
                        type=device.type,
                        capabilities=json.dumps(device.capabilities),
                        last_seen=now,
                    )
                )
            self._insert_token(conn, row.id, device.id, token, now)
        return Session(token, row.id, row.name, device.id, row.wrapped_key, row.key_version)

    def _record_failure(self, account_id: int, now: float) -> None:
        acc = s.accounts
        window_start = now - self.config.login_window_s
        with self.db.write() as conn:
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == account_id)
                .values(
                    failed_logins=sa.case(
                        (acc.c.failed_since > window_start, acc.c.failed_logins + 1), else_=1
                    ),
                    failed_since=sa.case(
                        (acc.c.failed_since > window_start, acc.c.failed_since), else_=now
                    ),
                )
            )

    def _insert_device(self, conn: Connection, account_id: int, d: DeviceInfo, now: float) -> None:
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

    def _insert_token(
        self, conn: Connection, account_id: int, device_id: str, token: str, now: float
    ) -> None:
        conn.execute(
            sa.insert(s.tokens).values(
                token_hash=token_hash(token),
                account_id=account_id,
                device_id=device_id,
                created_at=now,
            )
        )

    def authenticate(self, token: str) -> Principal:
        h = token_hash(token)
        t, d, a = s.tokens, s.devices, s.accounts
        q = (
            sa.select(t.c.token_hash, t.c.account_id, t.c.device_id, a.c.name, d.c.last_seen)
            .select_from(
                t.join(d, sa.and_(d.c.account_id == t.c.account_id, d.c.id == t.c.device_id)).join(
                    a, a.c.id == t.c.account_id
                )
            )
            .where(t.c.token_hash == h, d.c.revoked_at.is_(None))
        )
        with self.db.read() as conn:
            row = conn.execute(q).one_or_none()
        if row is None or not same_hash(bytes(row.token_hash), h):
            raise ApiError(
                401,
                p.ERR_UNAUTHORIZED,
                "missing, unknown or revoked token",
                headers={"WWW-Authenticate": "Bearer"},
            )
        principal = Principal(row.account_id, row.name, row.device_id)
        now = time.time()
        if now - row.last_seen > _TOUCH_EVERY_S:
            self.touch(principal, now)
        return principal

    def touch(self, who: Principal, now: float | None = None) -> None:
        with self.db.write() as conn:
            conn.execute(
                sa.update(s.devices)
                .where(s.devices.c.account_id == who.account_id, s.devices.c.id == who.device_id)
                .values(last_seen=now or time.time())
            )

    def token_valid(self, who: Principal) -> bool:
        d = s.devices
        with self.db.read() as conn:
            revoked = conn.execute(
                sa.select(d.c.revoked_at).where(
                    d.c.account_id == who.account_id, d.c.id == who.device_id
                )
            ).scalar_one_or_none()
        return revoked is None

    def head_seq(self, who: Principal) -> int:
        with self.db.read() as conn:
            return int(
                conn.execute(
                    sa.select(s.accounts.c.head_seq).where(s.accounts.c.id == who.account_id)
                ).scalar_one()
            )

    def heartbeat(self, who: Principal) -> tuple[bool, int]:
        """For an open event stream: is the device still allowed, and the account's head."""
        valid = self.token_valid(who)
        if valid:
            self.touch(who)
        return valid, self.head_seq(who)

    def ping(self) -> bool:
        try:
            with self.db.read() as conn:
                conn.execute(sa.select(1)).scalar_one()
            return True
        except Exception:
            return False

    def get_key(self, who: Principal) -> tuple[bytes, int]:
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(acc.c.wrapped_key, acc.c.key_version).where(acc.c.id == who.account_id)
            ).one()
        return bytes(row.wrapped_key), int(row.key_version)

    def change_passphrase(
        self, who: Principal, current: bytes, new_secret: bytes, wrapped_key: bytes
    ) -> int:
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(sa.select(acc).where(acc.c.id == who.account_id)).one()
        now = time.time()
        if row.failed_since > now - self.config.login_window_s and (
            row.failed_logins >= self.config.login_max_failures
        ):
            raise _rate_limited(row.failed_since + self.config.login_window_s - now)
        if not self.hasher.verify(row.auth_hash, current):
            self._record_failure(row.id, now)
            raise ApiError(401, p.ERR_BAD_CREDENTIALS, "the current secret is wrong")
        new_hash = self.hasher.hash(new_secret)
        with self.db.write() as conn:
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == who.account_id)
                .values(
                    auth_hash=new_hash,
                    wrapped_key=wrapped_key,
                    key_version=acc.c.key_version + 1,
                    failed_logins=0,
                )
            )
        return int(row.key_version) + 1

    # ------------------------------------------------------------------ devices

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
            self._notify(conn, who.account_id, 0, device_id, kind="revoke")

    # ------------------------------------------------------------------ push

    def push(self, who: Principal, records: list[p.PushRecord], body_bytes: int) -> PushOutcome:
        checks = [p.checksum_ok(r.ciphertext, r.checksum) for r in records]
        mems = sorted({r.memory_id for r in records})
        revs = sorted(
            {r.revision_id for r in records} | {r.delta_base for r in records if r.delta_base}
        )
        r_, h_ = s.records, s.heads
        now = time.time()
        with self.db.account_tx(who.account_id) as (conn, acc):
            known: dict[tuple[str, str], int] = {}
            for chunk in _chunks(revs):
                for row in conn.execute(
                    sa.select(r_.c.memory_id, r_.c.revision_id, r_.c.seq).where(
                        r_.c.account_id == who.account_id, r_.c.revision_id.in_(chunk)
                    )
                ):
                    known[(row.memory_id, row.revision_id)] = row.seq
            heads: dict[str, tuple[str, int, int]] = {}  # memory -> (revision, seq, chain_seq)
            for chunk in _chunks(mems):
                for hrow in conn.execute(
                    sa.select(h_.c.memory_id, h_.c.revision_id, h_.c.seq, h_.c.chain_seq).where(
                        h_.c.account_id == who.account_id, h_.c.memory_id.in_(chunk)
                    )
                ):
                    heads[hrow.memory_id] = (hrow.revision_id, hrow.seq, hrow.chain_seq)
            existed = set(heads)
            seq = int(acc.head_seq)
            out = PushOutcome(results=[], head_seq=seq)
            new_rows: list[dict[str, Any]] = []
            for rec, ok in zip(records, checks, strict=True):
                res: dict[str, Any] = {"memory_id": rec.memory_id, "revision_id": rec.revision_id}
                key = (rec.memory_id, rec.revision_id)
                head = heads.get(rec.memory_id)
                if key in known:
                    res.update(status=p.PushStatus.DUPLICATE.value, seq=known[key])
                    out.duplicates += 1
                elif not ok:
                    res.update(status=p.PushStatus.REJECTED.value, error="checksum_mismatch")
                    out.rejected += 1
                elif (head[0] if head else None) != rec.parent_revision:
                    res.update(
                        status=p.PushStatus.CONFLICT.value,
                        head_revision=head[0] if head else None,
                        head_seq=head[1] if head else None,
                    )
                    out.conflicts += 1
                elif rec.delta_base and (rec.memory_id, rec.delta_base) not in known:
                    res.update(status=p.PushStatus.REJECTED.value, error="unknown_delta_base")
                    out.rejected += 1
                else:
                    seq += 1
                    known[key] = seq
                    heads[rec.memory_id] = (
                        rec.revision_id,
                        seq,
                        self._chain_start(conn, who.account_id, rec, seq, head),
                    )
                    new_rows.append(
                        {
                            "account_id": who.account_id,
                            "seq": seq,
                            "memory_id": rec.memory_id,
                            "revision_id": rec.revision_id,
                            "parent_revision": rec.parent_revision,
                            "delta_base": rec.delta_base,
                            "priority": int(rec.priority),
                            "author_device": who.device_id,
                            "size": len(rec.ciphertext),
                            "checksum": rec.checksum,
                            "ciphertext": rec.ciphertext,
                            "created_at": now,
                        }
                    )
                    res.update(status=p.PushStatus.ACCEPTED.value, seq=seq)
                    out.accepted += 1
                out.results.append(res)
            if new_rows:
                conn.execute(sa.insert(r_), new_rows)
                changed = {row["memory_id"] for row in new_rows}
                inserts = [
                    {
                        "account_id": who.account_id,
                        "memory_id": m,
                        "revision_id": heads[m][0],
                        "seq": heads[m][1],
                        "chain_seq": heads[m][2],
                    }
                    for m in sorted(changed - existed)
                ]
                updates = [
                    {"b_mem": m, "b_rev": heads[m][0], "b_seq": heads[m][1], "b_chain": heads[m][2]}
                    for m in sorted(changed & existed)
                ]
                if inserts:
                    conn.execute(sa.insert(h_), inserts)
                if updates:
                    conn.execute(
                        sa.update(h_)
                        .where(
                            h_.c.account_id == who.account_id,
                            h_.c.memory_id == sa.bindparam("b_mem"),
                        )
                        .values(
                            revision_id=sa.bindparam("b_rev"),
                            seq=sa.bindparam("b_seq"),
                            chain_seq=sa.bindparam("b_chain"),
                        ),
                        updates,
                    )
                conn.execute(
                    sa.update(s.accounts)
                    .where(s.accounts.c.id == who.account_id)
                    .values(head_seq=seq)
                )
                self._notify(conn, who.account_id, seq, who.device_id)
                out.newest_seq = seq
            out.head_seq = seq
            d = s.devices
            conn.execute(
                sa.update(d)
                .where(d.c.account_id == who.account_id, d.c.id == who.device_id)
                .values(
                    push_ops=d.c.push_ops + 1,
                    records_in=d.c.records_in + out.accepted,
                    bytes_in=d.c.bytes_in + body_bytes,
                    conflicts=d.c.conflicts + out.conflicts,
                    last_sync=now,
                    last_seen=now,
                )
            )
        return out

    def _chain_start(
        self,
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

    def _notify(
        self, conn: Connection, account_id: int, seq: int, device: str, kind: str = "seq"
    ) -> None:
        """PostgreSQL: announce to every replica once the transaction commits."""
        if self.db.is_sqlite:
            return
        payload = json.dumps({"a": account_id, "s": seq, "d": device, "k": kind})
        conn.execute(sa.select(sa.func.pg_notify(NOTIFY_CHANNEL, payload)))

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
        out: list[p.StoredRecord] = []
        used = 0
        for row in rows:
            if out and used + row.size > body_budget:
                break
            used += row.size
            out.append(_stored(row))
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
        out: list[p.StoredRecord] = []
        used = 0
        for row in rows:
            if out and used + row.size > p.PULL_BYTES_BUDGET:
                break
            used += row.size
            out.append(_stored(row))
        more = len(out) < len(rows) or len(rows) == limit
        return p.RecordBatch(out, out[-1].seq if out else max(after, 0), more, upto)

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

    # ------------------------------------------------------------------ compaction

    def compact(self, account_id: int, now: float | None = None) -> dict[str, int]:
        """Prune superseded records every active device has pulled past.

        Kept: every record after the slowest active device's cursor, and for each memory the
        chain from its head back to its last keyframe (what a new device needs to bootstrap).
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
            head_of = {
                row.memory_id: row.revision_id
                for row in conn.execute(
                    sa.select(h_.c.memory_id, h_.c.revision_id).where(h_.c.account_id == account_id)
                )
            }
            by_mem: dict[str, dict[str, tuple[int, str | None]]] = {}
            for row in conn.execute(
                sa.select(r_.c.memory_id, r_.c.revision_id, r_.c.seq, r_.c.delta_base).where(
                    r_.c.account_id == account_id, r_.c.seq <= horizon
                )
            ):
                by_mem.setdefault(row.memory_id, {})[row.revision_id] = (row.seq, row.delta_base)
            prune: list[int] = []
            for mem, revs in by_mem.items():
                keep = self._chain_seqs(conn, account_id, mem, head_of.get(mem), revs)
                prune.extend(seq for seq, _ in revs.values() if seq not in keep)
            prune.sort()
            for chunk in _chunks(prune):
                conn.execute(
                    sa.delete(r_).where(r_.c.account_id == account_id, r_.c.seq.in_(chunk))
                )
            floor = max(int(acc.floor_seq), prune[-1] if prune else 0)
            if floor != acc.floor_seq:
                conn.execute(
                    sa.update(s.accounts)
                    .where(s.accounts.c.id == account_id)
                    .values(floor_seq=floor)
                )
        return {"pruned": len(prune), "floor_seq": floor, "horizon": horizon}

    def _chain_seqs(
        self,
        conn: Connection,
        account_id: int,
        memory_id: str,
        head: str | None,
        known: dict[str, tuple[int, str | None]],
    ) -> set[int]:
        keep: set[int] = set()
        current = head
        r_ = s.records
        while current is not None:
            entry = known.get(current)
            if entry is None:  # above the horizon: look it up
                row = conn.execute(
                    sa.select(r_.c.seq, r_.c.delta_base).where(
                        r_.c.account_id == account_id,
                        r_.c.memory_id == memory_id,
                        r_.c.revision_id == current,
                    )
                ).one_or_none()
                if row is None:
                    break
                entry = (row.seq, row.delta_base)
            if entry[0] in keep:
                break
            keep.add(entry[0])
            current = entry[1]
        return keep

    def all_account_ids(self) -> list[int]:
        with self.db.read() as conn:
            return [int(x) for x in conn.execute(sa.select(s.accounts.c.id)).scalars()]

    # ------------------------------------------------------------------ stats

    def stats(self, who: Principal) -> dict[str, Any]:
        devices = self.list_devices(who)
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

    def devices_online(self) -> int:
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


def _rate_limited(wait: float) -> ApiError:
    secs = max(1, int(wait + 0.999))
    return ApiError(
        429, p.ERR_RATE_LIMITED, "too many login attempts", headers={"Retry-After": str(secs)}
    )
