"""Simulated machines and model variants for the planner."""

from __future__ import annotations

from memshadow_desktop.core.api import (
    BatteryState,
    Capabilities,
    GpuInfo,
    ModelVariants,
    NetworkState,
    VariantInfo,
)

MB = 1024 * 1024


def machine(
    ram_mb: int,
    *,
    arch: str = "x86_64",
    cores: int = 4,
    on_battery: bool = False,
    percent: float | None = None,
    saver: bool = False,
    metered: bool = False,
    usable: tuple[str, ...] = ("cpu",),
    gpus: tuple[GpuInfo, ...] = (),
    free_mb: int = 50_000,
) -> Capabilities:
    return Capabilities(
        os="Linux",
        arch=arch,
        cpu_model="test cpu",
        physical_cores=cores,
        logical_cores=cores,
        cpu_features={},
        ram_total_mb=ram_mb,
        ram_available_mb=ram_mb // 2,
        storage_free_mb=free_mb,
        gpus=list(gpus),
        providers_installed=list(usable),
        providers_usable=list(usable),
        battery=BatteryState(
            present=on_battery or percent is not None,
            percent=percent,
            charging=not on_battery and percent is not None and percent < 100,
            on_battery=on_battery,
            saver=saver,
        ),
        network=NetworkState(metered, "networkmanager"),
    )


def variant(
    precision: str, size_mb: float, cosine: float = 0.999, offered: bool = True
) -> VariantInfo:
    return VariantInfo(
        key=precision,
        precision=precision,
        flavour="fused",
        offered=offered,
        size_bytes=int(size_mb * MB),
        min_cosine=cosine,
        mean_cosine=cosine,
        items_per_s=100.0,
        speedup=1.0,
        recipe=None,
        reason=None,
        default=precision == "int8",
        in_use=False,
    )


def minilm(int8_mb: float = 58.6) -> ModelVariants:
    """The test model as installed: FP32 90 MB, INT8 58.6 MB (embeddings kept in FP32)."""
    return ModelVariants(
        model="minilm",
        default_precision="int8",
        probe_size=52,
        precision_in_use="int8",
        variants=[
            variant("fp32", 90.3, 1.0),
            variant("int8", int8_mb, 0.9985),
            variant("int4", 0.0, 0.94, offered=False),
        ],
    )
