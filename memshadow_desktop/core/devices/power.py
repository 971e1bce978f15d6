"""Whether this device should save power or data now: battery, battery saver, metered network.

Each reading is best effort and says "unknown" (None) where the platform does not tell; the sync
scheduler then treats the device as a desktop on mains power with a normal network, which is
what most machines that cannot tell are.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from memshadow_desktop.core.devices.dbus import dbus_property

log = logging.getLogger(__name__)

CACHE_S = 30.0  # the readings are cheap but not free (D-Bus round trips): at most this often
PLATFORM_PROFILE = Path("/sys/firmware/acpi/platform_profile")


@dataclass(frozen=True)
class PowerState:
    on_battery: bool | None
    battery_percent: float | None
    battery_saver: bool | None
    metered: bool | None

    @property
    def saving(self) -> bool:
        """True when changes should wait for their deadlines instead of going out at once."""
        return bool(self.on_battery or self.battery_saver or self.metered)


def read(metered_setting: str = "auto") -> PowerState:
    """The device's state now. ``metered_setting`` ("auto", "metered", "unmetered") answers
    for the network when neither the OS nor the window can tell (core/devices/network.py)."""
    from memshadow_desktop.core.devices import network

    on_battery, percent = _battery()
    metered = network.metered(metered_setting).metered
    return PowerState(on_battery, percent, battery_saver(), metered)


class CachedPowerState:
    """:func:`read`, taken again at most every ``ttl`` seconds (thread-safe)."""

    def __init__(self, ttl: float = CACHE_S, metered_setting: str = "auto") -> None:
        self._ttl = ttl
        self._setting = metered_setting
        self._lock = threading.Lock()
        self._value: PowerState | None = None
        self._at = 0.0

    def get(self) -> PowerState:
        with self._lock:
            now = time.monotonic()
            if self._value is None or now - self._at >= self._ttl:
                self._value = read(self._setting)
                self._at = now
            return self._value


@dataclass(frozen=True)
class Battery:
    present: bool | None  # None: the platform has no battery sensor support
    percent: float | None
    on_battery: bool | None
    charging: bool | None


def battery() -> Battery:
    """The battery as psutil sees it; a machine without one is on mains power."""
    try:
        import psutil

        state = psutil.sensors_battery()
    except Exception:  # no sensor support on this platform
        return Battery(None, None, None, None)
    if state is None:
        return Battery(False, None, False, False)
    plugged = state.power_plugged
    percent = float(state.percent)
    on_battery = None if plugged is None else not plugged
    charging = None if plugged is None else bool(plugged and percent < 100.0)
    return Battery(True, percent, on_battery, charging)


def _battery() -> tuple[bool | None, float | None]:
    state = battery()
    return state.on_battery, state.percent


def battery_saver() -> bool | None:
    """Battery saver (power-profiles-daemon's power-saver, the ACPI low-power profile, Windows'
    saver); None where the platform does not tell."""
    if sys.platform.startswith("linux"):
        profile = _linux_power_profile()
        return None if profile is None else profile in ("power-saver", "low-power", "quiet")
    if sys.platform == "win32":
        return _windows_saver()
    return None


def _linux_power_profile() -> str | None:
    """power-profiles-daemon's choice over D-Bus, else the ACPI platform profile."""
    profile = dbus_property(
        "net.hadess.PowerProfiles",
        "/net/hadess/PowerProfiles",
        "net.hadess.PowerProfiles",
        "ActiveProfile",
    )
    if isinstance(profile, str):
        return profile
    with contextlib.suppress(OSError):
        return PLATFORM_PROFILE.read_text().strip()
    return None


def _windows_saver() -> bool | None:
    class SystemPowerStatus(ctypes.Structure):
        _fields_ = [
            ("ACLineStatus", ctypes.c_byte),
            ("BatteryFlag", ctypes.c_byte),
            ("BatteryLifePercent", ctypes.c_byte),
            ("SystemStatusFlag", ctypes.c_byte),
            ("BatteryLifeTime", ctypes.c_ulong),
            ("BatteryFullLifeTime", ctypes.c_ulong),
        ]

    status = SystemPowerStatus()
    try:
        ok = ctypes.windll.kernel32.GetSystemPowerStatus(ctypes.byref(status))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return bool(status.SystemStatusFlag & 1) if ok else None
