"""Fixtures of the attack tests: real servers on loopback (one per test, so a test may tamper
with its database as a malicious or broken server would) and real vaults joined to them."""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.runner import ServerThread
from tests.server.conftest import fast_config
from tests.sync.conftest import SYNC_PASSPHRASE, Devices

__all__ = ["SYNC_PASSPHRASE", "Devices"]


def config_for(db_url: str, **kw: Any) -> ServerConfig:
    """Cheap test settings, open registration, and whatever a test asks for."""
    known = {f.name for f in fields(ServerConfig)}
    wanted = {"registration": "open", **kw}
    return fast_config(db_url, **{k: v for k, v in wanted.items() if k in known})


class PortServer(ServerThread):
    """A server thread on a chosen address and port (a restart keeps the devices' URL)."""

    def __init__(self, config: ServerConfig, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(config, host)
        if port:
            self._sock.close()
            self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._sock.bind((host, port))
            self.port = port
            self.url = f"http://{host}:{port}"


class Servers:
    """Start servers for one test; each keeps its SQLite database in the test's folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.running: list[ServerThread] = []

    def start(
        self,
        name: str = "server",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        middleware: list[tuple[Any, dict[str, Any]]] | None = None,
        **kw: Any,
    ) -> PortServer:
        db = self.root / name / "server.db"
        db.parent.mkdir(parents=True, exist_ok=True)
        srv = PortServer(config_for(f"sqlite:///{db}", heartbeat_s=1.0, **kw), host, port)
        for cls, options in middleware or []:
            srv.app.add_middleware(cls, **options)
        srv.start()
        self.running.append(srv)
        return srv

    def stop(self, srv: ServerThread) -> None:
        srv.stop()
        self.running.remove(srv)

    def close(self) -> None:
        for srv in list(self.running):
            with contextlib.suppress(Exception):
                srv.stop()


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    s = Servers(tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def make_devices(tmp_path: Path) -> Iterator[Callable[[ServerThread], Devices]]:
    made: list[Devices] = []

    def make(srv: ServerThread) -> Devices:
        d = Devices(srv.url, tmp_path / f"devices{len(made)}")
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def db_path(srv: ServerThread) -> Path:
    return Path(srv.config.db_url.removeprefix("sqlite:///"))


@contextlib.contextmanager
def server_db(srv: ServerThread) -> Iterator[sqlite3.Connection]:
    """The server's own database, opened beside it (what an attacker with the host has)."""
    conn = sqlite3.connect(db_path(srv), timeout=30)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def sync_state(svc: MemshadowService) -> dict[str, str]:
    """Everything the vault keeps about sync (what a thief who unlocked it has)."""
    return svc._core.store.read(lambda c: dict(c.execute("SELECT key, value FROM sync_state")))


def device_id(svc: MemshadowService) -> str:
    return sync_state(svc)["device_id"]


def sync_all(*devs: MemshadowService, rounds: int = 2) -> None:
    for _ in range(rounds):
        for d in devs:
            d.sync.now()


def state_of(svc: MemshadowService) -> dict[str, tuple[str, str, bool]]:
    out = {}
    for trashed in (False, True):
        for m in svc.memories.list(trashed=trashed):
            out[m.id] = (m.title, m.body, m.deleted)
    return out


def revoke(svc: MemshadowService, target: str) -> None:
    """Revoke a device the way the product does (with the account passphrase, where asked)."""
    import inspect

    params = inspect.signature(svc.devices.revoke).parameters
    if "passphrase" in params:
        svc.devices.revoke(target, passphrase=SYNC_PASSPHRASE)  # type: ignore[call-arg]
    else:
        svc.devices.revoke(target)


def lan_address() -> str | None:
    """An address of this host that is not loopback (None when it has none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            addr = str(s.getsockname()[0])
        except OSError:
            return None
    return None if addr.startswith("127.") else addr


def candidate_secrets(values: dict[str, str]) -> list[bytes]:
    """Every stored value that could be key material: hex or base64url of 16 to 128 bytes."""
    from memshadow_desktop.core.sync.protocol import b64d

    out: list[bytes] = []
    for value in values.values():
        for decode in (bytes.fromhex, b64d):
            with contextlib.suppress(Exception):
                raw = decode(value)
                if 16 <= len(raw) <= 128 and raw not in out:
                    out.append(raw)
        with contextlib.suppress(Exception):
            import json

            nested = json.loads(value)
            if isinstance(nested, dict):
                out += [
                    s
                    for s in candidate_secrets({k: str(v) for k, v in nested.items()})
                    if s not in out
                ]
    return out


def random_device(name: str = "intruder") -> dict[str, Any]:
    return {"id": os.urandom(16).hex(), "name": name, "type": "laptop", "capabilities": {}}


make_devices_type = Callable[[ServerThread], Devices]
