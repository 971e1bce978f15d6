"""Edge and headless devices: what this machine can do (capabilities), the profile and plan that
follow from it (compute, precision, sync deadlines, cache budgets, each with its reason), the
systemd units that run the agent, and the two-tier cache's figures.

Plain data: importing this loads nothing heavy. Reasons are codes with parameters
(:class:`PlanReason`); the CLI and the window put them in words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from memshadow_desktop.core.api.inference import GpuInfo, NpuInfo
from memshadow_desktop.core.api.memories import Memory, Revision
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.api.search import Hit, TagSuggestion


class Profile(StrEnum):
    MINIMAL = "minimal"  # < 512 MB: no local embedding unless a small validated variant fits
    LIGHT = "light"  # 512 MB - 2 GB: INT8 embeddings
    STANDARD = "standard"  # 2 - 4 GB: everything
    PERFORMANCE = "performance"  # > 4 GB: everything, FP32 allowed


PROFILE_CHOICES = ("auto", *(p.value for p in Profile))


class MeteredSource(StrEnum):
    """Who said whether the network is metered."""

    NETWORK_MANAGER = "networkmanager"  # NetworkManager's Metered property (Linux, D-Bus)
    WINDOWS = "windows"  # the connection profile's cost (Windows)
    WINDOW = "window"  # Qt's QNetworkInformation, reported by the running window
    SETTING = "setting"  # nothing could tell: the `network_metered` setting
    UNKNOWN = "unknown"


class PlanReason(StrEnum):
    """Why the plan chose what it chose (``EdgePlan.reasons``; params in comments)."""

    PROFILE_BY_RAM = "profile_by_ram"  # ram_mb, profile
    PROFILE_REQUESTED = "profile_requested"  # profile, ram_mb
    PROFILE_ABOVE_RAM = "profile_above_ram"  # profile, ram_mb, fits: a request beyond the RAM
    EMBED_NO_MODEL = "embed_no_model"  # no model installed: search by words
    EMBED_NONE_FITS = "embed_none_fits"  # budget_mb, smallest_mb: search by words
    EMBED_SMALL_VARIANT = "embed_small_variant"  # precision, size_mb, budget_mb
    EMBED_PRECISION_CAP = "embed_precision_cap"  # precision, allowed (list): profile's cap
    EMBED_MODEL_CHOICE = "embed_model_choice"  # precision: the settings' or the model's default
    EMBED_CAP_UNAVAILABLE = "embed_cap_unavailable"  # allowed, precision: none validated fits
    COMPUTE_ACCELERATOR = "compute_accelerator"  # provider
    COMPUTE_CPU = "compute_cpu"  # cores
    COMPUTE_CPU_PROFILE = "compute_cpu_profile"  # provider: one is usable, the profile is small
    COMPUTE_NONE = "compute_none"
    GENERATION_UNAVAILABLE = "generation_unavailable"  # backend: its library is not installed
    GENERATION_NO_MODEL = "generation_no_model"  # no generation model installed
    GENERATION_READY = "generation_ready"  # model: `ask` answers with it
    GENERATION_PROFILE = "generation_profile"  # profile: too small for local generation
    SYNC_EAGER = "sync_eager"  # debounce_s: mains power and a normal network
    SYNC_BATTERY = "sync_battery"  # factor, percent: NORMAL/LOW wait longer
    SYNC_SAVER = "sync_saver"  # factor: battery saver on
    SYNC_METERED = "sync_metered"  # source: only CRITICAL and HIGH push
    SYNC_NOT_EAGER = "sync_not_eager"  # the setting says never before the deadline
    INDEX_PAUSE_BELOW = "index_pause_below"  # floor
    INDEX_PAUSED_NOW = "index_paused_now"  # percent, floor
    INDEX_OFF = "index_off"  # nothing to index with
    DOWNLOADS_ALLOWED = "downloads_allowed"
    DOWNLOADS_METERED = "downloads_metered"  # source
    DOWNLOADS_STORAGE = "downloads_storage"  # free_mb, needed_mb
    CACHE_BUDGET = "cache_budget"  # l1_mb, percent_of_ram
    MEMORY_BUDGET = "memory_budget"  # memory_max_mb, ram_mb


@dataclass(frozen=True)
class BatteryState:
    present: bool | None  # None: the platform cannot tell
    percent: float | None
    charging: bool | None  # on mains power and below full
    on_battery: bool | None
    saver: bool | None  # battery saver / power-saver profile


@dataclass(frozen=True)
class NetworkState:
    metered: bool | None
    source: str  # a MeteredSource value


@dataclass(frozen=True)
class Capabilities:
    """What this machine has, measured (``edge detect``); a test or ``edge plan --from`` can
    give one of another machine."""

    os: str
    arch: str
    cpu_model: str | None
    physical_cores: int | None
    logical_cores: int | None
    cpu_features: dict[str, bool | None]
    ram_total_mb: int | None
    ram_available_mb: int | None
    storage_free_mb: int | None  # where the vault lives
    gpus: list[GpuInfo] = field(default_factory=list)
    npus: list[NpuInfo] = field(default_factory=list)
    providers_installed: list[str] = field(default_factory=list)  # short names
    providers_usable: list[str] | None = None  # a real session ran; None: not checked
    battery: BatteryState = field(
        default_factory=lambda: BatteryState(None, None, None, None, None)
    )
    network: NetworkState = field(default_factory=lambda: NetworkState(None, "unknown"))
    systemd: bool = False  # systemd runs this system (units can be installed)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Capabilities:
        """From :meth:`to_json` (or a hand-written machine: missing values are unknown)."""

        def opt_int(key: str) -> int | None:
            value = data.get(key)
            return None if value is None else int(value)

        battery = dict(data.get("battery") or {})
        network = dict(data.get("network") or {})
        return cls(
            os=str(data.get("os", "")),
            arch=str(data.get("arch", "")),
            cpu_model=data.get("cpu_model"),
            physical_cores=opt_int("physical_cores"),
            logical_cores=opt_int("logical_cores"),
            cpu_features={str(k): v for k, v in dict(data.get("cpu_features") or {}).items()},
            ram_total_mb=opt_int("ram_total_mb"),
            ram_available_mb=opt_int("ram_available_mb"),
            storage_free_mb=opt_int("storage_free_mb"),
            gpus=[GpuInfo(**g) for g in data.get("gpus") or []],
            npus=[NpuInfo(**n) for n in data.get("npus") or []],
            providers_installed=[str(p) for p in data.get("providers_installed") or ["cpu"]],
            providers_usable=(
                None
                if data.get("providers_usable") is None
                else [str(p) for p in data["providers_usable"]]
            ),
            battery=BatteryState(
                battery.get("present"),
                battery.get("percent"),
                battery.get("charging"),
                battery.get("on_battery"),
                battery.get("saver"),
            ),
            network=NetworkState(network.get("metered"), str(network.get("source", "unknown"))),
            systemd=bool(data.get("systemd", False)),
        )


@dataclass(frozen=True)
class SyncPlan:
    """When changes are pushed under the plan and the device's state now."""

    deadlines_s: dict[str, float | None]  # per priority name; None: held until unmetered
    push: list[str]  # the priorities that push now
    eager: bool  # pushed a debounce after the last edit instead of at the deadline
    debounce_s: float
    poll_s: float  # pull at least this often without server events


@dataclass(frozen=True)
class CachePlan:
    l1_mb: int  # decrypted memories (and what the window renders) held in memory
    prefetch: bool
    prefetch_related: int  # nearest memories by meaning loaded when one is opened
    prefetch_neighbours: int  # list neighbours on each side loaded when one is opened
    l2: str = "vault"  # the second tier: the encrypted vault itself


@dataclass(frozen=True)
class EdgePlan:
    profile: Profile
    requested: str  # "auto" or a profile name
    embedding: bool  # local embedding for search by meaning
    search: str  # "hybrid" (meaning and words) or "fts" (words only)
    compute: str  # "cpu", an accelerator's short provider name, or "none"
    precision: str | None  # the embedding precision; None without embedding
    threads: int  # inference threads for queries (the indexer always uses one)
    generation: bool
    sync: SyncPlan
    index_pause_below: int  # battery percent below which indexing waits (on battery)
    indexing_paused: bool  # it waits now
    model_downloads: bool
    cache: CachePlan
    memory_max_mb: int  # the agent's memory ceiling (systemd MemoryMax)
    conditions: list[str]  # "battery", "saver", "metered": what the device saves now
    reasons: dict[str, Notice]  # per choice: profile, embedding, compute, ...

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["profile"] = str(self.profile)
        out["reasons"] = {k: v.to_json() for k, v in self.reasons.items()}
        return out


@dataclass(frozen=True)
class UnitFiles:
    """The systemd units ``edge install`` writes (or would write)."""

    scope: str  # "user" or "system"
    directory: str
    files: dict[str, str]  # file name -> text
    credential: str | None  # the encrypted credential's path (system scope)


@dataclass(frozen=True)
class InstallResult:
    units: UnitFiles
    written: list[str]
    enabled: bool  # systemctl enable --now ran and succeeded
    verified: bool | None  # systemd-analyze verify passed; None: not available
    steps: list[str]  # what was done, in order (commands, paths; no secret)
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CacheStats:
    """The two-tier cache: L1 in memory (decrypted), L2 the encrypted vault."""

    entries: int
    bytes: int
    budget_bytes: int
    hits: int
    misses: int
    prefetched: int
    evicted: int

    @property
    def hit_rate(self) -> float | None:
        total = self.hits + self.misses
        return round(self.hits / total, 4) if total else None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "hit_rate": self.hit_rate}


@dataclass(frozen=True)
class OpenedMemory:
    """What opening a memory shows: the memory, its history, the memories related to it by
    meaning and the suggested tags (None: no meaning index); ``cached``: it came from L1."""

    memory: Memory
    revisions: list[Revision]
    related: list[Hit] | None
    tags: list[TagSuggestion] | None
    cached: bool = False
