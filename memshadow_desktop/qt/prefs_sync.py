"""The Sync tab (set up by joining or creating an account; status, pause, sign out) and the
Devices tab (the account's devices, this one marked and renameable; revoke another)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Device, MemshadowError, SyncStatus
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.prefs_base import PrefsContext, PrefsTab, note
from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.sync_setup import SyncSetupForm
from memshadow_desktop.qt.sync_words import changes, conflicts, status_line
from memshadow_desktop.qt.timefmt import long_time

IdRole = Qt.ItemDataRole.UserRole + 1
PLATFORMS = {"linux": "Linux", "darwin": "macOS", "win32": "Windows", "android": "Android"}


def _iso(epoch: float | None) -> str:
    if not epoch:
        return ""
    return datetime.fromtimestamp(float(epoch), UTC).isoformat().replace("+00:00", "Z")


class SyncTab(PrefsTab):
    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__(ctx)
        self.setObjectName("syncTab")
        self.status: SyncStatus | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.form = SyncSetupForm(self.svc, kdf=ctx.account_kdf)
        self.form.done.connect(lambda _r: self.refresh())
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._status_page())
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addStretch(1)
        ctx.monitor.changed.connect(self._on_state)

    def _setup_page(self) -> QWidget:
        page = QWidget()
        holder = QVBoxLayout(page)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(
            note(
                self.tr(
                    "Sync keeps your devices in step through a server you run yourself. "
                    "Everything is encrypted on this device first: the server never sees a "
                    "memory or the passphrase."
                )
            )
        )
        holder.addWidget(self.form)
        return page

    def _status_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.state_line = QLabel()
        self.state_line.setObjectName("syncStateLine")
        self.state_line.setWordWrap(True)
        bold = QFont(self.state_line.font())
        bold.setBold(True)
        self.state_line.setFont(bold)
        form.addRow(self.tr("State:"), self.state_line)
        self.server = QLabel()
        self.server.setObjectName("syncServerShown")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Server:"), self.server)
        self.account = QLabel()
        self.account.setObjectName("syncAccountShown")
        form.addRow(self.tr("Account:"), self.account)
        self.device = QLabel()
        self.device.setObjectName("syncDeviceShown")
        form.addRow(self.tr("This device:"), self.device)
        self.waiting = QLabel()
        self.waiting.setObjectName("syncWaiting")
        form.addRow(self.tr("Waiting to go out:"), self.waiting)
        self.conflicts_line = QLabel()
        form.addRow(self.tr("Conflicts:"), self.conflicts_line)
        column.addLayout(form)
        row = QHBoxLayout()
        self.sync_now = QPushButton(self.tr("Sync Now"))
        self.sync_now.setObjectName("prefsSyncNow")
        self.sync_now.clicked.connect(self._sync_now)
        row.addWidget(self.sync_now)
        self.pause = QPushButton()
        self.pause.setObjectName("prefsPause")
        self.pause.clicked.connect(self._toggle_pause)
        row.addWidget(self.pause)
        row.addStretch(1)
        self.sign_out = QPushButton(self.tr("Sign Out of Sync…"))
        self.sign_out.setObjectName("signOut")
        self.sign_out.clicked.connect(self._sign_out)
        row.addWidget(self.sign_out)
        column.addLayout(row)
        column.addWidget(
            note(
                self.tr(
                    "Signing out stops sync on this device; every memory stays in this vault. "
                    "You can set sync up again at any time."
                )
            )
        )
        column.addStretch(1)
        return page

    async def load(self) -> None:
        self.status = await self.tasks.call(self.svc.sync.status, remote=False)
        configured = self.status.configured
        self.pages.setCurrentIndex(1 if configured else 0)
        if configured:
            self.server.setText(self.status.server or "")
            self.account.setText(self.status.account or "")
            names = await self.tasks.call(self.svc.devices.names)
            self.device.setText(names.get(self.status.device_id or "", ""))
        self._on_state(self.ctx.monitor.state)

    def refresh(self) -> None:
        self.tasks.spawn(self.load(), key="load", on_error=self.report)

    def _on_state(self, state: TrayState) -> None:
        if self.status is not None and state.configured != self.status.configured:
            self.refresh()
        self.state_line.setText(status_line(state))
        self.waiting.setText(changes(state.pending) if state.pending else self.tr("nothing"))
        self.conflicts_line.setText(
            conflicts(state.conflicts) if state.conflicts else self.tr("none")
        )
        paused = state.kind is TrayKind.PAUSED
        self.pause.setText(self.tr("Resume Sync") if paused else self.tr("Pause Sync"))
        self.pause.setProperty("paused", paused)
        self.sync_now.setEnabled(state.kind is not TrayKind.LOCKED)

    def _sync_now(self) -> None:
        self.tasks.spawn(self._run_sync(), key="sync", on_error=self.report)

    async def _run_sync(self) -> None:
        self.error.clear()
        await self.tasks.call(self.svc.sync.now)
        self.ctx.monitor.refresh()

    def _toggle_pause(self) -> None:
        paused = bool(self.pause.property("paused"))
        self.tasks.spawn(self._set_paused(not paused), key="pause", on_error=self.report)

    async def _set_paused(self, paused: bool) -> None:
        await self.tasks.call(self.svc.sync.pause, paused)
        self.ctx.monitor.refresh()

    def _sign_out(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Sign out of sync"),
            self.tr(
                "This device leaves the sync account: it stops sending and receiving changes, "
                "and the server forgets its access. Every memory stays in this vault. Sign "
                "out?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.tasks.spawn(self._run_sign_out(), key="sign-out", on_error=self.report)

    async def _run_sign_out(self) -> None:
        await self.tasks.call(self.svc.sync.logout)
        self.ctx.monitor.refresh()
        await self.load()


class DevicesTab(PrefsTab):
    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__(ctx)
        self.setObjectName("devicesTab")
        self.devices: list[Device] = []
        layout = QVBoxLayout(self)
        self.list = QTreeWidget()
        self.list.setObjectName("deviceList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Platform"), self.tr("Added"), self.tr("Last seen")]
        )
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 120)
        self.list.setColumnWidth(2, 130)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        rename = QHBoxLayout()
        rename.addWidget(QLabel(self.tr("This device's name:")))
        self.name = QLineEdit()
        self.name.setObjectName("deviceName")
        self.name.returnPressed.connect(self._rename)
        rename.addWidget(self.name, 1)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("renameDevice")
        self.rename_button.clicked.connect(self._rename)
        rename.addWidget(self.rename_button)
        layout.addLayout(rename)
        row = QHBoxLayout()
        self.reload_button = QPushButton(self.tr("Refresh"))
        self.reload_button.clicked.connect(self.refresh)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.clicked.connect(self._revoke)
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        self.explanation = note(self.revoke_words())
        self.explanation.setObjectName("revokeExplanation")
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        self._update_buttons()

    def revoke_words(self) -> str:
        return self.tr(
            "Revoking a device (a lost or sold one) stops it at once: the server refuses it, "
            "so it sends and receives nothing more. It cannot erase what that device already "
            "has: its vault stays on it, still encrypted with its own key. The account gets a "
            "new data key, so nothing written from now on opens with the keys it kept. "
            "Revoking needs the account passphrase; each device can only rename itself."
        )

    async def load(self) -> None:
        self.error.clear()
        status = await self.tasks.call(self.svc.sync.status, remote=False)
        if not status.configured:
            self.devices = []
            self.list.clear()
            self.error.setText(self.tr("Set up sync first: then your devices show here."))
            self._update_buttons()
            return
        try:
            self.devices = await self.tasks.call(self.svc.devices.list)
        except MemshadowError as exc:
            self.error.setText(describe_error(exc))
            return
        self._fill()

    def refresh(self) -> None:
        self.tasks.spawn(self.load(), key="load", on_error=self.report)

    def _fill(self) -> None:
        self.list.clear()
        for device in self.devices:
            name = device.name
            if device.current:
                name = self.tr("{0} (this device)").format(name)
                self.name.setText(device.name)
            caps = device.raw.get("capabilities") or {}
            platform = PLATFORMS.get(str(caps.get("platform", "")), str(caps.get("platform", "")))
            if caps.get("machine"):
                platform = f"{platform} · {caps['machine']}"
            seen = (
                self.tr("revoked")
                if device.revoked
                else self.tr("online now")
                if device.online
                else long_time(_iso(device.last_seen), seconds=False)
            )
            item = QTreeWidgetItem(
                [name, platform, long_time(_iso(device.raw.get("created_at")), seconds=False), seen]
            )
            item.setData(0, IdRole, device.id)
            if device.current:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            self.list.addTopLevelItem(item)
        self._update_buttons()

    def current(self) -> Device | None:
        item = self.list.currentItem()
        wanted = item.data(0, IdRole) if item is not None else None
        return next((d for d in self.devices if d.id == wanted), None)

    def _update_buttons(self) -> None:
        device = self.current()
        self.revoke_button.setEnabled(
            device is not None and not device.current and not device.revoked
        )
        has_self = any(d.current for d in self.devices)
        self.name.setEnabled(has_self)
        self.rename_button.setEnabled(has_self)

    def _rename(self) -> None:
        name = self.name.text().strip()
        self.tasks.spawn(self._run_rename(name), key="rename", on_error=self.report)

    async def _run_rename(self, name: str) -> None:
        await self.tasks.call(self.svc.devices.rename, name)
        await self.load()

    def _revoke(self) -> None:
        device = self.current()
        if device is None:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Revoke {0}").format(device.name),
            self.tr("Revoke “{0}”?").format(device.name)
            + "\n\n"
            + self.revoke_words()
            + "\n\n"
            + self.tr("The account passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self.tasks.spawn(
                self._run_revoke(device.id, passphrase), key="revoke", on_error=self.report
            )

    async def _run_revoke(self, device_id: str, passphrase: str) -> None:
        await self.tasks.call(self.svc.devices.revoke, device_id, passphrase=passphrase)
        await self.load()
