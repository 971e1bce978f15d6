"""Identifiers: random UUIDs for memories, random revision ids, content hashes.

Ids travel to the sync server in clear, so they carry nothing: no creation time (protocol v1
used UUIDv7 memory ids), no content (protocol v1 made a revision id the SHA-256 of its fields,
which a server could match against guesses of a short text). What a revision holds is
authenticated by the record's encryption instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from typing import Any

REVISION_ID_BYTES = 16


def new_memory_id() -> str:
    """A random UUID (version 4)."""
    return str(uuid.uuid4())


def new_revision_id() -> str:
    """16 random bytes, as lowercase hex."""
    return os.urandom(REVISION_ID_BYTES).hex()


def is_v1_revision_id(rev_id: str) -> bool:
    """Protocol v1's revision ids are 32-byte content hashes (64 hex digits)."""
    return len(rev_id) == 64


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def content_hash(fields: dict[str, Any]) -> str:
    """Hash of a memory's user-visible fields; equal content gives equal hashes on any device.
    It stays inside the vault and the sealed records; it never travels in clear."""
    return hashlib.sha256(_canonical(fields)).hexdigest()


def v1_revision_id(parents: Sequence[str], fields: dict[str, Any], device_id: str) -> str:
    """Protocol v1's content address of a revision (to verify records written then)."""
    payload = {"parents": sorted(parents), "fields": fields, "device": device_id}
    return hashlib.sha256(_canonical(payload)).hexdigest()
