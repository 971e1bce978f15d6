"""Sync end to end: the `memshadow` command on real vaults, `memshadow-server` as a process.

kill -9 of a device mid-push and mid-pull, a server killed and restarted mid-sync, the agent
following live changes and stopping on SIGTERM, a revoked device, a wrong passphrase.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.server.runner import ServerProcess
from tests.conftest import Cli, memshadow_bin

SYNC_ENV = {"MEMSHADOW_SYNC_PASSPHRASE": "a sync passphrase"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with ServerProcess(
        f"sqlite:///{tmp_path / 'server.db'}",
        extra=["--registration", "open"],
        log=tmp_path / "server.log",
    ) as srv:
        yield srv


def server_records(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "server.db") as conn:
        return conn.execute("SELECT memory_id, revision_id FROM records").fetchall()


def device(tmp_path: Path, name: str, server: ServerProcess, *, create: bool) -> Cli:
    cli = Cli(tmp_path / name, env=SYNC_ENV)
    assert cli("init", "--no-keyring").code == 0
    args = ["sync", "setup", "--server", server.url, "--account", "family", "--device-name", name]
    out = cli(*args, *(["--create"] if create else []))
    assert out.code == 0, out.err
    return cli


def add_many(cli: Cli, tmp_path: Path, n: int, tag: str) -> None:
    folder = tmp_path / f"notes-{tag}"
    folder.mkdir()
    for i in range(n):
        (folder / f"{tag}-{i}.md").write_text(f"# {tag} {i}\n\nbody of {tag} note {i}\n")
    assert cli("import", str(folder)).code == 0


def listing(cli: Cli) -> dict[str, str]:
    out = cli("list", "--json")
    assert out.code == 0, out.err
    return {m["id"]: m["head_rev"] for m in out.json()}


def test_two_devices_through_the_cli(tmp_path: Path, server: ServerProcess) -> None:
    a = device(tmp_path, "a", server, create=True)
    b = device(tmp_path, "b", server, create=False)
    wrong = b(
        "sync",
        "setup",
        "--server",
        server.url,
        "--account",
        "family",
        env={"MEMSHADOW_SYNC_PASSPHRASE": "not the passphrase"},
    )
    assert wrong.code == ExitCode.LOCKED and "wrong sync passphrase" in wrong.err
    mid = a("add", "milk\neggs\nbread\nbutter\njam\n", "--title", "groceries").out.strip()
    assert a("sync", "now").code == 0
    assert b("sync", "now", "--json").json()["pulled"] == 1
    a("edit", mid, "oat milk\neggs\nbread\nbutter\njam\n")
    b("edit", mid, "milk\neggs\nbread\nbutter\nhoney\n")
    a("sync", "now")
    merged = b("sync", "now", "--json").json()
    assert merged["merged"] == 1 and merged["conflicts"] == 0
    a("sync", "now")
    assert a("show", mid, "--json").json()["body"] == "oat milk\neggs\nbread\nbutter\nhoney\n"
    a("edit", mid, "from a\n")
    b("edit", mid, "from b\n")
    a("sync", "now")
    assert b("sync", "now", "--json").json()["conflicts"] == 1
    [c] = b("conflicts", "--json").json()
    shown = b("conflicts", "show", str(c["id"]))
    assert "from a" in shown.out and "from b" in shown.out
    merged_file = tmp_path / "merged.txt"
    merged_file.write_text("from a\nfrom b\n")
    assert b("conflicts", "resolve", str(c["id"]), "--file", str(merged_file)).code == 0
    assert b("conflicts", "--json").json() == []
    b("sync", "now")
    a("sync", "now")
    assert a("show", mid, "--json").json()["body"] == "from a\nfrom b\n"
    status = a("sync", "status", "--json").json()
    assert status["pending_total"] == 0 and status["devices_online"] == 2
    assert status["operations"]["success_rate"] == 1.0 and status["bytes"]["up_wire"] > 0
    devices = a("devices", "--json").json()
    assert len(devices) == 2
    assert a("sync", "pause").code == 0 and a("sync", "status", "--json").json()["paused"]
    assert a("sync", "resume").code == 0
    # Revoking b: b stops with a clear message.
    b_id = next(d["id"] for d in devices if not d["current"])
    revoked = a("devices", "revoke", b_id)
    assert revoked.code == 0, revoked.err
    assert "cannot be undone on that device" in revoked.out
    b("add", "after revocation")
    out = b("sync", "now")
    assert out.code == ExitCode.NETWORK and "revoked" in out.err


def test_kill_9_mid_push_then_retry_duplicates_nothing(
    tmp_path: Path, server: ServerProcess
) -> None:
    a = device(tmp_path, "a", server, create=True)
    add_many(a, tmp_path, 60, "push")
    killed = a("sync", "now", env={"MEMSHADOW_SYNC_FAULT": "push_after_send"})
    assert killed.code == -signal.SIGKILL
    accepted = server_records(tmp_path)
    assert len(accepted) == 60  # the server has them; the device never recorded it
    again = a("sync", "now", "--json")
    assert again.code == 0, again.err
    assert again.json()["pushed"] == 0
    assert len(server_records(tmp_path)) == 60
    assert a("sync", "status", "--json").json()["pending_total"] == 0
    b = device(tmp_path, "b", server, create=False)
    assert b("sync", "now").code == 0
    assert listing(b) == listing(a)


def test_kill_9_mid_pull_then_resume(tmp_path: Path, server: ServerProcess) -> None:
    a = device(tmp_path, "a", server, create=True)
    b = device(tmp_path, "b", server, create=False)
    a("add", "the first one")
    a("sync", "now")
    b("sync", "now")  # b now pulls incrementally from a cursor
    add_many(a, tmp_path, 1200, "pull")
    assert a("sync", "now").code == 0
    killed = b("sync", "now", env={"MEMSHADOW_SYNC_FAULT": "pull_mid_apply"})
    assert killed.code == -signal.SIGKILL
    partial = listing(b)
    assert 1 < len(partial) < 1201  # the first batch was applied and committed
    resumed = b("sync", "now", "--json")
    assert resumed.code == 0, resumed.err
    assert listing(b) == listing(a) and len(listing(b)) == 1201
    assert b("sync", "status", "--json").json()["pending_total"] == 0


def test_server_killed_mid_sync_and_the_agent_catches_up(
    tmp_path: Path, server: ServerProcess
) -> None:
    a = device(tmp_path, "a", server, create=True)
    b = device(tmp_path, "b", server, create=False)
    agent = subprocess.Popen(
        [memshadow_bin(), "agent", "--json"],
        env=b.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    seen = threading.Event()
    marker: list[str] = []

    def read() -> None:
        assert agent.stdout is not None
        for line in agent.stdout:
            lines.append(line)
            if marker and marker[0] in line:
                seen.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        add_many(a, tmp_path, 3000, "big")
        push = subprocess.Popen(
            [memshadow_bin(), "sync", "now"],
            env=a.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Kill the server as soon as it has accepted some of the push, then restart it.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and push.poll() is None:
            try:
                if server_records(tmp_path):
                    break
            except sqlite3.Error:
                pass
            time.sleep(0.01)
        assert server.proc is not None
        server.proc.kill()
        server.proc.wait()
        _out, err = push.communicate(timeout=120)
        assert "Traceback" not in err
        server.start()
        done = a("sync", "now", "--json")
        assert done.code == 0, done.err
        ids = set(listing(a))
        assert len(ids) == 3000
        records = server_records(tmp_path)
        assert len(records) == len(set(records)) == 3000
        # The agent reconnects on its own and applies everything.
        marker.append(a("add", "the last change").out.strip())
        if any(marker[0] in line for line in lines):
            seen.set()
        a("sync", "now")
        assert seen.wait(120)
    finally:
        agent.send_signal(signal.SIGTERM)
        try:
            agent.wait(timeout=30)
        finally:
            if agent.poll() is None:
                agent.kill()
    assert agent.returncode == 0, agent.stderr.read() if agent.stderr else ""
    assert listing(b) == listing(a)


def test_passphrase_change_logout_and_plain_http_through_the_cli(
    tmp_path: Path, server: ServerProcess
) -> None:
    a = device(tmp_path, "a", server, create=True)
    b = device(tmp_path, "b", server, create=False)
    new = {"MEMSHADOW_NEW_SYNC_PASSPHRASE": "another sync passphrase"}
    changed = a("sync", "passwd", env=new)
    assert changed.code == 0, changed.err
    # Devices keep syncing with their own credentials; joining needs the new passphrase.
    b("add", "after the change")
    assert b("sync", "now").code == 0
    c = Cli(tmp_path / "c", env=SYNC_ENV)
    assert c("init", "--no-keyring").code == 0
    setup = ["sync", "setup", "--server", server.url, "--account", "family"]
    assert c(*setup).code == ExitCode.LOCKED
    assert (
        c(*setup, env={"MEMSHADOW_SYNC_PASSPHRASE": new["MEMSHADOW_NEW_SYNC_PASSPHRASE"]}).code == 0
    )
    assert c("sync", "now").code == 0
    # Logging out ends this device's sessions and credential; sync waits for a new setup.
    assert a("sync", "logout").code == 0
    out = a("sync", "now")
    assert out.code != 0 and "set up" in out.err
    again = a("sync", "logout")  # nothing to log out of: said, not pretended
    assert again.code == ExitCode.INVALID_INPUT and "not set up" in again.err
    # Plain http to another machine is refused before anything is sent.
    refused = c("sync", "setup", "--server", "http://192.0.2.1:8765", "--account", "family")
    assert refused.code == ExitCode.INVALID_INPUT and "plain http" in refused.err
