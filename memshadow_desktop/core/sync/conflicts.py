"""Resolving a recorded conflict: every resolution is a new revision, so history can undo it."""

from __future__ import annotations

from memshadow_desktop.core.api.sync import ConflictDetail, Resolution
from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.ids import content_hash
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext, write_revision
from memshadow_desktop.core.store.models import Fields, Revision

USE_MINE, USE_THEIRS, USE_BOTH, USE_FILE = "mine", "theirs", "both", "file"
RESOLUTIONS = (USE_MINE, USE_THEIRS, USE_BOTH)


def details(conn: Connection, conflict_id: int) -> ConflictDetail:
    row = ops.get_conflict(conn, conflict_id)
    if row is None:
        raise NotFoundError(f"conflict {conflict_id}")
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


def resolve(
    conn: Connection,
    ctx: WriteContext,
    conflict_id: int,
    use: str,
    merged_body: str | None = None,
) -> Resolution:
    row = ops.get_conflict(conn, conflict_id)
    if row is None:
        raise NotFoundError(f"conflict {conflict_id}")
    if row.resolved_at is not None:
        raise InvalidInputError(
            f"conflict {conflict_id} is already resolved", reason="conflict_resolved"
        )
    current = mem.get(conn, row.memory_id)
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
        target = local.fields
        copy = mem.create(conn, ctx, remote.fields.replace(deleted=False), op="conflict-copy")
        copy_id = copy.id
    elif use == USE_FILE:
        if merged_body is None:
            raise InvalidInputError("no merged text given", reason="no_merged_text")
        target = current.fields.replace(body=merged_body, deleted=False)
        mem.validate(target)
    else:
        raise InvalidInputError(f"unknown resolution {use!r}", reason="unknown_resolution")
    new_rev = _set(conn, ctx, current.id, current.head_rev, current.content_hash, target)
    ops.mark_resolved(conn, conflict_id, use, new_rev)
    return Resolution(conflict_id, current.id, use, new_rev or current.head_rev, copy_id)


def _set(
    conn: Connection, ctx: WriteContext, memory_id: str, head: str, chash: str, target: Fields
) -> str | None:
    if content_hash(target.as_dict()) == chash:
        return None
    memory = write_revision(
        conn, ctx, memory_id, [head], target, "resolve", priority=mem.PRIORITY_HIGH
    )
    return memory.head_rev
