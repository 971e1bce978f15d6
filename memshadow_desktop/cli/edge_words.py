"""English for ``edge detect`` and ``edge plan``: capabilities, the plan, and each choice's
reason (the window has its own, translated, words in qt/edge_plan.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from memshadow_desktop.core.api import Capabilities, EdgePlan, Notice, PlanReason

Params = Mapping[str, Any]


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _f(template: str) -> Callable[[Params], str]:
    return lambda p: template.format_map(p)


def _mb(value: Any) -> str:
    if not isinstance(value, int | float):
        return "unknown"
    return f"{value / 1024:.1f} GB" if value >= 1024 else f"{value:.0f} MB"


def _list(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


_WORDS: dict[str, Callable[[Params], str]] = {
    PlanReason.PROFILE_BY_RAM: lambda p: f"{_mb(p.get('ram_mb'))} of RAM makes it {p['profile']}",
    PlanReason.PROFILE_REQUESTED: _f("asked for {profile}"),
    PlanReason.PROFILE_ABOVE_RAM: lambda p: (
        f"asked for {p['profile']}, more than {_mb(p.get('ram_mb'))} of RAM suits "
        f"({p['fits']}): it may run out of memory"
    ),
    PlanReason.EMBED_NO_MODEL: _f(
        "no embedding model installed: search by words ({precision} once one is)"
    ),
    PlanReason.EMBED_NONE_FITS: _f(
        "no validated variant fits in {budget_mb} MB (the smallest is {smallest_mb} MB): "
        "search by words, sync only"
    ),
    PlanReason.EMBED_SMALL_VARIANT: _f(
        "the validated {precision} variant ({size_mb} MB) fits in {budget_mb} MB"
    ),
    PlanReason.EMBED_PRECISION_CAP: lambda p: (
        f"{p['precision']} instead of {p['wanted']}: this profile allows {_list(p['allowed'])}"
    ),
    PlanReason.EMBED_MODEL_CHOICE: _f("{precision}, the model's validated choice"),
    PlanReason.EMBED_CAP_UNAVAILABLE: lambda p: (
        f"the model offers no validated variant this profile allows ({_list(p['allowed'])}; "
        f"offered: {_list(p['offered'])}): search by words"
    ),
    PlanReason.COMPUTE_ACCELERATOR: _f("{provider} ran a real session here"),
    PlanReason.COMPUTE_CPU: _f("no usable accelerator: the CPU ({cores} cores)"),
    PlanReason.COMPUTE_CPU_PROFILE: _f(
        "{provider} is usable, but a {profile} device keeps inference on the CPU"
    ),
    PlanReason.COMPUTE_NONE: _f("nothing to run: no local embedding"),
    PlanReason.GENERATION_UNAVAILABLE: _f("{backend}, which runs the model, is not installed"),
    PlanReason.GENERATION_NO_MODEL: _f(
        "no generation model installed (`memshadow models catalog`, then `models download`)"
    ),
    PlanReason.GENERATION_READY: _f("`memshadow ask` answers with {model}"),
    PlanReason.GENERATION_PROFILE: _f("a {profile} device does not generate locally"),
    PlanReason.SYNC_EAGER: _f(
        "mains power and a normal network: a change goes out {debounce_s} s after the last edit"
    ),
    PlanReason.SYNC_BATTERY: _f("on battery ({percent}%): NORMAL and LOW wait {factor}x longer"),
    PlanReason.SYNC_SAVER: _f("battery saver: NORMAL and LOW wait {factor}x longer"),
    PlanReason.SYNC_METERED: _f(
        "metered network (says {source}): only CRITICAL and HIGH push; NORMAL and LOW wait"
    ),
    PlanReason.SYNC_NOT_EAGER: _f("the sync_eager setting waits for each deadline"),
    PlanReason.INDEX_PAUSE_BELOW: _f("indexing waits on battery below {floor}%"),
    PlanReason.INDEX_PAUSED_NOW: _f("indexing waits: on battery at {percent}% (below {floor}%)"),
    PlanReason.INDEX_OFF: _f("no local embedding, nothing to index"),
    PlanReason.DOWNLOADS_ALLOWED: _f("model downloads allowed"),
    PlanReason.DOWNLOADS_METERED: _f("no model downloads on a metered network (says {source})"),
    PlanReason.DOWNLOADS_STORAGE: _f(
        "no model downloads: {free_mb} MB free, {needed_mb} MB needed"
    ),
    PlanReason.CACHE_BUDGET: _f(
        "L1 holds up to {l1_mb} MB of opened memories (at most {percent_of_ram}% of RAM); "
        "L2 is the encrypted vault"
    ),
    PlanReason.MEMORY_BUDGET: lambda p: (
        f"the agent stays under {p['memory_max_mb']} MB (systemd MemoryMax), "
        f"RAM {_mb(p.get('ram_mb'))}"
    ),
}


def describe_reason(notice: Notice) -> str:
    words = _WORDS.get(str(notice.code))
    return words(_Params(notice.params)) if words is not None else str(notice.code)


def _seconds(value: float | None) -> str:
    if value is None:
        return "held"
    if value == 0:
        return "at once"
    if value < 120:
        return f"{value:g} s"
    if value < 7200:
        return f"{value / 60:g} min"
    return f"{value / 3600:g} h"


def plan_text(plan: EdgePlan) -> str:
    r = plan.reasons

    def why(key: str) -> str:
        return f"  ({describe_reason(r[key])})" if key in r else ""

    sync = plan.sync
    deadlines = ", ".join(f"{k} {_seconds(v)}" for k, v in sync.deadlines_s.items())
    cache = plan.cache
    prefetch = (
        f"prefetch {cache.prefetch_related} related + {cache.prefetch_neighbours} neighbours "
        "each side"
        if cache.prefetch
        else "no prefetch"
    )
    lines = [
        f"profile      {plan.profile}{why('profile')}",
        f"search       {'meaning + words' if plan.embedding else 'words only'}{why('embedding')}",
        f"precision    {plan.precision or '-'}",
        f"compute      {plan.compute}, {plan.threads} thread(s){why('compute')}",
        f"generation   {'yes' if plan.generation else 'no'}{why('generation')}",
        f"sync         {deadlines}; pushes {', '.join(sync.push)}; "
        f"pull every {_seconds(sync.poll_s)}{why('sync')}",
        f"indexing     {_indexing(plan)}{why('indexing')}",
        f"downloads    {'yes' if plan.model_downloads else 'no'}{why('downloads')}",
        f"cache        L1 {cache.l1_mb} MB, {prefetch}{why('cache')}",
        f"memory       {plan.memory_max_mb} MB{why('memory')}",
    ]
    if plan.conditions:
        lines.append(f"saving now   {', '.join(plan.conditions)}")
    return "\n".join(lines)


def _indexing(plan: EdgePlan) -> str:
    if not plan.embedding:
        return "off"
    return "paused" if plan.indexing_paused else "runs"


def capabilities_text(c: Capabilities) -> str:
    features = ", ".join(k for k, v in c.cpu_features.items() if v) or "none known"
    usable = "not checked" if c.providers_usable is None else ", ".join(c.providers_usable)
    b = c.battery
    if b.present is False:
        battery = "none (mains power)"
    elif b.present is None:
        battery = "unknown"
    else:
        state = "charging" if b.charging else ("on battery" if b.on_battery else "plugged in")
        battery = f"{b.percent:.0f}%, {state}" if b.percent is not None else state
    saver = {True: "on", False: "off", None: "unknown"}[b.saver]
    metered = {True: "metered", False: "not metered", None: "unknown"}[c.network.metered]
    gpus = ", ".join(g.name for g in c.gpus) or "none"
    npus = ", ".join(n.name for n in c.npus) or "none"
    return "\n".join(
        [
            f"system       {c.os} {c.arch}, systemd {'yes' if c.systemd else 'no'}",
            f"cpu          {c.cpu_model or 'unknown'}, {c.physical_cores} cores "
            f"({c.logical_cores} threads); {features}",
            f"memory       {_mb(c.ram_total_mb)} ({_mb(c.ram_available_mb)} available)",
            f"storage      {_mb(c.storage_free_mb)} free where the vault lives",
            f"gpus         {gpus}",
            f"npus         {npus}",
            f"providers    installed {', '.join(c.providers_installed) or 'none'}; usable {usable}",
            f"battery      {battery}; battery saver {saver}",
            f"network      {metered} ({_source(c.network.source)})",
        ]
    )


def _source(source: str) -> str:
    if source == "unknown":
        return "nothing here can tell; set network_metered where it matters"
    return f"says {source}"


def bench_text(r: dict[str, Any]) -> str:
    """`bench edge` in lines."""
    lines = []
    d = r.get("deployment") or {}
    if d:
        lines.append(
            f"deployment from nothing to a running agent: {d['total_s']} s "
            f"(init {d['init_s']} s, unit + sealed credential + verify {d['install_s']} s, "
            f"start to READY=1 {d['start_to_ready_s']} s; target < 30 s: "
            f"{'ok' if d['ok'] else 'MISSED'}; {d['manager']})"
        )
    v = r.get("vault") or {}
    rss = r.get("rss") or {}
    if rss:
        lines.append(f"agent RSS with {v.get('memories', '?'):,} memories:")
        for profile, m in rss.items():
            target = (
                f"; target < {m['target_mb']} MB: {'ok' if m['ok'] else 'MISSED'}"
                if m.get("target_mb")
                else ""
            )
            lines.append(
                f"  {profile:<12} {m['rss_mb']:7.1f} MB while running (settled "
                f"{m['rss_settled_mb']} MB, peak incl. unlock {m['peak_mb']} MB; ready in "
                f"{m['ready_s']} s{target})"
            )
    c = r.get("cache") or {}
    if c:
        lines.append(
            f"L1 cache, {c['opens']} opens of a browsing session over the TIL notes "
            f"({c['distinct']} distinct, {c['think_ms']} ms between opens, profile {c['profile']}):"
        )
        for name, key in (
            ("without prefetch", "without_prefetch"),
            ("with prefetch", "with_prefetch"),
        ):
            m = c[key]
            rate = f"{m['hit_rate'] * 100:.1f}%" if m["hit_rate"] is not None else "-"
            lines.append(
                f"  {name:<17} hit rate {rate:>6}, open to rendered p50 {m['p50_ms']} ms, "
                f"p95 {m['p95_ms']} ms ({m['prefetched']} prefetched, L1 {m['l1_mb']} MB)"
            )
    return "\n".join(lines)
