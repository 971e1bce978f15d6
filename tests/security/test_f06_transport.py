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


def _self_signed(folder: Any, host: str) -> tuple[str, str]:
    """A certificate for ``host`` and its key, as a small CA-less deployment would have."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(cert_path), str(key_path)


def test_the_server_behind_tls_on_another_address_just_works(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the README shows: uvicorn with a certificate; the client trusts it (here through
    SSL_CERT_FILE, as for a private CA) and syncs over https to a non-loopback address."""
    from memshadow_desktop.server.runner import ServerThread
    from tests.security.conftest import config_for

    host = lan_address()
    if host is None:
        pytest.skip("this host has no address but loopback")
    cert, key = _self_signed(tmp_path, host)
    monkeypatch.setenv("SSL_CERT_FILE", cert)
    config = config_for(f"sqlite:///{tmp_path / 'server.db'}")
    with ServerThread(config, host, ssl_certfile=cert, ssl_keyfile=key) as srv:
        assert srv.url.startswith("https://")
        homes = [tmp_path / "a", tmp_path / "b"]
        a, b = (
            MemshadowService.create(
                AppPaths.resolve(h), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
            )
            for h in homes
        )
        try:
            account = new_account()
            a.sync.setup(srv.url, account, SYNC_PASSPHRASE, create=True, kdf=FAST_ACCOUNT_KDF)
            b.sync.setup(srv.url, account, SYNC_PASSPHRASE, kdf=FAST_ACCOUNT_KDF)
            m = a.memories.add("over TLS", title="tls")
            a.sync.now()
            b.sync.now()
            assert b.memories.get(m.id).body == "over TLS"
            assert not b.sync.status(remote=False).insecure
        finally:
            a.close()
            b.close()
