"""Setting up sync: join an existing account (every device after the first) or create one (the
first device): server, account, passphrase (with a strength meter when creating) and this
device's name. Used by the Sync preferences and the first-run wizard.

The passphrase goes to the core on a worker thread and nowhere else: not in a log, a setting
or an argument list; the fields are emptied once sync is set up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSysInfo, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import (
    MIN_PASSPHRASE_LENGTH,
    ConfirmationRequiredError,
    MemshadowError,
    SyncSetupResult,
)
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.strength import StrengthMeter
from memshadow_desktop.qt.style import ERROR, mute, set_text_color


class SyncSetupForm(QWidget):
    """``done(SyncSetupResult)`` once sync is set up. ``kdf``: the account key derivation's
    parameters (tests make it cheap); None: the core's."""

    done = Signal(object)
    busyChanged = Signal(bool)

    def __init__(
        self, service: MemshadowService, parent: QWidget | None = None, *, kdf: Any = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncSetupForm")
        self.svc = service
        self.kdf = kdf
        self.tasks = TaskRunner(self)
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.join_choice = QRadioButton(self.tr("Join an existing sync account"))
        self.join_choice.setObjectName("joinAccount")
        self.create_choice = QRadioButton(self.tr("Create a new sync account (first device)"))
        self.create_choice.setObjectName("createAccount")
        self.join_choice.setChecked(True)
        self.choices = QVBoxLayout()
        self.choices.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(self)
        group.addButton(self.join_choice)
        group.addButton(self.create_choice)
        group.buttonToggled.connect(lambda *_: self._on_mode())
        self.choices.addWidget(self.join_choice)
        self.choices.addWidget(self.create_choice)
        layout.addLayout(self.choices)
        layout.addLayout(self._build_form())
        self.note = QLabel()
        self.note.setWordWrap(True)
        mute(self.note)
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("syncSetupError")
        self.error.setWordWrap(True)
        set_text_color(self.error, ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("syncSetupSubmit")
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        self._on_mode()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.server = QLineEdit()
        self.server.setObjectName("syncServer")
        self.server.setPlaceholderText("https://sync.example.org")
        form.addRow(self.tr("&Server:"), self.server)
        self.account = QLineEdit()
        self.account.setObjectName("syncAccount")
        form.addRow(self.tr("&Account:"), self.account)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("syncPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        form.addRow("", self.meter)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("syncRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label = QLabel(self.tr("&Repeat it:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat)
        self.invite = QLineEdit()
        self.invite.setObjectName("syncInvite")
        self.invite.setPlaceholderText(self.tr("from the server's owner: memshadow-server invite"))
        self.invite_label = QLabel(self.tr("&Invite code:"))
        self.invite_label.setBuddy(self.invite)
        form.addRow(self.invite_label, self.invite)
        self.device_name = QLineEdit(QSysInfo.machineHostName())
        self.device_name.setObjectName("syncDeviceName")
        form.addRow(self.tr("This &device:"), self.device_name)
        return form

    def add_choice(self, button: QRadioButton) -> None:
        """Another way beside joining and creating (the wizard's "Not now")."""
        self.choices.addWidget(button)

    @property
    def creating(self) -> bool:
        return self.create_choice.isChecked()

    def _on_mode(self) -> None:
        creating = self.creating
        self.repeat.setVisible(creating)
        self.repeat_label.setVisible(creating)
        self.invite.setVisible(creating)
        self.invite_label.setVisible(creating)
        self.meter.setVisible(creating)
        self.submit_button.setText(
            self.tr("Create Account") if creating else self.tr("Join Account")
        )
        self.note.setText(
            self.tr(
                "The passphrase encrypts your memories before they leave this device; the "
                "server never sees it. Every device of the account needs it. It cannot be "
                "recovered: keep it somewhere safe."
            )
            if creating
            else self.tr(
                "Use the server, account and passphrase you chose on your first device. This "
                "device's memories join the account's."
            )
        )

    # --- submitting ---------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _check(self) -> str:
        server = self.server.text().strip()
        if not server.startswith(("http://", "https://")):
            return self.tr("Enter the server's address, starting with https://")
        if not self.account.text().strip():
            return self.tr("Enter the account's name.")
        if not self.passphrase.text():
            return self.tr("Enter the sync passphrase.")
        if self.creating:
            if len(self.passphrase.text()) < MIN_PASSPHRASE_LENGTH:
                return self.tr(
                    "Choose a passphrase of at least %n character(s).", "", MIN_PASSPHRASE_LENGTH
                )
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
        if not self.device_name.text().strip():
            return self.tr("Give this device a name (for your other devices to show).")
        return ""

    def submit(self) -> None:
        if self.busy:
            return
        problem = self._check()
        if problem:
            self.show_error(problem)
            return
        self.tasks.spawn(self._set_up(confirm_switch=False), key="setup")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.submit_button, self.join_choice, self.create_choice):
            w.setEnabled(not busy)
        self.submit_button.setText(
            self.tr("Setting up…")
            if busy
            else (self.tr("Create Account") if self.creating else self.tr("Join Account"))
        )
        self.busyChanged.emit(busy)

    async def _set_up(self, *, confirm_switch: bool) -> None:
        self.show_error("")
        self._set_busy(True)
        try:
            result: SyncSetupResult = await self.tasks.call(
                self.svc.sync.setup,
                self.server.text().strip(),
                self.account.text().strip(),
                self.passphrase.text(),
                create=self.creating,
                device_name=self.device_name.text().strip(),
                kdf=self.kdf,
                confirm_switch=confirm_switch,
                invite=(self.invite.text().strip() or None) if self.creating else None,
            )
        except ConfirmationRequiredError as exc:
            self._set_busy(False)
            if exc.reason == "account_switch" and self._confirm_switch():
                await self._set_up(confirm_switch=True)
            else:
                self.show_error(describe_error(exc))
            return
        except MemshadowError as exc:
            self._set_busy(False)
            self.show_error(describe_error(exc))
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.done.emit(result)

    def _confirm_switch(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Another account"),
            self.tr(
                "This vault synced with another account before. Join this one and send every "
                "memory to it?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
