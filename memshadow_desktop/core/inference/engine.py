"""The inference engine: embeddings, zero-shot classification, statistics.

One :class:`Embedder` holds one session per (provider, precision) of one installed model.
The provider is chosen automatically (fastest usable, measured here and cached per model and
precision) unless the user overrides it; if the provider that runs is not the one asked for,
:attr:`Embedder.fallback_reason` says why (a code; the GUI and the CLI put it in words).

Generation (``memshadow ask``) lives beside it in :mod:`core.inference.generator`: one
interface over llama.cpp (GGUF) and ONNX Runtime GenAI, its device chosen the same way, with
reasons; :func:`open_generator` here is that module's.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import onnxruntime as ort

from memshadow_desktop.core.api.inference import ChoiceReason, EngineInfo, LaneStats
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InferenceError, InvalidInputError
from memshadow_desktop.core.inference import observe
from memshadow_desktop.core.inference.models import InstalledModel
from memshadow_desktop.core.inference.pipeline import (
    ACCELERATOR_TOKEN_BUDGET,
    DEFAULT_MAX_BATCH,
    DEFAULT_TOKEN_BUDGET,
    EmbeddingPipeline,
    load_tokenizer,
)
from memshadow_desktop.core.inference.probe import probe_texts
from memshadow_desktop.core.inference.providers import (
    CPU,
    OpenedSession,
    ProviderChooser,
    canonical,
    open_session,
    short,
)

if TYPE_CHECKING:
    from memshadow_desktop.core.inference.generator import Generator

LATENCY_WINDOW = 2048


@dataclass
class _Lane:
    runs: int = 0
    items: int = 0
    tokens: int = 0
    seconds: float = 0.0
    latencies_ms: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCY_WINDOW))


class InferenceStats:
    """Counters per ``provider/precision``: runs, items, latency percentiles, items/s."""

    def __init__(self) -> None:
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()

    def record(self, lane: str, items: int, tokens: int, seconds: float) -> None:
        with self._lock:
            entry = self._lanes.setdefault(lane, _Lane())
            entry.runs += 1
            entry.items += items
            entry.tokens += tokens
            entry.seconds += seconds
            entry.latencies_ms.append(seconds * 1000.0)
        observe.emit(lane, items, seconds)

    def summary(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        with self._lock:
            for lane, e in sorted(self._lanes.items()):
                lat = np.array(e.latencies_ms, dtype=np.float64)
                out[lane] = {
                    "inferences": e.runs,
                    "items": e.items,
                    "tokens": e.tokens,
                    "seconds": round(e.seconds, 4),
                    "latency_ms_avg": round(float(lat.mean()), 3) if lat.size else None,
                    "latency_ms_p50": round(float(np.percentile(lat, 50)), 3) if lat.size else None,
                    "latency_ms_p95": round(float(np.percentile(lat, 95)), 3) if lat.size else None,
                    "items_per_s": round(e.items / e.seconds, 2) if e.seconds else None,
                }
        return out

    def lanes(self) -> list[LaneStats]:
        return [LaneStats(lane, **values) for lane, values in self.summary().items()]

    # Persistence: each CLI process adds its counters to a file in the cache dir.
    def merge_into(self, path: Path) -> None:
        data = load_stats_file(path)
        with self._lock:
            for lane, e in self._lanes.items():
                old = data.get(lane, {})
                lat = list(old.get("latencies_ms", [])) + list(e.latencies_ms)
                data[lane] = {
                    "runs": int(old.get("runs", 0)) + e.runs,
                    "items": int(old.get("items", 0)) + e.items,
                    "tokens": int(old.get("tokens", 0)) + e.tokens,
                    "seconds": float(old.get("seconds", 0.0)) + e.seconds,
                    "latencies_ms": [round(x, 3) for x in lat[-LATENCY_WINDOW:]],
                }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def from_file(cls, path: Path) -> InferenceStats:
        stats = cls()
        for lane, raw in load_stats_file(path).items():
            entry = _Lane(
                runs=int(raw.get("runs", 0)),
                items=int(raw.get("items", 0)),
                tokens=int(raw.get("tokens", 0)),
                seconds=float(raw.get("seconds", 0.0)),
            )
            entry.latencies_ms.extend(float(x) for x in raw.get("latencies_ms", []))
            stats._lanes[lane] = entry
        return stats


def load_stats_file(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class Classification:
    text_index: int
    label: str
    score: float
    scores: dict[str, float]


def _budget_for(provider: str) -> int:
    """Tokens per batch: the CPU wants small batches (cache), accelerators large ones."""
    return DEFAULT_TOKEN_BUDGET if provider == CPU else ACCELERATOR_TOKEN_BUDGET


class Embedder:
    """Embeds texts with one installed model at one precision on one provider."""

    def __init__(
        self,
        model: InstalledModel,
        *,
        precision: str | None = None,
        provider: str | None = None,
        threads: int | None = None,
        token_budget: int | None = None,
        max_batch: int = DEFAULT_MAX_BATCH,
        stats: InferenceStats | None = None,
        chooser: ProviderChooser | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self.model = model
        self.precision = precision or model.default_precision
        if self.precision not in model.offered_precisions():
            raise InvalidInputError(
                f"model {model.name} does not offer {self.precision} "
                f"(offered: {', '.join(model.offered_precisions())})"
            )
        self.requested = canonical(provider or "auto")
        self.threads = threads
        self.max_batch = max_batch
        self.stats = stats or InferenceStats()
        self.chooser = chooser
        self.cache_dir = cache_dir
        self.choice_reason: Notice | None = None  # a ChoiceReason
        start = time.perf_counter()
        self.tokenizer = load_tokenizer(model.tokenizer_file, model.max_seq_length)
        self.opened = self._open()
        if token_budget is None:
            token_budget = _budget_for(self.opened.provider)
        self.token_budget = token_budget
        self.pipeline = EmbeddingPipeline(
            self.opened.session, self.tokenizer, token_budget=token_budget, max_batch=max_batch
        )
        self.load_seconds = time.perf_counter() - start

    # ------------------------------------------------------------ provider
    def _open_on(self, provider: str) -> OpenedSession:
        variant = self.model.variant_for(self.precision, provider)
        assert variant.file is not None
        path = str(self.model.folder / variant.file)
        return open_session(path, provider, threads=self.threads, cache_dir=self.cache_dir)

    def _open(self) -> OpenedSession:
        if self.requested != "auto":
            return self._open_on(self.requested)
        candidates = [p for p in ort.get_available_providers() if p != "AzureExecutionProvider"]
        if candidates == [CPU] or self.chooser is None:
            only = candidates == [CPU]
            self.choice_reason = Notice(
                ChoiceReason.ONLY_PROVIDER if only else ChoiceReason.DEFAULT_CPU
            )
            return self._open_on(CPU)
        key = f"{self.model.fingerprint}:{self.precision}"

        def measure(provider: str) -> float | None:
            try:
                opened = self._open_on(provider)
            except (InferenceError, InvalidInputError):
                return None
            if opened.provider != provider:
                return None
            pipe = EmbeddingPipeline(
                opened.session, self.tokenizer, token_budget=_budget_for(provider)
            )
            texts = probe_texts()
            pipe.embed(texts)
            start = time.perf_counter()
            pipe.embed(texts)
            return len(texts) / (time.perf_counter() - start)

        choice = self.chooser.choose(key, candidates, measure)
        self.choice_reason = choice.reason
        return self._open_on(choice.provider)

    @property
    def provider(self) -> str:
        return self.opened.provider

    @property
    def fallback_reason(self) -> Notice | None:
        return self.opened.fallback_reason

    @property
    def lane(self) -> str:
        return f"{short(self.provider)}/{self.precision}"

    @property
    def fingerprint(self) -> str:
        return self.model.model_fingerprint(self.precision)

    def info(self) -> EngineInfo:
        return EngineInfo(
            model=self.model.name,
            fingerprint=self.fingerprint,
            precision=self.precision,
            provider=short(self.provider),
            requested_provider=short(self.requested) if self.requested != "auto" else "auto",
            fallback=self.fallback_reason,
            choice=self.choice_reason,
            threads=self.opened.session.get_session_options().intra_op_num_threads,
            load_seconds=round(self.load_seconds, 4),
            dim=self.model.dim,
        )

    # ------------------------------------------------------------ work
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in input order."""
        lane = self.lane
        return self.pipeline.embed(texts, on_run=lambda n, t, s: self.stats.record(lane, n, t, s))

    def classify(
        self, texts: Sequence[str], labels: Mapping[str, Sequence[str]]
    ) -> list[Classification]:
        """Zero-shot: each label is the mean of its prototype sentences; best cosine wins."""
        if not labels:
            raise InvalidInputError("zero-shot classification needs at least one label")
        names = list(labels)
        protos = []
        for name in names:
            examples = list(labels[name]) or [name]
            vec = self.embed(examples).mean(axis=0)
            protos.append(vec / max(float(np.linalg.norm(vec)), 1e-12))
        matrix = np.stack(protos)
        sims = self.embed(texts) @ matrix.T
        out = []
        for i, row in enumerate(sims):
            best = int(np.argmax(row))
            out.append(
                Classification(
                    i,
                    names[best],
                    float(row[best]),
                    {n: round(float(s), 6) for n, s in zip(names, row, strict=True)},
                )
            )
        return out


# ---------------------------------------------------------------- generation
def open_generator(path: Path, **options: Any) -> Generator:
    """Load a generation model (a GGUF file, or an ONNX GenAI folder); see
    :func:`memshadow_desktop.core.inference.generator.open_generator`."""
    from memshadow_desktop.core.inference.generator import open_generator as _open

    return _open(path, **options)
