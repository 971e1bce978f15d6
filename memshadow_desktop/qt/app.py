"""`memshadow-desktop`: the QApplication, the qasync loop, one app per vault, and the way to
the main window (a keyring vault opens at once, a scripted passphrase unlocks without asking,
otherwise the unlock dialog asks)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog

from memshadow_desktop import __version__
from memshadow_desktop.core.api import (
    AppPaths,
    ExitCode,
    MemshadowError,
    OwnerKind,
    Settings,
)
from memshadow_desktop.core.service import MemshadowService, VaultStatus
from memshadow_desktop.qt import instance
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner, shutdown_workers
from memshadow_desktop.qt.edge_plan import report_network
from memshadow_desktop.qt.icons import app_icon
from memshadow_desktop.qt.instance import InstanceServer, Outcome, Request, server_name
from memshadow_desktop.qt.main_window import MainWindow
from memshadow_desktop.qt.messages import describe_error, one_line
from memshadow_desktop.qt.passphrase import (
    PASSPHRASE_ENV,
    Provider,
    scripted_passphrase,
)
from memshadow_desktop.qt.screenshot import MERGE_VIEW, VIEWS, take_screenshot, view_name
from memshadow_desktop.qt.shell import AppShell
from memshadow_desktop.qt.unlock_dialog import UnlockDialog
from memshadow_desktop.qt.wizard import FirstRunWizard

# Inside the package, so an installed wheel carries the compiled translations.
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


class _NeedPassphrase(Exception):
    """Raised by the probe provider: the vault wants a passphrase (not a keyring vault)."""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="memshadow-desktop", description="MEMSHADOW Desktop: your encrypted memory vault."
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="keep every file of the app under DIR (default: $MEMSHADOW_HOME, else the "
        "platform's locations)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"unlock with the passphrase in FILE (${PASSPHRASE_ENV} comes first) instead of "
        "asking; a wrong one exits with code 4",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help=f"unlock (${PASSPHRASE_ENV}, --passphrase-file or the keyring), render the main "
        "window, save it as a PNG and exit",
    )
    parser.add_argument(
        "--search",
        metavar="QUERY",
        help="show the memories matching QUERY (in the window already running for this vault, "
        "if there is one); with --screenshot: first embed what is pending, then search and "
        "open the best match",
    )
    parser.add_argument(
        "--dashboard",
        action="store_true",
        help="open the hardware dashboard; with --screenshot: render it instead of the main window",
    )
    parser.add_argument(
        "--ask",
        metavar="QUESTION",
        help="with --screenshot: render the Ask panel with QUESTION answered from the notes",
    )
    parser.add_argument(
        "--show",
        metavar="VIEW",
        default="main",
        type=view_name,
        help="with --screenshot: the view to render: " + ", ".join((*VIEWS, MERGE_VIEW)),
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray without opening the window (how the app starts at login); "
        "without a tray the window opens anyway",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that each part the app relies on works here (encrypted database, "
        "embedding model, faiss, keyring, Qt, translations) and exit: 0 when all do",
    )
    parser.add_argument(
        "--json", action="store_true", help="with --self-test: print the report as JSON"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


# MEMSHADOW_LANGUAGE overrides the settings' language (screenshots, support); "pseudo" is the
# pseudo-locale (scripts/pseudo_locale.py): accented, longer, bracketed.
LANGUAGE_ENV = "MEMSHADOW_LANGUAGE"
PSEUDO = "pseudo"


def load_translator(locale: QLocale, parent: QObject | None = None) -> QTranslator | None:
    """The compiled translation for ``locale`` (memshadow_<lang>.qm), if there is one."""
    translator = QTranslator(parent)
    return translator if translator.load(locale, "memshadow", "_", str(I18N_DIR)) else None


def translator_for(language: str, parent: QObject | None = None) -> QTranslator | None:
    """The translation for a language the settings name ("" : the system's)."""
    if language == PSEUDO:
        translator = QTranslator(parent)
        return translator if translator.load(str(I18N_DIR / "memshadow_pseudo.qm")) else None
    return load_translator(QLocale(language) if language else QLocale(), parent)


def qt_translator_for(language: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own texts (standard buttons, dialogs) in the same language, where Qt has them."""
    if language == PSEUDO:
        return None
    locale = QLocale(language) if language else QLocale()
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(locale, "qtbase", "_", folder) else None


async def _install_translator(app: QApplication, paths: AppPaths) -> None:
    """The language MEMSHADOW_LANGUAGE or the settings name, else the system's."""
    settings = await TaskRunner().call(Settings.load, paths.settings_file)
    install_translators(app, os.environ.get(LANGUAGE_ENV) or settings.language)


def install_translators(app: QApplication, language: str) -> None:
    """English first, beneath the rest: the sources say "%Ln match(es)" and only the English
    translation turns that into "1 match" / "2 matches" (under the C locale, or a language
    without a translation, nothing else would); then Qt's own texts and ``language``'s."""
    english = load_translator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), app)
    if english is not None:
        app.installTranslator(english)
    qt_translator = qt_translator_for(language, app)
    if qt_translator is not None:
        app.installTranslator(qt_translator)
    translator = translator_for(language, app)
    if translator is not None:
        app.installTranslator(translator)


def _error_line(text: str) -> None:
    print(f"memshadow-desktop: {one_line(text)}", file=sys.stderr)


def request_of(args: argparse.Namespace) -> Request:
    """What this start asks the window to show (handed to a running app, if there is one)."""
    return {"search": args.search or "", "dashboard": bool(args.dashboard)}


class Activation:
    """Requests for the window: this start's own (``--search``, ``--dashboard``) and those of
    later starts, which also bring the app to the front. Kept until the window is there."""

    def __init__(self, first: Request) -> None:
        self.window: MainWindow | None = None
        self._pending = [first]

    def attach(self, window: MainWindow) -> None:
        self.window = window
        pending, self._pending = self._pending, []
        for request in pending:
            self._show(window, request)

    def detach(self) -> None:
        self.window = None

    def handle(self, request: Request) -> Request:
        """A later start's request; the answer says what the window shows now."""
        window = self.window
        if window is None:  # still unlocking: the dialog comes to the front
            self._pending.append(request)
            _bring_dialogs_to_front()
            return {"search": None}
        window.bring_to_front()
        self._show(window, request)
        return {"search": window.list_pane.search.text()}

    @staticmethod
    def _show(window: MainWindow, request: Request) -> None:
        search = request.get("search")
        if isinstance(search, str) and search:
            window.show_search(search)
        if request.get("dashboard"):
            window.tasks.spawn(window.open_dashboard())


def _bring_dialogs_to_front() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.raise_()
            widget.activateWindow()


async def open_vault(
    paths: AppPaths, passphrase: Provider | None = None
) -> MemshadowService | None:
    """A keyring vault opens at once, and so does one whose ``passphrase`` was given (a wrong
    one raises, with no dialog); otherwise (or on failure) the dialog asks. Without a vault,
    the first-run wizard makes one. None: the user quit."""
    status = await TaskRunner().call(MemshadowService.status, paths)
    if not status.exists:
        return await first_run(paths, status)
    initial_error = ""
    if status.exists and passphrase is not None:
        return await TaskRunner().call_on_vault_thread(
            partial(MemshadowService.unlock, for_search=True), paths, passphrase
        )
    if status.exists:

        def probe() -> str:
            raise _NeedPassphrase

        try:
            return await TaskRunner().call_on_vault_thread(
                partial(MemshadowService.unlock, for_search=True), paths, probe
            )
        except _NeedPassphrase:
            pass
        except MemshadowError as exc:
            initial_error = describe_error(exc)
    dialog = UnlockDialog(paths, status, initial_error=initial_error)
    dialog.setWindowIcon(app_icon())
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not done.done():
            done.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.show()
    code = await done
    dialog.deleteLater()
    return dialog.service if code == QDialog.DialogCode.Accepted else None


async def first_run(
    paths: AppPaths, status: VaultStatus, **options: Any
) -> MemshadowService | None:
    """The first-run wizard; the vault it made (also when it was closed on a later page), or
    None when it was closed before."""
    wizard = FirstRunWizard(paths, status, **options)
    wizard.setWindowIcon(app_icon())
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not done.done():
            done.set_result(code)

    wizard.finished.connect(on_finished)
    wizard.show()
    await done
    if wizard.bridge is not None:
        wizard.bridge.disconnect_events()  # the app's own bridge takes over
    wizard.deleteLater()
    return wizard.service


async def run_window(
    app: QApplication,
    paths: AppPaths,
    activation: Activation,
    passphrase: Provider | None = None,
    *,
    background: bool = False,
) -> int:
    service = await open_vault(paths, passphrase)
    if service is None:
        return int(ExitCode.OK)
    bridge = ServiceBridge(service)
    report_network(service)  # metered or not, as Qt knows it, for the sync plan (core/edge)
    paths.ensure()
    settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    # The shell listens first: the indexer's and the engine's first events reach it.
    shell = AppShell(bridge, settings=settings)
    shell.window.setWindowIcon(app_icon())
    app.setProperty("memshadowShell", shell)  # for a test driving the real app
    # This window runs the vault's indexer and sync engine, or follows the agent that does.
    await TaskRunner().call(service.runtime.start, OwnerKind.WINDOW)
    await shell.start(show_window=not background)
    activation.attach(shell.window)
    await shell.wait_quit()
    activation.detach()
    await shell.close()
    await bridge.close()
    return int(ExitCode.OK)


async def _run(
    app: QApplication, args: argparse.Namespace, paths: AppPaths, activation: Activation
) -> int:
    passphrase = scripted_passphrase(args.passphrase_file)
    await _install_translator(app, paths)
    try:
        if args.screenshot:
            return await take_screenshot(
                app,
                paths,
                args.screenshot,
                passphrase=passphrase,
                search=args.search,
                dashboard=args.dashboard,
                ask=args.ask,
                view=args.show,
            )
        return await run_window(app, paths, activation, passphrase, background=args.background)
    except MemshadowError as exc:
        _error_line(describe_error(exc))
        return int(exc.exit_code)


def _make_app() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "memshadow"])
    assert isinstance(app, QApplication)
    app.setApplicationName("MEMSHADOW")
    app.setOrganizationName("memshadow")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("memshadow-desktop")
    app.setWindowIcon(app_icon())
    # The window closing is not the end of the app: with a tray icon it keeps running (the
    # shell decides when the app ends).
    app.setQuitOnLastWindowClosed(False)
    return app


def _become_the_app(
    paths: AppPaths, request: Request, activation: Activation
) -> tuple[QApplication | None, InstanceServer | None, int]:
    """Hand ``request`` to the app already running for this vault (no window, no display
    needed for that), or become that app: (None, None, exit code) or (app, server, 0)."""
    name = server_name(paths.data_dir)
    with instance.taking_turns(name):
        outcome, _answer = instance.hand_over(name, request)
        if outcome is Outcome.HANDED_OVER:
            return None, None, int(ExitCode.OK)
        if outcome is Outcome.NO_ANSWER:
            _error_line(
                QCoreApplication.translate(
                    "App",
                    "MEMSHADOW is already running for this vault but does not answer. "
                    "Close it and try again.",
                )
            )
            return None, None, int(ExitCode.BUSY)
        app = _make_app()
        server = InstanceServer(name, activation.handle)
        return app, (server if server.listen() else None), int(ExitCode.OK)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        from memshadow_desktop.qt.selftest import run_self_test

        return run_self_test(I18N_DIR, as_json=args.json)
    paths = AppPaths.resolve(args.home)
    activation = Activation(request_of(args))
    server: InstanceServer | None = None
    if args.screenshot:  # a one-off render, never the app of its vault
        if sys.platform.startswith("linux"):
            if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _make_app()
    else:
        made, server, code = _become_the_app(paths, request_of(args), activation)
        if made is None:
            return code
        app = made
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code = loop.run_until_complete(_run(app, args, paths, activation))
    finally:
        if server is not None:
            server.close()
        shutdown_workers()
    return code


if __name__ == "__main__":
    sys.exit(main())
