"""``memshadow-desktop --screenshot FILE [--show VIEW]``: render one view headless and save it
as a PNG, for scripted screenshots. It never asks anything: the vault unlocks with the given
passphrase or the keyring, and no sync or indexing starts.

Views: ``main`` (the window; ``--search`` and ``--dashboard`` as before), ``tray-menu``,
``wizard`` (its first page, also with no vault yet) and ``wizard:sync|import|model|done``,
``preferences:general|sync|devices|search|security``, ``locked``, ``conflicts`` (the conflict
inbox; ``conflicts:merges`` its review of automatic merges), ``unlock`` (the dialog that asks for
the passphrase at start) and ``merge:ID`` (the merge dialog of conflict ID, at its first
conflicting change).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QWidget

from memshadow_desktop.core.api import AppPaths, ExitCode, MemshadowError, NoVaultError
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.icons import app_icon
from memshadow_desktop.qt.messages import describe_error, one_line
from memshadow_desktop.qt.passphrase import Provider, no_passphrase_given
from memshadow_desktop.qt.preferences import TABS
from memshadow_desktop.qt.shell import AppShell
from memshadow_desktop.qt.unlock_dialog import UnlockDialog
from memshadow_desktop.qt.wizard import PAGES, FirstRunWizard

VIEWS = (
    "main",
    "tray-menu",
    "locked",
    *(f"wizard:{p}" if p != "vault" else "wizard" for p in PAGES),
    *(f"preferences:{t}" for t in TABS),
    "conflicts",
    "conflicts:merges",
    "unlock",
)
MERGE_VIEW = "merge:ID"  # the merge dialog of conflict ID


def view_name(value: str) -> str:
    """``--show``'s type: one of VIEWS, ``merge:`` followed by a conflict id."""
    import argparse

    if value in VIEWS:
        return value
    kind, _sep, number = value.partition(":")
    if kind == "merge" and number.isdigit():
        return value
    raise argparse.ArgumentTypeError(
        QCoreApplication.translate("App", "invalid choice: {0} (choose from {1})").format(
            value, ", ".join((*VIEWS, MERGE_VIEW))
        )
    )


WIZARD_SIZE = (680, 560)


class ShotError(Exception):
    """Rendering failed in a way the user is told about (one line, an exit code)."""

    def __init__(self, text: str, code: ExitCode) -> None:
        super().__init__(text)
        self.code = code


def error_line(text: str) -> None:
    import sys

    print(f"memshadow-desktop: {one_line(text)}", file=sys.stderr)


async def take_screenshot(
    app: QApplication,
    paths: AppPaths,
    target: str,
    *,
    passphrase: Provider | None = None,
    search: str | None = None,
    dashboard: bool = False,
    ask: str | None = None,
    view: str = "main",
) -> int:
    """Render ``view`` and save it to ``target``; an exit code. ``ask``: the main view with the
    Ask panel answering that question."""
    try:
        if view.startswith("wizard"):
            shown = await _wizard(paths, view, passphrase)
        elif view == "unlock":
            shown = await _unlock(paths)
        else:
            shown = await _with_shell(paths, passphrase, view, search, dashboard, ask)
        await asyncio.sleep(0.05)
        app.processEvents()
        if not shown.grab().save(target, "PNG"):
            raise ShotError(
                QCoreApplication.translate("App", "cannot write {0}").format(target),
                ExitCode.ERROR,
            )
    except ShotError as exc:
        error_line(str(exc))
        return int(exc.code)
    finally:
        for step in reversed(_cleanup):
            await step()
        _cleanup.clear()
    return int(ExitCode.OK)


# What to close after the grab, newest first (the views open a service, a shell, a wizard).
_cleanup: list[Callable[[], Awaitable[None]]] = []


async def _open(paths: AppPaths, passphrase: Provider | None) -> MemshadowService:
    status = await TaskRunner().call(MemshadowService.status, paths)
    if not status.exists:
        raise ShotError(describe_error(NoVaultError(str(paths.data_dir))), ExitCode.NO_VAULT)

    def provider() -> str:
        if passphrase is None:
            raise no_passphrase_given()
        return passphrase()

    try:
        service: MemshadowService = await TaskRunner().call_on_vault_thread(
            partial(MemshadowService.unlock, for_search=True), paths, provider
        )
    except MemshadowError as exc:
        raise ShotError(describe_error(exc), exc.exit_code) from None
    return service


async def _wizard(paths: AppPaths, view: str, passphrase: Provider | None) -> QWidget:
    page = view.partition(":")[2] or "vault"
    status = await TaskRunner().call(MemshadowService.status, paths)
    wizard = FirstRunWizard(paths, status)
    wizard.setWindowIcon(app_icon())
    if page != "vault":
        service = await _open(paths, passphrase)
        wizard.opened(service)

        async def close_service() -> None:
            if wizard.bridge is not None:
                wizard.bridge.disconnect_events()
            await TaskRunner().call_on_vault_thread(service.close)

        _cleanup.append(close_service)
        wizard.setStartId(wizard.pageIds()[PAGES.index(page)])
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    await asyncio.sleep(0.3)  # a page's catalogue or form fills in
    while wizard.busy():
        await asyncio.sleep(0.05)

    async def close_wizard() -> None:
        wizard.hide()
        wizard.deleteLater()

    _cleanup.append(close_wizard)
    return wizard


async def _unlock(paths: AppPaths) -> QWidget:
    """The passphrase dialog as the app shows it at start (nothing is typed or unlocked)."""
    status = await TaskRunner().call(MemshadowService.status, paths)
    dialog = UnlockDialog(paths, status)
    dialog.setWindowIcon(app_icon())
    dialog.show()
    await asyncio.sleep(0.1)

    async def close_dialog() -> None:
        dialog.hide()
        dialog.deleteLater()

    _cleanup.append(close_dialog)
    return dialog


async def _with_shell(
    paths: AppPaths,
    passphrase: Provider | None,
    view: str,
    search: str | None,
    dashboard: bool,
    ask: str | None = None,
) -> QWidget:
    service = await _open(paths, passphrase)
    bridge = ServiceBridge(service)
    shell = AppShell(bridge, settings=None, tray=True)
    window = shell.window
    window.setWindowIcon(app_icon())

    async def close() -> None:
        await shell.close()
        window.close_for_good()
        window.deleteLater()
        await bridge.close()

    _cleanup.append(close)
    window.resize(1280, 800)
    await shell.start()
    await _settle(shell)
    shown: QWidget = window
    if view == "main" and search:
        await window.screenshot_search(search)
    if view == "main" and dashboard:
        shown = await window.open_dashboard(for_screenshot=True)
    elif view == "main" and ask:
        shown = await window.ask.screenshot(ask)
    elif view == "tray-menu":
        shown = _tray_menu(shell)
    elif view == "locked":
        shell.lock()
        while not window.locked or shell.busy():
            await asyncio.sleep(0.05)
    elif view.startswith("conflicts"):
        shell.show_conflicts()
        assert shell.conflicts is not None
        await shell.conflicts.load()
        if view.endswith(":merges"):
            shell.conflicts.tabs.setCurrentIndex(1)
        shown = shell.conflicts
    elif view.startswith("merge:"):
        merge = shell.show_merge(int(view.partition(":")[2]), load=False)
        try:
            await merge.load()
        except MemshadowError as exc:
            raise ShotError(describe_error(exc), exc.exit_code) from None
        while merge.busy():
            await asyncio.sleep(0.05)
        shown = merge
    elif view.startswith("preferences"):
        dialog = shell.open_preferences(view.partition(":")[2] or "general")
        await dialog.load()
        while dialog.busy():
            await asyncio.sleep(0.05)
        shown = dialog
    await window.wait_idle()
    return shown


async def _settle(shell: AppShell) -> None:
    while shell.busy():
        await asyncio.sleep(0.05)


def _tray_menu(shell: AppShell) -> QWidget:
    assert shell.tray is not None
    menu = shell.tray.menu
    menu.show_state(shell.monitor.state)
    menu.popup(QPoint(0, 0))
    return menu
