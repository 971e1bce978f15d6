"""memshadow_desktop/core never imports PySide6 (nor the qt, cli or server layers, nor the
benchmarks)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import memshadow_desktop.core

CORE = Path(memshadow_desktop.core.__file__).parent
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "qasync",
    "memshadow_desktop.qt",
    "memshadow_desktop.cli",
    "memshadow_desktop.server",
    "memshadow_desktop.bench",
)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_upper_layers() -> None:
    offenders = [
        f"{path.relative_to(CORE)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "memshadow_desktop.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
