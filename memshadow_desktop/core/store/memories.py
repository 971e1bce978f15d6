"""Memories and their revisions: every change is a revision plus an outbox row, in one transaction.

Functions here take a connection and run inside the caller's transaction; the store's single
writer thread is the only caller of the writing ones.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from memshadow_desktop.core.api.search import MATCH_END, MATCH_START
from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.hlc import HybridClock
from memshadow_desktop.core.ids import content_hash, new_memory_id, new_revision_id
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.models import (
    MEMORY_COLUMNS,
    REVISION_COLUMNS,
    Fields,
    Memory,
    Revision,
    SearchHit,
)
from memshadow_desktop.core.store.stopwords import STOPWORDS

# Priorities of outbox rows (sync deadlines: CRITICAL now ... LOW within 30 min).
PRIORITY_CRITICAL, PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW = 0, 1, 2, 3

# bm25() weights of the full-text columns (title, body, tags): a word in the title counts most.
FTS_COLUMN_WEIGHTS = (8.0, 1.0, 4.0)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class WriteContext:
    """What a writer needs besides the connection: who writes and the clock."""

    device_id: str
    clock: HybridClock


# --- reading --------------------------------------------------------------------------------


def get(conn: Connection, memory_id: str) -> Memory:
    row = conn.execute(
        f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id = ?", (memory_id,)
    ).fetchone()
    if row is None:
        row = _by_prefix(conn, memory_id)
    return Memory.from_row(row)


def _by_prefix(conn: Connection, prefix: str) -> tuple[object, ...]:
    """Allow a unique id prefix (at least 8 characters), as git does for hashes."""
    if len(prefix) < 8 or not re.fullmatch(r"[0-9a-fA-F-]+", prefix):
        raise NotFoundError(prefix)
    rows = conn.execute(
        f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id LIKE ? LIMIT 2", (prefix.lower() + "%",)
    ).fetchall()
    if len(rows) != 1:
        raise NotFoundError(prefix if not rows else f"{prefix} (ambiguous prefix)")
    return tuple(rows[0])


def get_many(conn: Connection, ids: list[str]) -> list[Memory]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id IN ({marks})", ids)
    return [Memory.from_row(r) for r in rows]


def list_memories(
    conn: Connection,
    *,
    limit: int | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> list[Memory]:
    sql = f"SELECT {MEMORY_COLUMNS} FROM memories WHERE deleted = ?"
    params: list[object] = [1 if trashed else 0]
    if tag:
        sql += " AND EXISTS (SELECT 1 FROM json_each(memories.tags) WHERE json_each.value = ?)"
        params.append(tag)
    sql += " ORDER BY pinned DESC, updated_at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Memory.from_row(r) for r in conn.execute(sql, params)]


def counts(conn: Connection) -> dict[str, int]:
    live, trashed = conn.execute(
        "SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted = 1), 0) FROM memories"
    ).fetchone()
    revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    outbox = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    return {"memories": live, "trashed": trashed, "revisions": revisions, "outbox": outbox}


def live_count(conn: Connection) -> int:
    """Memories not in the trash (from the covering index, not the memory rows)."""
    return int(
        conn.execute(
            "SELECT count(*) FROM memories INDEXED BY memories_current WHERE deleted = 0"
        ).fetchone()[0]
    )


def history(conn: Connection, memory_id: str) -> list[Revision]:
    memory = get(conn, memory_id)
    rows = conn.execute(
        f"SELECT {REVISION_COLUMNS} FROM revisions WHERE memory_id = ? ORDER BY seq DESC",
        (memory.id,),
    ).fetchall()
    return [Revision.from_row(r) for r in rows]


def get_revision(conn: Connection, memory_id: str, rev: str) -> Revision:
    rows = conn.execute(
        f"SELECT {REVISION_COLUMNS} FROM revisions WHERE memory_id = ? AND rev_id LIKE ? LIMIT 2",
        (memory_id, rev.lower() + "%"),
    ).fetchall()
    if len(rows) != 1 or len(rev) < 6:
        raise NotFoundError(f"revision {rev} of {memory_id}")
    return Revision.from_row(rows[0])


def find_by_source(conn: Connection, source: str) -> Memory | None:
    row = conn.execute(
        f"SELECT {MEMORY_COLUMNS} FROM memories WHERE source = ? ORDER BY deleted, rowid_ LIMIT 1",
        (source,),
    ).fetchone()
    return Memory.from_row(row) if row else None


def find_by_id(conn: Connection, memory_id: str) -> Memory | None:
    row = conn.execute(
        f"SELECT {MEMORY_COLUMNS} FROM memories WHERE id = ?", (memory_id,)
    ).fetchone()
    return Memory.from_row(row) if row else None


# --- full-text search -----------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str, *, any_word: bool = False) -> str | None:
    """Turn what a person typed into an FTS5 query: words quoted, the last one a prefix.

    ``any_word`` (ranking by relevance) also leaves out function words, unless that would
    leave nothing, and does not expand a last word shorter than three letters."""
    words = _WORD.findall(text)
    if not words:
        return None
    if any_word:
        content = [w for w in words if w.casefold() not in STOPWORDS]
        words = content or words
    quoted = [f'"{w}"' for w in words]
    if not any_word or len(words[-1]) >= 3:
        quoted[-1] += "*"
    return (" OR " if any_word else " ").join(quoted)


def search(
    conn: Connection, text: str, *, limit: int = 20, any_word: bool = False
) -> list[SearchHit]:
    """BM25-ranked matches (title weighs most), every word required, falling back to any word
    (or any word straight away, for ranking candidates by relevance)."""
    hits: list[SearchHit] = []
    for each in (True,) if any_word else (False, True):
        query = fts_query(text, any_word=each)
        if query is None:
            return []
        hits = _run_search(conn, query, limit)
        if hits:
            break
    return hits


def _run_search(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    ranked = _rank(conn, query, limit)
    if not ranked:
        return []
    cols = ", ".join(f"m.{c.strip()}" for c in MEMORY_COLUMNS.split(","))
    hits = []
    # Snippets only for the rows shown: snippet() re-reads and re-tokenises each document.
    for rowid, score in ranked:
        row = conn.execute(
            f"""
            SELECT {cols}, snippet(memories_fts, 1, ?, ?, '…', 16)
            FROM memories_fts JOIN memories AS m ON m.rowid_ = memories_fts.rowid
            WHERE memories_fts MATCH ? AND memories_fts.rowid = ?
            """,
            (MATCH_START, MATCH_END, query, rowid),
        ).fetchone()
        if row is not None:
            hits.append(SearchHit(Memory.from_row(row[:12]), score, row[12]))
    return hits


def _rank(conn: Connection, query: str, limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` live matches as (rowid, score), higher is better.

    Ranking reads only the index: joining each match to its memory (to skip the trash) before
    the sort would read every matching memory. Trashed memories stay in the index, so rank a
    few extra and widen the window while trashed ones crowd it."""
    weights = ", ".join(str(w) for w in FTS_COLUMN_WEIGHTS)
    window = limit + 8
    while True:
        ranked = conn.execute(
            f"SELECT rowid, bm25(memories_fts, {weights}) AS score FROM memories_fts "
            "WHERE memories_fts MATCH ? ORDER BY score LIMIT ?",
            (query, window),
        ).fetchall()
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        live = {
            r[0]
            for r in conn.execute(
                f"SELECT rowid_ FROM memories WHERE deleted = 0 AND rowid_ IN ({marks})",
                [r[0] for r in ranked],
            )
        }
        kept = [(rowid, -float(score)) for rowid, score in ranked if rowid in live]
        if len(kept) >= limit or len(ranked) < window:
            # bm25() is lower-is-better; report higher-is-better.
            return kept[:limit]
        window *= 4


# --- writing --------------------------------------------------------------------------------


def validate(fields: Fields) -> None:
    if not fields.title.strip() and not fields.body.strip():
        raise InvalidInputError("a memory needs a title or some text", reason="empty_memory")
    if "\x00" in fields.body or "\x00" in fields.title:
        raise InvalidInputError("text contains NUL bytes", reason="nul_bytes")


def write_revision(
    conn: Connection,
    ctx: WriteContext,
    memory_id: str,
    parents: list[str],
    fields: Fields,
    op: str,
    *,
    created_at: str | None = None,
    priority: int = PRIORITY_NORMAL,
) -> Memory:
    data = fields.as_dict()
    chash = content_hash(data)
    rev = new_revision_id()
    stamp = ctx.clock.now().encode()
    now = utc_now()
    tags_json = json.dumps(fields.tags, ensure_ascii=False)
    conn.execute(
        f"INSERT INTO revisions ({REVISION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            rev,
            memory_id,
            json.dumps(parents),
            fields.title,
            fields.body,
            tags_json,
            fields.source,
            int(fields.pinned),
            int(fields.deleted),
            chash,
            stamp,
            ctx.device_id,
            now,
            op,
        ),
    )
    values = (
        fields.title,
        fields.body,
        tags_json,
        fields.source,
        now,
        int(fields.pinned),
        int(fields.deleted),
        rev,
        stamp,
        chash,
    )
    if parents:
        conn.execute(
            "UPDATE memories SET title=?, body=?, tags=?, source=?, updated_at=?, pinned=?, "
            "deleted=?, head_rev=?, hlc=?, content_hash=? WHERE id=?",
            (*values, memory_id),
        )
    else:
        conn.execute(
            f"INSERT INTO memories ({MEMORY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                memory_id,
                fields.title,
                fields.body,
                tags_json,
                fields.source,
                created_at or now,
                now,
                int(fields.pinned),
                int(fields.deleted),
                rev,
                stamp,
                chash,
            ),
        )
    # The outbox row is the future sync queue: written with the change, or not at all.
    conn.execute(
        "INSERT INTO outbox (memory_id, rev_id, priority, created_at) VALUES (?,?,?,?)",
        (memory_id, rev, priority, now),
    )
    return get(conn, memory_id)


def create(
    conn: Connection,
    ctx: WriteContext,
    fields: Fields,
    *,
    memory_id: str | None = None,
    created_at: str | None = None,
    op: str = "create",
    priority: int = PRIORITY_NORMAL,
) -> Memory:
    fields = fields.replace()  # normalise tags
    validate(fields)
    return write_revision(
        conn,
        ctx,
        memory_id or new_memory_id(),
        [],
        fields,
        op,
        created_at=created_at,
        priority=priority,
    )


def update(
    conn: Connection,
    ctx: WriteContext,
    memory_id: str,
    op: str = "edit",
    *,
    priority: int = PRIORITY_NORMAL,
    **changes: object,
) -> Memory:
    """Apply field changes; an edit that changes nothing makes no revision."""
    current = get(conn, memory_id)
    fields = current.fields.replace(**changes)
    validate(fields)
    if content_hash(fields.as_dict()) == current.content_hash:
        return current
    return write_revision(conn, ctx, current.id, [current.head_rev], fields, op, priority=priority)


def trash(conn: Connection, ctx: WriteContext, memory_id: str) -> Memory:
    return update(conn, ctx, memory_id, op="trash", deleted=True)


def restore(conn: Connection, ctx: WriteContext, memory_id: str, rev: str | None = None) -> Memory:
    """Bring a memory back from the trash, or back to an earlier revision (as a new revision)."""
    current = get(conn, memory_id)
    if rev is None:
        return update(conn, ctx, current.id, op="restore", deleted=False)
    old = get_revision(conn, current.id, rev)
    fields = old.fields.replace(deleted=False)
    if content_hash(fields.as_dict()) == current.content_hash:
        return current
    return write_revision(conn, ctx, current.id, [current.head_rev], fields, "restore")


def bulk_upsert(
    conn: Connection, ctx: WriteContext, items: Iterable[tuple[str | None, Fields, str | None]]
) -> tuple[int, int, int]:
    """Create or update many memories; each item is (id or None, fields, created_at).

    An item with an id updates that memory if it exists, else creates it with that id.
    Returns (created, updated, unchanged).
    """
    created = updated = unchanged = 0
    for memory_id, fields, created_at in items:
        if memory_id is not None and not _is_uuid(memory_id):
            memory_id = None  # no sync server takes it: a new id
        existing = find_by_id(conn, memory_id) if memory_id else None
        if existing is None:
            create(conn, ctx, fields, memory_id=memory_id, created_at=created_at, op="import")
            created += 1
            continue
        after = update(conn, ctx, existing.id, op="import", **_changes(fields))
        if after.head_rev == existing.head_rev:
            unchanged += 1
        else:
            updated += 1
    return created, updated, unchanged


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _changes(fields: Fields) -> dict[str, Any]:
    data = fields.as_dict()
    data.pop("deleted")
    return data
