"""Sync: setup, status, reports, devices and conflicts, as the service returns them.

``to_json`` gives what ``memshadow ... --json`` prints (a stable shape scripts rely on).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from memshadow_desktop.core.store.models import Revision
from memshadow_desktop.core.sync.errors import (
    AccountExistsError,
    ConfirmationRequiredError,
    DeviceRevokedError,
    NotConfiguredError,
    RecordRejectedError,
    ServerError,
    SyncError,
    SyncPassphraseError,
)
from memshadow_desktop.core.sync.protocol import DeviceType

__all__ = [
    "AccountExistsError",
    "ConfirmationRequiredError",
    "DeviceRevokedError",
    "DeviceType",
    "NotConfiguredError",
    "RecordRejectedError",
    "ServerError",
    "SyncError",
    "SyncPassphraseError",
]

# Engine states (EngineStatus.state).
IDLE, SYNCING, OFFLINE, PAUSED, BLOCKED, REVOKED, ERROR, STOPPED = (
    "idle",
    "syncing",
    "offline",
    "paused",
    "blocked",
    "revoked",
    "error",
    "stopped",
)
NOT_RUNNING = "not running"


@dataclass(frozen=True)
class EngineStatus:
    state: str  # one of the states above, or NOT_RUNNING
    detail: str = ""  # a code (an error code, a fail-safe's reason), never prose
    running: bool = False
    owner_pid: int | None = None  # the process whose engine this is, when not this one

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state}
        if self.state != NOT_RUNNING:
            out.update(detail=self.detail, running=self.running)
        if self.owner_pid is not None:
            out["owner_pid"] = self.owner_pid
        return out


@dataclass(frozen=True)
class Traffic:
    """Bytes of sync traffic: raw (before compression) and on the wire, up and down."""

    up_raw: int
    up_wire: int
    down_raw: int
    down_wire: int

    def to_json(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Operations:
    ok: int
    failed: int

    @property
    def success_rate(self) -> float | None:
        total = self.ok + self.failed
        return round(self.ok / total, 4) if total else None

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "failed": self.failed, "success_rate": self.success_rate}


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    server: str | None
    account: str | None
    device_id: str | None
    engine: EngineStatus
    paused: bool
    blocked: str | None
    revoked: bool
    last_sync: str | None
    last_error: str | None
    cursor: int
    pending: dict[str, int]  # per priority name
    bytes: Traffic
    operations: Operations
    records_pushed: int
    records_pulled: int
    conflicts_open: int
    conflicts_seen: int
    rejected_open: int
    held: int = 0  # memories whose changes are set aside (see `memshadow sync status`)
    insecure: bool = False  # plain http to another machine, asked for with --insecure
    key_version: int | None = None
    server_reachable: bool | None = None
    server_error: str | None = None
    devices_online: int | None = None
    devices: int | None = None
    paused_until: str | None = None  # ISO time a pause ends by itself; None: until resumed

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("server_error", "devices", "paused_until") and value is None:
                continue
            to_json = getattr(value, "to_json", None)
            out[f.name] = to_json() if to_json is not None else value
        out["pending_total"] = self.pending_total
        return out


@dataclass(frozen=True)
class DeviceRef:
    """This device as it introduced itself to the server."""

    id: str
    name: str
    type: str
    capabilities: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class SyncSetupResult:
    server: str
    account: str
    device: DeviceRef
    created: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "account": self.account,
            "device": self.device.to_json(),
            "created": self.created,
        }


@dataclass(frozen=True)
class Device:
    """A device of the account, as the server reports it (times are Unix seconds)."""

    id: str
    name: str
    type: str
    online: bool
    revoked: bool
    current: bool
    last_seen: float | None
    last_sync: float | None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Device:
        return cls(
            str(data["id"]),
            str(data.get("name", "")),
            str(data.get("type", "")),
            bool(data.get("online")),
            bool(data.get("revoked")),
            bool(data.get("current")),
            data.get("last_seen"),
            data.get("last_sync"),
            dict(data),
        )

    def to_json(self) -> dict[str, Any]:
        return dict(self.raw)


@dataclass
class ApplyOutcome:
    stored: int = 0  # revisions new to this device
    created: int = 0
    fast_forwards: int = 0
    identical: int = 0
    merges: int = 0
    acknowledged: int = 0  # our own revisions seen on the server
    replays: int = 0  # older history the server showed again (never applied)
    forks: int = 0  # revisions that did not descend from this device's (merged in)
    conflicts: list[int] = field(default_factory=list)  # new conflict ids
    conflicts_closed: int = 0  # conflicts another device's resolution closed here
    changed: set[str] = field(default_factory=set)  # memories whose current text changed

    def add(self, other: ApplyOutcome) -> None:
        self.stored += other.stored
        self.created += other.created
        self.fast_forwards += other.fast_forwards
        self.identical += other.identical
        self.merges += other.merges
        self.acknowledged += other.acknowledged
        self.replays += other.replays
        self.forks += other.forks
        self.conflicts.extend(other.conflicts)
        self.conflicts_closed += other.conflicts_closed
        self.changed |= other.changed


@dataclass
class SyncReport:
    pulled: int = 0  # records received
    pushed: int = 0  # records the server accepted
    duplicates: int = 0
    push_conflicts: int = 0
    rejected: int = 0
    sent: int = 0  # records the server says it holds, waiting for its log to show them
    confirmed: int = 0  # own records the server's log showed
    held: int = 0  # changes set aside (no server takes them)
    requeued: int = 0  # memories pushed again: the server had lost them, or showed older history
    rewound: bool = False  # a claim behind the cursor: the log was read there again
    applied: ApplyOutcome = field(default_factory=ApplyOutcome)
    up_raw: int = 0
    up_wire: int = 0
    down_raw: int = 0
    down_wire: int = 0
    bootstrap: bool = False
    resync: bool = False
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        a = self.applied
        return {
            "pulled": self.pulled,
            "pushed": self.pushed,
            "duplicates": self.duplicates,
            "push_conflicts": self.push_conflicts,
            "rejected": self.rejected,
            "created": a.created,
            "updated": a.fast_forwards,
            "merged": a.merges,
            "identical": a.identical,
            "conflicts": len(a.conflicts),
            "conflict_ids": list(a.conflicts),
            "confirmed": self.confirmed,
            "held": self.held,
            "requeued": self.requeued,
            "replays_ignored": a.replays,
            "forks_merged": a.forks,
            "bytes": {
                "up_raw": self.up_raw,
                "up_wire": self.up_wire,
                "down_raw": self.down_raw,
                "down_wire": self.down_wire,
            },
            "bootstrap": self.bootstrap,
            "resync": self.resync,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class Conflict:
    """A conflict the sync engine recorded (open until resolved)."""

    id: int
    memory_id: str
    kind: str  # "edit" (both edited the same lines) | "edit_delete"
    base_rev: str | None
    local_rev: str
    remote_rev: str
    merged_rev: str
    fields: list[str]  # which fields conflict
    created_at: str
    resolved_at: str | None
    resolution: str | None
    resolved_rev: str | None

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ConflictDetail:
    conflict: Conflict
    title: str
    base: Revision | None
    local: Revision | None
    remote: Revision | None

    def to_json(self) -> dict[str, Any]:
        def side(rev: Revision | None) -> dict[str, Any] | None:
            return rev.to_json(with_body=True) if rev else None

        return {
            **self.conflict.to_json(),
            "title": self.title,
            "base": side(self.base),
            "local": side(self.local),
            "remote": side(self.remote),
        }


@dataclass(frozen=True)
class Resolution:
    conflict: int
    memory_id: str
    resolution: str
    revision: str
    copy_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
