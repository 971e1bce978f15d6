"""The agent's systemd units: the user unit installed into a temporary systemd user folder and
verified; the system unit verified and scored by ``systemd-analyze security --offline=true``;
uninstall removes them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from memshadow_desktop.core.errors import ExitCode
from tests.conftest import Cli

NEEDS_SYSTEMD = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None,
    reason="needs systemd-analyze (apt-get install systemd)",
)
UNIT = "memshadow-agent.service"


def keyring_cli(tmp_path: Path) -> Cli:
    """A vault whose key is in a keyring (a file standing in for the session's): its user unit
    needs no credential."""
    cli = Cli(
        tmp_path / "home",
        env={
            "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
            "MEMSHADOW_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_RUNTIME_DIR": "",
        },
    )
    cli.env.pop("MEMSHADOW_PASSPHRASE")
    made = cli("init")
    assert made.code == 0, made.err
    return cli


def exposure(unit: Path) -> tuple[float, str]:
    out = subprocess.run(
        ["systemd-analyze", "security", "--offline=true", str(unit)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r"Overall exposure level for \S+: ([\d.]+) (\w+)", out.stdout)
    assert found, out.stdout + out.stderr
    return float(found.group(1)), found.group(2)


@NEEDS_SYSTEMD
def test_the_user_unit_installs_into_the_users_systemd_folder_and_verifies(
    tmp_path: Path,
) -> None:
    cli = keyring_cli(tmp_path)
    result = cli("edge", "install", "--user", "--profile", "light", "--json")
    assert result.code == 0, result.err
    out = result.json()
    unit = tmp_path / "config" / "systemd" / "user" / UNIT
    assert out["written"] == [str(unit)] and out["verified"] is True
    assert out["enabled"] is False  # no user manager runs in the test
    assert "systemd is not running here: not enabled" in out["steps"]
    text = unit.read_text()
    assert "Type=notify" in text and "WatchdogSec=60" in text and "MemoryMax=512M" in text
    assert f"ExecStart={Path(sys.executable).with_name('memshadow')} agent --profile light" in text
    assert f"Environment=MEMSHADOW_HOME={cli.home.resolve()}" in text
    assert "LoadCredentialEncrypted" not in text  # the keyring holds the key
    # Verified again from outside, the way the test of the issue asks.
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    check = subprocess.run(
        ["systemd-analyze", "--user", "verify", str(unit)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        timeout=120,
    )
    assert check.returncode == 0 and not check.stderr, check.stderr

    gone = cli("edge", "uninstall", "--user", "--json")
    assert gone.code == 0 and gone.json()["written"] == [str(unit)] and not unit.exists()
    again = cli("edge", "uninstall", "--user")
    assert again.code == 0 and "nothing installed" in again.out


@NEEDS_SYSTEMD
def test_the_system_unit_is_hardened_verifies_and_scores_ok(vault_cli: Cli, tmp_path: Path) -> None:
    shown = vault_cli("edge", "install", "--system", "--profile", "minimal", "--dry-run", "--json")
    assert shown.code == 0, shown.err
    out = shown.json()
    assert out["credential"] == "/etc/credstore.encrypted/memshadow-passphrase"
    text = out["files"][UNIT]
    for line in (
        "Type=notify",
        "DynamicUser=yes",
        "StateDirectory=memshadow",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
        "SystemCallFilter=@system-service",
        "MemoryMax=256M",
        "Restart=on-failure",
        "WatchdogSec=60",
        "Environment=MEMSHADOW_HOME=/var/lib/memshadow",
        "LoadCredentialEncrypted=memshadow-passphrase:/etc/credstore.encrypted/memshadow-passphrase",
    ):
        assert line in text.splitlines(), line
    assert "PASSPHRASE" not in text.replace("memshadow-passphrase", "")  # no secret, no env var
    unit = tmp_path / UNIT
    unit.write_text(text)
    check = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 0 and UNIT not in check.stderr, check.stderr
    score, rating = exposure(unit)
    assert rating in ("OK", "SAFE") and score < 2.0, (score, rating)

    # A larger profile: a higher ceiling, the same hardening.
    performance = vault_cli("edge", "install", "--system", "--profile", "performance", "--dry-run")
    assert "MemoryMax=2048M" in performance.out


@NEEDS_SYSTEMD
def test_a_broken_unit_fails_verification(tmp_path: Path) -> None:
    from memshadow_desktop.core.edge import install

    unit = tmp_path / UNIT
    unit.write_text("[Service]\nExecStart=/nonexistent/memshadow agent\nBogus=1\n")
    assert install.verify("system", [unit]) is False


def test_installing_says_what_is_wrong_in_one_line(vault_cli: Cli, tmp_path: Path) -> None:
    both = vault_cli("edge", "install", "--user", "--system")
    assert both.code == ExitCode.USAGE and both.err.count("\n") == 1
    neither = vault_cli("edge", "install")
    assert neither.code == ExitCode.USAGE
    metrics = vault_cli("edge", "install", "--user", "--dry-run", "--metrics", "nowhere")
    assert metrics.code == ExitCode.INVALID_INPUT and "metrics address" in metrics.err
    # The system unit runs the vault in /var/lib/memshadow, so the install says so.
    system = vault_cli("edge", "install", "--system", "--unit-dir", str(tmp_path / "units"))
    assert system.code == ExitCode.INVALID_INPUT and "/var/lib/memshadow" in system.err
    no_vault = Cli(tmp_path / "empty")("edge", "install", "--user", "--unit-dir", str(tmp_path))
    assert no_vault.code == ExitCode.NO_VAULT, no_vault.err
