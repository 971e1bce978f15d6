"""``memshadow-desktop --self-test [--json]``: does the installed app work here?

The core's checks (core/selftest.py, through the service) plus the Qt half: a QApplication
starts (offscreen when there is no display, else on the platform Qt picks, so the installed
package's xcb dependencies are tested too), the icons draw, the system tray's availability, and
every compiled translation loads. Exit 0 only when every required part works. The report is
for whoever installs or packages the app, so it stays in English.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from memshadow_desktop import __version__
from memshadow_desktop.core.service import MemshadowService


def _check(name: str, required: bool, body: Any) -> dict[str, Any]:
    start = time.perf_counter()
    try:
        detail, ok = str(body()), True
    except Exception as exc:
        detail, ok = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}", False
    seconds = round(time.perf_counter() - start, 3)
    return {"name": name, "ok": ok, "required": required, "detail": detail, "seconds": seconds}


def _qt_checks(i18n_dir: Path) -> list[dict[str, Any]]:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    holder: list[QApplication] = []

    def application() -> str:
        app = QApplication.instance() or QApplication(["memshadow-desktop"])
        assert isinstance(app, QApplication)
        holder.append(app)
        return f"PySide6 {pyside_version} on the {app.platformName()} platform"

    checks = [_check("qt-application", True, application)]
    if not holder:
        return checks

    def icons() -> str:
        from memshadow_desktop.qt.icons import app_icon
        from memshadow_desktop.qt.tray_icons import STATES, state_icon

        if app_icon().isNull():
            raise RuntimeError("the app icon did not draw")
        missing = [s for s in STATES if not state_icon(s, "light").availableSizes()]
        if missing:
            raise RuntimeError(f"tray icons missing: {', '.join(missing)}")
        return f"app icon drawn; {len(STATES)} tray state icons found"

    def tray() -> str:
        if QSystemTrayIcon.isSystemTrayAvailable():
            return "available"
        return "not available here (the window opens instead of the tray icon)"

    def translations() -> str:
        files = sorted(i18n_dir.glob("memshadow_*.qm"))
        if not files:
            raise RuntimeError(f"no compiled translations in {i18n_dir}")
        bad = [f.name for f in files if not QTranslator().load(str(f))]
        if bad:
            raise RuntimeError(f"these do not load: {', '.join(bad)}")
        return "loaded: " + ", ".join(f.stem.removeprefix("memshadow_") for f in files)

    checks += [
        _check("icons", True, icons),
        _check("tray", False, tray),
        _check("translations", True, translations),
    ]
    return checks


def run_self_test(i18n_dir: Path, *, as_json: bool) -> int:
    """Run every check, print the report, return the exit code (0: all required parts work)."""
    frozen = bool(getattr(sys, "frozen", False))
    require_model = frozen or bool(MemshadowService.bundled_model_names())
    checks = MemshadowService.self_test(require_model=require_model)
    checks += _qt_checks(i18n_dir)
    ok = all(c["ok"] for c in checks if c["required"])
    if as_json:
        report = {"version": __version__, "frozen": frozen, "ok": ok, "checks": checks}
        print(json.dumps(report, indent=2))
    else:
        print(f"memshadow-desktop {__version__} self-test ({'installed' if frozen else 'Python'})")
        for c in checks:
            mark = "ok  " if c["ok"] else ("FAIL" if c["required"] else "warn")
            print(f"  {mark}  {c['name']:<22} {c['detail']}")
        print("every required part works" if ok else "a required part does not work")
    return 0 if ok else 1


__all__ = ["run_self_test"]
