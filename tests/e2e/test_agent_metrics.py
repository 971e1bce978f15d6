"""`memshadow agent --metrics`: every metric name of the issue, with live values after a sync
and a search, on loopback, and no memory content in any label."""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.api import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.runner import ServerThread
from tests.conftest import FAST_KDF, PASSPHRASE, Cli, memshadow_bin
from tests.server.conftest import fast_config
from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE, new_account

NAMES = (
    "npu_accelerator_inferences_total",
    "npu_accelerator_inference_duration_ms",
    "npu_accelerator_active_accelerator",
    "cross_device_sync_operations_total",
    "cross_device_sync_conflicts_total",
    "cross_device_devices_online",
    "edge_deployment_memory_usage_mb",
    "edge_deployment_cpu_percent",
    "edge_deployment_cache_size_mb",
)
SECRET_WORDS = ("Zanzibar", "quokka")  # in the memory: never in a label


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    db = tmp_path_factory.mktemp("srv") / "server.db"
    with ServerThread(fast_config(f"sqlite:///{db}", heartbeat_s=1.0)) as srv:
        yield srv


def device(home: Path, server: ServerThread, account: str, *, create: bool) -> Cli:
    with MemshadowService.create(
        AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        svc.sync.setup(
            server.url,
            account,
            SYNC_PASSPHRASE,
            create=create,
            device_name=home.name,
            kdf=FAST_ACCOUNT_KDF,
        )
    return Cli(home)


def samples(text: str) -> dict[str, float]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            out[name] = float(value)
    return out


def test_the_agent_serves_every_metric_live(
    tmp_path: Path, server: ServerThread, home_with_model: Path
) -> None:
    account = new_account()
    one = device(tmp_path / "one", server, account, create=True)
    two = device(home_with_model, server, account, create=False)  # has the real model
    agent = subprocess.Popen(
        [memshadow_bin(), "agent", "--profile", "light", "--metrics", "127.0.0.1:0", "--json"],
        env=two.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[dict[str, object]] = []
    url: list[str] = []
    got_url = threading.Event()

    def read() -> None:
        assert agent.stdout is not None
        for line in agent.stdout:
            event = json.loads(line)
            lines.append(event)
            if event.get("event") == "metrics":
                url.append(str(event["url"]))
                got_url.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        assert got_url.wait(60), agent.stderr.read() if agent.poll() is not None else lines
        assert url[0].startswith("http://127.0.0.1:")  # loopback

        def scrape() -> str:
            with urllib.request.urlopen(url[0], timeout=10) as response:
                return response.read().decode()

        added = one("add", "--title", "Holiday", f"{SECRET_WORDS[0]} trip, a {SECRET_WORDS[1]}")
        assert added.code == 0 and one("sync", "now").code == 0
        deadline = time.monotonic() + 60
        values: dict[str, float] = {}
        while time.monotonic() < deadline:
            values = samples(scrape())
            pulled = values.get('cross_device_sync_operations_total{operation="pull",outcome="ok"}')
            inferred = sum(
                v for k, v in values.items() if k.startswith("npu_accelerator_inferences_total")
            )
            if pulled and inferred:
                break
            time.sleep(0.5)
        found = two("search", "island animal", "--json")  # a search beside the agent
        assert found.code == 0, found.err
        text = scrape()
        values = samples(text)
    finally:
        agent.terminate()
        agent.communicate(timeout=30)

    for name in NAMES:
        assert any(key.split("{")[0].startswith(name) for key in values), name
    assert values['cross_device_sync_operations_total{operation="pull",outcome="ok"}'] >= 1
    assert values['cross_device_sync_operations_total{operation="session",outcome="ok"}'] >= 1
    assert values["cross_device_sync_conflicts_total"] == 0
    assert values["cross_device_devices_online"] >= 1
    assert values['npu_accelerator_inferences_total{precision="int8",provider="cpu"}'] >= 1
    count = values['npu_accelerator_inference_duration_ms_count{precision="int8",provider="cpu"}']
    assert (
        count >= 1
        and values[
            'npu_accelerator_inference_duration_ms_bucket{le="+Inf",precision="int8",provider="cpu"}'
        ]
        == count
    )
    assert values['npu_accelerator_active_accelerator{provider="cpu"}'] == 1
    assert 20 < values["edge_deployment_memory_usage_mb"] < 512
    assert values["edge_deployment_cpu_percent"] >= 0
    assert values["edge_deployment_cache_size_mb"] >= 0
    for word in (*SECRET_WORDS, "Holiday", account):
        assert word not in text
