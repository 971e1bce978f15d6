"""Vectors in the encrypted store: one row per memory and model, holding its chunks' character
spans and their 8-bit codes (the in-memory index's own format, see vectors.py), and each
model's code range in ``vector_spaces``. Nothing leaves the vault."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from memshadow_desktop.core.search.vectors import Codec
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext

SPAN_DTYPE = np.dtype("<i4")
LEGACY_DTYPE = np.float16  # schema v3 kept one float16 row per chunk


@dataclass(frozen=True)
class PendingMemory:
    memory_id: str
    title: str
    body: str
    content_hash: str


@dataclass(frozen=True)
class StoredChunks:
    memory_id: str
    content_hash: str
    spans: list[tuple[int, int]]
    codes: np.ndarray  # uint8, one row per chunk


@dataclass(frozen=True)
class LoadedBatch:
    """Several memories' chunks, rows in memory order (what the index takes in one call)."""

    memory_ids: list[str]
    counts: list[int]
    spans: np.ndarray  # int32 (start, end) per chunk
    codes: np.ndarray  # uint8 per chunk


_PENDING_SQL = """
    FROM memories AS m
    WHERE m.deleted = 0 AND NOT EXISTS (
        SELECT 1 FROM vectors AS v
        WHERE v.model = ? AND v.memory_id = m.id AND v.content_hash = m.content_hash)
"""


def pending(conn: Connection, model: str, limit: int) -> list[PendingMemory]:
    """Live memories with no vectors from ``model`` for their current content."""
    rows = conn.execute(
        f"SELECT m.id, m.title, m.body, m.content_hash {_PENDING_SQL} ORDER BY m.rowid_ LIMIT ?",
        (model, limit),
    ).fetchall()
    return [PendingMemory(*r) for r in rows]


def count_pending(conn: Connection, model: str) -> int:
    return int(conn.execute(f"SELECT count(*) {_PENDING_SQL}", (model,)).fetchone()[0])


def count_indexed(conn: Connection, model: str) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM vectors AS v JOIN memories AS m INDEXED BY memories_current "
            "ON m.id = v.memory_id AND m.content_hash = v.content_hash AND m.deleted = 0 "
            "WHERE v.model = ?",
            (model,),
        ).fetchone()[0]
    )


def codec(conn: Connection, model: str) -> Codec | None:
    """The code range vectors of ``model`` are stored in, if any are."""
    row = conn.execute("SELECT dim, bound FROM vector_spaces WHERE model = ?", (model,)).fetchone()
    return Codec(int(row[0]), float(row[1])) if row else None


def save(
    conn: Connection, _ctx: WriteContext, model: str, space: Codec, items: list[StoredChunks]
) -> list[str]:
    """Store codes for memories whose content is still what was embedded; returns their ids
    (a memory edited meanwhile is skipped and stays pending)."""
    stored = codec(conn, model)
    if stored is None:
        conn.execute(
            "INSERT INTO vector_spaces (model, dim, bound) VALUES (?, ?, ?)",
            (model, space.dim, space.bound),
        )
    elif stored.bound != space.bound:
        raise ValueError(f"codes of {model} are stored in another range")
    saved = []
    for item in items:
        row = conn.execute(
            "SELECT content_hash, deleted FROM memories WHERE id = ?", (item.memory_id,)
        ).fetchone()
        if row is None or row[0] != item.content_hash or row[1]:
            continue
        conn.execute(
            "INSERT OR REPLACE INTO vectors (memory_id, model, content_hash, spans, codes) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                item.memory_id,
                model,
                item.content_hash,
                np.asarray(item.spans, dtype=SPAN_DTYPE).tobytes(),
                np.ascontiguousarray(item.codes, dtype=np.uint8).tobytes(),
            ),
        )
        saved.append(item.memory_id)
    return saved


def row_ranges(conn: Connection, parts: int) -> list[tuple[int, int]]:
    """The vectors table cut into ``parts`` rowid ranges, to be read side by side (decrypting
    pages is most of the work of loading, and each reader has its own connection)."""
    low, high = conn.execute("SELECT min(rowid), max(rowid) FROM vectors").fetchone()
    if low is None:
        return []
    step = (high - low) // parts + 1
    return [(start, min(start + step - 1, high)) for start in range(low, high + 1, step)]


# One row per batch of memories: SQLite concatenates the batch's blobs itself, so Python
# handles six values per few thousand memories instead of three per memory (that per-row work,
# under the GIL, kept two readers from loading side by side). A UTF-8 database hands a blob
# to group_concat byte for byte, and CAST gives the bytes back as a blob.
_SEPARATOR = "\x1f"
# Vectors made from a live memory's current text (never reading memory bodies).
_CURRENT_VECTORS = """
    FROM vectors AS v NOT INDEXED
    JOIN memories AS m INDEXED BY memories_current
    ON m.id = v.memory_id AND m.content_hash = v.content_hash AND m.deleted = 0
    WHERE v.model = ? AND v.rowid > ? AND v.rowid <= ?
"""
_LOAD_SQL = f"""
    SELECT max(r), count(*), group_concat(id, char({ord(_SEPARATOR)})),
        group_concat(length(spans), ','),
        CAST(group_concat(spans, '') AS BLOB), CAST(group_concat(codes, '') AS BLOB)
    FROM (
        SELECT v.rowid AS r, v.memory_id AS id, v.spans AS spans, v.codes AS codes
        {_CURRENT_VECTORS}
        ORDER BY v.rowid LIMIT ?
    )
"""


def load(
    conn: Connection, model: str, rows: tuple[int, int] | None = None, batch: int = 4096
) -> Iterator[LoadedBatch]:
    """Current codes of live memories (of the rowid range ``rows``, else all), in batches. The
    table is read in storage order (each encrypted page decrypted once) and joined on the
    covering index, never memory bodies."""
    size = conn.execute("SELECT dim FROM vector_spaces WHERE model = ?", (model,)).fetchone()
    if size is None:
        return
    dim = int(size[0])
    after, high = (rows[0] - 1, rows[1]) if rows is not None else (-(2**63), 2**63 - 1)
    while True:
        last, n, ids, span_bytes, spans, codes = conn.execute(
            _LOAD_SQL, (model, after, high, batch)
        ).fetchone()
        if not n:
            return
        memory_ids = ids.split(_SEPARATOR)
        if len(memory_ids) != n:  # an id holding the separator (none of ours do): row by row
            yield _load_rows(conn, model, after, last, dim)
        else:
            counts = np.fromstring(span_bytes, dtype=np.int64, sep=",") // (2 * SPAN_DTYPE.itemsize)
            yield LoadedBatch(
                memory_ids,
                counts.tolist(),
                np.frombuffer(spans, dtype=SPAN_DTYPE).reshape(-1, 2),
                np.frombuffer(codes, dtype=np.uint8).reshape(-1, dim),
            )
        after = last


def _load_rows(conn: Connection, model: str, after: int, last: int, dim: int) -> LoadedBatch:
    rows = conn.execute(
        f"SELECT v.memory_id, v.spans, v.codes {_CURRENT_VECTORS} ORDER BY v.rowid",
        (model, after, last),
    ).fetchall()
    return LoadedBatch(
        [r[0] for r in rows],
        [len(r[1]) // (2 * SPAN_DTYPE.itemsize) for r in rows],
        np.frombuffer(b"".join(r[1] for r in rows), dtype=SPAN_DTYPE).reshape(-1, 2),
        np.frombuffer(b"".join(r[2] for r in rows), dtype=np.uint8).reshape(-1, dim),
    )


def load_for(conn: Connection, model: str, memory_ids: list[str]) -> LoadedBatch | None:
    """Current codes of these memories (those with any), for following another process's
    writes; None when the model has no vectors stored."""
    size = conn.execute("SELECT dim FROM vector_spaces WHERE model = ?", (model,)).fetchone()
    if size is None:
        return None
    rows = []
    for start in range(0, len(memory_ids), 500):
        part = memory_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        rows += conn.execute(
            "SELECT v.memory_id, v.spans, v.codes FROM vectors AS v "
            "JOIN memories AS m ON m.id = v.memory_id AND m.content_hash = v.content_hash "
            f"AND m.deleted = 0 WHERE v.model = ? AND v.memory_id IN ({marks})",
            (model, *part),
        ).fetchall()
    dim = int(size[0])
    return LoadedBatch(
        [r[0] for r in rows],
        [len(r[1]) // (2 * SPAN_DTYPE.itemsize) for r in rows],
        np.frombuffer(b"".join(r[1] for r in rows), dtype=SPAN_DTYPE).reshape(-1, 2),
        np.frombuffer(b"".join(r[2] for r in rows), dtype=np.uint8).reshape(-1, dim),
    )


def not_live(conn: Connection, memory_ids: list[str]) -> list[str]:
    """Those of ``memory_ids`` in the trash or gone."""
    live: set[str] = set()
    for start in range(0, len(memory_ids), 500):
        part = memory_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        live.update(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM memories WHERE deleted = 0 AND id IN ({marks})", part
            )
        )
    return [m for m in memory_ids if m not in live]


def legacy_rows(conn: Connection, model: str) -> bool:
    """Whether schema-v3 float16 vectors of ``model`` are waiting to be converted."""
    return (
        conn.execute("SELECT 1 FROM embeddings WHERE model = ? LIMIT 1", (model,)).fetchone()
        is not None
    )


def convert_legacy(conn: Connection, ctx: WriteContext, model: str, space: Codec | None) -> int:
    """Move schema-v3 float16 rows of ``model`` into codes (the range fixed from them if none
    is stored yet); returns how many memories were converted."""
    rows = conn.execute(
        "SELECT memory_id, content_hash, start_char, end_char, vector FROM embeddings "
        "WHERE model = ? ORDER BY memory_id, chunk",
        (model,),
    ).fetchall()
    if not rows:
        return 0
    vectors = np.frombuffer(b"".join(r[4] for r in rows), dtype=LEGACY_DTYPE).reshape(len(rows), -1)
    space = space or codec(conn, model) or Codec.fitting(vectors.shape[1], vectors)
    codes = space.encode(vectors.astype(np.float32))
    items: list[StoredChunks] = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start][0]:
            spans = [(r[2], r[3]) for r in rows[start:i]]
            items.append(StoredChunks(rows[start][0], rows[start][1], spans, codes[start:i]))
            start = i
    saved = save(conn, ctx, model, space, items)
    conn.execute("DELETE FROM embeddings WHERE model = ?", (model,))
    return len(saved)


PRUNE_BATCH = 2_000  # rows per write: the writer stays free for edits between batches


def prune_models(conn: Connection, _ctx: WriteContext, keep: set[str]) -> int:
    """Drop up to PRUNE_BATCH memories' vectors of models not in ``keep`` (and, once none are
    left, their code ranges); returns how many went: call until it returns 0."""
    marks = ", ".join("?" * len(keep)) or "NULL"
    args = tuple(keep)
    gone = conn.execute(
        f"DELETE FROM vectors WHERE rowid IN (SELECT rowid FROM vectors "
        f"WHERE model NOT IN ({marks}) LIMIT ?)",
        (*args, PRUNE_BATCH),
    ).rowcount
    gone += conn.execute(
        f"DELETE FROM embeddings WHERE rowid IN (SELECT rowid FROM embeddings "
        f"WHERE model NOT IN ({marks}) LIMIT ?)",
        (*args, PRUNE_BATCH),
    ).rowcount
    if not gone:
        conn.execute(f"DELETE FROM vector_spaces WHERE model NOT IN ({marks})", args)
    return int(gone)


def stored_models(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT model FROM vector_spaces")} | {
        r[0] for r in conn.execute("SELECT DISTINCT model FROM embeddings")
    }
