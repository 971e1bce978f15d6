"""``service.edge``: this device's measured capabilities, the profile and plan they lead to,
the systemd units that run the agent on it, and the agent's metrics.

Like ``service.hardware`` it needs no vault (``MemshadowService.edge_at(paths)``); a service's
own ``edge`` also knows the plan its runtime runs under.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core.api.edge import Capabilities, EdgePlan, InstallResult, UnitFiles
from memshadow_desktop.core.api.sync import Device, SyncStatus
from memshadow_desktop.core.errors import InvalidInputError, MemshadowError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

if TYPE_CHECKING:
    from memshadow_desktop.core.edge.metrics import MetricsServer
    from memshadow_desktop.core.facade.cache import CacheApi
    from memshadow_desktop.core.facade.context import Core
    from memshadow_desktop.core.facade.sync import DevicesApi, SyncApi


class EdgeApi:
    def __init__(
        self,
        paths: AppPaths,
        core: Core | None = None,
        *,
        sync: SyncApi | None = None,
        devices: DevicesApi | None = None,
        cache: CacheApi | None = None,
    ) -> None:
        self._paths = paths
        self._core = core
        self._sync = sync
        self._devices = devices
        self._cache = cache

    # --- capabilities and the plan ------------------------------------------------------------

    def detect(self, *, full: bool = True) -> Capabilities:
        """RAM, storage, CPU, GPUs/NPUs and the providers that really run a session here,
        battery and battery saver, a metered network. ``full=False``: leave out what loads
        the inference stack (GPUs, NPUs, providers)."""
        from memshadow_desktop.core.edge import detect

        metered_setting = self._settings().network_metered
        if not full:
            return detect.light(self._paths, metered_setting=metered_setting)
        from memshadow_desktop.core.facade.hardware import HardwareApi

        hardware = HardwareApi(self._paths, self._core)
        return detect.detect(
            self._paths,
            hardware.probe(),
            hardware.providers(),
            metered_setting=metered_setting,
        )

    def plan(
        self,
        profile: str | None = None,
        *,
        capabilities: Capabilities | None = None,
        full: bool = True,
        poll_s: float = 300.0,
    ) -> EdgePlan:
        """The plan for this device (or for ``capabilities``, another machine's) under
        ``profile`` ("auto", a profile name; None: the ``edge_profile`` setting)."""
        from memshadow_desktop.core.edge import profiles

        if profile is not None:
            profiles.parse_profile(profile)  # invalid input before anything is measured
        caps = capabilities or self.detect(full=full)
        return profiles.plan_here(self._paths, caps, requested=profile, poll_s=poll_s)

    def running_plan(self) -> EdgePlan | None:
        """The plan this service's runtime runs under (None without a vault)."""
        return self._core.plan() if self._core is not None else None

    def use_profile(self, profile: str | None) -> EdgePlan:
        """Run this vault's background work under ``profile`` (before ``runtime.start``)."""
        from memshadow_desktop.core.edge import profiles

        if profile is not None:
            profiles.parse_profile(profile)
        if self._core is None:
            return self.plan(profile, full=False)
        return self._core.use_profile(profile)

    def report_network(self, metered: bool | None) -> None:
        """The window's reading of the network (Qt's QNetworkInformation), for platforms whose
        OS the core cannot ask; None withdraws it."""
        from memshadow_desktop.core.devices import network

        network.report_from_window(metered)

    # --- systemd units ------------------------------------------------------------------------

    def units(
        self,
        scope: str,
        *,
        profile: str | None = None,
        metrics: str | None = None,
        unit_dir: str | None = None,
        home: str | None = None,
    ) -> UnitFiles:
        """The agent's unit for ``scope`` ("user" or "system") under ``profile``'s plan on this
        machine, without writing anything. ``home``: the vault's MEMSHADOW_HOME (user unit)."""
        from memshadow_desktop.core.edge import install

        return install.render(self._paths, self._spec(scope, profile, metrics, unit_dir), home=home)

    def install(
        self,
        scope: str,
        *,
        passphrase: Callable[[], str],
        profile: str | None = None,
        metrics: str | None = None,
        unit_dir: str | None = None,
        home: str | None = None,
        enable: bool = True,
    ) -> InstallResult:
        """Write, verify, enable and start the agent's unit; ``passphrase`` is asked only when
        the unit needs it sealed into a systemd credential (a system unit, a user unit of a
        passphrase-protected vault)."""
        from memshadow_desktop.core.edge import install

        spec = self._spec(scope, profile, metrics, unit_dir)
        files = install.render(self._paths, spec, home=home)
        return install.install(self._paths, spec, files, passphrase=passphrase, enable=enable)

    def uninstall(self, scope: str, *, unit_dir: str | None = None) -> InstallResult:
        """Stop, disable and remove the agent's unit and its credential (the vault stays)."""
        from memshadow_desktop.core.edge import install

        return install.uninstall(self._spec(scope, "minimal", None, unit_dir, plan=False))

    def _spec(
        self,
        scope: str,
        profile: str | None,
        metrics: str | None,
        unit_dir: str | None,
        *,
        plan: bool = True,
    ) -> Any:
        from memshadow_desktop.core.edge import install
        from memshadow_desktop.core.edge.metrics import parse_address

        if scope not in (install.USER, install.SYSTEM):
            raise InvalidInputError(f"unknown scope {scope!r} (user or system)")
        if metrics is not None:
            parse_address(metrics)
        folder = Path(unit_dir).expanduser().resolve() if unit_dir else None
        if not plan:
            return install.UnitSpec(scope, "minimal", 0, None, False, folder)
        chosen = self.plan(profile)
        return install.UnitSpec(
            scope,
            str(chosen.profile),
            chosen.memory_max_mb,
            metrics,
            chosen.compute not in ("cpu", "none"),
            folder,
        )

    # --- metrics ------------------------------------------------------------------------------

    def serve_metrics(self, address: str | None = None) -> MetricsServer:
        """Serve this process's Prometheus metrics over HTTP (core/edge/metrics.py) until the
        returned server's ``close()``; loopback (127.0.0.1:9464) unless ``address`` says
        otherwise."""
        from memshadow_desktop.core.edge.metrics import DEFAULT_ADDRESS, MetricsServer, Sources

        if self._core is None:
            raise InvalidInputError("metrics need an open vault")
        return MetricsServer(
            address or DEFAULT_ADDRESS,
            Sources(
                sync=self._sync_status,
                devices=self._device_list,
                accelerator=self._accelerator,
                cache_bytes=self._cache_bytes,
            ),
        )

    def metrics_address(self, text: str | None = None) -> str:
        """``text`` checked and completed as HOST:PORT (None: the loopback default)."""
        from memshadow_desktop.core.edge.metrics import DEFAULT_ADDRESS, parse_address

        host, port = parse_address(text or DEFAULT_ADDRESS)
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    def _sync_status(self) -> SyncStatus | None:
        if self._sync is None:
            return None
        status = self._sync.status(remote=False)
        return status if status.configured else None

    def _device_list(self) -> list[Device] | None:
        if self._devices is None:
            return None
        try:
            return self._devices.list()
        except MemshadowError:  # offline, not set up: unknown this time
            return None

    def _accelerator(self) -> str | None:
        sem = self._core.semantic_loaded if self._core is not None else None
        info = getattr(getattr(sem, "embedder", None), "info", None)
        if info is None:
            return None
        try:
            return str(info().provider)
        except Exception:  # an embedder that is not the inference engine
            return None

    def _cache_bytes(self) -> int:
        return self._cache.size_bytes() if self._cache is not None else 0

    # --- running under systemd ----------------------------------------------------------------

    def notify(self, **fields: str | int) -> bool:
        """Tell systemd (``Type=notify``): ``READY=1``, ``STATUS=...``, ``WATCHDOG=1``,
        ``STOPPING=1``. False when no manager listens (started another way)."""
        from memshadow_desktop.core.edge.notify import notify

        return notify(**fields)

    def watchdog_interval(self) -> float | None:
        """Seconds between ``WATCHDOG=1`` pings (None: no watchdog watches this process)."""
        from memshadow_desktop.core.edge.notify import watchdog_interval

        return watchdog_interval()

    # --- helpers ------------------------------------------------------------------------------

    def _settings(self) -> Settings:
        return Settings.load(self._paths.settings_file)
