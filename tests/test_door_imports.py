"""The typed door: ``qt/`` and ``cli/`` reach the core only through ``core.service`` and
``core.api``, and never through a private attribute of the service (AST, no import run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "memshadow_desktop"
ALLOWED = ("memshadow_desktop.core.service", "memshadow_desktop.core.api")
SERVICE_NAMES = {"service", "svc"}


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "memshadow_desktop.core":  # from memshadow_desktop.core import x
                out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, node.module))
    return out


def forbidden_imports(source: str) -> list[str]:
    """``line: module`` for each core module imported that is not the door."""
    bad = []
    for line, module in _imported(ast.parse(source)):
        if not module.startswith("memshadow_desktop.core"):
            continue
        if not any(module == door or module.startswith(door + ".") for door in ALLOWED):
            bad.append(f"{line}: {module}")
    return bad


def _is_service(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in SERVICE_NAMES
    return isinstance(node, ast.Attribute) and node.attr in SERVICE_NAMES


def private_service_access(source: str) -> list[str]:
    """``line: service._name`` for each private attribute read of the service."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and _is_service(node.value)
        ):
            bad.append(f"{node.lineno}: {ast.unparse(node)}")
    return bad


def _modules() -> list[Path]:
    return sorted([*(PACKAGE / "qt").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")])


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_and_cli_use_only_the_door(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert forbidden_imports(source) == []
    assert private_service_access(source) == []


def test_the_checks_catch_what_they_are_for() -> None:
    assert forbidden_imports("from memshadow_desktop.core.inference import active") == [
        "1: memshadow_desktop.core.inference"
    ]
    assert forbidden_imports("import memshadow_desktop.core.settings") == [
        "1: memshadow_desktop.core.settings"
    ]
    assert forbidden_imports("from memshadow_desktop.core import vault") == [
        "1: memshadow_desktop.core.vault"
    ]
    assert forbidden_imports("from memshadow_desktop.core.api import Notice") == []
    assert forbidden_imports("from memshadow_desktop.core import api, service") == []
    assert forbidden_imports("from memshadow_desktop.bench.inference import run_bench") == []
    assert private_service_access("x = self.service._core.semantic_loaded") == [
        "1: self.service._core"
    ]
    assert private_service_access("svc._core") == ["1: svc._core"]
    assert private_service_access("self._cancel.set(); service.models.engine()") == []
