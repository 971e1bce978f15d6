"""``service.ask`` (answers from the vault) and ``service.models.generation`` (generation
models: catalogue, import, download, choose, remove).

The generator is loaded on the first question that has notes to answer from, and kept (with
its prefix cache) until the model changes or the service closes. The figures of each answer
(tokens per second, never any text) are added to ``generation-stats.json`` in the cache
folder for the hardware dashboard.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.ask import (
    Answer,
    AskState,
    GenCatalogInfo,
    GenerationStats,
    GeneratorInfo,
    GeneratorStatus,
    GenModelInfo,
    Source,
    TokenSink,
)
from memshadow_desktop.core.api.inference import DownloadProgress, StepLog
from memshadow_desktop.core.api.memories import Memory
from memshadow_desktop.core.errors import InferenceError, InvalidInputError, NotFoundError
from memshadow_desktop.core.paths import AppPaths

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.context import Core
    from memshadow_desktop.core.facade.memories import MemoriesApi
    from memshadow_desktop.core.facade.search import SearchApi
    from memshadow_desktop.core.inference.gen_models import GenModelManager
    from memshadow_desktop.core.inference.generator import Generator

STATS_FILE = "generation-stats.json"


class GenerationModelsApi:
    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths

    def _manager(self) -> GenModelManager:
        from memshadow_desktop.core.inference.gen_models import GenModelManager

        return GenModelManager(self._paths.models_dir)

    def list(self) -> builtins.list[GenModelInfo]:
        return list(self._manager().list())

    def current(self, name: str | None = None) -> GenModelInfo:
        """``name``, else the chosen one, else the largest installed; NotFoundError without."""
        return self._manager().current(name)

    def path(self, model: GenModelInfo) -> Path:
        return self._manager().path_of(model)

    def catalog(self, catalog: Path | None = None) -> builtins.list[GenCatalogInfo]:
        """The catalogue, with what is installed and the default for this machine."""
        from memshadow_desktop.core.inference import gen_models

        installed = {m.name for m in self.list()}
        entries = gen_models.load_catalog(catalog)
        return gen_models.catalog_info(entries, installed, gen_models.ram_mb())

    def knows(self, name: str, catalog: Path | None = None) -> bool:
        from memshadow_desktop.core.inference.gen_models import load_catalog

        return name.lower() in load_catalog(catalog)

    def import_file(
        self,
        path: Path,
        *,
        name: str | None = None,
        cancel: threading.Event | None = None,
        log: StepLog | None = None,
    ) -> GenModelInfo:
        """Install a GGUF file (or an ONNX GenAI folder) as a generation model."""
        kw: dict[str, Any] = {"log": log} if log is not None else {}
        return self._manager().import_file(path, name=name, cancel=cancel, **kw)

    def download(
        self,
        name: str | None = None,
        *,
        catalog: Path | None = None,
        progress: DownloadProgress | None = None,
        cancel: threading.Event | None = None,
        log: StepLog | None = None,
        allow_metered: bool = False,
    ) -> GenModelInfo:
        """Download a catalogue model (default: the one for this machine's memory); not on a
        metered network (the device's plan, core/edge) unless ``allow_metered``."""
        from memshadow_desktop.core.devices import network
        from memshadow_desktop.core.inference import gen_models
        from memshadow_desktop.core.settings import Settings

        net = network.metered(Settings.load(self._paths.settings_file).network_metered)
        if net.metered and not allow_metered:
            raise InvalidInputError(
                f"the network is metered (says {net.source}): no model download "
                "unless asked (--allow-metered)"
            )

        entries = gen_models.load_catalog(catalog)
        if name is None:
            entry = gen_models.default_for(gen_models.ram_mb(), entries)
        else:
            found = entries.get(name.lower())
            if found is None:
                raise NotFoundError(f"model {name} in the catalog (known: {', '.join(entries)})")
            entry = found
        kw: dict[str, Any] = {"log": log} if log is not None else {}
        return self._manager().download(entry, progress=progress, cancel=cancel, **kw)

    def use(self, name: str) -> GenModelInfo:
        return self._manager().use(name)

    def remove(self, name: str) -> str:
        return str(self._manager().remove(name))


class AskApi:
    def __init__(self, core: Core, search: SearchApi, memories: MemoriesApi) -> None:
        self._core = core
        self._search = search
        self._memories = memories
        self._lock = threading.Lock()
        self._generator: Generator | None = None
        self._generator_key: tuple[str, str] | None = None
        self.device = "auto"

    # --- the generator ------------------------------------------------------------------------

    def generator(self, model: str | None = None) -> Generator:
        """The loaded generator for ``model`` (default: the one in use), loading it if needed."""
        from memshadow_desktop.core.inference.generator import open_generator

        models = GenerationModelsApi(self._core.paths)
        info = models.current(model)
        key = (info.name, self.device)
        with self._lock:
            if self._generator is not None and self._generator_key == key:
                return self._generator
            self._close_generator()
            self._generator = open_generator(models.path(info), name=info.name, device=self.device)
            self._generator_key = key
            return self._generator

    def loaded(self) -> GeneratorInfo | None:
        gen = self._generator
        return gen.info if gen is not None else None

    def _close_generator(self) -> None:
        gen, self._generator, self._generator_key = self._generator, None, None
        if gen is not None:
            gen.close()

    def close(self) -> None:
        with self._lock:
            self._close_generator()

    # --- answering ----------------------------------------------------------------------------

    def answer(
        self,
        question: str,
        *,
        model: str | None = None,
        budget: int | None = None,
        max_tokens: int | None = None,
        on_sources: Callable[[builtins.list[Source]], None] | None = None,
        on_token: TokenSink | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """Answer from the vault's notes; streams pieces to ``on_token`` on this thread and the
        sources to ``on_sources`` before the first piece. ``cancel`` set stops it at once."""
        from memshadow_desktop.core.ask import answer as ask

        if self._core.store.read(_live_count) == 0:
            if on_sources is not None:
                on_sources([])
            return Answer(AskState.EMPTY_VAULT, "", [], 0, budget or 0, 0.0)
        if model is not None:
            GenerationModelsApi(self._core.paths).current(model)  # NotFoundError first

        def search(q: str, limit: int) -> builtins.list[Any]:
            return self._search.find(q, limit=limit, embed_pending=32).hits

        extra: dict[str, Any] = {"max_tokens": max_tokens} if max_tokens else {}
        result = ask.answer(
            question,
            search=search,
            generator=None,
            open_generator=lambda: self.generator(model),
            budget=budget,
            on_sources=on_sources,
            on_token=on_token,
            cancel=cancel,
            **extra,
        )
        if result.stats is not None and result.generator is not None:
            record_stats(self._core.paths, result.generator, result.stats)
        return result

    def save(
        self, question: str, result: Answer, *, tags: builtins.list[str] | None = None
    ) -> Memory:
        """Keep an answer as a new memory, its sources linked (the one time an answer is
        written anywhere, and only because the user asked)."""
        from memshadow_desktop.core.ask.answer import memory_body

        if not result.text.strip():
            raise InvalidInputError("the answer is empty", reason="empty_answer")
        title = " ".join(question.split())[:120]
        return self._memories.add(
            memory_body(question, result), title=title, tags=tags or ["answer"], source="ask"
        )


def _live_count(conn: Any) -> int:
    row = conn.execute("SELECT COUNT(*) FROM memories WHERE deleted = 0").fetchone()
    return int(row[0])


# --- statistics for the dashboard -------------------------------------------------------------


def record_stats(paths: AppPaths, info: GeneratorInfo, stats: GenerationStats) -> None:
    """Add one answer's speed to this machine's figures (best effort; never any text)."""
    path = paths.cache_dir / STATS_FILE
    data = _load(path)
    lane = f"{info.backend}/{info.device}/{info.model}"
    entry = data.get(lane, {"answers": 0, "gen_tokens": 0, "gen_s": 0.0, "prompt_tps": []})
    entry["answers"] = int(entry.get("answers", 0)) + 1
    if stats.tokens_per_s and stats.generated_tokens > 1:
        entry["gen_tokens"] = int(entry.get("gen_tokens", 0)) + stats.generated_tokens
        entry["gen_s"] = float(entry.get("gen_s", 0.0)) + (
            stats.generated_tokens / stats.tokens_per_s
        )
    if stats.prompt_tokens_per_s:
        entry["prompt_tps"] = ([*entry.get("prompt_tps", []), stats.prompt_tokens_per_s])[-50:]
    entry.update(backend=info.backend, device=info.device, model=info.model)
    data[lane] = entry
    data["_last"] = lane
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(path)


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def generator_status(paths: AppPaths, loaded: GeneratorInfo | None = None) -> GeneratorStatus:
    """The backends here, the model in use, and the speed measured by earlier answers."""
    from memshadow_desktop.core.inference.generator import backends

    data = _load(paths.cache_dir / STATS_FILE)
    model = None
    with contextlib.suppress(NotFoundError, InvalidInputError, InferenceError):
        model = GenerationModelsApi(paths).current().name
    lane = None
    if loaded is not None:
        lane = data.get(f"{loaded.backend}/{loaded.device}/{loaded.model}")
    if lane is None and isinstance(data.get("_last"), str):
        lane = data.get(data["_last"])
    lane = lane if isinstance(lane, dict) else None
    tps = None
    prompt_tps = None
    if lane:
        if lane.get("gen_s"):
            tps = round(float(lane["gen_tokens"]) / float(lane["gen_s"]), 2)
        rates = sorted(float(x) for x in lane.get("prompt_tps") or [])
        prompt_tps = round(rates[len(rates) // 2], 2) if rates else None
    return GeneratorStatus(
        backends=backends(),
        model=loaded.model if loaded else (lane.get("model") if lane else model),
        backend=loaded.backend if loaded else (lane.get("backend") if lane else None),
        device=loaded.device if loaded else (lane.get("device") if lane else None),
        tokens_per_s=tps,
        prompt_tokens_per_s=prompt_tps,
        answers=int(lane.get("answers", 0)) if lane else 0,
    )
