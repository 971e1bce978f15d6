"""Search by meaning over the vault: the vector index, background embedding, hybrid ranking."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np

from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.api.search import (
    MODES,
    PAUSED_BATTERY,
    Hit,
    IndexStatus,
    TagSuggestion,
)
from memshadow_desktop.core.errors import InferenceError, InvalidInputError
from memshadow_desktop.core.events import INDEX_PROGRESS, MEMORY_CHANGED, Event, EventBus
from memshadow_desktop.core.search import lexical, store_ops
from memshadow_desktop.core.search.chunking import chunk_spans, embedding_text
from memshadow_desktop.core.search.embedder import Embedder
from memshadow_desktop.core.search.fusion import DEFAULT_BM25_WEIGHT, fuse
from memshadow_desktop.core.search.vectors import ChunkRef, VectorIndex
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.models import Memory, SearchHit
from memshadow_desktop.core.store.store import Store

log = logging.getLogger(__name__)

CHUNK_OVERLAP = 32
EMBED_BATCH = 32  # memories per background step: small, so edits are picked up quickly
CANDIDATES = 50  # per list, before fusion
SCORED_PER_RESULT = 2  # hybrid scores at most this many candidates per result wanted
SNIPPET_CHARS = 220
MIN_TAG_SUPPORT = 2
TAG_TEMPERATURE = 0.05


class SemanticSearch:
    """Owns the in-memory index for one vault and one model, and the indexer thread."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        events: EventBus,
        *,
        on_battery_pause_below: int | None = 30,
        background_embedder: Callable[[], Embedder | None] | None = None,
        keep_models: Callable[[], set[str]] | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        # The indexer thread embeds with its own single-threaded session when given one, so
        # background work takes one core and leaves the other to the window and to queries.
        self._background_factory = background_embedder
        self._background: Embedder | None = None
        # Fingerprints whose vectors are worth keeping (installed models); None: keep all.
        self._keep_models = keep_models
        self._pruned = False
        self.stats_paths: Any = None  # where engine statistics are saved (AppPaths)
        self.events = events
        self.index = VectorIndex(embedder.dim)
        self.bm25_weight = DEFAULT_BM25_WEIGHT
        self._frequencies = lexical.FrequencyCache()
        self._battery_floor = on_battery_pause_below
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Starting and stopping the indexer come from different threads (the runtime starts
        # it while the window may close): a stop never sees a thread not started yet.
        self._lifecycle = threading.Lock()
        self._busy = threading.Lock()  # one embedding step at a time (background or foreground)
        self._paused: Notice | None = None
        self._unsubscribe = events.subscribe(self._on_event)

    # --- lifecycle ----------------------------------------------------------------------------

    def load(self, preloaded: VectorIndex | None = None) -> int:
        """Fill the index from the encrypted store (at unlock), or take one loaded meanwhile
        by :func:`load_index`. Returns the vector count."""
        index = preloaded or load_index(self.store, self.embedder.fingerprint)
        if index is not None:
            if index.dim != self.embedder.dim:
                raise InferenceError(
                    "stored vectors do not match the model's dimension", reason="vectors_mismatch"
                )
            self.index = index
        return len(self.index)

    def start(self) -> None:
        """Embed new and changed memories in the background until :meth:`close`."""
        with self._lifecycle:
            if self._thread is None:
                thread = threading.Thread(target=self._run, name="embedding-indexer", daemon=True)
                thread.start()
                self._thread = thread
                self._wake.set()

    def close(self) -> None:
        self._unsubscribe()
        self.stop_background()

    def stop_background(self) -> None:
        """End the indexer thread (search goes on; :meth:`start` runs it again)."""
        with self._lifecycle:
            self._stop.set()
            self._wake.set()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=30)
            if thread.is_alive():
                return  # still in a batch: it stops after it (the flag stays set)
        self._stop.clear()

    @property
    def background_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _on_event(self, event: Event) -> None:
        if event.kind != MEMORY_CHANGED:
            return
        if event.data.get("action") == "trashed" and event.data.get("id"):
            self.index.remove([event.data["id"]])
        self._wake.set()

    def apply_external(
        self, memory_ids: set[str], vector_ids: set[str], *, everything: bool = False
    ) -> None:
        """Follow what another process committed (the CLI beside the window, the agent):
        vectors it stored join the index, memories it trashed leave it, and the indexer wakes
        for memories it changed."""
        if everything or (vector_ids and self.index.codec is None):
            self._reload()
        else:
            ids = sorted(memory_ids | vector_ids)
            if ids:
                fp = self.embedder.fingerprint
                loaded = self.store.read(store_ops.load_for, fp, ids)
                self.index.remove(self.store.read(store_ops.not_live, ids))
                if loaded is not None and loaded.memory_ids:
                    self.index.put_many(
                        loaded.memory_ids, loaded.counts, loaded.spans, loaded.codes
                    )
        self._wake.set()

    def _reload(self) -> None:
        fresh = load_index(self.store, self.embedder.fingerprint)
        if fresh is not None and fresh.dim == self.embedder.dim:
            with self._busy:
                self.index = fresh

    # --- indexing -----------------------------------------------------------------------------

    def status(self) -> IndexStatus:
        fp = self.embedder.fingerprint
        indexed, pending_count = self.store.read(
            lambda c: (store_ops.count_indexed(c, fp), store_ops.count_pending(c, fp))
        )
        return IndexStatus(
            fp,
            indexed,
            pending_count,
            len(self.index),
            self.index.nbytes(),
            self._thread is not None and self._thread.is_alive(),
            self._paused,
        )

    def not_embedded(self) -> int:
        """Live memories with no vectors of this model in the index (a count, not a scan of
        pending work: cheap enough to ask after every search)."""
        live = self.store.read(mem.live_count)
        return max(0, live - self.index.memory_count)

    def embed_step(self, batch: int = EMBED_BATCH, embedder: Embedder | None = None) -> int:
        """Embed one batch of pending memories; returns how many were indexed (0 = done)."""
        with self._busy:
            fp = self.embedder.fingerprint
            todo = self.store.read(store_ops.pending, fp, batch)
            if not todo:
                return 0
            items, texts = self._chunk(todo)
            vectors = (embedder or self.embedder).embed(texts)
            if self.index.codec is None:
                # Another process may have fixed this model's code range meanwhile.
                self.index.codec = self.store.read(store_ops.codec, fp)
            codes = self.index.encode(vectors)
            assert self.index.codec is not None
            row = 0
            for i, item in enumerate(items):
                n = len(item.spans)
                items[i] = store_ops.StoredChunks(
                    item.memory_id, item.content_hash, item.spans, codes[row : row + n]
                )
                row += n
            saved = set(self.store.write(store_ops.save, fp, self.index.codec, items))
            kept = [item for item in items if item.memory_id in saved]
            if kept:
                self.index.put_many(
                    [item.memory_id for item in kept],
                    [len(item.spans) for item in kept],
                    np.concatenate([np.asarray(item.spans, np.int32) for item in kept]),
                    np.concatenate([item.codes for item in kept]),
                )
            return len(todo)

    def _chunk(
        self, todo: list[store_ops.PendingMemory]
    ) -> tuple[list[store_ops.StoredChunks], list[str]]:
        items: list[store_ops.StoredChunks] = []
        texts: list[str] = []
        for p in todo:
            text = embedding_text(p.title, p.body)
            offsets = self.embedder.token_offsets(text)
            chunks = chunk_spans(
                offsets,
                window=self.embedder.max_tokens,
                overlap=min(CHUNK_OVERLAP, self.embedder.max_tokens // 4),
                text_length=len(text),
            )
            spans = [(c.start, c.end) for c in chunks]
            texts += [text[s:e] for s, e in spans]
            items.append(
                store_ops.StoredChunks(p.memory_id, p.content_hash, spans, np.empty(0, np.uint8))
            )
        return items, texts

    def run_until_done(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Foreground indexing (`memshadow index`): resumes where any earlier run stopped."""
        total = self.status().pending
        done = 0
        while (n := self.embed_step(batch=128)) > 0:
            done += n
            if progress:
                progress(min(done, total), max(total, done))
            self.events.publish(INDEX_PROGRESS, done=done, total=max(total, done))
        self._prune_quietly()
        return done

    def _prune_quietly(self) -> None:
        try:
            self.prune_unused()
        except Exception:  # only space is lost; the next session tries again
            log.exception("dropping unused vectors failed")

    def prune_unused(self) -> int:
        """Drop stored vectors no installed model can use (a removed model, the build an
        upgrade replaced): at 100k memories they are tens of MB. Vectors of other installed
        models and precisions stay, so switching back does not embed everything again.
        Runs once per session, after this model's vectors are complete."""
        if self._keep_models is None or self._pruned:
            return 0
        keep = self._keep_models() | {self.embedder.fingerprint}
        dropped = 0
        if self.store.read(store_ops.stored_models) - keep:
            # A batch per write; the last (empty) one drops the models' code ranges.
            while n := self.store.write(store_ops.prune_models, keep):
                dropped += n
        self._pruned = True
        return dropped

    def _run(self) -> None:
        _lower_thread_priority()
        while not self._stop.is_set():
            self._wake.wait(timeout=30)
            self._wake.clear()
            while not self._stop.is_set():
                paused = self._pause_reason()
                self._paused = paused
                if paused:
                    break
                try:
                    n = self.embed_step(embedder=self._background_embedder())
                except Exception:  # keep the indexer alive; the next wake retries
                    log.exception("background embedding failed")
                    break
                if n == 0:
                    self._release_background()
                    self._prune_quietly()
                    break
                pending = self.status().pending
                self.events.publish(INDEX_PROGRESS, done=n, pending=pending)
                time.sleep(0)  # let other threads in between batches

    def _background_embedder(self) -> Embedder | None:
        if self._background is None and self._background_factory is not None:
            candidate = self._background_factory()
            # Only a session of the very same model and precision may write vectors.
            if candidate is not None and candidate.fingerprint == self.embedder.fingerprint:
                self._background = candidate
        return self._background

    def _release_background(self) -> None:
        """Nothing left to embed: give the background session's memory back."""
        if self._background is not None:
            save_stats = getattr(self._background, "save_stats", None)
            if save_stats is not None and self.stats_paths is not None:
                save_stats(self.stats_paths)
            self._background = None

    def _pause_reason(self) -> Notice | None:
        if self._battery_floor is None:
            return None
        try:
            import psutil

            battery = psutil.sensors_battery()
        except Exception:
            return None
        if (
            battery is not None
            and not battery.power_plugged
            and battery.percent < self._battery_floor
        ):
            return Notice(
                PAUSED_BATTERY, {"percent": round(battery.percent), "floor": self._battery_floor}
            )
        return None

    # --- searching ----------------------------------------------------------------------------

    def search(self, query: str, *, mode: str = "hybrid", limit: int = 10) -> list[Hit]:
        if mode == "fts":
            return [_from_fts(h) for h in self.store.read(mem.search, query, limit=limit)]
        if mode == "hybrid":
            # The full-text side runs on a reader thread while the query is embedded and the
            # vectors scanned (a short query embeds no faster on two cores than on one).
            lexical_side = self.store.read_later(
                lexical.prepare, query, CANDIDATES, self._frequencies
            )
            return self._hybrid(lexical_side, self.embedder.embed([query])[0], limit)
        qvec = self.embedder.embed([query])[0]
        if mode == "semantic":
            vhits = self.index.search(qvec, limit)
            memories = self._memories([h.memory_id for h in vhits])
            return [
                Hit(
                    memories[h.memory_id],
                    h.score,
                    self._excerpt(memories[h.memory_id], h.chunk),
                    _chunk_json(h.chunk),
                    {"cosine": h.score, "bm25": None},
                )
                for h in vhits
                if h.memory_id in memories
            ]
        raise InvalidInputError(f"unknown search mode {mode!r} (use {', '.join(MODES)})")

    def _hybrid(
        self, lexical_side: Future[lexical.Prepared], qvec: np.ndarray, limit: int
    ) -> list[Hit]:
        """Closest memories in meaning and the best matches of the query's rarer words, each
        ranked by cosine x (1 + w x normalised BM25). BM25 is computed only for candidates
        that could still reach the first ``limit``: a boost is at most 1 + w, so a memory whose
        cosine is below the ``limit``-th best cosine / (1 + w) cannot."""
        vhits = {h.memory_id: h for h in self.index.search(qvec, CANDIDATES)}
        prepared = lexical_side.result()
        vhits.update(self.index.score(qvec, [m for m in prepared.rare if m not in vhits]))
        cosines = sorted((h.score for h in vhits.values()), reverse=True)
        floor = cosines[min(limit, len(cosines)) - 1] / (1 + self.bm25_weight) if cosines else 0
        by_cosine = sorted(vhits, key=lambda m: -vhits[m].score)
        keep = [m for m in by_cosine if vhits[m].score >= floor or floor <= 0]
        keep = keep[: SCORED_PER_RESULT * limit]
        # Full-text matches not embedded yet (indexing in progress) are listed too.
        keep += [m for m in prepared.rare if m not in vhits]
        lex = self.store.read(lexical.score, prepared, keep)
        cosine = {m: vhits[m].score for m in lex.memories if m in vhits}
        bm25 = {m: s for m, s in lex.bm25.items() if s > 0}
        fused = fuse(cosine, bm25, weight=self.bm25_weight, limit=limit)
        out = []
        for f in fused:
            memory = lex.memories[f.memory_id]
            vh = vhits.get(f.memory_id)
            # The words marked where the body has them, else the closest chunk.
            snippet = lexical.snippet(memory.body, prepared.matcher) if f.bm25 else None
            out.append(
                Hit(
                    memory,
                    f.score,
                    snippet or self._excerpt(memory, vh.chunk if vh else None),
                    _chunk_json(vh.chunk) if vh else None,
                    {"cosine": f.cosine, "bm25": f.bm25},
                )
            )
        return out

    def related(self, memory_id: str, limit: int = 10) -> list[Hit]:
        """Memories closest in meaning to a given one (by its chunks' mean vector)."""
        memory = self.store.read(mem.get, memory_id)
        vectors = self.index.vectors_of(memory.id)
        if vectors is None:
            vectors = self.embedder.embed([embedding_text(memory.title, memory.body)])
        centre = vectors.astype(np.float32).mean(axis=0)
        centre /= np.linalg.norm(centre) or 1.0
        hits = [h for h in self.index.search(centre, limit + 1) if h.memory_id != memory.id]
        memories = self._memories([h.memory_id for h in hits])
        return [
            Hit(
                memories[h.memory_id],
                h.score,
                self._excerpt(memories[h.memory_id], h.chunk),
                _chunk_json(h.chunk),
                {"cosine": h.score},
            )
            for h in hits[:limit]
            if h.memory_id in memories
        ]

    def suggest_tags(self, memory_id: str, limit: int = 5) -> list[TagSuggestion]:
        """Tags of the vault whose prototype (mean vector of the memories that carry the tag)
        is closest to this memory; tags it already has are left out."""
        memory = self.store.read(mem.get, memory_id)
        mine = self.index.vectors_of(memory.id)
        if mine is None:
            mine = self.embedder.embed([embedding_text(memory.title, memory.body)])
        centre = _unit(mine.astype(np.float32).mean(axis=0))
        names, protos, support = self._tag_prototypes(exclude=memory.id)
        if not names:
            return []
        sims = protos @ centre
        # Confidence: a softmax over every tag, so it reads as "how sure among the choices".
        weights = np.exp((sims - sims.max()) / TAG_TEMPERATURE)
        confidence = weights / weights.sum()
        order = np.argsort(-sims)
        out = []
        for i in order:
            if names[i] in memory.tags:
                continue
            out.append(TagSuggestion(names[i], float(sims[i]), float(confidence[i]), support[i]))
            if len(out) == limit:
                break
        return out

    def _tag_prototypes(self, exclude: str) -> tuple[list[str], np.ndarray, list[int]]:
        tagged = self.store.read(
            lambda c: c.execute(
                "SELECT id, tags FROM memories WHERE deleted = 0 AND tags != '[]'"
            ).fetchall()
        )
        sums: dict[str, np.ndarray] = {}
        counts: dict[str, int] = {}
        for mid, tags_json in tagged:
            if mid == exclude:
                continue
            vecs = self.index.vectors_of(mid)
            if vecs is None:
                continue
            v = _unit(vecs.astype(np.float32).mean(axis=0))
            for tag in json.loads(tags_json):
                sums[tag] = sums.get(tag, 0) + v
                counts[tag] = counts.get(tag, 0) + 1
        names = sorted(t for t, n in counts.items() if n >= MIN_TAG_SUPPORT)
        if not names:
            return [], np.empty((0, self.embedder.dim), dtype=np.float32), []
        protos = np.vstack([_unit(sums[t]) for t in names])
        return names, protos, [counts[t] for t in names]

    def _memories(self, ids: list[str]) -> dict[str, Memory]:
        return {m.id: m for m in self.store.read(mem.get_many, ids)}

    @staticmethod
    def _excerpt(memory: Memory, chunk: ChunkRef | None) -> str:
        text = embedding_text(memory.title, memory.body)
        if chunk is not None:
            text = text[chunk.start : chunk.end]
        text = re.sub(r"\s+", " ", text).strip()
        return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + "…"


def load_index(store: Store, fingerprint: str) -> VectorIndex | None:
    """The vectors of model ``fingerprint`` as an index, None when it has none stored yet.
    Needs only the fingerprint, so it can run while the model itself loads."""
    if store.read(store_ops.legacy_rows, fingerprint):
        store.write(store_ops.convert_legacy, fingerprint, None)
    space = store.read(store_ops.codec, fingerprint)
    if space is None:
        return None
    index = VectorIndex(space.dim, space)
    # Every reader thread decrypts and fetches a part of the table while this one hands the
    # batches to faiss.
    batches: queue.SimpleQueue[store_ops.LoadedBatch | None] = queue.SimpleQueue()

    def produce(conn: Any, rows: tuple[int, int]) -> None:
        try:
            for batch in store_ops.load(conn, fingerprint, rows):
                batches.put(batch)
        finally:
            batches.put(None)

    parts = store.read(store_ops.row_ranges, store.readers)
    fetching = [store.read_later(produce, rows) for rows in parts]
    running = len(fetching)
    while running:
        batch = batches.get()
        if batch is None:
            running -= 1
            continue
        # Stored codes go to faiss as they are.
        index.put_many(batch.memory_ids, batch.counts, batch.spans, batch.codes, replace=False)
    for part in fetching:
        part.result()  # raises what a reader met, if anything
    return index


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def _from_fts(hit: SearchHit) -> Hit:
    return Hit(hit.memory, hit.score, hit.snippet, None, {"cosine": None, "bm25": hit.score})


def _chunk_json(chunk: ChunkRef | None) -> dict[str, int] | None:
    if chunk is None:
        return None
    return {"index": chunk.chunk, "start": chunk.start, "end": chunk.end}


def _lower_thread_priority() -> None:
    """Background embedding yields to everything else (per-thread nice on Linux)."""
    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
