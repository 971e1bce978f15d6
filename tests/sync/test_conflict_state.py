"""One conflict state on every device, resolving hunk by hunk, and the review of automatic
merges: real vaults through a real server on a loopback port."""

from __future__ import annotations

import pytest

from memshadow_desktop.core.api import ConflictError, MergedFields
from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import Cli
from tests.sync.conftest import Devices, state_of

BASE = "".join(f"line {i} of the shared note, long enough to wrap in a pane\n" for i in range(12))


def sync_all(*devs: MemshadowService, rounds: int = 2) -> None:
    for _ in range(rounds):
        for d in devs:
            d.sync.now()


def conflicted(devices: Devices, *more: str) -> tuple[MemshadowService, MemshadowService, str]:
    """Devices a and b (and ``more``), one memory both changed in two places (two hunks), its
    title and its tags: the conflict is found on b."""
    a, b = devices.make("laptop"), devices.make("phone")
    others = [devices.make(name) for name in more]
    m = a.memories.add(BASE, title="Trip plan", tags=["travel", "todo", "2026"])
    sync_all(a, b, *others)
    for dev in (a, b, *others):
        dev.devices.list()  # as the window does: the names of the other devices
    lines = BASE.splitlines(keepends=True)
    mine = [*lines]
    mine[1] = "line 1 changed on the laptop: take the early train\n"
    mine[8] = "line 8 laptop wording\n"
    theirs = [*lines]
    theirs[1] = "line 1 changed on the phone: take the late train\n"
    theirs[8] = "line 8 phone wording\n"
    theirs[5] = "line 5 only the phone touched\n"
    a.memories.edit(m.id, body="".join(mine), title="Trip plan (laptop)", tags=["travel", "2026"])
    b.memories.edit(m.id, body="".join(theirs), title="Trip plan (phone)", tags=["travel", "todo"])
    a.sync.now()
    b.sync.now()
    return a, b, m.id


def test_a_conflict_is_one_state_on_both_devices(devices: Devices) -> None:
    a, b, _mid = conflicted(devices)
    [on_b] = b.conflicts.list()
    sync_all(a, b)
    [on_a] = a.conflicts.list()  # the laptop sees the conflict too, its own side as "mine"
    doc_a, doc_b = a.conflicts.document(on_a.id), b.conflicts.document(on_b.id)
    assert doc_a.mine.device_name == "laptop" and doc_a.mine.this_device
    assert doc_b.mine.device_name == "phone" and doc_a.theirs.device_name == "phone"
    kinds = [h.kind for h in doc_b.hunks]
    assert kinds == ["title", "body", "body", "tag", "tag"]
    assert [h.tag for h in doc_b.hunks if h.kind == "tag"] == ["2026", "todo"]
    # Line 5 (only the phone) was merged without asking; lines 1 and 8 are hunks.
    agreed = "".join(p for p in doc_b.pieces if isinstance(p, str))
    assert "line 5 only the phone touched" in agreed


def test_resolved_on_one_device_is_closed_on_the_other_with_the_same_text(
    devices: Devices,
) -> None:
    a, b, mid = conflicted(devices)
    sync_all(a, b)
    [on_a] = a.conflicts.list()
    doc = a.conflicts.document(on_a.id)
    choices = {h.number: "theirs" for h in doc.hunks}
    body_hunks = [h.number for h in doc.hunks if h.kind == "body"]
    choices[body_hunks[0]] = "both-mine-first"
    a.conflicts.resolve(on_a.id, "hunks", hunks=choices)
    assert not a.conflicts.list()
    sync_all(a, b)
    assert not b.conflicts.list()
    assert state_of(a) == state_of(b)
    text = b.memories.get(mid).body
    assert "early train" in text and "late train" in text
    assert text.index("early train") < text.index("late train")
    assert "line 5 only the phone touched" in text
    closed = b.conflicts.list(include_resolved=True)
    assert [c.resolution for c in closed] == ["other-device"]


def test_keep_mine_still_closes_the_conflict_elsewhere(devices: Devices) -> None:
    a, b, _mid = conflicted(devices)
    sync_all(a, b)
    [on_b] = b.conflicts.list()
    b.conflicts.resolve(on_b.id, "mine")  # the text in place stays: still a revision
    sync_all(b, a)
    assert not a.conflicts.list() and state_of(a) == state_of(b)


def test_three_devices_resolving_at_once_converge_and_lose_nothing(devices: Devices) -> None:
    a, b, mid = conflicted(devices, "tablet")
    c = devices.made[-1]
    sync_all(a, b, c)
    resolutions = {}
    for dev, pick in ((a, "mine"), (b, "theirs"), (c, "both-theirs-first")):
        [open_one] = dev.conflicts.list()
        doc = dev.conflicts.document(open_one.id)
        result = doc.render({h.number: pick for h in doc.hunks})
        edited = MergedFields(
            result.title,
            result.body + f"resolved on {dev.sync.status(remote=False).device_id}\n",
            result.tags,
            result.deleted,
        )
        dev.conflicts.finish(open_one.id, edited, expected_head=doc.head_rev)
        resolutions[dev] = edited.body
    sync_all(a, b, c, rounds=3)
    assert state_of(a) == state_of(b) == state_of(c)
    # Nothing lost: every resolution's text is in the memory, an open conflict, or history.
    for dev, body in resolutions.items():
        for other in (a, b, c):
            kept = {r.fields.body for r in other.memories.history(mid)}
            assert body in kept or body == other.memories.get(mid).body, dev
    # Every device agrees on what is still open (a conflict is known by its revision), and
    # what is open is a real choice.
    open_sets = [
        {(dev.conflicts.get(c.id).conflict.merged_rev) for c in dev.conflicts.list()}
        for dev in (a, b, c)
    ]
    assert open_sets[0] == open_sets[1] == open_sets[2]
    for dev in (a, b, c):
        for open_one in dev.conflicts.list():
            doc = dev.conflicts.document(open_one.id)
            assert doc.mine.body != doc.theirs.body


def test_finish_refuses_when_the_memory_changed_meanwhile(devices: Devices) -> None:
    _a, b, mid = conflicted(devices)
    [on_b] = b.conflicts.list()
    doc = b.conflicts.document(on_b.id)
    b.memories.edit(mid, body="typed in the editor while the dialog was open\n")
    result = doc.render({h.number: "mine" for h in doc.hunks})
    with pytest.raises(ConflictError) as err:
        b.conflicts.finish(on_b.id, result, expected_head=doc.head_rev)
    assert err.value.reason == "memory_changed"
    assert b.memories.get(mid).body == "typed in the editor while the dialog was open\n"
    fresh = b.conflicts.document(on_b.id)  # reload: the new head, finish goes through
    b.conflicts.finish(on_b.id, result, expected_head=fresh.head_rev)
    assert b.memories.get(mid).body == result.body and not b.conflicts.list()


def test_automatic_merges_are_listed_and_undone(devices: Devices) -> None:
    a, b = devices.make("laptop"), devices.make("phone")
    m = a.memories.add(BASE, title="Merged")
    sync_all(a, b)
    b.devices.list()
    a.memories.edit(m.id, body=BASE.replace("line 0 ", "line zero "))
    b.memories.edit(m.id, body=BASE.replace("line 11 ", "line eleven "))
    a.sync.now()
    b.sync.now()
    [merge] = b.conflicts.merges()
    assert merge.memory_id == m.id and merge.device_name == "phone" and merge.undoable
    assert merge.mine.device_name == "phone" and merge.theirs.device_name == "laptop"
    assert merge.from_mine == 2 and merge.from_theirs == 2
    assert any("line eleven" in x for x in merge.mine_lines)
    undone = b.conflicts.undo_merge(merge.rev_id[:10])
    assert undone.body == BASE.replace("line 11 ", "line eleven ")
    assert not b.conflicts.merges()[0].undoable
    with pytest.raises(ConflictError):
        b.conflicts.undo_merge(merge.rev_id)
    # The laptop's side stays in history.
    assert any("line zero" in r.fields.body for r in b.memories.history(m.id))
    sync_all(a, b)
    assert state_of(a) == state_of(b)
    # The laptop lists the phone's merge too: its own side as "mine" (its edit never reached
    # the server on its own: the merge stands for the phone's contribution).
    a.devices.list()
    [seen] = a.conflicts.merges()
    assert seen.rev_id == merge.rev_id and seen.device_name == "phone"
    assert seen.mine.device_name == "laptop" and seen.mine.this_device
    assert any("line zero" in x for x in seen.mine_lines)
    assert any("line eleven" in x for x in seen.theirs_lines)


def test_cli_shows_hunks_and_resolves_them(devices: Devices) -> None:
    _a, b, mid = conflicted(devices)
    cli = Cli(devices.root / "phone")
    listed = cli("conflicts", "--json").json()
    [row] = listed
    assert row["mine"]["device_name"] == "phone" and row["hunks"] == 5
    shown = cli("conflicts", "show", str(row["id"]))
    assert shown.code == 0
    assert "--- hunk 2 (text)" in shown.out and "mine (phone (this device)" in shown.out
    doc = cli("conflicts", "show", str(row["id"]), "--json").json()["document"]
    assert [h["number"] for h in doc["hunks"]] == [1, 2, 3, 4, 5]
    bad = cli("conflicts", "resolve", str(row["id"]), "--hunks", "1=mine,2=sideways")
    assert bad.code == ExitCode.INVALID_INPUT and bad.err.count("\n") == 1
    left = cli("conflicts", "resolve", str(row["id"]), "--hunks", "1=mine")
    assert left.code == ExitCode.INVALID_INPUT and "hunks without a choice: 2, 3" in left.err
    done = cli(
        "conflicts", "resolve", str(row["id"]), "--hunks", "1=theirs,2=both-mine-first,3=mine"
    )
    assert done.code == 0, done.err
    body = b.memories.get(mid).body
    assert body.index("late train") < body.index("early train")
    assert b.memories.get(mid).title == "Trip plan (laptop)"
    assert cli("merges", "--json").json() == []
