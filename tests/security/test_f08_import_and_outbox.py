"""Finding 8: a hand-edited export cannot block sync, and one bad outbox item never blocks
the rest.

v1 imported a manifest entry with a non-UUID memory id as it was; every push failed after.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from memshadow_desktop.core.api import SYNC_REJECTED, Event
from tests.security.conftest import Servers, make_devices_type, server_db


def test_an_invalid_memory_id_in_an_export_gets_a_new_id(
    servers: Servers, make_devices: make_devices_type, tmp_path: Path
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a = devs.make("a")
    a.memories.add("a memory to export", title="Exported")
    out = tmp_path / "export"
    a.memories.export(out)
    manifest = out / "memshadow-export.json"
    data = json.loads(manifest.read_text())
    data["memories"][0]["id"] = "not-a-uuid; DROP TABLE memories"
    data["memories"].append(dict(data["memories"][0], id="0" * 36, file="second.md"))
    (out / "second.md").write_text("another", encoding="utf-8")
    manifest.write_text(json.dumps(data))
    b = devs.make("b", join=False)
    b.memories.import_path(out)
    for m in b.memories.list():
        assert str(uuid.UUID(m.id)) == m.id, f"imported with an invalid id: {m.id!r}"
    c = devs.make("c")
    c.memories.import_path(out)
    c.sync.now()
    fresh = devs.make("fresh")
    fresh.sync.now()
    assert sorted(m.body for m in fresh.memories.list()) == sorted(
        m.body for m in c.memories.list()
    )


def test_one_bad_outbox_item_is_set_aside_and_the_rest_syncs(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a = devs.make("a")
    bad = a.memories.add("imported by an older version", title="Bad id")

    # As an older version could have stored it: a memory id that is not a UUID.
    def corrupt(conn: object, _ctx: object) -> None:
        for table, col in (("memories", "id"), ("revisions", "memory_id"), ("outbox", "memory_id")):
            conn.execute(  # type: ignore[attr-defined]
                f"UPDATE {table} SET {col} = 'legacy-note-1' WHERE {col} = ?", (bad.id,)
            )

    a._core.store.write(corrupt)
    good = [a.memories.add(f"good {i}", title=f"Good {i}") for i in range(3)]
    rejected: list[Event] = []
    a.events.subscribe(lambda e: rejected.append(e) if e.kind == SYNC_REJECTED else None)
    a.sync.now()
    a.sync.now()
    with server_db(srv) as db:
        on_server = {r[0] for r in db.execute("SELECT memory_id FROM records")}
    assert {m.id for m in good} <= on_server
    status = a.sync.status(remote=False).to_json()
    assert status.get("held") == 1, status
    assert any(e.data.get("memory_id") == "legacy-note-1" for e in rejected)
