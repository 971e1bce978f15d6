"""What search needs from an embedding model; the inference engine provides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    @property
    def fingerprint(self) -> str:
        """Model + precision: stored with every vector, so a change re-embeds."""

    @property
    def dim(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """Content tokens per window (the model's limit minus its special tokens)."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in input order."""

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        """(start, end) character offsets of each content token, untruncated."""
