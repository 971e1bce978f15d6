"""Conflicts: reading one, resolving it (always a new revision, so history can undo it), and
keeping one state for every device.

One state: the conflict itself and its resolution travel inside the sealed revisions, as their
``op`` (the server learns nothing new). The device that finds a conflict writes a revision with
both heads as parents and op ``conflict``; a device that pulls such a revision records the same
conflict (its own side as "mine"). A resolution is a revision with op ``resolve`` on top of it;
a device that pulls one closes every open conflict of that memory in its ancestry. Two
resolutions written at once are two edits on one parent: the next pull merges them, or records
a new conflict that keeps both.
"""

from __future__ import annotations

from memshadow_desktop.core.api.conflicts import MergedFields, MergeDocument
from memshadow_desktop.core.api.sync import ApplyOutcome, ConflictDetail, Resolution
from memshadow_desktop.core.errors import ConflictError, InvalidInputError, NotFoundError
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext, write_revision
from memshadow_desktop.core.store.models import Revision
from memshadow_desktop.core.sync import mergedoc
from memshadow_desktop.core.sync.codec import RevisionData
from memshadow_desktop.core.sync.merge import CLEAN, CONFLICT, merge_fields

USE_MINE, USE_THEIRS, USE_BOTH, USE_FILE, USE_MERGED = "mine", "theirs", "both", "file", "merged"
RESOLUTIONS = (USE_MINE, USE_THEIRS, USE_BOTH)
OP_CONFLICT, OP_RESOLVE = "conflict", "resolve"
SHARED_OPS = (OP_CONFLICT, OP_RESOLVE)
# Resolutions of conflicts closed by another device's revision, or by a newer conflict.
ELSEWHERE, SUPERSEDED = "other-device", "superseded"


def conflict_op(base_rev: str | None) -> str:
    return f"{OP_CONFLICT}:{base_rev or ''}"


def shared(op: str) -> bool:
    return op.partition(":")[0] in SHARED_OPS


def _row(conn: Connection, conflict_id: int) -> ops.ConflictRow:
    row = ops.get_conflict(conn, conflict_id)
    if row is None:
        raise NotFoundError(f"conflict {conflict_id}")
    return row


def details(conn: Connection, conflict_id: int) -> ConflictDetail:
    row = _row(conn, conflict_id)
    revs = ops.revisions_by_id(
        conn, [r for r in (row.base_rev, row.local_rev, row.remote_rev) if r]
    )
    memory = mem.find_by_id(conn, row.memory_id)
    return ConflictDetail(
        row,
        memory.title if memory else "",
        revs.get(row.base_rev) if row.base_rev else None,
        revs.get(row.local_rev),
        revs.get(row.remote_rev),
    )


def document(conn: Connection, conflict_id: int, names: dict[str, str], me: str) -> MergeDocument:
    row = _row(conn, conflict_id)
    revs = ops.revisions_by_id(
        conn, [r for r in (row.base_rev, row.local_rev, row.remote_rev) if r]
    )
    current = mem.get(conn, row.memory_id)
    base = revs.get(row.base_rev) if row.base_rev else None
    return mergedoc.build(
        row, current.head_rev, base, revs[row.local_rev], revs[row.remote_rev], names, me
    )


def resolve(
    conn: Connection,
    ctx: WriteContext,
    conflict_id: int,
    use: str,
    merged_body: str | None = None,
    *,
    result: MergedFields | None = None,
    expected_head: str | None = None,
) -> Resolution:
    """One resolve revision on top of the memory's head, in this one transaction. With
    ``expected_head``, refuses (reason ``memory_changed``) when the head moved since."""
    row = _row(conn, conflict_id)
    if row.resolved_at is not None:
        raise InvalidInputError(
            f"conflict {conflict_id} is already resolved", reason="conflict_resolved"
        )
    current = mem.get(conn, row.memory_id)
    if expected_head is not None and current.head_rev != expected_head:
        raise ConflictError(
            f"memory {current.id} changed while the conflict was open", reason="memory_changed"
        )
    revs = ops.revisions_by_id(conn, [row.local_rev, row.remote_rev])
    local: Revision = revs[row.local_rev]
    remote: Revision = revs[row.remote_rev]
    copy_id: str | None = None
    if use == USE_MINE:
        target = local.fields
    elif use == USE_THEIRS:
        target = remote.fields
    elif use == USE_BOTH:
        # Keep mine in place and theirs beside it as a memory of its own.
        target = local.fields.replace(deleted=False)
        copy = mem.create(conn, ctx, remote.fields.replace(deleted=False), op="conflict-copy")
        copy_id = copy.id
    elif use == USE_FILE:
        if merged_body is None:
            raise InvalidInputError("no merged text given", reason="no_merged_text")
        target = current.fields.replace(body=merged_body, deleted=False)
    elif result is not None:
        target = current.fields.replace(
            title=result.title, body=result.body, tags=result.tags, deleted=result.deleted
        )
    else:
        raise InvalidInputError(f"unknown resolution {use!r}", reason="unknown_resolution")
    if not target.deleted:
        mem.validate(target)
    # Always a revision, even when the text stays: it is what tells the other devices.
    memory = write_revision(
        conn,
        ctx,
        current.id,
        [current.head_rev],
        target,
        OP_RESOLVE,
        priority=mem.PRIORITY_HIGH,
    )
    ops.mark_resolved(conn, conflict_id, use, memory.head_rev)
    _close_settled(conn, current.id, memory.head_rev, ELSEWHERE)
    return Resolution(conflict_id, current.id, use, memory.head_rev, copy_id)


def _close_settled(conn: Connection, memory_id: str, resolve_rev: str, how: str) -> int:
    """Close the open conflicts of ``memory_id`` whose conflict revision ``resolve_rev``
    descends from."""
    open_here = [c for c in ops.list_conflicts(conn) if c.memory_id == memory_id]
    if not open_here:
        return 0
    history = ops.ancestors(conn, resolve_rev)
    closed = 0
    for c in open_here:
        if c.merged_rev in history:
            ops.mark_resolved(conn, c.id, how, resolve_rev)
            closed += 1
    return closed


def head_before(conn: Connection, rev: RevisionData) -> str | None:
    """The local head a pulled conflict or resolve revision is about to meet."""
    if not shared(rev.op):
        return None
    state = ops.memory_states(conn, [rev.memory_id]).get(rev.memory_id)
    return state[0] if state else None


def follow(conn: Connection, rev: RevisionData, before: str | None, out: ApplyOutcome) -> None:
    """After a pulled revision was applied: take over the conflict it records, or close the
    conflicts it resolves."""
    if rev.op == OP_RESOLVE:
        if _close_settled(conn, rev.memory_id, rev.rev_id, ELSEWHERE):
            out.changed.add(rev.memory_id)
            out.conflicts_closed += 1
        return
    kind_of, _sep, named_base = rev.op.partition(":")
    if kind_of != OP_CONFLICT or len(rev.parents) != 2:
        return
    if conn.execute(
        "SELECT 1 FROM conflicts WHERE merged_rev = ? LIMIT 1", (rev.rev_id,)
    ).fetchone():
        return
    state = ops.memory_states(conn, [rev.memory_id]).get(rev.memory_id)
    if state is None or _resolved_since(conn, state[0], rev.rev_id):
        return
    first, second = rev.parents
    known = ops.revisions_by_id(conn, [first, second, named_base] if named_base else rev.parents)
    # The side of the device that wrote the conflict revision may never have reached the
    # server (its edit and the conflict went out as one revision): that revision holds it.
    first = first if first in known else rev.rev_id
    second = second if second in known else rev.rev_id
    mine, theirs = first, second
    if before is not None and (second == before or second in ops.ancestors(conn, before)):
        mine, theirs = second, first
    if mine == theirs:
        return
    base_id: str | None = named_base if named_base in known else None
    if base_id is None and not named_base:
        base_id = ops.common_ancestor(conn, mine, theirs)
    base = ops.revisions_by_id(conn, [base_id]).get(base_id) if base_id else None
    sides = ops.revisions_by_id(conn, [mine, theirs])
    if mine not in sides or theirs not in sides:
        return
    found = merge_fields(base.fields if base else None, sides[mine].fields, sides[theirs].fields)
    kind = CONFLICT if found.kind == CLEAN else found.kind
    out.conflicts.append(
        record(
            conn,
            rev.memory_id,
            kind,
            base_id,
            mine,
            theirs,
            rev.rev_id,
            found.conflicting or ["body"],
        )
    )


def record(
    conn: Connection,
    memory_id: str,
    kind: str,
    base_rev: str | None,
    local_rev: str,
    remote_rev: str,
    merged_rev: str,
    fields: list[str],
) -> int:
    """Record a conflict. Of two open conflicts of a memory where one's conflict revision is in
    the other's history, the newer supersedes the older (it holds its text on one side; the
    rest is in history), whichever came first here: so every device keeps the same, newest,
    conflicts open."""
    cid = ops.add_conflict(
        conn, memory_id, kind, base_rev, local_rev, remote_rev, merged_rev, fields
    )
    history = ops.ancestors(conn, merged_rev)
    for c in ops.list_conflicts(conn):
        if c.memory_id != memory_id or c.id == cid:
            continue
        if c.merged_rev in history:
            ops.mark_resolved(conn, c.id, SUPERSEDED, merged_rev)
        elif merged_rev in ops.ancestors(conn, c.merged_rev):
            # Pulled after a newer conflict that already holds it (written here on top).
            ops.mark_resolved(conn, cid, SUPERSEDED, c.merged_rev)
    return cid


def _resolved_since(conn: Connection, head: str, conflict_rev: str, limit: int = 5000) -> bool:
    """Whether a resolve revision lies between ``head`` and ``conflict_rev`` (the conflict
    came as older history after its resolution)."""
    frontier, seen = [head], {head}
    while frontier and len(seen) < limit:
        current = frontier.pop()
        if current == conflict_rev:
            continue
        rev = ops.revisions_by_id(conn, [current]).get(current)
        if rev is None:
            continue
        if rev.op == OP_RESOLVE and conflict_rev in ops.ancestors(conn, current):
            return True
        for parent in rev.parents:
            if parent not in seen:
                seen.add(parent)
                frontier.append(parent)
    return False
