"""`memshadow edge detect|plan` and the agent under systemd's notify protocol, as a script or
systemd would run them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

from memshadow_desktop.core.errors import ExitCode
from tests.conftest import Cli, memshadow_bin

CAPS_KEYS = {
    "ram_total_mb",
    "ram_available_mb",
    "storage_free_mb",
    "cpu_features",
    "physical_cores",
    "gpus",
    "npus",
    "providers_installed",
    "providers_usable",
    "battery",
    "network",
}


def test_detect_and_plan_on_this_machine(cli: Cli) -> None:
    detected = cli("edge", "detect", "--json")
    assert detected.code == 0, detected.err
    caps = detected.json()
    assert caps.keys() >= CAPS_KEYS and caps["ram_total_mb"] > 0
    assert "cpu" in caps["providers_usable"]
    assert caps["battery"].keys() == {"present", "percent", "charging", "on_battery", "saver"}
    assert caps["network"]["source"] in (
        "networkmanager",
        "windows",
        "window",
        "setting",
        "unknown",
    )
    plan = cli("edge", "plan", "--json").json()
    assert plan["profile"] in ("minimal", "light", "standard", "performance")
    assert plan["reasons"]["profile"]["code"] == "profile_by_ram"
    assert set(plan["sync"]["deadlines_s"]) == {"CRITICAL", "HIGH", "NORMAL", "LOW"}
    text = cli("edge", "plan", "--profile", "light", "--quick")
    assert text.code == 0 and "profile      light" in text.out


def test_plans_for_another_machine_and_bad_input(cli: Cli, tmp_path: Path) -> None:
    pi = {
        "os": "Linux",
        "arch": "aarch64",
        "physical_cores": 4,
        "ram_total_mb": 3796,
        "storage_free_mb": 20000,
        "providers_usable": ["cpu"],
        "battery": {"present": False, "on_battery": False},
        "network": {"metered": True, "source": "networkmanager"},
    }
    machine = tmp_path / "pi.json"
    machine.write_text(json.dumps(pi))
    plan = cli("edge", "plan", "--from", str(machine), "--json").json()
    assert plan["profile"] == "standard" and plan["sync"]["push"] == ["CRITICAL", "HIGH"]
    assert plan["model_downloads"] is False

    bad = cli("edge", "plan", "--profile", "huge")
    assert bad.code == ExitCode.USAGE and bad.err.count("\n") == 1
    machine.write_text("not json")
    broken = cli("edge", "plan", "--from", str(machine))
    assert broken.code == ExitCode.INVALID_INPUT and broken.err.count("\n") == 1
    missing = cli("edge", "plan", "--from", str(tmp_path / "none.json"))
    assert missing.code == ExitCode.INVALID_INPUT and "cannot read" in missing.err


def test_the_agent_tells_systemd_it_is_ready_and_pings_the_watchdog(
    vault_cli: Cli, tmp_path: Path
) -> None:
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(60)
    env = {
        **vault_cli.env,
        "NOTIFY_SOCKET": address,
        "WATCHDOG_USEC": "2000000",  # a ping at least every second
    }
    agent = subprocess.Popen(
        [memshadow_bin(), "agent", "--profile", "minimal", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = listener.recv(4096).decode()
        assert "READY=1" in ready and "STATUS=running, profile minimal" in ready
        started = time.monotonic()
        assert listener.recv(4096).decode() == "WATCHDOG=1"
        assert listener.recv(4096).decode() == "WATCHDOG=1"
        assert time.monotonic() - started < 5
        agent.terminate()
        messages = [listener.recv(4096).decode()]
        while messages[-1] == "WATCHDOG=1":  # pings sent before the signal arrived
            messages.append(listener.recv(4096).decode())
        assert messages[-1].startswith("STOPPING=1"), messages
        out, err = agent.communicate(timeout=30)
    finally:
        if agent.poll() is None:
            agent.kill()
        listener.close()
        os.unlink(address)
    assert agent.returncode == 0, err
    first = json.loads(out.splitlines()[0])
    assert first == {
        "event": "plan",
        "profile": "minimal",
        "search": "fts",
        "precision": None,
        "memory_max_mb": 256,
        "saving": None,
    }


def test_no_model_download_on_a_metered_network(cli: Cli) -> None:
    """Where nothing else can tell (no NetworkManager here), the setting says metered."""
    from memshadow_desktop.core.api import AppPaths, Settings

    paths = AppPaths.resolve(cli.home)
    paths.ensure()
    settings = Settings()
    settings.network_metered = "metered"
    settings.save(paths.settings_file)
    caps = cli("edge", "detect", "--quick", "--json").json()
    if caps["network"]["source"] != "setting":
        pytest.skip(f"the OS says whether this network is metered ({caps['network']['source']})")
    plan = cli("edge", "plan", "--quick", "--json").json()
    assert plan["model_downloads"] is False and plan["sync"]["push"] == ["CRITICAL", "HIGH"]
    refused = cli("models", "download", "all-minilm-l6-v2")
    assert refused.code == ExitCode.INVALID_INPUT and "--allow-metered" in refused.err
