"""Running an import into a store: batches that each commit on their own.

An interrupted import keeps what it committed, and a re-run completes it, because unchanged
notes are no-ops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from memshadow_desktop.core import transfer
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import WriteContext
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.store.store import Store

IMPORT_BATCH = 200

Item = tuple[str | None, Fields, str | None]


def import_path(
    store: Store,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> transfer.ImportReport:
    notes = transfer.scan(path)
    report = transfer.ImportReport(scanned=len(notes))
    for start in range(0, len(notes), IMPORT_BATCH):
        batch: list[Item] = []
        for note in notes[start : start + IMPORT_BATCH]:
            try:
                parsed = transfer.read_note(note)
            except InvalidInputError as exc:
                report.skipped.append((note.source, exc.detail))
                continue
            if note.manifest_id is not None:
                report.new_ids.append((note.source, note.manifest_id))
            batch.append((parsed.memory_id, parsed.fields, parsed.created_at))
        created, updated, unchanged = store.write(_import_batch, batch)
        report.created += created
        report.updated += updated
        report.unchanged += unchanged
        if progress:
            progress(min(start + IMPORT_BATCH, len(notes)), len(notes))
    return report


def _import_batch(conn: Connection, ctx: WriteContext, batch: list[Item]) -> tuple[int, int, int]:
    """Plain notes match existing memories by source; manifest notes by id."""
    resolved: list[Item] = []
    for memory_id, fields, created_at in batch:
        if memory_id is None and fields.source:
            existing = mem.find_by_source(conn, fields.source)
            memory_id = existing.id if existing else None
        resolved.append((memory_id, fields, created_at))
    return mem.bulk_upsert(conn, ctx, resolved)
