"""What a record carries once decrypted: one revision, compact, maybe a delta.

Two msgpack encodings of a revision:

* the *full* encoding (every field, in a fixed order) is what a delta is computed against: both
  sides rebuild it byte for byte from the base revision they store;
* the *compact* encoding is what travels: parents and author are left out (``None``) when the
  record's metadata already says them (a single parent equal to the record's parent revision, an
  author equal to the pushing device). The revision id hashes parents, fields and author, so the
  receiver verifies whatever it filled in from the metadata.

The plaintext under the AEAD is one format byte and a body:
``0`` compact msgpack as is, ``1`` zstd(compact), ``2`` zstd(compact) with the base revision's
full encoding as a raw-content dictionary (a delta: only what changed costs bytes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgpack

from memshadow_desktop.core.ids import content_hash, revision_id
from memshadow_desktop.core.store.models import Fields, Revision
from memshadow_desktop.core.sync.errors import RecordRejectedError

FMT_RAW, FMT_ZSTD, FMT_DELTA = 0, 1, 2


@dataclass(frozen=True)
class RevisionData:
    """A revision as it travels between devices (plus the memory's creation time)."""

    memory_id: str
    rev_id: str
    parents: list[str]
    fields: Fields
    hlc: str
    device_id: str
    created_at: str
    op: str
    memory_created_at: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.fields.as_dict())

    @classmethod
    def from_revision(cls, rev: Revision, memory_created_at: str | None = None) -> RevisionData:
        return cls(
            rev.memory_id,
            rev.rev_id,
            list(rev.parents),
            rev.fields,
            rev.hlc,
            rev.device_id,
            rev.created_at,
            rev.op,
            memory_created_at,
        )

    def verify(self) -> None:
        """The rebuilt content must hash to the revision id it claims."""
        if revision_id(self.parents, self.fields.as_dict(), self.device_id) != self.rev_id:
            raise RecordRejectedError("revision_hash_mismatch")


def _pack(obj: Any) -> bytes:
    return msgpack.packb(obj, use_bin_type=True)


def full_encoding(rev: RevisionData) -> bytes:
    """Deterministic bytes of a stored revision: the dictionary deltas are computed against."""
    f = rev.fields
    return _pack(
        [
            list(rev.parents),
            f.title,
            f.body,
            list(f.tags),
            f.source,
            bool(f.pinned),
            bool(f.deleted),
            rev.hlc,
            rev.device_id,
            rev.created_at,
            rev.op,
        ]
    )


def compact_encoding(
    rev: RevisionData, *, server_parent: str | None, author: str, with_created: bool
) -> bytes:
    f = rev.fields
    implied_parents = rev.parents == ([server_parent] if server_parent else [])
    return _pack(
        [
            None if implied_parents else list(rev.parents),
            f.title,
            f.body,
            list(f.tags),
            f.source,
            bool(f.pinned),
            bool(f.deleted),
            rev.hlc,
            None if rev.device_id == author else rev.device_id,
            rev.created_at,
            rev.op,
            rev.memory_created_at if with_created else None,
        ]
    )


def decode_compact(
    data: bytes, *, memory_id: str, rev_id: str, server_parent: str | None, author: str
) -> RevisionData:
    try:
        obj = msgpack.unpackb(data, raw=False, use_list=True)
        (parents, title, body, tags, source, pinned, deleted, hlc, device, created, op, mc) = obj
        if parents is None:
            parents = [server_parent] if server_parent else []
        if device is None:
            device = author
        ok = (
            isinstance(parents, list)
            and all(isinstance(p, str) for p in parents)
            and isinstance(title, str)
            and isinstance(body, str)
            and isinstance(tags, list)
            and all(isinstance(t, str) for t in tags)
            and (source is None or isinstance(source, str))
            and isinstance(hlc, str)
            and isinstance(device, str)
            and isinstance(created, str)
            and isinstance(op, str)
            and (mc is None or isinstance(mc, str))
        )
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
        raise RecordRejectedError("bad_payload") from None
    if not ok:
        raise RecordRejectedError("bad_payload")
    fields = Fields(title, body, tags, source, bool(pinned), bool(deleted))
    return RevisionData(memory_id, rev_id, parents, fields, hlc, device, created, op, mc)
