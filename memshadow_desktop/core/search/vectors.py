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

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import faiss
import numpy as np

# One search thread: a query is a single matrix-vector product, and the other core stays free
# for full-text search and background embedding.
faiss.omp_set_num_threads(1)

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
        self.quantizer = faiss.IndexScalarQuantizer(
            dim, faiss.ScalarQuantizer.QT_8bit_uniform, faiss.METRIC_INNER_PRODUCT
        )
        self.quantizer.train(
            np.vstack([np.full(dim, -self.bound), np.full(dim, self.bound)]).astype(np.float32)
        )

    @classmethod
    def fitting(cls, dim: int, vectors: np.ndarray) -> Codec:
        """A range comfortably wider than these (the first) vectors."""
        return cls(dim, max(RANGE_FLOOR, RANGE_MARGIN * float(np.abs(vectors).max(initial=0.0))))

    @property
    def code_size(self) -> int:
        return int(self.quantizer.sa_code_size())

    def encode(self, vectors: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        return self.quantizer.sa_encode(x)

    def decode(self, codes: np.ndarray) -> np.ndarray:
        return self.quantizer.sa_decode(np.ascontiguousarray(codes, dtype=np.uint8))


class VectorIndex:
    """Chunks of memories as 8-bit codes. Labels are handed out in order, each memory's chunks
    get consecutive ones, and what a label points to lives in flat lists (no object per chunk:
    unlocking a vault of 100,000 memories builds these in milliseconds)."""

    def __init__(self, dim: int, codec: Codec | None = None) -> None:
        self.dim = dim
        self.codec = codec
        self._lock = threading.RLock()
        self._index: faiss.IndexIDMap2 | None = None
        self._owner: list[str | None] = []  # label -> memory id (None once removed)
        self._first: list[int] = []  # label -> the memory's first label (chunk = label - first)
        self._spans = np.empty((1024, 2), dtype=np.int32)  # label -> (start, end), grown

        self._labels: dict[str, range] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def memory_count(self) -> int:
        return len(self._labels)

    def nbytes(self) -> int:
        """Bytes held by the vectors themselves."""
        return self._count * (self.codec.code_size if self.codec else self.dim)

    def _ready(self, vectors: np.ndarray | None = None) -> faiss.IndexIDMap2:
        if self.codec is None:
            if vectors is None:
                raise ValueError("the index has no range yet")
            self.codec = Codec.fitting(self.dim, vectors)
        if self._index is None:
            self._index = faiss.IndexIDMap2(self.codec.quantizer)
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
            index = self._ready()
            if replace:
                self.remove(memory_ids)
            total = int(sum(counts))
            if total == 0:
                return
            start = len(self._owner)
            labels = np.arange(start, start + total, dtype=np.int64)
            index.add_sa_codes(np.ascontiguousarray(codes, dtype=np.uint8), labels)
            at = start
            for mid, n in zip(memory_ids, counts, strict=True):
                self._labels[mid] = range(at, at + n)
                self._owner.extend([mid] * n)
                self._first.extend([at] * n)
                at += n
            if start + total > len(self._spans):
                grown = np.empty((max(2 * len(self._spans), start + total), 2), dtype=np.int32)
                grown[:start] = self._spans[:start]
                self._spans = grown
            self._spans[start : start + total] = np.asarray(spans, np.int32).reshape(-1, 2)
            self._count += total

    def remove(self, memory_ids: Iterable[str]) -> None:
        with self._lock:
            labels = [lb for mid in memory_ids for lb in self._labels.pop(mid, range(0))]
            if not labels or self._index is None:
                return
            # faiss wraps remove_ids to accept an id array; its stubs only know IDSelector.
            self._index.remove_ids(np.asarray(labels, dtype=np.int64))  # type: ignore[arg-type]
            for label in labels:
                self._owner[label] = None
            self._count -= len(labels)

    def _ref(self, label: int) -> ChunkRef:
        mid = self._owner[label]
        assert mid is not None
        start, end = self._spans[label].tolist()
        return ChunkRef(mid, label - self._first[label], start, end)

    def search(self, query: np.ndarray, limit: int) -> list[VectorHit]:
        """The best chunk of each of the ``limit`` closest memories, best first."""
        with self._lock:
            if not self._count or self._index is None:
                return []
            # Ask for more chunks than memories: several chunks may belong to one memory.
            k = min(self._count, max(limit * 4, limit + 16))
            scores, labels = self._index.search(_row(query), k)
            best: dict[str, VectorHit] = {}
            for score, label in zip(scores[0].tolist(), labels[0].tolist(), strict=True):
                if label < 0:
                    continue
                mid = self._owner[label]
                if mid is not None and mid not in best:
                    best[mid] = VectorHit(mid, float(score), self._ref(label))
                    if len(best) == limit:
                        break
            return list(best.values())

    def score(self, query: np.ndarray, memory_ids: Iterable[str]) -> dict[str, VectorHit]:
        """Scores for specific memories (their best chunk), e.g. full-text candidates."""
        out: dict[str, VectorHit] = {}
        q = _row(query)[0]
        with self._lock:
            for mid in memory_ids:
                labels = self._labels.get(mid)
                if not labels or self._index is None:
                    continue
                sims = self._reconstruct(labels) @ q
                i = int(np.argmax(sims))
                out[mid] = VectorHit(mid, float(sims[i]), self._ref(labels[i]))
        return out

    def vectors_of(self, memory_id: str) -> np.ndarray | None:
        with self._lock:
            labels = self._labels.get(memory_id)
            if not labels or self._index is None:
                return None
            return self._reconstruct(labels)

    def _reconstruct(self, labels: range) -> np.ndarray:
        assert self._index is not None
        return np.vstack([self._index.reconstruct(lb) for lb in labels])


def _row(vector: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
