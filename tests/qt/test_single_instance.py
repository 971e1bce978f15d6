"""`memshadow-desktop` as real processes (offscreen): scripted unlock, and one app per vault
(a second start hands its search to the running window and exits 0)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.qt.instance import Outcome, hand_over, server_name
from tests.conftest import PASSPHRASE, REPO
from tests.qt.conftest import make_vault

START_S = 60  # a cold start under a loaded CI machine


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The apps' environment: offscreen, no passphrase, a private runtime dir of their own
    (this process uses it too, to find their socket)."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env["XDG_RUNTIME_DIR"] = str(runtime)
    for key in ("MEMSHADOW_HOME", "MEMSHADOW_PASSPHRASE"):
        env.pop(key, None)
    return env


@pytest.fixture
def home(tmp_path: Path) -> Path:
    make_vault(tmp_path / "home")
    return tmp_path / "home"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")  # as `echo` writes it
    return path


def command(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "memshadow_desktop", "--home", str(home), *args]


def run(env: dict[str, str], home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(home, *args), capture_output=True, text=True, env=env, timeout=START_S
    )


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[str]]]:
    """Apps started in the background; every one still running is killed at the end."""
    apps: list[subprocess.Popen[str]] = []
    yield apps
    for app in apps:
        if app.poll() is None:
            app.kill()
        app.communicate(timeout=30)


def start(
    started: list[subprocess.Popen[str]], env: dict[str, str], home: Path, *args: str
) -> subprocess.Popen[str]:
    app = subprocess.Popen(
        command(home, *args),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started.append(app)
    return app


def window_answer(qapp: Any, home: Path, app: subprocess.Popen[str]) -> dict[str, Any]:
    """Wait until the app of ``home`` listens and its window is up; its answer to a request
    that asks for nothing (the search box as it is)."""
    name = server_name(AppPaths.resolve(home).data_dir)
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        assert app.poll() is None, app.communicate()[1]
        outcome, answer = hand_over(name, {})
        if outcome is Outcome.HANDED_OVER and answer and answer.get("search") is not None:
            return answer
        time.sleep(0.2)
    raise AssertionError("the app did not come up")


def test_a_wrong_scripted_passphrase_exits_4_in_one_line(
    env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    result = run({**env, "MEMSHADOW_PASSPHRASE": "not the passphrase"}, home)
    assert result.returncode == ExitCode.LOCKED
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "passphrase" in lines[0].lower(), result.stderr

    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    result = run(env, home, "--passphrase-file", str(wrong))
    assert result.returncode == ExitCode.LOCKED
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreadable_passphrase_file_exits_in_one_line(
    env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    result = run(env, home, "--passphrase-file", str(tmp_path / "missing"))
    assert result.returncode == ExitCode.INVALID_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "passphrase file" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_second_start_hands_its_search_to_the_running_window(
    qapp: Any,
    env: dict[str, str],
    home: Path,
    passphrase_file: Path,
    started: list[subprocess.Popen[str]],
) -> None:
    first = start(started, env, home, "--passphrase-file", str(passphrase_file))
    assert window_answer(qapp, home, first) == {"ok": True, "search": ""}
    socket = Path(server_name(AppPaths.resolve(home).data_dir))
    assert stat.S_ISSOCK(socket.stat().st_mode)
    assert stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0  # only this user may connect

    # Handing over needs no display: a platform that cannot start would abort a QApplication.
    second = run({**env, "QT_QPA_PLATFORM": "no-such-platform"}, home, "--search", "kubectl")
    assert second.returncode == 0, second.stderr
    assert window_answer(qapp, home, first)["search"] == "kubectl"
    assert first.poll() is None  # still the one app

    # A screenshot is a one-off render beside the running window: it hands nothing over, and
    # opens the vault the window has open (several processes share one vault).
    shot_file = home / "x.png"
    shot = run({**env, "MEMSHADOW_PASSPHRASE": PASSPHRASE}, home, "--screenshot", str(shot_file))
    assert shot.returncode == ExitCode.OK, shot.stderr
    assert shot_file.stat().st_size > 10_000
    assert window_answer(qapp, home, first)["search"] == "kubectl"


def test_a_start_after_a_crash_takes_over_the_stale_socket(
    qapp: Any,
    env: dict[str, str],
    home: Path,
    passphrase_file: Path,
    started: list[subprocess.Popen[str]],
) -> None:
    crashed = start(started, env, home, "--passphrase-file", str(passphrase_file))
    window_answer(qapp, home, crashed)
    socket = Path(server_name(AppPaths.resolve(home).data_dir))
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait(timeout=30)
    assert socket.exists()  # left behind

    again = start(started, env, home, "--passphrase-file", str(passphrase_file), "--search", "git")
    assert window_answer(qapp, home, again)["search"] == "git"  # its own --search, shown
