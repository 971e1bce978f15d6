"""One sync conversation with the server: pull (decrypt, verify, apply), then push the outbox.

:class:`SyncSession` runs on an asyncio loop with one :class:`ApiClient`; store work goes to the
store's own threads through ``asyncio.to_thread`` so the loop (and the event stream) never block.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar

from memshadow_desktop.core.api.sync import ApplyOutcome, SyncReport
from memshadow_desktop.core.events import (
    MEMORY_CHANGED,
    SYNC_CONFLICT,
    SYNC_PROGRESS,
    SYNC_REJECTED,
    EventBus,
)
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.sync import delta, faults, state
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.apply import (
    POLICY_MERGE,
    Incoming,
    advance_head,
    apply_batch,
    apply_bootstrap,
)
from memshadow_desktop.core.sync.client import ApiClient, ResyncRequired, Unauthorized, Wire
from memshadow_desktop.core.sync.codec import RevisionData
from memshadow_desktop.core.sync.crypto import RecordCipher
from memshadow_desktop.core.sync.errors import (
    ConfirmationRequiredError,
    DeviceRevokedError,
    RecordRejectedError,
)
from memshadow_desktop.core.sync.keys import b64e

log = logging.getLogger("memshadow.sync")
T = TypeVar("T")

# Event kinds the sync engine publishes on the core EventBus.

APPLY_CHUNK = 500


@dataclass(frozen=True)
class SyncOptions:
    policy: str = POLICY_MERGE
    mass_delete_threshold: float = 0.5  # fraction of live memories a pull may delete unasked
    mass_delete_min: int = 10  # ... and at least this many before asking
    deltas: delta.DeltaPolicy = field(default_factory=delta.DeltaPolicy)
    pull_limit: int = p.DEFAULT_PULL_LIMIT
    push_batch: int = 500
    push_bytes: int = 8 * 1024 * 1024
    retry_rejects: int = 20


class SyncSession:
    def __init__(
        self,
        store: Store,
        events: EventBus,
        api: ApiClient,
        options: SyncOptions | None = None,
    ) -> None:
        self.store = store
        self.events = events
        self.api = api
        self.options = options or SyncOptions()
        values = state.load(store)
        self.config = state.config_from(values)
        self._auth_secret = bytes.fromhex(values.get("auth_secret", "")) or None
        self.cipher = RecordCipher(self.config.data_key)
        api.token = self.config.token

    # --- helpers -------------------------------------------------------------------------------

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(self.store.read, fn, *args)

    async def _write(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        return await asyncio.to_thread(self.store.write, fn, *args, **kw)

    async def _state(self) -> dict[str, str]:
        return await self._read(ops.state_all)

    async def _set_state(self, values: dict[str, str | None]) -> None:
        await self._write(lambda conn, _ctx: ops.state_set(conn, values))

    def _publish(self, kind: str, **data: Any) -> None:
        self.events.publish(kind, **data)

    async def call(self, fn: Callable[[], Any]) -> Any:
        """Run an API call; a rejected token is renewed once by logging in again."""
        try:
            return await fn()
        except Unauthorized:
            if not self._auth_secret:
                raise DeviceRevokedError("unauthorized") from None
            values = await self._state()
            device = {
                "id": self.config.device_id,
                "name": values.get("device_name") or self.config.device_id,
                "type": values.get("device_type") or "desktop",
                "capabilities": {},
            }
            out = await self.api.login(self.config.account, self._auth_secret, device)
            await self._set_state({"token": str(out["token"])})
            return await fn()

    # --- one full sync -------------------------------------------------------------------------

    async def sync(self, *, max_priority: int | None = None, confirm: bool = False) -> SyncReport:
        started = time.monotonic()
        report = SyncReport()
        values = await self._state()
        if values.get("revoked"):
            raise DeviceRevokedError("revoked")
        try:
            await self.pull(report, confirm=confirm)
            for _round in range(8):
                need_pull = await self.push(report, max_priority=max_priority)
                if not need_pull:
                    break
                await self.pull(report, confirm=confirm)
        except DeviceRevokedError:
            await self._set_state({"revoked": "1"})
            raise
        except ConfirmationRequiredError as exc:
            await self._set_state({"blocked": f"{exc.reason}:{exc.detail}"})
            raise
        report.seconds = time.monotonic() - started
        counters = {
            state.UP_RAW: report.up_raw,
            state.UP_WIRE: report.up_wire,
            state.DOWN_RAW: report.down_raw,
            state.DOWN_WIRE: report.down_wire,
            state.OPS_OK: 1,
            state.PUSHED: report.pushed,
            state.PULLED: report.pulled,
            state.CONFLICTS_SEEN: len(report.applied.conflicts),
        }
        await self._write(_finish, counters)
        return report

    # --- pull ----------------------------------------------------------------------------------

    async def pull(self, report: SyncReport, *, confirm: bool = False) -> None:
        values = await self._state()
        cursor = int(values.get("cursor", "0"))
        wire = Wire()
        records: list[p.StoredRecord] = []
        fetched = cursor
        head = cursor
        while True:
            try:
                batch = await self.call(
                    partial(self.api.pull, fetched, self.options.pull_limit, wire)
                )
            except ResyncRequired as exc:
                await self._resync(exc, cursor, confirm)
                report.resync = True
                cursor = fetched = 0
                records = []
                continue
            records.extend(batch.records)
            fetched = batch.next_cursor
            head = max(head, batch.head_seq)
            self._publish(SYNC_PROGRESS, phase="pull", done=len(records), total=head - cursor)
            if not batch.more:
                break
        report.down_wire += wire.down
        report.pulled += len(records)
        await self._retry_rejects(report)
        if not records:
            if fetched != cursor:
                await self._set_state({"cursor": str(fetched)})
            return
        report.down_raw += sum(len(r.ciphertext) for r in records)
        local = await self._read(ops.memory_states, {r.memory_id for r in records})
        bootstrap_ids = {r.memory_id for r in records} - set(local) if cursor == 0 else set()
        report.bootstrap = bool(bootstrap_ids)
        chains = await self._decode_bootstrap(
            [r for r in records if r.memory_id in bootstrap_ids], report
        )
        items = await self._decode([r for r in records if r.memory_id not in bootstrap_ids], report)
        if not confirm:
            await self._check_mass_delete(items, local)
        faults.point("pull_before_apply")
        outcome = ApplyOutcome()
        if chains:
            outcome.add(await self._write(apply_bootstrap, chains, cursor=None))
        policy = self.options.policy
        for start in range(0, len(items), APPLY_CHUNK):
            chunk = items[start : start + APPLY_CHUNK]
            last = start + APPLY_CHUNK >= len(items)
            new_cursor = fetched if last else max(i.seq for i in chunk)
            outcome.add(await self._write(apply_batch, chunk, policy=policy, cursor=new_cursor))
            self._publish(SYNC_PROGRESS, phase="apply", done=start + len(chunk), total=len(items))
            faults.point("pull_mid_apply")
        await self._set_state({"cursor": str(fetched)})
        report.applied.add(outcome)
        for cid in outcome.conflicts:
            self._publish(SYNC_CONFLICT, conflict_id=cid)
        for mid in sorted(outcome.changed):
            self._publish(MEMORY_CHANGED, id=mid, action="synced")

    async def _resync(self, exc: ResyncRequired, cursor: int, confirm: bool) -> None:
        """The server does not know our cursor: compacted past it, or it lost its data."""
        if exc.head_seq == 0:
            synced = await self._read(
                lambda c: c.execute("SELECT count(*) FROM sync_heads").fetchone()[0]
            )
            if synced and not confirm:
                raise ConfirmationRequiredError("server_empty", f"{synced}")

            def reseed(conn: Any, _ctx: Any) -> None:
                ops.clear_sync_heads(conn)
                ops.requeue_heads(conn)
                ops.state_set(conn, {"cursor": "0"})

            await self._write(reseed)
        else:
            await self._set_state({"cursor": "0"})
        log.info("resync from cursor 0 (was %d)", cursor)

    async def _check_mass_delete(
        self, items: Sequence[Incoming], local: dict[str, tuple[str, bool]]
    ) -> None:
        last: dict[str, bool] = {}
        for item in items:
            last[item.rev.memory_id] = item.rev.fields.deleted
        doomed = sum(
            1 for mid, deleted in last.items() if deleted and mid in local and not local[mid][1]
        )
        if doomed < self.options.mass_delete_min:
            return
        live = await self._read(ops.live_count)
        if live and doomed > self.options.mass_delete_threshold * live:
            raise ConfirmationRequiredError("mass_delete", f"{doomed}/{live}")

    # --- decoding ------------------------------------------------------------------------------

    def _open(self, r: p.StoredRecord, base: RevisionData | None) -> RevisionData:
        if not r.verify():
            raise RecordRejectedError("checksum_mismatch")
        plaintext = self.cipher.open(r.ciphertext, r.memory_id, r.revision_id, r.delta_base)
        rev = delta.decode(
            plaintext,
            memory_id=r.memory_id,
            rev_id=r.revision_id,
            server_parent=r.parent_revision,
            author=r.author_device,
            delta_base=r.delta_base,
            base=base,
        )
        return rev

    async def _reject(self, r: p.StoredRecord, reason: str, report: SyncReport) -> None:
        log.warning("rejected record %s of %s: %s", r.revision_id[:12], r.memory_id, reason)
        report.rejected += 1
        await self._write(
            lambda conn, _ctx: ops.add_reject(conn, r.seq, r.memory_id, r.revision_id, reason)
        )
        self._publish(SYNC_REJECTED, memory_id=r.memory_id, rev_id=r.revision_id, reason=reason)

    async def _decode(
        self, records: Sequence[p.StoredRecord], report: SyncReport
    ) -> list[Incoming]:
        """Decrypt and verify records in server order; deltas find their base in this batch,
        in the store, or in a chain fetched from the server."""
        bases: dict[str, RevisionData] = {}
        wanted = {r.delta_base for r in records if r.delta_base}
        stored = await self._read(ops.revisions_by_id, wanted)
        for rid, row in stored.items():
            bases[rid] = RevisionData.from_revision(row)
        out: list[Incoming] = []
        for r in records:
            try:
                base = bases.get(r.delta_base) if r.delta_base else None
                if r.delta_base and base is None:
                    chain = await self._fetch_chain(r.memory_id, r.delta_base, report)
                    for item in chain:
                        bases[item.rev.rev_id] = item.rev
                    out.extend(chain)
                    base = bases.get(r.delta_base)
                rev = self._open(r, base)
            except RecordRejectedError as exc:
                await self._reject(r, exc.detail, report)
                continue
            bases[rev.rev_id] = rev
            out.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
        out.sort(key=lambda i: i.seq)
        return out

    async def _fetch_chain(
        self, memory_id: str, revision: str, report: SyncReport
    ) -> list[Incoming]:
        wire = Wire()
        records = await self.call(lambda: self.api.chain(memory_id, revision, wire))
        report.down_wire += wire.down
        out: list[Incoming] = []
        base: RevisionData | None = None
        for r in records:
            rev = self._open(r, base if r.delta_base else None)
            base = rev
            out.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
        if not out or out[-1].rev.rev_id != revision:
            raise RecordRejectedError("chain_incomplete")
        return out

    async def _decode_bootstrap(
        self, records: Sequence[p.StoredRecord], report: SyncReport
    ) -> list[list[Incoming]]:
        """Memories new to this device: only each head's chain from its last keyframe."""
        by_mem: dict[str, list[p.StoredRecord]] = {}
        for r in records:
            by_mem.setdefault(r.memory_id, []).append(r)
        chains: list[list[Incoming]] = []
        for mid, recs in by_mem.items():
            by_rev = {r.revision_id: r for r in recs}
            path = [recs[-1]]
            while path[-1].delta_base and path[-1].delta_base in by_rev:
                path.append(by_rev[path[-1].delta_base])
            path.reverse()
            try:
                if path[0].delta_base:
                    chain = await self._fetch_chain(mid, path[0].delta_base, report)
                else:
                    chain = []
                base = chain[-1].rev if chain else None
                for r in path:
                    rev = self._open(r, base if r.delta_base else None)
                    base = rev
                    chain.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
            except RecordRejectedError as exc:
                await self._reject(path[-1], exc.detail, report)
                continue
            chains.append(chain)
        return chains

    async def _retry_rejects(self, report: SyncReport) -> None:
        rejects = await self._read(ops.open_rejects)
        for rej in rejects[: self.options.retry_rejects]:
            try:
                chain = await self._fetch_chain(rej["memory_id"], rej["rev_id"], report)
            except RecordRejectedError as exc:
                await self._write(
                    lambda conn, _ctx, rej=rej, reason=exc.detail: ops.add_reject(
                        conn, rej["seq"], rej["memory_id"], rej["rev_id"], reason
                    )
                )
                continue
            except Exception as exc:  # the server lost it, or is unreachable: try later
                log.info("retry of rejected record failed: %s", type(exc).__name__)
                continue
            outcome = await self._write(apply_batch, chain, policy=self.options.policy)
            await self._write(
                lambda conn, _ctx, rid=rej["rev_id"]: ops.resolve_rejects(conn, [rid])
            )
            report.applied.add(outcome)

    # --- push ----------------------------------------------------------------------------------

    async def push(self, report: SyncReport, *, max_priority: int | None = None) -> bool:
        """Push pending revisions; True when the server had newer heads (pull, then retry)."""
        conflicted = False
        failed: set[int] = set()
        while True:
            items = await self._read(
                lambda conn: ops.pending_outbox(
                    conn, max_priority=max_priority, limit=self.options.push_batch
                )
            )
            items = [i for i in items if i.seq not in failed]
            if not items:
                return conflicted
            sent, conflict = await self._push_batch(items, report, failed)
            conflicted = conflicted or conflict
            if conflict or not sent:
                return conflicted

    async def _push_batch(
        self, items: list[ops.OutboxItem], report: SyncReport, failed: set[int]
    ) -> tuple[int, bool]:
        mids = {i.memory_id for i in items}
        heads = await self._read(ops.sync_heads, mids)
        parents = await self._read(ops.revisions_by_id, {h.rev_id for h in heads.values()})
        author = self.config.device_id
        records: list[p.PushRecord] = []
        meta: list[tuple[ops.OutboxItem, ops.SyncHead]] = []
        tip: dict[str, tuple[str | None, RevisionData | None, ops.SyncHead | None]] = {}
        size = 0
        for item in items:
            if item.memory_id in tip:
                parent, base, head = tip[item.memory_id]
            else:
                head = heads.get(item.memory_id)
                parent = head.rev_id if head else None
                prow = parents.get(parent) if parent else None
                base = RevisionData.from_revision(prow) if prow else None
            rev = RevisionData.from_revision(item.revision, item.memory_created_at)
            chain = (
                delta.ChainInfo(head.depth, head.chain_bytes, head.key_bytes)
                if head
                else delta.ChainInfo()
            )
            enc = delta.encode(
                rev,
                server_parent=parent,
                author=author,
                base=base,
                chain=chain,
                policy=self.options.deltas,
            )
            ciphertext = self.cipher.seal(enc.plaintext, rev.memory_id, rev.rev_id, enc.delta_base)
            record = p.PushRecord.seal(
                rev.memory_id,
                rev.rev_id,
                ciphertext,
                parent_revision=parent,
                delta_base=enc.delta_base,
                priority=p.Priority(min(max(item.priority, 0), 3)),
            )
            if records and (
                len(records) >= p.MAX_PUSH_RECORDS
                or size + len(ciphertext) > self.options.push_bytes
            ):
                break
            size += len(ciphertext)
            new_head = advance_head(
                head, rev.memory_id, rev.rev_id, 0, len(ciphertext), enc.delta_base
            )
            records.append(record)
            meta.append((item, new_head))
            report.up_raw += enc.raw_size
            tip[item.memory_id] = (rev.rev_id, rev, new_head)
        wire = Wire()
        self._publish(SYNC_PROGRESS, phase="push", done=0, total=len(records))
        response: p.PushResponse = await self.call(lambda: self.api.push(records, wire))
        report.up_wire += wire.up
        faults.point("push_after_send")
        acks: list[tuple[ops.OutboxItem, ops.SyncHead]] = []
        retry: list[int] = []
        unknown: list[str] = []  # memories the server has no head for (it lost them)
        conflict = False
        by_rev = {r.revision_id: r for r in response.results}
        for item, head in meta:
            res = by_rev.get(item.rev_id)
            if res is None:
                retry.append(item.seq)
                failed.add(item.seq)
                continue
            if res.status in (p.PushStatus.ACCEPTED, p.PushStatus.DUPLICATE):
                acks.append((item, replace(head, seq=int(res.seq or 0))))
                if res.status == p.PushStatus.ACCEPTED:
                    report.pushed += 1
                else:
                    report.duplicates += 1
            elif res.status == p.PushStatus.CONFLICT:
                conflict = True
                report.push_conflicts += 1
                if res.head_revision is None:
                    unknown.append(item.memory_id)
            else:
                log.warning("server rejected %s: %s", item.rev_id[:12], res.error)
                retry.append(item.seq)
                failed.add(item.seq)
        await self._write(_record_acks, acks, retry, response, unknown)
        self._publish(SYNC_PROGRESS, phase="push", done=len(acks), total=len(records))
        return len(acks), conflict


def _finish(conn: Any, _ctx: Any, counters: dict[str, int]) -> None:
    ops.state_add(conn, counters)
    ops.state_set(conn, {"last_sync": str(time.time()), "blocked": None, "last_error": None})


def _record_acks(
    conn: Any,
    _ctx: Any,
    acks: list[tuple[ops.OutboxItem, ops.SyncHead]],
    retry: list[int],
    response: p.PushResponse,
    unknown: list[str],
) -> None:
    for mid in unknown:
        conn.execute("DELETE FROM sync_heads WHERE memory_id = ?", (mid,))
    heads: dict[str, ops.SyncHead] = {}
    for item, head in acks:
        ops.drop_outbox(conn, item.memory_id, item.seq)
        heads[item.memory_id] = head
    ops.set_sync_heads(conn, heads.values())
    ops.bump_attempts(conn, retry)
    # Everything between our cursor and the server's head was ours: no need to pull it back.
    cursor = int(ops.state_get(conn, "cursor") or 0)
    accepted = sorted(
        int(r.seq) for r in response.results if r.status == p.PushStatus.ACCEPTED and r.seq
    )
    if accepted and accepted == list(range(cursor + 1, response.head_seq + 1)):
        ops.state_set(conn, {"cursor": str(response.head_seq)})


__all__ = ["SyncOptions", "SyncReport", "SyncSession", "b64e"]
