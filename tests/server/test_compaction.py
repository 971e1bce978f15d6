"""Checkpoints and compaction: prune what everyone has, keep what a new device needs."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema
from memshadow_desktop.server.client import ApiFailure, random_revision
from memshadow_desktop.server.runner import ServerThread

from .conftest import Account, rec


def _history(acct: Account, memories: int, edits: int, keyframe_every: int) -> dict[str, list[str]]:
    """Each memory: a keyframe, then deltas, with a fresh keyframe every few revisions."""
    revs: dict[str, list[str]] = {}
    recs: list[p.PushRecord] = []
    for _ in range(memories):
        mem, parent = p.new_memory_id(), None
        revs[mem] = []
        for i in range(edits):
            rev = random_revision()
            base = None if i % keyframe_every == 0 else parent
            recs.append(
                rec(mem, rev, f"{mem}:{i}".encode(), parent_revision=parent, delta_base=base)
            )
            revs[mem].append(rev)
            parent = rev
    assert acct.first.push(recs).accepted == len(recs)
    return revs


def test_compaction_keeps_bootstrap_possible(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    laptop, phone = acct.first, acct.device("phone")
    revs = _history(acct, memories=5, edits=7, keyframe_every=3)  # keyframes at 0, 3, 6
    total = 35
    # Nobody has pulled yet: nothing may go.
    assert laptop.post(p.PATH_COMPACT, {})["pruned"] == 0
    laptop.post(p.PATH_CHECKPOINT, {"cursor": total})
    assert laptop.post(p.PATH_COMPACT, {})["pruned"] == 0  # the phone still holds it back
    assert len(phone.pull_all()) == total
    phone.pull(total)  # acknowledges everything
    out = laptop.post(p.PATH_COMPACT, {})
    # Head of each memory is revision 6, a keyframe: 6 records per memory go.
    assert out["pruned"] == 5 * 6 and out["horizon"] == total
    assert out["floor_seq"] == total - 1

    # A new device bootstraps from cursor 0 and gets exactly each memory's head.
    tablet = acct.device("tablet")
    boot = tablet.pull_all()
    assert {(r.memory_id, r.revision_id) for r in boot} == {(m, rs[-1]) for m, rs in revs.items()}
    assert all(r.is_keyframe and r.verify() for r in boot)
    for mem, rs in revs.items():
        assert [r.revision_id for r in tablet.chain(mem)] == [rs[-1]]

    # An old cursor below the pruned range now needs a resync; an up-to-date one does not.
    with pytest.raises(ApiFailure) as err:
        tablet.pull(after=3)
    assert err.value.status == 410 and err.value.code == p.ERR_RESYNC_REQUIRED
    assert phone.pull(total).records == []

    # The chain survives when the head is a delta: edits after the compaction.
    mem = next(iter(revs))
    parent = revs[mem][-1]
    new = []
    for i in range(2):
        rev = random_revision()
        new.append(rec(mem, rev, b"d%d" % i, parent_revision=parent, delta_base=parent))
        parent = rev
    assert laptop.push(new).accepted == 2
    for c in (laptop, phone, tablet):
        c.pull(total + 2)
    laptop.post(p.PATH_COMPACT, {})
    chain = tablet.chain(mem)
    assert [r.revision_id for r in chain] == [revs[mem][-1]] + [r.revision_id for r in new]
    assert chain[0].is_keyframe


def test_inactive_and_revoked_devices_do_not_hold_compaction(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    acct.device("gone")
    acct.device("idle")
    revs = _history(acct, memories=2, edits=4, keyframe_every=2)  # keyframes 0, 2; head 3 = delta
    acct.first.pull(8)
    assert acct.first.post(p.PATH_COMPACT, {})["pruned"] == 0
    acct.first.revoke(acct.secret, "gone")
    # "idle" was last seen long ago: no longer active.
    repo = server.app.state.repo
    with repo.db.write() as conn:
        conn.execute(
            sa.update(schema.devices)
            .where(
                schema.devices.c.id == "idle",
                schema.devices.c.account_id == acct.session["account_id"],
            )
            .values(last_seen=time.time() - 365 * 86400)
        )
    out = acct.first.post(p.PATH_COMPACT, {})
    assert out["pruned"] == 2 * 2  # revisions 0 and 1 of each memory; keyframe 2 and 3 stay
    for mem, rs in revs.items():
        assert [r.revision_id for r in acct.first.chain(mem)] == [rs[2], rs[3]]


def test_snapshot_bootstraps_from_current_chains(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    revs = _history(acct, memories=4, edits=7, keyframe_every=3)  # chains: revisions 6 only
    mem = next(iter(revs))
    parent, extra = revs[mem][-1], []
    for i in range(2):  # two deltas on top of one memory's keyframe
        rev = random_revision()
        extra.append(rec(mem, rev, b"e%d" % i, parent_revision=parent, delta_base=parent))
        parent = rev
    assert acct.first.push(extra).accepted == 2
    tablet = acct.device("tablet")
    records, cursor = tablet.snapshot_all(limit=2)
    assert cursor == 4 * 7 + 2
    expected = {(m, rs[-1]) for m, rs in revs.items()} | {(mem, r.revision_id) for r in extra}
    assert {(r.memory_id, r.revision_id) for r in records} == expected
    assert [r.seq for r in records] == sorted(r.seq for r in records)
    # Then the device follows with ordinary pulls from the snapshot's cursor.
    acct.first.push([rec(p.new_memory_id(), random_revision(), b"later")])
    assert [r.seq for r in tablet.pull(cursor).records] == [cursor + 1]
