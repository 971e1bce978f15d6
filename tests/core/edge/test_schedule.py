"""When changes go out on a device that saves power or data: the engine's deadlines stretched
on battery, NORMAL and LOW held on a metered network."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from memshadow_desktop.core.api import Priority
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.edge.eagerness import PlannedEagerness
from memshadow_desktop.core.edge.schedule import (
    deadlines_of,
    deadlines_under,
    eager,
    push_limit,
    sync_plan,
)
from memshadow_desktop.core.sync.engine import (
    EAGER_ALWAYS,
    EAGER_AUTO,
    EAGER_NEVER,
    Eagerness,
    deadlines_from,
)

MAINS = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=False)
BATTERY = PowerState(on_battery=True, battery_percent=60.0, battery_saver=False, metered=False)
METERED = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=True)
BOTH = PowerState(on_battery=True, battery_percent=60.0, battery_saver=True, metered=True)
NOW = 1_800_000_000.0
C, H, N, L = (int(p) for p in (Priority.CRITICAL, Priority.HIGH, Priority.NORMAL, Priority.LOW))


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_deadlines_under_each_state() -> None:
    base = deadlines_from(None)
    assert deadlines_under(base, MAINS) == base
    assert deadlines_under(base, None) == base
    assert deadlines_under(base, BATTERY) == {C: 0.0, H: 60.0, N: 1200.0, L: 7200.0}
    held = deadlines_under(base, BOTH)
    assert held[C] == 0.0 and held[H] == 60.0 and math.isinf(held[N]) and math.isinf(held[L])
    assert push_limit(METERED) == H and push_limit(MAINS) is None and push_limit(None) is None
    assert Eagerness().push_limit(METERED) is None  # the engine's own: everything


def test_a_normal_change_is_held_on_a_metered_network_until_a_high_one_is_due() -> None:
    eager = PlannedEagerness()
    base = deadlines_from(None)
    normal_only = {N: (3, iso(NOW - 3600))}  # an hour old: long past its deadline
    assert eager.due(normal_only, base, iso(NOW - 1), METERED) is None
    with_high = {**normal_only, H: (1, iso(NOW - 10))}
    assert eager.due(with_high, base, iso(NOW - 1), METERED) == pytest.approx(NOW + 50, abs=0.01)
    # On battery NORMAL waits 20 minutes instead of 5; on mains it goes after the debounce.
    assert eager.due({N: (1, iso(NOW))}, base, iso(NOW), BATTERY) == pytest.approx(NOW + 1200)
    assert eager.due({N: (1, iso(NOW))}, base, iso(NOW), MAINS) == pytest.approx(NOW + 2.0)


def test_the_sync_plan_says_the_same_as_the_engine_does() -> None:
    base = deadlines_from(None)
    plan = sync_plan(base, EAGER_AUTO, 2.0, METERED, 300.0)
    assert plan.push == ["CRITICAL", "HIGH"] and plan.deadlines_s["NORMAL"] is None
    assert plan.poll_s == 900.0 and not plan.eager
    assert sync_plan(base, EAGER_AUTO, 2.0, MAINS, 300.0).poll_s == 300.0


def test_the_plan_and_the_engine_agree_on_eagerness_and_deadlines() -> None:
    """The plan decides as the engine does without importing it (and its network client)."""
    for mode in (EAGER_AUTO, EAGER_ALWAYS, EAGER_NEVER, "bogus"):
        for power in (MAINS, BATTERY, METERED, BOTH, None):
            assert eager(mode, power) == Eagerness(mode).eager(power), (mode, power)
    for settings in (None, {}, {"NORMAL": 10, "low": 99.5}, {"nonsense": 1}):
        assert deadlines_of(settings) == deadlines_from(settings)
