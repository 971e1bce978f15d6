"""Search results, tag suggestions and the state of the meaning index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.store.models import Memory

MODES = ("fts", "semantic", "hybrid")
# Markers around matched words in snippets; presentation layers turn them into bold.
MATCH_START, MATCH_END = "\x02", "\x03"

# Why background indexing waits (IndexStatus.paused.code).
PAUSED_BATTERY = "battery_low"  # params: percent, floor
# Search hints (SearchResult.hint).
HINT_NO_MODEL = "no_model"


@dataclass(frozen=True)
class Hit:
    memory: Memory
    score: float
    snippet: str
    chunk: dict[str, int] | None = None
    scores: dict[str, float | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = self.memory.to_json(with_body=False)
        out.update(score=round(self.score, 6), snippet=self.snippet, chunk=self.chunk)
        out["scores"] = self.scores
        return out


@dataclass(frozen=True)
class SearchResult:
    mode: str
    hits: list[Hit]
    hint: str | None = None  # a code the CLI and GUI put in words, e.g. "no_model"
    not_embedded: int = 0  # live memories matched by their words only (no vectors yet)

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "hint": self.hint, "results": [h.to_json() for h in self.hits]}


@dataclass(frozen=True)
class TagSuggestion:
    tag: str
    similarity: float
    confidence: float
    support: int  # memories carrying the tag

    def to_json(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "similarity": round(self.similarity, 4),
            "confidence": round(self.confidence, 4),
            "support": self.support,
        }


@dataclass(frozen=True)
class IndexStatus:
    model: str
    indexed: int
    pending: int
    vectors: int
    vector_bytes: int
    running: bool
    paused: Notice | None

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["paused"] = self.paused.to_json() if self.paused else None
        return out
