"""Fixtures: a real uvicorn on a loopback port, on SQLite and (when a URL is set) PostgreSQL."""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import SyncClient, device, sealed
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.runner import ServerThread

PG_ENV = "MEMSHADOW_TEST_PG_URL"
PG_SKIP = f"{PG_ENV} is not set: PostgreSQL tests skipped (CI starts a throw-away cluster)"

_counter = itertools.count()


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _pg_admin(url: str, sql: str) -> None:
    import psycopg

    from memshadow_desktop.server.db import libpq_dsn

    with psycopg.connect(libpq_dsn(url), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def fresh_pg_database(url: str) -> str:
    """A new empty database on the test cluster; returns its URL."""
    from sqlalchemy.engine import make_url

    name = f"memshadow_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(url, f'CREATE DATABASE "{name}"')
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    from sqlalchemy.engine import make_url

    base = pg_url()
    name = make_url(url).database
    if base and name and name.startswith("memshadow_test_"):
        _pg_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def temp_pg_database() -> Iterator[str]:
    """A fresh database on the test cluster for the duration (skips without a cluster)."""
    base = pg_url()
    if base is None:
        pytest.skip(PG_SKIP)
    url = fresh_pg_database(base)
    try:
        yield url
    finally:
        drop_pg_database(url)


def fast_config(db_url: str, **kw: Any) -> ServerConfig:
    """Cheap server-side Argon2, no background compaction, registration open to the tests'
    many accounts from one address: tests stay quick."""
    base = ServerConfig(
        db_url=db_url,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        compact_every_s=0,
        heartbeat_s=2.0,
        login_max_attempts_per_ip=10_000,
        registration="open",
        signups_per_hour=100_000,
        hellos_per_minute=100_000,
    )
    return replace(base, **kw)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("srv") / "server.db"
        yield f"sqlite:///{path}"
        return
    with temp_pg_database() as url:
        yield url


@pytest.fixture(scope="module")
def server(db_url: str) -> Iterator[ServerThread]:
    with ServerThread(fast_config(db_url)) as srv:
        yield srv


def unique(prefix: str = "acct") -> str:
    return f"{prefix}{os.getpid()}x{next(_counter)}x{uuid.uuid4().hex[:6]}"


class Account:
    """An account on a test server and a way to log more devices into it. ``secret`` seeds
    the account's signing key (what the passphrase derives in the real client)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = unique()
        self.secret = os.urandom(32)
        self.wrapped = os.urandom(60)
        self.clients: list[SyncClient] = []
        first = SyncClient(url)
        self.session = first.create_account(self.name, self.secret, self.wrapped, device("dev0"))
        self.clients.append(first)

    @property
    def first(self) -> SyncClient:
        return self.clients[0]

    def device(self, device_id: str, url: str | None = None) -> SyncClient:
        c = SyncClient(url or self.url)
        c.login(self.name, self.secret, device(device_id))
        self.clients.append(c)
        return c

    def close(self) -> None:
        for c in self.clients:
            c.close()


@pytest.fixture
def account_factory(server: ServerThread) -> Iterator[Callable[..., Account]]:
    made: list[Account] = []

    def make(url: str | None = None) -> Account:
        a = Account(url or server.url)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()


def rec(memory_id: str, revision_id: str, data: bytes, **kw: Any) -> p.PushRecord:
    """A record whose stand-in ciphertext has the v2 envelope the server checks (key 1)."""
    return p.PushRecord.seal(memory_id, revision_id, sealed(data), **kw)
