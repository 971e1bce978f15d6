"""Store functions of the sync engine: outbox reads, sync heads, remote revisions, conflicts.

Like ``memories.py``, every function takes a connection and runs inside the caller's transaction;
the writing ones are called only on the store's writer thread.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from memshadow_desktop.core.api.sync import Conflict
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import utc_now
from memshadow_desktop.core.store.models import REVISION_COLUMNS, Fields, Revision

_CHUNK = 500


def _chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --- sync state (key/value) -------------------------------------------------------------------


def state_get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def state_all(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM sync_state")}


def state_set(conn: Connection, values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, value)
            )


def state_add(conn: Connection, counters: dict[str, int]) -> None:
    """Add to integer counters kept in sync_state."""
    for key, delta in counters.items():
        current = state_get(conn, key)
        conn.execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
            (key, str(int(current or 0) + int(delta))),
        )


# --- sync heads -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncHead:
    memory_id: str
    rev_id: str
    seq: int
    depth: int
    chain_bytes: int
    key_bytes: int


def sync_heads(conn: Connection, memory_ids: Iterable[str]) -> dict[str, SyncHead]:
    ids = sorted(set(memory_ids))
    out: dict[str, SyncHead] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(
            "SELECT memory_id, rev_id, seq, depth, chain_bytes, key_bytes FROM sync_heads "
            f"WHERE memory_id IN ({_marks(len(chunk))})",
            list(chunk),
        ):
            out[row[0]] = SyncHead(*row)
    return out


def set_sync_heads(conn: Connection, heads: Iterable[SyncHead]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sync_heads "
        "(memory_id, rev_id, seq, depth, chain_bytes, key_bytes) VALUES (?,?,?,?,?,?)",
        [(h.memory_id, h.rev_id, h.seq, h.depth, h.chain_bytes, h.key_bytes) for h in heads],
    )


def clear_sync_heads(conn: Connection) -> None:
    conn.execute("DELETE FROM sync_heads")


# --- outbox -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    memory_id: str
    rev_id: str
    priority: int
    created_at: str
    attempts: int
    revision: Revision
    memory_created_at: str


def pending_outbox(
    conn: Connection, *, max_priority: int | None = None, limit: int | None = None
) -> list[OutboxItem]:
    """Unacknowledged local revisions, oldest first (a memory's chain stays in order)."""
    cols = ", ".join(f"r.{c.strip()}" for c in REVISION_COLUMNS.split(","))
    sql = (
        f"SELECT o.seq, o.memory_id, o.rev_id, o.priority, o.created_at, o.attempts, {cols}, "
        "m.created_at FROM outbox o JOIN revisions r ON r.rev_id = o.rev_id "
        "JOIN memories m ON m.id = o.memory_id WHERE o.sent_seq IS NULL AND o.held IS NULL"
    )
    params: list[object] = []
    if max_priority is not None:
        # A memory is pushed whole or not at all: its chain must not be split by priority.
        sql += " AND o.memory_id IN (SELECT memory_id FROM outbox WHERE priority <= ?)"
        params.append(max_priority)
    sql += " ORDER BY o.seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for row in conn.execute(sql, params):
        out.append(
            OutboxItem(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                Revision.from_row(row[6:20]),
                row[20],
            )
        )
    return out


def outbox_summary(conn: Connection) -> dict[int, tuple[int, str]]:
    """Per priority: (rows to push, oldest created_at); set-aside rows and rows waiting for
    the server's log to confirm them are not counted."""
    return {
        int(p): (int(n), str(oldest))
        for p, n, oldest in conn.execute(
            "SELECT priority, count(*), min(created_at) FROM outbox "
            "WHERE sent_seq IS NULL AND held IS NULL GROUP BY priority"
        )
    }


def outbox_newest(conn: Connection) -> str | None:
    """When the newest change to push was made (ISO time), None with nothing to push."""
    row = conn.execute(
        "SELECT max(created_at) FROM outbox WHERE sent_seq IS NULL AND held IS NULL"
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def outbox_for(conn: Connection, memory_id: str) -> list[tuple[int, str, int]]:
    """(outbox seq, rev_id, priority) of a memory's pending revisions, oldest first."""
    return [
        (int(s), str(r), int(p))
        for s, r, p in conn.execute(
            "SELECT seq, rev_id, priority FROM outbox WHERE memory_id = ? ORDER BY seq",
            (memory_id,),
        )
    ]


def drop_outbox(conn: Connection, memory_id: str, up_to_seq: int | None = None) -> None:
    if up_to_seq is None:
        conn.execute("DELETE FROM outbox WHERE memory_id = ?", (memory_id,))
    else:
        conn.execute("DELETE FROM outbox WHERE memory_id = ? AND seq <= ?", (memory_id, up_to_seq))


def mark_sent(conn: Connection, sent: Sequence[tuple[int, int]]) -> None:
    """(outbox seq, the sequence number the server claims): waiting for the log to show it."""
    conn.executemany("UPDATE outbox SET sent_seq = ? WHERE seq = ?", [(s, o) for o, s in sent])


def unconfirmed(conn: Connection, up_to: int) -> list[tuple[int, str, str]]:
    """(outbox seq, memory, rev) of rows the server claimed at a sequence number up to
    ``up_to`` that the log, read past it, did not show."""
    return [
        (int(o), str(m), str(r))
        for o, m, r in conn.execute(
            "SELECT seq, memory_id, rev_id FROM outbox WHERE sent_seq IS NOT NULL "
            "AND sent_seq <= ?",
            (up_to,),
        )
    ]


def unsend(conn: Connection, outbox_seqs: Sequence[int]) -> None:
    for chunk in _chunks(list(outbox_seqs)):
        conn.execute(
            f"UPDATE outbox SET sent_seq = NULL WHERE seq IN ({_marks(len(chunk))})", list(chunk)
        )


def min_sent_seq(conn: Connection) -> int | None:
    row = conn.execute("SELECT min(sent_seq) FROM outbox").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def hold(conn: Connection, memory_id: str, reason: str) -> None:
    """Set a memory's outbox rows aside: they are reported and no longer sent."""
    conn.execute("UPDATE outbox SET held = ? WHERE memory_id = ?", (reason, memory_id))


def held_count(conn: Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(DISTINCT memory_id) FROM outbox WHERE held IS NOT NULL"
        ).fetchone()[0]
    )


def has_outbox(conn: Connection, memory_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM outbox WHERE memory_id = ? LIMIT 1", (memory_id,))
    return row.fetchone() is not None


def queue_head(conn: Connection, memory_id: str, rev_id: str) -> None:
    """Queue a memory's current head for pushing again (the server lost or never had it)."""
    conn.execute(
        "INSERT INTO outbox (memory_id, rev_id, priority, created_at) VALUES (?, ?, 2, ?)",
        (memory_id, rev_id, utc_now()),
    )


def drop_sync_head(conn: Connection, memory_id: str) -> None:
    conn.execute("DELETE FROM sync_heads WHERE memory_id = ?", (memory_id,))


def all_memory_heads(conn: Connection) -> dict[str, str]:
    return {str(m): str(h) for m, h in conn.execute("SELECT id, head_rev FROM memories")}


def all_sync_heads(conn: Connection) -> dict[str, str]:
    return {str(m): str(r) for m, r in conn.execute("SELECT memory_id, rev_id FROM sync_heads")}


def bump_attempts(conn: Connection, outbox_seqs: Sequence[int]) -> None:
    for chunk in _chunks(list(outbox_seqs)):
        conn.execute(
            f"UPDATE outbox SET attempts = attempts + 1 WHERE seq IN ({_marks(len(chunk))})",
            list(chunk),
        )


def set_priority(conn: Connection, memory_id: str, priority: int) -> int:
    """Make a memory's pending changes at least this urgent; returns rows changed."""
    cur = conn.execute(
        "UPDATE outbox SET priority = ? WHERE memory_id = ? AND priority > ?",
        (priority, memory_id, priority),
    )
    return int(cur.rowcount or 0)


def requeue_heads(conn: Connection) -> int:
    """Queue every memory's current head for pushing (after an account switch or a wiped server)."""
    now = utc_now()
    conn.execute("DELETE FROM outbox")
    cur = conn.execute(
        "INSERT INTO outbox (memory_id, rev_id, priority, created_at) "
        "SELECT id, head_rev, 2, ? FROM memories ORDER BY rowid_",
        (now,),
    )
    return int(cur.rowcount or 0)


# --- revisions and memories ------------------------------------------------------------------


def known_revisions(conn: Connection, rev_ids: Iterable[str]) -> set[str]:
    ids = sorted(set(rev_ids))
    out: set[str] = set()
    for chunk in _chunks(ids):
        out.update(
            str(r[0])
            for r in conn.execute(
                f"SELECT rev_id FROM revisions WHERE rev_id IN ({_marks(len(chunk))})",
                list(chunk),
            )
        )
    return out


def revisions_by_id(conn: Connection, rev_ids: Iterable[str]) -> dict[str, Revision]:
    ids = sorted(set(rev_ids))
    out: dict[str, Revision] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(
            f"SELECT {REVISION_COLUMNS} FROM revisions WHERE rev_id IN ({_marks(len(chunk))})",
            list(chunk),
        ):
            rev = Revision.from_row(row)
            out[rev.rev_id] = rev
    return out


def memory_states(conn: Connection, memory_ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """memory id -> (head revision, deleted) for those that exist locally."""
    ids = sorted(set(memory_ids))
    out: dict[str, tuple[str, bool]] = {}
    for chunk in _chunks(ids):
        for mid, head, deleted in conn.execute(
            f"SELECT id, head_rev, deleted FROM memories WHERE id IN ({_marks(len(chunk))})",
            list(chunk),
        ):
            out[str(mid)] = (str(head), bool(deleted))
    return out


def live_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM memories WHERE deleted = 0").fetchone()[0])


def memory_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM memories").fetchone()[0])


def revision_row(
    rev_id: str,
    memory_id: str,
    parents: Sequence[str],
    fields: Fields,
    chash: str,
    hlc: str,
    device_id: str,
    created_at: str,
    op: str,
) -> tuple[object, ...]:
    return (
        rev_id,
        memory_id,
        json.dumps(list(parents)),
        fields.title,
        fields.body,
        json.dumps(fields.tags, ensure_ascii=False),
        fields.source,
        int(fields.pinned),
        int(fields.deleted),
        chash,
        hlc,
        device_id,
        created_at,
        op,
    )


def insert_revisions(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Store revisions that came from elsewhere (no outbox rows: they are on the server)."""
    conn.executemany(
        f"INSERT OR IGNORE INTO revisions ({REVISION_COLUMNS}) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def insert_memories(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Rows: (id, title, body, tags, source, created_at, updated_at, pinned, deleted, head_rev,
    hlc, content_hash)."""
    conn.executemany(
        "INSERT INTO memories (id, title, body, tags, source, created_at, updated_at, pinned, "
        "deleted, head_rev, hlc, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def set_memory_head(
    conn: Connection,
    memory_id: str,
    fields: Fields,
    head_rev: str,
    hlc: str,
    chash: str,
    updated_at: str,
) -> None:
    conn.execute(
        "UPDATE memories SET title=?, body=?, tags=?, source=?, updated_at=?, pinned=?, "
        "deleted=?, head_rev=?, hlc=?, content_hash=? WHERE id=?",
        (
            fields.title,
            fields.body,
            json.dumps(fields.tags, ensure_ascii=False),
            fields.source,
            updated_at,
            int(fields.pinned),
            int(fields.deleted),
            head_rev,
            hlc,
            chash,
            memory_id,
        ),
    )


def parents_of(conn: Connection, rev_id: str) -> list[str] | None:
    row = conn.execute("SELECT parents FROM revisions WHERE rev_id = ?", (rev_id,)).fetchone()
    return None if row is None else list(json.loads(row[0]))


def ancestors(conn: Connection, rev_id: str, limit: int = 100_000) -> set[str]:
    """``rev_id`` and every ancestor this device stores."""
    seen = {rev_id}
    frontier = [rev_id]
    while frontier and len(seen) < limit:
        current = frontier.pop()
        for parent in parents_of(conn, current) or []:
            if parent not in seen:
                seen.add(parent)
                frontier.append(parent)
    return seen


DESCENDANT, ANCESTOR, UNRELATED, UNKNOWN = "descendant", "ancestor", "unrelated", "unknown"


def relation(
    conn: Connection, rev_id: str, parents: Sequence[str], local: str, limit: int = 20_000
) -> str:
    """How revision ``rev_id`` (with ``parents``) stands to ``local``: DESCENDANT (``local``
    is in its history), ANCESTOR (it is in ``local``'s history), UNRELATED (a fork), or
    UNKNOWN (not a descendant as far as this device can tell, but some of its history is
    not stored here: compaction pruned it before this device saw it)."""
    if local in parents:
        return DESCENDANT
    seen = set(parents)
    frontier = list(parents)
    unknown = False
    while frontier and len(seen) < limit:
        current = frontier.pop()
        found = parents_of(conn, current)
        if found is None:
            unknown = True
            continue
        for parent in found:
            if parent == local:
                return DESCENDANT
            if parent not in seen:
                seen.add(parent)
                frontier.append(parent)
    if len(seen) >= limit:
        unknown = True
    if rev_id in ancestors(conn, local, limit):
        return ANCESTOR
    return UNKNOWN if unknown else UNRELATED


def common_ancestor(conn: Connection, a: str, b: str) -> str | None:
    """The nearest ancestor of ``b`` (breadth first) that is also an ancestor of ``a``."""
    of_a = ancestors(conn, a)
    seen = {b}
    queue = [b]
    while queue:
        current = queue.pop(0)
        if current in of_a and parents_of(conn, current) is not None:
            return current
        for parent in parents_of(conn, current) or []:
            if parent not in seen:
                seen.add(parent)
                queue.append(parent)
    return None


# --- conflicts and rejected records ----------------------------------------------------------

CONFLICT_COLUMNS = (
    "id, memory_id, kind, base_rev, local_rev, remote_rev, merged_rev, fields, created_at, "
    "resolved_at, resolution, resolved_rev"
)


# A recorded conflict is the public Conflict type; the store builds it from a row.
ConflictRow = Conflict


def conflict_from_row(row: Any) -> Conflict:
    values = list(row)
    values[7] = json.loads(values[7])
    return Conflict(*values)


def add_conflict(
    conn: Connection,
    memory_id: str,
    kind: str,
    base_rev: str | None,
    local_rev: str,
    remote_rev: str,
    merged_rev: str,
    fields: list[str],
) -> int:
    cur = conn.execute(
        "INSERT INTO conflicts (memory_id, kind, base_rev, local_rev, remote_rev, merged_rev, "
        "fields, created_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            memory_id,
            kind,
            base_rev,
            local_rev,
            remote_rev,
            merged_rev,
            json.dumps(fields),
            utc_now(),
        ),
    )
    return int(cur.lastrowid or 0)


def list_conflicts(conn: Connection, *, include_resolved: bool = False) -> list[ConflictRow]:
    sql = f"SELECT {CONFLICT_COLUMNS} FROM conflicts"
    if not include_resolved:
        sql += " WHERE resolved_at IS NULL"
    sql += " ORDER BY id"
    return [conflict_from_row(r) for r in conn.execute(sql)]


def get_conflict(conn: Connection, conflict_id: int) -> ConflictRow | None:
    row = conn.execute(
        f"SELECT {CONFLICT_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    return conflict_from_row(row) if row else None


def mark_resolved(conn: Connection, conflict_id: int, resolution: str, rev: str | None) -> None:
    conn.execute(
        "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_rev = ? WHERE id = ?",
        (utc_now(), resolution, rev, conflict_id),
    )


def add_reject(conn: Connection, seq: int, memory_id: str, rev_id: str, reason: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO sync_rejects (seq, memory_id, rev_id, reason, first_at, last_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (memory_id, rev_id) DO UPDATE SET "
        "attempts = attempts + 1, reason = excluded.reason, last_at = excluded.last_at, "
        "resolved_at = NULL",
        (seq, memory_id, rev_id, reason, now, now),
    )


def open_rejects(conn: Connection) -> list[dict[str, Any]]:
    cols = ("id", "seq", "memory_id", "rev_id", "reason", "attempts", "first_at", "last_at")
    return [
        dict(zip(cols, row, strict=True))
        for row in conn.execute(
            f"SELECT {', '.join(cols)} FROM sync_rejects WHERE resolved_at IS NULL ORDER BY seq"
        )
    ]


def resolve_rejects(conn: Connection, rev_ids: Iterable[str]) -> None:
    now = utc_now()
    conn.executemany(
        "UPDATE sync_rejects SET resolved_at = ? WHERE rev_id = ? AND resolved_at IS NULL",
        [(now, r) for r in rev_ids],
    )
