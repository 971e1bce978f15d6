"""The `memshadow-server` command and `memshadow bench server`, as processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.server import schema
from memshadow_desktop.server.cli import default_data_dir
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.runner import ServerProcess, free_port


def test_server_defaults_to_sqlite_under_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    port = free_port()
    env = {**os.environ, "MEMSHADOW_HOME": str(home)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "memshadow_desktop.server.cli",
            "--port",
            str(port),
            "--no-access-log",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        import time

        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert r.json() == {"status": "ok", "database": "sqlite", "protocol": 2}
        assert (home / "data" / "server.db").is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_default_database_sits_in_the_apps_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server works out the folder itself (it does not import core); it must agree with core.
    for env in (None, "", str(tmp_path / "env-home")):
        if env is None:
            monkeypatch.delenv("MEMSHADOW_HOME", raising=False)
        else:
            monkeypatch.setenv("MEMSHADOW_HOME", env)
        assert default_data_dir(None) == AppPaths.resolve(None).data_dir
        for home in (str(tmp_path / "home"), "~/memshadow-home", "relative/home"):
            assert default_data_dir(home) == AppPaths.resolve(home).data_dir
    assert default_data_dir(None) == (tmp_path / "env-home" / "data").resolve()


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    for args in (["--db", db, "--workers", "2"], ["--db", "mysql://x/y"], ["--port", "nope"]):
        out = subprocess.run(
            [sys.executable, "-m", "memshadow_desktop.server.cli", *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr


def test_migrations_build_the_schema(db_url: str) -> None:
    db = Database(db_url)
    try:
        db.migrate()
        db.migrate()  # idempotent
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        assert diff == [] and version == "0003"
    finally:
        db.dispose()


def test_bench_server_small_run(tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from memshadow_desktop.cli import main; main()",
            "bench",
            "server",
            "--records",
            "300",
            "--batch",
            "50",
            "--samples",
            "3",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    (scenario,) = result["scenarios"]
    assert scenario["database"] == "sqlite" and scenario["push"]["records"] == 300
    assert scenario["pull"]["records"] == 300 and scenario["events"]["samples"] == 3


def test_server_process_serves_openapi() -> None:
    # ServerProcess is what the replica tests and the benchmark use.
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, ServerProcess(f"sqlite:///{tmp}/x.db") as srv:
        spec = httpx.get(srv.url + "/openapi.json").json()
        assert spec["info"]["title"] == "MEMSHADOW sync server"
