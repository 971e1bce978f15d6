"""The in-memory vector index: brute-force inner product over every chunk vector.

Every vector is compared with the query (no approximate neighbour graph), in a compact dtype:
faiss's flat scalar quantizer at 8 bits per dimension on a uniform range (384 bytes for a
384-dimension model, a quarter of float32), with SIMD kernels. Unit vectors' components stay
well inside the range (all-MiniLM-L6-v2's largest on the TIL notes: 0.27), and a step of
under 0.004 per component leaves rankings as they were (MRR@10 is measured by
`memshadow bench search`). The encrypted store keeps the very same 8-bit codes (its range is
saved with them), so unlocking hands stored codes to faiss as they are: no decoding, no
re-encoding, and half the bytes of float16 to decrypt.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import faiss
import numpy as np

_omp_set = threading.local()


def _single_threaded() -> None:
    """No OpenMP team inside faiss for the calling thread: one query is not split by it
    anyway (the scan runs on our own threads, a group of shards each), and OpenMP's thread
    count is per thread: a worker thread (the window's searches, the indexer) otherwise got a
    team whose idle member spins on the other core, which halved the scan on two cores.
    Once per thread: the call itself costs tens of microseconds."""
    if not getattr(_omp_set, "done", False):
        faiss.omp_set_num_threads(1)
        _omp_set.done = True


_single_threaded()

# The quantizer's range: at least +-0.5, or 1.5 times the largest component first seen.
RANGE_FLOOR = 0.5
RANGE_MARGIN = 1.5


@dataclass(frozen=True)
class ChunkRef:
    memory_id: str
    chunk: int
    start: int
    end: int


@dataclass(frozen=True)
class VectorHit:
    memory_id: str
    score: float
    chunk: ChunkRef


class Codec:
    """8-bit codes over [-bound, bound] in every dimension (faiss's uniform scalar quantizer)."""

    def __init__(self, dim: int, bound: float) -> None:
        self.dim = dim
        self.bound = float(bound)
        self.quantizer = self.empty_index()

    def empty_index(self) -> faiss.IndexScalarQuantizer:
        """A flat index holding codes of this range (none yet)."""
        index = faiss.IndexScalarQuantizer(
            self.dim, faiss.ScalarQuantizer.QT_8bit_uniform, faiss.METRIC_INNER_PRODUCT
        )
        index.train(
            np.vstack([np.full(self.dim, -self.bound), np.full(self.dim, self.bound)]).astype(
                np.float32
            )
        )
        return index

    @classmethod
    def fitting(cls, dim: int, vectors: np.ndarray) -> Codec:
        """A range comfortably wider than these (the first) vectors."""
        return cls(dim, max(RANGE_FLOOR, RANGE_MARGIN * float(np.abs(vectors).max(initial=0.0))))

    @property
    def code_size(self) -> int:
        return int(self.quantizer.sa_code_size())

    def encode(self, vectors: np.ndarray) -> np.ndarray:
        _single_threaded()
        x = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        return self.quantizer.sa_encode(x)

    def decode(self, codes: np.ndarray) -> np.ndarray:
        _single_threaded()
        return self.quantizer.sa_decode(np.ascontiguousarray(codes, dtype=np.uint8))


SHARD_CODES = 1 << 15  # codes per faiss index (12.6 MB at 384 dimensions)
SCAN_THREADS = max(1, min(4, os.cpu_count() or 1))
_scan_pool: ThreadPoolExecutor | None = None
_scan_pool_lock = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    global _scan_pool
    with _scan_pool_lock:
        if _scan_pool is None:
            _scan_pool = ThreadPoolExecutor(SCAN_THREADS - 1, thread_name_prefix="vector-scan")
        return _scan_pool


class ShardedCodes:
    """Codes in flat faiss indexes of SHARD_CODES each, scanned side by side.

    A query is one pass over every code, bound by memory bandwidth on one core: at 100,000
    memories (64 MB) the other core would idle for 5 ms. Shards are searched on up to
    SCAN_THREADS threads (faiss releases the GIL) and their best lists merged: 5.4 -> 2.9 ms
    on this machine's two cores. A label is a code's position over all shards in order."""

    def __init__(self, codec: Codec) -> None:
        self.codec = codec
        self.shards: list[faiss.IndexScalarQuantizer] = []

    @property
    def ntotal(self) -> int:
        return sum(int(shard.ntotal) for shard in self.shards)

    def add(self, codes: np.ndarray) -> None:
        codes = np.ascontiguousarray(codes, dtype=np.uint8)
        at = 0
        while at < len(codes):
            if not self.shards or self.shards[-1].ntotal >= SHARD_CODES:
                self.shards.append(self.codec.empty_index())
            last = self.shards[-1]
            take = min(SHARD_CODES - int(last.ntotal), len(codes) - at)
            last.add_sa_codes(codes[at : at + take])
            at += take

    def search(
        self, query: np.ndarray, k: int, params: list[faiss.SearchParameters | None]
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best (scores, labels), best first; ``params[i]`` for shard i."""

        def scan(shards: list[int]) -> list[tuple[np.ndarray, np.ndarray]]:
            _single_threaded()
            out = []
            for i in shards:
                shard = self.shards[i]
                scores, local = shard.search(query, min(k, int(shard.ntotal)), params=params[i])
                found = local[0] >= 0
                out.append((scores[0][found], local[0][found] + i * SHARD_CODES))
            return out

        groups = [list(range(g, len(self.shards), SCAN_THREADS)) for g in range(SCAN_THREADS)]
        groups = [g for g in groups if g]
        others = [_pool().submit(scan, g) for g in groups[1:]]
        parts = scan(groups[0]) + [part for f in others for part in f.result()]
        scores = np.concatenate([p[0] for p in parts])
        labels = np.concatenate([p[1] for p in parts])
        best = np.argsort(-scores, kind="stable")[:k]
        return scores[best], labels[best]

    def _views(self) -> list[np.ndarray]:
        """Each shard's codes as a (rows, code size) array, without copying."""
        size = self.codec.code_size
        return [
            faiss.rev_swig_ptr(s.codes.data(), int(s.ntotal) * size).reshape(-1, size)
            for s in self.shards
        ]

    def decode(self, labels: np.ndarray) -> np.ndarray:
        """The vectors (decoded) at these labels, in that order."""
        views = self._views()
        shard, local = np.divmod(labels, SHARD_CODES)
        codes = np.empty((len(labels), self.codec.code_size), dtype=np.uint8)
        for i in np.unique(shard).tolist():
            rows = shard == i
            codes[rows] = views[i][local[rows]]
        return self.codec.decode(codes)

    def codes(self) -> np.ndarray:
        """Every code, in label order (a copy)."""
        return np.concatenate(self._views() or [np.empty((0, self.codec.code_size), np.uint8)])


class VectorIndex:
    """Chunks of memories as 8-bit codes, a memory's chunks at consecutive labels (a label is
    the code's position over the shards' flat arrays). What a label points to lives in numpy arrays
    built a batch at a time, so unlocking a vault of 100,000 memories takes milliseconds here.

    Removing a memory only marks its labels dead (a bitmap the scan skips): faiss's own
    removal moves every later code and would cost an edit a copy of the whole index. Dead
    codes are dropped in one pass once they are a quarter of the index."""

    def __init__(self, dim: int, codec: Codec | None = None) -> None:
        self.dim = dim
        self.codec = codec
        self._lock = threading.RLock()
        self._index: ShardedCodes | None = None
        self._slots: list[str | None] = []  # slot -> memory id (None once replaced or removed)
        self._owner = np.empty(0, dtype=np.int32)  # label -> slot
        self._first = np.empty(0, dtype=np.int64)  # label -> first label of its memory
        self._spans = np.empty((0, 2), dtype=np.int32)  # label -> (start, end) in the text
        self._labels: dict[str, range] = {}
        self._count = 0  # live chunks
        self._dead = 0  # chunks removed but still in faiss
        self._alive = np.empty(0, dtype=np.uint8)  # bitmap over labels, for faiss's scan
        self._params: list[faiss.SearchParameters | None] | None = None
        self._selectors: list[faiss.IDSelectorBitmap] = []

    def __len__(self) -> int:
        return self._count

    @property
    def memory_count(self) -> int:
        return len(self._labels)

    def nbytes(self) -> int:
        """Bytes held by the codes (dead ones too, until they are dropped)."""
        code_size = self.codec.code_size if self.codec else self.dim
        return (self._count + self._dead) * code_size

    def _ready(self, vectors: np.ndarray | None = None) -> ShardedCodes:
        if self.codec is None:
            if vectors is None:
                raise ValueError("the index has no range yet")
            self.codec = Codec.fitting(self.dim, vectors)
        if self._index is None:
            self._index = ShardedCodes(self.codec)
        return self._index

    def encode(self, vectors: np.ndarray) -> np.ndarray:
        """Codes for ``vectors`` (fixing the range from them if this is the first call)."""
        with self._lock:
            self._ready(vectors)
            assert self.codec is not None
            return self.codec.encode(vectors)

    def put(self, refs: list[ChunkRef], vectors: np.ndarray, *, replace: bool = True) -> None:
        """Replace the chunks of every memory named in ``refs`` with these (``replace=False``
        when they are known to be new)."""
        if len(refs) != len(vectors):
            raise ValueError("one vector per chunk")
        if not refs:
            return
        with self._lock:
            codes = self.encode(vectors)
            by_memory: dict[str, list[int]] = {}
            for i, ref in enumerate(refs):
                by_memory.setdefault(ref.memory_id, []).append(i)
            order = [i for rows in by_memory.values() for i in rows]
            spans = np.asarray([(refs[i].start, refs[i].end) for i in order], dtype=np.int32)
            counts = [len(rows) for rows in by_memory.values()]
            self.put_many(list(by_memory), counts, spans, codes[order], replace=replace)

    def put_codes(
        self, memory_id: str, spans: np.ndarray, codes: np.ndarray, *, replace: bool = True
    ) -> None:
        """One memory's chunks as stored codes, (start, end) character spans in order."""
        self.put_many([memory_id], [len(spans)], spans, codes, replace=replace)

    def put_many(
        self,
        memory_ids: Sequence[str],
        counts: Sequence[int],
        spans: np.ndarray,
        codes: np.ndarray,
        *,
        replace: bool = True,
    ) -> None:
        """Several memories at once: ``counts`` chunks each, rows of ``spans``/``codes`` in the
        same order (how unlocking loads the store, a few thousand memories per call)."""
        with self._lock:
            if replace:
                self.remove(memory_ids)  # may compact, which replaces the faiss index
            index = self._ready()
            sizes = np.asarray(counts, dtype=np.int64)
            total = int(sizes.sum())
            if total == 0:
                return
            start = index.ntotal
            index.add(np.asarray(codes, dtype=np.uint8).reshape(total, -1))
            self._params = None  # a new shard needs its own part of the bitmap
            firsts = start + np.cumsum(sizes) - sizes
            end = start + total
            self._reserve(end)
            slot0 = len(self._slots)
            self._slots.extend(memory_ids)
            self._owner[start:end] = np.repeat(
                np.arange(slot0, slot0 + len(sizes), dtype=np.int32), sizes
            )
            self._first[start:end] = np.repeat(firsts, sizes)
            self._spans[start:end] = np.asarray(spans, np.int32).reshape(-1, 2)
            self._set_alive(start, end, True)
            self._labels.update(
                zip(memory_ids, map(range, firsts.tolist(), (firsts + sizes).tolist()), strict=True)
            )
            self._count += total

    def remove(self, memory_ids: Iterable[str]) -> None:
        with self._lock:
            for mid in memory_ids:
                labels = self._labels.pop(mid, None)
                if not labels:
                    continue
                self._slots[int(self._owner[labels.start])] = None
                self._set_alive(labels.start, labels.stop, False)
                self._count -= len(labels)
                self._dead += len(labels)
            if self._dead and self._dead * 4 >= self._count + self._dead:
                self._compact()

    def _reserve(self, size: int) -> None:
        """Room for ``size`` labels in the per-label arrays (doubling, as a list would)."""
        if size <= len(self._owner):
            return
        grown = max(size, 2 * len(self._owner), 1024)
        for name in ("_owner", "_first", "_spans"):
            old = getattr(self, name)
            new = np.empty((grown, *old.shape[1:]), dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)
        bitmap = np.zeros((grown + 7) // 8, dtype=np.uint8)
        bitmap[: len(self._alive)] = self._alive
        self._alive = bitmap
        self._params = None

    def _set_alive(self, start: int, end: int, alive: bool) -> None:
        """Set labels start..end-1 in the bitmap, in place (faiss reads it by pointer)."""
        if end <= start:
            return
        lo, hi = start // 8, (end - 1) // 8 + 1
        bits = np.unpackbits(self._alive[lo:hi], bitorder="little")
        bits[start - 8 * lo : end - 8 * lo] = alive
        self._alive[lo:hi] = np.packbits(bits, bitorder="little")

    def _search_params(self) -> list[faiss.SearchParameters | None]:
        """Per shard; only when codes are dead does the scan consult the bitmap."""
        assert self._index is not None
        shards = len(self._index.shards)
        if not self._dead:
            return [None] * shards
        if self._params is None or len(self._params) != shards:
            self._params, self._selectors = [], []
            for i in range(shards):
                # The shard's own stretch of the bitmap (SHARD_CODES is a multiple of 8).
                part = self._alive[i * SHARD_CODES // 8 : (i + 1) * SHARD_CODES // 8]
                selector = faiss.IDSelectorBitmap(len(part), faiss.swig_ptr(part))
                params = faiss.SearchParameters()
                params.sel = selector
                self._params.append(params)
                # faiss holds the selector and the bitmap by raw pointer.
                self._selectors.append(selector)
        return self._params

    def _compact(self) -> None:
        """Drop dead codes: live memories move down to fresh consecutive labels."""
        assert self._index is not None
        ordered = sorted(self._labels.items(), key=lambda item: item[1].start)
        keep = np.concatenate(
            [np.arange(r.start, r.stop, dtype=np.int64) for _, r in ordered]
            or [np.empty(0, np.int64)]
        )
        codes = self._index.codes()[keep]
        spans = self._spans[keep].copy()
        self._index = None
        self._slots, self._labels = [], {}
        self._owner = np.empty(0, dtype=np.int32)
        self._first = np.empty(0, dtype=np.int64)
        self._spans = np.empty((0, 2), dtype=np.int32)
        self._alive = np.empty(0, dtype=np.uint8)
        self._count = self._dead = 0
        self._params = None
        self.put_many(
            [mid for mid, _ in ordered], [len(r) for _, r in ordered], spans, codes, replace=False
        )

    def _ref(self, label: int) -> ChunkRef:
        mid = self._slots[int(self._owner[label])]
        assert mid is not None
        start, end = self._spans[label].tolist()
        return ChunkRef(mid, label - int(self._first[label]), start, end)

    def search(self, query: np.ndarray, limit: int) -> list[VectorHit]:
        """The best chunk of each of the ``limit`` closest memories, best first."""
        with self._lock:
            if not self._count or self._index is None:
                return []
            # Ask for more chunks than memories: several chunks may belong to one memory.
            k = min(self._count, max(limit * 4, limit + 16))
            scores, labels = self._index.search(_row(query), k, self._search_params())
            best: dict[str, VectorHit] = {}
            for score, label in zip(scores.tolist(), labels.tolist(), strict=True):
                if label < 0:
                    continue
                mid = self._slots[int(self._owner[label])]
                if mid is not None and mid not in best:
                    best[mid] = VectorHit(mid, float(score), self._ref(label))
                    if len(best) == limit:
                        break
            # Equal scores in a fixed order: where codes sit in the index depends on how the
            # store was read, and the same vault should answer the same way every time.
            return sorted(best.values(), key=lambda h: (-h.score, h.memory_id))

    def score(self, query: np.ndarray, memory_ids: Iterable[str]) -> dict[str, VectorHit]:
        """Scores for specific memories (their best chunk), e.g. full-text candidates: their
        codes are gathered and decoded in one call."""
        out: dict[str, VectorHit] = {}
        q = _row(query)[0]
        with self._lock:
            if self._index is None:
                return out
            found = [(mid, r) for mid in memory_ids if (r := self._labels.get(mid))]
            if not found:
                return out
            labels = np.concatenate([np.arange(r.start, r.stop) for _, r in found])
            sims = self._index.decode(labels) @ q
            at = 0
            for mid, r in found:
                i = at + int(np.argmax(sims[at : at + len(r)]))
                out[mid] = VectorHit(mid, float(sims[i]), self._ref(int(labels[i])))
                at += len(r)
        return out

    def vectors_of(self, memory_id: str) -> np.ndarray | None:
        with self._lock:
            labels = self._labels.get(memory_id)
            if not labels or self._index is None:
                return None
            return self._index.decode(np.arange(labels.start, labels.stop))


def _row(vector: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
