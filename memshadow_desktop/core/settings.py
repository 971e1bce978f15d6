"""Typed, versioned settings stored as JSON under the config dir."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_VERSION = 1


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    device_name: str = ""
    # inference
    model: str = ""
    precision: str = ""
    provider: str = ""
    # background embedding pauses on battery below this percentage
    battery_pause_below: int = 30
    # sync deadlines in seconds per priority
    sync_deadlines: dict[str, int] = field(
        default_factory=lambda: {"CRITICAL": 0, "HIGH": 60, "NORMAL": 300, "LOW": 1800}
    )
    # push a change a few seconds after the last edit ("auto": unless on battery, battery
    # saver or a metered network; "always"; "never": wait for the priority's deadline)
    sync_eager: str = "auto"
    sync_debounce_s: float = 2.0
    # edge devices (core/edge): the profile ("auto": from the RAM measured here, or minimal,
    # light, standard, performance), and whether the network is metered where neither the OS
    # nor the window can tell ("auto": treated as not metered, "metered", "unmetered")
    edge_profile: str = "auto"
    network_metered: str = "auto"
    conflict_policy: str = "merge"  # or "lww"
    mass_delete_threshold: float = 0.5
    # the desktop app
    language: str = ""  # a locale name such as "de"; "": the system's
    close_to_tray: bool = True  # closing the window keeps the app (and sync) in the tray
    notifications: bool = True
    notifications_snoozed_until: float = 0.0  # Unix time; none before it
    auto_lock_minutes: int = 0  # lock the vault after this long without input; 0: never
    hints_shown: list[str] = field(default_factory=list)  # one-time hints already given
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # An unreadable settings file must not stop the app; defaults are safe.
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        values["version"] = SETTINGS_VERSION
        return cls(**values)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner-only
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(asdict(self), indent=2, sort_keys=True))
        os.replace(tmp, path)
