"""Without the ``[server]`` extra, the commands that need a server say what to install."""

from __future__ import annotations

import json

import pytest

from tests.support.blocked_imports import run_without

HINT = "the server needs: pip install 'memshadow-desktop[server]'"


def test_memshadow_server_says_what_to_install() -> None:
    out = run_without(
        ["fastapi", "uvicorn"],
        "from memshadow_desktop.server.cli import main; main(['--port', '0'])",
    )
    assert out.returncode == 1
    assert out.stderr == f"memshadow-server: {HINT} (missing: fastapi, uvicorn)\n"


def test_postgresql_without_psycopg_says_what_to_install() -> None:
    out = run_without(
        ["psycopg"],
        "from memshadow_desktop.server.cli import main\n"
        "main(['--db', 'postgresql://nobody@127.0.0.1:1/none', '--port', '0'])",
    )
    assert out.returncode == 1
    assert out.stderr == f"memshadow-server: {HINT} (missing: psycopg)\n"


@pytest.mark.parametrize("args", [["bench", "server"], ["bench", "sync"]])
def test_benchmarks_that_start_a_server_say_what_to_install(args: list[str]) -> None:
    out = run_without(
        ["sqlalchemy"], f"from memshadow_desktop.cli import main; main({[*args, '--json']!r})"
    )
    assert out.returncode == 1
    assert out.stderr == f"memshadow: {HINT} (missing: sqlalchemy)\n"
    assert json.loads(out.stdout)["error"]["code"] == "missing_extra"
