"""Finding 2: a server that replays, reorders, forks, loses or lies cannot roll a device back
or make it drop changes that were never stored.

v1 fast-forwarded to whatever arrived (an older record re-inserted above the head brought
"door code is 1111" back over "... 2222"), trusted the server's duplicate answers and its
cursor arithmetic, and never noticed a server restored from an older copy.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from typing import Any

from memshadow_desktop.server.push import PushOutcome
from tests.security.conftest import (
    Servers,
    db_path,
    device_id,
    make_devices_type,
    server_db,
    state_of,
    sync_all,
)


def _head_seq(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT max(head_seq) FROM accounts").fetchone()[0])


def test_a_replayed_old_record_does_not_roll_a_device_back(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    m = a.memories.add("door code is 1111", title="Door")
    sync_all(a, b)
    a.memories.edit(m.id, body="door code is 2222")
    sync_all(a, b)
    assert b.memories.get(m.id).body == "door code is 2222"
    # The server moves the first, validly sealed record above the head, as if it were new.
    with server_db(srv) as db:
        first = db.execute(
            "SELECT seq, revision_id FROM records WHERE memory_id = ? ORDER BY seq LIMIT 1",
            (m.id,),
        ).fetchone()
        new_seq = _head_seq(db) + 1
        db.execute("UPDATE records SET seq = ? WHERE seq = ?", (new_seq, first[0]))
        db.execute(
            "UPDATE heads SET revision_id = ?, seq = ? WHERE memory_id = ?",
            (first[1], new_seq, m.id),
        )
        db.execute("UPDATE accounts SET head_seq = ?", (new_seq,))
    for dev in (b, a):
        dev.sync.now()
        assert dev.memories.get(m.id).body == "door code is 2222"


def test_a_forked_history_is_detected_and_both_edits_survive(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    body = "one\ntwo\nthree\nfour\nfive\n"
    m = a.memories.add(body, title="Fork")
    sync_all(a, b)
    with server_db(srv) as db:
        base = db.execute(
            "SELECT revision_id, seq, chain_seq FROM heads WHERE memory_id = ?", (m.id,)
        ).fetchone()
    a.memories.edit(m.id, body=body.replace("one", "ONE"))
    a.sync.now()
    # The server forks the memory: it hides A's edit from B and accepts B's edit on the old
    # head, then puts A's record back where B's cursor has already passed.
    with server_db(srv) as db:
        hidden = db.execute(
            "SELECT * FROM records WHERE memory_id = ? ORDER BY seq DESC LIMIT 1", (m.id,)
        ).fetchone()
        db.execute("DELETE FROM records WHERE seq = ?", (hidden[1],))
        db.execute(
            "UPDATE heads SET revision_id = ?, seq = ?, chain_seq = ? WHERE memory_id = ?",
            (*base, m.id),
        )
    b.memories.edit(m.id, body=body.replace("five", "FIVE"))
    b.sync.now()
    with server_db(srv) as db:
        marks = ",".join("?" * len(hidden))
        db.execute(f"INSERT INTO records VALUES ({marks})", hidden)
    sync_all(a, b, rounds=3)
    for dev in (a, b):
        text = dev.memories.get(m.id).body
        kept = "ONE" in text and "FIVE" in text
        assert kept or dev.conflicts.list(), f"one side's edit vanished: {text!r}"
    assert state_of(a) == state_of(b)


def test_a_duplicate_answer_for_a_record_never_stored_does_not_drop_it(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a = devs.make("a")
    a.memories.add("already there", title="First")
    a.sync.now()
    records = srv.app.state.repo.records
    honest = records.push

    def lying_push(who: Any, recs: Any, body_bytes: int) -> PushOutcome:
        results = [
            {
                "memory_id": r.memory_id,
                "revision_id": r.revision_id,
                "status": "duplicate",
                "seq": 1,
            }
            for r in recs
        ]
        with server_db(srv) as db:
            head = _head_seq(db)
        return PushOutcome(results=results, head_seq=head, duplicates=len(results))

    records.push = lying_push
    try:
        m = a.memories.add("never stored by the server", title="Lost?")
        a.sync.now()
    finally:
        records.push = honest
    sync_all(a, rounds=2)
    c = devs.make("c")
    c.sync.now()
    assert c.memories.get(m.id).body == "never stored by the server"


def test_a_lie_about_sequence_numbers_does_not_skip_other_devices_records(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    a.memories.add("shared", title="Shared")
    sync_all(a, b)
    from_a = a.memories.add("written on a", title="From A")
    records = srv.app.state.repo.records
    honest = records.push

    def lying_push(who: Any, recs: Any, body_bytes: int) -> PushOutcome:
        if who.device_id == device_id(a):
            return honest(who, recs, body_bytes)
        # A's push lands between B's pull and B's push ...
        a.sync.now()
        with server_db(srv) as db:
            a_seq = _head_seq(db)
        out = honest(who, recs, body_bytes)
        # ... and the server claims B's record took A's seq, and that nothing else exists.
        for r in out.results:
            r["seq"] = a_seq
        out.head_seq = a_seq
        return out

    records.push = lying_push
    try:
        b.memories.add("written on b", title="From B")
        b.sync.now()
    finally:
        records.push = honest
    sync_all(b, a, rounds=2)
    assert b.memories.get(from_a.id).body == "written on a"


def _restart(servers: Servers, srv: Any, backup: Any) -> Any:
    port = srv.port
    servers.stop(srv)
    db = db_path(srv)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, db)
    return servers.start(port=port)


def test_a_server_restored_from_an_older_copy_loses_no_memory_and_rolls_nothing_back(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    m1 = a.memories.add("first text", title="One")
    sync_all(a, b)
    backup = db_path(srv).with_name("backup.db")
    with (
        contextlib.closing(sqlite3.connect(db_path(srv))) as live,
        contextlib.closing(sqlite3.connect(backup)) as copy,
    ):
        live.backup(copy)
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a.memories.edit(m1.id, body="newer text")
    m2 = a.memories.add("made after the backup", title="Two")
    sync_all(a, b)
    srv = _restart(servers, srv, backup)
    # Another device writes first, so the server hands out sequence numbers A and B passed.
    later = [b.memories.add(f"made after the restore {i}", title=f"Later {i}") for i in range(4)]
    b.sync.now()
    sync_all(a, b, rounds=3)
    c = devs.make("c")
    c.sync.now()
    for dev in (a, b, c):
        assert dev.memories.get(m1.id).body == "newer text"
        assert dev.memories.get(m2.id).body == "made after the backup"
        for mem in later:
            assert dev.memories.get(mem.id).body == mem.body
    assert state_of(a) == state_of(b) == state_of(c)
