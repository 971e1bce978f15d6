"""Translations: the source is current, the compiled files match it and load from inside the
package; QSettings holds geometry only."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings

from memshadow_desktop.core.service import MemshadowService
from tests.conftest import REPO

I18N = REPO / "memshadow_desktop" / "i18n"
TS = I18N / "memshadow_en.ts"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def _sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found: set[tuple[str, str]] = set()
    for ctx in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx, re.S)
        for source in re.findall(r"<source>(.*?)</source>", ctx, re.S):
            found.add((name.group(1) if name else "", source))
    return found


def test_translation_source_is_up_to_date(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "memshadow_desktop" / "qt").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh) - _sources(TS)
    assert not missing, f"run scripts/i18n.sh: {sorted(missing)[:5]}"


def test_every_translation_is_compiled_from_its_current_source(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    sources = sorted(I18N.glob("memshadow_*.ts"))
    assert sources
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.is_file(), f"{shipped.name} is missing: run scripts/i18n.sh"
        stale = f"{shipped.name} is stale: run scripts/i18n.sh"
        assert shipped.read_bytes() == fresh.read_bytes(), stale


def test_translations_load_from_inside_the_package(qapp: Any) -> None:
    import memshadow_desktop
    from memshadow_desktop.qt.app import load_translator

    translator = load_translator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert translator is not None
    package = Path(memshadow_desktop.__file__).resolve().parent
    assert Path(translator.filePath()).resolve().parent == package / "i18n"
    assert load_translator(QLocale(QLocale.Language.Swahili)) is None  # none yet: source text


def test_geometry_goes_to_qsettings_and_nothing_else(
    qtbot: Any, qloop: Any, open_service: MemshadowService, tmp_path: Path
) -> None:
    import asyncio

    from memshadow_desktop.qt.bridge import ServiceBridge
    from memshadow_desktop.qt.main_window import MainWindow

    ini = tmp_path / "window.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    bridge = ServiceBridge(open_service)
    win = MainWindow(bridge, settings=settings)
    qtbot.addWidget(win)
    win.show()
    task = asyncio.ensure_future(win.load())
    qtbot.waitUntil(task.done, timeout=10_000)
    win.resize(1000, 700)
    win.history_action.setChecked(False)
    win.close()
    text = ini.read_text(encoding="utf-8", errors="replace")
    assert "geometry" in text and "splitter" in text
    for title in ("Kubernetes", "walrus", "worktree", "VACUUM"):
        assert title not in text

    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    again = MainWindow(bridge, settings=stored)
    qtbot.addWidget(again)
    assert not again.history_action.isChecked()
    # (The offscreen screen is small, so the restored size is clamped; the data is valid.)
    assert again.restoreGeometry(stored.value("main/geometry"))
    bridge.disconnect_events()
