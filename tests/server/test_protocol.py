"""The wire format shared with the client (no server needed)."""

from __future__ import annotations

import uuid

import msgpack
import pytest
import zstandard

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.sync import keys
from memshadow_desktop.core.sync import protocol as p

REV = "ab" * 32


def test_push_roundtrip() -> None:
    recs = [
        p.PushRecord.seal(p.new_memory_id(), REV, b"\x00cipher", priority=p.Priority.CRITICAL),
        p.PushRecord.seal(p.new_memory_id(), "cd" * 32, b"d", parent_revision=REV, delta_base=REV),
    ]
    assert p.decode_push(p.encode_push(recs)) == recs
    assert recs[0].is_keyframe and not recs[1].is_keyframe


def test_records_roundtrip() -> None:
    rec = p.StoredRecord(
        7, p.new_memory_id(), REV, None, None, p.Priority.LOW, b"x", p.checksum(b"x"), "d1", 1.5
    )
    batch = p.RecordBatch([rec], 7, True, 9)
    assert p.decode_records(p.encode_records(batch)) == batch
    assert rec.verify()


@pytest.mark.parametrize(
    "record",
    [
        {"m": "not-a-uuid"},  # ids travel as bytes, not strings
        {"m": bytes(15)},
        {"r": REV},
        {"r": bytes(15)},
        {"r": bytes(65)},
        {"y": 9},
        {"y": True},
        {"c": "text"},
        {"k": b"short"},
        {"b": bytes.fromhex(REV)},  # its own base
        {"p": 5},
        {"p": None},  # absent means omitted, not nil
    ],
)
def test_invalid_records_are_protocol_errors(record: dict[str, object]) -> None:
    good = p.PushRecord.seal(p.new_memory_id(), REV, b"c").to_wire()
    assert p.decode_push(p.encode_batch({"v": 1, "r": [good]}))  # the control is valid
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.encode_batch({"v": 1, "r": [{**good, **record}]}))


@pytest.mark.parametrize(
    "missing", ["m", "r", "c", "k"], ids=["memory", "revision", "ciphertext", "checksum"]
)
def test_missing_required_keys(missing: str) -> None:
    good = p.PushRecord.seal(p.new_memory_id(), REV, b"c").to_wire()
    del good[missing]
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.encode_batch({"v": 1, "r": [good]}))


@pytest.mark.parametrize(
    "change",
    [{"s": 0}, {"s": "1"}, {"a": 5}, {"a": b""}, {"t": "now"}],
)
def test_invalid_stored_records(change: dict[str, object]) -> None:
    rec = p.StoredRecord(
        1, p.new_memory_id(), REV, None, None, p.Priority.LOW, b"x", p.checksum(b"x"), "d", 1.0
    ).to_wire()
    assert p.decode_records(p.encode_batch({"v": 1, "r": [rec]})).records
    with pytest.raises(p.ProtocolError):
        p.decode_records(p.encode_batch({"v": 1, "r": [{**rec, **change}]}))


@pytest.mark.parametrize("change", [{"n": -1}, {"n": "5"}, {"h": 1.5}, {"x": 1}])
def test_invalid_batch_envelopes(change: dict[str, object]) -> None:
    with pytest.raises(p.ProtocolError):
        p.decode_records(p.encode_batch({"v": 1, "r": [], **change}))


def test_wire_is_compact() -> None:
    """Ids travel as raw bytes under one-letter keys; absent and default fields are omitted."""
    mid = p.new_memory_id()
    rec = p.PushRecord.seal(mid, REV, b"c", parent_revision="cd" * 32, delta_base="cd" * 32)
    wire = rec.to_wire()
    assert wire == {
        "m": uuid.UUID(mid).bytes,
        "r": bytes.fromhex(REV),
        "p": bytes.fromhex("cd" * 32),
        "b": bytes.fromhex("cd" * 32),
        "c": b"c",
        "k": p.checksum(b"c"),
    }
    keyframe = p.PushRecord.seal(mid, REV, b"c", priority=p.Priority.HIGH).to_wire()
    assert set(keyframe) == {"m", "r", "y", "c", "k"} and keyframe["y"] == 1
    device = "0123456789abcdef" * 2
    stored = p.StoredRecord(
        3, mid, REV, None, None, p.Priority.NORMAL, b"c", rec.checksum, device, 2.5
    )
    assert stored.to_wire()["a"] == bytes.fromhex(device)  # a vault's hex device id: 16 bytes
    for author in (device, "Laptop.1", ""):
        again = p.StoredRecord(
            3, mid, REV, None, None, p.Priority.NORMAL, b"c", rec.checksum, author, 0.0
        )
        assert p.decode_records(p.encode_records(p.RecordBatch([again], 3))).records == [again]
    envelope = p.RecordBatch([], 0).to_wire()
    assert envelope == {"v": 1, "r": []}
    # One record, one edit: the metadata no longer dwarfs a small delta.
    assert len(p.encode_push([rec])) < 32 + 150


def test_odd_length_revision_ids_are_not_revision_ids() -> None:
    assert p.is_revision_id("ab" * 16) and p.is_revision_id("ab" * 64)
    assert not p.is_revision_id("a" * 33) and not p.is_revision_id("ab" * 65)
    with pytest.raises(p.ProtocolError):
        p.PushRecord.seal(p.new_memory_id(), "a" * 65, b"c").to_wire()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage",
        zstandard.ZstdCompressor().compress(b"\xc1"),
        zstandard.ZstdCompressor().compress(msgpack.packb([1, 2])),
        p.encode_batch({"v": 2, "r": []}),
        p.encode_batch({"v": 1, "r": "no"}),
        p.encode_batch({"r": []}),
        p.encode_batch({"v": 1})[:-3],
    ],
)
def test_malformed_batches(data: bytes) -> None:
    with pytest.raises(p.ProtocolError):
        p.decode_push(data)


def test_zstd_bomb_is_refused_without_inflating() -> None:
    bomb = zstandard.ZstdCompressor(level=19).compress(b"\x00" * (p.MAX_DECODED_BYTES + 1))
    assert len(bomb) < 100_000
    with pytest.raises(p.BatchTooLargeError):
        p.decode_batch(bomb)


def test_too_many_records() -> None:
    rec = p.PushRecord.seal(p.new_memory_id(), REV, b"c")
    with pytest.raises(p.BatchTooLargeError):
        p.decode_push(p.encode_push([rec] * (p.MAX_PUSH_RECORDS + 1)))


def test_account_keys_and_wrapping() -> None:
    cheap = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    a = keys.derive_account_keys("correct horse", "Alice", cheap)
    assert a == keys.derive_account_keys("correct horse", "alice", cheap)
    b = keys.derive_account_keys("wrong horse", "alice", cheap)
    assert a.auth_secret != b.auth_secret and a.auth_secret != a.wrap_key
    data_key = keys.new_data_key()
    wrapped = keys.wrap_data_key(data_key, a.wrap_key, "alice")
    assert keys.unwrap_data_key(wrapped, a.wrap_key, "ALICE") == data_key
    with pytest.raises(WrongPassphraseError):
        keys.unwrap_data_key(wrapped, b.wrap_key, "alice")
    assert keys.b64d(keys.b64e(a.auth_secret)) == a.auth_secret


def test_priority_deadlines() -> None:
    assert [p.Priority(x).default_deadline_s for x in range(4)] == [0, 60, 300, 1800]
