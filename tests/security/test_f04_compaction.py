"""Finding 4: a device that was away while the server compacted syncs again.

v1 compaction could keep a record above the horizon whose delta base it pruned; the away
device's chain request got 404, the error was not caught, and every pull and push of that
device failed.
"""

from __future__ import annotations

from tests.security.conftest import Servers, device_id, make_devices_type, server_db, sync_all


def test_a_device_offline_past_compaction_syncs_again(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, behind, away = devs.make("a"), devs.make("behind"), devs.make("away")
    body = "".join(f"line {i} of a note that is long enough for deltas\n" for i in range(60))
    m = a.memories.add(body, title="Chain")
    other = a.memories.add("untouched", title="Other")
    sync_all(a, behind, away)
    edits = [body.replace(f"line {i} ", f"LINE {i} ") for i in range(1, 4)]
    for text in edits:  # deltas on deltas
        a.memories.edit(m.id, body=text)
        a.sync.now()
    behind.sync.now()  # holds the horizon here: it has pulled the deltas
    a.memories.edit(m.id, body="an entirely new text, so the next record is a keyframe\n" * 3)
    a.sync.now()
    a.memories.edit(m.id, body="an entirely new text, so the next record is a keyframe\n" * 4)
    a.sync.now()
    with server_db(srv) as db:
        db.execute(  # the away device is long gone: it no longer holds compaction back
            "UPDATE devices SET last_seen = 0, pulled_seq = 0 WHERE id = ?", (device_id(away),)
        )
        # the device that is behind has applied the first delta and no more: the deltas
        # after it stay above the horizon, their bases below it
        seq = db.execute(
            "SELECT min(seq) FROM records WHERE memory_id = ? AND delta_base IS NOT NULL",
            (m.id,),
        ).fetchone()[0]
        db.execute("UPDATE devices SET pulled_seq = ? WHERE id = ?", (seq, device_id(behind)))
    account_id = srv.app.state.repo.accounts.authenticate(
        a._core.store.read(
            lambda c: c.execute("SELECT value FROM sync_state WHERE key='token'").fetchone()[0]
        )
    ).account_id
    srv.app.state.repo.maintenance.compact(account_id)
    # Everything the server kept can still be decoded: no record points at a pruned base.
    with server_db(srv) as db:
        kept = {r[0] for r in db.execute("SELECT revision_id FROM records")}
        bases = {
            r[0] for r in db.execute("SELECT delta_base FROM records WHERE delta_base IS NOT NULL")
        }
    assert bases <= kept, "compaction pruned the delta base of a record it kept"
    away.sync.now()
    away.sync.now()
    assert away.memories.get(m.id).body == a.memories.get(m.id).body
    assert away.memories.get(other.id).body == "untouched"
    away.memories.add("written after coming back", title="Back")
    away.sync.now()
    behind.sync.now()
    assert behind.memories.get(m.id).body == a.memories.get(m.id).body


def test_a_missing_delta_base_is_rejected_and_the_pull_goes_on(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    body = "".join(f"line {i} of a note that is long enough for deltas\n" for i in range(60))
    m = a.memories.add(body, title="Chain")
    sync_all(a, b)
    a.memories.edit(m.id, body=body.replace("line 7 ", "LINE 7 "))
    a.sync.now()
    a.memories.edit(m.id, body=body.replace("line 8 ", "LINE 8 "))
    later = a.memories.add("after the broken chain", title="Later")
    a.sync.now()
    with server_db(srv) as db:  # a broken server loses a base the next record needs
        first_delta = db.execute(
            "SELECT seq FROM records WHERE memory_id = ? AND delta_base IS NOT NULL "
            "ORDER BY seq LIMIT 1",
            (m.id,),
        ).fetchone()[0]
        db.execute("DELETE FROM records WHERE seq = ?", (first_delta,))
    fresh = devs.make("fresh")
    fresh.sync.now()  # never aborts the pull
    assert fresh.memories.get(later.id).body == "after the broken chain"
    b.sync.now()
    assert b.memories.get(later.id).body == "after the broken chain"
