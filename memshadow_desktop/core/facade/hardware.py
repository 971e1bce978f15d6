"""``service.hardware``: this machine as inference sees it (CPU features, GPUs, NPUs, power),
the execution providers that really work here, the inference statistics, and advice.

Like ``service.models`` it needs no vault (``MemshadowService.hardware_at(paths)``); with one,
the providers are checked with the model search runs and show which one it runs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.ask import GeneratorStatus
from memshadow_desktop.core.api.inference import (
    BenchmarkResult,
    EngineSnapshot,
    HardwareReport,
    LaneStats,
    ModelVariants,
    ProviderInfo,
)
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.paths import AppPaths

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.ask import AskApi
    from memshadow_desktop.core.facade.context import Core


class HardwareApi:
    def __init__(
        self, paths: AppPaths, core: Core | None = None, ask: AskApi | None = None
    ) -> None:
        self._paths = paths
        self._core = core
        self._ask = ask

    def probe(self) -> HardwareReport:
        """CPU model and features, memory, GPUs, NPUs and power; unknown stays None."""
        from memshadow_desktop.core.inference.hardware import probe

        return probe()

    def providers(self) -> list[ProviderInfo]:
        """Every provider ONNX Runtime knows of: installed, usable (a real session ran on it:
        with the model search runs when it has loaded one, else a tiny generated model),
        why not, which one search runs on, and the speed measured here."""
        from memshadow_desktop.core.inference import providers as prov

        engine = self._engine()
        model: str | bytes
        if engine is not None:
            variant = engine.model.variant_for(engine.precision, prov.CPU)
            model = str(engine.model.folder / variant.file)
        else:
            model = _tiny_probe_model()
        statuses = prov.probe_providers(model, cache_dir=self._paths.cache_dir)
        if engine is None:
            return statuses
        return [_with_engine(s, engine, self._chooser_speeds(engine)) for s in statuses]

    def generator(self) -> GeneratorStatus:
        """Generation on this machine: the backends (installed, devices, why not), the model
        in use, and its speed measured by earlier answers (the dashboard shows it)."""
        from memshadow_desktop.core.facade.ask import generator_status

        loaded = self._ask.loaded() if self._ask is not None else None
        return generator_status(self._paths, loaded)

    def stats(self) -> list[LaneStats]:
        """This machine's inference statistics per provider/precision, every process's."""
        from memshadow_desktop.core.inference.active import STATS_FILE
        from memshadow_desktop.core.inference.engine import InferenceStats

        return InferenceStats.from_file(self._paths.cache_dir / STATS_FILE).lanes()

    def advice(
        self,
        *,
        hardware: HardwareReport | None = None,
        providers: Sequence[ProviderInfo] | None = None,
        variants: ModelVariants | None = None,
        engine: EngineSnapshot | None = None,
        benchmark: BenchmarkResult | None = None,
    ) -> list[Notice]:
        """Recommendations over what the caller gathered (codes of ``Advice``). ``variants``
        and ``engine`` both None: no model is installed."""
        import onnxruntime as ort

        from memshadow_desktop.core.inference.advice import recommend

        return recommend(
            hardware=hardware,
            providers=providers,
            variants=variants,
            engine=engine,
            benchmark=benchmark,
            cuda_installed="CUDAExecutionProvider" in ort.get_available_providers(),
        )

    # --- helpers ------------------------------------------------------------------------------

    def _engine(self) -> Any:
        sem = self._core.semantic_loaded if self._core is not None else None
        return getattr(getattr(sem, "embedder", None), "engine", None)

    def _chooser_speeds(self, engine: Any) -> dict[str, float]:
        """Items/s per provider (short name) that the automatic choice measured here."""
        from memshadow_desktop.core.inference.active import CHOICE_FILE
        from memshadow_desktop.core.inference.providers import ProviderChooser, short

        cache = ProviderChooser(self._paths.cache_dir / CHOICE_FILE)
        choice = cache.cached(f"{engine.model.fingerprint}:{engine.precision}")
        if choice is None:
            return {}
        return {short(p): float(v) for p, v in choice.measured.items()}


def _with_engine(status: ProviderInfo, engine: Any, chooser: dict[str, float]) -> ProviderInfo:
    """A provider row with what search's engine knows: whether it runs there, and speeds."""
    from dataclasses import replace

    from memshadow_desktop.core.inference.providers import short

    lane = next((s for s in engine.stats.lanes() if s.provider == status.short), None)
    speed = chooser.get(status.short)
    latency = None
    if lane is not None:
        speed = speed if speed is not None else lane.items_per_s
        latency = lane.latency_ms_p50
    return replace(
        status,
        in_use=status.short == short(engine.provider),
        items_per_s=speed,
        latency_ms=latency,
    )


def _tiny_probe_model() -> bytes:
    """A small random BERT in the portable flavour: real operators to test a provider with
    when no model is at hand."""
    from memshadow_desktop.core.inference.convert import build_graph
    from memshadow_desktop.core.inference.source import BertConfig
    from memshadow_desktop.core.inference.testing import random_bert_weights

    cfg = BertConfig(
        vocab_size=64,
        hidden_size=32,
        num_layers=1,
        num_heads=2,
        intermediate_size=64,
        max_position=32,
    )
    return bytes(build_graph(cfg, random_bert_weights(cfg, seed=0)).SerializeToString())
