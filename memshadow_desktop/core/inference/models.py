"""The model manager: import, download, list, use and remove embedding models.

Each installed model is a folder under ``AppPaths.models_dir``::

    models/<name>/manifest.json      what is here, fingerprints, validation figures
    models/<name>/tokenizer.json
    models/<name>/fp32.onnx          fused graph (CPU, CUDA)
    models/<name>/fp32-portable.onnx standard operators (CoreML, DirectML, ...), the reference
    models/<name>/int8.onnx ...      each variant that passed validation

A model is built in a staging folder and moved into place in one rename once everything is
converted and validated: an import that fails leaves nothing behind. Building (the converter in
``convert``, the variants in ``variants``) loads onnx and the quantizer, and downloading loads
httpx; they are imported inside the methods that build or download, so that opening a model to
search stays quick.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop.core.api.inference import ModelStep, VariantReason
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.inference.bars import bar_for
from memshadow_desktop.core.inference.catalog import CatalogEntry
from memshadow_desktop.core.inference.download import Progress, fetch
from memshadow_desktop.core.inference.pipeline import EmbeddingPipeline, load_tokenizer
from memshadow_desktop.core.inference.providers import CPU, FUSED_CAPABLE, open_session

MANIFEST = "manifest.json"
FORMAT = 1
# Version of the converter and the variant recipes. An install made by an older build still
# runs, but not today's graphs: it is rebuilt from its source when next opened for embedding
# (core.inference.active) or with `memshadow models rebuild`, and its variants' new checksums
# change the vector fingerprints, so stored vectors are embedded again.
# 1: first release. 2: INT8 keeps every FFN MatMul in INT8 (outlier channels on an FP32 side
# path); the fused graph uses Sum + LayerNormalization instead of SkipLayerNormalization.
BUILD = 2
_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")
_GENERIC = {"model", "models", "onnx", "snapshot", "main", "files", ""}

# Hears each step of a long operation (building, downloading, rebuilding) as a ModelStep.
Log = Callable[[Notice], None]
_REBUILD_LOCK = threading.Lock()


def _noop(_step: Notice) -> None:
    pass


def clean_name(raw: str) -> str:
    name = _NAME_RE.sub("-", raw.strip()).strip(".-")
    if not name:
        raise InvalidInputError(f"{raw!r} is not a usable model name")
    return name[:80]


def name_from_folder(folder: Path) -> str:
    """A model name for ``folder``: its README's one-word title, else the nearest folder name
    that is not generic (``model``, ``snapshot``, ...)."""
    readme = folder / "README.md"
    if readme.is_file():
        for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                if title and " " not in title and len(title) <= 80:
                    return clean_name(title)
                break
    for part in (folder.resolve(), *folder.resolve().parents):
        if part.name.lower() not in _GENERIC:
            return clean_name(part.name)
    return "model"


@dataclass
class Variant:
    key: str  # fp32, fp32-portable, int8, int4, fp16, fp16-portable
    precision: str
    flavour: str  # fused | portable
    file: str | None
    sha256: str | None
    size: int
    offered: bool
    validation: dict[str, Any] | None = None
    reason: Notice | None = None  # why it is not offered (a VariantReason)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # the reason as {"code", "params"}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Variant:
        known = {k: v for k, v in raw.items() if k in _VARIANT_FIELDS}
        variant = cls(**known)
        variant.reason = _reason_of(variant, raw.get("reason"))
        return variant


def _reason_of(v: Variant, stored: Any) -> Notice | None:
    """The stored reason; manifests of earlier versions hold words instead of a code, and
    the code is derived from the variant's own figures then."""
    if v.offered:
        return None
    if isinstance(stored, dict) and "code" in stored:
        return Notice(str(stored["code"]), dict(stored.get("params") or {}))
    val = v.validation or {}
    if "min_cosine" not in val:
        return Notice(VariantReason.NOT_BUILT, {"recipe": "", "error": str(stored or "")})
    min_cosine = float(val["min_cosine"])
    if v.precision == "fp32" and v.flavour == "fused":
        return Notice(VariantReason.FUSED_DIFFERS, {"min_cosine": min_cosine})
    bar = float(val.get("bar") or bar_for(v.precision))
    return Notice(VariantReason.BELOW_BAR, {"min_cosine": min_cosine, "bar": bar})


@dataclass
class InstalledModel:
    name: str
    folder: Path
    manifest: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["fingerprint"])

    @property
    def dim(self) -> int:
        return int(self.manifest["dim"])

    @property
    def max_seq_length(self) -> int:
        return int(self.manifest["max_seq_length"])

    @property
    def tokenizer_file(self) -> Path:
        return self.folder / "tokenizer.json"

    @property
    def variants(self) -> dict[str, Variant]:
        return {k: Variant.from_dict(v) for k, v in self.manifest.get("variants", {}).items()}

    @property
    def build(self) -> int:
        return int(self.manifest.get("build") or 1)

    @property
    def outdated(self) -> bool:
        """Built by an older converter or recipe set than this version's (see BUILD)."""
        return self.build < BUILD

    @property
    def default_precision(self) -> str:
        return str(self.manifest.get("default_precision") or "fp32")

    @property
    def source_folder(self) -> Path | None:
        src = self.manifest.get("source", {})
        path = src.get("path") if isinstance(src, dict) else None
        return Path(path) if path else None

    def offered_precisions(self) -> list[str]:
        seen: list[str] = []
        for v in self.variants.values():
            if v.offered and v.precision not in seen:
                seen.append(v.precision)
        return seen

    def variant_for(self, precision: str, provider: str) -> Variant:
        """The file to run ``precision`` on ``provider`` (fused graph where it can run)."""
        variants = self.variants
        keys = [precision, f"{precision}-portable"]
        if provider not in FUSED_CAPABLE:
            keys.reverse()
        for key in keys:
            v = variants.get(key)
            if v is None or not v.offered or v.file is None:
                continue
            if v.flavour == "fused" and provider not in FUSED_CAPABLE:
                continue
            return v
        rejected = variants.get(precision)
        cosine = ((rejected.validation or {}).get("min_cosine") if rejected else None) or None
        why = f" (it reached min cosine {cosine:.4f} to FP32)" if cosine is not None else ""
        raise InvalidInputError(
            f"model {self.name} offers no {precision} variant for {provider}{why}; "
            f"offered: {', '.join(self.offered_precisions()) or 'none'}"
        )

    def model_fingerprint(self, precision: str) -> str:
        """What a stored vector records: model + precision (a change means re-embed)."""
        v = self.variants.get(precision)
        tail = (v.sha256 or "")[:12] if v else ""
        return f"{self.name}:{self.fingerprint}:{precision}:{tail}"

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "fingerprint": self.fingerprint,
            "dim": self.dim,
            "max_seq_length": self.max_seq_length,
            "pooling": self.manifest.get("pooling"),
            "source": self.manifest.get("source"),
            "default_precision": self.default_precision,
            "precisions": self.offered_precisions(),
            "size_bytes": sum(v.size for v in self.variants.values() if v.offered),
            "installed_at": self.manifest.get("installed_at"),
            "build": self.build,
            "outdated": self.outdated,
        }


class ModelManager:
    """Installed models under ``models_dir``."""

    def __init__(self, models_dir: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(models_dir)
        self.cache_dir = cache_dir

    # ---------------------------------------------------------------- queries
    def list(self) -> list[InstalledModel]:
        out: list[InstalledModel] = []
        if not self.root.is_dir():
            return out
        for d in sorted(self.root.iterdir()):
            if d.name.startswith(".") or not (d / MANIFEST).is_file():
                continue
            try:
                out.append(self._open(d))
            except InvalidInputError:
                continue
        return out

    def _open(self, folder: Path) -> InstalledModel:
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(
                f"model manifest {folder / MANIFEST} is damaged: {exc}"
            ) from exc
        return InstalledModel(folder.name, folder, manifest)

    def get(self, name: str) -> InstalledModel:
        folder = self.root / clean_name(name)
        if not (folder / MANIFEST).is_file():
            installed = ", ".join(m.name for m in self.list()) or "none"
            raise NotFoundError(f"model {name} (installed: {installed})")
        return self._open(folder)

    def remove(self, name: str) -> None:
        model = self.get(name)
        trash = self.root / f".removing-{model.name}-{os.getpid()}"
        os.replace(model.folder, trash)
        shutil.rmtree(trash, ignore_errors=True)

    # ---------------------------------------------------------------- staging
    def _staging(self, name: str) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / name / MANIFEST).is_file():
            raise InvalidInputError(
                f"a model named {name} is already installed (remove it first or pick --name)"
            )
        # Leftovers of an interrupted earlier import are removed, never reused.
        for old in self.root.glob(f".staging-{name}-*"):
            shutil.rmtree(old, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix=f".staging-{name}-", dir=self.root))

    def _commit(self, staging: Path, name: str) -> InstalledModel:
        final = self.root / name
        if final.exists():  # a folder without a manifest: a broken leftover
            shutil.rmtree(final)
        os.replace(staging, final)
        return self._open(final)

    # ---------------------------------------------------------------- import
    def import_folder(
        self,
        folder: Path,
        *,
        name: str | None = None,
        precisions: Iterable[str] | None = None,
        log: Log = _noop,
        source: dict[str, Any] | None = None,
    ) -> InstalledModel:
        """Convert a sentence-transformers folder (no PyTorch) and install it."""
        from memshadow_desktop.core.inference import convert, variants
        from memshadow_desktop.core.inference.source import load_source

        src = load_source(Path(folder))
        model_name = clean_name(name) if name else name_from_folder(Path(folder))
        wanted = variants.wanted_precisions(precisions)
        staging = self._staging(model_name)
        try:
            cfg = src.config
            log(
                Notice(
                    ModelStep.CONVERTING,
                    {
                        "source": str(src.folder),
                        "layers": cfg.num_layers,
                        "hidden": cfg.hidden_size,
                        "pooling": src.pooling,
                    },
                )
            )
            shutil.copyfile(src.tokenizer_file, staging / "tokenizer.json")
            portable = convert.convert(src, "portable")
            fused = convert.convert(src, "fused")
            manifest = self._base_manifest(
                model_name,
                dim=src.config.hidden_size,
                max_seq_length=src.max_seq_length,
                pooling=src.pooling,
                source=source or {"kind": "import", "path": str(Path(folder).resolve())},
                config=src.config.to_dict(),
            )
            variants.build_variants(staging, manifest, portable, fused, wanted, log)
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
            return self._commit(staging, model_name)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    def import_onnx(
        self,
        folder: Path,
        *,
        name: str,
        pooling: str = "mean",
        max_seq_length: int = 256,
        output: str = "",
        precisions: Iterable[str] | None = None,
        log: Log = _noop,
        source: dict[str, Any] | None = None,
    ) -> InstalledModel:
        """Install a published ONNX model (``model.onnx`` + ``tokenizer.json``)."""
        import onnx

        from memshadow_desktop.core.inference import convert, variants

        folder = Path(folder)
        onnx_file = folder / "model.onnx"
        if not onnx_file.is_file() or not (folder / "tokenizer.json").is_file():
            raise InvalidInputError(f"{folder} needs model.onnx and tokenizer.json")
        try:
            model = onnx.load(str(onnx_file))
            onnx.checker.check_model(model)
        except Exception as exc:  # protobuf DecodeError, ValidationError, ...
            raise InvalidInputError(f"{onnx_file.name} is not a valid ONNX model: {exc}") from exc
        outputs = [o.name for o in model.graph.output]
        model = convert.attach_pooling(model, output or outputs[0], pooling)
        model_name = clean_name(name)
        staging = self._staging(model_name)
        try:
            shutil.copyfile(folder / "tokenizer.json", staging / "tokenizer.json")
            session = open_session(model.SerializeToString(), CPU, warmup=False).session
            dim = session.get_outputs()[0].shape[-1]
            if not isinstance(dim, int):
                tok = load_tokenizer(staging / "tokenizer.json", max_seq_length)
                dim = EmbeddingPipeline(session, tok).embed(["probe"]).shape[1]
            manifest = self._base_manifest(
                model_name,
                dim=int(dim),
                max_seq_length=max_seq_length,
                pooling=pooling,
                source=source or {"kind": "onnx", "path": str(folder.resolve())},
                config={},
                output=output,
            )
            wanted = variants.wanted_precisions(precisions)
            variants.build_variants(staging, manifest, model, None, wanted, log)
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
            return self._commit(staging, model_name)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    def _base_manifest(self, name: str, **fields: Any) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "build": BUILD,
            "name": name,
            "installed_at": time.time(),
            **fields,
            "variants": {},
        }

    # ---------------------------------------------------------------- rebuild
    def rebuild(self, name: str, *, log: Log = _noop) -> InstalledModel:
        """Build an installed model again from its source, same name and precisions.

        The new build is made beside the old one and swapped in with renames: if anything
        fails, the old install stays as it was. Raises :class:`InvalidInputError` when the
        source folder is gone (the old build then keeps working).
        """
        from memshadow_desktop.core.inference import quantize

        with _REBUILD_LOCK:
            model = self.get(name)
            src = model.manifest.get("source")
            raw_path = src.get("path") if isinstance(src, dict) else None
            folder = Path(raw_path) if raw_path else None
            st_folder = folder is not None and (folder / "model.safetensors").is_file()
            onnx_folder = folder is not None and (folder / "model.onnx").is_file()
            if folder is None or not (st_folder or onnx_folder):
                raise InvalidInputError(
                    f"model {model.name} cannot be rebuilt: its source "
                    f"{raw_path or '(unknown)'} is gone; import or download it again"
                )
            wanted = {v.precision for v in model.variants.values()}
            precisions = [p for p in quantize.PRECISIONS if p in wanted]
            if model.outdated:
                step = ModelStep.REBUILD_OUTDATED
                facts = {"build": model.build, "current_build": BUILD}
            else:
                step, facts = ModelStep.REBUILD_REQUESTED, {}
            log(Notice(step, {"model": model.name, "source": str(folder), **facts}))
            scratch = Path(tempfile.mkdtemp(prefix=f".rebuild-{model.name}-", dir=self.root))
            try:
                other = ModelManager(scratch, self.cache_dir)
                if st_folder:
                    fresh = other.import_folder(
                        folder, name=model.name, precisions=precisions, log=log, source=src
                    )
                else:
                    fresh = other.import_onnx(
                        folder,
                        name=model.name,
                        pooling=str(model.manifest.get("pooling") or "mean"),
                        max_seq_length=model.max_seq_length,
                        output=str(model.manifest.get("output") or ""),
                        precisions=precisions,
                        log=log,
                        source=src,
                    )
                trash = self.root / f".removing-{model.name}-{os.getpid()}"
                os.replace(model.folder, trash)
                os.replace(fresh.folder, model.folder)
                shutil.rmtree(trash, ignore_errors=True)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
            return self._open(model.folder)

    # ---------------------------------------------------------------- download
    def download(
        self,
        entry: CatalogEntry,
        *,
        client: Any = None,
        progress: Progress | None = None,
        precisions: Iterable[str] | None = None,
        log: Log = _noop,
    ) -> InstalledModel:
        import httpx

        name = clean_name(entry.name)
        if (self.root / name / MANIFEST).is_file():
            raise InvalidInputError(f"a model named {name} is already installed")
        dl_dir = self.root / ".downloads" / name
        own_client = client is None
        http = client or httpx.Client(follow_redirects=True, timeout=httpx.Timeout(30.0))
        try:
            for remote in entry.files:
                rel = Path(remote.path)
                if rel.is_absolute() or ".." in rel.parts:
                    raise InvalidInputError(f"catalog path {remote.path!r} is not allowed")
                log(Notice(ModelStep.DOWNLOADING, {"path": remote.path}))
                fetch(http, remote, dl_dir / rel, progress)
        finally:
            if own_client:
                http.close()
        source = {"kind": "download", "name": entry.name, "urls": [f.url for f in entry.files]}
        if entry.kind == "onnx":
            model = self.import_onnx(
                dl_dir,
                name=name,
                pooling=entry.pooling,
                max_seq_length=entry.max_seq_length,
                output=entry.output,
                precisions=precisions,
                log=log,
                source=source,
            )
        elif entry.kind == "sentence-transformers":
            model = self.import_folder(
                dl_dir,
                name=name,
                precisions=precisions,
                log=log,
                source={**source, "path": str(dl_dir.resolve())},
            )
        else:
            raise InvalidInputError(f"unknown catalog kind {entry.kind!r}")
        if entry.kind == "onnx":
            shutil.rmtree(dl_dir, ignore_errors=True)
        return model


_VARIANT_FIELDS = frozenset(Variant.__dataclass_fields__) - {"reason"}

__all__ = ["InstalledModel", "ModelManager", "Variant", "clean_name", "name_from_folder"]
