"""``service.settings``: the app's typed, versioned settings file."""

from __future__ import annotations

import dataclasses
from typing import Any

from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.settings import Settings


class SettingsApi:
    def __init__(self, core: Core) -> None:
        self._core = core

    def get(self) -> Settings:
        return self._core.settings()

    def update(self, **changes: Any) -> Settings:
        """Change some settings and save them; an unknown name is invalid input."""
        known = {f.name for f in dataclasses.fields(Settings)} - {"version"}
        unknown = set(changes) - known
        if unknown:
            raise InvalidInputError(f"unknown setting {sorted(unknown)[0]!r}")
        updated = dataclasses.replace(self._core.settings(), **changes)
        updated.save(self._core.paths.settings_file)
        return updated
