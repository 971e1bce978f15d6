"""The agent's Prometheus metrics (``memshadow agent --metrics 127.0.0.1:9464``).

Fixed names, labels from fixed sets only (a provider, a precision, an operation, an outcome):
no memory, title, tag, device name or account ever becomes a label. Served over HTTP on
loopback unless an address is given.

* ``npu_accelerator_inferences_total{provider,precision}`` and
  ``npu_accelerator_inference_duration_ms{provider,precision}`` (a histogram): every inference
  run of this process, heard as it happens (core/inference/observe.py);
* ``npu_accelerator_active_accelerator{provider}``: 1 for the provider search's engine runs on;
* ``cross_device_sync_operations_total{operation,outcome}``: sync sessions (ok, failed) and the
  revisions pushed and pulled, as the vault counts them;
* ``cross_device_sync_conflicts_total``, ``cross_device_devices_online`` (the server's view,
  taken at most every ``DEVICES_TTL_S``);
* ``edge_deployment_memory_usage_mb`` (resident), ``edge_deployment_cpu_percent`` (since the
  last scrape), ``edge_deployment_cache_size_mb`` (the L1 cache of decrypted memories).
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from memshadow_desktop.core.api.sync import Device, SyncStatus
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference import observe

DEFAULT_ADDRESS = "127.0.0.1:9464"
DEVICES_TTL_S = 30.0
# Inference latency buckets (ms): a short query on a fast GPU to a batch on a small CPU.
BUCKETS_MS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)
MB = 1024 * 1024


def parse_address(text: str) -> tuple[str, int]:
    """``HOST:PORT``, ``[V6]:PORT``, ``:PORT`` or ``PORT`` (host: loopback)."""
    raw = text.strip()
    host, sep, port = raw.rpartition(":")
    if not sep:
        host, port = "", raw
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) < 65536:  # 0: any free port
        raise InvalidInputError(
            f"metrics address {text!r}: expected HOST:PORT, e.g. {DEFAULT_ADDRESS}"
        )
    if host != "localhost":
        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise InvalidInputError(
                f"metrics address {text!r}: the host must be an IP address or localhost"
            ) from None
    return host, int(port)


@dataclass(frozen=True)
class Sources:
    """Where the figures come from (the facade wires them to the vault and its runtime)."""

    sync: Callable[[], SyncStatus | None]  # None: sync is not set up
    devices: Callable[[], list[Device] | None]  # a server call; None: unknown
    accelerator: Callable[[], str | None]  # the provider search's engine runs on
    cache_bytes: Callable[[], int]


class AgentCollector:
    """Collects the agent's figures at each scrape (inference runs as they happen)."""

    def __init__(self, sources: Sources) -> None:
        import psutil

        self._sources = sources
        self._lock = threading.Lock()
        self._runs: dict[tuple[str, str], list[Any]] = {}  # lane -> [count, sum_ms, buckets]
        self._process = psutil.Process()
        self._process.cpu_percent(None)  # the first reading starts the interval
        self._devices_at = 0.0
        self._online: int | None = None
        self._unsubscribe = observe.subscribe(self._on_run)

    def close(self) -> None:
        self._unsubscribe()

    def _on_run(self, lane: str, items: int, seconds: float) -> None:
        provider, _, precision = lane.partition("/")
        ms = seconds * 1000.0
        with self._lock:
            entry = self._runs.setdefault(
                (provider, precision), [0, 0.0, [0] * (len(BUCKETS_MS) + 1)]
            )
            entry[0] += 1
            entry[1] += ms
            index = next((i for i, b in enumerate(BUCKETS_MS) if ms <= b), len(BUCKETS_MS))
            entry[2][index] += 1

    def describe(self) -> list[Any]:
        return []  # collected fresh at each scrape; nothing to declare up front

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        inferences = CounterMetricFamily(
            "npu_accelerator_inferences",
            "Inference runs of this agent (a batch of texts each)",
            labels=["provider", "precision"],
        )
        durations = HistogramMetricFamily(
            "npu_accelerator_inference_duration_ms",
            "How long each inference run took, in milliseconds",
            labels=["provider", "precision"],
        )
        with self._lock:
            runs = {k: (v[0], v[1], list(v[2])) for k, v in self._runs.items()}
        for (provider, precision), (count, total_ms, counts) in sorted(runs.items()):
            inferences.add_metric([provider, precision], count)
            cumulative, buckets = 0, []
            for bound, n in zip((*map(str, BUCKETS_MS), "+Inf"), counts, strict=True):
                cumulative += n
                buckets.append((bound, cumulative))
            durations.add_metric([provider, precision], buckets, total_ms)
        yield inferences
        yield durations

        active = GaugeMetricFamily(
            "npu_accelerator_active_accelerator",
            "1 for the execution provider search's engine runs on (none: no model loaded)",
            labels=["provider"],
        )
        active.add_metric([self._sources.accelerator() or "none"], 1)
        yield active

        status = self._sources.sync()
        operations = CounterMetricFamily(
            "cross_device_sync_operations",
            "Sync sessions by outcome, and revisions pushed and pulled",
            labels=["operation", "outcome"],
        )
        conflicts = CounterMetricFamily(
            "cross_device_sync_conflicts", "Conflicts sync met (overlapping edits kept both)"
        )
        if status is not None:
            operations.add_metric(["session", "ok"], status.operations.ok)
            operations.add_metric(["session", "failed"], status.operations.failed)
            operations.add_metric(["push", "ok"], status.records_pushed)
            operations.add_metric(["pull", "ok"], status.records_pulled)
            conflicts.add_metric([], status.conflicts_seen)
        else:
            conflicts.add_metric([], 0)
        yield operations
        yield conflicts
        yield GaugeMetricFamily(
            "cross_device_devices_online",
            "Devices of the account the server saw lately (this one included)",
            value=self._devices_online(status is not None),
        )

        rss = self._process.memory_info().rss
        yield GaugeMetricFamily(
            "edge_deployment_memory_usage_mb", "Resident memory of the agent, in MB", value=rss / MB
        )
        yield GaugeMetricFamily(
            "edge_deployment_cpu_percent",
            "CPU the agent used since the last scrape, in percent of one core",
            value=self._process.cpu_percent(None),
        )
        yield GaugeMetricFamily(
            "edge_deployment_cache_size_mb",
            "Decrypted memories held in the L1 cache, in MB",
            value=self._sources.cache_bytes() / MB,
        )

    def _devices_online(self, configured: bool) -> float:
        if not configured:
            return 0.0
        now = time.monotonic()
        if now - self._devices_at >= DEVICES_TTL_S:
            self._devices_at = now
            devices = self._sources.devices()
            if devices is not None:
                self._online = sum(1 for d in devices if d.online and not d.revoked)
        return float(self._online or 0)


class MetricsServer:
    """The collector served over HTTP until :meth:`close`."""

    def __init__(self, address: str, sources: Sources) -> None:
        from prometheus_client import CollectorRegistry, start_http_server

        host, port = parse_address(address)
        self.collector = AgentCollector(sources)
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(self.collector)
        try:
            self._server, self._thread = start_http_server(port, addr=host, registry=self.registry)
        except OSError as exc:
            self.collector.close()
            raise InvalidInputError(
                f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}"
            ) from None
        bound = self._server.server_address
        self.address = f"{host}:{bound[1]}" if ":" not in host else f"[{host}]:{bound[1]}"

    def scrape(self) -> bytes:
        from prometheus_client import generate_latest

        return bytes(generate_latest(self.registry))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self.collector.close()
