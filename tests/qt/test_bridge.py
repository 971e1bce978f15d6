"""The task runner (the one way the GUI runs work off its thread) and the bridge's events."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner

GUI = threading.main_thread()


def finish(qtbot: Any, task: asyncio.Future[Any]) -> Any:
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


class Gate:
    """A blocking call that waits until the test opens the gate (a slow core call)."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.entered = threading.Event()
        self.open = threading.Event()

    def __call__(self) -> str:
        self.entered.set()
        assert self.open.wait(10)
        return self.value


def test_call_runs_off_the_gui_thread_and_raises_what_the_call_raised(
    qtbot: Any, qloop: Any
) -> None:
    runner = TaskRunner()
    thread = finish(qtbot, asyncio.ensure_future(runner.call(threading.current_thread)))
    assert thread is not GUI

    def fail() -> None:
        raise ValueError("no")

    task = asyncio.ensure_future(runner.call(fail))
    qtbot.waitUntil(task.done, timeout=10_000)
    with pytest.raises(ValueError, match="no"):
        task.result()


def test_vault_calls_share_one_thread(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    threads = {
        finish(qtbot, asyncio.ensure_future(runner.call_on_vault_thread(threading.current_thread)))
        for _ in range(3)
    }
    assert len(threads) == 1
    (thread,) = threads
    assert thread is not GUI and thread.name.startswith("memshadow-vault")


def test_a_newer_run_of_a_key_supersedes_the_older(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    applied: list[str] = []
    old, new = Gate("old"), Gate("new")
    runner.run(old, key="list", on_done=applied.append)
    qtbot.waitUntil(old.entered.is_set, timeout=10_000)
    assert runner.running("list")
    runner.run(new, key="list", on_done=applied.append)
    new.open.set()
    qtbot.waitUntil(lambda: applied == ["new"], timeout=10_000)
    old.open.set()  # the old call finishes after the new one was shown...
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    qtbot.wait(50)
    assert applied == ["new"]  # ...and its result is never shown
    assert not runner.running("list")


def test_latest_says_whether_it_was_superseded(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    shown: list[str] = []
    old, new = Gate("old"), Gate("new")

    async def fetch_and_show(gate: Gate) -> None:
        shown.append(await runner.call(gate))

    first = asyncio.ensure_future(runner.latest("open", fetch_and_show(old)))
    qtbot.waitUntil(old.entered.is_set, timeout=10_000)
    second = asyncio.ensure_future(runner.latest("open", fetch_and_show(new)))
    new.open.set()
    assert finish(qtbot, second) is True
    assert finish(qtbot, first) is False
    old.open.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    assert shown == ["new"]


def test_latest_raises_the_failure_to_its_caller(qtbot: Any, qloop: Any) -> None:
    reported: list[BaseException] = []
    runner = TaskRunner(report=reported.append)

    async def broken() -> None:
        raise KeyError("x")

    task = asyncio.ensure_future(runner.latest("k", broken()))
    qtbot.waitUntil(task.done, timeout=10_000)
    with pytest.raises(KeyError):
        task.result()
    assert reported == []  # the caller decides; nothing is reported twice


def test_cancel_drops_a_run_and_cancel_all_drops_every_one(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    applied: list[str] = []
    gates = [Gate("a"), Gate("b"), Gate("c")]
    runner.run(gates[0], key="a", on_done=applied.append)
    runner.run(gates[1], on_done=applied.append)
    runner.run(gates[2], on_done=applied.append)
    runner.cancel("a")
    assert not runner.running("a")
    gates[1].open.set()
    qtbot.waitUntil(lambda: applied == ["b"], timeout=10_000)
    runner.cancel_all()
    for gate in gates:
        gate.open.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    qtbot.wait(50)
    assert applied == ["b"]


def test_failures_reach_the_one_reporter_unless_handled(qtbot: Any, qloop: Any) -> None:
    reported: list[BaseException] = []
    handled: list[BaseException] = []
    runner = TaskRunner(report=reported.append)

    def fail() -> None:
        raise RuntimeError("disk on fire")

    runner.run(fail)
    runner.run(fail, on_error=handled.append)

    async def steps() -> None:
        await runner.call(fail)

    runner.spawn(steps())
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    assert [str(e) for e in reported] == ["disk on fire", "disk on fire"]
    assert [str(e) for e in handled] == ["disk on fire"]


def test_busy_and_wait_idle_follow_the_runs(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    gate = Gate("x")
    assert not runner.busy()
    runner.run(gate)
    assert runner.busy()
    waiter = asyncio.ensure_future(runner.wait_idle())
    qtbot.wait(50)
    assert not waiter.done()
    gate.open.set()
    finish(qtbot, waiter)
    assert not runner.busy()


def test_relay_calls_back_on_the_gui_thread_in_order(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, threading.Thread]] = []
    post = runner.relay(lambda n: seen.append((n, threading.current_thread())))
    worker = threading.Thread(target=lambda: [post(i) for i in range(5)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=10_000)
    assert [n for n, _t in seen] == [0, 1, 2, 3, 4]
    assert all(t is GUI for _n, t in seen)


# --- the bridge's events ----------------------------------------------------------------------


def publish_from_a_worker(service: MemshadowService, kind: str, **data: Any) -> None:
    worker = threading.Thread(target=lambda: service.events.publish(kind, **data))
    worker.start()
    worker.join()


def test_sync_events_come_out_as_typed_signals_on_the_gui_thread(
    qtbot: Any, qloop: Any, open_service: MemshadowService
) -> None:
    from memshadow_desktop.core import events

    bridge = ServiceBridge(open_service)
    got: list[tuple[str, tuple[Any, ...], threading.Thread]] = []

    def record(name: str) -> Any:
        return lambda *args: got.append((name, args, threading.current_thread()))

    bridge.syncStatus.connect(record("status"))
    bridge.syncProgress.connect(record("progress"))
    bridge.conflictFound.connect(record("conflict"))
    bridge.recordRejected.connect(record("rejected"))
    try:
        publish_from_a_worker(open_service, events.SYNC_STATUS, state="offline", detail="dns")
        publish_from_a_worker(open_service, events.SYNC_PROGRESS, phase="pull", done=3, total=9)
        publish_from_a_worker(open_service, events.SYNC_CONFLICT, conflict_id=7)
        publish_from_a_worker(
            open_service, events.SYNC_REJECTED, memory_id="m1", rev_id="r1", reason="checksum"
        )
        qtbot.waitUntil(lambda: len(got) == 4, timeout=10_000)
    finally:
        bridge.disconnect_events()
    assert [(name, args) for name, args, _t in got] == [
        ("status", ("offline", "dns")),
        ("progress", ("pull", 3, 9)),
        ("conflict", (7, "")),
        ("rejected", ("m1", "r1", "checksum")),
    ]
    assert all(t is GUI for _n, _a, t in got)


def test_every_event_comes_out_as_event_received_unknown_kinds_included(
    qtbot: Any, qloop: Any, open_service: MemshadowService
) -> None:
    bridge = ServiceBridge(open_service)
    events: list[tuple[str, Any]] = []
    changed: list[tuple[str, str]] = []
    bridge.eventReceived.connect(lambda kind, data: events.append((kind, data)))
    bridge.memoryChanged.connect(lambda mid, action: changed.append((mid, action)))
    try:
        publish_from_a_worker(open_service, "devices.seen", device_id="d1", when=None)
        memory = open_service.memories.add("from the store", title="Store")
        qtbot.waitUntil(lambda: len(events) == 2, timeout=10_000)
    finally:
        bridge.disconnect_events()
    assert events[0] == ("devices.seen", {"device_id": "d1", "when": None})
    assert events[1] == ("memory.changed", {"id": memory.id, "action": "created"})
    assert changed == [(memory.id, "created")]


def test_no_event_arrives_after_disconnecting(
    qtbot: Any, qloop: Any, open_service: MemshadowService
) -> None:
    bridge = ServiceBridge(open_service)
    events: list[str] = []
    bridge.eventReceived.connect(lambda kind, _data: events.append(kind))
    bridge.disconnect_events()
    publish_from_a_worker(open_service, "sync.status", state="idle", detail="")
    qtbot.wait(100)
    assert events == []
