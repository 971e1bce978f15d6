"""Records every child process started through :mod:`subprocess` by a Python process that has
this folder on its ``PYTHONPATH`` (Python imports ``sitecustomize`` at start-up): its command
line, its environment and what it was given on stdin, one JSON line each, appended to the file
named by ``MEMSHADOW_TEST_SPAWN_LOG``. Children inherit the variables, so their own children
are recorded too. Tests use it to check that no secret is ever on a command line.
"""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

_LOG = os.environ.get("MEMSHADOW_TEST_SPAWN_LOG")


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return os.fspath(value) if isinstance(value, os.PathLike) else str(value)


def _argv(args: Any) -> list[str]:
    single = isinstance(args, (str, bytes, os.PathLike))
    return [_text(a) for a in ([args] if single else args)]


def _record(entry: dict[str, Any]) -> None:
    assert _LOG is not None
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def _install() -> None:
    original_init = subprocess.Popen.__init__
    original_communicate = subprocess.Popen.communicate

    def init(self: subprocess.Popen[Any], args: Any, *rest: Any, **kwargs: Any) -> None:
        env = kwargs.get("env")
        environ = {_text(k): _text(v) for k, v in (os.environ if env is None else env).items()}
        _record({"pid": os.getpid(), "argv": _argv(args), "env": environ})
        original_init(self, args, *rest, **kwargs)

    def communicate(self: subprocess.Popen[Any], input: Any = None, **kwargs: Any) -> Any:
        if input is not None:
            _record({"pid": os.getpid(), "argv": _argv(self.args), "stdin": _text(input)})
        return original_communicate(self, input, **kwargs)

    subprocess.Popen.__init__ = init  # type: ignore[method-assign]
    subprocess.Popen.communicate = communicate  # type: ignore[method-assign,assignment]


if _LOG:
    _install()
