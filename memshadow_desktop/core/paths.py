"""Where every file of the app lives.

platformdirs locations by default; ``--home DIR`` or ``MEMSHADOW_HOME`` put everything under one
folder (tests, portable installs, two instances side by side).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "memshadow"
HOME_ENV = "MEMSHADOW_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = home if home is not None else os.environ.get(HOME_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().resolve()
            return cls(root / "config", root / "data", root / "cache", root / "logs")
        return cls.platform_default()

    @classmethod
    def platform_default(cls) -> AppPaths:
        """The platform's locations, whatever ``MEMSHADOW_HOME`` says."""
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def vault_db(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def vault_header(self) -> Path:
        return self.data_dir / "vault.header"

    @property
    def vault_lock(self) -> Path:
        return self.data_dir / "vault.lock"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def home(self) -> Path | None:
        """The one folder given with ``--home``/``MEMSHADOW_HOME``; None for the platform's
        locations (a command started at login must be given the same folder)."""
        if self == AppPaths.platform_default():
            return None
        root = self.data_dir.parent
        return root if AppPaths.resolve(root) == self else None

    def ensure(self) -> None:
        """Create the app's folders owner-only, and tighten them when they exist already."""
        for d in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
            if os.name == "posix":
                os.chmod(d, 0o700)
