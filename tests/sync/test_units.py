"""Codec, deltas, encryption and merges on their own (no server)."""

from __future__ import annotations

import json
import lzma

import pytest

from memshadow_desktop.core.ids import new_revision_id, v1_revision_id
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.sync import delta
from memshadow_desktop.core.sync.codec import RevisionData
from memshadow_desktop.core.sync.crypto import RecordCipher
from memshadow_desktop.core.sync.errors import RecordRejectedError
from memshadow_desktop.core.sync.merge import CLEAN, CONFLICT, EDIT_DELETE, merge_fields, merge_text
from tests.conftest import shared_corpus

MID = "01234567-89ab-4def-8123-456789abcdef"


def rev(
    body: str, parents: list[str], device: str = "dev1", title: str = "t", *, v1: bool = False
) -> RevisionData:
    fields = Fields(title, body, ["a"], None, False, False)
    rid = v1_revision_id(parents, fields.as_dict(), device) if v1 else new_revision_id()
    return RevisionData(
        MID,
        rid,
        parents,
        fields,
        "000001700000000-000001",
        device,
        "2024-01-01T00:00:00.000Z",
        "edit",
        "2024-01-01T00:00:00.000Z",
    )


def roundtrip(
    r: RevisionData, parent: RevisionData | None, policy: delta.DeltaPolicy
) -> tuple[delta.Encoded, RevisionData]:
    base = parent
    enc = delta.encode(
        r,
        server_parent=parent.rev_id if parent else None,
        author="dev1",
        base=base,
        chain=delta.ChainInfo(),
        policy=policy,
    )
    back = delta.decode(
        enc.plaintext,
        memory_id=MID,
        rev_id=r.rev_id,
        server_parent=parent.rev_id if parent else None,
        author="dev1",
        delta_base=enc.delta_base,
        base=base if enc.delta_base else None,
    )
    return enc, back


def test_delta_is_small_and_rebuilds_exactly() -> None:
    path = shared_corpus("readme-history.jsonl.xz")
    with lzma.open(path) as fh:
        history = [json.loads(line)["text"] for line in fh][:3]
    first = rev(history[0], [])
    second = rev(history[1], [first.rev_id])
    enc, back = roundtrip(second, first, delta.DeltaPolicy())
    assert enc.delta_base == first.rev_id
    assert len(enc.plaintext) < 0.01 * enc.raw_size
    assert back.fields == second.fields and back.parents == second.parents
    key, back_key = roundtrip(first, None, delta.DeltaPolicy())
    assert key.delta_base is None and back_key.fields == first.fields
    raw, back_raw = roundtrip(second, first, delta.DeltaPolicy(compress=False))
    assert raw.delta_base is None and back_raw.fields == second.fields


def test_keyframe_when_delta_not_clearly_smaller_or_chain_long() -> None:
    first = rev("alpha\n" * 3, [])
    other = rev("completely different words here\n", [first.rev_id])
    enc, _ = roundtrip(other, first, delta.DeltaPolicy())
    assert enc.delta_base is None
    long_chain = delta.ChainInfo(depth=32, chain_bytes=10, key_bytes=1000)
    base = first
    near = rev("alpha\n" * 3 + "beta\n", [first.rev_id])
    enc = delta.encode(
        near,
        server_parent=first.rev_id,
        author="dev1",
        base=base,
        chain=long_chain,
        policy=delta.DeltaPolicy(),
    )
    assert enc.delta_base is None


def test_a_protocol_v1_record_must_match_its_revision_hash() -> None:
    first = rev("one\n", [], v1=True)
    forged = RevisionData(
        MID,
        first.rev_id,
        [],
        Fields("t", "two\n", ["a"]),
        first.hlc,
        "dev1",
        first.created_at,
        "edit",
        None,
    )
    for candidate, ok in ((first, True), (forged, False)):
        enc = delta.encode(
            candidate,
            server_parent=None,
            author="dev1",
            base=None,
            chain=delta.ChainInfo(),
            policy=delta.DeltaPolicy(),
        )
        kw = dict(
            memory_id=MID,
            rev_id=first.rev_id,
            server_parent=None,
            author="dev1",
            delta_base=None,
            base=None,
            envelope=1,
        )
        if ok:
            assert delta.decode(enc.plaintext, **kw).fields == first.fields  # type: ignore[arg-type]
        else:
            with pytest.raises(RecordRejectedError):
                delta.decode(enc.plaintext, **kw)  # type: ignore[arg-type]


def test_a_delta_decoded_against_another_base_is_refused() -> None:
    first = rev("line one\nline two\nline three\n" * 20, [])
    second = rev(first.fields.body.replace("two", "TWO", 1), [first.rev_id])
    enc, _back = roundtrip(second, first, delta.DeltaPolicy())
    assert enc.delta_base == first.rev_id
    other = RevisionData(
        MID,
        first.rev_id,
        [],
        Fields("t", "something else entirely\n" * 20, ["a"]),
        first.hlc,
        "dev1",
        first.created_at,
        "edit",
        None,
    )
    with pytest.raises(RecordRejectedError):
        delta.decode(
            enc.plaintext,
            memory_id=MID,
            rev_id=second.rev_id,
            server_parent=first.rev_id,
            author="dev1",
            delta_base=first.rev_id,
            base=other,
        )


def test_aead_binds_memory_revision_base_parent_author_and_key_version() -> None:
    cipher = RecordCipher({1: b"k" * 32}, 1)
    rid, parent = "ab" * 16, "cd" * 16
    sealed = cipher.seal(b"secret", MID, rid, None, parent, "dev1")
    assert cipher.open(sealed, MID, rid, None, parent, "dev1") == (b"secret", 2)
    for args in (
        (MID, "ef" * 16, None, parent, "dev1"),
        (MID, rid, "ef" * 16, parent, "dev1"),
        (MID, rid, None, None, "dev1"),
        (MID, rid, None, parent, "dev2"),
        ("11111111-2222-4333-8444-555555555555", rid, None, parent, "dev1"),
    ):
        with pytest.raises(RecordRejectedError):
            cipher.open(sealed, *args)
    flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(RecordRejectedError):
        cipher.open(flipped, MID, rid, None, parent, "dev1")
    with pytest.raises(RecordRejectedError):
        RecordCipher({1: b"x" * 32}, 1).open(sealed, MID, rid, None, parent, "dev1")
    relabelled = sealed[:1] + (2).to_bytes(2, "big") + sealed[3:]
    with pytest.raises(RecordRejectedError, match="unknown_key_version"):
        cipher.open(relabelled, MID, rid, None, parent, "dev1")
    rotated = RecordCipher({1: b"k" * 32, 2: b"n" * 32}, 2)
    newer = rotated.seal(b"later", MID, rid, None, parent, "dev1")
    assert newer[1:3] == (2).to_bytes(2, "big")
    with pytest.raises(RecordRejectedError):
        cipher.open(newer, MID, rid, None, parent, "dev1")  # the old key alone
    assert rotated.open(sealed, MID, rid, None, parent, "dev1") == (b"secret", 2)


def test_a_protocol_v1_envelope_still_opens() -> None:
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from memshadow_desktop.core.sync.crypto import associated_data_v1

    key, nonce = b"k" * 32, os.urandom(12)
    v1 = (
        b"\x01"
        + nonce
        + AESGCM(key).encrypt(nonce, b"old", associated_data_v1(MID, "ab" * 32, None))
    )
    assert RecordCipher({1: key}, 1).open(v1, MID, "ab" * 32, None, None, "x") == (b"old", 1)


def test_clock_values_out_of_range_are_refused() -> None:
    from memshadow_desktop.core.sync.codec import decode_stamps

    for stamps in ([None, None, 10**16, 0, 0, None], [None, None, 5, 10**7, 0, None]):
        with pytest.raises(RecordRejectedError):
            decode_stamps(stamps, server_parent=None, author="d", base_hlc=None)


def test_a_clock_far_ahead_is_not_followed() -> None:
    import time

    from memshadow_desktop.core.hlc import MAX_AHEAD_MS, HlcStamp, HybridClock

    clock = HybridClock()
    now = int(time.time() * 1000)
    clock.observe(HlcStamp(now + 10 * MAX_AHEAD_MS, 0))
    assert clock.now().wall_ms < now + MAX_AHEAD_MS
    clock.observe(HlcStamp(now + MAX_AHEAD_MS // 2, 3))
    assert clock.now().wall_ms >= now + MAX_AHEAD_MS // 2
    assert HybridClock(HlcStamp(now + 10 * MAX_AHEAD_MS, 0)).now().wall_ms < now + MAX_AHEAD_MS


def test_text_merge() -> None:
    base = "a\nb\nc\nd\ne\n"
    assert merge_text(base, "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n") == "A\nb\nc\nd\nE\n"
    assert merge_text(base, "A\nb\nc\nd\ne\n", "X\nb\nc\nd\ne\n") is None
    assert merge_text(base, "same\n", "same\n") == "same\n"


def f(
    body: str,
    title: str = "t",
    tags: list[str] | None = None,
    deleted: bool = False,
    pinned: bool = False,
) -> Fields:
    return Fields(title, body, tags or [], None, pinned, deleted)


def test_field_merge() -> None:
    base = f("a\nb\nc\nd\n", tags=["x", "y"])
    r = merge_fields(
        base,
        f("A\nb\nc\nd\n", tags=["x", "y", "z"]),
        f("a\nb\nc\nD\n", title="T2", tags=["y"], pinned=True),
    )
    assert r.kind == CLEAN and r.fields == f(
        "A\nb\nc\nD\n", title="T2", tags=["y", "z"], pinned=True
    )
    assert merge_fields(base, f("1\n"), f("2\n")).kind == CONFLICT
    assert (
        merge_fields(base, f("a\nb\nc\nd\n", title="L"), f("a\nb\nc\nd\n", title="R")).kind
        == CONFLICT
    )
    assert (
        merge_fields(base, base.replace(deleted=True), f("edited\n", tags=["x", "y"])).kind
        == EDIT_DELETE
    )
    assert (
        merge_fields(base, f("edited\n", tags=["x", "y"]), base.replace(deleted=True)).kind
        == EDIT_DELETE
    )
    # Deleting on one side and pinning on the other is no content edit: it merges.
    both = merge_fields(base, base.replace(deleted=True), base.replace(pinned=True))
    assert (
        both.kind == CLEAN
        and both.fields is not None
        and both.fields.deleted
        and both.fields.pinned
    )
