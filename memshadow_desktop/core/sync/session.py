"""One sync conversation with the server: pull (decrypt, verify, apply), push the outbox, and
pull once more so the server's log confirms what it said it stored.

:class:`SyncSession` runs on an asyncio loop with one :class:`ApiClient`; store work goes to the
store's own threads through ``asyncio.to_thread`` so the loop (and the event stream) never block.

A device notices a server that lost history: the pull cursor points past the server's head, or
the record the server shows at the cursor is not the one this device saw there (a restored
copy handing out the same sequence numbers again). It then reads the whole log again and
pushes what the server lacks (:func:`apply.reconcile`), instead of dropping or rolling back.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial
from typing import Any

from memshadow_desktop.core.api.sync import ApplyOutcome, SyncReport
from memshadow_desktop.core.events import (
    CONFLICTS_CHANGED,
    MEMORY_CHANGED,
    SYNC_CONFLICT,
    SYNC_PROGRESS,
)
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.sync import faults, state
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.apply import (
    Behind,
    Confirm,
    Incoming,
    apply_batch,
    apply_bootstrap,
    reconcile,
)
from memshadow_desktop.core.sync.base import SyncOptions, log
from memshadow_desktop.core.sync.client import ResyncRequired, Wire
from memshadow_desktop.core.sync.decoding import Decoding
from memshadow_desktop.core.sync.errors import ConfirmationRequiredError, DeviceRevokedError
from memshadow_desktop.core.sync.keys import b64e
from memshadow_desktop.core.sync.pushing import Pushing

APPLY_CHUNK = 500
PUSH_ROUNDS = 8


class SyncSession(Decoding, Pushing):
    async def sync(
        self, *, max_priority: int | None = None, confirm: bool = False, confirm_sent: bool = True
    ) -> SyncReport:
        """Pull, push, and (``confirm_sent``) pull once more, so the server's log confirms what
        was sent; without it the next session's pull does (the engine runs one shortly)."""
        started = time.monotonic()
        report = SyncReport()
        values = await self._state()
        if values.get("revoked"):
            raise DeviceRevokedError("revoked")
        try:
            await self.pull(report, confirm=confirm)
            for _round in range(PUSH_ROUNDS):
                step = await self.push(report, max_priority=max_priority)
                if step.pull:
                    await self.pull(report, confirm=confirm)
                elif not step.again:
                    break
            if report.rewound or (report.sent and confirm_sent):
                await self.pull(report, confirm=confirm)  # the log confirms what was sent
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
        seen_at_cursor = values.get("cursor_rev")
        wire = Wire()
        records: list[p.StoredRecord] = []
        fetched = cursor
        head = cursor
        resync = False
        while True:
            try:
                batch = await self.call(
                    partial(self.api.pull, fetched, self.options.pull_limit, wire)
                )
                if (
                    fetched == cursor > 0
                    and seen_at_cursor
                    and batch.at_cursor is not None
                    and batch.at_cursor != seen_at_cursor
                ):
                    # Another record sits where this device read one: the server's log was
                    # replaced (restored from an older copy) and its numbers handed out again.
                    raise ResyncRequired(batch.head_seq, 0)
            except ResyncRequired as exc:
                await self._resync(exc, cursor, confirm)
                report.resync = resync = True
                cursor = fetched = 0
                seen_at_cursor = None
                records = []
                continue
            records.extend(batch.records)
            stalled = batch.next_cursor <= fetched and not batch.records
            fetched = max(fetched, batch.next_cursor)
            head = max(head, batch.head_seq)
            self._publish(SYNC_PROGRESS, phase="pull", done=len(records), total=head - cursor)
            if not batch.more or stalled:  # a server that promises more but sends none
                break
        report.down_wire += wire.down
        report.pulled += sum(1 for r in records if not r.stub)
        report.confirmed += sum(1 for r in records if r.stub)
        await self._retry_rejects(report)
        behind = Behind()
        rev_at = {r.seq: r.revision_id for r in records}
        if records:
            await self._apply(records, cursor, fetched, rev_at, behind, report, confirm)
        elif fetched != cursor:
            await self._set_state({"cursor": str(fetched), "cursor_rev": rev_at.get(fetched)})
        if resync or behind.memory_ids or await self._read(_claims_up_to, fetched):
            requeued = await self._write(_settle, fetched, None if resync else behind.memory_ids)
            report.requeued += requeued

    async def _apply(
        self,
        records: list[p.StoredRecord],
        cursor: int,
        fetched: int,
        rev_at: dict[int, str],
        behind: Behind,
        report: SyncReport,
        confirm: bool,
    ) -> None:
        report.down_raw += sum(len(r.ciphertext) for r in records)
        full = [r for r in records if not r.stub]
        local = await self._read(ops.memory_states, {r.memory_id for r in records})
        bootstrap_ids = {r.memory_id for r in full} - set(local) if cursor == 0 else set()
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
            outcome.add(
                await self._write(
                    apply_batch,
                    chunk,
                    policy=policy,
                    cursor=new_cursor,
                    cursor_rev=rev_at.get(new_cursor),
                    behind=behind,
                )
            )
            self._publish(SYNC_PROGRESS, phase="apply", done=start + len(chunk), total=len(items))
            faults.point("pull_mid_apply")
        if not items:  # the last chunk moved the cursor otherwise
            await self._set_state({"cursor": str(fetched), "cursor_rev": rev_at.get(fetched)})
        report.applied.add(outcome)
        for cid in outcome.conflicts:
            self._publish(SYNC_CONFLICT, conflict_id=cid)
        if outcome.conflicts_closed:
            self._publish(CONFLICTS_CHANGED, closed=outcome.conflicts_closed)
        for mid in sorted(outcome.changed):
            self._publish(MEMORY_CHANGED, id=mid, action="synced")

    async def _resync(self, exc: ResyncRequired, cursor: int, confirm: bool) -> None:
        """The server does not know our cursor: compacted past it, or it lost its data. The
        whole log is read again; what the server lacks is pushed again after (reconcile)."""
        if exc.head_seq == 0:
            synced = await self._read(
                lambda c: c.execute("SELECT count(*) FROM sync_heads").fetchone()[0]
            )
            if synced and not confirm:
                raise ConfirmationRequiredError("server_empty", f"{synced}")

        def reseed(conn: Any, _ctx: Any) -> None:
            ops.clear_sync_heads(conn)
            ops.unsend(conn, [s for s, _m, _r in ops.unconfirmed(conn, 1 << 62)])
            ops.state_set(conn, {"cursor": "0", "cursor_rev": None})

        await self._write(reseed)
        log.info("resync from cursor 0 (was %d)", cursor)

    async def _check_mass_delete(
        self, items: Sequence[Incoming | Confirm], local: dict[str, tuple[str, bool]]
    ) -> None:
        last: dict[str, bool] = {}
        for item in items:
            if isinstance(item, Incoming):
                last[item.rev.memory_id] = item.rev.fields.deleted
        doomed = sum(
            1 for mid, deleted in last.items() if deleted and mid in local and not local[mid][1]
        )
        if doomed < self.options.mass_delete_min:
            return
        live = await self._read(ops.live_count)
        if live and doomed > self.options.mass_delete_threshold * live:
            raise ConfirmationRequiredError("mass_delete", f"{doomed}/{live}")


def _claims_up_to(conn: Any, cursor: int) -> bool:
    """Are there changes the server claimed to hold at a sequence number up to ``cursor``?"""
    lowest = ops.min_sent_seq(conn)
    return lowest is not None and lowest <= cursor


def _settle(conn: Any, ctx: Any, cursor: int, behind: set[str] | None) -> int:
    """After a pull read the log up to ``cursor``: a change the server claimed to hold at a
    sequence number the log did not show goes again, and what the server lacks (all memories
    after a resync, else those it showed older history of) is queued."""
    for seq, mid, rev in ops.unconfirmed(conn, cursor):
        ops.unsend(conn, [seq])
        heads = ops.sync_heads(conn, [mid])
        if mid in heads and heads[mid].rev_id == rev and heads[mid].seq == 0:
            ops.drop_sync_head(conn, mid)
    if behind is not None and not behind:
        return 0
    return reconcile(conn, ctx, behind)


def _finish(conn: Any, _ctx: Any, counters: dict[str, int]) -> None:
    ops.state_add(conn, counters)
    ops.state_set(conn, {"last_sync": str(time.time()), "blocked": None, "last_error": None})


__all__ = ["SyncOptions", "SyncReport", "SyncSession", "b64e"]
