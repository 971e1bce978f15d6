"""Accounts, joins, device logins, tokens, devices, revocation, isolation (protocol v2)."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

import httpx
import pytest
import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.keys import b64d, b64e
from memshadow_desktop.server import schema
from memshadow_desktop.server.client import (
    ApiFailure,
    SyncClient,
    device,
    random_revision,
    sealed,
)
from memshadow_desktop.server.runner import ServerThread

from .conftest import Account, fast_config, unique


def test_create_join_and_wrapped_key(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    assert b64d(acct.session["wrapped_key"]) == acct.wrapped
    assert acct.session["token"].startswith("msd1_") and acct.session["expires_at"] > time.time()
    with SyncClient(server.url) as c:
        out = c.login(acct.name.upper(), acct.secret, device("phone", type_="mobile"))
        assert out["account"] == acct.name and b64d(out["wrapped_key"]) == acct.wrapped
        assert c.get(p.PATH_KEYS) == {"key_version": 1, "grant": None, "key_history": None}
    with SyncClient(server.url) as c, pytest.raises(ApiFailure) as err:
        c.create_account(acct.name, os.urandom(32), os.urandom(60), device("x"))
    assert err.value.status == 409 and err.value.code == p.ERR_ACCOUNT_EXISTS


def test_hello_gives_the_salt_and_a_lookalike_for_unknown_names(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    with SyncClient(server.url) as c:
        known = c.hello(acct.name)
        again = c.hello(acct.name)
        nobody = c.hello(unique("nobody"))
    assert known["salt"] == again["salt"] and known["challenge"] != again["challenge"]
    assert len(b64d(nobody["salt"])) == len(b64d(known["salt"])) == 16
    assert nobody["kdf"] == p.DEFAULT_KDF == known["kdf"]


def test_wrong_secret_and_unknown_account(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    with SyncClient(server.url) as c:
        for name, secret in ((acct.name, os.urandom(32)), (unique("nobody"), acct.secret)):
            with pytest.raises(ApiFailure) as err:
                c.login(name, secret, device("d"))
            assert err.value.status == 401 and err.value.code == p.ERR_BAD_CREDENTIALS


def test_a_challenge_works_once(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    dev = device("twice")
    body_dev = {k: v for k, v in dev.items() if not k.startswith("_")}
    with SyncClient(server.url) as c:
        proof = c.signed(p.SIGN_JOIN, acct.name, "twice", acct.secret, body_dev)
        body = {"account": acct.name, **proof, "device": body_dev}
        assert c.http.post(p.PATH_JOIN, json=body).status_code == 200
        assert c.http.post(p.PATH_JOIN, json=body).status_code == 401


def test_failed_joins_are_limited_per_account_and_address(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    limit = server.config.login_max_failures
    with SyncClient(server.url) as c:
        for _ in range(limit):
            with pytest.raises(ApiFailure) as err:
                c.login(acct.name, os.urandom(32), device("d"))
            assert err.value.status == 401
        with pytest.raises(ApiFailure) as err:  # from this address, even the right secret waits
            c.login(acct.name, acct.secret, device("d"))
        assert err.value.status == 429
    # The account's own devices log in with their keys regardless.
    acct.first.session()
    assert acct.first.devices()


def test_failed_logins_per_address_are_limited(db_url: str) -> None:
    with ServerThread(fast_config(db_url, login_max_attempts_per_ip=3)) as srv:
        acct = Account(srv.url)
        try:
            with SyncClient(srv.url) as c:
                for _ in range(3):
                    r = c.http.post(
                        p.PATH_SESSION,
                        json={
                            "account": acct.name,
                            "device_id": "nobody",
                            "challenge": b64e(os.urandom(32)),
                            "signature": b64e(os.urandom(64)),
                        },
                    )
                    assert r.status_code in (401, 429)
                assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
            # Successes are not counted: a device logs in as often as it needs.
            for _ in range(5):
                acct.first.session()
        finally:
            acct.close()


def test_change_passphrase_needs_the_account_key_and_ends_every_token(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    phone = acct.device("phone")
    new_secret = os.urandom(32)
    from memshadow_desktop.server.client import public_key

    def change(signing: bytes) -> httpx.Response:
        fields = {
            "device_id": "dev0",
            "salt": b64e(os.urandom(16)),
            "kdf": dict(p.DEFAULT_KDF),
            "account_key": b64e(public_key(new_secret)),
            "wrapped_key": b64e(os.urandom(60)),
            "wrapped_keks": {"phone": b64e(os.urandom(60))},
        }
        proof = acct.first.signed(p.SIGN_PASSPHRASE, acct.name, "dev0", signing, fields)
        return acct.first.http.put(
            p.PATH_PASSPHRASE, json={**fields, **proof}, headers=acct.first.auth_headers
        )

    assert change(os.urandom(32)).status_code == 401
    assert change(acct.secret).status_code == 204
    for client in (acct.first, phone):
        with pytest.raises(ApiFailure) as err:
            client.devices()
        assert err.value.status == 401
        client.session()  # devices log in again with their own keys
        assert client.devices()
    with SyncClient(server.url) as c:
        with pytest.raises(ApiFailure):
            c.login(acct.name, acct.secret, device("d2"))
        c.login(acct.name, new_secret, device("d2"))


def test_one_live_token_per_device_and_logout(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    first = acct.first.token
    acct.first.session()
    assert acct.first.token != first
    with server.app.state.repo.db.read() as conn:
        t = schema.tokens
        live = conn.execute(
            sa.select(sa.func.count()).where(
                t.c.account_id == acct.session["account_id"],
                t.c.device_id == "dev0",
                t.c.expires_at > time.time() + 60,
            )
        ).scalar_one()
    assert live == 1
    r = acct.first.http.post(p.PATH_LOGOUT, headers=acct.first.auth_headers)
    assert r.status_code == 204
    with pytest.raises(ApiFailure) as err:
        acct.first.devices()
    assert err.value.status == 401


def test_devices_list_update_and_revoke(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    phone = acct.device("phone")
    details = b64e(os.urandom(40))
    r = phone.http.put(
        p.PATH_DEVICE_SELF,
        json={"details": details, "storage_bytes": 1234},
        headers=phone.auth_headers,
    )
    assert r.status_code == 200, r.text
    listed = {d["id"]: d for d in acct.first.devices()}
    assert set(listed) == {"dev0", "phone"}
    assert listed["phone"]["details"] == details and "name" not in listed["phone"]
    assert listed["phone"]["storage_reported"] == 1234
    assert listed["phone"]["online"] and not listed["phone"]["revoked"]
    assert listed["dev0"]["current"] and not listed["phone"]["current"]

    # A revocation is signed with the account's key: a token alone cannot revoke.
    with pytest.raises(ApiFailure) as err:
        phone.revoke(os.urandom(32), "dev0")
    assert err.value.status == 401
    assert acct.first.revoke(acct.secret, "phone") == 2
    with pytest.raises(ApiFailure) as err:  # the token dies at once
        phone.devices()
    assert err.value.status == 401
    with pytest.raises(ApiFailure) as err:  # its own key no longer logs it in
        phone.session()
    assert err.value.status == 403 and err.value.code == p.ERR_DEVICE_REVOKED
    with pytest.raises(ApiFailure) as err:  # nor does joining again under its id
        phone.login(acct.name, acct.secret, device("phone"))
    assert err.value.status == 403 and err.value.code == p.ERR_DEVICE_REVOKED
    listed = {d["id"]: d for d in acct.first.devices()}
    assert listed["phone"]["revoked"] and not listed["phone"]["online"]
    with pytest.raises(ApiFailure) as err:
        acct.first.revoke(acct.secret, "nope")
    assert err.value.status == 404
    # After the rotation a push sealed under the old key version is refused.
    old = p.PushRecord.seal(p.new_memory_id(), random_revision(), sealed(b"x", 1))
    res = acct.first.push([old])
    assert res.rejected == 1 and res.results[0].error == p.ERR_STALE_KEY
    new = p.PushRecord.seal(p.new_memory_id(), random_revision(), sealed(b"x", 2))
    assert acct.first.push([new]).accepted == 1


def test_devices_go_offline_after_the_timeout(db_url: str) -> None:
    with ServerThread(fast_config(db_url, offline_after_s=0.5)) as srv:
        acct = Account(srv.url)
        try:
            acct.device("quiet")
            deadline = time.monotonic() + 20
            while True:
                quiet = next(d for d in acct.first.devices() if d["id"] == "quiet")
                if not quiet["online"] or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            assert not quiet["online"] and quiet["last_seen"] is not None
        finally:
            acct.close()


def test_accounts_are_isolated(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    alice, mallory = account_factory(), account_factory()
    alice.device("alice-phone")
    mem = p.new_memory_id()
    rev = random_revision()
    assert alice.first.push([p.PushRecord.seal(mem, rev, sealed(b"alice secret"))]).accepted == 1
    assert mallory.first.pull_all() == []
    with pytest.raises(ApiFailure) as err:
        mallory.first.chain(mem)
    assert err.value.status == 404
    with pytest.raises(ApiFailure) as err:
        mallory.first.chain(mem, rev)
    assert err.value.status == 404
    with pytest.raises(ApiFailure) as err:
        mallory.first.revoke(mallory.secret, "alice-phone")
    assert err.value.status == 404
    # The same memory id in mallory's account is a different memory: no conflict, no leak.
    res = mallory.first.push([p.PushRecord.seal(mem, random_revision(), sealed(b"m"))])
    assert res.accepted == 1 and res.results[0].seq == 1
    assert [d["id"] for d in alice.first.devices()] == ["dev0", "alice-phone"]
    assert not any(d["revoked"] for d in alice.first.devices())
    assert alice.first.get(p.PATH_STATS)["records"] == 1


@pytest.mark.parametrize(
    "header", [None, "Bearer", "Bearer msd1_forged", "Basic abc", "Bearer " + "x" * 300]
)
def test_bad_tokens_are_401(server: ServerThread, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    for path in (p.PATH_DEVICES, p.PATH_STATS, p.PATH_PULL, p.PATH_EVENTS, p.PATH_KEYS):
        r = httpx.get(server.url + path, headers=headers)
        assert r.status_code == 401, (path, r.text)


def test_protocol_v1_clients_are_told_to_upgrade(server: ServerThread) -> None:
    r = httpx.post(server.url + "/v1/login", json={"account": "x"})
    assert r.status_code == 426 and r.json()["error"] == p.ERR_UPGRADE_REQUIRED


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_tokens_stored_hashed_and_not_logged(db_url: str) -> None:
    collect = _Collect()
    access_logger = logging.getLogger("uvicorn.access")
    srv = ServerThread(fast_config(db_url), access_log=True)
    access_logger.addHandler(collect)
    access_logger.setLevel(logging.INFO)
    with srv:
        acct = Account(srv.url)
        try:
            token = acct.first.token
            assert token
            acct.first.devices()
            acct.first.pull()
            # Tokens never go in URLs; if a client puts one there anyway, the log redacts it.
            assert httpx.get(srv.url + f"/v2/stats?access_token={token}").status_code == 401
            stored = srv.app.state.repo.db
            with stored.read() as conn:
                hashes = [
                    bytes(h) for h in conn.execute(sa.select(schema.tokens.c.token_hash)).scalars()
                ]
                dump = repr(conn.execute(sa.select(schema.tokens)).all())
                dump += repr(conn.execute(sa.select(schema.accounts)).all())
            assert token.encode() not in b"".join(hashes) and token not in dump
            assert acct.secret.hex() not in dump
        finally:
            acct.close()
    access_logger.removeHandler(collect)
    access = collect.lines
    assert any("/v2/devices" in m for m in access)
    assert not any(token in m for m in access)
    assert any("msd1_[redacted]" in m for m in access)
