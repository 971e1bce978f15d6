"""When changes are pushed on this device now: the sync engine's deadlines and eagerness
(core/sync/engine.py), stretched on battery or battery saver and held back on a metered
network.

* mains power, normal network: each priority's deadline, and a change goes out a debounce after
  the last edit (the engine's ``Eagerness``);
* battery or battery saver: NORMAL and LOW wait ``BATTERY_FACTOR`` times longer;
* a metered network: only CRITICAL and HIGH push; NORMAL and LOW wait until it is not metered
  (a ``sync now`` still sends everything).

:class:`PlannedEagerness` is what the engine runs with; :func:`sync_plan` says the same for the
plan ``edge plan`` shows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from memshadow_desktop.core.api.edge import SyncPlan
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.engine import Eagerness

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


@dataclass(frozen=True)
class PlannedEagerness(Eagerness):
    """The engine's eagerness with the deadlines stretched or held for the device's state."""

    def due(
        self,
        summary: dict[int, tuple[int, str]],
        deadlines: dict[int, float],
        newest: str | None,
        power: PowerState | None,
    ) -> float | None:
        under = deadlines_under(deadlines, power)
        held = {prio for prio, seconds in under.items() if math.isinf(seconds)}
        pending = {prio: v for prio, v in summary.items() if prio not in held}
        due = super().due(pending, under, newest, power)
        return None if due is None or math.isinf(due) else due

    def push_limit(self, power: PowerState | None) -> int | None:
        return push_limit(power)


def sync_plan(
    deadlines: Mapping[int, float],
    eagerness: Eagerness,
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
        eager=eagerness.eager(power),
        debounce_s=eagerness.debounce_s,
        poll_s=poll_s * POLL_SAVING_FACTOR if saving or (power and power.metered) else poll_s,
    )
