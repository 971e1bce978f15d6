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


def read() -> PowerState:
    on_battery, percent = _battery()
    return PowerState(on_battery, percent, _battery_saver(), _metered())


class CachedPowerState:
    """:func:`read`, taken again at most every ``ttl`` seconds (thread-safe)."""

    def __init__(self, ttl: float = CACHE_S) -> None:
        self._ttl = ttl
        self._lock = threading.Lock()
        self._value: PowerState | None = None
        self._at = 0.0

    def get(self) -> PowerState:
        with self._lock:
            now = time.monotonic()
            if self._value is None or now - self._at >= self._ttl:
                self._value = read()
                self._at = now
            return self._value


def _battery() -> tuple[bool | None, float | None]:
    try:
        import psutil

        battery = psutil.sensors_battery()
    except Exception:  # no sensor support on this platform
        return None, None
    if battery is None:
        return False, None  # no battery: mains power
    plugged = battery.power_plugged
    return (None if plugged is None else not plugged), float(battery.percent)


def _battery_saver() -> bool | None:
    if sys.platform.startswith("linux"):
        profile = _linux_power_profile()
        return None if profile is None else profile in ("power-saver", "low-power", "quiet")
    if sys.platform == "win32":
        return _windows_saver()
    return None


def _linux_power_profile() -> str | None:
    """power-profiles-daemon's choice over D-Bus, else the ACPI platform profile."""
    profile = _dbus_property(
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


def _metered() -> bool | None:
    if sys.platform.startswith("linux"):
        # NetworkManager: 0 unknown, 1 yes, 2 no, 3 guessed yes, 4 guessed no.
        value = _dbus_property(
            "org.freedesktop.NetworkManager",
            "/org/freedesktop/NetworkManager",
            "org.freedesktop.NetworkManager",
            "Metered",
        )
        if isinstance(value, int) and value:
            return value in (1, 3)
    return None


def _dbus_property(bus_name: str, path: str, interface: str, name: str) -> object | None:
    """One property from the system bus (jeepney comes with keyring on Linux); None when the
    bus, the service or jeepney is missing."""
    try:
        from jeepney import DBusAddress, MessageType, Properties
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        with open_dbus_connection(bus="SYSTEM") as conn:
            address = DBusAddress(path, bus_name=bus_name, interface=interface)
            reply = conn.send_and_get_reply(Properties(address).get(name), timeout=1.0)
    except Exception:  # no system bus (a container), no such service: unknown
        return None
    if reply.header.message_type != MessageType.method_return:
        return None  # an error reply: no such service or property
    body = reply.body
    if not body:
        return None
    value = body[0]
    # A variant arrives as (signature, value).
    return value[1] if isinstance(value, tuple) and len(value) == 2 else value
