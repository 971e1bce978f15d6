"""Finding 7: tokens expire, one device holds one, a passphrase change drops them all, and a
device can log out.

v1 tokens never expired, piled up with every login and survived a passphrase change.
"""

from __future__ import annotations

import time

import httpx

from memshadow_desktop.core.sync import protocol as p
from tests.security.conftest import (
    SYNC_PASSPHRASE,
    Servers,
    device_id,
    make_devices_type,
    server_db,
    sync_state,
)


def _works(url: str, token: str) -> bool:
    with httpx.Client(base_url=url, timeout=10) as http:
        r = http.get(p.PATH_DEVICES, headers={"Authorization": f"Bearer {token}"})
    return r.status_code == 200


def _set_token(svc: object, token: str) -> None:
    svc._core.store.write(  # type: ignore[attr-defined]
        lambda c, _x: c.execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('token', ?)", (token,)
        )
    )


def test_tokens_expire_and_the_device_renews_its_own(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start(token_ttl_s=2.0)
    a = make_devices(srv).make("a")
    token = sync_state(a)["token"]
    assert _works(srv.url, token)
    time.sleep(3.0)
    assert not _works(srv.url, token), "a token still works after its lifetime"
    a.memories.add("after expiry", title="x")
    a.sync.now()
    assert sync_state(a)["token"] != token


def test_a_device_holds_one_live_token_however_often_it_logs_in(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    a = make_devices(srv).make("a")
    for _ in range(5):
        _set_token(a, "forgotten")
        a.sync.now()
    with server_db(srv) as db:
        cols = [r[1] for r in db.execute("PRAGMA table_info(tokens)")]
        sql = "SELECT count(*) FROM tokens WHERE device_id = ?"
        if "expires_at" in cols:
            sql += f" AND expires_at > {time.time() + 120}"
        live = db.execute(sql, (device_id(a),)).fetchone()[0]
    assert live <= 1, f"{live} live tokens for one device"


def test_a_passphrase_change_drops_every_token(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    old = {d: sync_state(d)["token"] for d in (a, b)}
    a.sync.change_passphrase(SYNC_PASSPHRASE, "a brand new sync passphrase")  # type: ignore[attr-defined]
    for token in old.values():
        assert not _works(srv.url, token)
    # Devices keep their own credentials: they sync on without the new passphrase.
    b.memories.add("after the change", title="x")
    b.sync.now()
    a.sync.now()


def test_logout_ends_the_devices_session(servers: Servers, make_devices: make_devices_type) -> None:
    srv = servers.start()
    a = make_devices(srv).make("a")
    token = sync_state(a)["token"]
    a.sync.logout()  # type: ignore[attr-defined]
    assert not _works(srv.url, token)
