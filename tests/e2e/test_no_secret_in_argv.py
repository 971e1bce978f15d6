"""No passphrase, key or token on a child process's command line (every user of the machine can
read those: ps, /proc/PID/cmdline); children get their secrets on stdin or in their own
environment (readable only by this user)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.server.runner import ServerProcess
from tests.conftest import PASSPHRASE, REPO, Cli

SPAWN_LOG_SITE = REPO / "tests" / "support" / "spawn_log"
NOTES = {
    "git/undo.md": "# Undo a commit\n\ngit reset --soft HEAD~1 keeps the changes staged.\n",
    "git/stash.md": "# Stash\n\ngit stash puts unfinished work aside for later.\n",
    "docker/ports.md": "# Publish a port\n\ndocker run -p 8080:80 maps a container port.\n",
    "docker/prune.md": "# Free disk space\n\ndocker system prune removes stopped containers.\n",
    "sql/wal.md": "# SQLite WAL\n\nWrite-ahead logging lets readers run beside a writer.\n",
    "sql/index.md": "# Covering index\n\nAn index that holds every column the query reads.\n",
    "shell/find.md": "# Large files\n\nfind / -size +1G lists files bigger than a gigabyte.\n",
    "shell/tar.md": "# Compress a folder\n\ntar czf out.tgz folder packs and gzips it.\n",
    "python/venv.md": "# Virtual environments\n\npython -m venv .venv isolates packages.\n",
    "python/comp.md": "# List comprehensions\n\n[x * 2 for x in xs] doubles every item.\n",
    "net/ports.md": "# Open ports\n\nss -tlnp shows listening sockets and their processes.\n",
    "net/dns.md": "# DNS lookup\n\ndig example.org asks the resolver for the address.\n",
}
QUESTIONS = [
    {"q": "undo my last commit but keep the changes", "source": "git/undo.md"},
    {"q": "which processes listen on a port", "source": "net/ports.md"},
    {"q": "make a tarball of a directory", "source": "shell/tar.md"},
]


def _spawned(log: Path) -> list[dict[str, Any]]:
    if not log.is_file():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_bench_search_children_get_the_passphrase_on_stdin_only(
    home_with_model: Path, tmp_path: Path
) -> None:
    """`memshadow bench search` starts Python children (unlock to first result, the window's
    stall); every child's command line is recorded in the CLI and in the children."""
    notes = tmp_path / "notes"
    for rel, text in NOTES.items():
        (notes / rel).parent.mkdir(parents=True, exist_ok=True)
        (notes / rel).write_text(text, encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in QUESTIONS), encoding="utf-8")
    log = tmp_path / "spawned.jsonl"
    cli = Cli(
        home_with_model,
        env={
            "PYTHONPATH": f"{SPAWN_LOG_SITE}{':' if sys.platform != 'win32' else ';'}{REPO}",
            "MEMSHADOW_TEST_SPAWN_LOG": str(log),
        },
    )
    result = cli(
        "bench", "search", "--corpus", str(notes), "--questions", str(questions),
        "--memories", "10", "--stall-seconds", "2", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "error" not in result.json()["gui_stall"], result.json()["gui_stall"]

    spawned = _spawned(log)
    requests = [json.loads(e["stdin"]) for e in spawned if "stdin" in e]
    # Three unlock-to-first-result runs and the window's stall, each told its passphrase on stdin.
    assert len(requests) == 4 and all(r["passphrase"] for r in requests)
    secrets = {r["passphrase"] for r in requests} | {PASSPHRASE}
    started = [e for e in spawned if "env" in e]
    assert len(started) >= 4
    for child in started:
        argv = "\0".join(child["argv"])
        environ = "\0".join(f"{k}={v}" for k, v in child["env"].items())
        for secret in secrets:
            assert secret not in argv, child["argv"]
            # Nor in the environment: the children need no passphrase of the user's.
            assert secret not in environ, sorted(child["env"])


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")
def test_server_process_keeps_the_database_url_off_its_command_line(tmp_path: Path) -> None:
    """A PostgreSQL URL carries a password; the one ServerProcess gets goes to the child's
    environment. A SQLite file name stands in for it here: the server must still use it."""
    db = tmp_path / "stand-in-for-a-password.db"
    with ServerProcess(f"sqlite:///{db}") as srv:
        assert srv.proc is not None
        cmdline = Path(f"/proc/{srv.proc.pid}/cmdline").read_bytes().decode()
        assert "stand-in-for-a-password" not in cmdline
        assert db.is_file()
