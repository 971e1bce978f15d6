"""The layers' contracts: import-linter checks them (the contracts live in pyproject.toml), and
these tests keep the contracts themselves honest."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "memshadow_desktop"
CORE = PACKAGE / "core"
DOOR = {"service", "api"}  # what qt/ and cli/ may import from core


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def contract(contract_id: str) -> dict[str, object]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["id"] == contract_id)


def parts(folder: Path, prefix: str) -> set[str]:
    """Direct children of a package: its modules and subpackages."""
    names = {p.stem for p in folder.glob("*.py") if p.name != "__init__.py"}
    names |= {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()}
    return {f"{prefix}.{n}" for n in names}


def test_the_contracts_hold() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_part_of_core_behind_the_door_is_named() -> None:
    forbidden = set(contract("one-door")["forbidden_modules"])  # type: ignore[arg-type]
    behind = parts(CORE, "memshadow_desktop.core") - {f"memshadow_desktop.core.{d}" for d in DOOR}
    assert behind - forbidden == set(), "add the new part of core to the one-door contract"


def test_the_server_sees_only_the_protocol_of_core() -> None:
    forbidden = set(contract("server-protocol")["forbidden_modules"])  # type: ignore[arg-type]
    core_parts = parts(CORE, "memshadow_desktop.core") - {"memshadow_desktop.core.sync"}
    sync_parts = parts(CORE / "sync", "memshadow_desktop.core.sync") - {
        "memshadow_desktop.core.sync.protocol"
    }
    assert (core_parts | sync_parts) - forbidden == set()


def test_the_contract_catches_a_forbidden_import(tmp_path: Path) -> None:
    """Add a forbidden import to a copy of the package: lint-imports must refuse it."""
    shutil.copytree(PACKAGE, tmp_path / "memshadow_desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    assert lint_imports(tmp_path).returncode == 0
    history = tmp_path / "memshadow_desktop" / "qt" / "history.py"
    history.write_text(
        history.read_text() + "\nfrom memshadow_desktop.core.store import memories  # noqa\n"
    )
    broken = lint_imports(tmp_path)
    assert broken.returncode != 0
    assert "memshadow_desktop.qt.history -> memshadow_desktop.core.store.memories" in broken.stdout


def _private_imports(path: Path) -> list[str]:
    """``from a.b import _c`` where a.b is outside the importing module's own package."""
    own = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").startswith("memshadow_desktop")
            and not (node.module or "").startswith(own)
        ):
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
            ]
    return found


def test_nothing_imports_another_packages_private_names() -> None:
    offenders = {
        str(path.relative_to(REPO)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _private_imports(path))
    }
    assert offenders == {}


SERVICE_NAMES = {"service", "svc"}


def _reaches_behind(node: ast.AST) -> bool:
    """``service._x``, ``self.service._x`` or any ``._core``/``._vault``."""
    if not isinstance(node, ast.Attribute) or node.attr.startswith("__"):
        return False
    if node.attr in ("_core", "_vault"):
        return True
    owner = node.value
    named = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
    return node.attr.startswith("_") and named in SERVICE_NAMES


def test_qt_and_cli_never_reach_behind_the_service() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}"
        for layer in ("qt", "cli")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _reaches_behind(node)
    ]
    assert offenders == []


def test_the_private_access_check_catches_what_it_is_for() -> None:
    def caught(code: str) -> bool:
        return any(_reaches_behind(n) for n in ast.walk(ast.parse(code)))

    assert caught("self.service._core.semantic_loaded")
    assert caught("svc._runtime")
    assert caught("window.bridge._core")
    assert not caught("self._cancel.set(); service.models.engine()")
