"""Finding 3: revoking a device cuts it off, whatever it kept.

v1 stored the account's passphrase-derived auth secret on every device: after its device id
was revoked, that secret logged in again under a new id, pulled every record and revoked the
legitimate device. Here the thief has the stolen vault unlocked (everything in it).
"""

from __future__ import annotations

import json
import os
import threading
import time

import httpx
import pytest

from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.sync import protocol as p
from tests.security.conftest import (
    Servers,
    candidate_secrets,
    device_id,
    make_devices_type,
    random_device,
    revoke,
    server_db,
    sync_state,
)


def _set_state(svc: object, values: dict[str, str]) -> None:
    store = svc._core.store  # type: ignore[attr-defined]

    def write(conn: object, _ctx: object) -> None:
        for k, v in values.items():
            conn.execute(  # type: ignore[attr-defined]
                "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (k, v)
            )

    store.write(write)


def test_a_revoked_device_cannot_log_in_under_any_id_with_what_it_stored(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, thief = devs.make("a"), devs.make("stolen")
    a.memories.add("secret plans", title="Plans")
    a.sync.now()
    thief.sync.now()
    stolen = sync_state(thief)
    revoke(a, device_id(thief))
    a.memories.add("written after the revocation", title="After")
    a.sync.now()

    # 1. The product itself, as the thief runs it: under its own id, then under new ids.
    with pytest.raises(MemshadowError):
        thief.sync.now()
    for _ in range(2):
        _set_state(thief, {"device_id": os.urandom(16).hex(), "token": "expired", "revoked": ""})
        thief._core.store.write(  # type: ignore[attr-defined]
            lambda c, _x: c.execute("DELETE FROM sync_state WHERE key = 'revoked'")
        )
        with pytest.raises(MemshadowError):
            thief.sync.now()

    # 2. Every stored value that could be key material, at every login door, under a new id.
    accepted = []
    with httpx.Client(base_url=srv.url, timeout=10) as http:
        for secret in candidate_secrets(stolen):
            for path in ("/v1/login", "/v2/login", "/v2/session"):
                body = {
                    "account": stolen["account"],
                    "auth_secret": p.b64e(secret),
                    "device": random_device(),
                }
                r = http.post(path, json=body)
                if r.status_code < 400 and "token" in r.text:
                    accepted.append((path, r.status_code))
    assert accepted == [], f"a stored value logged the revoked device in again: {accepted}"

    # 3. Nothing written after the revocation can be opened with the keys it kept.
    a_state = sync_state(a)
    newest = _newest_key(a_state)
    assert newest not in candidate_secrets(stolen), "the revoked device holds the current key"


def _newest_key(state: dict[str, str]) -> bytes:
    if "data_keys" in state:
        keys = json.loads(state["data_keys"])
        return bytes.fromhex(keys[str(max(int(v) for v in keys))])
    return bytes.fromhex(state["data_key"])


def test_a_stolen_device_cannot_revoke_the_owners_devices(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, thief = devs.make("a"), devs.make("stolen")
    import inspect

    params = inspect.signature(thief.devices.revoke).parameters
    try:
        if "passphrase" in params:
            thief.devices.revoke(device_id(a), passphrase="a guess at the passphrase")
        else:
            thief.devices.revoke(device_id(a))
    except MemshadowError:
        pass
    # Without the passphrase, the token alone does not revoke either.
    with httpx.Client(base_url=srv.url, timeout=10) as http:
        auth = {"Authorization": f"Bearer {sync_state(thief)['token']}"}
        for method, path in (
            ("DELETE", f"/v1/devices/{device_id(a)}"),
            ("DELETE", f"/v2/devices/{device_id(a)}"),
            ("POST", f"/v2/devices/{device_id(a)}/revoke"),
        ):
            http.request(method, path, headers=auth, json={})
    a.memories.add("the owner still syncs", title="Owner")
    a.sync.now()
    assert not any(d.revoked for d in a.devices.list() if d.id == device_id(a))


def test_revoking_ends_the_devices_open_event_streams(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    token = sync_state(b)["token"]
    ended = threading.Event()
    opened = threading.Event()

    def follow() -> None:
        with (
            httpx.Client(base_url=srv.url, timeout=httpx.Timeout(10, read=30)) as http,
            http.stream("GET", p.PATH_EVENTS, headers={"Authorization": f"Bearer {token}"}) as r,
        ):
            for _line in r.iter_lines():
                opened.set()
        ended.set()

    t = threading.Thread(target=follow, daemon=True)
    t.start()
    assert opened.wait(10)
    started = time.monotonic()
    revoke(a, device_id(b))
    assert ended.wait(10), "the revoked device's event stream stayed open"
    assert time.monotonic() - started < 5


def test_revoke_rotates_the_key_for_what_is_written_afterwards(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b, gone = devs.make("a"), devs.make("b"), devs.make("gone")
    old = a.memories.add("written before", title="Before")
    a.sync.now()
    gone_keys = candidate_secrets(sync_state(gone))
    revoke(a, device_id(gone))
    new = a.memories.add("written after the revoke", title="After")
    a.sync.now()
    b.sync.now()
    # The other devices read old and new; the new key is not one the revoked device holds.
    assert b.memories.get(old.id).body == "written before"
    assert b.memories.get(new.id).body == "written after the revoke"
    for dev in (a, b):
        assert _newest_key(sync_state(dev)) not in gone_keys
    # A device joining later reads both, through the key history.
    late = devs.make("late")
    late.sync.now()
    assert late.memories.get(old.id).body == "written before"
    assert late.memories.get(new.id).body == "written after the revoke"
    with server_db(srv) as db:
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] >= 2
