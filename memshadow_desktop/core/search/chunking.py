"""Splitting long memories into overlapping windows so no part is invisible to search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int  # character offsets into the embedded text
    end: int


def chunk_spans(
    offsets: Sequence[tuple[int, int]], *, window: int, overlap: int, text_length: int
) -> list[Chunk]:
    """Windows of at most ``window`` tokens, each starting ``window - overlap`` tokens after the
    previous one; ``offsets`` are the (start, end) characters of each token (no special tokens).

    A text that fits in one window is one chunk covering all of it.
    """
    if window <= 0 or not 0 <= overlap < window:
        raise ValueError("need window > 0 and 0 <= overlap < window")
    if len(offsets) <= window:
        return [Chunk(0, 0, text_length)]
    step = window - overlap
    chunks: list[Chunk] = []
    start_tok = 0
    while True:
        end_tok = min(start_tok + window, len(offsets))
        start = 0 if start_tok == 0 else offsets[start_tok][0]
        end = text_length if end_tok == len(offsets) else offsets[end_tok - 1][1]
        chunks.append(Chunk(len(chunks), start, end))
        if end_tok == len(offsets):
            return chunks
        start_tok += step


def embedding_text(title: str, body: str) -> str:
    """What gets embedded for a memory: its title, then its body."""
    title = title.strip()
    return f"{title}\n\n{body}" if title and not body.lstrip().startswith(("#", title)) else body
