"""Push (compare-and-swap, idempotence, verification, limits), pull (cursors, batches), chains."""

from __future__ import annotations

import os
from collections.abc import Callable

import httpx
import msgpack
import pytest
import zstandard

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import ApiFailure, SyncClient, device, random_revision, sealed
from memshadow_desktop.server.runner import ServerThread

from .conftest import Account, rec

S = p.PushStatus


def test_cas_conflict_carries_current_head(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    laptop, phone = acct.first, acct.device("phone")
    mem, base = p.new_memory_id(), random_revision()
    assert laptop.push([rec(mem, base, b"v1")]).results[0].status == S.ACCEPTED
    mine, theirs = random_revision(), random_revision()
    won = laptop.push([rec(mem, mine, b"v2", parent_revision=base)])
    assert won.results[0].status == S.ACCEPTED and won.results[0].seq == 2
    lost = phone.push([rec(mem, theirs, b"v2'", parent_revision=base)])
    r = lost.results[0]
    assert r.status == S.CONFLICT and r.head_revision == mine and r.head_seq == 2 and r.seq is None
    assert lost.conflicts == 1
    # A first revision for a memory that already exists also conflicts.
    again = phone.push([rec(mem, random_revision(), b"new")])
    assert again.results[0].status == S.CONFLICT and again.results[0].head_revision == mine
    assert acct.first.get(p.PATH_STATS)["conflicts"] == 2


def test_repush_is_idempotent(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    mem = p.new_memory_id()
    r1, r2 = random_revision(), random_revision()
    batch = [
        rec(mem, r1, b"one"),
        rec(mem, r2, b"two", parent_revision=r1, delta_base=r1),
    ]
    first = acct.first.push(batch)
    assert [x.status for x in first.results] == [S.ACCEPTED, S.ACCEPTED]
    # The answer got lost; the device pushes the same batch again, even after others moved on.
    r3 = random_revision()
    acct.first.push([rec(mem, r3, b"three", parent_revision=r2)])
    second = acct.first.push(batch)
    assert [x.status for x in second.results] == [S.DUPLICATE, S.DUPLICATE]
    assert [x.seq for x in second.results] == [x.seq for x in first.results]
    assert second.head_seq == 3
    assert [r.revision_id for r in acct.first.pull_all()] == [r1, r2, r3]


def test_verification_rejects_bad_checksums_and_unknown_bases(
    account_factory: Callable[..., Account],
) -> None:
    acct = account_factory()
    mem = p.new_memory_id()
    good = rec(mem, random_revision(), b"text")
    flipped = p.PushRecord(
        mem, random_revision(), None, None, p.Priority.HIGH, sealed(b"texT"), good.checksum
    )
    orphan = rec(p.new_memory_id(), random_revision(), b"d", delta_base=random_revision())
    out = acct.first.push([flipped, orphan, good])
    assert [(x.status, x.error) for x in out.results] == [
        (S.REJECTED, "checksum_mismatch"),
        (S.REJECTED, "unknown_delta_base"),
        (S.ACCEPTED, None),
    ]
    assert out.results[2].seq == 1  # rejected records use no sequence numbers
    pulled = acct.first.pull_all()
    assert len(pulled) == 1 and pulled[0].stub  # the pusher's own record comes as a stub
    with SyncClient(acct.url) as other:
        other.login(acct.name, acct.secret, device("other"))
        pulled = other.pull_all()
    assert len(pulled) == 1 and pulled[0].verify()


def test_pull_batches_and_cursor(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    other = acct.device("other")
    recs = [rec(p.new_memory_id(), random_revision(), os.urandom(50)) for _ in range(25)]
    assert acct.first.push(recs).accepted == 25
    seen: list[p.StoredRecord] = []
    after, calls = 0, 0
    while True:
        batch = other.pull(after, limit=10)
        calls += 1
        seen.extend(batch.records)
        after = batch.next_cursor
        assert batch.head_seq == 25
        if not batch.more:
            break
    assert calls == 3 and after == 25
    assert [r.seq for r in seen] == list(range(1, 26))
    assert [(r.memory_id, r.revision_id, r.ciphertext) for r in seen] == [
        (r.memory_id, r.revision_id, r.ciphertext) for r in recs
    ]
    assert all(r.author_device == "dev0" and r.verify() for r in seen)
    empty = other.pull(25)
    assert empty.records == [] and empty.next_cursor == 25 and not empty.more
    device = next(d for d in acct.first.devices() if d["id"] == "other")
    assert device["pulled_seq"] == 25 and device["records_out"] == 25 and device["last_sync"]


def test_unknown_cursor_requires_resync(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    acct.first.push([rec(p.new_memory_id(), random_revision(), b"x")])
    with pytest.raises(ApiFailure) as err:
        acct.first.pull(after=99)
    assert err.value.status == 410 and err.value.code == p.ERR_RESYNC_REQUIRED
    assert err.value.body["head_seq"] == 1


def test_chain_from_last_keyframe(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    mem = p.new_memory_id()
    revs = [random_revision() for _ in range(6)]
    recs, parent = [], None
    for i, rev in enumerate(revs):
        keyframe = i in (0, 3)
        recs.append(
            rec(
                mem,
                rev,
                f"r{i}".encode(),
                parent_revision=parent,
                delta_base=None if keyframe else parent,
            )
        )
        parent = rev
    assert acct.first.push(recs).accepted == 6
    assert [r.revision_id for r in acct.first.chain(mem)] == revs[3:]
    assert [r.revision_id for r in acct.first.chain(mem, revs[2])] == revs[:3]
    with pytest.raises(ApiFailure) as err:
        acct.first.chain(mem, random_revision())
    assert err.value.status == 404


def _post(
    server: ServerThread, token: str, body: bytes, ctype: str = p.BATCH_MEDIA_TYPE
) -> httpx.Response:
    return httpx.post(
        server.url + p.PATH_PUSH,
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": ctype},
        timeout=60,
    )


def test_malformed_and_oversized_bodies_are_4xx(
    server: ServerThread, account_factory: Callable[..., Account]
) -> None:
    acct = account_factory()
    token = acct.first.token
    assert token
    record = rec(p.new_memory_id(), random_revision(), b"c").to_wire()
    z = zstandard.ZstdCompressor()
    cases: list[tuple[bytes, str, int]] = [
        (b"", p.BATCH_MEDIA_TYPE, 400),
        (b"not zstd at all", p.BATCH_MEDIA_TYPE, 400),
        (z.compress(b"\xff\xfe"), p.BATCH_MEDIA_TYPE, 400),
        (
            z.compress(msgpack.packb({"v": 2, "r": [{**record, "k": "x"}]})),
            p.BATCH_MEDIA_TYPE,
            400,
        ),
        (
            z.compress(msgpack.packb({"v": 2, "r": [record] * (p.MAX_PUSH_RECORDS + 1)})),
            p.BATCH_MEDIA_TYPE,
            413,
        ),
        (z.compress(b"\x00" * (p.MAX_DECODED_BYTES + 10)), p.BATCH_MEDIA_TYPE, 413),
        (os.urandom(p.MAX_BODY_BYTES + 1), p.BATCH_MEDIA_TYPE, 413),
        (p.encode_push([]), "application/json", 415),
    ]
    for body, ctype, status in cases:
        r = _post(server, token, body, ctype)
        assert r.status_code == status, (status, r.text[:200])
        assert r.json()["error"]
    big = rec(p.new_memory_id(), random_revision(), b"\x00" * (p.MAX_RECORD_BYTES + 1))
    assert _post(server, token, p.encode_push([big])).status_code == 413
    # JSON control endpoints too.
    r = httpx.post(
        server.url + p.PATH_SESSION, content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422
    r = httpx.post(
        server.url + p.PATH_SESSION,
        content=b"[" * 300_000,
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413
    # An empty batch is fine.
    ok = _post(server, token, p.encode_push([]))
    assert ok.status_code == 200 and ok.json()["accepted"] == 0


def test_checkpoint_and_stats(account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    acct.first.push([rec(p.new_memory_id(), random_revision(), b"abc") for _ in range(3)])
    assert acct.first.post(p.PATH_CHECKPOINT, {"cursor": 2}) == {"pulled_seq": 2}
    assert acct.first.post(p.PATH_CHECKPOINT, {"cursor": 1}) == {"pulled_seq": 2}  # never backwards
    assert acct.first.post(p.PATH_CHECKPOINT, {"cursor": 10**9}) == {
        "pulled_seq": 3
    }  # capped at head
    stats = acct.first.get(p.PATH_STATS)
    assert stats["head_seq"] == 3 and stats["records"] == 3 and stats["memories"] == 3
    assert stats["records_in"] == 3 and stats["bytes_in"] > 0 and stats["stored_bytes"] == 18
    assert stats["devices"] == 1 and stats["devices_online"] == 1 and stats["push_ops"] == 1


def test_health_and_metrics(server: ServerThread, account_factory: Callable[..., Account]) -> None:
    acct = account_factory()
    mem = p.new_memory_id()
    base = random_revision()
    acct.first.push([rec(mem, base, b"a")])
    acct.first.push([rec(mem, random_revision(), b"b")])  # conflict
    h = httpx.get(server.url + "/healthz")
    assert h.status_code == 200 and h.json()["status"] == "ok"
    text = httpx.get(server.url + "/metrics").text
    for name in (
        "cross_device_sync_operations_total",
        "cross_device_sync_conflicts_total",
        "cross_device_devices_online",
        "cross_device_request_duration_seconds_bucket",
    ):
        assert name in text
    assert 'route="/v2/push"' in text
    conflicts = [
        ln for ln in text.splitlines() if ln.startswith("cross_device_sync_conflicts_total ")
    ]
    assert conflicts and float(conflicts[0].split()[1]) >= 1
