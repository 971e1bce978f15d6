"""``service.edge``: this device's measured capabilities, the profile and plan they lead to,
the systemd units that run the agent on it, and the agent's metrics.

Like ``service.hardware`` it needs no vault (``MemshadowService.edge_at(paths)``); a service's
own ``edge`` also knows the plan its runtime runs under.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from memshadow_desktop.core.api.edge import Capabilities, EdgePlan
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

if TYPE_CHECKING:
    from memshadow_desktop.core.facade.context import Core


class EdgeApi:
    def __init__(self, paths: AppPaths, core: Core | None = None) -> None:
        self._paths = paths
        self._core = core

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
