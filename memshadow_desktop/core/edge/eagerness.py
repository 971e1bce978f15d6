"""The sync engine's eagerness under the device's plan (core/edge/schedule.py): the deadlines
stretched on battery or battery saver, NORMAL and LOW held on a metered network, and a scheduled
session that pushes only CRITICAL and HIGH while metered. Imports the engine: only the runtime
that starts one loads this."""

from __future__ import annotations

import math
from dataclasses import dataclass

from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.edge import schedule
from memshadow_desktop.core.sync.engine import Eagerness


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
        under = schedule.deadlines_under(deadlines, power)
        held = {prio for prio, seconds in under.items() if math.isinf(seconds)}
        pending = {prio: v for prio, v in summary.items() if prio not in held}
        due = super().due(pending, under, newest, power)
        return None if due is None or math.isinf(due) else due

    def push_limit(self, power: PowerState | None) -> int | None:
        return schedule.push_limit(power)
