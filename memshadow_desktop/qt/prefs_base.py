"""What every preferences tab shares: the context they get (the service, the live sync state,
what the app does on "lock now" and "search changed") and a base class that saves settings
through the service and shows failures in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from memshadow_desktop.core.api import KdfParams, Settings
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.style import mute
from memshadow_desktop.qt.sync_monitor import SyncMonitor


@dataclass
class PrefsContext:
    """What the tabs need besides the service: the live sync state, the app's answers to
    "lock now" and "search changed", and (for tests) cheaper key derivation and a catalogue."""

    bridge: ServiceBridge
    monitor: SyncMonitor
    tray_available: bool = False
    lock_now: Callable[[], None] = lambda: None
    search_changed: Callable[[], None] = lambda: None
    vault_kdf: KdfParams | None = None
    account_kdf: Any = None
    catalog: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def svc(self) -> MemshadowService:
        return self.bridge.service


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    mute(label)
    return label


class PrefsTab(QWidget):
    settingsChanged = Signal(object)

    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.svc: MemshadowService = ctx.svc
        self.tasks = TaskRunner(self)
        self.settings = Settings()
        self.error = note()
        self.error.setObjectName("prefsError")

    def report(self, exc: BaseException) -> None:
        self.error.setText(describe_error(exc))

    def update_settings(self, **changes: object) -> None:
        self.tasks.spawn(self._update(changes), on_error=self.report)

    async def _update(self, changes: dict[str, object]) -> None:
        self.settings = await self.tasks.call(self.svc.settings.update, **changes)
        self.settingsChanged.emit(self.settings)
