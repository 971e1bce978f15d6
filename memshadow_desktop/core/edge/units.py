"""The systemd units that run ``memshadow agent``.

* **user**: for a desktop Linux session (``~/.config/systemd/user``). The vault's key comes from
  the session's keyring, or, for a passphrase-protected vault, from an encrypted credential
  (``systemd-creds --user``, systemd 256 and later).
* **system**: a hardened unit for a headless box. A dynamic user owns its state directory
  (``/var/lib/memshadow``, the agent's ``MEMSHADOW_HOME``); the file system is read-only to it
  but that directory; no home directories, devices, kernel knobs or privileges; only the
  system-service system calls and the address families sync needs; a memory ceiling from the
  device's profile. The vault passphrase comes from ``LoadCredentialEncrypted=``: systemd
  decrypts it (host key or TPM) into the service's private, in-memory credentials directory,
  never onto disk in plaintext and never through the command line.

Both are ``Type=notify`` with a watchdog: the agent says when it is ready and pings while it
lives (core/edge/notify.py); ``Restart=on-failure`` brings it back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

UNIT_NAME = "memshadow-agent.service"
CREDENTIAL = "memshadow-passphrase"  # cli/passphrase.py reads $CREDENTIALS_DIRECTORY/<this>
STATE_DIRECTORY = "memshadow"
SYSTEM_HOME = Path("/var/lib") / STATE_DIRECTORY
SYSTEM_UNIT_DIR = Path("/etc/systemd/system")
SYSTEM_CREDSTORE = Path("/etc/credstore.encrypted")
WATCHDOG_S = 60
RESTART_S = 5
# Unlocking stretches the passphrase (Argon2id) and may load the model: allow for a slow box.
START_TIMEOUT_S = 180
DOCS = "https://github.com/memshadow/memshadow-desktop#the-command-line"


def user_unit_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def user_credstore() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "credstore.encrypted"


def program() -> Path:
    """The ``memshadow`` command of this installation (beside the running interpreter)."""
    beside = Path(sys.executable).with_name("memshadow")
    return beside if beside.exists() else Path(sys.argv[0]).resolve()


def quote(arg: str) -> str:
    """One argument of a systemd command line: specifiers and variables escaped, quoted
    when it holds a space or a quote."""
    escaped = arg.replace("\\", "\\\\").replace("%", "%%").replace("$", "$$")
    if any(c in escaped for c in " \t\"'") or not escaped:
        return '"' + escaped.replace('"', '\\"') + '"'
    return escaped


def _exec_start(exe: Path, profile: str, metrics: str | None) -> str:
    args = [str(exe), "agent", "--profile", profile]
    if metrics:
        args += ["--metrics", metrics]
    return " ".join(quote(a) for a in args)


def _environment(name: str, value: str) -> str:
    return "Environment=" + quote(f"{name}={value}")


def user_unit(
    exe: Path,
    *,
    profile: str,
    memory_max_mb: int,
    home: str | None = None,
    credential: Path | None = None,
    metrics: str | None = None,
) -> str:
    lines = [
        "# Written by `memshadow edge install --user`; `memshadow edge uninstall --user`",
        "# removes it.",
        "[Unit]",
        "Description=MEMSHADOW agent: sync and search indexing for this user's vault",
        f"Documentation={DOCS}",
        "",
        "[Service]",
        "Type=notify",
        "NotifyAccess=main",
        f"ExecStart={_exec_start(exe, profile, metrics)}",
    ]
    if home:
        lines.append(_environment("MEMSHADOW_HOME", home))
    if credential is not None:
        lines.append(f"LoadCredentialEncrypted={CREDENTIAL}:{quote(str(credential))}")
    lines += [
        f"WatchdogSec={WATCHDOG_S}",
        "Restart=on-failure",
        f"RestartSec={RESTART_S}",
        f"TimeoutStartSec={START_TIMEOUT_S}",
        f"MemoryMax={memory_max_mb}M",
        f"MemoryHigh={memory_max_mb * 9 // 10}M",
        "Nice=10",
        "# What a user manager can enforce without namespaces (seccomp and no new privileges)",
        "NoNewPrivileges=yes",
        "UMask=0077",
        "LockPersonality=yes",
        "RestrictRealtime=yes",
        "RestrictSUIDSGID=yes",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
        "SystemCallArchitectures=native",
        "SystemCallFilter=@system-service",
        "SystemCallErrorNumber=EPERM",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def system_unit(
    exe: Path,
    *,
    profile: str,
    memory_max_mb: int,
    credential: Path,
    metrics: str | None = None,
    accelerator: bool = False,
) -> str:
    """The hardened unit. ``accelerator``: the plan runs inference on a GPU or NPU, whose
    device nodes the service must then see (``PrivateDevices=no``)."""
    lines = [
        "# Written by `memshadow edge install --system`; `memshadow edge uninstall --system`",
        "# removes it (the vault in /var/lib/memshadow stays).",
        "[Unit]",
        "Description=MEMSHADOW agent: headless sync peer and search indexing",
        f"Documentation={DOCS}",
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=notify",
        "NotifyAccess=main",
        f"ExecStart={_exec_start(exe, profile, metrics)}",
        _environment("MEMSHADOW_HOME", str(SYSTEM_HOME)),
        f"LoadCredentialEncrypted={CREDENTIAL}:{quote(str(credential))}",
        f"WatchdogSec={WATCHDOG_S}",
        "Restart=on-failure",
        f"RestartSec={RESTART_S}",
        f"TimeoutStartSec={START_TIMEOUT_S}",
        f"MemoryMax={memory_max_mb}M",
        f"MemoryHigh={memory_max_mb * 9 // 10}M",
        "Nice=10",
        "# Who: a dynamic user that owns only its state directory",
        "DynamicUser=yes",
        f"StateDirectory={STATE_DIRECTORY}",
        "StateDirectoryMode=0700",
        "UMask=0077",
        "# What it sees: a read-only system, no homes, a private /tmp",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "ProtectProc=invisible",
        "ProtectHostname=yes",
        "ProtectClock=yes",
        "ProtectKernelTunables=yes",
        "ProtectKernelModules=yes",
        "ProtectKernelLogs=yes",
        "ProtectControlGroups=yes",
        "PrivateUsers=yes",
        "PrivateIPC=yes",
        "KeyringMode=private",
        "PrivateMounts=yes",
        "RemoveIPC=yes",
    ]
    if accelerator:
        lines += [
            "# Inference runs on a GPU or NPU: its device nodes stay visible",
            "PrivateDevices=no",
        ]
    else:
        lines += ["PrivateDevices=yes", "DevicePolicy=closed"]
    lines += [
        "# What it may do: no privileges, only what a service needs",
        "NoNewPrivileges=yes",
        "CapabilityBoundingSet=",
        "AmbientCapabilities=",
        "RestrictSUIDSGID=yes",
        "RestrictRealtime=yes",
        "RestrictNamespaces=yes",
        "LockPersonality=yes",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
        "SystemCallArchitectures=native",
        "SystemCallFilter=@system-service",
        "SystemCallFilter=~@privileged",
        "SystemCallErrorNumber=EPERM",
        "",
        "[Install]",
        "WantedBy=multi-user.target",
        "",
    ]
    return "\n".join(lines)
