"""Run Python in a child process where some top-level packages cannot be imported.

The child gets a finder at the front of ``sys.meta_path`` that refuses the named packages (and
their submodules) with the same ``ModuleNotFoundError`` a missing install gives, so a test can
show what a code path does without them, on a machine that has them all.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterable

from tests.conftest import REPO

_PRELUDE = """\
import importlib.abc
import sys

_BLOCKED = frozenset({blocked!r})


class _Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked)", name=name)
        return None


sys.meta_path.insert(0, _Refuse())
for _name in _BLOCKED:
    if _name in sys.modules:
        raise SystemExit(f"{{_name}} was imported before the block")
"""


def run_without(
    blocked: Iterable[str], code: str, *, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter in which ``blocked`` packages are not importable."""
    source = _PRELUDE.format(blocked=sorted(set(blocked))) + "\n" + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", source],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
