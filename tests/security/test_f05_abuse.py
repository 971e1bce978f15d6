"""Finding 5: abuse of the server: sign-ups, storage, memory, lock-outs, streams.

v1 let anyone create accounts (35 in a second, each an Argon2id hash for the server), had no
quotas (a 3.6 KB compressible push stored 62.9 MB), loaded up to 5,000 rows of up to 4 MiB
before applying a pull's byte budget, locked the owner out after five wrong logins by anyone,
counted successes in a per-process limiter that ignored proxies and never forgot an address,
and let one token open any number of event streams.
"""

from __future__ import annotations

import base64
import contextlib
import inspect
import os
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.config import ServerConfig
from tests.security.conftest import (
    SYNC_PASSPHRASE,
    Devices,
    Servers,
    make_devices_type,
    server_db,
    sync_state,
)
from tests.sync.conftest import FAST_ACCOUNT_KDF, new_account


def _setup(svc: Any, url: str, account: str, passphrase: str, **kw: Any) -> None:
    params = inspect.signature(svc.sync.setup).parameters
    svc.sync.setup(
        url,
        account,
        passphrase,
        kdf=FAST_ACCOUNT_KDF,
        **{k: v for k, v in kw.items() if k in params},
    )


@contextlib.contextmanager
def client_address(ip: str | None = None, forwarded_for: str | None = None) -> Iterator[None]:
    """Make the product's HTTP client come from another address (or through a proxy)."""
    real = httpx.AsyncClient

    def make(*args: Any, **kw: Any) -> httpx.AsyncClient:
        if ip:
            kw["transport"] = httpx.AsyncHTTPTransport(local_address=ip)
        if forwarded_for:
            kw["headers"] = {**kw.get("headers", {}), "X-Forwarded-For": forwarded_for}
        return real(*args, **kw)

    httpx.AsyncClient = make  # type: ignore[misc]
    try:
        yield
    finally:
        httpx.AsyncClient = real  # type: ignore[misc]


def test_the_default_registration_is_not_open_to_anyone(servers: Servers, devices_in: Any) -> None:
    assert ServerConfig(db_url="sqlite://").__dict__.get("registration") in ("invite", "closed")
    srv = servers.start(registration="invite")
    svc = devices_in(srv).make("first", join=False)
    with pytest.raises(MemshadowError):
        _setup(svc, srv.url, new_account(), SYNC_PASSPHRASE, create=True)
    code = srv.app.state.repo.accounts.create_invite()
    _setup(svc, srv.url, new_account(), SYNC_PASSPHRASE, create=True, invite=code)
    with pytest.raises(MemshadowError):  # an invite is used once
        other = devices_in(srv).make("second", join=False)
        _setup(other, srv.url, new_account(), SYNC_PASSPHRASE, create=True, invite=code)


def test_open_registration_is_throttled_per_address(servers: Servers) -> None:
    srv = servers.start(registration="open")
    created = 0
    with httpx.Client(base_url=srv.url, timeout=30) as http:
        for _ in range(20):
            body = _create_body()
            r = http.post(p.PATH_ACCOUNTS, json=body)
            if r.status_code == 201:
                created += 1
    assert created <= 10, f"{created} accounts from one address in a row"


def _create_body() -> dict[str, Any]:
    """An account creation as v1 and v2 clients send it (the server takes what it knows)."""
    key = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
    return {
        "account": new_account(),
        "auth_secret": key,
        "wrapped_key": base64.urlsafe_b64encode(os.urandom(60)).rstrip(b"=").decode(),
        "device": {"id": os.urandom(16).hex(), "name": "x", "type": "laptop", "capabilities": {}},
    }


def test_quotas_stop_an_account_from_filling_the_disk(
    servers: Servers, make_devices: make_devices_type
) -> None:
    quota = 2_000_000
    srv = servers.start(quota_bytes=quota, quota_records=50)
    devs = make_devices(srv)
    a = devs.make("a")
    # A tiny compressible push claiming a 4 MiB record.
    token = sync_state(a)["token"]
    rec = p.PushRecord.seal(p.new_memory_id(), os.urandom(16).hex(), bytes(4 * 1024 * 1024))
    body = p.encode_push([rec])
    assert len(body) < 4096
    with httpx.Client(base_url=srv.url, timeout=30) as http:
        http.post(
            p.PATH_PUSH,
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": p.BATCH_MEDIA_TYPE},
        )
    for i in range(5):
        a.memories.add(base64.b64encode(os.urandom(600_000)).decode(), title=f"big {i}")
    with pytest.raises(MemshadowError) as info:
        a.sync.now()
    assert "quota" in f"{info.value.code} {info.value.detail}"
    with server_db(srv) as db:
        stored = db.execute("SELECT coalesce(sum(size), 0) FROM records").fetchone()[0]
    assert stored <= quota


def test_a_pull_loads_no_more_rows_than_its_byte_budget(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a = devs.make("a")
    for i in range(32):
        a.memories.add(base64.b64encode(os.urandom(800_000)).decode(), title=f"big {i}")
    a.sync.now()
    with server_db(srv) as db:
        total = db.execute("SELECT sum(size) FROM records").fetchone()[0]
    assert total > 20 * 1024 * 1024
    repo = srv.app.state.repo
    reader = devs.make("reader")  # another device: the records come whole, not as stubs
    who = repo.accounts.authenticate(sync_state(reader)["token"])
    for call in (
        lambda: repo.records.pull(who, 0, p.MAX_PULL_LIMIT),
        lambda: repo.records.snapshot(who, 0, 0, p.MAX_PULL_LIMIT),
    ):
        tracemalloc.start()
        try:
            batch = call()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert batch.more
        assert peak < 14 * 1024 * 1024, f"{peak / 2**20:.1f} MiB held for an 8 MiB batch"


def test_failed_logins_by_others_never_lock_the_owner_out(
    servers: Servers, make_devices: make_devices_type, devices_in: Any
) -> None:
    srv = servers.start(login_max_attempts_per_ip=30)
    devs = make_devices(srv)
    owner = devs.make("owner")
    attacker = devices_in(srv).make("attacker", join=False)
    with client_address("127.0.0.2"):
        for _ in range(12):
            with contextlib.suppress(MemshadowError):
                _setup(attacker, srv.url, devs.account, "not the passphrase")
    with client_address("127.0.0.3"):
        new = devices_in(srv).make("new-device", join=False)
        _setup(new, srv.url, devs.account, SYNC_PASSPHRASE)
    owner.memories.add("still syncing", title="Owner")
    owner.sync.now()


def test_successful_logins_are_not_throttled(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start(login_max_attempts_per_ip=30)
    devs = make_devices(srv)
    dev = devs.make("busy")
    for _ in range(35):
        _setup(dev, srv.url, devs.account, SYNC_PASSPHRASE)


def test_a_trusted_proxy_passes_the_client_address_on(
    servers: Servers, make_devices: make_devices_type, devices_in: Any
) -> None:
    srv = servers.start(trusted_proxies=("127.0.0.1",))
    devs = make_devices(srv)
    devs.make("owner")
    attacker = devices_in(srv).make("attacker", join=False)
    with client_address(forwarded_for="203.0.113.7"):
        for _ in range(12):
            with contextlib.suppress(MemshadowError):
                _setup(attacker, srv.url, devs.account, "not the passphrase")
    with client_address(forwarded_for="198.51.100.9"):
        new = devices_in(srv).make("new-device", join=False)
        _setup(new, srv.url, devs.account, SYNC_PASSPHRASE)


def test_the_limiter_forgets_addresses_so_its_memory_stays_bounded(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start(throttle_max_keys=200)
    devs = make_devices(srv)
    devs.make("owner")
    for i in range(450):
        ip = f"127.{1 + i // 250}.{i % 250}.{9}"
        transport = httpx.HTTPTransport(local_address=ip)
        with httpx.Client(base_url=srv.url, transport=transport, timeout=10) as http:
            v1, v2 = _bad_login(devs.account)
            http.post("/v1/login", json=v1)
            http.post("/v2/session", json=v2)
    repo = srv.app.state.repo
    sizes = []
    limiter = getattr(repo.accounts, "ip_limiter", None)
    if limiter is not None and hasattr(limiter, "_events"):
        sizes.append(len(limiter._events))
    with server_db(srv) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "throttle" in tables:
            sizes.append(db.execute("SELECT count(*) FROM throttle").fetchone()[0])
    assert sizes and max(sizes) <= 200, f"the limiter holds {sizes} addresses"


def _bad_login(account: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A wrong login as protocol v1 and as v2 send it."""

    def b64(n: int) -> str:
        return base64.urlsafe_b64encode(os.urandom(n)).rstrip(b"=").decode()

    device = {"id": os.urandom(16).hex(), "name": "x", "type": "laptop", "capabilities": {}}
    v1 = {"account": account, "auth_secret": b64(32), "device": device}
    v2 = {
        "account": account,
        "device_id": os.urandom(16).hex(),
        "challenge": b64(32),
        "signature": b64(64),
    }
    return v1, v2


def test_one_device_cannot_hold_open_any_number_of_event_streams(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    a = make_devices(srv).make("a")
    token = sync_state(a)["token"]
    opened, ended = [], []
    lock = threading.Lock()

    def follow(n: int) -> None:
        try:
            with (
                httpx.Client(base_url=srv.url, timeout=httpx.Timeout(10, read=20)) as http,
                http.stream(
                    "GET", p.PATH_EVENTS, headers={"Authorization": f"Bearer {token}"}
                ) as r,
            ):
                if r.status_code != 200:
                    return
                for line in r.iter_lines():
                    if line.startswith("event:"):
                        with lock:
                            if n not in opened:
                                opened.append(n)
        except httpx.HTTPError:
            pass
        finally:
            with lock:
                ended.append(n)

    threads = [threading.Thread(target=follow, args=(n,), daemon=True) for n in range(8)]
    for t in threads:
        t.start()
        time.sleep(0.2)
    time.sleep(2.0)
    with lock:
        still_open = len(set(range(8)) - set(ended))
    assert still_open <= 4, f"{still_open} event streams open for one device"


@pytest.fixture
def devices_in(tmp_path: Any) -> Iterator[Any]:
    made: list[Devices] = []

    def make(srv: Any) -> Devices:
        d = Devices(srv.url, tmp_path / f"extra{len(made)}")
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()
