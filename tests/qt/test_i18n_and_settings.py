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
from PySide6.QtCore import QLocale, QSettings, QTranslator

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


def test_translation_sources_are_current_complete_and_keep_their_placeholders() -> None:
    """scripts/translations.py check: lupdate would change no .ts, no entry is unfinished, no
    translation's placeholders differ from its source's."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translations_are_not_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "memshadow_desktop/i18n"], cwd=REPO, capture_output=True, text=True
    ).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert not [f for f in tracked if f.endswith(".qm")], "build .qm files, never commit them"


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


@pytest.mark.parametrize("language", ["", "C", "sw", "de"])
def test_counts_read_as_words_whatever_the_language(qapp: Any, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from memshadow_desktop.qt.app import install_translators

    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, language)
    added = set(qapp.findChildren(QTranslator)) - before
    try:
        one = QCoreApplication.translate("MemoryListPane", "%Ln match(es)", "", 1)
        many = QCoreApplication.translate("HistoryPane", "%Ln revision(s)", "", 3)
        assert "(" not in one + many, (one, many)  # never "1 match(es)"
        if language == "de":
            assert (one, many) == ("1 Treffer", "3 Revisionen")
        else:
            assert (one, many) == ("1 match", "3 revisions")
    finally:
        for translator in added:
            qapp.removeTranslator(translator)


def test_every_text_given_to_tr_reaches_the_translation_source() -> None:
    """lupdate skips some calls silently (one inside an f-string's braces, one through a helper):
    each literal given to tr(), translate() or QT_TRANSLATE_NOOP in qt/ must be in the .ts."""
    import ast
    import xml.etree.ElementTree as ET

    known = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    missing = []
    for path in sorted((REPO / "memshadow_desktop" / "qt").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            if text.value not in known:
                missing.append(f"{path.name}:{node.lineno}: {text.value[:60]!r}")
    assert not missing, "not in memshadow_en.ts: " + "; ".join(missing)
