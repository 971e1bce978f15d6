"""``service.models``: installed embedding models, the one search uses and at which precision,
embedding texts, and the engine search runs (its statistics, a quick benchmark).

The models live beside the vault, not in it: ``MemshadowService.models_at(paths)`` gives this
API without unlocking (the CLI's ``models`` commands); a service's own ``models`` also sees
the engine its search has loaded.
"""

from __future__ import annotations

import builtins
import contextlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.inference import (
    BenchmarkResult,
    CatalogModel,
    DownloadProgress,
    Embedding,
    EngineInfo,
    EngineSnapshot,
    LaneStats,
    ModelChoice,
    ModelInfo,
    ModelVariants,
    StepLog,
    VariantInfo,
)
from memshadow_desktop.core.errors import (
    CancelledError,
    InferenceError,
    InvalidInputError,
    NotFoundError,
)
from memshadow_desktop.core.facade.ask import GenerationModelsApi
from memshadow_desktop.core.inference import active
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.context import Core
    from memshadow_desktop.core.inference.models import InstalledModel
    from memshadow_desktop.core.runtime import Runtime

NO_MODEL = "no embedding model is installed (`memshadow models import DIR`)"


class ModelsApi:
    def __init__(
        self, paths: AppPaths, core: Core | None = None, runtime: Runtime | None = None
    ) -> None:
        self._paths = paths
        self._core = core
        self._runtime = runtime
        self.generation = GenerationModelsApi(paths)  # the models ``service.ask`` runs

    # --- installed models ---------------------------------------------------------------------

    def list(self) -> builtins.list[ModelInfo]:
        return [model_info(m) for m in active.manager(self._paths).list()]

    def selected(self) -> str | None:
        """The model the settings name (None: the only one installed is used)."""
        return Settings.load(self._paths.settings_file).model or None

    def current(self, name: str | None = None) -> ModelInfo:
        """``name``, else the model in use; NotFoundError without one, InvalidInputError when
        several are installed and none is chosen."""
        return model_info(active.current_model(self._paths, name))

    def import_folder(
        self,
        folder: Path,
        *,
        name: str | None = None,
        precisions: Sequence[str] | None = None,
        log: StepLog | None = None,
    ) -> ModelInfo:
        """Install a sentence-transformers folder (converted to ONNX, no PyTorch), or a folder
        with a published ``model.onnx`` + ``tokenizer.json`` (and no ``model.safetensors``)."""
        from memshadow_desktop.core.inference.models import name_from_folder

        manager = active.manager(self._paths)
        steps: dict[str, Any] = {"precisions": precisions, **_log_kw(log)}
        if (folder / "model.onnx").is_file() and not (folder / "model.safetensors").is_file():
            model = manager.import_onnx(folder, name=name or name_from_folder(folder), **steps)
        else:
            model = manager.import_folder(folder, name=name, **steps)
        return self._installed(model)

    def catalog(self, *, catalog: Path | None = None) -> builtins.list[CatalogModel]:
        """The models ``download`` knows, and whether each is installed already."""
        from memshadow_desktop.core.inference.catalog import load_catalog
        from memshadow_desktop.core.inference.models import clean_name

        installed = {m.name for m in self.list()}
        out = []
        for entry in load_catalog(catalog).values():
            sizes = [f.size for f in entry.files]
            total = sum(s for s in sizes if s) if all(s is not None for s in sizes) else None
            out.append(
                CatalogModel(
                    entry.name, entry.description, total, clean_name(entry.name) in installed
                )
            )
        return out

    def download(
        self,
        name: str,
        *,
        catalog: Path | None = None,
        precisions: Sequence[str] | None = None,
        progress: DownloadProgress | None = None,
        log: StepLog | None = None,
        allow_metered: bool = False,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        """Download a model of the catalogue (pinned SHA-256, resumable) and install it;
        ``catalog``: a JSON file of extra entries. Not on a metered network (the device's
        plan, core/edge) unless ``allow_metered``. ``cancel`` set: CancelledError at the next
        block received (what came is kept, the next download resumes from it)."""
        from memshadow_desktop.core.devices import network
        from memshadow_desktop.core.inference.catalog import load_catalog

        entries = load_catalog(catalog)
        entry = entries.get(name.lower())
        if entry is None:
            raise NotFoundError(f"model {name} in the catalog (known: {', '.join(entries)})")
        net = network.metered(self._settings().network_metered)
        if net.metered and not allow_metered:
            raise InvalidInputError(
                f"the network is metered (says {net.source}): no model download "
                "unless asked (--allow-metered)"
            )
        manager = active.manager(self._paths)
        model = manager.download(
            entry,
            progress=_cancellable(progress, cancel),
            precisions=precisions,
            **_log_kw(log),
        )
        return self._installed(model)

    def rebuild(self, name: str | None = None, *, log: StepLog | None = None) -> ModelInfo:
        """Convert and validate a model again from its source (default: the one in use)."""
        model = active.current_model(self._paths, name)
        return model_info(active.manager(self._paths).rebuild(model.name, **_log_kw(log)))

    def remove(self, name: str) -> str:
        """Uninstall a model; the name it had."""
        manager = active.manager(self._paths)
        model = manager.get(name)
        manager.remove(model.name)
        settings = self._settings()
        if settings.model == model.name:
            settings.model = settings.precision = settings.provider = ""
            self._save(settings)
        return str(model.name)

    # --- the choice ---------------------------------------------------------------------------

    def use(
        self, name: str, *, precision: str | None = None, provider: str | None = None
    ) -> ModelChoice:
        """Make ``name`` the model in use, at ``precision`` (default: the model's default) on
        ``provider`` (default: the automatic choice)."""
        from memshadow_desktop.core.inference.providers import canonical, short

        model = active.manager(self._paths).get(name)
        _check_offered(model, precision)
        chosen = canonical(provider) if provider else "auto"
        settings = self._settings()
        settings.model = model.name
        settings.precision = precision or ""
        settings.provider = "" if chosen == "auto" else short(chosen)
        self._save(settings)
        self._search_changed()
        return ModelChoice(
            model.name, precision or model.default_precision, settings.provider or "auto"
        )

    def set_precision(self, precision: str) -> ModelChoice:
        """Search switches to ``precision`` of the model in use (provider unchanged); the
        vault is embedded again under the new fingerprint, in the background."""
        model = self._model_in_use()
        precision = precision.lower()
        _check_offered(model, precision)
        settings = self._settings()
        settings.model = model.name
        settings.precision = precision
        self._save(settings)
        self._search_changed()
        return ModelChoice(model.name, precision, settings.provider or "auto")

    def variants(self, name: str | None = None) -> ModelVariants:
        """A model's precision variants (default: the one in use), with size, accuracy against
        FP32 and speed measured at import on this machine."""
        engine = None if name else self._engine()
        if engine is not None:
            model, in_use = engine.model, str(engine.precision)
        else:
            model = active.current_model(self._paths, name)
            in_use = active.chosen_precision(self._paths, model)
        return model_variants(model, in_use)

    # --- embedding ----------------------------------------------------------------------------

    def open_engine(
        self,
        name: str | None = None,
        *,
        precision: str | None = None,
        provider: str | None = None,
        log: StepLog | None = None,
    ) -> EngineInfo:
        """Open the engine for a model as embedding would (provider choice, fallback) and
        say what runs; nothing is embedded."""
        return self._open(name, precision, provider, log).info()

    def embed(
        self,
        texts: Sequence[str],
        *,
        name: str | None = None,
        precision: str | None = None,
        provider: str | None = None,
        log: StepLog | None = None,
    ) -> Embedding:
        """L2-normalised float32 vectors, one row per text, in input order; the engine's
        statistics are added to this machine's (``hardware.stats``)."""
        from memshadow_desktop.core.inference.engine import InferenceStats

        if not texts:
            raise InvalidInputError("no text to embed")
        stats = InferenceStats()
        embedder = self._open(name, precision, provider, log, stats=stats)
        vectors = embedder.embed(list(texts))
        save_stats(self._paths, stats)
        return Embedding(embedder.info(), vectors)

    def _open(
        self,
        name: str | None,
        precision: str | None,
        provider: str | None,
        log: StepLog | None,
        **kw: Any,
    ) -> Any:
        model = active.current_model(self._paths, name)
        return active.open_embedder(
            self._paths, model, precision=precision, provider=provider, log=log, **kw
        )

    # --- search's engine (a vault is open) ----------------------------------------------------

    def engine(self) -> EngineSnapshot | None:
        """The embedder search has loaded, with its statistics since then; None before search
        loaded (``service.search.load``) or without a model. Cheap: no probing."""
        sem = self._core.semantic_loaded if self._core is not None else None
        if sem is None:
            return None
        return engine_snapshot(sem.embedder)

    def benchmark(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        *,
        texts: Sequence[str] | None = None,
    ) -> BenchmarkResult:
        """Measure the embedder search uses: notes per second, and one query's latency.
        ``progress(done, total)``; ``cancel`` set: BenchmarkCancelled between steps."""
        from memshadow_desktop.core.inference.measure import run_benchmark

        sem = self._core.semantic() if self._core is not None else None
        if sem is None:
            raise InferenceError(NO_MODEL, reason="no_model")
        snap = engine_snapshot(sem.embedder)
        return run_benchmark(
            sem.embedder,
            provider=snap.provider,
            precision=snap.precision,
            progress=progress,
            cancel=cancel,
            texts=texts,
        )

    # --- helpers ------------------------------------------------------------------------------

    def _engine(self) -> Any:
        """The inference engine's Embedder behind search, when search has loaded one."""
        sem = self._core.semantic_loaded if self._core is not None else None
        return getattr(getattr(sem, "embedder", None), "engine", None)

    def _model_in_use(self) -> InstalledModel:
        engine = self._engine()
        return engine.model if engine is not None else active.current_model(self._paths)

    def _installed(self, model: InstalledModel) -> ModelInfo:
        # The first model installed becomes the one in use (and search by meaning starts).
        settings = self._settings()
        if not settings.model:
            settings.model = model.name
            self._save(settings)
            self._search_changed()
        return model_info(model)

    def _settings(self) -> Settings:
        return Settings.load(self._paths.settings_file)

    def _save(self, settings: Settings) -> None:
        from memshadow_desktop.core.errors import StorageError

        try:
            settings.save(self._paths.settings_file)
        except OSError as exc:
            raise StorageError(f"{self._paths.settings_file}: {exc.strerror or exc}") from exc

    def _search_changed(self) -> None:
        """Search reopens with the new choice (and the owner's indexer re-embeds, or, with
        the first model installed, starts)."""
        if self._core is None:
            return
        if self._core.semantic_loaded is not None:
            self._core.close_semantic()
        if self._runtime is not None:
            self._runtime.search_changed()


# --- conversions (also used by service.hardware) ----------------------------------------------


def _cancellable(
    progress: DownloadProgress | None, cancel: threading.Event | None
) -> DownloadProgress | None:
    if cancel is None:
        return progress

    def step(path: str, done: int, total: int | None) -> None:
        if cancel.is_set():
            raise CancelledError(f"download of {path} stopped at {done} bytes")
        if progress is not None:
            progress(path, done, total)

    return step


def _log_kw(log: StepLog | None) -> dict[str, Any]:
    return {"log": log} if log is not None else {}


def _check_offered(model: InstalledModel, precision: str | None) -> None:
    if precision and precision not in model.offered_precisions():
        raise InvalidInputError(
            f"model {model.name} does not offer {precision} "
            f"(offered: {', '.join(model.offered_precisions())})"
        )


def save_stats(paths: AppPaths, stats: Any) -> None:
    from memshadow_desktop.core.inference.active import STATS_FILE

    # Statistics are best effort; never fail a command over them.
    with contextlib.suppress(OSError):
        stats.merge_into(paths.cache_dir / STATS_FILE)


def model_info(model: InstalledModel) -> ModelInfo:
    s = model.summary()
    return ModelInfo(
        name=s["name"],
        fingerprint=s["fingerprint"],
        dim=s["dim"],
        max_seq_length=s["max_seq_length"],
        pooling=s["pooling"],
        source=s["source"],
        default_precision=s["default_precision"],
        precisions=s["precisions"],
        size_bytes=s["size_bytes"],
        installed_at=s["installed_at"],
        build=s["build"],
        outdated=s["outdated"],
    )


def model_variants(model: InstalledModel, in_use: str) -> ModelVariants:
    rows = []
    for v in model.variants.values():
        val = v.validation or {}
        fused_default = v.precision == model.default_precision and v.offered
        rows.append(
            VariantInfo(
                key=v.key,
                precision=v.precision,
                flavour=v.flavour,
                offered=bool(v.offered),
                size_bytes=int(v.size),
                min_cosine=val.get("min_cosine"),
                mean_cosine=val.get("mean_cosine"),
                items_per_s=val.get("items_per_s"),
                speedup=val.get("speedup"),
                recipe=val.get("recipe") or None,
                reason=v.reason,
                default=(fused_default and v.flavour == "fused")
                or v.key == model.default_precision,
                in_use=v.precision == in_use,
            )
        )
    probe = model.manifest.get("probe_size")
    return ModelVariants(
        model.name, model.default_precision, int(probe) if probe else None, in_use, rows
    )


def engine_snapshot(embedder: Any) -> EngineSnapshot:
    """Search's embedder: the engine's facts and its current lane's statistics (an embedder
    that is not the inference engine, in tests, reports its fingerprint only)."""
    engine = getattr(embedder, "engine", None)
    fingerprint = str(getattr(embedder, "fingerprint", ""))
    if engine is None:
        return EngineSnapshot(fingerprint, fingerprint, None, None)
    info: EngineInfo = engine.info()
    lane: LaneStats | None = next((s for s in engine.stats.lanes() if s.lane == engine.lane), None)
    return EngineSnapshot(info.model, fingerprint, info, lane)
