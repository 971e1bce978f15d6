"""``edge install`` and ``edge uninstall``: write the agent's unit (core/edge/units.py), seal the
vault passphrase into an encrypted systemd credential where the unit needs one, check the unit
with ``systemd-analyze verify``, and enable and start it where systemd runs.

The passphrase travels to ``systemd-creds`` on its standard input, never in an argument; it is
checked against the vault's header first, so a wrong one never becomes a unit that cannot start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from memshadow_desktop.core.api.edge import InstallResult, UnitFiles
from memshadow_desktop.core.edge import units
from memshadow_desktop.core.edge.detect import systemd_running
from memshadow_desktop.core.errors import InvalidInputError, NoVaultError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets.header import PROTECTION_KEYRING, VaultHeader

USER, SYSTEM = "user", "system"
COMMAND_TIMEOUT_S = 120.0
# A hardened system unit cannot read these (ProtectHome=yes): the program must live elsewhere.
HIDDEN_FROM_SYSTEM = (Path("/home"), Path("/root"), Path("/run/user"))


@dataclass(frozen=True)
class UnitSpec:
    scope: str
    profile: str
    memory_max_mb: int
    metrics: str | None
    accelerator: bool
    unit_dir: Path | None  # None: the scope's own (tests and --dry-run give another)


def render(paths: AppPaths, spec: UnitSpec, *, home: str | None) -> UnitFiles:
    """The unit(s) for ``spec``; ``home``: the vault's MEMSHADOW_HOME for a user unit."""
    exe = units.program()
    if spec.scope == SYSTEM:
        credential = units.SYSTEM_CREDSTORE / units.CREDENTIAL
        text = units.system_unit(
            exe,
            profile=spec.profile,
            memory_max_mb=spec.memory_max_mb,
            credential=credential,
            metrics=spec.metrics,
            accelerator=spec.accelerator,
        )
        folder = spec.unit_dir or units.SYSTEM_UNIT_DIR
        return UnitFiles(SYSTEM, str(folder), {units.UNIT_NAME: text}, str(credential))
    user_credential = None
    if _protection(paths) != PROTECTION_KEYRING:
        user_credential = units.user_credstore() / units.CREDENTIAL
    text = units.user_unit(
        exe,
        profile=spec.profile,
        memory_max_mb=spec.memory_max_mb,
        home=home,
        credential=user_credential,
        metrics=spec.metrics,
    )
    folder = spec.unit_dir or units.user_unit_dir()
    return UnitFiles(
        USER,
        str(folder),
        {units.UNIT_NAME: text},
        str(user_credential) if user_credential else None,
    )


def install(
    paths: AppPaths,
    spec: UnitSpec,
    files: UnitFiles,
    *,
    passphrase: Callable[[], str],
    enable: bool = True,
) -> InstallResult:
    started = time.monotonic()
    steps: list[str] = []
    folder = Path(files.directory)
    if spec.scope == SYSTEM:
        _check_system(spec, paths)
    header = _header(paths)
    if files.credential is not None:
        secret = passphrase()
        header.unwrap(secret)  # WrongPassphraseError before anything is written
        _seal(spec.scope, secret, Path(files.credential))
        steps.append(f"sealed the vault passphrase into {files.credential} (systemd-creds)")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.files.items():
        target = folder / name
        tmp = target.with_name(f".{name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.chmod(0o644)
        os.replace(tmp, target)
        written.append(str(target))
        steps.append(f"wrote {target}")
    verified, complaint = check(spec.scope, [Path(w) for w in written])
    if verified is False:
        for path in written:
            Path(path).unlink(missing_ok=True)
        raise InvalidInputError(
            f"systemd-analyze verify refused the unit ({complaint}); removed it"
        )
    if verified:
        steps.append("systemd-analyze verify: ok")
    enabled = False
    if enable and _manager_running(spec.scope):
        _systemctl(spec.scope, "daemon-reload")
        # --now waits for the agent's READY=1 (Type=notify): it runs when this returns.
        _systemctl(spec.scope, "enable", "--now", units.UNIT_NAME)
        enabled = True
        steps.append(f"systemctl {_scope_flag(spec.scope)}enable --now {units.UNIT_NAME}")
    elif enable:
        steps.append("systemd is not running here: not enabled")
    return InstallResult(
        files, written, enabled, verified, steps, round(time.monotonic() - started, 3)
    )


def uninstall(spec: UnitSpec) -> InstallResult:
    started = time.monotonic()
    steps: list[str] = []
    folder = spec.unit_dir or (
        units.SYSTEM_UNIT_DIR if spec.scope == SYSTEM else units.user_unit_dir()
    )
    target = folder / units.UNIT_NAME
    running = _manager_running(spec.scope) and spec.unit_dir is None
    if running and target.exists():
        _systemctl(spec.scope, "disable", "--now", units.UNIT_NAME, check=False)
        steps.append(f"systemctl {_scope_flag(spec.scope)}disable --now {units.UNIT_NAME}")
    removed = []
    credstore = units.SYSTEM_CREDSTORE if spec.scope == SYSTEM else units.user_credstore()
    for path in (target, credstore / units.CREDENTIAL):
        if path.exists():
            path.unlink()
            removed.append(str(path))
            steps.append(f"removed {path}")
    if running:
        _systemctl(spec.scope, "daemon-reload", check=False)
    if not removed:
        steps.append(f"nothing installed in {folder}")
    files = UnitFiles(spec.scope, str(folder), {}, None)
    return InstallResult(files, removed, False, None, steps, round(time.monotonic() - started, 3))


def verify(scope: str, files: Sequence[Path]) -> bool | None:
    """``systemd-analyze verify`` on the units; None where systemd-analyze is missing."""
    return check(scope, files)[0]


def check(scope: str, files: Sequence[Path]) -> tuple[bool | None, str]:
    """:func:`verify` with its first complaint (empty when it passed)."""
    tool = shutil.which("systemd-analyze")
    if tool is None:
        return None, ""
    args = [tool, *(["--user"] if scope == USER else []), "verify", *map(str, files)]
    with tempfile.TemporaryDirectory(prefix="memshadow-verify-") as runtime:
        env = dict(os.environ)
        # The user manager's checks want a runtime directory, as a login session has.
        if not env.get("XDG_RUNTIME_DIR"):
            env["XDG_RUNTIME_DIR"] = runtime
        out = _run(args, env=env, check=False)
    complaints = _complaints(out.stderr, files)
    if out.returncode == 0 and not complaints:
        return True, ""
    lines = complaints or out.stderr.strip().splitlines() or [f"exit {out.returncode}"]
    return False, lines[0]


def security(files: Sequence[Path]) -> subprocess.CompletedProcess[str]:
    """``systemd-analyze security --offline=true`` on system units (its exposure score)."""
    tool = shutil.which("systemd-analyze") or "systemd-analyze"
    return _run([tool, "security", "--offline=true", *map(str, files)], check=False)


def _complaints(stderr: str, files: Sequence[Path]) -> list[str]:
    """verify's warnings about our own files (it also reports unrelated system units)."""
    names = {f.name for f in files} | {str(f) for f in files}
    return [line for line in stderr.splitlines() if any(n in line for n in names)]


def _check_system(spec: UnitSpec, paths: AppPaths) -> None:
    exe = units.program().resolve()
    if any(exe.is_relative_to(p) for p in HIDDEN_FROM_SYSTEM):
        raise InvalidInputError(
            f"the program is at {exe}, which a hardened system unit cannot read "
            "(ProtectHome=yes): install memshadow under /opt or /usr/local first"
        )
    if spec.unit_dir is None and os.geteuid() != 0:
        raise InvalidInputError("a system unit needs root: sudo memshadow edge install --system")
    if paths.data_dir.parent != units.SYSTEM_HOME:
        raise InvalidInputError(
            f"the system unit runs the vault in {units.SYSTEM_HOME}: "
            f"run this with --home {units.SYSTEM_HOME}"
        )


def _header(paths: AppPaths) -> VaultHeader:
    if not paths.vault_header.is_file():
        raise NoVaultError(str(paths.data_dir))
    return VaultHeader.load(paths.vault_header)


def _protection(paths: AppPaths) -> str:
    return str(_header(paths).protection)


def _seal(scope: str, secret: str, target: Path) -> None:
    tool = shutil.which("systemd-creds")
    if tool is None:
        raise InvalidInputError("systemd-creds is missing: the passphrase cannot be sealed")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    args = [tool, *(["--user"] if scope == USER else []), "encrypt"]
    args += [f"--name={units.CREDENTIAL}", "-", str(target)]
    out = _run(args, stdin=secret, check=False)
    if out.returncode != 0:
        first = (out.stderr.strip().splitlines() or ["failed"])[0]
        hint = " (user credentials need systemd 256; or keep the vault's key in the keyring)"
        raise InvalidInputError(
            f"systemd-creds could not seal the passphrase: {first}"
            + (hint if scope == USER else "")
        )
    target.chmod(0o600)


def _manager_running(scope: str) -> bool:
    if scope == SYSTEM:
        return systemd_running()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and (Path(runtime or "") / "systemd" / "private").exists()


def _scope_flag(scope: str) -> str:
    return "--user " if scope == USER else ""


def _systemctl(scope: str, *args: str, check: bool = True) -> None:
    cmd = ["systemctl", *(["--user"] if scope == USER else []), *args]
    out = _run(cmd, check=False)
    if check and out.returncode != 0:
        first = (out.stderr.strip().splitlines() or ["failed"])[0]
        raise InvalidInputError(f"{' '.join(cmd)}: {first}")


def _run(
    args: list[str],
    *,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            args,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            env=env,
            check=check,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise InvalidInputError(f"{args[0]}: {exc}") from None
