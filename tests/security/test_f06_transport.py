"""Finding 6: the client only talks to a server over https (loopback excepted), and nothing a
network observer sees lets it log in.

v1 accepted ``http://`` to any host and sent the account's auth secret in the login body.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.conftest import (
    SYNC_PASSPHRASE,
    Servers,
    lan_address,
    make_devices_type,
)
from tests.sync.conftest import FAST_ACCOUNT_KDF, new_account


def test_plain_http_to_another_host_is_refused_unless_insecure_is_asked_for(
    servers: Servers, tmp_path: Any
) -> None:
    host = lan_address()
    if host is None:
        pytest.skip("this host has no address but loopback")
    seen: list[str] = []
    srv = servers.start(host=host, middleware=[(_Record, {"seen": seen})])
    svc = MemshadowService.create(
        AppPaths.resolve(tmp_path / "dev"), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    )
    try:
        with pytest.raises(MemshadowError) as info:
            svc.sync.setup(
                srv.url, new_account(), SYNC_PASSPHRASE, create=True, kdf=FAST_ACCOUNT_KDF
            )
        assert info.value.code == "insecure_server"
        assert seen == [], f"it talked to {srv.url} before refusing: {seen}"
        if "insecure" in inspect.signature(svc.sync.setup).parameters:
            svc.sync.setup(
                srv.url,
                new_account(),
                SYNC_PASSPHRASE,
                create=True,
                kdf=FAST_ACCOUNT_KDF,
                insecure=True,
            )  # type: ignore[call-arg]
            svc.memories.add("over plain http, as asked", title="x")
            svc.sync.now()
            assert svc.sync.status(remote=False).to_json().get("insecure") is True
    finally:
        svc.close()


class _Record:
    """ASGI middleware: remember every request (method, path) and POST/PUT body."""

    def __init__(self, app: ASGIApp, seen: list[Any], bodies: list[Any] | None = None) -> None:
        self.app, self.seen, self.bodies = app, seen, bodies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.seen.append(f"{scope['method']} {scope['path']}")
        chunks: list[bytes] = []

        async def replay() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and self.bodies is not None:
                    self.bodies.append((scope["method"], scope["path"], b"".join(chunks)))
            return message

        await self.app(scope, replay, send)


def test_what_a_network_observer_sees_does_not_log_it_in(
    servers: Servers, make_devices: make_devices_type
) -> None:
    seen: list[str] = []
    bodies: list[tuple[str, str, bytes]] = []
    srv = servers.start(middleware=[(_Record, {"seen": seen, "bodies": bodies})])
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    a.memories.add("hello", title="x")
    a.sync.now()
    b.sync.now()
    assert bodies
    replayed = []
    with httpx.Client(base_url=srv.url, timeout=10) as http:
        for method, path, body in list(bodies):
            if method not in ("POST", "PUT") or not body.startswith(b"{"):
                continue
            r = http.request(
                method, path, content=body, headers={"Content-Type": "application/json"}
            )
            if r.status_code < 400 and "token" in r.text:
                replayed.append(path)
    assert replayed == [], f"a replayed request body logged in: {replayed}"
