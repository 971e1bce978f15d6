"""Device profiles, and the plan a profile makes from measured capabilities.

The profile follows the machine's RAM (``auto``) or is asked for. The plan then says what runs
here and why: local embedding and at which precision (the installed model's validated variants,
within the profile's cap), where inference runs, when changes are pushed (core/edge/schedule.py),
when indexing waits for the battery, whether models may be downloaded, the cache's budget and the
agent's memory ceiling. Pure: the same inputs give the same plan (tests feed machines in).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from memshadow_desktop.core.api.edge import (
    CachePlan,
    Capabilities,
    EdgePlan,
    PlanReason,
    Profile,
)
from memshadow_desktop.core.api.inference import ModelVariants, VariantInfo
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.edge import installed, schedule
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

MB = 1024 * 1024
RAM_LIGHT_MB = 512  # below: MINIMAL
RAM_STANDARD_MB = 2048  # below: LIGHT
RAM_PERFORMANCE_MB = 4096  # above: PERFORMANCE
DOWNLOAD_FREE_MB = 1024  # a model download needs this much free space
L1_RAM_SHARE = 0.05  # the L1 cache takes at most this share of RAM
MEMORY_RAM_SHARE = 0.75  # the agent's ceiling takes at most this share of RAM
MEMORY_FLOOR_MB = 128
# Accelerators in the order a plan prefers them (short provider names).
ACCELERATORS = ("cuda", "rocm", "directml", "coreml", "openvino", "qnn", "tensorrt")


@dataclass(frozen=True)
class ProfileBudget:
    memory_max_mb: int  # what the agent stays under (systemd MemoryMax)
    l1_mb: int
    precisions: tuple[str, ...]  # allowed, most preferred first
    model_mb: int | None  # the largest variant file that fits (None: any validated one)
    threads: int | None  # None: the physical cores
    prefetch_related: int
    prefetch_neighbours: int
    pause_below: int  # indexing waits on battery below this percent (or the setting's, if higher)
    generation: bool


# MINIMAL's model budget keeps its agent under its 256 MB ceiling: with all-MiniLM-L6-v2's INT8
# file (24 MB) loaded an agent measures about 300 MB (README, `bench edge`'s LIGHT row), so a
# MINIMAL device searches by words unless a model offers a variant of 16 MB or less.
BUDGETS: dict[Profile, ProfileBudget] = {
    Profile.MINIMAL: ProfileBudget(256, 8, ("int8", "int4"), 16, 1, 0, 0, 50, False),
    Profile.LIGHT: ProfileBudget(512, 32, ("int8", "int4"), None, 2, 3, 1, 40, False),
    Profile.STANDARD: ProfileBudget(
        1024, 64, ("int8", "fp16", "bf16", "int4"), None, None, 5, 2, 30, True
    ),
    Profile.PERFORMANCE: ProfileBudget(
        2048, 256, ("int8", "fp16", "bf16", "fp32", "int4"), None, None, 5, 2, 30, True
    ),
}


def profile_for_ram(ram_mb: int | None) -> Profile:
    """The profile a machine with ``ram_mb`` of RAM gets; unknown RAM: LIGHT (safe)."""
    if ram_mb is None:
        return Profile.LIGHT
    if ram_mb < RAM_LIGHT_MB:
        return Profile.MINIMAL
    if ram_mb < RAM_STANDARD_MB:
        return Profile.LIGHT
    if ram_mb <= RAM_PERFORMANCE_MB:
        return Profile.STANDARD
    return Profile.PERFORMANCE


def parse_profile(name: str) -> Profile | None:
    """None for "auto"; invalid input for anything else that is not a profile."""
    value = (name or "auto").strip().lower()
    if value == "auto":
        return None
    try:
        return Profile(value)
    except ValueError:
        raise InvalidInputError(
            f"unknown profile {name!r} (auto, minimal, light, standard, performance)"
        ) from None


def power_of(caps: Capabilities) -> PowerState:
    return PowerState(
        caps.battery.on_battery, caps.battery.percent, caps.battery.saver, caps.network.metered
    )


def make_plan(
    caps: Capabilities,
    *,
    requested: str = "auto",
    variants: ModelVariants | None = None,
    chosen_precision: str | None = None,
    deadlines: Mapping[int, float],
    eager_mode: str = schedule.EAGER_AUTO,
    debounce_s: float = 2.0,
    poll_s: float = 300.0,
    pause_below: int = 30,
    generator: installed.Generator | None = None,
) -> EdgePlan:
    """The plan for ``caps``. ``variants``: the installed model's (None: no model);
    ``chosen_precision``: the one the settings name for it (None: the model's default);
    ``generator``: the generation model `ask` would use and whether its backend is installed."""
    reasons: dict[str, Notice] = {}
    ram = caps.ram_total_mb
    asked = parse_profile(requested)
    by_ram = profile_for_ram(ram)
    profile = asked or by_ram
    if asked is None:
        reasons["profile"] = Notice(PlanReason.PROFILE_BY_RAM, {"ram_mb": ram, "profile": profile})
    elif _rank(asked) > _rank(by_ram):
        reasons["profile"] = Notice(
            PlanReason.PROFILE_ABOVE_RAM, {"profile": asked, "ram_mb": ram, "fits": by_ram}
        )
    else:
        reasons["profile"] = Notice(PlanReason.PROFILE_REQUESTED, {"profile": asked, "ram_mb": ram})
    budget = BUDGETS[profile]

    precision = _precision(budget, variants, chosen_precision, reasons)
    embedding = precision is not None
    compute = _compute(caps, profile, embedding, reasons)
    cores = caps.physical_cores or caps.logical_cores or 1
    threads = max(1, min(budget.threads or cores, cores))
    generation, reasons["generation"] = _generation(budget, profile, generator)

    power = power_of(caps)
    sync = schedule.sync_plan(deadlines, eager_mode, debounce_s, power, poll_s)
    reasons["sync"] = _sync_reason(caps, eager_mode, debounce_s, power)

    floor = max(int(pause_below), budget.pause_below)
    paused = bool(
        embedding
        and caps.battery.on_battery
        and caps.battery.percent is not None
        and caps.battery.percent < floor
    )
    if not embedding:
        reasons["indexing"] = Notice(PlanReason.INDEX_OFF)
    elif paused:
        reasons["indexing"] = Notice(
            PlanReason.INDEX_PAUSED_NOW,
            {"percent": round(caps.battery.percent or 0), "floor": floor},
        )
    else:
        reasons["indexing"] = Notice(PlanReason.INDEX_PAUSE_BELOW, {"floor": floor})

    downloads = True
    if caps.network.metered:
        downloads = False
        reasons["downloads"] = Notice(PlanReason.DOWNLOADS_METERED, {"source": caps.network.source})
    elif caps.storage_free_mb is not None and caps.storage_free_mb < DOWNLOAD_FREE_MB:
        downloads = False
        reasons["downloads"] = Notice(
            PlanReason.DOWNLOADS_STORAGE,
            {"free_mb": caps.storage_free_mb, "needed_mb": DOWNLOAD_FREE_MB},
        )
    else:
        reasons["downloads"] = Notice(PlanReason.DOWNLOADS_ALLOWED)

    l1 = budget.l1_mb if ram is None else max(1, min(budget.l1_mb, int(ram * L1_RAM_SHARE)))
    related = budget.prefetch_related  # taken from the meaning index when there is one
    cache = CachePlan(
        l1_mb=l1,
        prefetch=bool(related or budget.prefetch_neighbours),
        prefetch_related=related,
        prefetch_neighbours=budget.prefetch_neighbours,
    )
    reasons["cache"] = Notice(
        PlanReason.CACHE_BUDGET, {"l1_mb": l1, "percent_of_ram": round(100 * L1_RAM_SHARE)}
    )
    memory_max = budget.memory_max_mb
    if ram is not None:
        memory_max = max(MEMORY_FLOOR_MB, min(memory_max, int(ram * MEMORY_RAM_SHARE)))
    reasons["memory"] = Notice(
        PlanReason.MEMORY_BUDGET, {"memory_max_mb": memory_max, "ram_mb": ram}
    )
    return EdgePlan(
        profile=profile,
        requested=requested or "auto",
        embedding=embedding,
        search="hybrid" if embedding else "fts",
        compute=compute,
        precision=precision,
        threads=threads,
        generation=generation,
        sync=sync,
        index_pause_below=floor,
        indexing_paused=paused,
        model_downloads=downloads,
        cache=cache,
        memory_max_mb=memory_max,
        conditions=schedule.conditions(power),
        reasons=reasons,
    )


def _rank(profile: Profile) -> int:
    return list(Profile).index(profile)


def _offered(variants: ModelVariants) -> dict[str, VariantInfo]:
    """The validated variant of each precision (the smaller file where two flavours exist)."""
    out: dict[str, VariantInfo] = {}
    for v in variants.variants:
        if v.offered and (v.precision not in out or v.size_bytes < out[v.precision].size_bytes):
            out[v.precision] = v
    return out


def _precision(
    budget: ProfileBudget,
    variants: ModelVariants | None,
    chosen: str | None,
    reasons: dict[str, Notice],
) -> str | None:
    allowed = list(budget.precisions)
    if variants is None:
        reasons["embedding"] = Notice(PlanReason.EMBED_NO_MODEL, {"precision": allowed[0]})
        return None
    offered = _offered(variants)
    if budget.model_mb is not None:
        fitting = {
            k: v
            for k, v in offered.items()
            if k in allowed and v.size_bytes <= budget.model_mb * MB
        }
        if not fitting:
            sizes = [v.size_bytes for k, v in offered.items() if k in allowed] or [
                v.size_bytes for v in offered.values()
            ]
            reasons["embedding"] = Notice(
                PlanReason.EMBED_NONE_FITS,
                {
                    "budget_mb": budget.model_mb,
                    "smallest_mb": round(min(sizes) / MB, 1) if sizes else None,
                },
            )
            return None
        best = max(fitting.values(), key=lambda v: (v.min_cosine or 0.0, -v.size_bytes))
        reasons["embedding"] = Notice(
            PlanReason.EMBED_SMALL_VARIANT,
            {
                "precision": best.precision,
                "size_mb": round(best.size_bytes / MB, 1),
                "budget_mb": budget.model_mb,
            },
        )
        return best.precision
    wanted = chosen or variants.default_precision
    if wanted in allowed and wanted in offered:
        reasons["embedding"] = Notice(PlanReason.EMBED_MODEL_CHOICE, {"precision": wanted})
        return wanted
    for precision in allowed:
        if precision in offered:
            reasons["embedding"] = Notice(
                PlanReason.EMBED_PRECISION_CAP,
                {"precision": precision, "wanted": wanted, "allowed": allowed},
            )
            return precision
    reasons["embedding"] = Notice(
        PlanReason.EMBED_CAP_UNAVAILABLE, {"allowed": allowed, "offered": sorted(offered)}
    )
    return None


def _compute(
    caps: Capabilities, profile: Profile, embedding: bool, reasons: dict[str, Notice]
) -> str:
    if not embedding:
        reasons["compute"] = Notice(PlanReason.COMPUTE_NONE)
        return "none"
    usable = caps.providers_usable or []
    accelerator = next((a for a in ACCELERATORS if a in usable), None)
    if accelerator is not None and profile in (Profile.STANDARD, Profile.PERFORMANCE):
        reasons["compute"] = Notice(PlanReason.COMPUTE_ACCELERATOR, {"provider": accelerator})
        return accelerator
    if accelerator is not None:
        reasons["compute"] = Notice(
            PlanReason.COMPUTE_CPU_PROFILE, {"provider": accelerator, "profile": profile}
        )
    else:
        reasons["compute"] = Notice(
            PlanReason.COMPUTE_CPU, {"cores": caps.physical_cores or caps.logical_cores}
        )
    return "cpu"


def _generation(
    budget: ProfileBudget, profile: Profile, generator: installed.Generator | None
) -> tuple[bool, Notice]:
    if not budget.generation:
        return False, Notice(PlanReason.GENERATION_PROFILE, {"profile": profile})
    if generator is None:
        return False, Notice(PlanReason.GENERATION_NO_MODEL)
    if not generator.backend_installed:
        return False, Notice(PlanReason.GENERATION_UNAVAILABLE, {"backend": generator.backend})
    return True, Notice(PlanReason.GENERATION_READY, {"model": generator.model})


def _sync_reason(caps: Capabilities, mode: str, debounce_s: float, power: PowerState) -> Notice:
    if power.metered:
        return Notice(PlanReason.SYNC_METERED, {"source": caps.network.source})
    if power.battery_saver:
        return Notice(PlanReason.SYNC_SAVER, {"factor": schedule.BATTERY_FACTOR})
    if power.on_battery:
        return Notice(
            PlanReason.SYNC_BATTERY,
            {"factor": schedule.BATTERY_FACTOR, "percent": caps.battery.percent},
        )
    if not schedule.eager(mode, power):
        return Notice(PlanReason.SYNC_NOT_EAGER)
    return Notice(PlanReason.SYNC_EAGER, {"debounce_s": debounce_s})


def plan_here(
    paths: AppPaths, caps: Capabilities, *, requested: str | None = None, poll_s: float = 300.0
) -> EdgePlan:
    """The plan for ``caps`` with this installation's settings and installed model
    (``requested`` None: the ``edge_profile`` setting)."""
    settings = Settings.load(paths.settings_file)
    variants = installed.model_variants(paths)
    return make_plan(
        caps,
        requested=requested or settings.edge_profile or "auto",
        variants=variants,
        chosen_precision=variants.precision_in_use if variants else None,
        deadlines=schedule.deadlines_of(settings.sync_deadlines),
        eager_mode=settings.sync_eager,
        debounce_s=float(settings.sync_debounce_s),
        poll_s=poll_s,
        pause_below=settings.battery_pause_below,
        generator=installed.generator(paths),
    )
