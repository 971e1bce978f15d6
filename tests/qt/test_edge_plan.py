"""The device's plan on the hardware dashboard, in words; the window's network reading."""

from __future__ import annotations

import asyncio
from typing import Any

from memshadow_desktop.core.api import EdgePlan, Notice, PlanReason
from memshadow_desktop.qt.edge_plan import EdgePlanView, describe_reason, report_network
from tests.core.edge.conftest import machine, minilm
from tests.qt.conftest import wait_idle


def a_plan(**kw: Any) -> EdgePlan:
    from memshadow_desktop.core.edge.profiles import make_plan
    from memshadow_desktop.core.sync.engine import deadlines_from

    return make_plan(
        machine(400, on_battery=True, percent=35.0, **kw),
        variants=minilm(),
        deadlines=deadlines_from(None),
    )


def test_the_dashboard_shows_the_plan_in_words(qtbot: Any, window: Any) -> None:
    task = asyncio.ensure_future(window.open_dashboard())
    qtbot.waitUntil(task.done, timeout=10_000)
    dashboard = task.result()
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=30_000)
    texts = {k: v.text() for k, v in dashboard.plan_view.values.items()}
    assert texts["profile"].split(" — ")[0] in ("Minimal", "Light", "Standard", "Performance")
    assert "MB of RAM" in texts["profile"]
    assert "Critical at once" in texts["sync"]
    codes = {str(c) for c in PlanReason}
    assert not any(code in text for text in texts.values() for code in codes)
    wait_idle(qtbot, window)


def test_a_small_device_on_battery_reads_as_such(qtbot: Any) -> None:
    view = EdgePlanView()
    qtbot.addWidget(view)
    view.show_plan(a_plan())
    texts = {k: v.text() for k, v in view.values.items()}
    assert texts["profile"] == "Minimal — 400 MB of RAM"
    assert texts["search"].startswith("words only — no validated model variant fits in 16 MB")
    assert "Normal 20 min" in texts["sync"] and "wait 4.0× longer" in texts["sync"]
    assert texts["memory"].startswith("256 MB")
    view.show_plan(None)
    assert view.values["profile"].text() == "—"


def test_every_plan_reason_has_words(qapp: Any) -> None:
    params = {
        "ram_mb": 400,
        "fits": "light",
        "budget_mb": 32,
        "precision": "int8",
        "size_mb": 20,
        "wanted": "fp32",
        "allowed": ["int8"],
        "provider": "cuda",
        "factor": 4.0,
        "floor": 50,
        "percent": 35,
        "free_mb": 600,
        "needed_mb": 1024,
        "percent_of_ram": 5,
        "backend": "llama.cpp",
        "model": "smollm2-135m-instruct",
    }
    for code in PlanReason:
        words = describe_reason(Notice(code, params))
        assert words and str(code) not in words and "{" not in words and "None" not in words


def test_the_window_reports_the_network_as_qt_knows_it(qapp: Any) -> None:
    reported: list[bool | None] = []

    class Edge:
        def report_network(self, metered: bool | None) -> None:
            reported.append(metered)

    class Service:
        edge = Edge()

    info = report_network(Service())  # type: ignore[arg-type]
    if info is None:  # no Qt network backend with the Metered feature here
        assert reported == []
    else:
        assert reported and isinstance(reported[0], bool)


def test_the_window_opens_memories_through_the_cache(
    qtbot: Any, window: Any, open_service: Any
) -> None:
    """A memory opened again comes from L1; its list neighbour was prefetched in the
    background (no service call on the GUI thread, as the window fixture checks)."""
    entries = window.list_pane.model.entries()
    first, second = entries[0].id, entries[1].id
    qtbot.waitUntil(lambda: window.editor.memory is not None, timeout=10_000)
    wait_idle(qtbot, window)
    assert open_service.cache.wait_idle(10)
    assert open_service.cache.stats().prefetched >= 1  # the neighbour of the first one
    before = open_service.cache.stats().hits
    assert window.list_pane.select(second)
    qtbot.waitUntil(lambda: window.editor.memory.id == second, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.list_pane.select(first)
    qtbot.waitUntil(lambda: window.editor.memory.id == first, timeout=10_000)
    wait_idle(qtbot, window)
    assert open_service.cache.stats().hits >= before + 2
    assert "cache.open" in {name for name, _t in window.recorder.calls}
