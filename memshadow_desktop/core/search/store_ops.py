"""Embedding rows in the encrypted store. Vectors are float16 blobs; nothing leaves the vault."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext

VECTOR_DTYPE = np.float16


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
    vectors: np.ndarray  # float16, one row per chunk


_PENDING_SQL = """
    FROM memories AS m
    WHERE m.deleted = 0 AND NOT EXISTS (
        SELECT 1 FROM embeddings AS e
        WHERE e.memory_id = m.id AND e.model = ? AND e.chunk = 0
          AND e.content_hash = m.content_hash)
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
            "SELECT count(*) FROM memories AS m JOIN embeddings AS e ON e.memory_id = m.id "
            "AND e.model = ? AND e.chunk = 0 AND e.content_hash = m.content_hash "
            "WHERE m.deleted = 0",
            (model,),
        ).fetchone()[0]
    )


def save(conn: Connection, _ctx: WriteContext, model: str, items: list[StoredChunks]) -> list[str]:
    """Store vectors for memories whose content is still what was embedded; returns their ids
    (a memory edited meanwhile is skipped and stays pending)."""
    saved = []
    for item in items:
        row = conn.execute(
            "SELECT content_hash, deleted FROM memories WHERE id = ?", (item.memory_id,)
        ).fetchone()
        if row is None or row[0] != item.content_hash or row[1]:
            continue
        conn.execute(
            "DELETE FROM embeddings WHERE memory_id = ? AND model = ?", (item.memory_id, model)
        )
        conn.executemany(
            "INSERT INTO embeddings (memory_id, model, chunk, content_hash, start_char, end_char,"
            " vector) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    item.memory_id,
                    model,
                    i,
                    item.content_hash,
                    s,
                    e,
                    vec.astype(VECTOR_DTYPE).tobytes(),
                )
                for i, ((s, e), vec) in enumerate(zip(item.spans, item.vectors, strict=True))
            ],
        )
        saved.append(item.memory_id)
    return saved


def load(conn: Connection, model: str, batch: int = 8192) -> Iterator[StoredChunks]:
    """Current vectors of live memories, grouped per memory, streamed in batches."""
    cursor = conn.execute(
        "SELECT e.memory_id, e.content_hash, e.start_char, e.end_char, e.vector "
        "FROM embeddings AS e JOIN memories AS m ON m.id = e.memory_id "
        "AND m.content_hash = e.content_hash AND m.deleted = 0 "
        "WHERE e.model = ? ORDER BY e.memory_id, e.chunk",
        (model,),
    )
    current: str | None = None
    chash = ""
    spans: list[tuple[int, int]] = []
    blobs: list[bytes] = []
    while rows := cursor.fetchmany(batch):
        for mid, h, s, e, blob in rows:
            if mid != current:
                if current is not None:
                    yield _chunks(current, chash, spans, blobs)
                current, chash, spans, blobs = mid, h, [], []
            spans.append((s, e))
            blobs.append(blob)
    if current is not None:
        yield _chunks(current, chash, spans, blobs)


def _chunks(mid: str, chash: str, spans: list[tuple[int, int]], blobs: list[bytes]) -> StoredChunks:
    vectors = np.frombuffer(b"".join(blobs), dtype=VECTOR_DTYPE).reshape(len(blobs), -1)
    return StoredChunks(mid, chash, spans, vectors)


def load_rows(conn: Connection, model: str, batch: int = 16384) -> Iterator[list[tuple[Any, ...]]]:
    """(memory_id, chunk, start, end, vector blob) of live memories' current vectors, in
    batches. The join reads only the covering index on memories, never their bodies."""
    cursor = conn.execute(
        "SELECT e.memory_id, e.chunk, e.start_char, e.end_char, e.vector "
        "FROM embeddings AS e JOIN memories AS m INDEXED BY memories_current "
        "ON m.id = e.memory_id AND m.content_hash = e.content_hash AND m.deleted = 0 "
        "WHERE e.model = ?",
        (model,),
    )
    while rows := cursor.fetchmany(batch):
        yield rows


def prune_other_models(conn: Connection, _ctx: WriteContext, model: str) -> int:
    """Drop vectors of models no longer in use (after a re-embed completed)."""
    return int(conn.execute("DELETE FROM embeddings WHERE model != ?", (model,)).rowcount)
