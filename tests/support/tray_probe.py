"""Runs the real app (``memshadow_desktop.qt.app.main``) on an X display and drives it like a
user: clicks its tray icon and its menu with xdotool, or closes its window. Writes what it saw
to a JSON file. Used by tests/qt/test_real_tray.py under Xvfb (with and without a tray host).

    python tests/support/tray_probe.py --home DIR --out FILE --mode tray|fallback
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from memshadow_desktop.qt import app as app_module  # noqa: E402

STEP_MS = 200
GIVE_UP_S = 90.0


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


class Probe:
    def __init__(self, mode: str, out: Path) -> None:
        self.mode = mode
        self.out = out
        self.seen: dict[str, Any] = {"mode": mode, "steps": []}
        self.started = time.monotonic()
        self.step = "wait-shell"
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(STEP_MS)

    def note(self, key: str, value: Any) -> None:
        self.seen[key] = value
        self.seen["steps"].append(key)
        self.out.write_text(json.dumps(self.seen, indent=1))

    def shell(self) -> Any:
        app = QApplication.instance()
        return app.property("memshadowShell") if app is not None else None

    def tick(self) -> None:
        if time.monotonic() - self.started > GIVE_UP_S:
            self.note("gave_up_at", self.step)
            QApplication.instance().exit(99)  # type: ignore[union-attr]
            return
        shell = self.shell()
        if shell is None:
            return
        try:
            getattr(self, "step_" + self.step.replace("-", "_"))(shell)
        except Exception as exc:  # recorded for the test to show
            self.note("error", f"{self.step}: {type(exc).__name__}: {exc}")
            self.step = "done"

    # --- with a tray host ---------------------------------------------------------------------

    def step_wait_shell(self, shell: Any) -> None:
        self.note("tray_available", QSystemTrayIcon.isSystemTrayAvailable())
        self.note("has_tray", shell.tray is not None)
        self.step = "wait-icon" if self.mode == "tray" else "close-window"

    def step_wait_icon(self, shell: Any) -> None:
        rect = shell.tray.icon.geometry()
        if not shell.tray.icon.isVisible() or rect.width() <= 0:
            return
        # The icon is up, so the shell has started: would it have shown the window?
        self.note("window_visible_at_start", shell.window.isVisible())
        self.note("icon_geometry", [rect.x(), rect.y(), rect.width(), rect.height()])
        self.note("tooltip", shell.tray.icon.toolTip())
        centre = rect.center()
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "3")
        self.step = "wait-menu"

    def step_wait_menu(self, shell: Any) -> None:
        menu = shell.tray.menu
        if not menu.isVisible():
            self.retry(lambda: self.right_click(shell))
            return
        self.note("menu_shown", [a.text() for a in menu.actions() if a.isVisible()])
        self.click_item(menu, menu.open_action)
        self.step = "wait-window"

    # A loaded machine may map a menu later than Qt says it is visible: a click that found
    # nothing is made again, a few times.
    def retry(self, again: Any) -> None:
        self.waited = getattr(self, "waited", 0) + 1
        if self.waited % 15 == 0:  # every 3 s
            self.seen.setdefault("retries", 0)
            self.seen["retries"] += 1
            again()

    def right_click(self, shell: Any) -> None:
        centre = shell.tray.icon.geometry().center()
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "3")

    def click_item(self, menu: Any, action: Any) -> None:
        time.sleep(0.3)  # let the menu settle where it is shown
        point = menu.mapToGlobal(menu.actionGeometry(action).center())
        xdotool("mousemove", str(point.x()), str(point.y()), "click", "1")

    def step_wait_window(self, shell: Any) -> None:
        if not shell.window.isVisible():
            menu = shell.tray.menu
            self.retry(
                lambda: (
                    self.click_item(menu, menu.open_action)
                    if menu.isVisible()
                    else self.right_click(shell)
                )
            )
            return
        self.waited = 0
        self.note("window_opened_from_menu", True)
        # With no window manager the window covers the tray host: closing it (which hides
        # it: the app stays in the tray) clears the way to the icon again.
        shell.window.close()
        self.note("window_hidden_by_close", not shell.window.isVisible())
        rect = shell.tray.icon.geometry()
        centre: QPoint = rect.center()
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "3")
        self.step = "wait-menu-again"

    def step_wait_menu_again(self, shell: Any) -> None:
        menu = shell.tray.menu
        if not menu.isVisible():
            self.retry(lambda: self.right_click(shell))
            return
        self.note("quit_clicked", True)
        self.click_item(menu, menu.quit_action)
        self.step = "quitting"

    def step_quitting(self, shell: Any) -> None:
        # Quit was clicked; the app ends. A click the menu missed is made again.
        menu = shell.tray.menu
        self.retry(
            lambda: (
                self.click_item(menu, menu.quit_action)
                if menu.isVisible()
                else self.right_click(shell)
            )
        )

    # --- without one --------------------------------------------------------------------------

    def step_close_window(self, shell: Any) -> None:
        if not shell.window.isVisible():
            return
        self.note("window_visible_at_start", True)
        self.note("sync_area_text", shell.window.sync_area.label.text())
        self.note("window_closed", shell.window.close())
        self.step = "done"

    def step_done(self, _shell: Any) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--mode", choices=["tray", "fallback"], required=True)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    probe = Probe(args.mode, Path(args.out))
    argv = ["--home", args.home]
    if args.mode == "tray":
        argv.append("--background")  # the tray only: the menu opens the window
    code = app_module.main(argv)
    probe.note("exit_code", code)
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
