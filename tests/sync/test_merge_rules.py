"""The merge rules (docs/ARCHITECTURE.md, "Conflicts and merges"), tested with random edit
pairs: a clean merge never drops a line one side added unless the other side deleted it too,
never duplicates text silently, and the guards make a conflict instead of a guess."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from memshadow_desktop.core.api import MergeDocument
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.sync.merge import (
    CLEAN,
    MAX_LINES,
    merge_fields,
    merge_pieces,
    merge_text,
)


@st.composite
def edited(draw: st.DrawFn, base: list[str], tag: str) -> list[str]:
    out: list[str] = []
    fresh = 0
    inserts = st.integers(0, 2)
    for _ in range(draw(inserts) if draw(st.booleans()) else 0):
        out.append(f"{tag} new {fresh}\n")
        fresh += 1
    for line in base:
        action = draw(st.sampled_from(["keep", "keep", "keep", "delete", "replace"]))
        if action == "keep":
            out.append(line)
        elif action == "replace":
            out.append(f"{tag} new {fresh}\n")
            fresh += 1
        for _ in range(draw(inserts) if draw(st.booleans()) else 0):
            out.append(f"{tag} new {fresh}\n")
            fresh += 1
    return out


@st.composite
def edit_pairs(draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    n = draw(st.integers(0, 12))
    base = [f"base line {i}\n" for i in range(n)]
    return base, draw(edited(base, "mine")), draw(edited(base, "theirs"))


@settings(max_examples=300, deadline=None)
@given(edit_pairs())
def test_unique_lines_clean_merges_keep_every_addition_and_no_deletion(
    case: tuple[list[str], list[str], list[str]],
) -> None:
    base, mine, theirs = case
    out = merge_text("".join(base), "".join(mine), "".join(theirs))
    if out is None:
        return
    lines = out.splitlines(keepends=True)
    counts = Counter(lines)
    assert max(counts.values(), default=1) == 1, "a line was duplicated"
    for side, other in ((mine, theirs), (theirs, mine)):
        for line in side:
            if line not in base:
                assert line in counts, f"{line!r} that one side added was dropped"
            elif line in other:
                assert line in counts, f"{line!r} that both sides kept was dropped"
    for line in base:
        if line not in mine or line not in theirs:
            assert line not in counts, f"{line!r} that one side deleted came back"


TEXT_LINES = st.sampled_from(["a\n", "b\n", "c\n", "\n", "---\n", "a\n", "d\n"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(TEXT_LINES, max_size=10),
    st.lists(TEXT_LINES, max_size=10),
    st.lists(TEXT_LINES, max_size=10),
)
def test_any_text_no_content_line_is_duplicated_or_dropped_silently(
    base: list[str], mine: list[str], theirs: list[str]
) -> None:
    """Repeated lines, moves and blank lines: whatever a clean merge gives, no line with a
    letter in it appears more often than on either side, and a line one side added is there
    (less the copies the other side deleted)."""
    out = merge_text("".join(base), "".join(mine), "".join(theirs))
    if out is None:
        return
    b, m, t, o = (
        Counter(x for x in lines if x.strip("-\n"))
        for lines in (base, mine, theirs, out.splitlines(keepends=True))
    )
    for line in set(m) | set(t) | set(o):
        assert o[line] <= max(m[line], t[line])
        for side, other in ((m, t), (t, m)):
            if side[line] > b[line]:
                assert o[line] >= side[line] - max(0, b[line] - other[line])


def test_the_guards_make_a_conflict_never_a_guess() -> None:
    base = "one\ntwo\nthree\nfour\nfive\n"
    # No common ancestor: both texts differ, nothing to merge against.
    assert merge_text(None, "one\nTWO\n", "one\ntwo\nthree\n") is None
    assert merge_text(None, "same\n", "same\n") == "same\n"
    # A side moved a line (deleted it in one place, added it in another).
    moved = "two\none\nthree\nfour\nfive\n"
    assert merge_text(base, moved, base.replace("five", "FIVE")) is None
    # Both sides added the same line in different places: it would be there twice.
    assert merge_text(base, "new\n" + base, base + "new\n") is None
    # Very large texts.
    big = "x\n" * (MAX_LINES + 1)
    assert merge_text(big, big + "a\n", "b\n" + big) is None
    # The same change on both sides is taken once; separate changes are both taken.
    assert merge_text(base, base + "six\n", base + "six\n") == base + "six\n"
    assert (
        merge_text(base, base.replace("one", "ONE"), base.replace("five", "FIVE"))
        == "ONE\ntwo\nthree\nfour\nFIVE\n"
    )


def test_hunks_next_to_each_other_are_one_hunk_and_agreed_text_stays_between() -> None:
    base = "a\nb\nc\nd\ne\nf\ng\n"
    pieces = merge_pieces(base, "A\nb\nc\nd\ne\nf\nG\n", "a1\nb\nc\nd\nE\nf\ng1\n")
    kinds = [type(p).__name__ for p in pieces]
    assert kinds == ["tuple", "str", "tuple"]
    assert pieces[1] == "b\nc\nd\nE\nf\n"  # the other side's lone change, applied


def test_edit_against_delete_and_tags_in_the_document() -> None:
    from memshadow_desktop.core.api.sync import Conflict
    from memshadow_desktop.core.store.models import Revision
    from memshadow_desktop.core.sync.mergedoc import build

    def rev(rid: str, f: Fields, device: str) -> Revision:
        return Revision(rid, "m", [], f, "", "0", device, "2026-01-01T10:00:00.000Z", "edit")

    base = Fields("t", "a\nb\n", ["keep", "gone-here", "gone-there"])
    mine = Fields("t", "a\nb\nmore\n", ["keep", "gone-there", "new-mine"])
    theirs = Fields("t", "a\nb\n", ["keep", "gone-here"], deleted=True)
    assert merge_fields(base, mine, theirs).kind == "edit_delete"
    c = Conflict(1, "m", "edit_delete", "b", "l", "r", "l", ["deleted"], "", None, None, None)
    doc: MergeDocument = build(
        c, "l", rev("b", base, "x"), rev("l", mine, "me"), rev("r", theirs, "x"), {}, "me"
    )
    assert [(h.kind, h.tag) for h in doc.hunks] == [
        ("tag", "gone-here"),
        ("tag", "gone-there"),
        ("deleted", ""),
    ]
    # Tags: the union by default; the deletion needs a choice.
    restored = doc.render({3: "mine"})
    assert restored.tags == ["gone-here", "gone-there", "keep", "new-mine"]
    assert not restored.deleted and restored.body == "a\nb\nmore\n"
    removed = doc.render({1: "mine", 2: "theirs", 3: "theirs"})
    assert removed.tags == ["keep", "new-mine"] and removed.deleted
    assert merge_fields(base, mine, mine).kind == CLEAN
