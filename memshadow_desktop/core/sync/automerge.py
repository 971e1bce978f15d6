"""The review of automatic merges: which memories were merged without asking, who merged
them, when, and what each side brought; undoing one puts this device's side back as a new
revision (the other side stays in history)."""

from __future__ import annotations

import difflib
from datetime import UTC, datetime, timedelta

from memshadow_desktop.core.api.conflicts import AutoMerge
from memshadow_desktop.core.errors import ConflictError, InvalidInputError, NotFoundError
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext, write_revision
from memshadow_desktop.core.store.models import REVISION_COLUMNS, Memory, Revision
from memshadow_desktop.core.sync.mergedoc import side

OP_MERGE, OP_UNMERGE = "merge", "unmerge"
SHOWN_LINES = 5


def _changed(base: str, text: str) -> tuple[int, list[str]]:
    """(lines added or removed against ``base``, the first added lines)."""
    count = 0
    added: list[str] = []
    for line in difflib.ndiff(base.splitlines(), text.splitlines()):
        if line.startswith(("+ ", "- ")):
            count += 1
            if line.startswith("+ ") and line[2:].strip() and len(added) < SHOWN_LINES:
                added.append(line[2:])
    return count, added


def _sides(conn: Connection, merge: Revision, me: str) -> tuple[Revision, Revision] | None:
    if len(merge.parents) != 2:
        return None
    revs = ops.revisions_by_id(conn, merge.parents)
    first, second = (revs.get(p) for p in merge.parents)
    if first is None and second is None:
        return None
    # The merging device's own side may never have reached the server (its edit and the merge
    # went out as one revision): the merge stands for it, and what it brought is the merge
    # less the side this device holds.
    first = first or merge
    second = second or merge
    if merge.device_id != me and second.device_id == me and first.device_id != me:
        first, second = second, first
    if first.rev_id == merge.rev_id and second.device_id == me:
        first, second = second, first
    return first, second


def _entry(
    conn: Connection, merge: Revision, names: dict[str, str], me: str, heads: dict[str, str]
) -> AutoMerge | None:
    sides = _sides(conn, merge, me)
    if sides is None:
        return None
    mine, theirs = sides
    base_id = ops.common_ancestor(conn, mine.rev_id, theirs.rev_id)
    if merge.rev_id in (mine.rev_id, theirs.rev_id):
        # The merge stands in for a side: the version before the side this device holds.
        known = theirs if mine.rev_id == merge.rev_id else mine
        base_id = known.parents[0] if known.parents else None
    base = ops.revisions_by_id(conn, [base_id]).get(base_id) if base_id else None
    base_body = base.fields.body if base else ""
    from_mine, mine_lines = _changed(base_body, mine.fields.body)
    from_theirs, theirs_lines = _changed(base_body, theirs.fields.body)
    if theirs.rev_id == merge.rev_id:
        from_theirs, theirs_lines = _changed(mine.fields.body, merge.fields.body)
    if mine.rev_id == merge.rev_id:
        from_mine, mine_lines = _changed(theirs.fields.body, merge.fields.body)
    memory = mem.find_by_id(conn, merge.memory_id)
    return AutoMerge(
        merge.rev_id,
        merge.memory_id,
        memory.title if memory else merge.fields.title,
        merge.device_id,
        names.get(merge.device_id, ""),
        merge.created_at,
        side(mine, names, me),
        side(theirs, names, me),
        from_mine,
        from_theirs,
        mine_lines,
        theirs_lines,
        heads.get(merge.memory_id) == merge.rev_id,
    )


def list_merges(
    conn: Connection, names: dict[str, str], me: str, days: int = 30
) -> list[AutoMerge]:
    """Merges written in the last ``days`` days, newest first."""
    since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")
    since = since.replace("+00:00", "Z")
    rows = conn.execute(
        f"SELECT {REVISION_COLUMNS} FROM revisions WHERE op = ? AND created_at >= ? "
        "ORDER BY created_at DESC, rev_id LIMIT 500",
        (OP_MERGE, since),
    ).fetchall()
    heads = ops.all_memory_heads(conn)
    out = []
    for row in rows:
        entry = _entry(conn, Revision.from_row(row), names, me, heads)
        if entry is not None:
            out.append(entry)
    return out


def find(conn: Connection, rev_prefix: str) -> Revision:
    """The merge revision whose id starts with ``rev_prefix`` (at least 6 characters)."""
    if len(rev_prefix) < 6:
        raise InvalidInputError("give at least 6 characters of the merge's id", reason="short_id")
    rows = conn.execute(
        f"SELECT {REVISION_COLUMNS} FROM revisions WHERE op = ? AND rev_id LIKE ? LIMIT 2",
        (OP_MERGE, rev_prefix.lower() + "%"),
    ).fetchall()
    if not rows:
        raise NotFoundError(f"merge {rev_prefix}")
    if len(rows) > 1:
        raise InvalidInputError(f"{rev_prefix} names more than one merge", reason="ambiguous_id")
    return Revision.from_row(rows[0])


def undo(conn: Connection, ctx: WriteContext, rev_prefix: str, me: str) -> Memory:
    """Put this device's side of a merge back, as a new revision on top of the merge.
    Refuses (reason ``memory_changed``) when the memory moved on since the merge."""
    merge = find(conn, rev_prefix)
    current = mem.get(conn, merge.memory_id)
    if current.head_rev != merge.rev_id:
        raise ConflictError(
            f"memory {current.id} changed after the merge; restore a version from its history",
            reason="memory_changed",
        )
    sides = _sides(conn, merge, me)
    if sides is None:
        raise NotFoundError(f"the sides of merge {merge.rev_id[:12]}")
    mine = sides[0]
    return write_revision(
        conn, ctx, current.id, [current.head_rev], mine.fields, OP_UNMERGE, priority=1
    )
