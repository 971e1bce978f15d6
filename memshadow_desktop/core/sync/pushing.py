"""Pushing the outbox, trusting the server's answers no further than they can be checked.

* "accepted" and "duplicate" leave a change in the outbox, marked with the sequence number the
  server claimed: it goes only when a pull shows it in the server's log (a stub). A claim the
  log does not bear out is sent again.
* The push answer never moves the pull cursor: the device reads every sequence number.
* "conflict" with a head this device already holds in its history means the server is behind
  (it lost what this device pushed, or was restored from an older copy): the change goes again
  on top of that head. A head it does not know is someone else's change: pull first.
* A change no server would take (a memory id that is not a UUID, from an older version's
  import) or one refused again and again is set aside, reported, and blocks nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from memshadow_desktop.core.api.sync import SyncReport
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.events import SYNC_PROGRESS, SYNC_REJECTED
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.sync import delta, faults
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.apply import FORCE_KEYFRAME, advance_head
from memshadow_desktop.core.sync.base import SessionBase, log
from memshadow_desktop.core.sync.client import Wire
from memshadow_desktop.core.sync.codec import RevisionData


@dataclass
class PushRound:
    """What one push round asks of the session next."""

    pull: bool = False  # the server has changes this device has not seen
    again: bool = False  # push again (the server was behind, or a key was rotated)


class Pushing(SessionBase):
    async def push(self, report: SyncReport, *, max_priority: int | None = None) -> PushRound:
        """Push pending revisions, batch after batch."""
        result = PushRound()
        failed: set[int] = set()
        while True:
            items = await self._read(
                lambda conn: ops.pending_outbox(
                    conn, max_priority=max_priority, limit=self.options.push_batch
                )
            )
            items = [i for i in items if i.seq not in failed]
            if not items:
                return result
            sent, step = await self._push_batch(items, report, failed)
            result.pull = result.pull or step.pull
            result.again = result.again or step.again
            if step.pull or step.again or not sent:
                return result

    async def _hold(self, item: ops.OutboxItem, reason: str, report: SyncReport) -> None:
        log.warning("set aside the changes of %s: %s", item.memory_id, reason)
        report.held += 1
        await self._write(lambda conn, _ctx: ops.hold(conn, item.memory_id, reason))
        self._publish(
            SYNC_REJECTED, memory_id=item.memory_id, rev_id=item.rev_id, reason=reason, held=True
        )

    async def _push_batch(
        self, items: list[ops.OutboxItem], report: SyncReport, failed: set[int]
    ) -> tuple[int, PushRound]:
        mids = {i.memory_id for i in items}
        heads = await self._read(ops.sync_heads, mids)
        parents = await self._read(ops.revisions_by_id, {h.rev_id for h in heads.values()})
        author = self.config.device_id
        records: list[p.PushRecord] = []
        meta: list[tuple[ops.OutboxItem, ops.SyncHead]] = []
        tip: dict[str, tuple[str | None, RevisionData | None, ops.SyncHead | None]] = {}
        held: set[str] = set()
        size = 0
        for item in items:
            if item.memory_id in held:
                continue
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
            try:
                enc = delta.encode(
                    rev,
                    server_parent=parent,
                    author=author,
                    base=base,
                    chain=chain,
                    policy=self.options.deltas,
                )
                ciphertext = self.cipher.seal(
                    enc.plaintext, rev.memory_id, rev.rev_id, enc.delta_base, parent, author
                )
                record = p.PushRecord.seal(
                    rev.memory_id,
                    rev.rev_id,
                    ciphertext,
                    parent_revision=parent,
                    delta_base=enc.delta_base,
                    priority=p.Priority(min(max(item.priority, 0), 3)),
                )
                record.to_wire()  # every id must travel: a memory id that is no UUID does not
            except (InvalidInputError, ValueError) as exc:
                held.add(item.memory_id)
                await self._hold(item, f"unsendable: {getattr(exc, 'detail', exc)}", report)
                continue
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
        if not records:
            return 0, PushRound(again=bool(held))
        wire = Wire()
        self._publish(SYNC_PROGRESS, phase="push", done=0, total=len(records))
        response: p.PushResponse = await self.call(lambda: self.api.push(records, wire))
        report.up_wire += wire.up
        faults.point("push_after_send")
        return await self._answers(meta, response, report, failed)

    async def _answers(
        self,
        meta: list[tuple[ops.OutboxItem, ops.SyncHead]],
        response: p.PushResponse,
        report: SyncReport,
        failed: set[int],
    ) -> tuple[int, PushRound]:
        sent: list[tuple[ops.OutboxItem, ops.SyncHead, int]] = []
        retry: list[int] = []
        unknown: list[str] = []  # memories the server has no head for (it lost them)
        behind: dict[str, tuple[str, int]] = {}  # memory -> a head of ours the server is at
        step = PushRound()
        stale = False
        by_rev = {r.revision_id: r for r in response.results}
        for item, head in meta:
            res = by_rev.get(item.rev_id)
            if res is None:
                retry.append(item.seq)
                failed.add(item.seq)
                continue
            if res.status in (p.PushStatus.ACCEPTED, p.PushStatus.DUPLICATE):
                sent.append((item, head, max(0, int(res.seq or 0))))
                if res.status == p.PushStatus.ACCEPTED:
                    report.pushed += 1
                else:
                    report.duplicates += 1
            elif res.status == p.PushStatus.CONFLICT:
                report.push_conflicts += 1
                if res.head_revision is None:
                    unknown.append(item.memory_id)
                    step.again = True
                elif await self._read(_holds_in_history, item.memory_id, res.head_revision):
                    behind[item.memory_id] = (res.head_revision, int(res.head_seq or 0))
                    step.again = True
                else:
                    step.pull = True
            elif res.error == p.ERR_STALE_KEY:
                stale = True
                failed.add(item.seq)
            else:
                log.warning("server rejected %s: %s", item.rev_id[:12], res.error)
                retry.append(item.seq)
                failed.add(item.seq)
                if item.attempts + 1 >= self.options.hold_after:
                    await self._hold(item, f"refused by the server: {res.error}", report)
        if stale and await self.refresh_keys():
            failed.clear()
            step.again = True
        cursor = await self._write(_record_answers, sent, retry, unknown, behind)
        report.sent += len(sent)
        if cursor is not None:
            report.rewound = True
        self._publish(SYNC_PROGRESS, phase="push", done=len(sent), total=len(meta))
        return len(sent), step


def _holds_in_history(conn: Any, memory_id: str, rev_id: str) -> bool:
    """Is the server's head ``rev_id`` one this device holds in the memory's history (so the
    server is behind it), rather than a change it has not seen?"""
    heads = ops.memory_states(conn, [memory_id])
    if memory_id not in heads or rev_id not in ops.known_revisions(conn, [rev_id]):
        return False
    local = heads[memory_id][0]
    return rev_id == local or rev_id in ops.ancestors(conn, local)


def _record_answers(
    conn: Any,
    _ctx: Any,
    sent: list[tuple[ops.OutboxItem, ops.SyncHead, int]],
    retry: list[int],
    unknown: list[str],
    behind: dict[str, tuple[str, int]],
) -> int | None:
    """Mark what the server says it holds (to be confirmed by its log), move the sync heads
    so later changes chain on them, and go back to what the server says it is at. Returns
    the cursor, when a claim lies behind it (it is rewound so the log is read there again)."""
    for mid in unknown:
        ops.drop_sync_head(conn, mid)
    for mid, (rev, seq) in behind.items():
        ops.set_sync_heads(conn, [ops.SyncHead(mid, rev, seq, FORCE_KEYFRAME, 0, 0)])
    heads: dict[str, ops.SyncHead] = {}
    for item, head, _claimed in sent:
        # Sequence number 0 until the log shows it: a claim never hides later records.
        heads[item.memory_id] = replace(head, seq=0)
    ops.set_sync_heads(conn, heads.values())
    ops.mark_sent(conn, [(item.seq, max(1, claimed)) for item, _h, claimed in sent])
    ops.bump_attempts(conn, retry)
    cursor = int(ops.state_get(conn, "cursor") or 0)
    lowest = min((max(1, c) for _i, _h, c in sent), default=None)
    if lowest is not None and lowest <= cursor:
        ops.state_set(conn, {"cursor": str(lowest - 1), "cursor_rev": None})
        return lowest - 1
    return None
