"""Start the desktop app at login: an XDG autostart ``.desktop`` file on Linux, a LaunchAgent
property list on macOS, a value under the HKCU ``Run`` key on Windows.

Each writer takes the folder (or registry) it writes to, so tests point it at a temporary one.
The command line starts the app in the background (``--background``: the tray, no window) and
names the vault's folder when it is not the platform's default; it holds no secret.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from memshadow_desktop.core.paths import AppPaths

APP_ID = "memshadow-desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
BACKGROUND_FLAG = "--background"


def entry_name(paths: AppPaths) -> str:
    """One entry per vault folder: the default vault's is plain, another's carries a short
    hash of its folder (two vaults may both start at login)."""
    home = paths.home
    if home is None:
        return APP_ID
    return f"{APP_ID}-{hashlib.sha256(str(home).encode()).hexdigest()[:8]}"


def launch_command(paths: AppPaths) -> list[str]:
    """How this installation starts the app in the background for ``paths``."""
    suffix = ".exe" if sys.platform == "win32" else ""
    script = Path(sys.executable).with_name(APP_ID + suffix)
    argv = [str(script)] if script.is_file() else [sys.executable, "-m", "memshadow_desktop"]
    home = paths.home
    if home is not None:
        argv += ["--home", str(home)]
    return [*argv, BACKGROUND_FLAG]


class Autostart(Protocol):
    def enabled(self, name: str) -> bool: ...

    def enable(self, name: str, argv: Sequence[str]) -> str:
        """Write the entry; where it went (a path, a registry value) for the user to see."""
        ...

    def disable(self, name: str) -> None: ...


# --- Linux and other XDG desktops ------------------------------------------------------------


def _xdg_config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".config"


def desktop_exec(argv: Sequence[str]) -> str:
    """An ``Exec`` value per the Desktop Entry Specification: arguments with reserved
    characters in double quotes (with ``"`` `` ` `` ``$`` ``\\`` escaped), ``%`` doubled."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    out = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if arg and not (set(arg) & reserved):
            out.append(arg)
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        out.append(f'"{escaped}"')
    return " ".join(out)


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        self.folder = (config_home or _xdg_config_home()) / "autostart"

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.desktop"

    def enabled(self, name: str) -> bool:
        return self.path(name).is_file()

    def enable(self, name: str, argv: Sequence[str]) -> str:
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=MEMSHADOW",
                "Comment=Keeps your memory vault in sync, from the system tray",
                f"Exec={desktop_exec(argv)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "Categories=Utility;",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _write(self.path(name), text.encode("utf-8"))
        return str(self.path(name))

    def disable(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)


# --- macOS ------------------------------------------------------------------------------------


class LaunchAgent:
    def __init__(self, agents_dir: Path | None = None) -> None:
        self.folder = agents_dir or Path.home() / "Library" / "LaunchAgents"

    @staticmethod
    def label(name: str) -> str:
        return "org.memshadow." + name

    def path(self, name: str) -> Path:
        return self.folder / f"{self.label(name)}.plist"

    def enabled(self, name: str) -> bool:
        return self.path(name).is_file()

    def enable(self, name: str, argv: Sequence[str]) -> str:
        plist = {
            "Label": self.label(name),
            "ProgramArguments": list(argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            # Only in a graphical login session, where there is a menu bar to live in.
            "LimitLoadToSessionType": "Aqua",
        }
        _write(self.path(name), plistlib.dumps(plist))
        return str(self.path(name))

    def disable(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)


# --- Windows ----------------------------------------------------------------------------------


class Registry(Protocol):
    """The part of HKEY_CURRENT_USER the Run key needs."""

    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


def _winreg() -> Any:
    # Imported by name: the module exists on Windows only (and mypy checks this elsewhere).
    return importlib.import_module("winreg")


class WinRegistry:  # pragma: no cover - needs Windows
    def get(self, key: str, name: str) -> str | None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except OSError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


class FolderRegistry:
    """A folder standing in for HKEY_CURRENT_USER: a key is a folder, a value a file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _file(self, key: str, name: str) -> Path:
        return self.root.joinpath(*key.split("\\"), name)

    def get(self, key: str, name: str) -> str | None:
        try:
            return self._file(key, name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def set(self, key: str, name: str, value: str) -> None:
        _write(self._file(key, name), value.encode("utf-8"))

    def delete(self, key: str, name: str) -> None:
        self._file(key, name).unlink(missing_ok=True)


class WindowsRun:
    def __init__(self, registry: Registry | None = None) -> None:
        self.registry: Registry = registry or WinRegistry()

    @staticmethod
    def value_name(name: str) -> str:
        return "MEMSHADOW" + name.removeprefix(APP_ID)

    def enabled(self, name: str) -> bool:
        return self.registry.get(RUN_KEY, self.value_name(name)) is not None

    def enable(self, name: str, argv: Sequence[str]) -> str:
        self.registry.set(RUN_KEY, self.value_name(name), subprocess.list2cmdline(list(argv)))
        return f"HKCU\\{RUN_KEY}\\{self.value_name(name)}"

    def disable(self, name: str) -> None:
        self.registry.delete(RUN_KEY, self.value_name(name))


def for_platform(platform: str = sys.platform) -> Autostart:
    if platform == "darwin":
        return LaunchAgent()
    if platform == "win32":
        return WindowsRun()
    return XdgAutostart()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
