"""The sync server runs without the desktop's heavy libraries, and imports only the protocol.

A server host installs ``memshadow-desktop[server]``; nothing on the server's path may need the
GUI (PySide6, qasync) or local inference (onnxruntime, faiss, numpy, tokenizers).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import memshadow_desktop.server
from tests.support.blocked_imports import run_without

SERVER = Path(memshadow_desktop.server.__file__).parent
HEAVY = (
    "PySide6",
    "shiboken6",
    "qasync",
    "faiss",
    "onnxruntime",
    "onnx",
    "tokenizers",
    "numpy",
    "sqlcipher3",
)
# What importing memshadow_desktop.core.sync.protocol brings along, and nothing more.
PROTOCOL_CLOSURE = {
    "memshadow_desktop",
    "memshadow_desktop.core",
    "memshadow_desktop.core.errors",
    "memshadow_desktop.core.sync",
    "memshadow_desktop.core.sync.protocol",
    "memshadow_desktop.core.sync.protocol.api",
    "memshadow_desktop.core.sync.protocol.wire",
}

_SERVE_ONE_ACCOUNT = """
import json, os, sys, tempfile

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import SyncClient, device, random_revision, sealed
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.runner import ServerThread
import memshadow_desktop.server.cli  # the entry point's module, too

try:
    import numpy  # noqa: F401
except ModuleNotFoundError:
    pass
else:
    raise SystemExit("the import block does not work")

with tempfile.TemporaryDirectory() as tmp:
    config = ServerConfig(
        db_url=f"sqlite:///{tmp}/server.db",
        argon2_time_cost=1,
        argon2_memory_kib=8192,
        compact_every_s=0,
        registration="open",
    )
    with ServerThread(config) as srv, SyncClient(srv.url) as client:
        client.create_account("light-imports", os.urandom(32), os.urandom(60), device("dev1"))
        rec = p.PushRecord.seal(p.new_memory_id(), random_revision(), sealed(b"ciphertext"))
        assert client.push([rec]).accepted == 1
        assert [r.revision_id for r in client.pull_all()] == [rec.revision_id]
        assert client.get(p.PATH_STATS)["records"] == 1
        assert client.post(p.PATH_COMPACT, {})["pruned"] == 0
        assert client.get("/healthz")["status"] == "ok"

print(json.dumps(sorted(m for m in sys.modules if m.startswith("memshadow_desktop"))))
"""


def test_server_serves_without_gui_or_inference_libraries() -> None:
    out = run_without(HEAVY, _SERVE_ONE_ACCOUNT)
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    outside = sorted(
        m
        for m in loaded
        if not m.startswith("memshadow_desktop.server") and m != "memshadow_desktop.server"
    )
    assert set(outside) <= PROTOCOL_CLOSURE, outside


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every import in ``path``; name is "" for ``import module``."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.module, a.name) for a in node.names]
    return found


def test_server_imports_only_the_protocol_from_the_app() -> None:
    offenders: list[str] = []
    for path in sorted(SERVER.rglob("*.py")):
        for module, name in _imports(path):
            full = f"{module}.{name}" if name else module
            if not full.startswith("memshadow_desktop.") or full.startswith(
                "memshadow_desktop.server"
            ):
                continue
            if full != "memshadow_desktop.core.sync.protocol" and module != (
                "memshadow_desktop.core.sync.protocol"
            ):  # the package: its submodules are its own business
                offenders.append(f"{path.relative_to(SERVER)}: {full}")
            elif name.startswith("_"):
                offenders.append(f"{path.relative_to(SERVER)}: private {full}")
    assert offenders == []
