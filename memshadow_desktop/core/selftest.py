"""The self-test of an installed app, its core half (``memshadow-desktop --self-test``).

Each check exercises a part a user relies on, in a throw-away folder: SQLCipher, a vault
protected by a passphrase alone (the fallback when there is no keyring), the keyring backend,
ONNX Runtime and the bundled embedding model (against the reference vector stored with it at
build time), and faiss. The Qt half (qt/selftest.py) adds the QApplication, the tray and the
translations. Nothing here touches the user's own vault, settings or models.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop.core.inference.bundled import REFERENCE_FILE, bundled_models

MIN_COSINE = 0.99


@dataclass
class Check:
    name: str
    ok: bool
    required: bool
    detail: str
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_check(name: str, required: bool, body: Callable[[], str]) -> Check:
    """``body`` says what it found; an exception is a failure, in one line."""
    start = time.perf_counter()
    try:
        detail, ok = body(), True
    except Exception as exc:
        detail, ok = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}", False
    return Check(name, ok, required, detail, round(time.perf_counter() - start, 3))


def _sqlcipher() -> str:
    import sqlcipher3

    with tempfile.TemporaryDirectory(prefix="memshadow-selftest-") as tmp:
        path = Path(tmp) / "check.db"
        conn = sqlcipher3.connect(str(path))
        try:
            conn.execute("PRAGMA key = 'self-test'")
            version = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE TABLE t (x TEXT)")
            conn.execute("INSERT INTO t VALUES ('secret')")
            conn.commit()
        finally:
            conn.close()
        if not version or not version[0]:
            raise RuntimeError("this SQLite is not SQLCipher (no cipher_version)")
        if path.read_bytes()[:16] == b"SQLite format 3\x00" or b"secret" in path.read_bytes():
            raise RuntimeError("the database file is not encrypted")
    return f"SQLCipher {version[0]}"


def _passphrase_vault() -> str:
    from memshadow_desktop.core.paths import AppPaths
    from memshadow_desktop.core.secrets.header import KdfParams
    from memshadow_desktop.core.service import MemshadowService

    kdf = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
    with tempfile.TemporaryDirectory(prefix="memshadow-selftest-") as tmp:
        paths = AppPaths.resolve(tmp)
        with MemshadowService.create(
            paths, passphrase="self-test passphrase", use_keyring=False, kdf=kdf
        ) as service:
            memory_id = service.memories.add("the self-test wrote this").id
        with MemshadowService.unlock(paths, lambda: "self-test passphrase") as service:
            body = service.memories.get(memory_id).body
        if body != "the self-test wrote this":
            raise RuntimeError("the vault did not give back what was written")
    return "a vault protected by a passphrase alone opens again with it"


def _keyring() -> str:
    from memshadow_desktop.core.secrets.keystore import keyring_backend_name

    name = keyring_backend_name()
    return name or "none (vaults use a passphrase alone)"


def _onnxruntime() -> str:
    import onnxruntime as ort

    return f"ONNX Runtime {ort.__version__}; providers: {', '.join(ort.get_available_providers())}"


def _bundled_model() -> str:
    import numpy as np

    from memshadow_desktop.core.inference.engine import Embedder
    from memshadow_desktop.core.inference.models import ModelManager

    folders = bundled_models()
    if not folders:
        raise RuntimeError("no bundled embedding model in this build")
    folder = folders[0]
    reference = json.loads((folder / REFERENCE_FILE).read_text(encoding="utf-8"))
    model = ModelManager(folder.parent).get(folder.name)
    embedder = Embedder(model, provider="CPUExecutionProvider")
    vector = embedder.embed([reference["sentence"]])[0]
    ref = np.asarray(reference["vector"], dtype=np.float32)
    cosine = float(np.dot(vector, ref) / (np.linalg.norm(vector) * np.linalg.norm(ref)))
    if cosine < MIN_COSINE:
        raise RuntimeError(f"{model.name}: cosine {cosine:.4f} to the reference < {MIN_COSINE}")
    return (
        f"{model.name} ({embedder.precision}, {model.dim}-d): cosine {cosine:.4f} to the reference"
    )


def _faiss() -> str:
    import faiss
    import numpy as np

    rng = np.random.default_rng(7)
    data = rng.standard_normal((64, 16)).astype(np.float32)
    faiss.normalize_L2(data)
    index = faiss.IndexFlatIP(16)
    index.add(data)
    _scores, ids = index.search(data[5:6], 1)
    if int(ids[0][0]) != 5:
        raise RuntimeError("faiss did not find the vector it was given")
    return f"faiss {faiss.__version__}: added 64 vectors and found one"


def _llama() -> str:
    import xllamacpp

    version = getattr(xllamacpp, "__version__", "")
    return f"llama.cpp (xllamacpp {version}) loads".replace(" )", ")")


def core_checks(*, require_model: bool) -> list[Check]:
    """The core's checks; the bundled model is required where the app bundles one."""
    return [
        run_check("sqlcipher", True, _sqlcipher),
        run_check("vault-without-keyring", True, _passphrase_vault),
        run_check("keyring", False, _keyring),
        run_check("onnxruntime", True, _onnxruntime),
        run_check("bundled-model", require_model, _bundled_model),
        run_check("faiss", True, _faiss),
        run_check("llama.cpp", False, _llama),
    ]


__all__ = ["MIN_COSINE", "Check", "core_checks", "run_check"]
