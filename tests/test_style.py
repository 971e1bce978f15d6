"""The project's own rules: ruff for lint and format everywhere, mypy on the whole package,
small modules."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=600
    )


def test_ruff_lint_and_format() -> None:
    lint = _run("ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _run("ruff", "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_on_the_package() -> None:
    result = _run("mypy", "memshadow_desktop")
    assert result.returncode == 0, result.stdout + result.stderr


MAX_LINES = 600


def test_no_module_of_the_package_is_longer_than_about_600_lines() -> None:
    long = {
        str(p.relative_to(REPO)): n
        for p in (REPO / "memshadow_desktop").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these along their responsibilities: {long}"
