"""Identifiers: UUIDv7 for memories, content hashes for revisions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

import uuid6


def new_memory_id() -> str:
    """A time-ordered UUIDv7, so ids sort by creation time."""
    return str(uuid6.uuid7())


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def content_hash(fields: dict[str, Any]) -> str:
    """Hash of a memory's user-visible fields; equal content gives equal hashes on any device."""
    return hashlib.sha256(_canonical(fields)).hexdigest()


def revision_id(parents: Sequence[str], fields: dict[str, Any], device_id: str) -> str:
    """Content address of a revision: its parents, its fields and its author device."""
    payload = {"parents": sorted(parents), "fields": fields, "device": device_id}
    return hashlib.sha256(_canonical(payload)).hexdigest()
