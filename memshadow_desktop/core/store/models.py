"""Row types of the store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

FIELD_NAMES = ("title", "body", "tags", "source", "pinned", "deleted")


def normalize_tags(tags: list[str] | tuple[str, ...] | None) -> list[str]:
    """Trimmed, de-duplicated, sorted: the same set of tags always hashes the same."""
    seen = {t.strip() for t in tags or () if t and t.strip()}
    return sorted(seen, key=lambda t: (t.casefold(), t))


@dataclass(frozen=True)
class Fields:
    """The user-visible content of a memory at one revision."""

    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    source: str | None = None
    pinned: bool = False
    deleted: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "source": self.source,
            "pinned": bool(self.pinned),
            "deleted": bool(self.deleted),
        }

    def replace(self, **changes: Any) -> Fields:
        values = self.as_dict()
        values.update(changes)
        values["tags"] = normalize_tags(values["tags"])
        return Fields(**values)


@dataclass(frozen=True)
class Memory:
    id: str
    fields: Fields
    created_at: str
    updated_at: str
    head_rev: str
    hlc: str
    content_hash: str

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def body(self) -> str:
        return self.fields.body

    @property
    def tags(self) -> list[str]:
        return self.fields.tags

    @property
    def source(self) -> str | None:
        return self.fields.source

    @property
    def deleted(self) -> bool:
        return self.fields.deleted

    def to_json(self, *, with_body: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.fields.title,
            "source": self.fields.source,
            "tags": list(self.fields.tags),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "pinned": self.fields.pinned,
            "deleted": self.fields.deleted,
            "head_rev": self.head_rev,
        }
        if with_body:
            out["body"] = self.fields.body
        return out

    @classmethod
    def from_row(cls, row: Any) -> Memory:
        (mid, title, body, tags, source, created, updated, pinned, deleted, head, hlc, chash) = row
        return cls(
            mid,
            Fields(title, body, json.loads(tags), source, bool(pinned), bool(deleted)),
            created,
            updated,
            head,
            hlc,
            chash,
        )


MEMORY_COLUMNS = (
    "id, title, body, tags, source, created_at, updated_at, pinned, deleted, head_rev, hlc, "
    "content_hash"
)


@dataclass(frozen=True)
class Revision:
    rev_id: str
    memory_id: str
    parents: list[str]
    fields: Fields
    content_hash: str
    hlc: str
    device_id: str
    created_at: str
    op: str

    def to_json(self, *, with_body: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rev": self.rev_id,
            "memory_id": self.memory_id,
            "parents": self.parents,
            "op": self.op,
            "hlc": self.hlc,
            "device_id": self.device_id,
            "created_at": self.created_at,
            "title": self.fields.title,
            "tags": self.fields.tags,
            "source": self.fields.source,
            "pinned": self.fields.pinned,
            "deleted": self.fields.deleted,
            "content_hash": self.content_hash,
            "size": len(self.fields.body.encode()),
        }
        if with_body:
            out["body"] = self.fields.body
        return out

    @classmethod
    def from_row(cls, row: Any) -> Revision:
        (
            rev,
            mid,
            parents,
            title,
            body,
            tags,
            source,
            pinned,
            deleted,
            chash,
            hlc,
            dev,
            created,
            op,
        ) = row
        return cls(
            rev,
            mid,
            json.loads(parents),
            Fields(title, body, json.loads(tags), source, bool(pinned), bool(deleted)),
            chash,
            hlc,
            dev,
            created,
            op,
        )


REVISION_COLUMNS = (
    "rev_id, memory_id, parents, title, body, tags, source, pinned, deleted, content_hash, hlc, "
    "device_id, created_at, op"
)


@dataclass(frozen=True)
class SearchHit:
    memory: Memory
    score: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        out = self.memory.to_json(with_body=False)
        out["score"] = self.score
        out["snippet"] = self.snippet
        return out
