"""Which embedder search uses: the model in use (core.inference.active), run by the engine.
Returns None when no model is installed, and search falls back to full text."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

import numpy as np

from memshadow_desktop.core.api.inference import EngineInfo, StepLog
from memshadow_desktop.core.errors import NotFoundError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.search.embedder import Embedder

# Special tokens the model adds around every window ([CLS] ... [SEP]).
SPECIAL_TOKENS = 2


class EngineEmbedder:
    """Adapts the inference engine's Embedder to what search needs (offsets for chunking)."""

    def __init__(self, engine: Any) -> None:
        from tokenizers import Tokenizer

        self.engine = engine
        self._offsets_tokenizer = Tokenizer.from_file(str(engine.model.tokenizer_file))
        self._offsets_tokenizer.no_truncation()
        self._offsets_tokenizer.no_padding()

    @property
    def fingerprint(self) -> str:
        return str(self.engine.fingerprint)

    @property
    def dim(self) -> int:
        return int(self.engine.model.dim)

    @property
    def max_tokens(self) -> int:
        return int(self.engine.model.max_seq_length) - SPECIAL_TOKENS

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        enc = self._offsets_tokenizer.encode(text, add_special_tokens=False)
        return [tuple(o) for o in enc.offsets]  # type: ignore[misc]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.engine.embed(list(texts)), dtype=np.float32)

    def info(self) -> EngineInfo:
        info: EngineInfo = self.engine.info()
        return info

    def save_stats(self, paths: AppPaths) -> None:
        """Add this session's inference statistics to the machine's totals (`hw stats`)."""
        from memshadow_desktop.core.inference.active import STATS_FILE

        with contextlib.suppress(OSError):
            paths.cache_dir.mkdir(parents=True, exist_ok=True)
            self.engine.stats.merge_into(paths.cache_dir / STATS_FILE)


def active_embedder(
    paths: AppPaths,
    *,
    threads: int | None = None,
    log: StepLog | None = None,
    precision: str | None = None,
) -> Embedder | None:
    """The model in use, or None. ``threads=1`` for background work (no thread pool);
    ``log`` hears what opening it involves beyond loading (a rebuild after an upgrade);
    ``precision`` overrides the settings' (a device profile's cap, core/edge)."""
    from memshadow_desktop.core.inference.active import open_embedder

    try:
        engine = open_embedder(paths, threads=threads, log=log, precision=precision)
    except NotFoundError:
        return None
    return EngineEmbedder(engine)


def active_fingerprint(paths: AppPaths, precision: str | None = None) -> str | None:
    """The fingerprint :func:`active_embedder` will have, without loading the model (so the
    vectors can load meanwhile); None when no model is installed."""
    from memshadow_desktop.core.inference.active import chosen_precision, current_model

    try:
        model = current_model(paths)
    except NotFoundError:
        return None
    return str(model.model_fingerprint(chosen_precision(paths, model, precision)))


def installed_fingerprints(paths: AppPaths) -> set[str]:
    """The vector fingerprints any installed model and precision would write: stored vectors
    of any other (a removed model, an older build) can never be used again."""
    from memshadow_desktop.core.inference.active import manager

    return {
        model.model_fingerprint(key) for model in manager(paths).list() for key in model.variants
    }
