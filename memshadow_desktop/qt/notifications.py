"""Desktop notifications for what needs the user: conflicts found, sync errors, this device
revoked. Never any memory content (titles included): the vault is encrypted, a notification
is not. Rate-limited: conflicts found close together make one notification, the same problem
is told once, and the user may snooze them or turn them off (settings, via the service).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.sync_words import advice, conflicts, problem_line

# Conflicts found within this window make one notification ("3 conflicts").
CONFLICT_GATHER_MS = 3_000
# After one conflict notification, the next waits at least this long (they gather meanwhile).
CONFLICT_QUIET_S = 300.0
# The same problem is told again only after this long.
PROBLEM_QUIET_S = 3_600.0

Show = Callable[[str, str, str], None]  # kind, title, text


@dataclass(frozen=True)
class Preferences:
    enabled: bool = True
    snoozed_until: float = 0.0  # Unix time

    def allow(self, now: float) -> bool:
        return self.enabled and now >= self.snoozed_until


class Notifier(QObject):
    """``shown(kind, title, text)`` for every notification given (kind: conflicts, problem,
    revoked); ``show`` puts it on the screen (the tray's balloon, or the status bar)."""

    shown = Signal(str, str, str)

    def __init__(
        self,
        show: Show,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._clock = clock
        self.prefs = Preferences()
        self._new_conflicts = 0
        self._last_conflict_note = -CONFLICT_QUIET_S
        # problem -> when it was told, and the last sync then: the same problem is news
        # again after a sync went through, or after an hour.
        self._told: dict[str, tuple[float, str | None]] = {}
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.timeout.connect(self._flush_conflicts)

    def set_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs

    # --- what happened ------------------------------------------------------------------------

    def conflict_found(self) -> None:
        self._new_conflicts += 1
        if self._gather.isActive():
            return
        quiet = self._last_conflict_note + CONFLICT_QUIET_S - self._clock()
        self._gather.start(max(CONFLICT_GATHER_MS, int(quiet * 1000)))

    def state_changed(self, state: TrayState) -> None:
        if state.kind is not TrayKind.ERROR:
            return
        now = self._clock()
        told = self._told.get(state.problem)
        if told is not None and told[1] == state.last_sync and now - told[0] < PROBLEM_QUIET_S:
            return
        self._told[state.problem] = (now, state.last_sync)
        kind = "revoked" if state.problem == "revoked" else "problem"
        text = problem_line(state.problem)
        tip = advice(state)
        self._give(kind, text + (". " + tip if tip else "."))

    # --- giving them --------------------------------------------------------------------------

    def _flush_conflicts(self) -> None:
        count, self._new_conflicts = self._new_conflicts, 0
        if count <= 0:
            return
        self._last_conflict_note = self._clock()
        text = self.tr("{0} found: both versions are kept until you choose.").format(
            conflicts(count)
        )
        self._give("conflicts", text)

    def _give(self, kind: str, text: str) -> None:
        if not self.prefs.allow(self._clock()):
            return
        title = self.tr("MEMSHADOW")
        self._show(kind, title, text)
        self.shown.emit(kind, title, text)

    def pending(self) -> bool:
        """Conflicts are being gathered for a notification (tests wait on this)."""
        return self._gather.isActive()
