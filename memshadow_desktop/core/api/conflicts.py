"""Resolving conflicts hunk by hunk, and reviewing automatic merges: the public types.

A :class:`MergeDocument` is one conflict laid out for a person: the common ancestor and the two
sides (each with the device that wrote it and when), the body as agreed text with numbered
hunks between, and hunks for a title both sides changed, a tag removed on one side and kept on
the other, and an edit against a deletion. :meth:`MergeDocument.render` turns one choice per
hunk into the merged fields; the window and ``memshadow conflicts resolve --hunks`` both use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from memshadow_desktop.core.errors import InvalidInputError

# What a hunk can become (``--hunks 1=mine,2=theirs,3=both-mine-first``).
MINE, THEIRS, BOTH_MINE_FIRST, BOTH_THEIRS_FIRST = (
    "mine",
    "theirs",
    "both-mine-first",
    "both-theirs-first",
)
CHOICES = (MINE, THEIRS, BOTH_MINE_FIRST, BOTH_THEIRS_FIRST)
# What a hunk is about.
HUNK_BODY, HUNK_TITLE, HUNK_TAG, HUNK_DELETED = "body", "title", "tag", "deleted"
# A deletion hunk's sides: "deleted" (in the trash) or "kept" (edited, not in the trash).
DELETED, KEPT = "deleted", "kept"


@dataclass(frozen=True)
class MergeSide:
    """One version of the memory: who wrote it, when, and what it says."""

    rev_id: str
    device_id: str
    device_name: str  # "" when this vault never heard the device's name
    this_device: bool
    at: str  # ISO time the revision was written
    title: str
    body: str
    tags: list[str]
    deleted: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "rev_id": self.rev_id,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "this_device": self.this_device,
            "at": self.at,
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "deleted": self.deleted,
        }


@dataclass(frozen=True)
class Hunk:
    """One place where the two sides disagree. ``mine_marks``/``theirs_marks``: (start, end)
    character ranges of the words that differ between the two sides."""

    number: int  # 1-based, in reading order: title, body, tags, deletion
    kind: str  # HUNK_BODY, HUNK_TITLE, HUNK_TAG, HUNK_DELETED
    base: str
    mine: str
    theirs: str
    mine_marks: list[tuple[int, int]] = field(default_factory=list)
    theirs_marks: list[tuple[int, int]] = field(default_factory=list)
    tag: str = ""  # HUNK_TAG: the tag (each side is the tag, or "" where removed)
    default: str | None = None  # a choice already made (tags: kept, the union)

    def text(self, choice: str) -> str:
        """The hunk's text under ``choice``."""
        if choice == MINE:
            return self.mine
        if choice == THEIRS:
            return self.theirs
        if choice in (BOTH_MINE_FIRST, BOTH_THEIRS_FIRST):
            first, second = (
                (self.mine, self.theirs) if choice == BOTH_MINE_FIRST else (self.theirs, self.mine)
            )
            if self.kind == HUNK_TAG:
                return first or second
            if self.kind == HUNK_DELETED:
                return KEPT
            if self.kind == HUNK_TITLE:
                return f"{first} {second}".strip()
            if first and not first.endswith("\n") and second:
                first += "\n"
            return first + second
        raise InvalidInputError(f"unknown choice {choice!r}", reason="unknown_choice")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "number": self.number,
            "kind": self.kind,
            "base": self.base,
            "mine": self.mine,
            "theirs": self.theirs,
        }
        if self.kind == HUNK_TAG:
            out["tag"] = self.tag
        if self.default is not None:
            out["default"] = self.default
        return out


@dataclass(frozen=True)
class MergedFields:
    """What finishing a merge writes."""

    title: str
    body: str
    tags: list[str]
    deleted: bool


@dataclass(frozen=True)
class MergeDocument:
    conflict_id: int
    memory_id: str
    kind: str  # the conflict's kind: "conflict" or "edit_delete"
    head_rev: str  # the memory's head when read: finishing refuses if it moved since
    base: MergeSide | None  # None: the two sides share no ancestor this device holds
    mine: MergeSide
    theirs: MergeSide
    pieces: list[str | int]  # the body: agreed text, or the number of a body hunk
    hunks: list[Hunk]
    title: str  # the title both agree on (or merged), when no title hunk
    tags: list[str]  # the tags not in question (kept by both, or added by one)

    def hunk(self, number: int) -> Hunk:
        for h in self.hunks:
            if h.number == number:
                return h
        raise InvalidInputError(f"no hunk {number}", reason="no_such_hunk")

    def render(
        self, choices: Mapping[int, str], texts: Mapping[int, str] | None = None
    ) -> MergedFields:
        """The merged fields: ``texts`` (hunk number -> text written by hand) over
        ``choices`` (hunk number -> one of CHOICES) over a hunk's default. Every hunk needs
        one: a missing one is an error (reason ``hunks_left``)."""
        texts = texts or {}
        chosen: dict[int, str] = {}
        left = []
        for h in self.hunks:
            if h.number in texts:
                chosen[h.number] = texts[h.number]
            elif h.number in choices:
                chosen[h.number] = h.text(choices[h.number])
            elif h.default is not None:
                chosen[h.number] = h.text(h.default)
            else:
                left.append(h.number)
        unknown = sorted(set(choices) - {h.number for h in self.hunks})
        if unknown:
            raise InvalidInputError(f"no hunk {unknown[0]}", reason="no_such_hunk")
        if left:
            raise InvalidInputError(
                f"hunks without a choice: {', '.join(map(str, left))}", reason="hunks_left"
            )
        body = "".join(p if isinstance(p, str) else chosen[p] for p in self.pieces)
        title = self.title
        tags = list(self.tags)
        deleted = self.mine.deleted and self.theirs.deleted
        for h in self.hunks:
            if h.kind == HUNK_TITLE:
                title = chosen[h.number]
            elif h.kind == HUNK_TAG and chosen[h.number]:
                tags.append(h.tag)
            elif h.kind == HUNK_DELETED:
                deleted = chosen[h.number] == DELETED
        return MergedFields(title.strip(), body, sorted(set(tags)), deleted)

    def to_json(self) -> dict[str, Any]:
        return {
            "conflict": self.conflict_id,
            "memory_id": self.memory_id,
            "kind": self.kind,
            "head_rev": self.head_rev,
            "base": self.base.to_json() if self.base else None,
            "mine": self.mine.to_json(),
            "theirs": self.theirs.to_json(),
            "title": self.title,
            "tags": list(self.tags),
            "body": [p if isinstance(p, str) else {"hunk": p} for p in self.pieces],
            "hunks": [h.to_json() for h in self.hunks],
        }


@dataclass(frozen=True)
class AutoMerge:
    """A memory merged without asking: non-overlapping edits of two devices put together."""

    rev_id: str  # the merge revision
    memory_id: str
    title: str  # the memory's title now
    device_id: str  # the device that merged
    device_name: str
    at: str
    mine: MergeSide  # this device's side (or, merged elsewhere, the merging device's)
    theirs: MergeSide
    from_mine: int  # lines this side changed (added or removed) against the ancestor
    from_theirs: int
    mine_lines: list[str]  # the lines this side added (first few)
    theirs_lines: list[str]
    undoable: bool  # the memory has not moved on since (undo writes on top of the merge)

    def to_json(self) -> dict[str, Any]:
        return {
            "rev_id": self.rev_id,
            "memory_id": self.memory_id,
            "title": self.title,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "at": self.at,
            "mine": self.mine.to_json(),
            "theirs": self.theirs.to_json(),
            "from_mine": self.from_mine,
            "from_theirs": self.from_theirs,
            "mine_lines": list(self.mine_lines),
            "theirs_lines": list(self.theirs_lines),
            "undoable": self.undoable,
        }
