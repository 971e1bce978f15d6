"""`memshadow-desktop --home DIR --screenshot FILE` as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.screenshot import VIEWS
from tests.conftest import FAST_KDF, PASSPHRASE, REPO

NOTES = {
    "shell/find-large-files.md": "# Find large files\n\nUse `du -ah . | sort -h | tail`.\n",
    "shell/jobs.md": "# Background jobs\n\n`jobs`, `fg %1` and `bg %1` manage them.\n",
    "git/amend.md": "# Amend the last commit\n\n`git commit --amend --no-edit` keeps it.\n",
    "python/dataclass-slots.md": "# Dataclass slots\n\n`@dataclass(slots=True)` saves memory.\n",
    "readme.txt": "Plain text note without a heading.\n",
}


def run_app(
    home: Path, *args: str, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("MEMSHADOW_HOME", None)
    env.pop("MEMSHADOW_PASSPHRASE", None)
    if passphrase is not None:
        env["MEMSHADOW_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "memshadow_desktop", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def imported_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("shot")
    notes = base / "notes"
    for rel, text in NOTES.items():
        (notes / rel).parent.mkdir(parents=True, exist_ok=True)
        (notes / rel).write_text(text, encoding="utf-8")
    home = base / "home"
    svc = MemshadowService.create(
        AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    )
    try:
        report = svc.memories.import_path(notes)
        assert report.created == len(NOTES)
    finally:
        svc.close()
    return home


def test_screenshot_writes_a_png_of_the_window(imported_home: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    target = tmp_path / "shot.png"
    result = run_app(imported_home, "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a rendered window, not a blank image
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500
    # More than one colour: something was drawn.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 10


def test_screenshot_with_a_wrong_passphrase_fails_in_one_line(
    imported_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "shot.png"
    result = run_app(imported_home, "--screenshot", str(target), passphrase="wrong wrong wrong")
    assert result.returncode == ExitCode.LOCKED
    lines = [line for line in result.stderr.splitlines() if line.startswith("memshadow-desktop")]
    assert len(lines) == 1 and "passphrase" in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_screenshot_without_a_vault_fails_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = run_app(tmp_path / "empty-home", "--screenshot", str(target))
    assert result.returncode == ExitCode.NO_VAULT
    assert result.stderr.strip().count("\n") == 0
    assert "no vault" in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_nothing_in_plaintext_under_home_after_a_screenshot(
    imported_home: Path, tmp_path: Path
) -> None:
    result = run_app(imported_home, "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    for path in imported_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for word in (b"dataclass(slots=True)", b"Background jobs", b"--amend"):
                assert word not in data, f"{word!r} in plaintext in {path}"


@pytest.mark.parametrize("view", [v for v in VIEWS if v != "main"])
def test_every_view_renders_for_a_screenshot(
    imported_home: Path, tmp_path: Path, view: str
) -> None:
    from PySide6.QtGui import QImage

    target = tmp_path / f"{view.replace(':', '-')}.png"
    result = run_app(imported_home, "--screenshot", str(target), "--show", view)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 150 and image.height() >= 150
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 13) for y in range(0, image.height(), 11)
    }
    assert len(colours) > 5, view  # something was drawn


def test_the_wizard_renders_before_there_is_a_vault(tmp_path: Path) -> None:
    target = tmp_path / "wizard.png"
    result = run_app(tmp_path / "no-vault-yet", "--screenshot", str(target), "--show", "wizard")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:4] == b"\x89PNG"
    assert not (tmp_path / "no-vault-yet" / "data" / "vault.db").exists()


def test_an_unknown_view_is_a_usage_error(imported_home: Path, tmp_path: Path) -> None:
    result = run_app(imported_home, "--screenshot", str(tmp_path / "x.png"), "--show", "nope")
    assert result.returncode == 2 and "invalid choice" in result.stderr
