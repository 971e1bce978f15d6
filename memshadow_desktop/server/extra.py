"""Whether the server's optional dependencies (the ``[server]`` extra) are installed.

The base install is the app and the ``memshadow`` command; ``memshadow-server`` and the
benchmarks that start a server need ``pip install 'memshadow-desktop[server]'``. This module
imports nothing outside the standard library, so it can answer when they are missing.
"""

from __future__ import annotations

import importlib.util

INSTALL_HINT = "the server needs: pip install 'memshadow-desktop[server]'"

# What the server imports whatever the database. psycopg is in the extra too, but only a
# PostgreSQL URL imports it, so its absence is reported when such a URL is opened.
SERVER_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "alembic", "prometheus_client")


def missing_server_modules() -> list[str]:
    """The server's modules that cannot be imported here, in a stable order (empty: all there)."""
    return [name for name in SERVER_MODULES if not _importable(name)]


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a broken install, or an import hook that refuses it
        return False


def missing_extra_message() -> str | None:
    """One line saying what to install, or None when the server can run."""
    missing = missing_server_modules()
    return f"{INSTALL_HINT} (missing: {', '.join(missing)})" if missing else None
