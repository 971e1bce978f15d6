"""The Qt layer's shape: its modules import each other without a cycle (the dashboard gets the
service, not the window). tests/test_style.py keeps every module under about 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

QT = REPO / "memshadow_desktop" / "qt"
PACKAGE = "memshadow_desktop.qt"


def qt_imports(path: Path) -> set[str]:
    """The qt modules ``path`` imports, at any depth (under TYPE_CHECKING or in a function
    too: a cycle there is still a cycle of responsibilities)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:
                found |= {alias.name for alias in node.names}
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module.removeprefix(PACKAGE + "."))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name.removeprefix(PACKAGE + "."))
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a path of module names, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> list[str]:
        state[name] = 1
        for nxt in sorted(graph.get(name, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt] if nxt in path else [name, nxt]
            if nxt not in state and (cycle := visit(nxt, [*path, nxt])):
                return cycle
        state[name] = 2
        return []

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [start])):
            return cycle
    return []


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"b"}}) == []


def test_qt_modules_import_each_other_without_a_cycle() -> None:
    graph = {p.stem: qt_imports(p) for p in QT.glob("*.py")}
    assert "main_window" not in graph["dashboard"]
    assert find_cycle(graph) == []
