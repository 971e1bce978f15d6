"""Who runs a vault's background work (the indexer and the sync engine), and how it goes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    OWNER = "owner"  # this process runs the indexer and the sync engine
    GUEST = "guest"  # another process does; this one follows its changes
    STOPPED = "stopped"


class OwnerKind(StrEnum):
    WINDOW = "window"
    AGENT = "agent"


@dataclass(frozen=True)
class OwnerInfo:
    """The process that runs a vault's background work."""

    pid: int
    kind: str  # an OwnerKind value
    since: str  # ISO time it took over

    def to_json(self) -> dict[str, Any]:
        return {"pid": self.pid, "kind": self.kind, "since": self.since}


@dataclass(frozen=True)
class RuntimeState:
    role: Role
    kind: str
    owner: OwnerInfo | None  # this process when it owns, the other one when a guest
    indexing: bool  # the background indexer runs in this process
    syncing: bool  # the sync engine runs in this process

    def to_json(self) -> dict[str, Any]:
        return {
            "role": str(self.role),
            "kind": self.kind,
            "owner": self.owner.to_json() if self.owner else None,
            "indexing": self.indexing,
            "syncing": self.syncing,
        }
