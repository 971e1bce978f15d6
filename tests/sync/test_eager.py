"""Pushing promptly when it is cheap: on mains power with a normal network a change goes out a
few seconds after the last edit; while the device saves power or data the priority deadlines
decide (CRITICAL at once, NORMAL within 5 minutes)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from memshadow_desktop.core.api import MEMORY_CHANGED, Priority
from memshadow_desktop.core.devices.power import PowerState
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.sync.engine import (
    EAGER_ALWAYS,
    EAGER_AUTO,
    EAGER_NEVER,
    Eagerness,
    SyncEngine,
    deadlines_from,
)
from tests.sync.conftest import Devices

MAINS = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=False)
BATTERY = PowerState(on_battery=True, battery_percent=80.0, battery_saver=False, metered=False)
SAVER = PowerState(on_battery=False, battery_percent=None, battery_saver=True, metered=False)
METERED = PowerState(on_battery=False, battery_percent=None, battery_saver=False, metered=True)
UNKNOWN = PowerState(on_battery=None, battery_percent=None, battery_saver=None, metered=None)


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@pytest.mark.parametrize(
    ("mode", "power", "eager"),
    [
        (EAGER_AUTO, MAINS, True),
        (EAGER_AUTO, UNKNOWN, True),  # a desktop that cannot tell: like mains
        (EAGER_AUTO, BATTERY, False),
        (EAGER_AUTO, SAVER, False),
        (EAGER_AUTO, METERED, False),
        (EAGER_ALWAYS, METERED, True),
        (EAGER_NEVER, MAINS, False),
    ],
)
def test_when_changes_go_out_before_their_deadline(
    mode: str, power: PowerState, eager: bool
) -> None:
    deadlines = deadlines_from(None)
    now = 1_800_000_000.0
    # A NORMAL change made a minute ago, the last edit a second ago.
    summary = {int(Priority.NORMAL): (2, iso(now - 60))}
    due = Eagerness(mode, debounce_s=2.0).due(summary, deadlines, iso(now - 1), power)
    assert due is not None
    if eager:
        assert due == pytest.approx(now + 1, abs=0.01)  # the last edit + the debounce
    else:
        assert due == pytest.approx(now - 60 + 300, abs=0.01)  # the NORMAL deadline
    assert Eagerness(mode).due({}, deadlines, None, power) is None  # nothing pending


def engine_for(
    devices: Devices, name: str, power: PowerState
) -> tuple[SyncEngine, MemshadowService]:
    svc = devices.make(name)
    engine = SyncEngine(
        svc._core.store,
        svc.events,
        deadlines=deadlines_from(None),
        eagerness=Eagerness(EAGER_AUTO, debounce_s=1.0),
        power=lambda: power,
    ).start()
    return engine, svc


def wait_pushed(svc: MemshadowService, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if svc.sync.status(remote=False).pending_total == 0:
            return True
        time.sleep(0.1)
    return False


def test_on_mains_a_normal_change_goes_out_without_waiting_for_its_deadline(
    devices: Devices,
) -> None:
    engine, a = engine_for(devices, "a", MAINS)
    b = devices.make("b")
    arrived = threading.Event()
    b.events.subscribe(
        lambda e: (
            arrived.set() if e.kind == MEMORY_CHANGED and e.data.get("action") == "synced" else None
        )
    )
    b._core.start_engine()
    try:
        a.memories.add("normal priority, mains power\n")
        # The deadline is five minutes away: only the debounce can send it this soon.
        assert wait_pushed(a, 30), "the change stayed in the outbox"
        assert arrived.wait(30), "the other device never got it"
    finally:
        engine.stop()
        b._core.stop_engine()


def test_saving_data_a_normal_change_waits_and_a_critical_one_does_not(
    devices: Devices,
) -> None:
    engine, a = engine_for(devices, "a", METERED)
    try:
        time.sleep(1.0)  # the engine's first sync is over
        a.memories.add("normal priority, metered network\n")
        assert not wait_pushed(a, 4.0), "a NORMAL change went out on a metered network"
        urgent = a.memories.add("critical\n", priority=Priority.CRITICAL)
        assert urgent is not None
        # CRITICAL is due at once, and everything pending goes out in the same batch.
        assert wait_pushed(a, 30)
    finally:
        engine.stop()
