"""`memshadow bench sync`: bytes on the wire, first sync of N memories, CRITICAL latency.

Everything runs against a real server on a loopback port (SQLite in a temporary folder) with
real vaults in temporary homes:

* differential sync: the README's 40 versions and the notes' edit streams are pushed one edit
  per sync, once with deltas + compression and once as whole records (the same protocol with
  every record an uncompressed keyframe); request and response bodies are counted;
* first sync: N memories (the corpus notes, multiplied) onto a device that has none,
  including decryption, verification and storage;
* latency: a CRITICAL change on one online device until the other device has applied it;
* beside the owner: `memshadow add` in a terminal while `memshadow agent` owns that vault, until
  the other device has applied it (NORMAL: pushed after the debounce on mains power; CRITICAL:
  at once), with no `sync now` anywhere.
"""

from __future__ import annotations

import asyncio
import json
import lzma
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from memshadow_desktop.bench.corpus import default_corpus
from memshadow_desktop.core.api import Priority
from memshadow_desktop.core.events import MEMORY_CHANGED, Event
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets.header import KdfParams
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.models import Fields
from memshadow_desktop.core.sync.client import ApiClient
from memshadow_desktop.core.sync.delta import DeltaPolicy
from memshadow_desktop.core.sync.keys import KdfParams as AccountKdf
from memshadow_desktop.core.sync.session import SyncOptions, SyncReport, SyncSession
from memshadow_desktop.core.sync.state import config
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.runner import ServerThread

Progress = Callable[[str], None] | None
_VAULT_KDF = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)
_ACCOUNT_KDF = AccountKdf(time_cost=1, memory_kib=8192, parallelism=1)
_PASS = "bench vault passphrase"
WHOLE = SyncOptions(deltas=DeltaPolicy(deltas=False, compress=False))
DIFF = SyncOptions()


def corpus_root() -> Path | None:
    notes = default_corpus()
    return notes.parent if notes else None


class Bench:
    def __init__(self, root: Path, server: ServerThread) -> None:
        self.root = root
        self.server = server
        self.n = 0
        self.open: list[MemshadowService] = []

    def device(self, account: str, *, create: bool) -> MemshadowService:
        self.n += 1
        svc = MemshadowService.create(
            AppPaths.resolve(self.root / f"dev{self.n}"),
            passphrase=_PASS,
            use_keyring=False,
            kdf=_VAULT_KDF,
        )
        self.open.append(svc)
        svc.sync.setup(
            self.server.url,
            account,
            "bench sync passphrase",
            create=create,
            device_name=f"bench{self.n}",
            kdf=_ACCOUNT_KDF,
        )
        return svc

    def close(self) -> None:
        for svc in self.open:
            svc._core.stop_engine()
            svc.close()


def sync_with(svc: MemshadowService, options: SyncOptions) -> SyncReport:
    store = svc._core.store
    cfg = config(store)

    async def run() -> SyncReport:
        async with ApiClient(cfg.server, cfg.token) as api:
            return await SyncSession(store, svc.events, api, options).sync()

    return asyncio.run(run())


# --- differential --------------------------------------------------------------------------------


def _streams_readme(root: Path) -> list[list[str]]:
    with lzma.open(root / "readme-history.jsonl.xz") as fh:
        return [[json.loads(line)["text"] for line in fh]]


def _streams_edits(root: Path) -> list[list[str]]:
    with open(root / "edits.jsonl", encoding="utf-8") as fh:
        return [[v["text"] for v in json.loads(line)["versions"]] for line in fh]


def _replay(
    bench: Bench, streams: list[list[str]], options: SyncOptions, tag: str, *, batched: bool
) -> dict[str, int]:
    """Create every stream's first version (one sync), then each later version as its own sync
    (or, ``batched``, the k-th version of every stream in one sync, as the scheduler batches
    changes that fall due together); a second device pulls along. Returns bytes for the first
    versions and for the edits."""
    account = f"bench-{tag}-{os.getpid()}-{bench.n}"
    a = bench.device(account, create=True)
    b = bench.device(account, create=False)
    ids = [a.memories.add(s[0], title=f"stream {i}").id for i, s in enumerate(streams)]
    first = sync_with(a, options)
    pulled = sync_with(b, options)
    out = {
        "first_up": first.up_wire,
        "first_down": pulled.down_wire,
        "first_raw": first.up_raw,
        "edits": 0,
        "edit_up": 0,
        "edit_down": 0,
        "edit_raw": 0,
    }
    longest = max(len(s) for s in streams)
    for k in range(1, longest):
        for mid, s in zip(ids, streams, strict=True):
            if k >= len(s) or s[k] == s[k - 1]:
                continue
            a.memories.edit(mid, body=s[k])
            out["edits"] += 1
            if not batched:
                _count(out, sync_with(a, options), sync_with(b, options))
        if batched:
            _count(out, sync_with(a, options), sync_with(b, options))
    assert all(a.memories.get(m).body == b.memories.get(m).body for m in ids), "devices diverged"
    return out


def _count(out: dict[str, int], up: SyncReport, down: SyncReport) -> None:
    out["edit_up"] += up.up_wire
    out["edit_down"] += down.down_wire
    out["edit_raw"] += up.up_raw


def differential(bench: Bench, root: Path, progress: Progress) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, streams, target in (
        ("readme_history", _streams_readme(root), 0.10),
        ("notes_edits", _streams_edits(root), 0.30),
    ):
        if progress:
            progress(f"differential: {name} ({sum(len(s) for s in streams)} versions)")
        entry: dict[str, Any] = {"streams": len(streams), "target": target}
        for mode in ("per_edit", "batched"):
            if mode == "batched" and len(streams) == 1:
                continue  # one stream: batching changes nothing
            batched = mode == "batched"
            diff = _replay(bench, streams, DIFF, "diff", batched=batched)
            whole = _replay(bench, streams, WHOLE, "whole", batched=batched)
            up = diff["edit_up"] / whole["edit_up"] if whole["edit_up"] else 0.0
            down = diff["edit_down"] / whole["edit_down"] if whole["edit_down"] else 0.0
            total = (diff["first_up"] + diff["edit_up"]) / (whole["first_up"] + whole["edit_up"])
            entry["edits"] = diff["edits"]
            entry[mode] = {
                "differential": diff,
                "whole_records": whole,
                "edit_ratio_up": round(up, 4),
                "edit_ratio_down": round(down, 4),
                "total_ratio_up": round(total, 4),
                "ok": up <= target and down <= target,
            }
        results[name] = entry
    return results


# --- first sync ----------------------------------------------------------------------------------


def _corpus_fields(root: Path | None, count: int) -> Iterator[Fields]:
    texts: list[tuple[str, str]] = []
    if root is not None:
        for path in sorted((root / "notes").rglob("*.md")):
            texts.append((path.relative_to(root / "notes").as_posix(), path.read_text("utf-8")))
    if not texts:
        texts = [(f"note{i}.md", f"# Note {i}\n\nSome text for note {i}.\n") for i in range(100)]
    for i in range(count):
        source, body = texts[i % len(texts)]
        copy = i // len(texts)
        title = body.splitlines()[0].lstrip("# ").strip() if body.strip() else source
        yield Fields(f"{title} ({copy})", body, ["til"], f"{source}#{copy}")


def first_sync(bench: Bench, root: Path | None, count: int, progress: Progress) -> dict[str, Any]:
    account = f"bench-first-{os.getpid()}-{bench.n}"
    a = bench.device(account, create=True)
    if progress:
        progress(f"first sync: writing {count} memories")
    items = list(_corpus_fields(root, count))
    for start in range(0, len(items), 1000):
        chunk = [(None, f, None) for f in items[start : start + 1000]]
        a._core.vault.store.write(mem.bulk_upsert, chunk)
    t0 = time.perf_counter()
    pushed = sync_with(a, DIFF)
    push_s = time.perf_counter() - t0
    if progress:
        progress(f"first sync: pushed {pushed.pushed} in {push_s:.1f} s; new device pulling")
    b = bench.device(account, create=False)
    t0 = time.perf_counter()
    report = sync_with(b, DIFF)
    seconds = time.perf_counter() - t0
    got = len(b.memories.list())
    return {
        "memories": count,
        "received": got,
        "seconds": round(seconds, 3),
        "memories_per_s": round(got / seconds, 1) if seconds else None,
        "bytes_down_wire": report.down_wire,
        "push_seconds": round(push_s, 3),
        "target_s": 10.0,
        "ok": got == count and seconds <= 10.0,
    }


# --- latency -------------------------------------------------------------------------------------


def latency(bench: Bench, rounds: int, progress: Progress) -> dict[str, Any]:
    account = f"bench-latency-{os.getpid()}-{bench.n}"
    a = bench.device(account, create=True)
    b = bench.device(account, create=False)
    arrived: dict[str, float] = {}
    cond = threading.Condition()

    def on_change(e: Event) -> None:
        if e.kind == MEMORY_CHANGED and e.data.get("action") == "synced":
            with cond:
                arrived[str(e.data["id"])] = time.perf_counter()
                cond.notify_all()

    b.events.subscribe(on_change)
    idle = threading.Event()
    b.events.subscribe(
        lambda e: idle.set() if e.kind == "sync.status" and e.data.get("state") == "idle" else None
    )
    a._core.start_engine()
    b._core.start_engine()
    idle.wait(30)
    samples: list[float] = []
    for i in range(rounds + 2):
        t0 = time.perf_counter()
        m = a.memories.add(f"critical change {i}\n")
        a.sync.set_priority(m.id, Priority.CRITICAL)
        mid = m.id
        with cond:
            cond.wait_for(lambda: mid in arrived, timeout=30)  # noqa: B023
            if m.id not in arrived:
                raise RuntimeError("a CRITICAL change did not arrive within 30 s")
            took = arrived[m.id] - t0
        if i >= 2:  # the first two warm connections up
            samples.append(took * 1000)
    a._core.stop_engine()
    b._core.stop_engine()
    samples.sort()
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    if progress:
        progress(f"latency: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    return {
        "rounds": len(samples),
        "p50_ms": round(p50, 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(samples[-1], 1),
        "target_p50_ms": 300.0,
        "ok": p50 <= 300.0,
    }


def beside_owner(bench: Bench, rounds: int, progress: Progress) -> dict[str, Any]:
    account = f"bench-owner-{os.getpid()}-{bench.n}"
    a = bench.device(account, create=True)
    home = a.paths
    a.close()
    bench.open.remove(a)
    b = bench.device(account, create=False)
    arrived: dict[str, float] = {}
    cond = threading.Condition()

    def on_change(e: Event) -> None:
        if e.kind == MEMORY_CHANGED and e.data.get("action") == "synced":
            with cond:
                arrived[str(e.data["id"])] = time.perf_counter()
                cond.notify_all()

    b.events.subscribe(on_change)
    b.runtime.start("agent")
    cli = str(Path(sys.executable).with_name("memshadow"))
    env = {**os.environ, "MEMSHADOW_HOME": str(home.data_dir.parent), "MEMSHADOW_PASSPHRASE": _PASS}
    agent = subprocess.Popen([cli, "agent"], env=env, stdout=subprocess.DEVNULL)
    out: dict[str, Any] = {}
    try:
        while MemshadowService.owner_of(home) is None:
            time.sleep(0.05)
        for priority in ("normal", "critical"):
            samples, commands = [], []
            for i in range(rounds):
                start = time.perf_counter()
                added = subprocess.run(
                    [cli, "add", "--priority", priority, f"{priority} beside the owner {i}"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                done, mid = time.perf_counter(), added.stdout.strip()
                with cond:
                    if not cond.wait_for(lambda: mid in arrived, timeout=60):  # noqa: B023
                        raise RuntimeError(f"a {priority} change did not arrive within 60 s")
                # From the command's start: its own start-up (unlocking the vault) included.
                samples.append((arrived[mid] - start) * 1000)
                commands.append((done - start) * 1000)
                time.sleep(0.5)
            samples.sort()
            out[priority] = {
                "rounds": len(samples),
                "p50_ms": round(statistics.median(samples), 1),
                "max_ms": round(samples[-1], 1),
                "command_p50_ms": round(statistics.median(commands), 1),
            }
            if progress:
                progress(f"beside the owner, {priority}: p50 {out[priority]['p50_ms']} ms")
    finally:
        agent.terminate()
        agent.wait(timeout=30)
    return out


# --- all -----------------------------------------------------------------------------------------


@contextmanager
def _server(root: Path) -> Iterator[ServerThread]:
    cfg = ServerConfig(
        db_url=f"sqlite:///{root / 'server.db'}",
        argon2_time_cost=1,
        argon2_memory_kib=8192,
        compact_every_s=0,
        login_max_attempts_per_ip=10_000,
        registration="open",
        signups_per_hour=10_000,
        hellos_per_minute=100_000,
    )
    with ServerThread(cfg) as srv:
        yield srv


def run(*, count: int, latency_rounds: int, progress: Progress = None) -> dict[str, Any]:
    root = corpus_root()
    tmp = Path(tempfile.mkdtemp(prefix="memshadow-bench-sync-"))
    try:
        with _server(tmp) as srv:
            bench = Bench(tmp, srv)
            try:
                result: dict[str, Any] = {"corpus": str(root) if root else None}
                if root is not None:
                    result["differential"] = differential(bench, root, progress)
                result["latency"] = latency(bench, latency_rounds, progress)
                result["beside_owner"] = beside_owner(bench, 5, progress)
                result["first_sync"] = first_sync(bench, root, count, progress)
            finally:
                bench.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result
