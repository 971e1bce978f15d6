"""The embedding model that ships inside the installed app (search by meaning out of the box).

The build (scripts/bundle_model.py) converts all-MiniLM-L6-v2 with the project's own converter,
keeps its validated default variant and stores a reference vector beside it. The frozen app
finds that folder among its own files (``models/`` in the PyInstaller bundle, or
``MEMSHADOW_BUNDLED_MODELS``) and, the first time models are listed while none is installed,
copies it into the user's models folder, so that it behaves like any model installed there
(listed, chosen, removable). A marker remembers the copy: a model the user removed stays away.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

BUNDLED_ENV = "MEMSHADOW_BUNDLED_MODELS"
MARKER = ".bundled-installed"
# Beside the bundled model's manifest: a sentence and its FP32 reference vector (the self-test).
REFERENCE_FILE = "reference.json"
MANIFEST = "manifest.json"

_log = logging.getLogger(__name__)


def bundled_dir() -> Path | None:
    """The folder of bundled models, or None (a Python install has none)."""
    raw = os.environ.get(BUNDLED_ENV)
    if raw:
        folder = Path(raw)
    elif getattr(sys, "frozen", False):
        folder = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "models"
    else:
        return None
    return folder if folder.is_dir() else None


def bundled_models() -> list[Path]:
    """The folders of the bundled models (each with a manifest)."""
    root = bundled_dir()
    if root is None:
        return []
    return sorted(d for d in root.iterdir() if (d / MANIFEST).is_file())


def _has_models(models_dir: Path) -> bool:
    if not models_dir.is_dir():
        return False
    return any((d / MANIFEST).is_file() for d in models_dir.iterdir() if not d.name.startswith("."))


def install_bundled(models_dir: Path) -> list[str]:
    """Copy the bundled models into ``models_dir`` once, when it holds no model yet; the names
    copied. A failure is logged and leaves nothing behind: the app then works without one."""
    sources = bundled_models()
    if not sources or (models_dir / MARKER).exists() or _has_models(models_dir):
        return []
    copied: list[str] = []
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        for src in sources:
            final = models_dir / src.name
            if final.exists():
                continue
            staging = Path(tempfile.mkdtemp(prefix=f".staging-{src.name}-", dir=models_dir))
            try:
                shutil.copytree(src, staging, dirs_exist_ok=True)
                os.replace(staging, final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            copied.append(src.name)
        (models_dir / MARKER).write_text("\n".join(copied) + "\n", encoding="utf-8")
    except OSError as exc:
        _log.warning("the bundled models could not be installed: %s", exc)
    return copied


__all__ = [
    "BUNDLED_ENV",
    "REFERENCE_FILE",
    "bundled_dir",
    "bundled_models",
    "install_bundled",
]
