"""A real tray: the app on an Xvfb display with Debian's ``trayer`` as the tray host (then
``QSystemTrayIcon.isSystemTrayAvailable()`` is true); its icon shows, and its menu, clicked
with xdotool, opens the window and quits the app. Without a tray host the app falls back:
the window shows, its status bar carries the sync state, and closing it ends the app."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE, REPO

PROBE = REPO / "tests" / "support" / "tray_probe.py"
NEEDED = ("Xvfb", "trayer", "xdotool")


def _missing() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or bool(_missing()),
    reason=f"needs {', '.join(NEEDED)} (apt-get install xvfb trayer xdotool)",
)


def _free_display() -> int:
    for n in range(90, 190):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def display() -> Iterator[str]:
    n = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if time.monotonic() > deadline or xvfb.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield f":{n}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.fixture
def tray_host(display: str) -> Iterator[str]:
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)  # it claims the tray selection as it starts
        assert trayer.poll() is None, "trayer did not start"
        yield display
    finally:
        trayer.terminate()
        trayer.wait(timeout=10)


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    svc = MemshadowService.create(
        AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    )
    svc.memories.add("a note", title="Note")
    svc.close()
    return home


def _probe(display: str, home: Path, out: Path, mode: str) -> dict[str, object]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "MEMSHADOW_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(REPO),
    }
    env.pop("MEMSHADOW_HOME", None)
    done = subprocess.run(
        [sys.executable, str(PROBE), "--home", str(home), "--out", str(out), "--mode", mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    seen: dict[str, object] = json.loads(out.read_text()) if out.exists() else {}
    assert "error" not in seen and "gave_up_at" not in seen, (
        json.dumps(seen),
        done.stderr[-3000:],
    )
    assert done.returncode == 0, (seen, done.stderr[-3000:])
    return seen


def test_with_trayer_the_icon_shows_and_its_menu_works(tray_host: str, tmp_path: Path) -> None:
    seen = _probe(tray_host, _home(tmp_path), tmp_path / "seen.json", "tray")
    assert seen["tray_available"] is True and seen["has_tray"] is True
    assert seen["window_visible_at_start"] is False  # --background: the tray only
    _x, _y, w, h = seen["icon_geometry"]  # type: ignore[misc]
    assert w > 0 and h > 0
    assert str(seen["tooltip"]).startswith("MEMSHADOW\nSync is not set up")
    shown = seen["menu_shown"]
    assert isinstance(shown, list)
    assert shown[0] == "Sync is not set up"
    for entry in ("Open MEMSHADOW", "Sync Now", "Pause Sync", "Lock Vault", "Quit MEMSHADOW"):
        assert entry in shown
    assert seen["window_opened_from_menu"] is True
    assert seen["window_hidden_by_close"] is True  # closing keeps the app in the tray
    assert seen["quit_clicked"] is True and seen["exit_code"] == 0


def test_without_a_tray_host_the_window_shows_and_closing_quits(
    display: str, tmp_path: Path
) -> None:
    seen = _probe(display, _home(tmp_path), tmp_path / "seen.json", "fallback")
    assert seen["tray_available"] is False and seen["has_tray"] is False
    assert seen["window_visible_at_start"] is True
    assert seen["sync_area_text"] == "Sync is not set up"
    assert seen["window_closed"] is True and seen["exit_code"] == 0
