"""``service.settings``: the app's typed, versioned settings file."""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

from memshadow_desktop.core.devices import autostart
from memshadow_desktop.core.errors import InvalidInputError, StorageError
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.settings import Settings

_UPDATES = threading.Lock()


class SettingsApi:
    def __init__(self, core: Core, login: autostart.Autostart | None = None) -> None:
        self._core = core
        # Where "start at login" is written: the platform's own place unless told.
        self.login = login or autostart.for_platform()

    def get(self) -> Settings:
        return self._core.settings()

    def update(self, **changes: Any) -> Settings:
        """Change some settings and save them; an unknown name is invalid input."""
        known = {f.name for f in dataclasses.fields(Settings)} - {"version"}
        unknown = set(changes) - known
        if unknown:
            raise InvalidInputError(f"unknown setting {sorted(unknown)[0]!r}")
        # Read, change, write: two changes at once (the GUI's worker threads) must not undo
        # each other.
        with _UPDATES:
            updated = dataclasses.replace(self._core.settings(), **changes)
            updated.save(self._core.paths.settings_file)
        return updated

    # --- start at login -----------------------------------------------------------------------

    def starts_at_login(self) -> bool:
        return self.login.enabled(autostart.entry_name(self._core.paths))

    def set_start_at_login(self, enabled: bool) -> str:
        """Start the app (in the background, in the tray) when the user logs in, or not;
        where the entry is (a file, a registry value)."""
        paths = self._core.paths
        name = autostart.entry_name(paths)
        try:
            if enabled:
                return self.login.enable(name, autostart.launch_command(paths))
            self.login.disable(name)
        except OSError as exc:
            raise StorageError(f"start at login: {exc.strerror or exc}") from exc
        return ""
