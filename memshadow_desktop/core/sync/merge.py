"""Three-way merges of a memory's fields against their last common ancestor.

The rules (docs/ARCHITECTURE.md, "Conflicts and merges"):

* Text merges line by line (``merge3``, the Bazaar/Breezy merge kept on PyPI): a change only
  one side made is taken; the same change on both sides is taken once; changes that touch the
  same lines (or lines next to each other) are a conflict.
* Guards make a conflict where a line merge would be a guess: the two sides share no ancestor;
  a side moved lines (deleted a line with letters or digits in one place and added it in
  another); the merged text would hold such a line more often than either side does
  (duplicated silently), or fewer times than a side added it (dropped silently); a text over
  ``MAX_LINES`` lines or ``MAX_CHARS`` characters.
* Tags merge as sets; other fields take whichever side changed. A field both sides set
  differently, and an edit on one side against a deletion on the other, are conflicts.

The caller records conflicts; nothing is guessed.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

import merge3

from memshadow_desktop.core.store.models import Fields, normalize_tags

T = TypeVar("T")

CLEAN, CONFLICT, EDIT_DELETE = "clean", "conflict", "edit_delete"
_EMPTY = Fields("", "", [], None, False, False)
MAX_LINES = 20_000
MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class MergeResult:
    kind: str  # clean, conflict or edit_delete
    fields: Fields | None  # the merged fields when clean
    conflicting: list[str] = field(default_factory=list)  # field names that collided

    @property
    def clean(self) -> bool:
        return self.kind == CLEAN


# A merged body: agreed text, or a conflicting hunk (base, mine, theirs).
Text = str
HunkParts = tuple[str, str, str]
Piece = Text | HunkParts


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _content(line: str) -> bool:
    """A line the guards count: one with a letter or a digit (not blank, not "---")."""
    return any(ch.isalnum() for ch in line)


def _key(line: str) -> str:
    return line.rstrip("\r\n")


def _moved(base: list[str], side: list[str]) -> bool:
    """Whether ``side`` deleted a content line in one place and added it in another."""
    removed: set[str] = set()
    added: set[str] = set()
    matcher = difflib.SequenceMatcher(None, base, side, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            removed.update(_key(x) for x in base[i1:i2] if _content(x))
        if tag in ("insert", "replace"):
            added.update(_key(x) for x in side[j1:j2] if _content(x))
    return bool(removed & added)


def _safe(base: list[str], mine: list[str], theirs: list[str], out: list[str]) -> bool:
    """No content line duplicated or dropped silently (see the module's rules)."""
    count = [Counter(_key(x) for x in t if _content(x)) for t in (base, mine, theirs, out)]
    b, m, t, o = count
    for line in set(m) | set(t) | set(o):
        if o[line] > max(m[line], t[line]):
            return False
        for side, other in ((m, t), (t, m)):
            if side[line] > b[line] and o[line] < side[line] - max(0, b[line] - other[line]):
                return False
    return True


def too_large(*texts: str) -> bool:
    return any(len(t) > MAX_CHARS or t.count("\n") > MAX_LINES for t in texts)


def merge_pieces(base: str | None, mine: str, theirs: str) -> list[Piece]:
    """The body as agreed text and conflicting hunks. ``base`` None: no common ancestor.
    A guard that trips makes the whole text one hunk."""
    if mine == theirs:
        return [mine]
    if base is not None and theirs == base:
        return [mine]
    if base is not None and mine == base:
        return [theirs]
    whole: list[Piece] = [(base or "", mine, theirs)]
    if base is None or too_large(base, mine, theirs):
        return whole
    b, m, t = _lines(base), _lines(mine), _lines(theirs)
    if _moved(b, m) or _moved(b, t):
        return whole
    pieces: list[Piece] = []
    merged: list[str] = []
    for group in merge3.Merge3(b, m, t).merge_groups():
        if group[0] == "conflict":
            _, gb, gm, gt = group
            part = ("".join(gb), "".join(gm), "".join(gt))
            last = pieces[-1] if pieces else None
            if isinstance(last, tuple):
                # Hunks with nothing agreed between them are one hunk (a choice in one must
                # not run into the next).
                pieces.pop()
                part = (last[0] + part[0], last[1] + part[1], last[2] + part[2])
            pieces.append(part)
            continue
        text = "".join(group[1])
        merged.extend(group[1])
        if not text:
            continue
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] = pieces[-1] + text
        else:
            pieces.append(text)
    if not any(isinstance(p, tuple) for p in pieces) and not _safe(b, m, t, merged):
        return whole
    return pieces or [""]


def merge_text(base: str | None, local: str, remote: str) -> str | None:
    """Line-based 3-way merge; None when the sides' edits overlap or a guard trips."""
    pieces = merge_pieces(base, local, remote)
    if any(isinstance(p, tuple) for p in pieces):
        return None
    return "".join(p for p in pieces if isinstance(p, str))


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
    has = base is not None
    title = merge_text(b.title if has else None, local.title, remote.title)
    if title is None:
        conflicting.append("title")
        title = local.title
    body = merge_text(b.body if has else None, local.body, remote.body)
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
