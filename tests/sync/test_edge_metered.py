"""The engine under a device's plan (core/edge/schedule.py): on a metered network only CRITICAL
and HIGH changes push; NORMAL ones wait in the outbox until the network is not metered."""

from __future__ import annotations

import time

from memshadow_desktop.core.api import Priority
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.edge.eagerness import PlannedEagerness
from memshadow_desktop.core.sync.engine import SyncEngine, deadlines_from
from tests.sync.conftest import Devices

MAINS = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=False)
METERED = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=True)


def pending(svc: object) -> dict[str, int]:
    return svc.sync.status(remote=False).pending  # type: ignore[attr-defined, no-any-return]


def wait_for(check: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_metered_pushes_only_critical_and_high_then_the_rest_when_unmetered(
    devices: Devices,
) -> None:
    a = devices.make("a")
    power = [METERED]
    engine = SyncEngine(
        a._core.store,
        a.events,
        deadlines=deadlines_from({"NORMAL": 1}),  # due long before the test looks
        eagerness=PlannedEagerness(debounce_s=0.5),
        power=lambda: power[0],
        poll_s=1.0,  # pulls (which push too) keep coming
    ).start()
    try:
        time.sleep(1.0)
        a.memories.add("normal on a metered network\n")
        a.memories.add("critical on a metered network\n", priority=Priority.CRITICAL)
        assert wait_for(lambda: pending(a).get("CRITICAL", 0) == 0, 30), pending(a)
        time.sleep(3.0)  # several polls and the NORMAL deadline pass
        assert pending(a).get("NORMAL") == 1, "a NORMAL change went out on a metered network"
        power[0] = MAINS
        engine.wake()
        assert wait_for(lambda: sum(pending(a).values()) == 0, 30), pending(a)
    finally:
        engine.stop()
