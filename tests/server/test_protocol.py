"""The wire format shared with the client (no server needed)."""

from __future__ import annotations

import uuid

import msgpack
import pytest
import zstandard

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.sync import keys
from memshadow_desktop.core.sync import protocol as p

REV = "ab" * 16


def test_push_roundtrip() -> None:
    recs = [
        p.PushRecord.seal(p.new_memory_id(), REV, b"\x00cipher", priority=p.Priority.CRITICAL),
        p.PushRecord.seal(p.new_memory_id(), "cd" * 16, b"d", parent_revision=REV, delta_base=REV),
    ]
    assert p.decode_push(p.encode_push(recs)) == recs
    assert recs[0].is_keyframe and not recs[1].is_keyframe


def test_records_roundtrip() -> None:
    rec = p.StoredRecord(
        7, p.new_memory_id(), REV, None, None, p.Priority.LOW, b"x", p.checksum(b"x"), "d1"
    )
    stub = p.StoredRecord(
        8, p.new_memory_id(), "cd" * 16, REV, REV, p.Priority.HIGH, b"y", p.checksum(b"y"), "d1"
    ).as_stub()
    batch = p.RecordBatch([rec, stub], 8, True, 9, at_cursor="ef" * 16)
    back = p.decode_records(p.encode_records(batch))
    assert back == batch
    assert rec.verify() and back.records[1].stub and not back.records[1].verify()
    assert "c" not in stub.to_wire() and "k" not in stub.to_wire()


def test_envelopes_and_signed_messages() -> None:
    assert p.envelope_key_version(b"\x01abc") == 1
    assert p.envelope_key_version(b"\x02\x00\x07abc") == 7
    assert p.envelope_key_version(b"\x00abc") is None and p.envelope_key_version(b"") is None
    base = p.signed_message(p.SIGN_JOIN, "alice", "d1", b"c" * 32)
    assert base != p.signed_message(p.SIGN_SESSION, "alice", "d1", b"c" * 32)
    assert base != p.signed_message(p.SIGN_JOIN, "alice", "d2", b"c" * 32)
    bound = p.signed_message(p.SIGN_JOIN, "alice", "d1", b"c" * 32, {"key": "a", "x": 1})
    assert bound == p.signed_message(p.SIGN_JOIN, "alice", "d1", b"c" * 32, {"x": 1, "key": "a"})
    assert bound != p.signed_message(p.SIGN_JOIN, "alice", "d1", b"c" * 32, {"key": "b", "x": 1})


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
    assert p.decode_push(p.encode_batch({"v": 2, "r": [good]}))  # the control is valid
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.encode_batch({"v": 2, "r": [{**good, **record}]}))


@pytest.mark.parametrize(
    "missing", ["m", "r", "c", "k"], ids=["memory", "revision", "ciphertext", "checksum"]
)
def test_missing_required_keys(missing: str) -> None:
    good = p.PushRecord.seal(p.new_memory_id(), REV, b"c").to_wire()
    del good[missing]
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.encode_batch({"v": 2, "r": [good]}))


@pytest.mark.parametrize(
    "change",
    [{"s": 0}, {"s": "1"}, {"a": 5}, {"a": b""}, {"c": 5}],
)
def test_invalid_stored_records(change: dict[str, object]) -> None:
    rec = p.StoredRecord(
        1, p.new_memory_id(), REV, None, None, p.Priority.LOW, b"x", p.checksum(b"x"), "d"
    ).to_wire()
    assert p.decode_records(p.encode_batch({"v": 2, "r": [rec]})).records
    with pytest.raises(p.ProtocolError):
        p.decode_records(p.encode_batch({"v": 2, "r": [{**rec, **change}]}))


@pytest.mark.parametrize("change", [{"n": -1}, {"n": "5"}, {"h": 1.5}, {"x": 1}])
def test_invalid_batch_envelopes(change: dict[str, object]) -> None:
    with pytest.raises(p.ProtocolError):
        p.decode_records(p.encode_batch({"v": 2, "r": [], **change}))


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
    stored = p.StoredRecord(3, mid, REV, None, None, p.Priority.NORMAL, b"c", rec.checksum, device)
    assert stored.to_wire()["a"] == bytes.fromhex(device)  # a vault's hex device id: 16 bytes
    for author in (device, "Laptop.1", ""):
        again = p.StoredRecord(
            3, mid, REV, None, None, p.Priority.NORMAL, b"c", rec.checksum, author
        )
        assert p.decode_records(p.encode_records(p.RecordBatch([again], 3))).records == [again]
    envelope = p.RecordBatch([], 0).to_wire()
    assert envelope == {"v": 2, "r": []}
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
        p.encode_batch({"v": 1, "r": []}),  # protocol v1
        p.encode_batch({"v": 2, "r": "no"}),
        p.encode_batch({"r": []}),
        p.encode_batch({"v": 2})[:-3],
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
    salt = keys.new_salt()
    a = keys.derive_account_keys("correct horse", salt, cheap)
    assert a == keys.derive_account_keys("correct horse", salt, cheap)
    assert a != keys.derive_account_keys("correct horse", keys.new_salt(), cheap)
    b = keys.derive_account_keys("wrong horse", salt, cheap)
    assert a.auth_secret != b.auth_secret and a.auth_secret != a.wrap_key
    assert a.signer.public != b.signer.public and len(a.signer.public) == 32
    data_key = keys.new_data_key()
    wrapped = keys.wrap_data_key(data_key, a.wrap_key, "alice", 1)
    assert keys.unwrap_data_key(wrapped, a.wrap_key, "ALICE", 1) == data_key
    with pytest.raises(WrongPassphraseError):
        keys.unwrap_data_key(wrapped, b.wrap_key, "alice", 1)
    with pytest.raises(WrongPassphraseError):
        keys.unwrap_data_key(wrapped, a.wrap_key, "alice", 2)  # bound to its version
    assert keys.b64d(keys.b64e(a.auth_secret)) == a.auth_secret


def test_rotation_grants_history_and_details() -> None:
    old, new, kek = keys.new_data_key(), keys.new_data_key(), keys.new_data_key()
    granted = keys.grant(new, kek, "alice", "dev1", 2)
    assert keys.open_grant(granted, kek, "alice", "dev1", 2) == new
    for args in (("alice", "dev2", 2), ("alice", "dev1", 3)):
        with pytest.raises(p.ProtocolError):
            keys.open_grant(granted, kek, *args)
    history = keys.seal_history({1: old, 2: new}, new, "alice", 2)
    assert keys.open_history(history, new, "alice", 2) == {1: old}
    with pytest.raises(p.ProtocolError):
        keys.open_history(history, old, "alice", 2)
    sealed = keys.seal_details({"name": "laptop"}, {1: old, 2: new}, 2, "alice", "dev1")
    assert keys.open_details(sealed, {2: new}, "alice", "dev1") == {"name": "laptop"}
    assert keys.open_details(sealed, {1: old}, "alice", "dev1") is None
    assert keys.open_details(sealed, {2: new}, "alice", "dev9") is None
    auth = keys.new_data_key()
    wrapped = keys.wrap_kek(kek, auth, "alice", "dev1")
    assert keys.unwrap_kek(wrapped, auth, "alice", "dev1") == kek
    with pytest.raises(WrongPassphraseError):
        keys.unwrap_kek(wrapped, keys.new_data_key(), "alice", "dev1")


def test_kdf_parameters_from_a_server_are_bounded() -> None:
    assert keys.KdfParams.from_json(p.DEFAULT_KDF) == keys.KdfParams()
    for bad in ({"t": 0, "m": 1024, "p": 1}, {"t": 1, "m": 10**9, "p": 1}, {"t": 1}, "x"):
        with pytest.raises(p.ProtocolError):
            keys.KdfParams.from_json(bad)


def test_priority_deadlines() -> None:
    assert [p.Priority(x).default_deadline_s for x in range(4)] == [0, 60, 300, 1800]
