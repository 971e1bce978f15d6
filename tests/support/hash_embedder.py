"""A tiny deterministic embedder for unit tests: hashed bag of words, L2-normalised.

Texts that share words get similar vectors, which is all the indexing, chunking and fusion
logic needs; integration tests use the real model.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence

import numpy as np

_WORD = re.compile(r"\w+")


class HashEmbedder:
    def __init__(self, dim: int = 64, max_tokens: int = 16, name: str = "hash-v1") -> None:
        self._dim = dim
        self._max_tokens = max_tokens
        self._name = name
        self.calls_by_thread: list[str] = []

    @property
    def fingerprint(self) -> str:
        return f"{self._name}/{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _WORD.finditer(text)]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls_by_thread.append(threading.current_thread().name)
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for i, text in enumerate(texts):
            words = [m.group().lower() for m in _WORD.finditer(text)][: self._max_tokens]
            for w in words:
                h = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=4).digest(), "little")
                out[i, h % self._dim] += 1.0
            norm = np.linalg.norm(out[i])
            out[i] = out[i] / norm if norm else out[i]
        return out
