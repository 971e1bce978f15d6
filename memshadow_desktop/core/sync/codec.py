"""What a record carries once decrypted: one revision, compact, maybe a delta.

A revision is split in two:

* its *view* (title, tags, source, pinned, deleted, op, body: msgpack, fixed order), which both
  sides rebuild byte for byte from a stored revision, so it can serve as a delta's dictionary;
* its *stamps* (parents, author, HLC, creation time, and for keyframes the memory's creation
  time). Parents and author are left out (``None``) when the record's metadata already says them
  (a single parent equal to the record's parent revision, an author equal to the pushing
  device); times travel as small integers when they can. The revision id hashes parents, fields
  and author, so the receiver verifies whatever it filled in from the metadata.

The plaintext under the AEAD is one format byte and msgpack ``[stamps..., payload]``:
``0`` the view as is, ``1`` zstd(view), ``2`` zstd(view) with the base revision's view as a
raw-content dictionary (a delta: only what changed costs bytes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import msgpack

from memshadow_desktop.core.ids import content_hash, v1_revision_id
from memshadow_desktop.core.store.models import Fields, Revision
from memshadow_desktop.core.sync.errors import RecordRejectedError

FMT_RAW, FMT_ZSTD, FMT_DELTA = 0, 1, 2
_MAX_WALL = 10**15  # an HLC's wall time has 15 digits
_MAX_COUNTER = 10**6  # ... and its counter 6


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

    def verify_v1(self) -> None:
        """A protocol v1 record: the rebuilt content must hash to the revision id it claims
        (its parents and author were not bound by the encryption then)."""
        if v1_revision_id(self.parents, self.fields.as_dict(), self.device_id) != self.rev_id:
            raise RecordRejectedError("revision_hash_mismatch")


def _pack(obj: Any) -> bytes:
    return msgpack.packb(obj, use_bin_type=True)


def view(rev: RevisionData) -> bytes:
    """Deterministic bytes of a revision's content: what deltas are computed against."""
    f = rev.fields
    return _pack([f.title, list(f.tags), f.source, bool(f.pinned), bool(f.deleted), rev.op, f.body])


def _unview(data: bytes) -> tuple[Fields, str]:
    try:
        title, tags, source, pinned, deleted, op, body = msgpack.unpackb(
            data, raw=False, use_list=True
        )
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
        raise RecordRejectedError("bad_payload") from None
    ok = (
        isinstance(title, str)
        and isinstance(body, str)
        and isinstance(tags, list)
        and all(isinstance(t, str) for t in tags)
        and (source is None or isinstance(source, str))
        and isinstance(op, str)
    )
    if not ok:
        raise RecordRejectedError("bad_payload")
    return Fields(title, body, tags, source, bool(pinned), bool(deleted)), op


# --- times as small integers -----------------------------------------------------------------


def _hlc_parts(hlc: str) -> tuple[int, int] | None:
    try:
        wall, counter = hlc.split("-")
        parts = (int(wall), int(counter))
    except ValueError:
        return None
    return parts if f"{parts[0]:015d}-{parts[1]:06d}" == hlc else None


def _iso_ms(ms: int) -> str:
    return (
        datetime.fromtimestamp(ms / 1000, UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def _ms(iso: str) -> int | None:
    try:
        ms = round(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None
    return ms if _iso_ms(ms) == iso else None


def encode_stamps(
    rev: RevisionData,
    *,
    server_parent: str | None,
    author: str,
    base_hlc: str | None,
    with_created: bool,
) -> list[Any]:
    implied_parents = rev.parents == ([server_parent] if server_parent else [])
    parts = _hlc_parts(rev.hlc)
    base_parts = _hlc_parts(base_hlc) if base_hlc else None
    hlc: Any = rev.hlc
    counter = 0
    wall = 0
    if parts is not None:
        wall, counter = parts
        hlc = wall - base_parts[0] if base_parts else wall
    created_ms = _ms(rev.created_at)
    created: Any = rev.created_at
    if parts is not None and created_ms is not None:
        created = created_ms - wall
    mc: Any = None
    if with_created and rev.memory_created_at is not None:
        mc_ms = _ms(rev.memory_created_at)
        mc = mc_ms - wall if (mc_ms is not None and parts is not None) else rev.memory_created_at
    return [
        None if implied_parents else list(rev.parents),
        None if rev.device_id == author else rev.device_id,
        hlc,
        counter,
        created,
        mc,
    ]


def decode_stamps(
    stamps: list[Any],
    *,
    server_parent: str | None,
    author: str,
    base_hlc: str | None,
) -> tuple[list[str], str, str, str, str | None]:
    """(parents, device, hlc, created_at, memory_created_at). Clock values out of range (a
    wall time past the year 33000, a counter of seven digits) are refused."""
    try:
        parents, device, hlc, counter, created, mc = stamps
        if parents is None:
            parents = [server_parent] if server_parent else []
        if device is None:
            device = author
        if isinstance(hlc, int):
            base_parts = _hlc_parts(base_hlc) if base_hlc else None
            wall = hlc + (base_parts[0] if base_parts else 0)
            in_range = 0 <= wall < _MAX_WALL and 0 <= int(counter) < _MAX_COUNTER
            if not in_range:
                raise ValueError("clock out of range")
            hlc = f"{wall:015d}-{int(counter):06d}"
        else:
            wall = 0
            if not isinstance(hlc, str) or len(hlc) > 64:
                raise ValueError("bad clock")
        if isinstance(created, int):
            created = _iso_ms(wall + created)
        if isinstance(mc, int):
            mc = _iso_ms(wall + mc)
    except (ValueError, TypeError, OverflowError, OSError):
        raise RecordRejectedError("bad_payload") from None
    ok = (
        isinstance(parents, list)
        and all(isinstance(p, str) for p in parents)
        and isinstance(device, str)
        and isinstance(hlc, str)
        and isinstance(created, str)
        and (mc is None or isinstance(mc, str))
    )
    if not ok:
        raise RecordRejectedError("bad_payload")
    return parents, device, hlc, created, mc


def pack_record(stamps: list[Any], payload: bytes) -> bytes:
    return _pack([*stamps, payload])


def unpack_record(data: bytes) -> tuple[list[Any], bytes]:
    try:
        obj = msgpack.unpackb(data, raw=False, use_list=True)
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError):
        raise RecordRejectedError("bad_payload") from None
    if not isinstance(obj, list) or len(obj) != 7 or not isinstance(obj[-1], bytes):
        raise RecordRejectedError("bad_payload")
    return obj[:-1], obj[-1]


def assemble(
    memory_id: str,
    rev_id: str,
    stamps: tuple[list[str], str, str, str, str | None],
    view_bytes: bytes,
) -> RevisionData:
    parents, device, hlc, created, mc = stamps
    fields, op = _unview(view_bytes)
    return RevisionData(memory_id, rev_id, parents, fields, hlc, device, created, op, mc)


# Kept for callers that want the dictionary bytes of a stored revision.
full_encoding = view
