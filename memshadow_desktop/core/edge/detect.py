"""What this machine can do, measured: the hardware probe (CPU, RAM, GPUs, NPUs), the execution
providers that really ran a session, free storage where the vault lives, the battery and
battery saver, whether the network is metered, and whether systemd runs the system.

:func:`light` leaves out everything that loads the inference stack (GPUs, NPUs, providers): the
agent plans with it at start, where only RAM, power and network matter.
"""

from __future__ import annotations

import platform
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from memshadow_desktop.core.api.edge import BatteryState, Capabilities
from memshadow_desktop.core.api.inference import HardwareReport, ProviderInfo
from memshadow_desktop.core.devices import network, power
from memshadow_desktop.core.paths import AppPaths

SYSTEMD_RUNTIME = Path("/run/systemd/system")  # sd_booted(3): present when systemd is init


def detect(
    paths: AppPaths,
    hardware: HardwareReport,
    providers: Sequence[ProviderInfo] | None,
    *,
    metered_setting: str = "auto",
) -> Capabilities:
    """Capabilities from the hardware probe and the providers' check (None: not checked)."""
    installed = (
        [p.short for p in providers if p.installed and p.short != "azure"]
        if providers is not None
        else _installed()
    )
    return Capabilities(
        os=hardware.os,
        arch=hardware.arch,
        cpu_model=hardware.cpu_model,
        physical_cores=hardware.physical_cores,
        logical_cores=hardware.logical_cores,
        cpu_features=dict(hardware.cpu_features),
        ram_total_mb=hardware.ram_total_mb,
        ram_available_mb=hardware.ram_available_mb,
        storage_free_mb=storage_free_mb(paths),
        gpus=list(hardware.gpus),
        npus=list(hardware.npus),
        providers_installed=installed,
        providers_usable=(None if providers is None else [p.short for p in providers if p.usable]),
        battery=battery_state(),
        network=network.metered(metered_setting),
        systemd=systemd_running(),
    )


def light(paths: AppPaths, *, metered_setting: str = "auto") -> Capabilities:
    """RAM, cores, storage, battery and network only: nothing that imports ONNX Runtime."""
    import psutil

    try:
        mem = psutil.virtual_memory()
        total: int | None = mem.total // (1024 * 1024)
        available: int | None = mem.available // (1024 * 1024)
    except Exception:  # no /proc in an odd sandbox: unknown
        total = available = None
    return Capabilities(
        os=platform.system() or sys.platform,
        arch=platform.machine() or "unknown",
        cpu_model=None,
        physical_cores=psutil.cpu_count(logical=False),
        logical_cores=psutil.cpu_count(logical=True),
        cpu_features={},
        ram_total_mb=total,
        ram_available_mb=available,
        storage_free_mb=storage_free_mb(paths),
        battery=battery_state(),
        network=network.metered(metered_setting),
        systemd=systemd_running(),
    )


def battery_state() -> BatteryState:
    b = power.battery()
    return BatteryState(b.present, b.percent, b.charging, b.on_battery, power.battery_saver())


def storage_free_mb(paths: AppPaths) -> int | None:
    """Free space on the file system that holds (or will hold) the vault."""
    folder = paths.data_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free // (1024 * 1024)
    except OSError:
        return None


def systemd_running() -> bool:
    return sys.platform.startswith("linux") and SYSTEMD_RUNTIME.is_dir()


def _installed() -> list[str]:
    try:
        import onnxruntime as ort

        from memshadow_desktop.core.inference.providers import short

        return [short(p) for p in ort.get_available_providers() if p != "AzureExecutionProvider"]
    except Exception:  # no ONNX Runtime: nothing installed
        return []


__all__ = ["detect", "light"]
