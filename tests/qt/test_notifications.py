"""Notifications: rate limits, snooze and off, and no memory content (the words are fixed)."""

from __future__ import annotations

from typing import Any

from memshadow_desktop.qt.notifications import (
    CONFLICT_QUIET_S,
    PROBLEM_QUIET_S,
    Notifier,
    Preferences,
)
from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make(qtbot: Any) -> tuple[Notifier, list[tuple[str, str, str]], Clock]:
    clock = Clock()
    shown: list[tuple[str, str, str]] = []
    notifier = Notifier(lambda *args: shown.append(args), clock=clock)
    return notifier, shown, clock


def test_conflicts_found_together_make_one_notification(qtbot: Any) -> None:
    notifier, shown, _clock = make(qtbot)
    for _ in range(5):
        notifier.conflict_found()
    qtbot.waitUntil(lambda: not notifier.pending(), timeout=10_000)
    assert len(shown) == 1 and shown[0][0] == "conflicts"
    assert shown[0][2].startswith("5 conflicts found")
    # Another soon after waits for the quiet time, gathering meanwhile.
    notifier.conflict_found()
    assert notifier.pending()
    assert notifier._gather.remainingTime() > (CONFLICT_QUIET_S - 10) * 1000
    notifier._gather.stop()


def test_a_problem_is_told_once_until_a_sync_went_through_or_an_hour_passed(qtbot: Any) -> None:
    notifier, shown, clock = make(qtbot)
    error = TrayState(TrayKind.ERROR, configured=True, problem="server_error", last_sync="t1")
    notifier.state_changed(error)
    notifier.state_changed(error)
    notifier.state_changed(TrayState(TrayKind.OFFLINE, configured=True, last_sync="t1"))
    notifier.state_changed(error)
    assert len(shown) == 1
    assert shown[0][2].startswith("Sync stopped: the server refused this device.")
    clock.now += PROBLEM_QUIET_S + 1
    notifier.state_changed(error)
    assert len(shown) == 2
    notifier.state_changed(
        TrayState(TrayKind.ERROR, configured=True, problem="server_error", last_sync="t2")
    )
    assert len(shown) == 3  # it worked in between: the same problem is news again


def test_offline_is_not_a_problem_to_notify(qtbot: Any) -> None:
    notifier, shown, _clock = make(qtbot)
    notifier.state_changed(TrayState(TrayKind.OFFLINE, configured=True, pending=3))
    assert shown == []


def test_turned_off_or_snoozed_nothing_is_shown(qtbot: Any) -> None:
    notifier, shown, clock = make(qtbot)
    revoked = TrayState(TrayKind.ERROR, configured=True, problem="revoked")
    notifier.set_preferences(Preferences(enabled=False))
    notifier.state_changed(revoked)
    assert shown == []
    notifier.set_preferences(Preferences(enabled=True, snoozed_until=clock.now + 60))
    notifier.state_changed(TrayState(TrayKind.ERROR, configured=True, problem="crashed"))
    assert shown == []
    clock.now += 61
    notifier.state_changed(TrayState(TrayKind.ERROR, configured=True, problem="storage_full"))
    assert [s[0] for s in shown] == ["problem"]
