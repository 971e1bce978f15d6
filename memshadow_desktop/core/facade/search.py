"""``service.search``: full text, by meaning and hybrid; related memories, tag suggestions,
and the meaning index (loading, status, embedding now)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from memshadow_desktop.core.api.search import (
    HINT_NO_MODEL,
    MODES,
    Hit,
    IndexStatus,
    SearchResult,
    TagSuggestion,
)
from memshadow_desktop.core.errors import InferenceError, InvalidInputError
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.models import SearchHit

if TYPE_CHECKING:
    from memshadow_desktop.core.runtime import Runtime
    from memshadow_desktop.core.search.embedder import Embedder
    from memshadow_desktop.core.search.semantic import SemanticSearch

NO_MODEL = "no embedding model is installed (see `memshadow models`)"
NEEDS_MODEL = "no embedding model is installed (`memshadow models import DIR`)"


class SearchApi:
    def __init__(self, core: Core, runtime: Runtime | None = None) -> None:
        self._core = core
        self._runtime = runtime

    # --- the index ----------------------------------------------------------------------------

    def load(self) -> bool:
        """Load the model and the vault's vectors now (they load on first use otherwise);
        False without a model."""
        return self._core.semantic() is not None

    def status(self) -> IndexStatus | None:
        sem = self._core.semantic()
        return sem.status() if sem is not None else None

    def index_now(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Embed every pending memory in the foreground (`memshadow index`); how many."""
        return self._require().run_until_done(progress)

    def embed_pending(self, at_most: int) -> int:
        """Embed memories added since the last index, when there are no more than ``at_most``
        (a command run between indexer runs); how many are still not embedded."""
        sem = self._core.semantic()
        if sem is None:
            return 0
        if 0 < sem.not_embedded() <= at_most:
            sem.embed_step(batch=at_most)
        return sem.not_embedded()

    def reindex(self) -> None:
        """Forget every stored vector and embed the vault again: the owner's indexer does it
        in the background (``index_now`` does it here). Search by meaning reopens."""
        from memshadow_desktop.core.search import store_ops

        core = self._core
        core.close_semantic()
        # No model is named "": every model's vectors go, a batch per write.
        while core.store.write(store_ops.prune_models, keep={""}):
            pass
        if self._runtime is not None:
            self._runtime.search_changed()

    def use_embedder(self, embedder: Embedder) -> None:
        """Search with this embedder instead of the installed model (tests, benchmarks)."""
        self._core.close_semantic()
        self._core.embedder_override = embedder

    # --- searching ----------------------------------------------------------------------------

    def find(
        self, query: str, *, mode: str | None = None, limit: int = 10, embed_pending: int = 0
    ) -> SearchResult:
        """Search in ``mode`` (fts, semantic, hybrid); hybrid by default with a model.
        ``embed_pending``: first embed up to that many memories not embedded yet."""
        if mode is not None and mode not in MODES:
            raise InvalidInputError(f"unknown search mode {mode!r} (use {', '.join(MODES)})")
        sem = self._core.semantic() if mode != "fts" else None
        if sem is None:
            if mode in ("semantic", "hybrid"):
                raise InferenceError(NO_MODEL, reason="no_model")
            hits = [_from_fts(h) for h in self.fulltext(query, limit=limit)]
            return SearchResult("fts", hits, None if mode == "fts" else HINT_NO_MODEL)
        if embed_pending and 0 < sem.not_embedded() <= embed_pending:
            # A few memories added since the last index (no indexer runs between commands):
            # embedding them takes a moment, and then search sees everything.
            sem.embed_step(batch=embed_pending)
        chosen = mode or "hybrid"
        hits = sem.search(query, mode=chosen, limit=limit)
        waiting = sem.not_embedded() if chosen != "fts" else 0
        return SearchResult(chosen, hits, None, waiting)

    def fulltext(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        return self._core.store.read(mem.search, query, limit=limit)

    def related(self, memory_id: str, limit: int = 10) -> list[Hit]:
        return self._require().related(memory_id, limit)

    def suggest_tags(self, memory_id: str, limit: int = 5) -> list[TagSuggestion]:
        return self._require().suggest_tags(memory_id, limit)

    def _require(self) -> SemanticSearch:
        sem = self._core.semantic()
        if sem is None:
            raise InferenceError(NEEDS_MODEL, reason="no_model")
        return sem


def _from_fts(hit: SearchHit) -> Hit:
    return Hit(hit.memory, hit.score, hit.snippet, None, {"cosine": None, "bm25": hit.score})
