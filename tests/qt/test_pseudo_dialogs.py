"""Under the pseudo-locale every text of every dialog is bracketed: the hardware dashboard,
each tab of the preferences (sync set up and not), the conflict inbox and the merge dialog, each
page of the first-run wizard and the unlock dialog (unlocking and creating).
A text left bare did not go through tr() (tests/qt/pseudo_scan.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTabWidget, QWidget

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService, VaultStatus
from memshadow_desktop.qt.bridge import ServiceBridge
from memshadow_desktop.qt.dashboard_widgets import FitTable
from memshadow_desktop.qt.preferences import TABS
from memshadow_desktop.qt.wizard import PAGES, FirstRunWizard
from tests.qt.pseudo_scan import untranslated_texts
from tests.qt.shells import (  # noqa: F401  (fixtures)
    WAIT_MS,
    Homes,
    Shells,
    homes,
    loopback,
    run,
    shells,
)
from tests.qt.test_merge_dialog import conflict
from tests.qt.test_preferences import open_prefs


def _every_tab(widget: QWidget) -> list[str]:
    """The texts of each tab of each tab widget in turn (a hidden tab's are not scanned)."""
    found = untranslated_texts(widget)
    for tabs in widget.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += untranslated_texts(widget)
    return sorted(set(found))


def test_the_dashboard(pseudo: None, window: Any, qtbot: Any) -> None:
    task = asyncio.ensure_future(window.open_dashboard())
    qtbot.waitUntil(task.done, timeout=10_000)
    dashboard = task.result()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    found = _every_tab(dashboard)
    assert not found, "not through tr(): " + "; ".join(found)
    # 40% longer headers: every column still within its table, the wrapping one too.
    dashboard.resize(1120, 800)
    qtbot.wait(100)
    tables = [t for t in dashboard.findChildren(FitTable) if t.isVisibleTo(dashboard)]
    assert tables
    for table in tables:
        header = table.horizontalHeader()
        widths = [header.sectionSize(c) for c in range(table.columnCount())]
        assert sum(widths) <= table.viewport().width() + 2, (table.objectName(), widths)
        stretch = QHeaderView.ResizeMode.Stretch
        for c in range(table.columnCount()):
            if header.sectionResizeMode(c) == stretch:  # the wrapping column keeps its share
                assert widths[c] >= 0.25 * table.viewport().width(), (table.objectName(), widths)
        # The first column names the row (a provider, a model): never cut to "Tensor…".
        assert widths[0] >= table.sizeHintForColumn(0), (table.objectName(), widths)


def test_every_tab_of_the_preferences(
    pseudo: None,
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    found: list[str] = []
    alone = shells.open(homes.vault("Alone"), show=False)
    joined = shells.open(homes.device("Work laptop"), show=False)
    for shell in (alone, joined):
        for tab in TABS:
            dialog = open_prefs(qtbot, shell, tab)
            found += [f"{tab}: {f}" for f in _every_tab(dialog)]
            dialog.close()
    assert not found, "not through tr(): " + "; ".join(sorted(set(found)))


def test_the_conflict_inbox_and_the_merge_dialog(
    pseudo: None,
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
) -> None:
    from memshadow_desktop.qt.conflicts_view import ConflictsDialog
    from memshadow_desktop.qt.merge_dialog import MergeDialog

    _laptop, phone, _mid = conflict(homes)
    bridge = ServiceBridge(phone)
    inbox = ConflictsDialog(bridge)
    qtbot.addWidget(inbox)
    run(qtbot, inbox.load())
    inbox.show()
    found = [f"inbox: {f}" for f in _every_tab(inbox)]
    [c] = phone.conflicts.list()
    merge = MergeDialog(bridge, c.id)
    qtbot.addWidget(merge)
    run(qtbot, merge.load())
    merge.show()
    qtbot.waitUntil(lambda: not merge.busy(), timeout=WAIT_MS)
    found += [f"merge: {f}" for f in untranslated_texts(merge)]
    bridge.disconnect_events()
    assert not found, "not through tr(): " + "; ".join(found)


def test_every_page_of_the_wizard(
    pseudo: None, qtbot: Any, qloop: Any, tmp_path: Path, open_service: MemshadowService
) -> None:
    found: list[str] = []
    for page in PAGES:
        paths = AppPaths.resolve(tmp_path / page) if page == "vault" else open_service.paths
        wizard = FirstRunWizard(paths, MemshadowService.status(paths))
        qtbot.addWidget(wizard)
        if page != "vault":
            wizard.opened(open_service)
            wizard.setStartId(wizard.pageIds()[PAGES.index(page)])
        wizard.show()
        qtbot.wait(300)  # a page's catalogue or form fills in
        qtbot.waitUntil(lambda w=wizard: not w.busy(), timeout=WAIT_MS)
        found += [f"{page}: {f}" for f in untranslated_texts(wizard)]
        if wizard.bridge is not None:
            wizard.bridge.disconnect_events()
        wizard.hide()
    assert not found, "not through tr(): " + "; ".join(found)


def test_the_unlock_dialog(
    pseudo: None, qtbot: Any, qloop: Any, tmp_path: Path, vault_paths: AppPaths
) -> None:
    from memshadow_desktop.qt.unlock_dialog import UnlockDialog

    found: list[str] = []
    for paths, status in (
        (vault_paths, MemshadowService.status(vault_paths)),
        (AppPaths.resolve(tmp_path / "new"), VaultStatus(False, None)),
    ):
        dialog = UnlockDialog(paths, status)
        qtbot.addWidget(dialog)
        dialog.show()
        mode = "create" if dialog.creating else "unlock"
        found += [f"{mode}: {f}" for f in untranslated_texts(dialog)]
        dialog.hide()
    assert not found, "not through tr(): " + "; ".join(found)
