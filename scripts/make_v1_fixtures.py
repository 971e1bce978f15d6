"""Make tests/fixtures/v1: a sync server database and two vaults written by protocol v1.

Run it with a checkout of the last protocol-v1 release (commit 790aa5b) on ``PYTHONPATH``, from
the root of the checkout that receives the fixtures::

    git archive 790aa5b | tar -x -C /tmp/v1
    PYTHONPATH=/tmp/v1 .venv/bin/python scripts/make_v1_fixtures.py tests/fixtures/v1

What it leaves (tests/upgrade/test_from_v1.py reads it):

* ``server.db``: a SQLite server database (schema of that release) with one account;
* ``a/`` and ``b/``: two vault homes (passphrase-protected) joined to that account. Device A
  created the account; both synced, merged and conflicted; A has one change still in its
  outbox, and B has not pulled A's last pushes;
* ``expected.json``: the account, the passphrases, and what each vault and the server hold
  (memories with their current text, revision ids), so an upgrade can be checked for loss.

The account uses protocol v1's default Argon2id cost (what a real v1 client used); the vaults
use a cheap one, so the tests stay quick.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets.header import KdfParams
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.runner import ServerThread

VAULT_PASSPHRASE = "fixture vault passphrase"
SYNC_PASSPHRASE = "fixture sync passphrase"
ACCOUNT = "fixture-alice"
VAULT_KDF = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)


def snapshot(svc: MemshadowService) -> dict[str, object]:
    store = svc._core.store
    memories = {}
    for trashed in (False, True):
        for m in svc.memories.list(trashed=trashed):
            memories[m.id] = {
                "title": m.title,
                "body": m.body,
                "deleted": m.deleted,
                "head_rev": m.head_rev,
            }
    revisions = store.read(
        lambda c: sorted(r[0] for r in c.execute("SELECT rev_id FROM revisions"))
    )
    outbox = store.read(lambda c: [r[0] for r in c.execute("SELECT rev_id FROM outbox")])
    device = store.read(
        lambda c: c.execute("SELECT value FROM sync_state WHERE key='device_id'").fetchone()[0]
    )
    return {"device_id": device, "memories": memories, "revisions": revisions, "outbox": outbox}


def main(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    work = target / "work"
    db = target / "server.db"
    config = ServerConfig(
        db_url=f"sqlite:///{db}", argon2_time_cost=1, argon2_memory_kib=1024, compact_every_s=0
    )
    with ServerThread(config) as srv:
        a = MemshadowService.create(
            AppPaths.resolve(work / "a"),
            passphrase=VAULT_PASSPHRASE,
            use_keyring=False,
            kdf=VAULT_KDF,
        )
        a.sync.setup(srv.url, ACCOUNT, SYNC_PASSPHRASE, create=True, device_name="fixture-a")
        parking = a.memories.add("Level 3, bay 42\n", title="Parking", tags=["car"])
        pin = a.memories.add("4821", title="Bank card PIN")
        notes = a.memories.add(
            "".join(f"line {i} of a longer note\n" for i in range(40)), title="Long note"
        )
        gone = a.memories.add("to be trashed", title="Old")
        a.sync.now()
        for i in range(5):  # a delta chain
            a.memories.edit(notes.id, body=a.memories.get(notes.id).body + f"added {i}\n")
            a.sync.now()
        a.memories.trash(gone.id)
        a.sync.now()

        b = MemshadowService.create(
            AppPaths.resolve(work / "b"),
            passphrase=VAULT_PASSPHRASE,
            use_keyring=False,
            kdf=VAULT_KDF,
        )
        b.sync.setup(srv.url, ACCOUNT, SYNC_PASSPHRASE, create=False, device_name="fixture-b")
        b.sync.now()
        # Non-overlapping edits: a merge with two parents.
        lines = a.memories.get(notes.id).body.splitlines(keepends=True)
        a.memories.edit(notes.id, body="".join(["FIRST (a)\n", *lines[1:]]))
        lines_b = b.memories.get(notes.id).body.splitlines(keepends=True)
        b.memories.edit(notes.id, body="".join([*lines_b[:-1], "LAST (b)\n"]))
        # Overlapping edits: a conflict that keeps both texts.
        a.memories.edit(parking.id, body="Level 4, bay 12\n")
        b.memories.edit(parking.id, body="Level 5, bay 7\n")
        a.sync.now()
        b.sync.now()
        a.sync.now()
        b_memory = b.memories.add("written on b", title="From B")
        b.sync.now()
        a.sync.now()
        # A pushes more that B has not pulled yet, and keeps one change unpushed.
        a.memories.edit(pin.id, body="4822")
        a.sync.now()
        a.memories.add("made after the last sync of A", title="Pending on A")
        expected = {
            "account": ACCOUNT,
            "sync_passphrase": SYNC_PASSPHRASE,
            "vault_passphrase": VAULT_PASSPHRASE,
            "server_url": srv.url,
            "a": snapshot(a),
            "b": snapshot(b),
            "ids": {
                "parking": parking.id,
                "pin": pin.id,
                "notes": notes.id,
                "gone": gone.id,
                "from_b": b_memory.id,
            },
            "conflicts_b": [c.id for c in b.conflicts.list()],
            "conflicts_a": [c.id for c in a.conflicts.list()],
        }
        a.close()
        b.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = conn.execute("SELECT memory_id, revision_id, seq FROM records ORDER BY seq")
        expected["server_records"] = [list(r) for r in rows]
    for name in ("a", "b"):
        shutil.move(str(work / name), str(target / name))
    shutil.rmtree(work)
    for leftover in target.rglob("*"):
        if leftover.name.endswith(("-wal", "-shm", ".lock")) and leftover.stat().st_size == 0:
            leftover.unlink()
    (target / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
