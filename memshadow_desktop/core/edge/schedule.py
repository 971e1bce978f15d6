"""When changes are pushed on this device now: the sync engine's deadlines and eagerness
(core/sync/engine.py), stretched on battery or battery saver and held back on a metered
network.

* mains power, normal network: each priority's deadline, and a change goes out a debounce after
  the last edit (the engine's ``Eagerness``);
* battery or battery saver: NORMAL and LOW wait ``BATTERY_FACTOR`` times longer;
* a metered network: only CRITICAL and HIGH push; NORMAL and LOW wait until it is not metered
  (a ``sync now`` still sends everything).

The engine runs with :class:`~memshadow_desktop.core.edge.eagerness.PlannedEagerness`, built on
these functions; :func:`sync_plan` says the same for the plan ``edge plan`` shows. Nothing here
imports the engine (and its network client): search by meaning plans without loading them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from memshadow_desktop.core.api.edge import SyncPlan
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.sync import protocol as p

BATTERY_FACTOR = 4.0  # NORMAL 5 min -> 20 min, LOW 30 min -> 2 h
STRETCHED = (p.Priority.NORMAL, p.Priority.LOW)
METERED_PUSH = p.Priority.HIGH  # the least urgent priority that still pushes when metered
POLL_SAVING_FACTOR = 3.0


def conditions(power: PowerState | None) -> list[str]:
    """What the device saves now: "battery", "saver", "metered"."""
    if power is None:
        return []
    out = []
    if power.on_battery:
        out.append("battery")
    if power.battery_saver:
        out.append("saver")
    if power.metered:
        out.append("metered")
    return out


def deadlines_under(deadlines: Mapping[int, float], power: PowerState | None) -> dict[int, float]:
    """The deadlines while the device is in ``power``'s state (math.inf: held)."""
    out = {int(k): float(v) for k, v in deadlines.items()}
    if power is None:
        return out
    if power.on_battery or power.battery_saver:
        for prio in STRETCHED:
            out[int(prio)] = out.get(int(prio), p.DEFAULT_DEADLINES_S[prio]) * BATTERY_FACTOR
    if power.metered:
        for prio in STRETCHED:
            out[int(prio)] = math.inf
    return out


def push_limit(power: PowerState | None) -> int | None:
    """The least urgent priority a scheduled sync pushes; None: every priority."""
    return int(METERED_PUSH) if power is not None and power.metered else None


# The engine's eagerness modes (core/sync/engine.py: EAGER_AUTO, EAGER_ALWAYS, EAGER_NEVER).
EAGER_AUTO, EAGER_ALWAYS, EAGER_NEVER = "auto", "always", "never"


def eager(mode: str, power: PowerState | None) -> bool:
    """What the engine's ``Eagerness.eager`` answers (a test holds the two together)."""
    if mode == EAGER_ALWAYS:
        return True
    if mode == EAGER_NEVER:
        return False
    return power is None or not power.saving


def deadlines_of(settings: Mapping[str, float] | None) -> dict[int, float]:
    """The engine's ``deadlines_from``: the settings' seconds per priority name, else the
    protocol's defaults (a test holds the two together)."""
    out = {int(k): float(v) for k, v in p.DEFAULT_DEADLINES_S.items()}
    for name, value in (settings or {}).items():
        try:
            out[int(p.Priority[name.upper()])] = float(value)
        except KeyError:
            continue
    return out


def sync_plan(
    deadlines: Mapping[int, float],
    mode: str,
    debounce_s: float,
    power: PowerState | None,
    poll_s: float,
) -> SyncPlan:
    under = deadlines_under(deadlines, power)
    limit = push_limit(power)
    names = {int(prio): prio.name for prio in p.Priority}
    saving = bool(power is not None and (power.on_battery or power.battery_saver))
    return SyncPlan(
        deadlines_s={
            names[prio]: (None if math.isinf(seconds) else seconds)
            for prio, seconds in sorted(under.items())
            if prio in names
        },
        push=[names[prio] for prio in sorted(names) if limit is None or prio <= limit],
        eager=eager(mode, power),
        debounce_s=debounce_s,
        poll_s=poll_s * POLL_SAVING_FACTOR if saving or (power and power.metered) else poll_s,
    )
