"""The wire format shared with the client (no server needed)."""

from __future__ import annotations

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
        {"memory_id": "not-a-uuid"},
        {"revision_id": "XYZ"},
        {"priority": 9},
        {"priority": True},
        {"ciphertext": "text"},
        {"checksum": b"short"},
        {"delta_base": REV},  # its own base
        {"parent_revision": 5},
    ],
)
def test_invalid_records_are_protocol_errors(record: dict[str, object]) -> None:
    good = p.PushRecord.seal(p.new_memory_id(), REV, b"c").to_wire()
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.encode_batch({"v": 1, "records": [{**good, **record}]}))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage",
        zstandard.ZstdCompressor().compress(b"\xc1"),
        zstandard.ZstdCompressor().compress(msgpack.packb([1, 2])),
        p.encode_batch({"v": 2, "records": []}),
        p.encode_batch({"v": 1, "records": "no"}),
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
