"""Three-way merges of a memory's fields against their last common ancestor.

Text merges line by line (``merge3``); tags merge as sets; other fields take whichever side
changed. Overlapping text edits, a field both sides set differently, and an edit on one side
against a deletion on the other are conflicts: the caller records them, nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

import merge3

from memshadow_desktop.core.store.models import Fields, normalize_tags

T = TypeVar("T")

CLEAN, CONFLICT, EDIT_DELETE = "clean", "conflict", "edit_delete"
_EMPTY = Fields("", "", [], None, False, False)


@dataclass(frozen=True)
class MergeResult:
    kind: str  # clean, conflict or edit_delete
    fields: Fields | None  # the merged fields when clean
    conflicting: list[str] = field(default_factory=list)  # field names that collided

    @property
    def clean(self) -> bool:
        return self.kind == CLEAN


def merge_text(base: str, local: str, remote: str) -> str | None:
    """Line-based 3-way merge; None when the two sides' edits overlap."""
    if local == remote or remote == base:
        return local
    if local == base:
        return remote
    m = merge3.Merge3(
        base.splitlines(keepends=True),
        local.splitlines(keepends=True),
        remote.splitlines(keepends=True),
    )
    out: list[str] = []
    for group in m.merge_groups():
        if group[0] == "conflict":
            return None
        out.extend(group[1])
    return "".join(out)


def _scalar(base: T, local: T, remote: T) -> tuple[T, bool]:
    """(merged, ok): whichever side changed wins; both changed differently is a conflict."""
    if local == remote or remote == base:
        return local, True
    if local == base:
        return remote, True
    return local, False


def merge_tags(base: list[str], local: list[str], remote: list[str]) -> list[str]:
    b, a, r = set(base), set(local), set(remote)
    return normalize_tags(sorted((a & r) | (a - b) | (r - b)))


def _content_changed(base: Fields, side: Fields) -> bool:
    return (base.title, base.body, base.tags, base.source) != (
        side.title,
        side.body,
        side.tags,
        side.source,
    )


def merge_fields(base: Fields | None, local: Fields, remote: Fields) -> MergeResult:
    b = base or _EMPTY
    local_deletes = local.deleted and not b.deleted
    remote_deletes = remote.deleted and not b.deleted
    if (local_deletes and not remote.deleted and _content_changed(b, remote)) or (
        remote_deletes and not local.deleted and _content_changed(b, local)
    ):
        return MergeResult(EDIT_DELETE, None, ["deleted"])
    conflicting: list[str] = []
    title = merge_text(b.title, local.title, remote.title)
    if title is None:
        conflicting.append("title")
        title = local.title
    body = merge_text(b.body, local.body, remote.body)
    if body is None:
        conflicting.append("body")
        body = local.body
    source, ok = _scalar(b.source, local.source, remote.source)
    if not ok:
        conflicting.append("source")
    pinned, _ = _scalar(b.pinned, local.pinned, remote.pinned)
    deleted, _ = _scalar(b.deleted, local.deleted, remote.deleted)
    tags = merge_tags(b.tags, local.tags, remote.tags)
    if conflicting:
        return MergeResult(CONFLICT, None, conflicting)
    return MergeResult(CLEAN, Fields(title, body, tags, source, pinned, deleted))
