"""Finding 10: files owner-only, /metrics not public, clocks from the wire bounded, and the
server's acknowledged pushes durable.

v1 created server.db 0644 in a 0755 folder, never tightened an existing folder, wrote exports
with the umask, showed cross-account figures on /metrics to anyone, let a clock ten years
ahead drag every device's clock along, and ran the server's SQLite with synchronous=NORMAL.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import httpx
import pytest

from memshadow_desktop.core.hlc import HybridClock
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.db import Database
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.conftest import Servers, lan_address, make_devices_type, sync_all


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_server_database_is_owner_only_and_its_folder_tightened(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh" / "server.db"
        Database(f"sqlite:///{fresh}").migrate()
        existing = tmp_path / "existing"
        existing.mkdir(mode=0o755)
        os.chmod(existing, 0o755)
        (existing / "server.db").touch(mode=0o644)
        os.chmod(existing / "server.db", 0o644)
        Database(f"sqlite:///{existing / 'server.db'}").migrate()
    finally:
        os.umask(old)
    for db in (fresh, existing / "server.db"):
        assert mode(db.parent) == 0o700, f"{db.parent} is {oct(mode(db.parent))}"
        for f in db.parent.iterdir():
            assert mode(f) == 0o600, f"{f} is {oct(mode(f))}"


def test_the_vault_folders_are_tightened_and_exports_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        home = tmp_path / "home"
        for d in ("data", "config", "cache", "logs"):
            (home / d).mkdir(parents=True)
            os.chmod(home / d, 0o755)
        svc = MemshadowService.create(
            AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
        )
        try:
            svc.memories.add("exported text", title="Exported", tags=["t"])
            out = tmp_path / "export"
            svc.memories.export(out)
            files = [p for p in (home / "data").iterdir() if p.is_file()]
            files += [p for p in out.rglob("*") if p.is_file()]
            modes = {f: mode(f) for f in files}
        finally:
            svc.close()
    finally:
        os.umask(old)
    for d in ("data", "config", "cache", "logs"):
        assert mode(home / d) == 0o700, f"{d} is {oct(mode(home / d))}"
    assert mode(out) == 0o700
    for f, m in modes.items():
        assert m == 0o600, f"{f} is {oct(m)}"


def test_metrics_are_not_shown_to_anyone(servers: Servers) -> None:
    host = lan_address()
    if host is None:
        pytest.skip("this host has no address but loopback")
    srv = servers.start(host=host)
    r = httpx.get(srv.url + "/metrics", timeout=10)
    assert r.status_code in (401, 403, 404), "metrics answered a non-loopback client"
    guarded = servers.start("guarded", metrics_token="metrics-secret-for-tests")
    assert httpx.get(guarded.url + "/metrics", timeout=10).status_code in (401, 403)
    ok = httpx.get(
        guarded.url + "/metrics",
        headers={"Authorization": "Bearer metrics-secret-for-tests"},
        timeout=10,
    )
    assert ok.status_code == 200 and "cross_device" in ok.text


def test_a_clock_far_ahead_on_one_device_does_not_drag_the_others(
    servers: Servers, make_devices: make_devices_type, monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    a, b = devs.make("a"), devs.make("b")
    ten_years = 10 * 365 * 86400 * 1000
    real = HybridClock._now_ms
    monkeypatch.setattr(HybridClock, "_now_ms", staticmethod(lambda: real() + ten_years))
    a.memories.add("written with a clock ten years ahead", title="Future")
    a.sync.now()
    monkeypatch.setattr(HybridClock, "_now_ms", staticmethod(real))
    b.sync.now()
    clock = b._core.store.ctx.clock
    ahead_ms = clock.now().wall_ms - time.time() * 1000
    assert ahead_ms < 86400 * 1000, f"b's clock jumped {ahead_ms / 86400000:.0f} days ahead"
    sync_all(a, b)


def test_the_servers_sqlite_commits_durably(servers: Servers) -> None:
    srv = servers.start()
    db = srv.app.state.repo.db
    with db.engine.connect() as conn:
        level = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    assert level == 2, f"PRAGMA synchronous is {level}, not FULL (2)"
    # Pushes (and accounts, devices, keys) commit through durable writes; only bookkeeping
    # a power cut may lose without harm (last-seen times, counters) skips the disk wait.
    for durable, expected in ((True, 2), (False, 1), (True, 2)):
        with db.write(durable=durable) as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == expected
