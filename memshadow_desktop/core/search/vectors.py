"""The in-memory vector index: brute-force inner product over every chunk vector.

Every vector is compared with the query (no approximate neighbour graph), in a compact dtype:
faiss's flat scalar quantizer at 8 bits per dimension on a uniform range (384 bytes for a
384-dimension model, a quarter of float32), with SIMD kernels. Unit vectors' components stay
well inside the range (all-MiniLM-L6-v2's largest on the TIL notes: 0.27), and a step of
under 0.004 per component leaves rankings as they were (MRR@10 is measured by
`memshadow bench search`). It lives only in memory; the encrypted store is its source of truth.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable
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


class VectorIndex:
    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._lock = threading.RLock()
        self._quantizer = faiss.IndexScalarQuantizer(
            dim, faiss.ScalarQuantizer.QT_8bit_uniform, faiss.METRIC_INNER_PRODUCT
        )
        self._index = faiss.IndexIDMap2(self._quantizer)
        self._refs: dict[int, ChunkRef] = {}
        self._labels: dict[str, list[int]] = defaultdict(list)
        self._next = 0

    def __len__(self) -> int:
        return len(self._refs)

    @property
    def memory_count(self) -> int:
        return len(self._labels)

    def nbytes(self) -> int:
        """Bytes held by the vectors themselves."""
        return len(self._refs) * int(self._quantizer.sa_code_size())

    def _train(self, vectors: np.ndarray) -> None:
        """Fix the quantizer's range once: comfortably wider than the first vectors seen."""
        if self._quantizer.is_trained:
            return
        bound = max(RANGE_FLOOR, RANGE_MARGIN * float(np.abs(vectors).max(initial=0.0)))
        self._quantizer.train(
            np.vstack([np.full(self.dim, -bound), np.full(self.dim, bound)]).astype(np.float32)
        )

    def put(self, refs: list[ChunkRef], vectors: np.ndarray, *, replace: bool = True) -> None:
        """Replace the chunks of every memory named in ``refs`` with these (``replace=False``
        when they are known to be new, as when loading)."""
        if len(refs) != len(vectors):
            raise ValueError("one vector per chunk")
        with self._lock:
            if replace:
                self.remove({r.memory_id for r in refs})
            if not refs:
                return
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            self._train(vectors)
            labels = np.arange(self._next, self._next + len(refs), dtype=np.int64)
            self._next += len(refs)
            self._index.add_with_ids(vectors, labels)
            for label, ref in zip(labels.tolist(), refs, strict=True):
                self._refs[label] = ref
                self._labels[ref.memory_id].append(label)

    def remove(self, memory_ids: Iterable[str]) -> None:
        with self._lock:
            labels = [lb for mid in memory_ids for lb in self._labels.pop(mid, [])]
            if not labels:
                return
            # faiss wraps remove_ids to accept an id array; its stubs only know IDSelector.
            self._index.remove_ids(np.asarray(labels, dtype=np.int64))  # type: ignore[arg-type]
            for label in labels:
                del self._refs[label]

    def search(self, query: np.ndarray, limit: int) -> list[VectorHit]:
        """The best chunk of each of the ``limit`` closest memories, best first."""
        with self._lock:
            if not self._refs:
                return []
            # Ask for more chunks than memories: several chunks may belong to one memory.
            k = min(len(self._refs), max(limit * 4, limit + 16))
            scores, labels = self._index.search(_row(query), k)
            best: dict[str, VectorHit] = {}
            for score, label in zip(scores[0].tolist(), labels[0].tolist(), strict=True):
                if label < 0:
                    continue
                ref = self._refs[label]
                if ref.memory_id not in best:
                    best[ref.memory_id] = VectorHit(ref.memory_id, float(score), ref)
                    if len(best) == limit:
                        break
            return list(best.values())

    def score(self, query: np.ndarray, memory_ids: Iterable[str]) -> dict[str, VectorHit]:
        """Exact scores for specific memories (their best chunk), e.g. full-text candidates."""
        out: dict[str, VectorHit] = {}
        q = _row(query)[0]
        with self._lock:
            for mid in memory_ids:
                labels = self._labels.get(mid)
                if not labels:
                    continue
                vecs = np.vstack([self._index.reconstruct(lb) for lb in labels])
                sims = vecs @ q
                i = int(np.argmax(sims))
                out[mid] = VectorHit(mid, float(sims[i]), self._refs[labels[i]])
        return out

    def vectors_of(self, memory_id: str) -> np.ndarray | None:
        with self._lock:
            labels = self._labels.get(memory_id)
            if not labels:
                return None
            return np.vstack([self._index.reconstruct(lb) for lb in labels])


def _row(vector: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
