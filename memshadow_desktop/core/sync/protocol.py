"""Sync protocol v1: the wire format shared by the sync server and the client engine.

Control endpoints speak JSON. Record batches (push request, pull and chain responses) are
msgpack maps compressed with zstd, sent as ``Content-Type: application/vnd.memshadow.batch``.

A record is what the server stores for one revision of one memory. The server sees only routing
metadata (ids, parent, delta base, priority, author device, size, checksum) and opaque ciphertext.

Push body (msgpack map, then zstd)::

    {"v": 1, "records": [
        {"memory_id": "<uuid>", "revision_id": "<hex>", "parent_revision": "<hex>" | None,
         "delta_base": "<hex>" | None, "priority": 0..3, "ciphertext": <bin>, "checksum": <bin32>}
    ]}

``parent_revision`` is the head this revision was made on (None for a memory's first revision):
the server accepts the record only if it is still the current head (compare-and-swap).
``delta_base`` is None for a keyframe, else the revision the ciphertext is a delta against.
``checksum`` is SHA-256 of the ciphertext.

Pull / chain body (msgpack map, then zstd)::

    {"v": 1, "records": [<push record fields> + {"seq": int, "author_device": str,
                                                 "created_at": float}],
     "next_cursor": int, "more": bool, "head_seq": int}
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

import msgpack
import zstandard

from memshadow_desktop.core.errors import InvalidInputError

PROTOCOL_VERSION = 1
BATCH_MEDIA_TYPE = "application/vnd.memshadow.batch"

# Limits (the server enforces them; the client should split batches to stay under them).
MAX_RECORD_BYTES = 4 * 1024 * 1024  # ciphertext of one record
MAX_PUSH_RECORDS = 1000  # records in one push
MAX_BODY_BYTES = 16 * 1024 * 1024  # compressed request body
MAX_DECODED_BYTES = 64 * 1024 * 1024  # decompressed batch
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000
PULL_BYTES_BUDGET = 8 * 1024 * 1024  # a pull batch stops growing past this much ciphertext

ZSTD_LEVEL = 3
CHECKSUM_BYTES = 32

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_REVISION_RE = re.compile(r"^[0-9a-f]{32,128}$")
DEVICE_ID_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"
ACCOUNT_PATTERN = r"^[a-z0-9][a-z0-9._@+-]{2,63}$"
_DEVICE_ID_RE = re.compile(DEVICE_ID_PATTERN)
_ACCOUNT_RE = re.compile(ACCOUNT_PATTERN)


class ProtocolError(InvalidInputError):
    """Something on the wire does not follow protocol v1."""

    code = "protocol"


class BatchTooLargeError(ProtocolError):
    """A batch or record exceeds the protocol's size limits."""


class Priority(IntEnum):
    """How soon a change must reach the server. Lower value = more urgent."""

    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3

    @property
    def default_deadline_s(self) -> float:
        return DEFAULT_DEADLINES_S[self]


DEFAULT_DEADLINES_S: dict[Priority, float] = {
    Priority.CRITICAL: 0.0,
    Priority.HIGH: 60.0,
    Priority.NORMAL: 300.0,
    Priority.LOW: 1800.0,
}


class DeviceType(StrEnum):
    LAPTOP = "laptop"
    DESKTOP = "desktop"
    MOBILE = "mobile"
    TABLET = "tablet"
    EDGE = "edge"
    CLOUD = "cloud"


class PushStatus(StrEnum):
    ACCEPTED = "accepted"  # stored with a new sequence number
    DUPLICATE = "duplicate"  # already stored earlier (idempotent re-push): a no-op
    CONFLICT = "conflict"  # parent is not the current head; ``head`` says what is
    REJECTED = "rejected"  # did not verify (``error``: checksum_mismatch, unknown_delta_base)


# --------------------------------------------------------------------------- validation


def is_memory_id(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID_RE.match(value))


def is_revision_id(value: object) -> bool:
    return isinstance(value, str) and bool(_REVISION_RE.match(value))


def is_device_id(value: object) -> bool:
    return isinstance(value, str) and bool(_DEVICE_ID_RE.match(value))


def normalize_account(name: str) -> str:
    """Account names are case-insensitive; this is the canonical form."""
    norm = name.strip().lower()
    if not _ACCOUNT_RE.match(norm):
        raise ProtocolError(f"invalid account name: {name!r}")
    return norm


def checksum(ciphertext: bytes) -> bytes:
    """The checksum every record carries: SHA-256 of its ciphertext."""
    return hashlib.sha256(ciphertext).digest()


def checksum_ok(ciphertext: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(checksum(ciphertext), expected)


def new_memory_id() -> str:
    """A random UUID in canonical form (the client uses UUIDv7; any canonical UUID is valid)."""
    return str(uuid.uuid4())


# --------------------------------------------------------------------------- records


def _opt_revision(d: Mapping[str, Any], key: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not is_revision_id(value):
        raise ProtocolError(f"{key} is not a revision id")
    return str(value)


@dataclass(frozen=True, slots=True)
class PushRecord:
    """One revision as a device pushes it."""

    memory_id: str
    revision_id: str
    parent_revision: str | None
    delta_base: str | None
    priority: Priority
    ciphertext: bytes
    checksum: bytes

    @classmethod
    def seal(
        cls,
        memory_id: str,
        revision_id: str,
        ciphertext: bytes,
        *,
        parent_revision: str | None = None,
        delta_base: str | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> PushRecord:
        """Build a record, computing the checksum of ``ciphertext``."""
        return cls(
            memory_id,
            revision_id,
            parent_revision,
            delta_base,
            Priority(priority),
            bytes(ciphertext),
            checksum(ciphertext),
        )

    @property
    def is_keyframe(self) -> bool:
        return self.delta_base is None

    def to_wire(self) -> dict[str, Any]:
        return {
            "memory_id": self.memory_id,
            "revision_id": self.revision_id,
            "parent_revision": self.parent_revision,
            "delta_base": self.delta_base,
            "priority": int(self.priority),
            "ciphertext": self.ciphertext,
            "checksum": self.checksum,
        }

    @classmethod
    def from_wire(cls, d: object) -> PushRecord:
        """Validate the structure of a record (not its checksum: see :func:`checksum_ok`)."""
        if not isinstance(d, Mapping):
            raise ProtocolError("a record must be a map")
        memory_id = d.get("memory_id")
        if not is_memory_id(memory_id):
            raise ProtocolError("memory_id is not a canonical lowercase UUID")
        revision_id = d.get("revision_id")
        if not is_revision_id(revision_id):
            raise ProtocolError("revision_id is not a lowercase hex id (32-128 digits)")
        priority = d.get("priority", int(Priority.NORMAL))
        if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 3:
            raise ProtocolError("priority must be 0..3")
        ciphertext = d.get("ciphertext")
        if not isinstance(ciphertext, bytes):
            raise ProtocolError("ciphertext must be binary")
        if len(ciphertext) > MAX_RECORD_BYTES:
            raise BatchTooLargeError("record too large")
        digest = d.get("checksum")
        if not isinstance(digest, bytes) or len(digest) != CHECKSUM_BYTES:
            raise ProtocolError("checksum must be 32 bytes (SHA-256)")
        delta_base = _opt_revision(d, "delta_base")
        if delta_base == revision_id:
            raise ProtocolError("a revision cannot be its own delta base")
        return cls(
            str(memory_id),
            str(revision_id),
            _opt_revision(d, "parent_revision"),
            delta_base,
            Priority(priority),
            ciphertext,
            digest,
        )


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record as the server hands it back (pull, chain)."""

    seq: int
    memory_id: str
    revision_id: str
    parent_revision: str | None
    delta_base: str | None
    priority: Priority
    ciphertext: bytes
    checksum: bytes
    author_device: str
    created_at: float

    @property
    def is_keyframe(self) -> bool:
        return self.delta_base is None

    def verify(self) -> bool:
        return checksum_ok(self.ciphertext, self.checksum)

    def to_wire(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "memory_id": self.memory_id,
            "revision_id": self.revision_id,
            "parent_revision": self.parent_revision,
            "delta_base": self.delta_base,
            "priority": int(self.priority),
            "ciphertext": self.ciphertext,
            "checksum": self.checksum,
            "author_device": self.author_device,
            "created_at": self.created_at,
        }

    @classmethod
    def from_wire(cls, d: object) -> StoredRecord:
        base = PushRecord.from_wire(d)
        assert isinstance(d, Mapping)
        seq = d.get("seq")
        author = d.get("author_device")
        created = d.get("created_at", 0.0)
        if not isinstance(seq, int) or seq < 1:
            raise ProtocolError("seq must be a positive integer")
        if not isinstance(author, str):
            raise ProtocolError("author_device must be a string")
        if not isinstance(created, int | float):
            raise ProtocolError("created_at must be a number")
        return cls(
            seq,
            base.memory_id,
            base.revision_id,
            base.parent_revision,
            base.delta_base,
            base.priority,
            base.ciphertext,
            base.checksum,
            author,
            float(created),
        )


@dataclass(frozen=True, slots=True)
class RecordBatch:
    """A pull (or chain) answer."""

    records: list[StoredRecord]
    next_cursor: int
    more: bool = False
    head_seq: int = 0

    def to_wire(self) -> dict[str, Any]:
        return {
            "v": PROTOCOL_VERSION,
            "records": [r.to_wire() for r in self.records],
            "next_cursor": self.next_cursor,
            "more": self.more,
            "head_seq": self.head_seq,
        }


@dataclass(frozen=True, slots=True)
class PushResult:
    """The server's answer for one pushed record (JSON on the wire)."""

    memory_id: str
    revision_id: str
    status: PushStatus
    seq: int | None = None  # accepted / duplicate: the record's sequence number
    head_revision: str | None = None  # conflict: the current head revision
    head_seq: int | None = None  # conflict: the current head's sequence number
    error: str | None = None  # rejected: why

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PushResult:
        return cls(
            memory_id=str(d["memory_id"]),
            revision_id=str(d["revision_id"]),
            status=PushStatus(d["status"]),
            seq=d.get("seq"),
            head_revision=d.get("head_revision"),
            head_seq=d.get("head_seq"),
            error=d.get("error"),
        )


@dataclass(frozen=True, slots=True)
class PushResponse:
    results: list[PushResult]
    head_seq: int
    accepted: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PushResponse:
        results = [PushResult.from_json(r) for r in d.get("results", [])]
        return cls(
            results=results,
            head_seq=int(d.get("head_seq", 0)),
            accepted=int(d.get("accepted", 0)),
            duplicates=int(d.get("duplicates", 0)),
            conflicts=int(d.get("conflicts", 0)),
            rejected=int(d.get("rejected", 0)),
        )


# --------------------------------------------------------------------------- codec

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def encode_batch(obj: Mapping[str, Any], level: int = ZSTD_LEVEL) -> bytes:
    """msgpack, then zstd (with the content size in the frame header)."""
    packed = msgpack.packb(obj, use_bin_type=True)
    return zstandard.ZstdCompressor(level=level).compress(packed)


def _bounded_decompress(data: bytes, limit: int) -> bytes:
    """Decompress at most ``limit`` bytes (a zstd bomb stops here, never in memory)."""
    if not data.startswith(_ZSTD_MAGIC):
        raise ProtocolError("batch is not zstd-compressed")
    out = bytearray()
    try:
        with zstandard.ZstdDecompressor().stream_reader(data) as reader:
            while True:
                chunk = reader.read(min(1 << 20, limit + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > limit:
                    raise BatchTooLargeError("batch too large once decompressed")
    except zstandard.ZstdError as exc:
        raise ProtocolError(f"bad zstd data: {exc}") from None
    return bytes(out)


def decode_batch(data: bytes, limit: int = MAX_DECODED_BYTES) -> dict[str, Any]:
    """Inverse of :func:`encode_batch`; every malformation becomes :class:`ProtocolError`."""
    raw = _bounded_decompress(bytes(data), limit)
    try:
        obj = msgpack.unpackb(raw, raw=False, strict_map_key=True, use_list=True)
    except Exception as exc:  # msgpack raises many kinds (ValueError, ExtraData, ...)
        raise ProtocolError(f"bad msgpack: {type(exc).__name__}") from None
    if not isinstance(obj, dict):
        raise ProtocolError("a batch must be a map")
    version = obj.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(f"unsupported protocol version: {version!r}")
    return obj


def encode_push(records: Iterable[PushRecord]) -> bytes:
    return encode_batch({"v": PROTOCOL_VERSION, "records": [r.to_wire() for r in records]})


def decode_push(data: bytes) -> list[PushRecord]:
    obj = decode_batch(data)
    records = obj.get("records")
    if not isinstance(records, list):
        raise ProtocolError("records must be a list")
    if len(records) > MAX_PUSH_RECORDS:
        raise BatchTooLargeError(f"too many records in one push (max {MAX_PUSH_RECORDS})")
    return [PushRecord.from_wire(r) for r in records]


def encode_records(batch: RecordBatch) -> bytes:
    return encode_batch(batch.to_wire())


def decode_records(data: bytes) -> RecordBatch:
    obj = decode_batch(data)
    records = obj.get("records")
    if not isinstance(records, list):
        raise ProtocolError("records must be a list")
    return RecordBatch(
        records=[StoredRecord.from_wire(r) for r in records],
        next_cursor=int(obj.get("next_cursor", 0)),
        more=bool(obj.get("more", False)),
        head_seq=int(obj.get("head_seq", 0)),
    )


# --------------------------------------------------------------------------- API shape

API_PREFIX = "/v1"
PATH_ACCOUNTS = "/v1/accounts"
PATH_LOGIN = "/v1/login"
PATH_ACCOUNT_KEY = "/v1/account/key"
PATH_PASSPHRASE = "/v1/account/passphrase"
PATH_DEVICES = "/v1/devices"
PATH_DEVICE_SELF = "/v1/devices/self"
PATH_PUSH = "/v1/push"
PATH_PULL = "/v1/pull"
PATH_CHAIN = "/v1/memories/{memory_id}/chain"
PATH_SNAPSHOT = "/v1/snapshot"
PATH_EVENTS = "/v1/events"
PATH_CHECKPOINT = "/v1/checkpoint"
PATH_COMPACT = "/v1/compact"
PATH_STATS = "/v1/stats"

# Stable error codes in JSON error bodies: {"error": CODE, "detail": "..."}.
ERR_RESYNC_REQUIRED = "resync_required"  # HTTP 410 on pull: start again from cursor 0
ERR_UNAUTHORIZED = "unauthorized"  # 401: missing, unknown or revoked token
ERR_DEVICE_REVOKED = "device_revoked"  # 403 on login with a revoked device id
ERR_BAD_CREDENTIALS = "bad_credentials"  # 401 on login
ERR_RATE_LIMITED = "rate_limited"  # 429, with Retry-After
ERR_ACCOUNT_EXISTS = "account_exists"  # 409
ERR_TOO_LARGE = "too_large"  # 413
ERR_MALFORMED = "malformed"  # 400
ERR_NOT_FOUND = "not_found"  # 404

# SSE event names on /v1/events (data is JSON).
EVENT_HELLO = "hello"  # on connect: {"seq": head_seq}
EVENT_SEQ = "seq"  # new records: {"seq": newest_seq, "device": author_device_id}
EVENT_REVOKED = "revoked"  # this device was revoked; the stream ends
