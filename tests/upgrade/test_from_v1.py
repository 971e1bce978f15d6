"""A server database and two vaults written by the protocol v1 release (tests/fixtures/v1,
made by scripts/make_v1_fixtures.py) upgrade without losing a memory or a revision.

The server migrates its database (SQLite as it was, or the same rows in PostgreSQL); each v1
vault registers a credential of its own with the auth secret it kept, then forgets that secret;
a device joining afterwards with the passphrase reads everything, v1 records included.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.runner import ServerThread
from tests.conftest import FAST_KDF
from tests.server.conftest import fast_config, temp_pg_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "v1"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())
TABLES = ("accounts", "devices", "tokens", "records", "heads")


def _copy_to_postgres(sqlite_path: Path, url: str) -> None:
    """The v1 fixture's rows, in a PostgreSQL database at the v1 schema (revision 0002)."""
    from alembic import command
    from alembic.config import Config

    from memshadow_desktop.server.db import MIGRATIONS_DIR, Database

    db = Database(url)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with db.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
            conn.commit()
        meta = sa.MetaData()
        meta.reflect(db.engine, only=TABLES)
        with sqlite3.connect(sqlite_path) as src, db.engine.begin() as dst:
            for table in TABLES:
                cur = src.execute(f"SELECT * FROM {table}")
                cols = [c[0] for c in cur.description]
                rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
                if rows:
                    dst.execute(meta.tables[table].insert(), rows)
            dst.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('accounts', 'id'), "
                "(SELECT max(id) FROM accounts))"
            )
    finally:
        db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ServerThread, Path]]:
    work = tmp_path / "v1"
    shutil.copytree(FIXTURES, work)
    if request.param == "sqlite":
        with ServerThread(fast_config(f"sqlite:///{work / 'server.db'}")) as srv:
            yield srv, work
        return
    with temp_pg_database() as url:
        _copy_to_postgres(work / "server.db", url)
        with ServerThread(fast_config(url)) as srv:
            yield srv, work


def _open(home: Path, server_url: str) -> MemshadowService:
    svc = MemshadowService.unlock(AppPaths.resolve(home), lambda: EXPECTED["vault_passphrase"])
    # The server moved to another port; the vault's binding follows it, as a user would.
    svc._core.store.write(
        lambda c, _x: c.executemany(
            "UPDATE sync_state SET value = ? WHERE key = ?",
            [(server_url, "server"), (f"{server_url}|{EXPECTED['account']}", "binding")],
        )
    )
    return svc


def _state(svc: MemshadowService) -> dict[str, Any]:
    store = svc._core.store
    return {
        "memories": {
            m.id: (m.title, m.body, m.deleted)
            for trashed in (False, True)
            for m in svc.memories.list(trashed=trashed)
        },
        "revisions": store.read(
            lambda c: {r[0] for r in c.execute("SELECT rev_id FROM revisions")}
        ),
        "sync": store.read(lambda c: dict(c.execute("SELECT key, value FROM sync_state"))),
    }


def test_v1_server_and_vaults_upgrade_without_loss(
    upgraded: tuple[ServerThread, Path], tmp_path: Path
) -> None:
    srv, work = upgraded
    a, b = _open(work / "a", srv.url), _open(work / "b", srv.url)
    try:
        before = {"a": _state(a), "b": _state(b)}
        for name in ("a", "b"):
            for mid, m in EXPECTED[name]["memories"].items():
                assert before[name]["memories"][mid] == (m["title"], m["body"], m["deleted"])
        for _ in range(2):
            a.sync.now()
            b.sync.now()
        after = {"a": _state(a), "b": _state(b)}
        for name in ("a", "b"):
            # Not a memory, not a revision lost (those v1 had not pushed yet got random ids
            # before leaving the vault: their v1 ids were the SHA-256 of their text); the auth
            # secret v1 kept is gone.
            unpushed = set(EXPECTED[name]["outbox"])
            assert set(EXPECTED[name]["revisions"]) - unpushed <= after[name]["revisions"]
            assert not unpushed & after[name]["revisions"]
            assert len(after[name]["revisions"]) >= len(EXPECTED[name]["revisions"])
            for mid, m in EXPECTED[name]["memories"].items():
                got = after[name]["memories"][mid]
                assert got[0] == m["title"] and got[2] == m["deleted"]
            sync = after[name]["sync"]
            assert "auth_secret" not in sync and "data_key" not in sync
            assert sync.get("device_key") and json.loads(sync["data_keys"])
        # Both converge, A's unpushed change and edit included.
        assert after["a"]["memories"] == after["b"]["memories"]
        assert len(after["a"]["memories"]) == len(EXPECTED["a"]["memories"])
        pin = EXPECTED["ids"]["pin"]
        assert after["b"]["memories"][pin][1] == "4822"
        # The conflict B recorded under v1 is still there to resolve.
        assert [c.id for c in b.conflicts.list()] == EXPECTED["conflicts_b"]

        # A device joining now, with the passphrase alone, reads every record, v1's included.
        late = MemshadowService.create(
            AppPaths.resolve(tmp_path / "late"),
            passphrase="late vault passphrase",
            use_keyring=False,
            kdf=FAST_KDF,
        )
        try:
            late.sync.setup(srv.url, EXPECTED["account"], EXPECTED["sync_passphrase"])
            late.sync.now()
            assert _state(late)["memories"] == after["a"]["memories"]
            # Revoking (with rotation) works on the upgraded account; the others read on.
            version = a.devices.revoke(
                late.sync.status(remote=False).device_id or "",
                passphrase=EXPECTED["sync_passphrase"],
            )
            assert version == 2
            newest = a.memories.add("after the rotation", title="Rotated")
            a.sync.now()
            b.sync.now()
            assert b.memories.get(newest.id).body == "after the rotation"
        finally:
            late.close()
    finally:
        a.close()
        b.close()
    # The server kept every v1 record; device names it held in clear are gone.
    with srv.app.state.repo.db.read() as conn:
        seqs = {r[0] for r in conn.execute(sa.text("SELECT revision_id FROM records"))}
        names = [r[0] for r in conn.execute(sa.text("SELECT name FROM devices"))]
        keys = [r[0] for r in conn.execute(sa.text("SELECT account_key FROM accounts"))]
    assert {r[1] for r in EXPECTED["server_records"]} <= seqs
    assert not set(EXPECTED["a"]["outbox"]) & seqs
    assert set(names) == {""} and all(keys)
