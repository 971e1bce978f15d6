"""Server benchmark: records accepted per second, first-pull time, event latency.

The server runs as real ``memshadow-server`` processes on loopback (one, or two replicas on one
PostgreSQL); the devices are httpx clients in this process.
"""

from __future__ import annotations

import os
import queue
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema
from memshadow_desktop.server.client import SyncClient, device, random_revision, sealed
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.runner import ServerProcess

TARGETS = {"push_records_per_s": 2000.0, "event_p50_ms": 100.0, "first_pull_10k_s": 3.0}


def _records(n: int, size: int) -> list[p.PushRecord]:
    return [
        p.PushRecord.seal(p.new_memory_id(), random_revision(), sealed(os.urandom(size)))
        for _ in range(n)
    ]


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def _events(client: SyncClient, out: queue.Queue[tuple[float, int]], stop: threading.Event) -> None:
    try:
        for ev in client.events(timeout=60):
            if stop.is_set():
                return
            if ev.name in (p.EVENT_SEQ, p.EVENT_HELLO):
                out.put((time.perf_counter(), int(ev.data["seq"])))
    except Exception:
        out.put((time.perf_counter(), -1))


def run_scenario(
    urls: list[str],
    *,
    devices: int,
    records: int,
    batch: int,
    record_bytes: int,
    samples: int,
    progress: Callable[[str], None] | None = None,
) -> tuple[dict[str, Any], str]:
    """One account; ``devices`` devices push concurrently, a new device pulls, one listens."""
    say = progress or (lambda _m: None)
    name = f"bench{os.getpid()}x{os.urandom(4).hex()}"
    secret = os.urandom(32)
    clients: list[SyncClient] = []
    try:
        first = SyncClient(urls[0])
        clients.append(first)
        first.create_account(name, secret, os.urandom(60), device("bench0"))
        pushers = [first]
        for i in range(1, devices):
            c = SyncClient(urls[i % len(urls)])
            c.login(name, secret, device(f"bench{i}"))
            clients.append(c)
            pushers.append(c)

        # 1. push throughput: every device pushes its share in batches, all at once
        say(f"push: {records} records, {devices} devices, batches of {batch}")
        shares = [
            _records(records // devices + (i < records % devices), record_bytes)
            for i in range(devices)
        ]
        batches = [[share[j : j + batch] for j in range(0, len(share), batch)] for share in shares]
        go = threading.Barrier(devices + 1)

        def push_all(i: int) -> int:
            go.wait()
            accepted = 0
            for b in batches[i]:
                accepted += pushers[i].push(b).accepted
            return accepted

        with ThreadPoolExecutor(devices) as pool:
            futures = [pool.submit(push_all, i) for i in range(devices)]
            go.wait()
            t0 = time.perf_counter()
            accepted = sum(f.result() for f in futures)
            push_s = time.perf_counter() - t0
        if accepted != records:
            raise RuntimeError(f"only {accepted} of {records} records accepted")

        # 2. first pull of everything by a new device (on the last replica)
        say("pull: a new device pulls everything")
        fresh = SyncClient(urls[-1])
        clients.append(fresh)
        fresh.login(name, secret, device("bench-new"))
        t0 = time.perf_counter()
        got, after, wire, calls = 0, 0, 0, 0
        while True:
            r = fresh.http.get(
                p.PATH_PULL,
                params={"after": after, "limit": p.DEFAULT_PULL_LIMIT},
                headers=fresh.auth_headers,
            )
            r.raise_for_status()
            wire += len(r.content)
            calls += 1
            b = p.decode_records(r.content)
            got += len(b.records)
            after = b.next_cursor
            if not b.more:
                break
        pull_s = time.perf_counter() - t0
        if got != records:
            raise RuntimeError(f"pulled {got} of {records} records")

        # 3. event latency: a CRITICAL push on replica 0, announced on the last replica
        say(f"events: {samples} CRITICAL pushes announced to another device")
        listener = SyncClient(urls[-1])
        clients.append(listener)
        listener.login(name, secret, device("bench-listener"))
        q: queue.Queue[tuple[float, int]] = queue.Queue()
        stop = threading.Event()
        threading.Thread(target=_events, args=(listener, q, stop), daemon=True).start()
        q.get(timeout=30)  # hello
        lat: list[float] = []
        for _ in range(samples):
            rec = _records(1, record_bytes)[0]
            rec = p.PushRecord(
                rec.memory_id,
                rec.revision_id,
                None,
                None,
                p.Priority.CRITICAL,
                rec.ciphertext,
                rec.checksum,
            )
            t0 = time.perf_counter()
            seq = first.push([rec]).head_seq
            while True:
                ts, got_seq = q.get(timeout=30)
                if got_seq < 0:
                    raise RuntimeError("event stream failed")
                if got_seq >= seq:
                    break
            lat.append((ts - t0) * 1000)
            time.sleep(0.01)
        stop.set()
        result = {
            "push": {
                "records": records,
                "batch": batch,
                "devices": devices,
                "record_bytes": record_bytes,
                "seconds": round(push_s, 3),
                "records_per_s": round(records / push_s, 1),
            },
            "pull": {
                "records": records,
                "seconds": round(pull_s, 3),
                "records_per_s": round(records / pull_s, 1),
                "requests": calls,
                "wire_bytes": wire,
            },
            "events": {
                "samples": samples,
                "p50_ms": round(statistics.median(lat), 2),
                "p95_ms": round(_pct(lat, 0.95), 2),
                "max_ms": round(max(lat), 2),
            },
        }
        return result, name
    finally:
        for c in clients:
            c.close()


def purge_account(db_url: str, name: str) -> None:
    """Remove a benchmark account and everything in it."""
    db = Database(db_url)
    try:
        with db.write() as conn:
            acc = conn.execute(
                sa.select(schema.accounts.c.id).where(schema.accounts.c.name == name)
            ).scalar()
            if acc is None:
                return
            for table in (schema.records, schema.heads, schema.tokens, schema.devices):
                conn.execute(sa.delete(table).where(table.c.account_id == acc))
            conn.execute(sa.delete(schema.accounts).where(schema.accounts.c.id == acc))
    finally:
        db.dispose()


def run(
    db_url: str | None,
    *,
    devices: int = 2,
    records: int = 10_000,
    batch: int = 100,
    record_bytes: int = 512,
    samples: int = 50,
    replicas: list[int] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    say = progress or (lambda _m: None)
    scenarios: list[dict[str, Any]] = []
    with ExitStack() as stack:
        if db_url is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="memshadow-bench-"))
            db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
            dialect = "sqlite"
        else:
            dialect = Database(db_url).dialect
        counts = replicas or ([1, 2] if dialect == "postgresql" else [1])
        if dialect == "sqlite" and any(n > 1 for n in counts):
            raise ValueError("several replicas need PostgreSQL")
        for n in counts:
            say(f"{dialect}, {n} replica(s): starting")
            with ExitStack() as servers:
                procs = [
                    servers.enter_context(
                        ServerProcess(
                            db_url,
                            extra=[
                                "--compact-every",
                                "0",
                                "--login-rate",
                                "100000",
                                "--registration",
                                "open",
                            ],
                        )
                    )
                    for _ in range(n)
                ]
                result, name = run_scenario(
                    [s.url for s in procs],
                    devices=devices,
                    records=records,
                    batch=batch,
                    record_bytes=record_bytes,
                    samples=samples,
                    progress=say,
                )
            if dialect != "sqlite":
                purge_account(db_url, name)
            scenarios.append({"database": dialect, "replicas": n, **result})
    return {"targets": TARGETS, "scenarios": scenarios, "cpus": os.cpu_count()}
