"""Start at login: the XDG autostart file written and removed for real (in a temporary
XDG_CONFIG_HOME), the macOS LaunchAgent and the Windows Run key against temporary folders."""

from __future__ import annotations

import configparser
import plistlib
from pathlib import Path

import pytest

from memshadow_desktop.core.devices import autostart
from memshadow_desktop.core.devices.autostart import (
    RUN_KEY,
    FolderRegistry,
    LaunchAgent,
    WindowsRun,
    XdgAutostart,
    desktop_exec,
)
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE


def exec_args(value: str) -> list[str]:
    """Split an Exec value as a launcher does: quoted arguments with backslash escapes."""
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for c in value:
        if escaped:
            current, escaped = current + c, False
        elif quoted and c == "\\":
            escaped = True
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
    if current or started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_a_home_vault_names_its_folder_and_the_default_does_not(tmp_path: Path) -> None:
    home = AppPaths.resolve(tmp_path / "my vault")
    argv = autostart.launch_command(home)
    assert argv[-3:] == ["--home", str(tmp_path / "my vault"), "--background"]
    assert autostart.entry_name(home).startswith("memshadow-desktop-")
    default = AppPaths.platform_default()
    assert default.home is None
    assert autostart.entry_name(default) == "memshadow-desktop"
    assert "--home" not in autostart.launch_command(default)


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert desktop_exec(["/usr/bin/app", "--background"]) == "/usr/bin/app --background"
    quoted = desktop_exec(["/opt/my app/bin", "--home", '/h/a "b" $x 100%'])
    assert quoted == '"/opt/my app/bin" --home "/h/a \\"b\\" \\$x 100%%"'
    # Read back as the spec says: the same arguments come back.
    assert exec_args(quoted) == ["/opt/my app/bin", "--home", '/h/a "b" $x 100%']


def test_xdg_autostart_file_is_written_and_removed_for_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    paths = AppPaths.resolve(tmp_path / "home")
    svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        assert isinstance(svc.settings.login, XdgAutostart)  # the platform's writer
        assert not svc.settings.starts_at_login()
        where = Path(svc.settings.set_start_at_login(True))
        assert where.parent == tmp_path / "xdg" / "autostart" and where.suffix == ".desktop"
        assert svc.settings.starts_at_login()
        entry = configparser.ConfigParser(interpolation=None)
        entry.read(where)
        desktop = entry["Desktop Entry"]
        assert desktop["Type"] == "Application" and desktop["Name"] == "MEMSHADOW"
        argv = exec_args(desktop["Exec"])
        assert argv[-3:] == ["--home", str(tmp_path / "home"), "--background"]
        assert PASSPHRASE not in where.read_text()
        svc.settings.set_start_at_login(False)
        assert not where.exists() and not svc.settings.starts_at_login()
        svc.settings.set_start_at_login(False)  # twice: nothing to remove, no error
    finally:
        svc.close()


def test_launch_agent_plist_in_a_temporary_folder(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path / "LaunchAgents")
    argv = ["/Applications/MEMSHADOW.app/Contents/MacOS/memshadow-desktop", "--background"]
    where = Path(agent.enable("memshadow-desktop", argv))
    assert where == tmp_path / "LaunchAgents" / "org.memshadow.memshadow-desktop.plist"
    plist = plistlib.loads(where.read_bytes())
    assert plist["Label"] == "org.memshadow.memshadow-desktop"
    assert plist["ProgramArguments"] == argv
    assert plist["RunAtLoad"] is True
    assert agent.enabled("memshadow-desktop")
    agent.disable("memshadow-desktop")
    assert not where.exists() and not agent.enabled("memshadow-desktop")


def test_windows_run_key_in_a_temporary_folder(tmp_path: Path) -> None:
    registry = FolderRegistry(tmp_path / "HKCU")
    run = WindowsRun(registry)
    argv = [r"C:\Program Files\MEMSHADOW\memshadow-desktop.exe", "--background"]
    where = run.enable("memshadow-desktop", argv)
    assert where == f"HKCU\\{RUN_KEY}\\MEMSHADOW"
    value = registry.get(RUN_KEY, "MEMSHADOW")
    assert value == '"C:\\Program Files\\MEMSHADOW\\memshadow-desktop.exe" --background'
    stored = tmp_path / "HKCU" / "Software" / "Microsoft" / "Windows" / "CurrentVersion" / "Run"
    assert (stored / "MEMSHADOW").is_file()
    run.enable("memshadow-desktop-1a2b3c4d", argv)  # another vault: a value of its own
    assert registry.get(RUN_KEY, "MEMSHADOW-1a2b3c4d") is not None
    run.disable("memshadow-desktop")
    assert not run.enabled("memshadow-desktop") and run.enabled("memshadow-desktop-1a2b3c4d")


def test_the_service_uses_the_writer_it_is_given(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "home")
    svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        svc.settings.login = LaunchAgent(tmp_path / "agents")
        svc.settings.set_start_at_login(True)
        assert svc.settings.starts_at_login()
        assert len(list((tmp_path / "agents").glob("*.plist"))) == 1
    finally:
        svc.close()


@pytest.mark.parametrize(
    ("platform", "kind"), [("linux", XdgAutostart), ("darwin", LaunchAgent), ("win32", WindowsRun)]
)
def test_each_platform_gets_its_writer(platform: str, kind: type) -> None:
    assert isinstance(autostart.for_platform(platform), kind)
