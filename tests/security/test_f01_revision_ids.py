"""Finding 1: a revision id on the wire must not let the server guess a short text.

v1 made a revision id the SHA-256 of the canonical fields, the parents and the author device,
and sent it in clear: from one record row the server found a 4-digit PIN in 10,000 guesses.
"""

from __future__ import annotations

import hashlib
import json

from tests.security.conftest import Servers, make_devices_type, server_db


def v1_revision_id(parents: list[str], fields: dict[str, object], device: str) -> str:
    """The attacker's formula: what core/ids.py computed in protocol v1."""
    payload = {"parents": sorted(parents), "fields": fields, "device": device}
    canon = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode()).hexdigest()


def test_a_pin_cannot_be_guessed_from_a_record_row(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    a = make_devices(srv).make("a")
    a.memories.add("4821", title="Bank card PIN")
    a.sync.now()
    with server_db(srv) as db:
        rows = db.execute(
            "SELECT revision_id, parent_revision, author_device FROM records"
        ).fetchall()
    assert rows
    found = []
    for rid, parent, author in rows:
        for n in range(10_000):
            guess = f"{n:04d}"
            fields = {
                "title": "Bank card PIN",
                "body": guess,
                "tags": [],
                "source": None,
                "pinned": False,
                "deleted": False,
            }
            candidates = {
                v1_revision_id([parent] if parent else [], fields, author),
                hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest(),
                hashlib.sha256(guess.encode()).hexdigest(),
            }
            if rid in candidates or any(c.startswith(rid) for c in candidates):
                found.append(guess)
    assert found == [], f"the server recovered the text from a revision id: {found}"
