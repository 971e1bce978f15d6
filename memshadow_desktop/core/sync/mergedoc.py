"""A recorded conflict laid out for resolving hunk by hunk (see core/api/conflicts.py)."""

from __future__ import annotations

import difflib
import re

from memshadow_desktop.core.api.conflicts import (
    DELETED,
    HUNK_BODY,
    HUNK_DELETED,
    HUNK_TAG,
    HUNK_TITLE,
    KEPT,
    MINE,
    Hunk,
    MergeDocument,
    MergeSide,
)
from memshadow_desktop.core.api.sync import Conflict
from memshadow_desktop.core.store.models import Revision
from memshadow_desktop.core.sync.merge import merge_pieces

_TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def word_marks(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the words of ``a`` and of ``b`` that the other does not have."""
    ta = [m.span() for m in _TOKENS.finditer(a)]
    tb = [m.span() for m in _TOKENS.finditer(b)]
    wa = [a[s:e] for s, e in ta]
    wb = [b[s:e] for s, e in tb]
    marks_a: list[tuple[int, int]] = []
    marks_b: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            _add(marks_a, ta[i1][0], ta[i2 - 1][1], a)
        if j2 > j1:
            _add(marks_b, tb[j1][0], tb[j2 - 1][1], b)
    return marks_a, marks_b


def _add(marks: list[tuple[int, int]], start: int, end: int, text: str) -> None:
    if not text[start:end].strip():
        return  # whitespace alone is not worth a highlight
    if marks and not text[marks[-1][1] : start].strip():
        marks[-1] = (marks[-1][0], end)  # join across the spaces between changed words
    else:
        marks.append((start, end))


def side(rev: Revision, names: dict[str, str], me: str) -> MergeSide:
    f = rev.fields
    return MergeSide(
        rev.rev_id,
        rev.device_id,
        names.get(rev.device_id, ""),
        rev.device_id == me,
        rev.created_at,
        f.title,
        f.body,
        list(f.tags),
        bool(f.deleted),
    )


def build(
    conflict: Conflict,
    head_rev: str,
    base: Revision | None,
    mine: Revision,
    theirs: Revision,
    names: dict[str, str],
    me: str,
) -> MergeDocument:
    hunks: list[Hunk] = []

    def add(kind: str, b: str, m: str, t: str, **extra: object) -> int:
        mm, tm = word_marks(m, t) if kind in (HUNK_BODY, HUNK_TITLE) else ([], [])
        number = len(hunks) + 1
        hunks.append(Hunk(number, kind, b, m, t, mm, tm, **extra))  # type: ignore[arg-type]
        return number

    bf, mf, tf = base.fields if base else None, mine.fields, theirs.fields
    title_pieces = merge_pieces(bf.title if bf else None, mf.title, tf.title)
    title = mf.title
    if any(isinstance(p, tuple) for p in title_pieces):
        add(HUNK_TITLE, bf.title if bf else "", mf.title, tf.title)
    else:
        title = "".join(p for p in title_pieces if isinstance(p, str))
    pieces: list[str | int] = []
    for piece in merge_pieces(bf.body if bf else None, mf.body, tf.body):
        if isinstance(piece, str):
            pieces.append(piece)
        else:
            pieces.append(add(HUNK_BODY, *piece))
    b_tags = set(bf.tags) if bf else set()
    m_tags, t_tags = set(mf.tags), set(tf.tags)
    agreed = (m_tags & t_tags) | (m_tags - b_tags) | (t_tags - b_tags)
    for tag in sorted(b_tags & (m_tags ^ t_tags), key=str.casefold):
        # Removed on one side, kept on the other: kept unless the person says otherwise.
        keep_mine = tag if tag in m_tags else ""
        keep_theirs = tag if tag in t_tags else ""
        add(HUNK_TAG, tag, keep_mine, keep_theirs, tag=tag, default=MINE if keep_mine else "theirs")
    if mf.deleted != tf.deleted:
        add(
            HUNK_DELETED,
            DELETED if bf and bf.deleted else KEPT,
            DELETED if mf.deleted else KEPT,
            DELETED if tf.deleted else KEPT,
        )
    return MergeDocument(
        conflict.id,
        conflict.memory_id,
        conflict.kind,
        head_rev,
        side(base, names, me) if base else None,
        side(mine, names, me),
        side(theirs, names, me),
        pieces,
        hunks,
        title,
        sorted(agreed, key=str.casefold),
    )
