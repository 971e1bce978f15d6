"""A two-tier cache of what opening a memory shows, with predictive prefetch.

L1 is in memory: for each memory, what the window renders when it is opened (the memory, its
history, the memories related to it by meaning and the tags suggested for it), decrypted, under
a byte budget from the device's profile, least recently used out first. L2 is the encrypted
vault itself: a miss reads it (and asks the meaning index).

When a memory is opened, its nearest memories by meaning and its neighbours in the list the
user is looking at are loaded into L1 by one background thread, so the next open is likely a
hit. A newer open replaces the prefetch still waiting for an older one. A change to a memory
drops it (and the entries whose related lists name it); locking the vault empties L1.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from memshadow_desktop.core.api.edge import CacheStats, OpenedMemory
from memshadow_desktop.core.api.memories import Memory, Revision
from memshadow_desktop.core.api.search import Hit, TagSuggestion

log = logging.getLogger(__name__)

ENTRY_OVERHEAD = 512  # bytes an entry costs beyond its text (objects, dict slots)
HIT_OVERHEAD = 160
REVISION_OVERHEAD = 200


@dataclass(frozen=True)
class Entry:
    memory: Memory
    revisions: list[Revision]
    related: list[Hit] | None  # None: no meaning index (search by words only)
    tags: list[TagSuggestion] | None
    index_size: int  # vectors in the meaning index when related was computed
    size: int  # bytes, estimated


Loader = Callable[[str], Entry]


def estimate(
    memory: Memory,
    revisions: Sequence[Revision],
    related: Sequence[Hit] | None,
    tags: Sequence[TagSuggestion] | None,
) -> int:
    """Bytes an entry holds, roughly: its text as UTF-8 plus a fixed cost per object."""
    size = ENTRY_OVERHEAD + _text(memory.title) + _text(memory.body) + sum(map(_text, memory.tags))
    size += REVISION_OVERHEAD * len(revisions)
    for hit in related or ():
        size += HIT_OVERHEAD + _text(hit.memory.title) + _text(hit.snippet)
    size += 64 * len(tags or ())
    return size


def _text(value: str | None) -> int:
    return len(value.encode("utf-8")) if value else 0


class MemoryCache:
    """L1 over a loader that reads L2 (the vault and the meaning index)."""

    def __init__(
        self,
        load: Loader,
        *,
        budget_bytes: int,
        related_ids: Callable[[Entry], list[str]] | None = None,
        related_n: int = 5,
        neighbours_n: int = 2,
        prefetch: bool = True,
    ) -> None:
        self._load = load
        self._related_ids = related_ids or (lambda e: [h.memory.id for h in e.related or ()])
        self.budget_bytes = budget_bytes
        self.related_n = related_n
        self.neighbours_n = neighbours_n
        self.prefetch_enabled = prefetch
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._inflight: dict[str, threading.Event] = {}
        self._generation = 0  # bumped by clear(): a load started before it is not kept
        self.hits = self.misses = self.prefetched = self.evicted = 0
        self._wanted: list[str] = []
        self._wake = threading.Condition(self._lock)
        self._busy = False
        self._foreground = 0  # opens reading L2 now: the prefetcher waits for them
        self._closed = False
        self._worker: threading.Thread | None = None

    # --- opening ------------------------------------------------------------------------------

    def open(self, memory_id: str, neighbours: Sequence[str] = ()) -> OpenedMemory:
        """The memory as the window shows it, from L1 when it is there; then prefetch its
        related memories and its ``neighbours`` (closest first) in the background."""
        entry, cached = self._get(memory_id, count=True)
        if self.prefetch_enabled:
            self._schedule(entry, neighbours)
        return OpenedMemory(entry.memory, entry.revisions, entry.related, entry.tags, cached=cached)

    def peek(self, memory_id: str) -> Entry | None:
        with self._lock:
            return self._entries.get(memory_id)

    def _get(self, memory_id: str, *, count: bool) -> tuple[Entry, bool]:
        while True:
            with self._lock:
                entry = self._entries.get(memory_id)
                if entry is not None:
                    self._entries.move_to_end(memory_id)
                    if count:
                        self.hits += 1
                    return entry, True
                waiting = self._inflight.get(memory_id)
                if waiting is None:
                    done = self._inflight[memory_id] = threading.Event()
                    generation = self._generation
                    break
            # The prefetcher is loading it right now: its result is as good as ours.
            waiting.wait(30)
            with self._lock:
                entry = self._entries.get(memory_id)
                if entry is not None:
                    self._entries.move_to_end(memory_id)
                    if count:
                        self.hits += 1
                    return entry, True
        if count:
            with self._lock:
                self._foreground += 1
        try:
            entry = self._load(memory_id)
        finally:
            with self._wake:
                self._inflight.pop(memory_id, None)
                done.set()
                if count:
                    self._foreground -= 1
                    self._wake.notify_all()
        with self._lock:
            if count:
                self.misses += 1
            if generation == self._generation:
                self._put(memory_id, entry)
        return entry, False

    def _put(self, memory_id: str, entry: Entry) -> None:
        old = self._entries.pop(memory_id, None)
        if old is not None:
            self._bytes -= old.size
        if entry.size > self.budget_bytes:
            return  # larger than all of L1: served, not kept
        self._entries[memory_id] = entry
        self._bytes += entry.size
        while self._bytes > self.budget_bytes and self._entries:
            _id, dropped = self._entries.popitem(last=False)
            self._bytes -= dropped.size
            self.evicted += 1

    # --- prefetch -----------------------------------------------------------------------------

    def _schedule(self, entry: Entry, neighbours: Sequence[str]) -> None:
        related = self._related_ids(entry)[: self.related_n]
        near = list(neighbours)[: 2 * self.neighbours_n]
        wanted = [i for i in dict.fromkeys([*related, *near]) if i != entry.memory.id]
        with self._wake:
            if self._closed:
                return
            self._wanted = wanted  # the newest open wins
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._prefetch_loop, name="l1-prefetch", daemon=True
                )
                self._worker.start()
            self._wake.notify()

    def _prefetch_loop(self) -> None:
        while True:
            with self._wake:
                # An open reading the vault goes first: two cores, one interpreter lock.
                while (not self._wanted or self._foreground) and not self._closed:
                    self._busy = bool(self._wanted)
                    self._wake.notify_all()
                    self._wake.wait()
                if self._closed:
                    self._busy = False
                    self._wake.notify_all()
                    return
                memory_id = self._wanted.pop(0)
                self._busy = True
                if memory_id in self._entries:
                    continue
            try:
                _entry, cached = self._get(memory_id, count=False)
            except Exception as exc:  # gone meanwhile, locked: nothing to prefetch
                log.debug("prefetch of a memory failed: %s", type(exc).__name__)
                continue
            if not cached:
                with self._lock:
                    self.prefetched += 1

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Until the prefetcher has nothing left to do (tests and the benchmark)."""
        deadline = time.monotonic() + timeout
        with self._wake:
            while self._wanted or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._wake.wait(left)
        return True

    # --- invalidation -------------------------------------------------------------------------

    def invalidate(self, memory_ids: Sequence[str] | None) -> None:
        """Drop changed memories and the entries whose related lists name them (None: all)."""
        if memory_ids is None:
            self.clear()
            return
        changed = set(memory_ids)
        with self._lock:
            for key, entry in list(self._entries.items()):
                names = {h.memory.id for h in entry.related or ()}
                if key in changed or names & changed:
                    self._bytes -= entry.size
                    del self._entries[key]
            self._generation += 1 if changed & set(self._inflight) else 0

    def clear(self) -> None:
        """Empty L1 (the vault is being locked, or everything changed)."""
        with self._wake:
            self._entries.clear()
            self._bytes = 0
            self._wanted = []
            self._generation += 1

    def close(self) -> None:
        """Empty L1 and end the prefetcher."""
        self.clear()
        with self._wake:
            self._closed = True
            self._wake.notify_all()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join(5)

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(
                entries=len(self._entries),
                bytes=self._bytes,
                budget_bytes=self.budget_bytes,
                hits=self.hits,
                misses=self.misses,
                prefetched=self.prefetched,
                evicted=self.evicted,
            )

    def reset_stats(self) -> None:
        with self._lock:
            self.hits = self.misses = self.prefetched = self.evicted = 0
