"""Applying pulled revisions to the store, deciding by ancestry, never by the server's word.

For each remote revision, in server order, inside one store transaction per batch:

* the server's view of the memory (its *sync head*) moves to it, unless the server already
  showed a later record of that memory (older history, such as a chain fetched for a base);
* our own revision coming back, or a stub of it (the server's log confirms it holds it):
  acknowledge it, change nothing;
* the memory is new here: create it;
* it *descends* from the local head: fast-forward (with no local changes waiting), or merge;
* it is an *ancestor* of the local head (a replayed or reordered old record, or a server
  restored from an older copy): the local text stays, and the memory is queued to be pushed
  again on top of what the server showed (see :func:`reconcile`);
* neither (a fork: the server accepted two revisions on one parent and showed each device one
  of them): merge as if local changes were waiting, even when none are, so no side's edit
  disappears. When this device cannot tell because compaction pruned the history between
  (it was away), a revision newer by its sealed clock counts as a descendant;
* local changes waiting: compare with the last common ancestor from the revision graph.
  Identical content is no conflict. Non-overlapping edits merge into a revision with two parents.
  Overlapping edits, or an edit against a deletion, keep the local text in place in a revision
  with two parents (so every device converges on it) and record a conflict that keeps base,
  local and remote. With the last-write-wins policy the newer HLC stamp wins instead.

Every remote revision is stored in the history, whatever happens to the current text.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from memshadow_desktop.core.api.sync import ApplyOutcome
from memshadow_desktop.core.hlc import HlcStamp
from memshadow_desktop.core.ids import content_hash
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext, utc_now, write_revision
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.sync import conflicts
from memshadow_desktop.core.sync.codec import RevisionData
from memshadow_desktop.core.sync.merge import CLEAN, merge_fields

POLICY_MERGE, POLICY_LWW = "merge", "lww"
FORCE_KEYFRAME = 1 << 30  # a chain depth that makes the next push a keyframe


@dataclass(frozen=True)
class Incoming:
    """A verified remote revision and its record's routing facts."""

    rev: RevisionData
    seq: int
    size: int
    delta_base: str | None


@dataclass(frozen=True)
class Confirm:
    """The server's log shows one of this device's own records (a stub of it)."""

    memory_id: str
    rev_id: str
    seq: int


@dataclass
class Behind:
    """Memories where the server showed older history than this device has."""

    memory_ids: set[str] = field(default_factory=set)


def advance_head(
    prev: ops.SyncHead | None,
    memory_id: str,
    rev_id: str,
    seq: int,
    size: int,
    delta_base: str | None,
) -> ops.SyncHead:
    """The sync head after ``rev_id`` became the server's head of the memory."""
    if delta_base is None:
        return ops.SyncHead(memory_id, rev_id, seq, 0, 0, size)
    if prev is not None and prev.rev_id == delta_base:
        return ops.SyncHead(
            memory_id, rev_id, seq, prev.depth + 1, prev.chain_bytes + size, prev.key_bytes
        )
    return ops.SyncHead(memory_id, rev_id, seq, FORCE_KEYFRAME, size, 0)


def _observe(ctx: WriteContext, hlc: str) -> None:
    with contextlib.suppress(ValueError):
        ctx.clock.observe(HlcStamp.decode(hlc))


def _row(rev: RevisionData) -> tuple[object, ...]:
    return ops.revision_row(
        rev.rev_id,
        rev.memory_id,
        rev.parents,
        rev.fields,
        rev.content_hash,
        rev.hlc,
        rev.device_id,
        rev.created_at,
        rev.op,
    )


def _memory_row(rev: RevisionData) -> tuple[object, ...]:
    f = rev.fields
    return (
        rev.memory_id,
        f.title,
        f.body,
        json.dumps(f.tags, ensure_ascii=False),
        f.source,
        rev.memory_created_at or rev.created_at,
        rev.created_at,
        int(f.pinned),
        int(f.deleted),
        rev.rev_id,
        rev.hlc,
        rev.content_hash,
    )


def apply_batch(
    conn: Connection,
    ctx: WriteContext,
    items: Sequence[Incoming | Confirm],
    *,
    policy: str = POLICY_MERGE,
    cursor: int | None = None,
    cursor_rev: str | None = None,
    behind: Behind | None = None,
) -> ApplyOutcome:
    """Apply remote revisions and confirmations (in server order) and move the pull cursor,
    in one transaction."""
    out = ApplyOutcome()
    behind = behind if behind is not None else Behind()
    mids = [i.rev.memory_id if isinstance(i, Incoming) else i.memory_id for i in items]
    heads = ops.sync_heads(conn, mids)
    known = ops.known_revisions(conn, (i.rev.rev_id for i in items if isinstance(i, Incoming)))
    for item in items:
        if isinstance(item, Confirm):
            _confirm(conn, item, heads, out, behind)
        else:
            before = conflicts.head_before(conn, item.rev)
            _apply_one(conn, ctx, item, heads, known, policy, out, behind)
            if conflicts.shared(item.rev.op):
                conflicts.follow(conn, item.rev, before, out)
    if cursor is not None:
        values: dict[str, str | None] = {"cursor": str(cursor)}
        if cursor_rev is not None:
            values["cursor_rev"] = cursor_rev
        ops.state_set(conn, values)
    return out


def _confirm(
    conn: Connection,
    item: Confirm,
    heads: dict[str, ops.SyncHead],
    out: ApplyOutcome,
    behind: Behind,
) -> None:
    mid = item.memory_id
    for seq, rev, _prio in ops.outbox_for(conn, mid):
        if rev == item.rev_id:
            ops.drop_outbox(conn, mid, seq)
            out.acknowledged += 1
            break
    prev = heads.get(mid)
    if prev is not None and prev.seq >= item.seq:
        return
    if prev is not None and prev.rev_id == item.rev_id:
        head = replace(prev, seq=item.seq)
    else:
        head = ops.SyncHead(mid, item.rev_id, item.seq, FORCE_KEYFRAME, 0, 0)
    heads[mid] = head
    ops.set_sync_heads(conn, [head])
    if prev is not None and prev.seq > 0 and prev.rev_id != item.rev_id:
        # Only a confirmed head followed by another of our records can be a replay: the usual
        # confirmations (the head still at its unconfirmed claim, seq 0) cost no query.
        _behind_own(conn, item, out, behind)


def _behind_own(conn: Connection, item: Confirm, out: ApplyOutcome, behind: Behind) -> None:
    """One of this device's older revisions shown above a newer one it already confirmed (a
    replayed record, or a server restored from an older copy): the server's head went back,
    so this device's head goes again (see :func:`reconcile`)."""
    mid = item.memory_id
    state = ops.memory_states(conn, [mid]).get(mid)
    if state is None or state[0] == item.rev_id or ops.has_outbox(conn, mid):
        return
    if item.rev_id in ops.ancestors(conn, state[0]):
        out.replays += 1
        behind.memory_ids.add(mid)


def _apply_one(
    conn: Connection,
    ctx: WriteContext,
    item: Incoming,
    heads: dict[str, ops.SyncHead],
    known: set[str],
    policy: str,
    out: ApplyOutcome,
    behind: Behind,
) -> None:
    rev = item.rev
    mid = rev.memory_id
    prev = heads.get(mid)
    if rev.rev_id not in known:
        ops.insert_revisions(conn, [_row(rev)])
        known.add(rev.rev_id)
        out.stored += 1
        _observe(ctx, rev.hlc)
    if prev is not None and prev.seq >= item.seq:
        return  # older history (a chain fetched for a delta base): stored, nothing else
    head = advance_head(prev, mid, rev.rev_id, item.seq, item.size, item.delta_base)
    heads[mid] = head
    ops.set_sync_heads(conn, [head])

    pending = ops.outbox_for(conn, mid)
    mine = [seq for seq, r, _p in pending if r == rev.rev_id]
    if mine:
        # Our own revision, accepted earlier (perhaps before a crash): acknowledge it.
        ops.drop_outbox(conn, mid, mine[0])
        out.acknowledged += 1
        return
    state = ops.memory_states(conn, [mid]).get(mid)
    if state is None:
        ops.insert_memories(conn, [_memory_row(rev)])
        out.created += 1
        out.changed.add(mid)
        return
    local_head = state[0]
    if local_head == rev.rev_id:
        return
    relation = ops.relation(conn, rev.rev_id, rev.parents, local_head)
    if relation == ops.ANCESTOR:
        # The server showed history this device is past: never go back to it.
        out.replays += 1
        behind.memory_ids.add(mid)
        return
    if not pending:
        if relation == ops.DESCENDANT or (
            relation == ops.UNKNOWN and _newer(conn, rev, local_head)
        ):
            _fast_forward(conn, rev)
            out.fast_forwards += 1
            out.changed.add(mid)
            return
        out.forks += 1
    _diverged(conn, ctx, rev, local_head, prev, pending, policy, out)


def _newer(conn: Connection, rev: RevisionData, local_head: str) -> bool:
    local = ops.revisions_by_id(conn, [local_head]).get(local_head)
    return local is None or (rev.hlc, rev.device_id) > (local.hlc, local.device_id)


def _fast_forward(conn: Connection, rev: RevisionData) -> None:
    ops.set_memory_head(
        conn, rev.memory_id, rev.fields, rev.rev_id, rev.hlc, rev.content_hash, rev.created_at
    )


def _diverged(
    conn: Connection,
    ctx: WriteContext,
    rev: RevisionData,
    local_head: str,
    prev: ops.SyncHead | None,
    pending: list[tuple[int, str, int]],
    policy: str,
    out: ApplyOutcome,
) -> None:
    mid = rev.memory_id
    revs = ops.revisions_by_id(conn, [local_head])
    local = revs[local_head]
    priority = min((p for _s, _r, p in pending), default=2)
    if local.content_hash == rev.content_hash:
        # Same content on both sides: take the server's revision, nothing to push.
        _fast_forward(conn, rev)
        ops.drop_outbox(conn, mid)
        out.identical += 1
        return
    base_id = ops.common_ancestor(conn, local_head, rev.rev_id) or (prev.rev_id if prev else None)
    base = ops.revisions_by_id(conn, [base_id]).get(base_id) if base_id else None
    base_fields = base.fields if base else None

    def write(fields: Fields, op: str) -> str:
        ops.drop_outbox(conn, mid)
        memory = write_revision(
            conn, ctx, mid, [local_head, rev.rev_id], fields, op, priority=priority
        )
        out.changed.add(mid)
        return memory.head_rev

    if policy == POLICY_LWW:
        if (rev.hlc, rev.device_id) > (local.hlc, local.device_id):
            _fast_forward(conn, rev)
            ops.drop_outbox(conn, mid)
            out.fast_forwards += 1
            out.changed.add(mid)
        else:
            write(local.fields, "lww")
            out.merges += 1
        return
    result = merge_fields(base_fields, local.fields, rev.fields)
    if result.kind == CLEAN and result.fields is not None:
        if content_hash(result.fields.as_dict()) == rev.content_hash:
            _fast_forward(conn, rev)
            ops.drop_outbox(conn, mid)
            out.fast_forwards += 1
            out.changed.add(mid)
            return
        write(result.fields, "merge")
        out.merges += 1
        return
    # The op names the common ancestor: a device that pulls this revision may not hold the
    # local side's history (it never reached the server), and records the same conflict.
    merged = write(local.fields, conflicts.conflict_op(base_id))
    out.conflicts.append(
        conflicts.record(
            conn, mid, result.kind, base_id, local_head, rev.rev_id, merged, result.conflicting
        )
    )


def reconcile(conn: Connection, _ctx: WriteContext, memory_ids: Iterable[str] | None) -> int:
    """Queue the local head of every memory (of ``memory_ids``; None: all) that the server
    does not hold though this device has nothing waiting for it: the server lost it (restored
    from an older copy), never stored it, or showed older history. Returns how many."""
    local = ops.all_memory_heads(conn)
    synced = ops.all_sync_heads(conn)
    wanted = local if memory_ids is None else {m: local[m] for m in memory_ids if m in local}
    queued = 0
    for mid, head in wanted.items():
        server = synced.get(mid)
        if server == head or ops.has_outbox(conn, mid):
            continue
        if server is not None:
            parents = ops.parents_of(conn, head) or []
            if ops.relation(conn, head, parents, server) != ops.DESCENDANT:
                continue  # the server is ahead or elsewhere: the next pull brings it
        ops.queue_head(conn, mid, head)
        queued += 1
    return queued


def apply_bootstrap(
    conn: Connection,
    ctx: WriteContext,
    chains: Iterable[Sequence[Incoming]],
    *,
    cursor: int | None = None,
) -> ApplyOutcome:
    """First sync of memories this device does not have: each memory's chain from its last
    keyframe to its head, stored in bulk (no history replay, no outbox rows)."""
    out = ApplyOutcome()
    rev_rows: list[tuple[object, ...]] = []
    mem_rows: list[tuple[object, ...]] = []
    head_rows: list[ops.SyncHead] = []
    newest = ""
    for chain in chains:
        if not chain:
            continue
        prev: ops.SyncHead | None = None
        for item in chain:
            rev_rows.append(_row(item.rev))
            prev = advance_head(
                prev, item.rev.memory_id, item.rev.rev_id, item.seq, item.size, item.delta_base
            )
            newest = max(newest, item.rev.hlc)
        last = chain[-1].rev
        if last.memory_created_at is None:
            last = replace(last, memory_created_at=chain[0].rev.memory_created_at)
        mem_rows.append(_memory_row(last))
        assert prev is not None
        head_rows.append(prev)
        out.changed.add(last.memory_id)
    ops.insert_revisions(conn, rev_rows)
    ops.insert_memories(conn, mem_rows)
    ops.set_sync_heads(conn, head_rows)
    out.stored += len(rev_rows)
    out.created += len(mem_rows)
    if newest:
        _observe(ctx, newest)
    if cursor is not None:
        ops.state_set(conn, {"cursor": str(cursor)})
    return out


def now() -> str:
    return utc_now()
