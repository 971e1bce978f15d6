"""Preferences: one dialog, five tabs (General, Sync, Devices, Search, Security). Every change
applies at once, through the service (``service.settings`` and the sub-APIs); the dialog only
has a Close button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from memshadow_desktop.qt.prefs_base import PrefsContext
from memshadow_desktop.qt.prefs_general import GeneralTab, SecurityTab
from memshadow_desktop.qt.prefs_search import SearchTab
from memshadow_desktop.qt.prefs_sync import DevicesTab, SyncTab

TABS = ("general", "sync", "devices", "search", "security")


class PreferencesDialog(QDialog):
    """``settingsChanged(Settings)`` after every change of ``service.settings``."""

    settingsChanged = Signal(object)

    def __init__(self, ctx: PrefsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences — MEMSHADOW"))
        self.resize(680, 560)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferenceTabs")
        self.general = GeneralTab(ctx)
        self.sync = SyncTab(ctx)
        self.devices = DevicesTab(ctx)
        self.search = SearchTab(ctx)
        self.security = SecurityTab(ctx)
        for tab, title in (
            (self.general, self.tr("General")),
            (self.sync, self.tr("Sync")),
            (self.devices, self.tr("Devices")),
            (self.search, self.tr("Search")),
            (self.security, self.tr("Security")),
        ):
            self.tabs.addTab(tab, title)
            changed = getattr(tab, "settingsChanged", None)
            if changed is not None:
                changed.connect(self.settingsChanged.emit)
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name) if name in TABS else 0)
        self._on_tab(self.tabs.currentIndex())

    def _on_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        refresh = getattr(tab, "refresh", None)
        if refresh is not None:
            refresh()

    async def load(self) -> None:
        """Fill every tab (tests and screenshots wait for this)."""
        for tab in (self.general, self.sync, self.devices, self.search, self.security):
            await tab.load()

    def busy(self) -> bool:
        return any(
            tab.tasks.busy()
            for tab in (self.general, self.sync, self.devices, self.search, self.security)
        )


__all__ = ["TABS", "PreferencesDialog", "PrefsContext"]
