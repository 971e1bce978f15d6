"""`memshadow bench edge`: the agent's resident memory per profile with 10,000 memories, the
time from nothing to a running agent, and the L1 cache on a replayed browsing session.

* **RSS per profile**: a vault of the TIL notes (embedded for real) grown to N memories the way
  `bench search` grows it (a note under a new title, its vectors nudged); then `memshadow agent
  --profile P` runs on it, one profile at a time, until it says READY (sd_notify) and a few
  seconds more while a memory added beside it is indexed; VmRSS is sampled throughout and VmHWM
  read at the end.
* **Deployment**: from an empty home: `memshadow init`, then the system unit rendered, the
  passphrase sealed with `systemd-creds encrypt` and the unit verified (`edge install --system
  --dry-run` plus what install does), then the agent started the way systemd starts that unit
  (its ExecStart and Environment, the credential decrypted into a private credentials directory,
  NOTIFY_SOCKET and WATCHDOG_USEC) until READY=1. Where systemd is PID 1 the same steps run under
  it; here the figure says which.
* **Cache**: a browsing session over the TIL notes (open a memory, then one of its related ones,
  now and then one beside it in the list) replayed twice, with and without prefetch, with a
  pause between opens as a reader makes; hit rate and open-to-rendered latency (the memory, its
  history, related memories and tag suggestions: what the window shows) p50/p95.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from memshadow_desktop.core.paths import AppPaths

Progress = Callable[[str], None]
MINUTE = 60.0
TARGETS_MB = {"minimal": 256, "light": 512}


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else 0.0


def _memshadow() -> str:
    return str(Path(sys.executable).with_name("memshadow"))


def _env(home: Path, passphrase: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC")}
    env.update(MEMSHADOW_HOME=str(home), MEMSHADOW_PASSPHRASE=passphrase, **extra)
    return env


class NotifySocket:
    """What systemd listens on for a Type=notify service: READY=1, WATCHDOG=1, ..."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "notify.sock"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))

    def wait_for(self, field: str, timeout: float) -> float | None:
        """Seconds until a message holding ``field`` arrived (None: it did not)."""
        start = time.monotonic()
        while (left := timeout - (time.monotonic() - start)) > 0:
            self.sock.settimeout(left)
            try:
                message = self.sock.recv(4096).decode()
            except TimeoutError:
                return None
            if field in message.split("\n"):
                return time.monotonic() - start
        return None

    def close(self) -> None:
        self.sock.close()
        self.path.unlink(missing_ok=True)


def _status_kb(pid: int, key: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


# --- the vaults ------------------------------------------------------------------


def build_vault(home: Path, passphrase: str, corpus: Path, say: Progress) -> dict[str, Any]:
    """The TIL notes imported and embedded for real."""
    from memshadow_desktop.core.service import MemshadowService

    svc = MemshadowService.create(AppPaths.resolve(home), passphrase=passphrase, use_keyring=False)
    try:
        say(f"importing {corpus}")
        svc.memories.import_path(corpus)
        sem = svc._core.semantic()
        if sem is None:
            raise RuntimeError("no embedding model is installed")
        say("embedding the corpus")
        start = time.perf_counter()
        embedded = sem.run_until_done()
        seconds = time.perf_counter() - start
        return {
            "memories": svc.vault.counts().memories,
            "chunks": len(sem.index),
            "embedded_s": round(seconds, 1),
            "embedded": embedded,
            "model": sem.embedder.fingerprint,
        }
    finally:
        svc.close()


def grow_vault(home: Path, passphrase: str, memories: int, say: Progress) -> dict[str, Any]:
    from memshadow_desktop.bench.search import grow
    from memshadow_desktop.core.service import MemshadowService

    svc = MemshadowService.unlock(AppPaths.resolve(home), lambda: passphrase)
    try:
        sem = svc._core.semantic()
        if sem is None:
            raise RuntimeError("no embedding model is installed")
        seeds = [m.id for m in svc.memories.list()]
        say(f"growing the vault to {memories:,} memories")
        grow(svc, sem.embedder, memories, seeds, np.random.default_rng(7))
        svc._core.close_semantic()
        sem = svc._core.semantic()
        vectors = len(sem.index) if sem is not None else 0
        return {"memories": svc.vault.counts().memories, "vectors": vectors}
    finally:
        svc.close()


# --- RSS per profile --------------------------------------------------------------------------


def agent_rss(home: Path, passphrase: str, profile: str, work_s: float = 8.0) -> dict[str, Any]:
    """Run the agent under ``profile`` until READY, add a memory beside it, sample its RSS."""
    with tempfile.TemporaryDirectory(prefix="memshadow-notify-") as tmp:
        notify = NotifySocket(Path(tmp))
        proc = subprocess.Popen(
            [_memshadow(), "agent", "--profile", profile, "--json"],
            env=_env(home, passphrase, NOTIFY_SOCKET=str(notify.path)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        samples: list[int] = []
        try:
            ready = notify.wait_for("READY=1", 10 * MINUTE)
            if ready is None:
                raise RuntimeError(f"the {profile} agent never became ready")
            added = subprocess.run(
                [
                    _memshadow(),
                    "add",
                    "--title",
                    f"Beside the {profile} agent",
                    os.urandom(8).hex(),
                ],
                env=_env(home, passphrase),
                capture_output=True,
                text=True,
                timeout=120,
            )
            if added.returncode != 0:
                raise RuntimeError(added.stderr.strip())
            end = time.monotonic() + work_s
            while time.monotonic() < end:
                rss = _status_kb(proc.pid, "VmRSS")
                if rss is not None:
                    samples.append(rss)
                time.sleep(0.1)
            peak = _status_kb(proc.pid, "VmHWM")
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            notify.close()
    rss_mb = max(samples) / 1024 if samples else 0.0
    target = TARGETS_MB.get(profile)
    return {
        "ready_s": round(ready, 2),
        "rss_mb": round(rss_mb, 1),  # the largest resident size while it ran
        "rss_settled_mb": round(samples[-1] / 1024, 1) if samples else None,
        "peak_mb": round((peak or 0) / 1024, 1),  # VmHWM: the start (Argon2id) included
        "target_mb": target,
        "ok": None if target is None else rss_mb < target,
    }


# --- deployment ---------------------------------------------------------------------------------


def _unit_values(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(key + "=")]


def deployment(root: Path, passphrase: str, models: AppPaths, say: Progress) -> dict[str, Any]:
    """From an empty home to a running agent, phase by phase (seconds)."""
    from memshadow_desktop.core.edge import install, units

    home = root / "deploy"
    phases: dict[str, float] = {}
    t0 = time.monotonic()
    out = subprocess.run(
        [_memshadow(), "init", "--no-keyring"],
        env=_env(home, passphrase),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    _link(models, AppPaths.resolve(home))
    phases["init_s"] = time.monotonic() - t0

    t1 = time.monotonic()
    rendered = subprocess.run(
        [_memshadow(), "edge", "install", "--system", "--profile", "light", "--dry-run", "--json"],
        env=_env(home, passphrase),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if rendered.returncode != 0:
        raise RuntimeError(rendered.stderr.strip())
    import json

    text = json.loads(rendered.stdout)["files"][units.UNIT_NAME]
    unit = root / units.UNIT_NAME
    unit.write_text(text)
    sealed = root / "memshadow-passphrase.cred"
    creds = shutil.which("systemd-creds")
    can_seal = creds is not None and os.geteuid() == 0
    if can_seal:
        subprocess.run(
            [str(creds), f"--name={units.CREDENTIAL}", "encrypt", "-", str(sealed)],
            input=passphrase,
            text=True,
            capture_output=True,
            check=True,
            timeout=60,
        )
    verified = install.verify("system", [unit])
    phases["install_s"] = time.monotonic() - t1

    t2 = time.monotonic()
    credentials = root / "credentials"
    credentials.mkdir(mode=0o700)
    secret = credentials / units.CREDENTIAL
    if can_seal:
        subprocess.run(
            [str(creds), f"--name={units.CREDENTIAL}", "decrypt", str(sealed), str(secret)],
            capture_output=True,
            check=True,
            timeout=60,
        )
    else:
        secret.write_text(passphrase)
    secret.chmod(0o400)
    argv = shlex.split(_unit_values(text, "ExecStart")[0])
    env = _env(home, "", CREDENTIALS_DIRECTORY=str(credentials), WATCHDOG_USEC="60000000")
    env.pop("MEMSHADOW_PASSPHRASE")  # the credential is the only way in, as under systemd
    with tempfile.TemporaryDirectory(prefix="memshadow-notify-") as tmp:
        notify = NotifySocket(Path(tmp))
        env["NOTIFY_SOCKET"] = str(notify.path)
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            ready = notify.wait_for("READY=1", 5 * MINUTE)
        finally:
            proc.terminate()
            proc.wait(30)
            notify.close()
    if ready is None:
        raise RuntimeError("the deployed agent never became ready")
    phases["start_to_ready_s"] = time.monotonic() - t2
    total = time.monotonic() - t0
    return {
        **{k: round(v, 2) for k, v in phases.items()},
        "total_s": round(total, 2),
        "ok": total < 30.0,
        "verified": verified,
        "sealed": "systemd-creds" if can_seal else "plain file (not root: no host key)",
        # systemd as PID 1 would run the same ExecStart; its own job overhead is not included.
        "manager": "emulated: ExecStart run as systemd runs it"
        + ("" if Path("/run/systemd/system").is_dir() else " (systemd is not PID 1 here)"),
    }


def _link(src: AppPaths, dst: AppPaths) -> None:
    dst.ensure()
    if src.models_dir.exists() and not dst.models_dir.exists():
        dst.models_dir.symlink_to(src.models_dir.resolve(), target_is_directory=True)
    if src.settings_file.exists():
        dst.settings_file.write_bytes(src.settings_file.read_bytes())


# --- the cache on a replayed browsing session -------------------------------------------------


def browsing_session(svc: Any, steps: int, seed: int = 11) -> list[tuple[str, list[str]]]:
    """Opens a reader makes: each memory, then mostly one of its related ones, sometimes the
    next one in the list. Each step: (memory id, the list on screen)."""
    rng = np.random.default_rng(seed)
    listing = [m.id for m in svc.memories.list()]
    current = listing[int(rng.integers(len(listing)))]
    out = []
    for _ in range(steps):
        out.append((current, listing))
        related = [h.memory.id for h in svc.search.related(current, 6)]
        if related and rng.random() < 0.8:
            current = related[int(rng.integers(min(3, len(related))))]
        else:
            row = listing.index(current)
            current = listing[(row + int(rng.choice([-1, 1]))) % len(listing)]
    return out


def replay(
    svc: Any, session: list[tuple[str, list[str]]], *, prefetch: bool, think_s: float
) -> dict[str, Any]:
    svc.cache.clear()
    svc.cache.reset_stats()
    svc.cache.set_prefetch(prefetch)
    latencies = []
    for memory_id, listing in session:
        start = time.perf_counter()
        opened = svc.cache.open(memory_id, listing=listing)
        svc.cache.meaning(opened.memory.id)  # the related strip and the tag suggestions
        latencies.append((time.perf_counter() - start) * 1000)
        time.sleep(think_s)
    svc.cache.wait_idle(30)
    stats = svc.cache.stats()
    return {
        "opens": len(session),
        "hit_rate": stats.hit_rate,
        "p50_ms": round(statistics.median(latencies), 3),
        "p95_ms": round(_percentile(latencies, 95), 3),
        "prefetched": stats.prefetched,
        "l1_mb": round(stats.bytes / 1e6, 2),
    }


def cache_session(
    home: Path, passphrase: str, steps: int, think_s: float, say: Progress
) -> dict[str, Any]:
    from memshadow_desktop.core.service import MemshadowService

    svc = MemshadowService.unlock(AppPaths.resolve(home), lambda: passphrase)
    try:
        if svc._core.semantic() is None:
            raise RuntimeError("no embedding model is installed")
        say(f"recording a browsing session of {steps} opens over the TIL notes")
        session = browsing_session(svc, steps)
        say("replaying it without prefetch")
        without = replay(svc, session, prefetch=False, think_s=think_s)
        say("replaying it with prefetch")
        with_prefetch = replay(svc, session, prefetch=True, think_s=think_s)
        plan = svc.edge.running_plan()
        return {
            "opens": steps,
            "distinct": len({m for m, _ in session}),
            "think_ms": round(think_s * 1000),
            "profile": str(plan.profile) if plan else None,
            "without_prefetch": without,
            "with_prefetch": with_prefetch,
        }
    finally:
        svc.close()


# --- all of it ----------------------------------------------------------------------------------


def run(
    *,
    models: AppPaths,
    corpus: Path,
    memories: int,
    profiles: tuple[str, ...],
    steps: int,
    think_s: float,
    progress: Progress | None = None,
) -> dict[str, Any]:
    say = progress or (lambda _m: None)
    passphrase = "bench passphrase " + os.urandom(4).hex()
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="memshadow-bench-edge-") as tmp:
        root = Path(tmp)
        say("deployment: from nothing to a running agent")
        result["deployment"] = deployment(root, passphrase, models, say)

        corpus_home = root / "til"
        _link(models, AppPaths.resolve(corpus_home))
        result["corpus"] = build_vault(corpus_home, passphrase, corpus, say)
        result["cache"] = cache_session(corpus_home, passphrase, steps, think_s, say)

        home = root / "big"
        shutil.copytree(corpus_home, home, symlinks=True)  # the corpus, embedded once
        result["vault"] = grow_vault(home, passphrase, memories, say)
        result["rss"] = {}
        for profile in profiles:
            say(f"agent RSS under {profile} with {memories:,} memories")
            result["rss"][profile] = agent_rss(home, passphrase, profile)
    return result
