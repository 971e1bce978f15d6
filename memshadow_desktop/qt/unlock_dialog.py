"""Create-vault / unlock dialog.

The slow part (Argon2id, opening SQLCipher) runs off the GUI thread; a failure is shown in
words under the fields and everything typed stays in place for the retry.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import MIN_PASSPHRASE_LENGTH, AppPaths, KdfParams, MemshadowError
from memshadow_desktop.core.service import MemshadowService, VaultStatus
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.style import ERROR, mute, set_text_color


class UnlockDialog(QDialog):
    """Asks for what opens (or creates) the vault; ``service`` is set when it is open."""

    opened = Signal(object)  # the MemshadowService

    def __init__(
        self,
        paths: AppPaths,
        status: VaultStatus,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        initial_error: str = "",
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.creating = not status.exists
        self.keyring_backend = status.keyring_backend
        self.service: MemshadowService | None = None
        self._kdf = kdf
        self.tasks = TaskRunner(self)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Create your vault") if self.creating else self.tr("Unlock"))
        self.setMinimumWidth(460)
        self._build()
        if initial_error:
            self.show_error(initial_error)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 22, 24, 18)
        outer.setSpacing(12)

        heading = QLabel(
            self.tr("Create your MEMSHADOW vault")
            if self.creating
            else self.tr("Unlock your MEMSHADOW vault")
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        intro = QLabel(
            self.tr(
                "Your memories are encrypted on this device. Nothing leaves it unencrypted, "
                "and nobody (not even a sync server) can read them without your key."
            )
            if self.creating
            else self.tr("Enter the passphrase that protects this vault.")
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        where = QLabel(self.tr("Vault: {0}").format(self.paths.data_dir))
        where.setObjectName("vaultPath")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(where)
        where.setWordWrap(True)
        outer.addWidget(where)

        self.use_keyring = QRadioButton()
        self.use_passphrase = QRadioButton(self.tr("Protect the vault key with a passphrase"))
        self._choice = QButtonGroup(self)
        if self.creating and self.keyring_backend is not None:
            self.use_keyring.setText(
                self.tr("Keep the vault key in the system keyring ({0})").format(
                    self.keyring_backend.rsplit(".", 1)[-1]
                )
            )
            self._choice.addButton(self.use_keyring)
            self._choice.addButton(self.use_passphrase)
            self.use_keyring.setChecked(True)
            outer.addWidget(self.use_keyring)
            outer.addWidget(self.use_passphrase)
            self._choice.buttonToggled.connect(self._on_choice)
        else:
            self.use_passphrase.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("At least %n character(s)", "", MIN_PASSPHRASE_LENGTH) if self.creating else ""
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.creating:
            form.addRow(self.tr("&Repeat it:"), self.confirm)
        self.show_text = QCheckBox(self.tr("Show passphrase"))
        self.show_text.toggled.connect(self._on_show)
        form.addRow("", self.show_text)
        outer.addLayout(form)

        self.protection_note = QLabel()
        self.protection_note.setObjectName("protectionNote")
        self.protection_note.setWordWrap(True)
        mute(self.protection_note)
        outer.addWidget(self.protection_note)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        set_text_color(self.error, ERROR)
        bold = QFont(self.error.font())
        bold.setBold(True)
        self.error.setFont(bold)
        self.error.hide()
        outer.addWidget(self.error)

        outer.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Create vault") if self.creating else self.tr("Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._on_choice()
        self.passphrase.setFocus()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _on_choice(self, *_args: object) -> None:
        keyring = self.use_keyring.isChecked()
        for w in (self.passphrase, self.confirm, self.show_text):
            w.setEnabled(not keyring)
        if not self.creating:
            self.protection_note.setText(self.tr("Protection in use: passphrase (Argon2id)."))
        elif keyring:
            self.protection_note.setText(
                self.tr(
                    "The random vault key is stored in your system keyring; the vault opens "
                    "when you log in. You can switch to a passphrase later."
                )
            )
        elif self.keyring_backend is None:
            self.protection_note.setText(
                self.tr(
                    "No system keyring is available, so the vault key is protected by your "
                    "passphrase (Argon2id). There is no way to recover a forgotten passphrase."
                )
            )
        else:
            self.protection_note.setText(
                self.tr(
                    "The vault key is protected by your passphrase (Argon2id). There is no way "
                    "to recover a forgotten passphrase."
                )
            )

    # --- attempts -----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        for w in (self.passphrase, self.confirm, self.use_keyring, self.use_passphrase):
            w.setEnabled(not busy)
        if not busy:
            self._on_choice()
        if busy:
            self.ok_button.setText(self.tr("Creating…") if self.creating else self.tr("Unlocking…"))
        else:
            self.ok_button.setText(self.tr("Create vault") if self.creating else self.tr("Unlock"))

    def attempt(self) -> None:
        if not self.ok_button.isEnabled():
            return
        problem = self._check()
        if problem:
            self.show_error(problem)
            return
        self.tasks.spawn(self._open())

    def _check(self) -> str:
        if self.creating and self.use_keyring.isChecked():
            return ""
        text = self.passphrase.text()
        if not text:
            return self.tr("Enter a passphrase.")
        if self.creating:
            if len(text) < MIN_PASSPHRASE_LENGTH:
                return self.tr(
                    "Choose a passphrase of at least %n character(s).", "", MIN_PASSPHRASE_LENGTH
                )
            if text != self.confirm.text():
                return self.tr("The two passphrases differ.")
        return ""

    async def _open(self) -> None:
        self.show_error("")
        self._set_busy(True)
        passphrase = self.passphrase.text()
        try:
            if self.creating:
                keyring = self.use_keyring.isChecked()
                service = await self.tasks.call_on_vault_thread(
                    MemshadowService.create,
                    self.paths,
                    passphrase=None if keyring else passphrase,
                    use_keyring=keyring,
                    kdf=self._kdf,
                )
            else:
                service = await self.tasks.call_on_vault_thread(
                    partial(MemshadowService.unlock, for_search=True),
                    self.paths,
                    lambda: passphrase,
                )
        except MemshadowError as exc:
            self._set_busy(False)
            self.show_error(describe_error(exc))
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            return
        except Exception as exc:
            self._set_busy(False)
            self.show_error(describe_error(exc))
            return
        self.service = service
        self._set_busy(False)
        self.opened.emit(service)
        self.accept()

    def reject(self) -> None:
        if self.ok_button.isEnabled():
            super().reject()
