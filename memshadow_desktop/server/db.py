"""Engine, transactions and migrations for SQLite (default) and PostgreSQL (scale-out).

Writes that touch an account's sequence (push, compaction) run in :meth:`Database.account_tx`,
which serializes them per account: ``SELECT ... FOR UPDATE`` on the account row in PostgreSQL,
``BEGIN IMMEDIATE`` plus a process-wide lock in SQLite. Sequence numbers are therefore assigned
and committed in order, so a reader never sees seq N+1 before seq N.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine, make_url

from memshadow_desktop.server import schema

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_LOCK_KEY = 0x6D656D73  # pg_advisory_lock key ("mems")
# Rows per IN (...) list: well under SQLite's bound-parameter limit.
IN_CHUNK = 500


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use psycopg 3; leave SQLite alone."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def libpq_dsn(url: str) -> str:
    """The same database as a plain libpq URL (for psycopg's LISTEN connection)."""
    u = make_url(normalize_url(url))
    return u.set(drivername="postgresql").render_as_string(hide_password=False)


def owner_only(database: Path) -> None:
    """The database's folder 0700 and its files (with -wal and -shm) 0600, tightened when
    they exist already: it holds every account's ciphertext and metadata."""
    folder = database.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    elif not folder.stat().st_mode & stat.S_ISVTX and folder not in (Path.home(), Path("/")):
        os.chmod(folder, 0o700)  # not a shared folder such as /tmp, nor a home
    if not database.exists():
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        if path.exists():
            os.chmod(path, 0o600)


def chunks(items: Sequence[Any], n: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    """``items`` in slices of at most ``n``, for queries with an ``IN`` list."""
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Database:
    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.url = normalize_url(url)
        self.dialect = make_url(self.url).get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database: {self.dialect}")
        self.is_sqlite = self.dialect == "sqlite"
        self._write_lock = threading.Lock()
        self.engine = self._make_engine(pool_size)

    def _make_engine(self, pool_size: int) -> Engine:
        if self.is_sqlite:
            database = make_url(self.url).database
            if database and database != ":memory:":
                owner_only(Path(database))
            engine = sa.create_engine(
                self.url,
                connect_args={"check_same_thread": False, "timeout": 30},
                pool_size=pool_size,
                max_overflow=20,
            )

            @sa.event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
                dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                # FULL: every commit is on disk before the push is answered. (NORMAL in WAL
                # mode may lose the last commits on power loss: acknowledged pushes, and
                # sequence numbers devices have already passed would be handed out again.)
                cur.execute("PRAGMA synchronous=FULL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.close()

            @sa.event.listens_for(engine, "begin")
            def _on_begin(conn: Connection) -> None:
                mode = conn.info.pop("begin_mode", "")
                conn.exec_driver_sql(f"BEGIN {mode}".strip())

            return engine
        return sa.create_engine(
            self.url,
            pool_size=pool_size,
            max_overflow=30,
            pool_pre_ping=True,
            isolation_level="READ COMMITTED",
        )

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Connection]:
        """A write transaction that does not need the account lock.

        ``durable=False`` for bookkeeping a power loss may lose without harm (a device's
        last-seen time and counters, a login challenge, a throttle count): its commit does not
        wait for the disk (SQLite ``synchronous=NORMAL`` for it, PostgreSQL
        ``synchronous_commit=off``). Records, heads, accounts, devices and keys are written
        durably: an answered push is on disk."""
        if self.is_sqlite:
            with self._write_lock, self.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw is not None  # a pooled connection that is checked out
                level = "FULL" if durable else "NORMAL"
                if conn.info.get("synchronous") != level:
                    raw.execute(f"PRAGMA synchronous={level}")  # outside any transaction
                    conn.info["synchronous"] = level
                conn.info["begin_mode"] = "IMMEDIATE"
                with conn.begin():
                    yield conn
        else:
            with self.engine.connect() as conn, conn.begin():
                if not durable:
                    conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                yield conn

    @contextmanager
    def account_tx(self, account_id: int) -> Iterator[tuple[Connection, Any]]:
        """A write transaction holding the account's lock; yields (connection, account row)."""
        acc = schema.accounts
        with self.write() as conn:
            q = sa.select(acc).where(acc.c.id == account_id)
            if not self.is_sqlite:
                q = q.with_for_update()
            row = conn.execute(q).one()
            yield conn, row

    # ------------------------------------------------------------------ schema

    def migrate(self) -> None:
        """Bring the schema to the latest revision (safe to run from several replicas)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({_MIGRATION_LOCK_KEY})")
                conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                if not self.is_sqlite:
                    conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK_KEY})")
                    conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()
