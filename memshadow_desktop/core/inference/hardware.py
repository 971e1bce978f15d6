"""Hardware probe: what this machine has that matters for inference.

Everything is detected, never guessed: a value that cannot be read is ``None`` (shown as
"unknown") and, where useful, a note says why.
"""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
import sys
from pathlib import Path

import psutil

from memshadow_desktop.core.api.inference import GpuInfo, HardwareNote, HardwareReport, NpuInfo
from memshadow_desktop.core.api.notice import Notice

# ISA features that change which kernels an inference runtime can use.
X86_FEATURES = {
    "avx2": ("avx2",),
    "avx512f": ("avx512f",),
    "avx512_vnni": ("avx512_vnni", "avx512vnni"),
    "avx_vnni": ("avx_vnni", "avxvnni"),
    "avx512_bf16": ("avx512_bf16",),
    "amx": ("amx_tile", "amx_int8", "amx_bf16", "amx"),
    "f16c": ("f16c",),
    "fma": ("fma", "fma3"),
}
ARM_FEATURES = {
    "neon": ("asimd", "neon"),
    "dotprod": ("asimddp", "dotprod"),
    "i8mm": ("i8mm",),
    "bf16": ("bf16",),
    "sve": ("sve",),
    "fp16": ("fphp", "asimdhp"),
}
_PCI_VENDORS = {"0x10de": "NVIDIA", "0x1002": "AMD", "0x8086": "Intel", "0x106b": "Apple"}


def _run(cmd: list[str], timeout: float = 3.0) -> str | None:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout if out.returncode == 0 else None


def _is_arm(arch: str) -> bool:
    return arch.lower() in {"arm64", "aarch64", "armv8", "armv8l", "armv7l"}


def _flag_table(arch: str) -> dict[str, tuple[str, ...]]:
    return ARM_FEATURES if _is_arm(arch) else X86_FEATURES


def _features_from_flags(flags: set[str], arch: str) -> dict[str, bool | None]:
    return {k: any(n in flags for n in names) for k, names in _flag_table(arch).items()}


def _linux_cpu() -> tuple[str | None, set[str] | None]:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, None
    model = None
    flags: set[str] | None = None
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in {"model name", "hardware", "cpu model"} and model is None:
            model = value.strip() or None
        elif key in {"flags", "features"} and flags is None:
            flags = set(value.split())
    return model, flags


def _mac_cpu(arch: str) -> tuple[str | None, set[str] | None]:
    model = (_run(["sysctl", "-n", "machdep.cpu.brand_string"]) or "").strip() or None
    if _is_arm(arch):
        raw = _run(["sysctl", "hw.optional"]) or ""
        flags = set()
        for line in raw.splitlines():
            name, _, value = line.partition(":")
            if value.strip() == "1":
                flags.add(name.strip().rsplit(".", 1)[-1].lower().replace("feat_", ""))
        if flags:
            flags.add("neon")  # every Apple silicon core has Advanced SIMD
        return model, flags or None
    raw = " ".join(
        _run(["sysctl", "-n", key]) or ""
        for key in ("machdep.cpu.features", "machdep.cpu.leaf7_features")
    )
    flags = {f.lower().replace(".", "_") for f in raw.split()}
    return model, flags or None


def _cpuinfo_fallback() -> tuple[str | None, set[str] | None]:
    try:
        import cpuinfo

        info = cpuinfo.get_cpu_info()
    except Exception:  # py-cpuinfo can fail in odd sandboxes: report unknown
        return None, None
    flags = {str(f).lower() for f in info.get("flags", [])}
    return info.get("brand_raw") or None, flags or None


def _cpu(arch: str) -> tuple[str | None, dict[str, bool | None]]:
    model: str | None
    flags: set[str] | None
    if sys.platform.startswith("linux"):
        model, flags = _linux_cpu()
    elif sys.platform == "darwin":
        model, flags = _mac_cpu(arch)
    else:
        model, flags = None, None
    if flags is None or model is None:
        fb_model, fb_flags = _cpuinfo_fallback()
        model = model or fb_model
        flags = flags if flags is not None else fb_flags
    if flags is None:
        return model, dict.fromkeys(_flag_table(arch))
    return model, _features_from_flags(flags, arch)


def _nvidia_gpus(notes: list[Notice]) -> list[GpuInfo]:
    try:
        import pynvml
    except ImportError:
        notes.append(Notice(HardwareNote.NVML_MISSING))
        return []
    try:
        pynvml.nvmlInit()
    except Exception as exc:
        notes.append(Notice(HardwareNote.NVIDIA_NO_DRIVER, {"error": type(exc).__name__}))
        return []
    gpus: list[GpuInfo] = []
    try:
        driver = pynvml.nvmlSystemGetDriverVersion()
        for i in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(i)
            name = pynvml.nvmlDeviceGetName(handle)
            mem = pynvml.nvmlDeviceGetMemoryInfo(handle).total // (1024 * 1024)
            gpus.append(
                GpuInfo(
                    name=name.decode() if isinstance(name, bytes) else str(name),
                    vendor="NVIDIA",
                    memory_mb=int(mem),
                    driver=driver.decode() if isinstance(driver, bytes) else str(driver),
                    source="nvml",
                )
            )
    except Exception as exc:
        notes.append(Notice(HardwareNote.NVML_FAILED, {"error": type(exc).__name__}))
    finally:
        with contextlib.suppress(Exception):
            pynvml.nvmlShutdown()
    return gpus


def _linux_pci_gpus(skip_nvidia: bool) -> list[GpuInfo]:
    gpus = []
    for card in sorted(Path("/sys/class/drm").glob("card[0-9]*")):
        if "-" in card.name:
            continue
        try:
            vendor_id = (card / "device" / "vendor").read_text().strip()
            device_id = (card / "device" / "device").read_text().strip()
        except OSError:
            continue
        vendor = _PCI_VENDORS.get(vendor_id, vendor_id)
        if skip_nvidia and vendor == "NVIDIA":
            continue
        gpus.append(GpuInfo(name=f"{vendor} GPU {device_id}", vendor=vendor, source="sysfs"))
    return gpus


def _windows_gpus() -> list[GpuInfo]:
    raw = _run(
        [
            "powershell",
            "-NoProfile",
            "-Command",
            "Get-CimInstance Win32_VideoController | ForEach-Object { $_.Name + '|' + "
            "$_.AdapterRAM + '|' + $_.DriverVersion }",
        ],
        timeout=8.0,
    )
    gpus = []
    for line in (raw or "").splitlines():
        parts = line.strip().split("|")
        if len(parts) != 3 or not parts[0]:
            continue
        name = parts[0]
        vendor = next((v for v in ("NVIDIA", "AMD", "Intel", "Qualcomm") if v in name), "unknown")
        mem = int(parts[1]) // (1024 * 1024) if parts[1].isdigit() else None
        gpus.append(GpuInfo(name, vendor, mem, parts[2] or None, source="wmi"))
    return gpus


def _npus(arch: str, notes: list[Notice]) -> list[NpuInfo]:
    npus: list[NpuInfo] = []
    if sys.platform == "darwin" and _is_arm(arch):
        npus.append(NpuInfo("Apple Neural Engine", "Apple", source="apple-silicon"))
    if sys.platform.startswith("linux"):
        accel = Path("/sys/class/accel")
        for dev in sorted(accel.glob("accel*")) if accel.is_dir() else []:
            driver = dev / "device" / "driver"
            name = driver.resolve().name if driver.exists() else dev.name
            vendor = "Intel" if "vpu" in name or "npu" in name else "unknown"
            npus.append(NpuInfo(f"{name} ({dev.name})", vendor, source="sysfs"))
    try:
        import onnxruntime as ort

        available = set(ort.get_available_providers())
    except Exception:
        available = set()
    if "OpenVINOExecutionProvider" in available:
        try:
            import openvino

            for dev in openvino.Core().available_devices:
                if dev.startswith("NPU"):
                    npus.append(NpuInfo(f"Intel NPU ({dev})", "Intel", source="openvino"))
        except Exception:
            notes.append(Notice(HardwareNote.OPENVINO_MISSING))
    if "QNNExecutionProvider" in available:
        npus.append(NpuInfo("Qualcomm Hexagon NPU (QNN)", "Qualcomm", source="onnxruntime-qnn"))
    return npus


def _power(notes: list[Notice]) -> tuple[str | None, float | None]:
    try:
        battery = psutil.sensors_battery()
    except Exception:
        battery = None
    if battery is not None:
        plugged = battery.power_plugged
        source = None if plugged is None else ("ac" if plugged else "battery")
        return source, round(float(battery.percent), 1)
    if sys.platform.startswith("linux"):
        for supply in sorted(Path("/sys/class/power_supply").glob("*")):
            try:
                kind = (supply / "type").read_text().strip()
                if kind == "Mains":
                    online = (supply / "online").read_text().strip() == "1"
                    return ("ac" if online else "battery"), None
            except OSError:
                continue
    notes.append(Notice(HardwareNote.POWER_UNKNOWN))
    return None, None


def probe() -> HardwareReport:
    """Probe this machine. Never raises for a missing sensor: unknown stays ``None``."""
    arch = platform.machine() or "unknown"
    notes: list[Notice] = []
    model, features = _cpu(arch)
    try:
        mem = psutil.virtual_memory()
        ram_total: int | None = mem.total // (1024 * 1024)
        ram_avail: int | None = mem.available // (1024 * 1024)
    except Exception:
        ram_total = ram_avail = None
    gpus = [] if sys.platform == "darwin" else _nvidia_gpus(notes)
    if sys.platform.startswith("linux"):
        gpus += _linux_pci_gpus(skip_nvidia=bool(gpus))
        if not Path("/sys/class/drm").exists():
            notes.append(Notice(HardwareNote.NO_DRM))
    elif sys.platform == "win32":
        gpus = [g for g in _windows_gpus() if not (g.vendor == "NVIDIA" and gpus)] + gpus
    elif sys.platform == "darwin" and _is_arm(arch):
        gpus.append(GpuInfo(f"{model or 'Apple silicon'} GPU", "Apple", source="apple-silicon"))
    npus = _npus(arch, notes)
    power, battery = _power(notes)
    return HardwareReport(
        os=platform.system() or sys.platform,
        os_version=platform.release(),
        arch=arch,
        python=platform.python_version(),
        cpu_model=model,
        physical_cores=psutil.cpu_count(logical=False),
        logical_cores=psutil.cpu_count(logical=True),
        cpu_features=features,
        ram_total_mb=ram_total,
        ram_available_mb=ram_avail,
        gpus=gpus,
        npus=npus,
        power_source=power,
        battery_percent=battery,
        notes=notes,
    )


def physical_cores() -> int:
    """Threads for intra-op parallelism: the physical cores (SMT siblings do not help GEMM)."""
    n = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        n = min(n, len(affinity(0)))
    return max(1, int(n))
