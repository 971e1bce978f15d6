"""The wire format of records and batches (see the package docstring for the whole).

Records travel as msgpack maps under one-letter keys, zstd-compressed; every malformation is a
:class:`ProtocolError`.
"""

from __future__ import annotations

import base64
import binascii
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

PROTOCOL_VERSION = 2
# Envelope versions (first byte of a record's ciphertext): 1 = protocol v1, 2 = keyed by version.
ENVELOPE_V1, ENVELOPE_V2 = 1, 2
CHALLENGE_BYTES = 32  # login challenges the server hands out
PUBLIC_KEY_BYTES = 32  # Ed25519 public keys (account and device credentials)
SIGNATURE_BYTES = 64  # Ed25519 signatures
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
_REVISION_RE = re.compile(r"^(?:[0-9a-f]{2}){16,64}$")  # whole bytes: it travels as bytes
_HEX_RE = re.compile(r"^(?:[0-9a-f]{2})+$")
MEMORY_ID_BYTES = 16
MIN_REVISION_BYTES, MAX_REVISION_BYTES = 16, 64
DEVICE_ID_PATTERN = r"^[A-Za-z0-9._-]{1,64}$"
ACCOUNT_PATTERN = r"^[a-z0-9][a-z0-9._@+-]{2,63}$"
_DEVICE_ID_RE = re.compile(DEVICE_ID_PATTERN)
_ACCOUNT_RE = re.compile(ACCOUNT_PATTERN)


class ProtocolError(InvalidInputError):
    """Something on the wire does not follow the protocol."""

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
    REJECTED = "rejected"  # did not verify (``error``: checksum_mismatch, unknown_delta_base,
    # bad_envelope, stale_key: sealed under a key version that is not the account's current)


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
        raise ProtocolError(
            f"invalid account name {name!r}: 3 to 64 letters, digits or . _ @ + -, "
            "starting with a letter or digit"
        )
    return norm


def checksum(ciphertext: bytes) -> bytes:
    """The checksum every record carries: SHA-256 of its ciphertext."""
    return hashlib.sha256(ciphertext).digest()


def checksum_ok(ciphertext: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(checksum(ciphertext), expected)


def new_memory_id() -> str:
    """A random UUID (version 4) in canonical form: it tells nobody when it was made."""
    return str(uuid.uuid4())


def envelope_key_version(ciphertext: bytes) -> int | None:
    """The account key version a ciphertext is sealed under (v1 envelopes: 1), or None when
    it is no envelope this protocol knows."""
    if not ciphertext:
        return None
    if ciphertext[0] == ENVELOPE_V1:
        return 1
    if ciphertext[0] == ENVELOPE_V2 and len(ciphertext) >= 3:
        return int.from_bytes(ciphertext[1:3], "big")
    return None


# --------------------------------------------------------------------------- records

# Keys of a record on the wire (see the module docstring).
K_MEMORY, K_REVISION, K_PARENT, K_DELTA_BASE = "m", "r", "p", "b"
K_PRIORITY, K_CIPHERTEXT, K_CHECKSUM = "y", "c", "k"
K_SEQ, K_AUTHOR = "s", "a"
# Keys of a batch envelope.
K_VERSION, K_RECORDS, K_NEXT_CURSOR, K_HEAD_SEQ, K_MORE = "v", "r", "n", "h", "x"
K_AT_CURSOR = "c"


def _wire_revision(value: str) -> bytes:
    if not is_revision_id(value):
        raise ProtocolError("not a revision id (lowercase hex, 16-64 bytes)")
    return bytes.fromhex(value)


def _revision_from_wire(value: object, what: str) -> str:
    if not isinstance(value, bytes) or not (MIN_REVISION_BYTES <= len(value) <= MAX_REVISION_BYTES):
        raise ProtocolError(f"{what} must be {MIN_REVISION_BYTES}-{MAX_REVISION_BYTES} bytes")
    return value.hex()


def _opt_revision_from_wire(d: Mapping[str, Any], key: str, what: str) -> str | None:
    if key not in d:
        return None
    return _revision_from_wire(d[key], what)


def _wire_memory_id(value: str) -> bytes:
    if not is_memory_id(value):
        raise ProtocolError("memory_id is not a canonical lowercase UUID")
    return uuid.UUID(value).bytes


def _memory_id_from_wire(value: object) -> str:
    if not isinstance(value, bytes) or len(value) != MEMORY_ID_BYTES:
        raise ProtocolError(f"memory id must be {MEMORY_ID_BYTES} bytes (a UUID)")
    return str(uuid.UUID(bytes=value))


def _wire_device(value: str) -> bytes | str:
    return bytes.fromhex(value) if _HEX_RE.match(value) else value


def _device_from_wire(value: object) -> str:
    if isinstance(value, bytes) and value:
        return value.hex()
    if isinstance(value, str):
        return value
    raise ProtocolError("author device must be a string or non-empty bytes")


def _int_field(d: Mapping[str, Any], key: str, what: str, minimum: int = 0) -> int:
    value = d.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ProtocolError(f"{what} must be an integer >= {minimum}")
    return value


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
        """The record as a msgpack map (ids as bytes, absent/default fields omitted)."""
        return _record_wire(self)

    @classmethod
    def from_wire(cls, d: object) -> PushRecord:
        """Validate the structure of a record (not its checksum: see :func:`checksum_ok`)."""
        if not isinstance(d, Mapping):
            raise ProtocolError("a record must be a map")
        memory_id = _memory_id_from_wire(d.get(K_MEMORY))
        revision_id = _revision_from_wire(d.get(K_REVISION), "revision id")
        priority = d.get(K_PRIORITY, int(Priority.NORMAL))
        if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 3:
            raise ProtocolError("priority must be 0..3")
        ciphertext = d.get(K_CIPHERTEXT)
        if not isinstance(ciphertext, bytes):
            raise ProtocolError("ciphertext must be binary")
        if len(ciphertext) > MAX_RECORD_BYTES:
            raise BatchTooLargeError("record too large")
        digest = d.get(K_CHECKSUM)
        if not isinstance(digest, bytes) or len(digest) != CHECKSUM_BYTES:
            raise ProtocolError("checksum must be 32 bytes (SHA-256)")
        delta_base = _opt_revision_from_wire(d, K_DELTA_BASE, "delta base")
        if delta_base == revision_id:
            raise ProtocolError("a revision cannot be its own delta base")
        return cls(
            memory_id,
            revision_id,
            _opt_revision_from_wire(d, K_PARENT, "parent revision"),
            delta_base,
            Priority(priority),
            ciphertext,
            digest,
        )


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record as the server hands it back (pull, chain). A *stub* (the puller's own record
    in a pull) has no ciphertext and no checksum."""

    seq: int
    memory_id: str
    revision_id: str
    parent_revision: str | None
    delta_base: str | None
    priority: Priority
    ciphertext: bytes
    checksum: bytes
    author_device: str

    @property
    def is_keyframe(self) -> bool:
        return self.delta_base is None

    @property
    def stub(self) -> bool:
        return not self.checksum

    def verify(self) -> bool:
        return not self.stub and checksum_ok(self.ciphertext, self.checksum)

    def as_stub(self) -> StoredRecord:
        return StoredRecord(
            self.seq,
            self.memory_id,
            self.revision_id,
            self.parent_revision,
            self.delta_base,
            self.priority,
            b"",
            b"",
            self.author_device,
        )

    def to_wire(self) -> dict[str, Any]:
        out = _record_wire(self)
        if self.stub:
            del out[K_CIPHERTEXT], out[K_CHECKSUM]
        out[K_SEQ] = self.seq
        out[K_AUTHOR] = _wire_device(self.author_device)
        return out

    @classmethod
    def from_wire(cls, d: object) -> StoredRecord:
        if not isinstance(d, Mapping):
            raise ProtocolError("a record must be a map")
        stub = K_CIPHERTEXT not in d and K_CHECKSUM not in d
        if stub:
            d = {**d, K_CIPHERTEXT: b"", K_CHECKSUM: bytes(CHECKSUM_BYTES)}
        base = PushRecord.from_wire(d)
        seq = d.get(K_SEQ)
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ProtocolError("seq must be a positive integer")
        return cls(
            seq,
            base.memory_id,
            base.revision_id,
            base.parent_revision,
            base.delta_base,
            base.priority,
            base.ciphertext,
            b"" if stub else base.checksum,
            _device_from_wire(d.get(K_AUTHOR)),
        )


@dataclass(frozen=True, slots=True)
class RecordBatch:
    """A pull (or chain) answer."""

    records: list[StoredRecord]
    next_cursor: int
    more: bool = False
    head_seq: int = 0
    at_cursor: str | None = None  # revision id of the record at the cursor asked from

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            K_VERSION: PROTOCOL_VERSION,
            K_RECORDS: [r.to_wire() for r in self.records],
        }
        if self.next_cursor:
            out[K_NEXT_CURSOR] = self.next_cursor
        if self.head_seq:
            out[K_HEAD_SEQ] = self.head_seq
        if self.more:
            out[K_MORE] = True
        if self.at_cursor is not None:
            out[K_AT_CURSOR] = _wire_revision(self.at_cursor)
        return out

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> RecordBatch:
        """The envelope of a decoded batch (see :func:`decode_batch`), strictly validated."""
        more = d.get(K_MORE, False)
        if not isinstance(more, bool):
            raise ProtocolError("more must be a boolean")
        return cls(
            records=[StoredRecord.from_wire(r) for r in _records_list(d)],
            next_cursor=_int_field(d, K_NEXT_CURSOR, "next cursor"),
            more=more,
            head_seq=_int_field(d, K_HEAD_SEQ, "head seq"),
            at_cursor=_opt_revision_from_wire(d, K_AT_CURSOR, "revision at the cursor"),
        )


def _record_wire(r: PushRecord | StoredRecord) -> dict[str, Any]:
    out: dict[str, Any] = {
        K_MEMORY: _wire_memory_id(r.memory_id),
        K_REVISION: _wire_revision(r.revision_id),
    }
    if r.parent_revision is not None:
        out[K_PARENT] = _wire_revision(r.parent_revision)
    if r.delta_base is not None:
        out[K_DELTA_BASE] = _wire_revision(r.delta_base)
    if r.priority != Priority.NORMAL:
        out[K_PRIORITY] = int(r.priority)
    out[K_CIPHERTEXT] = r.ciphertext
    out[K_CHECKSUM] = r.checksum
    return out


def _records_list(d: Mapping[str, Any]) -> list[Any]:
    records = d.get(K_RECORDS)
    if not isinstance(records, list):
        raise ProtocolError("records must be a list")
    return records


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
    return encode_batch({K_VERSION: PROTOCOL_VERSION, K_RECORDS: [r.to_wire() for r in records]})


def decode_push(data: bytes) -> list[PushRecord]:
    records = _records_list(decode_batch(data))
    if len(records) > MAX_PUSH_RECORDS:
        raise BatchTooLargeError(f"too many records in one push (max {MAX_PUSH_RECORDS})")
    return [PushRecord.from_wire(r) for r in records]


def encode_records(batch: RecordBatch) -> bytes:
    return encode_batch(batch.to_wire())


def decode_records(data: bytes) -> RecordBatch:
    return RecordBatch.from_wire(decode_batch(data))


# --------------------------------------------------------------------------- JSON bytes


def b64e(data: bytes) -> str:
    """base64url without padding: how bytes travel in JSON control endpoints."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ProtocolError("invalid base64url") from None
