"""Prometheus metrics (one registry per app, so several apps can live in one process)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector


class _OnlineCollector(Collector):
    def __init__(self, count: Callable[[], int]) -> None:
        self._count = count

    def collect(self) -> Iterator[GaugeMetricFamily]:
        g = GaugeMetricFamily(
            "cross_device_devices_online",
            "Devices seen within the offline timeout (all accounts, all replicas).",
        )
        try:
            g.add_metric([], float(self._count()))
        except Exception:  # the database is down: report nothing rather than fail the scrape
            return
        yield g


class Metrics:
    def __init__(self, online_count: Callable[[], int]) -> None:
        self.registry = CollectorRegistry()
        self.operations = Counter(
            "cross_device_sync_operations_total",
            "Sync operations handled, by operation and result.",
            ["operation", "result"],
            registry=self.registry,
        )
        self.conflicts = Counter(
            "cross_device_sync_conflicts_total",
            "Pushed records refused because their parent was not the current head.",
            registry=self.registry,
        )
        self.records = Counter(
            "cross_device_sync_records_total",
            "Records moved, by direction.",
            ["direction"],
            registry=self.registry,
        )
        self.bytes = Counter(
            "cross_device_sync_bytes_total",
            "Batch bytes on the wire, by direction.",
            ["direction"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "cross_device_request_duration_seconds",
            "HTTP request latency by route template.",
            ["method", "route", "status"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.registry.register(_OnlineCollector(online_count))
