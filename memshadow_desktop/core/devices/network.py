"""Whether the network is metered, and who says so.

In order: the OS (NetworkManager's ``Metered`` property over D-Bus on Linux, the connection
profile's cost on Windows), then what the running window reported from Qt's
``QNetworkInformation`` (macOS, and Linux without NetworkManager), then the ``network_metered``
setting, which answers where none of them can tell. Unknown is treated as not metered.
"""

from __future__ import annotations

import subprocess
import sys
import threading

from memshadow_desktop.core.api.edge import MeteredSource, NetworkState
from memshadow_desktop.core.devices.dbus import dbus_property

SETTING_VALUES = ("auto", "metered", "unmetered")

_reported_lock = threading.Lock()
_reported: bool | None = None

# Windows.Networking.Connectivity: NetworkCostType Unknown/Unrestricted/Fixed/Variable.
_WINDOWS_COST = (
    "[void][Windows.Networking.Connectivity.NetworkInformation,"
    "Windows.Networking.Connectivity,ContentType=WindowsRuntime];"
    "$p=[Windows.Networking.Connectivity.NetworkInformation]::GetInternetConnectionProfile();"
    "if ($p) { $p.GetConnectionCost().NetworkCostType }"
)


def report_from_window(metered: bool | None) -> None:
    """The window's reading (Qt's QNetworkInformation); None withdraws it."""
    global _reported
    with _reported_lock:
        _reported = metered


def metered(setting: str = "auto") -> NetworkState:
    """The first source that can tell; ``setting`` ("metered", "unmetered") where none can."""
    if sys.platform.startswith("linux"):
        value = network_manager_metered()
        if value is not None:
            return NetworkState(value, MeteredSource.NETWORK_MANAGER)
    elif sys.platform == "win32":
        value = windows_metered()
        if value is not None:
            return NetworkState(value, MeteredSource.WINDOWS)
    with _reported_lock:
        reported = _reported
    if reported is not None:
        return NetworkState(reported, MeteredSource.WINDOW)
    if setting in ("metered", "unmetered"):
        return NetworkState(setting == "metered", MeteredSource.SETTING)
    return NetworkState(None, MeteredSource.UNKNOWN)


def network_manager_metered() -> bool | None:
    # NetworkManager: 0 unknown, 1 yes, 2 no, 3 guessed yes, 4 guessed no.
    value = dbus_property(
        "org.freedesktop.NetworkManager",
        "/org/freedesktop/NetworkManager",
        "org.freedesktop.NetworkManager",
        "Metered",
    )
    if isinstance(value, int) and value:
        return value in (1, 3)
    return None


def windows_metered() -> bool | None:
    """The internet connection profile's cost: Fixed or Variable is metered."""
    try:
        out = subprocess.run(
            ["powershell", "-NoProfile", "-NonInteractive", "-Command", _WINDOWS_COST],
            capture_output=True,
            text=True,
            timeout=8.0,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    cost = out.stdout.strip().lower()
    if out.returncode != 0 or cost not in ("unrestricted", "fixed", "variable"):
        return None
    return cost != "unrestricted"
