"""Sync between real vaults through a real server on a loopback port."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from memshadow_desktop.core.api import Priority
from memshadow_desktop.core.events import MEMORY_CHANGED, SYNC_REJECTED, SYNC_STATUS, Event
from memshadow_desktop.core.settings import Settings
from memshadow_desktop.core.sync.errors import ConfirmationRequiredError, DeviceRevokedError
from memshadow_desktop.server.runner import ServerThread
from tests.sync.conftest import SYNC_PASSPHRASE, Devices, state_of

BODY = "first line\nsecond line\nthird line\nfourth line\nfifth line\n"


def sync_all(*devs: object, rounds: int = 2) -> None:
    for _ in range(rounds):
        for d in devs:
            d.sync.now()  # type: ignore[attr-defined]


def test_non_overlapping_edits_merge_into_a_two_parent_revision(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    m = a.memories.add(BODY, title="note", tags=["x"])
    sync_all(a, b)
    a.memories.edit(m.id, body=BODY.replace("first", "FIRST"), tags=["x", "from-a"])
    b.memories.edit(m.id, body=BODY.replace("fifth", "FIFTH"), title="renamed")
    sync_all(a, b)
    assert state_of(a) == state_of(b)
    merged = a.memories.get(m.id)
    assert merged.body == BODY.replace("first", "FIRST").replace("fifth", "FIFTH")
    assert merged.title == "renamed" and merged.tags == ["from-a", "x"]
    assert not a.conflicts.list() and not b.conflicts.list()
    head = next(r for r in b.memories.history(m.id) if r.rev_id == b.memories.get(m.id).head_rev)
    assert len(head.parents) == 2 and head.op == "merge"


def test_identical_edits_are_no_conflict(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    m = a.memories.add(BODY)
    sync_all(a, b)
    a.memories.edit(m.id, body="same new text\n")
    b.memories.edit(m.id, body="same new text\n")
    sync_all(a, b)
    assert state_of(a) == state_of(b)
    assert a.memories.get(m.id).body == "same new text\n"
    assert not a.conflicts.list() and not b.conflicts.list()


def test_overlapping_edits_record_a_conflict_and_keep_both_texts(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    m = a.memories.add(BODY)
    sync_all(a, b)
    a.memories.edit(m.id, body="mine from a\n")
    b.memories.edit(m.id, body="mine from b\n")
    a.sync.now()
    report = b.sync.now()
    assert len(report.applied.conflicts) == 1
    # The local text stays in place and every device converges on it.
    assert b.memories.get(m.id).body == "mine from b\n"
    sync_all(a, b)
    assert state_of(a) == state_of(b)
    [conflict] = b.conflicts.list()
    shown = b.conflicts.get(conflict.id)
    assert shown.local is not None and shown.local.fields.body == "mine from b\n"
    assert shown.remote is not None and shown.remote.fields.body == "mine from a\n"
    assert shown.base is not None and shown.base.fields.body == BODY
    # Resolve with theirs: a new revision, undoable from history, and it syncs.
    out = b.conflicts.resolve(conflict.id, "theirs")
    assert b.memories.get(m.id).body == "mine from a\n" and not b.conflicts.list()
    sync_all(b, a)
    assert a.memories.get(m.id).body == "mine from a\n"
    previous = next(r for r in b.memories.history(m.id) if r.fields.body == "mine from b\n")
    b.memories.restore(m.id, previous.rev_id)
    assert b.memories.get(m.id).body == "mine from b\n" and out.revision


def test_edit_against_delete_is_a_conflict_and_the_edit_survives(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    m = a.memories.add(BODY)
    sync_all(a, b)
    a.memories.trash(m.id)
    b.memories.edit(m.id, body=BODY + "an edit\n")
    a.sync.now()
    b.sync.now()
    [c] = b.conflicts.list()
    assert c.kind == "edit_delete"
    sync_all(a, b)
    assert not a.memories.get(m.id).deleted and a.memories.get(m.id).body == BODY + "an edit\n"
    assert state_of(a) == state_of(b)


def test_last_write_wins_policy_by_hlc(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    settings = Settings(conflict_policy="lww")
    settings.save(b.paths.settings_file)
    m = a.memories.add(BODY)
    sync_all(a, b)
    from_b = b.memories.edit(m.id, body="from b\n")
    from_a = a.memories.edit(m.id, body="from a\n")
    a.sync.now()
    b.sync.now()
    sync_all(a, b)
    # The later stamp wins (clocks decide only under this policy), whoever synced first; two
    # stamps in the same millisecond with the same counter fall to the device id, as in apply.
    dev_a, dev_b = a.vault.info().device_id, b.vault.info().device_id
    newer = max((from_a.hlc, dev_a, "a"), (from_b.hlc, dev_b, "b"))[2]
    assert a.memories.get(m.id).body == b.memories.get(m.id).body == f"from {newer}\n"
    assert not b.conflicts.list()
    assert any(r.fields.body == "from b\n" for r in b.memories.history(m.id))


def test_new_device_bootstraps_from_current_state(devices: Devices) -> None:
    a = devices.make("a")
    m = a.memories.add("v0\n" + "a long line of text that stays the same\n" * 50)
    for i in range(1, 41):
        a.memories.edit(m.id, body=f"v{i}\n" + "a long line of text that stays the same\n" * 50)
    others = [a.memories.add(f"memory {i}\n") for i in range(30)]
    report = a.sync.now()
    assert report.pushed == 41 + 30
    b = devices.make("b")
    report = b.sync.now()
    assert report.bootstrap
    assert state_of(a) == state_of(b)
    # Only the head's chain from its last keyframe came down, not all 41 revisions.
    assert len(b.memories.history(m.id)) < 41
    assert len(b.memories.list()) == 31 and b.memories.get(others[0].id).body == "memory 0\n"
    # ... and the new device keeps editing with deltas on top of it.
    b.memories.edit(m.id, body="changed on b\n" + "a long line of text that stays the same\n" * 50)
    up = b.sync.now().up_wire
    a.sync.now()
    assert a.memories.get(m.id).body.startswith("changed on b\n") and up < 1500


def test_deltas_keep_small_edits_small_on_the_wire(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    text = "".join(f"line {i}: some words that repeat in a note\n" for i in range(400))
    m = a.memories.add(text)
    first = a.sync.now()
    a.memories.edit(m.id, body=text.replace("line 200:", "line two hundred:"))
    second = a.sync.now()
    assert second.up_raw > 15_000 and second.up_wire < second.up_raw * 0.05
    assert first.up_wire > second.up_wire
    b.sync.now()
    assert b.memories.get(m.id).body == a.memories.get(m.id).body


def test_server_database_holds_no_plaintext(devices: Devices, server: ServerThread) -> None:
    a, b = devices.make("a"), devices.make("b")
    secrets = ["zebra-unicorn-title", "platypus-narwhal-body", "axolotl-tag"]
    m = a.memories.add(
        "platypus-narwhal-body and more\n", title="zebra-unicorn-title", tags=["axolotl-tag"]
    )
    a.sync.now()
    a.memories.edit(m.id, body="platypus-narwhal-body and less\n")
    sync_all(a, b)
    assert b.memories.get(m.id).title == "zebra-unicorn-title"
    db = Path(server.config.db_url.removeprefix("sqlite:///"))
    blob = b"".join(p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name))
    for s in secrets:
        assert s.encode() not in blob


def _flip_one_byte(server: ServerThread, account: str) -> None:
    db = server.config.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(db) as conn:
        seq, ct = conn.execute(
            "SELECT r.seq, r.ciphertext FROM records r JOIN accounts a ON a.id = r.account_id "
            "WHERE a.name = ? ORDER BY r.seq DESC LIMIT 1",
            (account,),
        ).fetchone()
        ct = bytearray(ct)
        ct[len(ct) // 2] ^= 0x01
        conn.execute(
            "UPDATE records SET ciphertext = ? WHERE seq = ? AND account_id = "
            "(SELECT id FROM accounts WHERE name = ?)",
            (bytes(ct), seq, account),
        )


def test_flipped_byte_is_rejected_and_reported_not_applied(
    devices: Devices, server: ServerThread
) -> None:
    a, b = devices.make("a"), devices.make("b")
    m = a.memories.add(BODY)
    sync_all(a, b)
    a.memories.edit(m.id, body="tampered with on the server\n")
    a.sync.now()
    _flip_one_byte(server, devices.account)
    seen: list[Event] = []
    b.events.subscribe(lambda e: seen.append(e) if e.kind == SYNC_REJECTED else None)
    report = b.sync.now()
    assert report.rejected == 1
    assert b.memories.get(m.id).body == BODY
    assert b.sync.status(remote=False).rejected_open == 1
    assert seen and seen[0].data["memory_id"] == m.id
    # It is retried on later syncs, and still never applied.
    b.sync.now()
    assert b.memories.get(m.id).body == BODY


def test_revoked_device_stops_with_a_clear_error(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    b_id = b.sync.status(remote=False).device_id
    a.devices.revoke(b_id, passphrase=SYNC_PASSPHRASE)
    b.memories.add("written after the revocation\n")
    with pytest.raises(DeviceRevokedError):
        b.sync.now()
    assert b.sync.status(remote=False).revoked
    with pytest.raises(DeviceRevokedError):
        b.sync.now()
    listed = {d.id: d for d in a.devices.list()}
    assert listed[b_id].revoked


def test_mass_delete_waits_for_confirmation(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    ids = [a.memories.add(f"note {i}\n").id for i in range(24)]
    sync_all(a, b)
    for mid in ids[:20]:
        a.memories.trash(mid)
    a.sync.now()
    with pytest.raises(ConfirmationRequiredError) as info:
        b.sync.now()
    assert info.value.reason == "mass_delete"
    assert len(b.memories.list()) == 24
    assert b.sync.status(remote=False).blocked
    b.sync.now(confirm=True)
    assert len(b.memories.list()) == 4 and not b.sync.status(remote=False).blocked


def test_engine_thread_delivers_a_critical_change_live(devices: Devices) -> None:
    a, b = devices.make("a"), devices.make("b")
    sync_all(a, b)
    got = threading.Event()
    arrived: list[str] = []

    def on_change(e: Event) -> None:
        if e.kind == MEMORY_CHANGED and e.data.get("action") == "synced":
            arrived.append(e.data["id"])
            got.set()

    b_idle = threading.Event()
    b.events.subscribe(on_change)
    b.events.subscribe(
        lambda e: b_idle.set() if e.kind == SYNC_STATUS and e.data["state"] == "idle" else None
    )
    a._core.start_engine()
    b._core.start_engine()
    try:
        # b has done its first sync and now only listens to the server's event stream.
        assert b_idle.wait(20)
        m = a.memories.add("urgent\n")
        # A NORMAL change waits for its deadline; making it CRITICAL sends it now.
        a.sync.set_priority(m.id, Priority.CRITICAL)
        assert got.wait(20), "the change did not arrive"
        assert arrived == [m.id]
        assert b.memories.get(m.id).body == "urgent\n"
        assert a.sync.status(remote=False).pending_total == 0
    finally:
        a._core.stop_engine()
        b._core.stop_engine()


def test_paused_engine_keeps_changes_queued(devices: Devices) -> None:
    a = devices.make("a")
    a.sync.pause(True)
    engine = a._core.start_engine()
    try:
        m = a.memories.add("queued\n")
        a.sync.set_priority(m.id, Priority.CRITICAL)
        status = a.sync.status(remote=False)
        assert status.paused and status.pending["CRITICAL"] == 1
        a.sync.pause(False)
        report = engine.request_sync().result(timeout=20)
        assert report.pushed == 1
    finally:
        a._core.stop_engine()
