"""``service.cache``: opening memories through the two-tier cache (core/edge/cache.py).

L1 holds what the window shows of an opened memory (the memory, its history, related memories
and suggested tags), decrypted, within the byte budget of the device's plan; L2 is the vault.
Opening one prefetches its nearest memories by meaning and its list neighbours on a background
thread. Calls are thread-safe; the window makes them off its GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from memshadow_desktop.core.api.edge import CacheStats, OpenedMemory
from memshadow_desktop.core.api.search import Hit, TagSuggestion
from memshadow_desktop.core.edge.cache import Entry, MemoryCache, estimate
from memshadow_desktop.core.errors import InferenceError, MemshadowError
from memshadow_desktop.core.events import MEMORY_CHANGED, VAULT_LOCKED, Event
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.store import memories as mem

# What the window shows of a memory's meaning (qt/meaning.py): related memories and tags.
RELATED_LIMIT = 6
TAG_LIMIT = 6
MB = 1024 * 1024
NEEDS_MODEL = "search by meaning needs an embedding model (`memshadow models import DIR`)"


class CacheApi:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._lock = threading.Lock()
        self._cache: MemoryCache | None = None
        self._unsubscribe = core.events.subscribe(self._on_event)

    def open(self, memory_id: str, *, listing: Sequence[str] = ()) -> OpenedMemory:
        """A memory as the window shows it: from L1 when there, else read from the vault and
        kept. ``listing``: the ids of the list on screen, in order; the memory's neighbours
        there and its nearest memories by meaning are prefetched into L1 in the background."""
        cache = self._l1()
        self._drop_if_stale(cache, memory_id)
        return cache.open(memory_id, neighbours_in(listing, memory_id, cache.neighbours_n))

    def meaning(self, memory_id: str) -> tuple[list[Hit], list[TagSuggestion]]:
        """The related memories and suggested tags of a memory (from L1 when there);
        InferenceError without a model, as ``search.related`` says."""
        cache = self._l1()
        self._drop_if_stale(cache, memory_id)
        entry = cache.peek(memory_id)
        if entry is None or entry.related is None:
            opened = cache.open(memory_id)
            related, tags = opened.related, opened.tags
        else:
            related, tags = entry.related, entry.tags
        if related is None or tags is None:
            raise InferenceError(NEEDS_MODEL, reason="no_model")
        return related, tags

    def stats(self) -> CacheStats:
        return self._l1().stats()

    def size_bytes(self) -> int:
        """L1's size now (0 before anything was opened)."""
        cache = self._cache
        return cache.stats().bytes if cache is not None else 0

    def set_prefetch(self, enabled: bool) -> None:
        """Prefetch on open (the plan's choice) or not (a benchmark's baseline)."""
        self._l1().prefetch_enabled = enabled

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Until the prefetcher is idle (tests and benchmarks)."""
        return self._l1().wait_idle(timeout)

    def clear(self) -> None:
        """Empty L1 (and its counters stay)."""
        if self._cache is not None:
            self._cache.clear()

    def reset_stats(self) -> None:
        self._l1().reset_stats()

    def close(self) -> None:
        self._unsubscribe()
        with self._lock:
            cache, self._cache = self._cache, None
        if cache is not None:
            cache.close()

    # --- helpers ------------------------------------------------------------------------------

    def _l1(self) -> MemoryCache:
        with self._lock:
            if self._cache is None:
                plan = self._core.plan().cache
                self._cache = MemoryCache(
                    self._load,
                    budget_bytes=plan.l1_mb * MB,
                    related_n=plan.prefetch_related,
                    neighbours_n=plan.prefetch_neighbours,
                    prefetch=plan.prefetch,
                )
            return self._cache

    def _load(self, memory_id: str) -> Entry:
        store = self._core.store
        memory = store.read(mem.get, memory_id)
        revisions = store.read(mem.history, memory.id)
        sem = self._core.semantic_loaded
        related: list[Hit] | None = None
        tags: list[TagSuggestion] | None = None
        size = 0
        if sem is not None:
            size = len(sem.index)
            related, tags = [], []
            if not memory.deleted:
                try:
                    related = sem.related(memory.id, RELATED_LIMIT)
                    tags = sem.suggest_tags(memory.id, TAG_LIMIT)
                except MemshadowError:  # nothing to compare with yet
                    related, tags = [], []
        return Entry(
            memory, revisions, related, tags, size, estimate(memory, revisions, related, tags)
        )

    def _drop_if_stale(self, cache: MemoryCache, memory_id: str) -> None:
        """An entry whose related list was computed before the index changed is read again."""
        entry = cache.peek(memory_id)
        sem = self._core.semantic_loaded
        if (
            entry is not None
            and sem is not None
            and (entry.related is None or entry.index_size != len(sem.index))
        ):
            cache.invalidate([memory_id])

    def _on_event(self, event: Event) -> None:
        cache = self._cache
        if cache is None:
            return
        if event.kind == VAULT_LOCKED:
            cache.clear()
        elif event.kind == MEMORY_CHANGED:
            memory_id = event.data.get("id")
            cache.invalidate(None if memory_id is None else [str(memory_id)])


def neighbours_in(listing: Sequence[str], memory_id: str, each_side: int) -> list[str]:
    """The ids beside ``memory_id`` in ``listing``, closest first, alternating below/above."""
    if each_side <= 0 or not listing:
        return []
    try:
        row = list(listing).index(memory_id)
    except ValueError:
        return []
    out = []
    for step in range(1, each_side + 1):
        for at in (row + step, row - step):
            if 0 <= at < len(listing):
                out.append(listing[at])
    return out
