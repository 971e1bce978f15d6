"""Accounts, login, tokens, devices, revocation, isolation."""

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
from memshadow_desktop.server.client import ApiFailure, SyncClient, device, random_revision
from memshadow_desktop.server.runner import ServerThread

from .conftest import Account, fast_config, unique


def test_create_login_and_wrapped_key(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    assert b64d(acct.session["wrapped_key"]) == acct.wrapped
    assert acct.session["token"].startswith("msd1_")
    with SyncClient(server.url) as c:
        out = c.login(acct.name.upper(), acct.secret, device("phone", type_="mobile"))
        assert out["account"] == acct.name and b64d(out["wrapped_key"]) == acct.wrapped
        key = c.get(p.PATH_ACCOUNT_KEY)
        assert key == {"wrapped_key": b64e(acct.wrapped), "key_version": 1}
    with SyncClient(server.url) as c, pytest.raises(ApiFailure) as err:
        c.create_account(acct.name, os.urandom(32), os.urandom(60), device("x"))
    assert err.value.status == 409 and err.value.code == p.ERR_ACCOUNT_EXISTS


def test_wrong_secret_and_unknown_account(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    with SyncClient(server.url) as c:
        for name, secret in ((acct.name, os.urandom(32)), (unique("nobody"), acct.secret)):
            with pytest.raises(ApiFailure) as err:
                c.login(name, secret, device("d"))
            assert err.value.status == 401 and err.value.code == p.ERR_BAD_CREDENTIALS


def test_login_failures_are_rate_limited(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    limit = server.config.login_max_failures
    with SyncClient(server.url) as c:
        for _ in range(limit):
            with pytest.raises(ApiFailure) as err:
                c.login(acct.name, os.urandom(32), device("d"))
            assert err.value.status == 401
        with pytest.raises(ApiFailure) as err:  # even the right secret waits now
            c.login(acct.name, acct.secret, device("d"))
        assert err.value.status == 429
        r = c.http.post(
            p.PATH_LOGIN,
            json={"account": acct.name, "auth_secret": b64e(acct.secret), "device": device("d")},
        )
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1


def test_login_attempts_per_address_are_rate_limited(db_url: str) -> None:
    with ServerThread(fast_config(db_url, login_max_attempts_per_ip=3)) as srv:
        acct = Account(srv.url)  # creating an account is not a login
        try:
            for i in range(3):
                acct.device(f"d{i}")
            with pytest.raises(ApiFailure) as err:
                acct.device("one-too-many")
            assert err.value.status == 429
        finally:
            acct.close()


def test_change_passphrase_rewraps_and_keeps_tokens(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    new_secret, new_wrapped = os.urandom(32), os.urandom(60)
    body = {
        "current_auth_secret": b64e(os.urandom(32)),
        "auth_secret": b64e(new_secret),
        "wrapped_key": b64e(new_wrapped),
    }
    r = acct.first.http.put(p.PATH_PASSPHRASE, json=body, headers=acct.first.auth_headers)
    assert r.status_code == 401
    body["current_auth_secret"] = b64e(acct.secret)
    r = acct.first.http.put(p.PATH_PASSPHRASE, json=body, headers=acct.first.auth_headers)
    assert r.status_code == 200 and r.json() == {"key_version": 2}
    # The old token still works.
    assert acct.first.get(p.PATH_ACCOUNT_KEY)["wrapped_key"] == b64e(new_wrapped)
    with SyncClient(server.url) as c:
        with pytest.raises(ApiFailure):
            c.login(acct.name, acct.secret, device("d2"))
        assert b64d(c.login(acct.name, new_secret, device("d2"))["wrapped_key"]) == new_wrapped


def test_devices_list_update_and_revoke(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    phone = acct.device("phone")
    r = phone.http.put(
        p.PATH_DEVICE_SELF,
        json={
            "name": "Pixel",
            "type": "mobile",
            "capabilities": {"npu": True},
            "storage_bytes": 1234,
        },
        headers=phone.auth_headers,
    )
    assert r.status_code == 200, r.text
    listed = {d["id"]: d for d in acct.first.devices()}
    assert set(listed) == {"dev0", "phone"}
    assert listed["phone"]["name"] == "Pixel" and listed["phone"]["type"] == "mobile"
    assert listed["phone"]["capabilities"] == {"npu": True}
    assert listed["phone"]["storage_reported"] == 1234
    assert listed["phone"]["online"] and not listed["phone"]["revoked"]
    assert listed["dev0"]["current"] and not listed["phone"]["current"]

    acct.first.revoke("phone")
    with pytest.raises(ApiFailure) as err:  # the token dies at once
        phone.devices()
    assert err.value.status == 401
    with pytest.raises(ApiFailure) as err:  # and the id cannot log in again
        phone.login(acct.name, acct.secret, device("phone"))
    assert err.value.status == 403 and err.value.code == p.ERR_DEVICE_REVOKED
    listed = {d["id"]: d for d in acct.first.devices()}
    assert listed["phone"]["revoked"] and not listed["phone"]["online"]
    with pytest.raises(ApiFailure) as err:
        acct.first.revoke("nope")
    assert err.value.status == 404


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
    assert alice.first.push([p.PushRecord.seal(mem, rev, b"alice secret")]).accepted == 1
    assert mallory.first.pull_all() == []
    with pytest.raises(ApiFailure) as err:
        mallory.first.chain(mem)
    assert err.value.status == 404
    with pytest.raises(ApiFailure) as err:
        mallory.first.chain(mem, rev)
    assert err.value.status == 404
    with pytest.raises(ApiFailure) as err:
        mallory.first.revoke("alice-phone")
    assert err.value.status == 404
    # The same memory id in mallory's account is a different memory: no conflict, no leak.
    res = mallory.first.push([p.PushRecord.seal(mem, random_revision(), b"m")])
    assert res.accepted == 1 and res.results[0].seq == 1
    assert [d["id"] for d in alice.first.devices()] == ["dev0", "alice-phone"]
    assert not any(d["revoked"] for d in alice.first.devices())
    assert alice.first.get(p.PATH_STATS)["records"] == 1


@pytest.mark.parametrize(
    "header", [None, "Bearer", "Bearer msd1_forged", "Basic abc", "Bearer " + "x" * 300]
)
def test_bad_tokens_are_401(server: ServerThread, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    for path in (p.PATH_DEVICES, p.PATH_STATS, p.PATH_PULL, p.PATH_EVENTS):
        r = httpx.get(server.url + path, headers=headers)
        assert r.status_code == 401, (path, r.text)


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
            assert httpx.get(srv.url + f"/v1/stats?access_token={token}").status_code == 401
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
    assert any("/v1/devices" in m for m in access)
    assert not any(token in m for m in access)
    assert any("msd1_[redacted]" in m for m in access)
