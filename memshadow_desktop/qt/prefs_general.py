"""The General tab (start at login, close to the tray, language, notifications) and the
Security tab (auto-lock, lock now, the passphrase, keyring or passphrase)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from memshadow_desktop.core.api import MIN_PASSPHRASE_LENGTH
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.prefs_base import PrefsContext, PrefsTab, note
from memshadow_desktop.qt.strength import StrengthMeter
from memshadow_desktop.qt.sync_words import until
from memshadow_desktop.qt.tray import one_hour_from, tomorrow_morning

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
AUTO_LOCK_CHOICES = (0, 1, 5, 15, 30, 60)  # minutes; 0: never


def languages() -> list[str]:
    """The languages with a compiled translation (memshadow_<lang>.qm), English first."""
    found = sorted(p.stem.split("_", 1)[1] for p in I18N_DIR.glob("memshadow_*.qm"))
    return ["en", *[code for code in found if code not in ("en", "pseudo")]]


class GeneralTab(PrefsTab):
    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__(ctx)
        self.setObjectName("generalTab")
        layout = QVBoxLayout(self)
        self.at_login = QCheckBox(self.tr("Start MEMSHADOW when I log in"))
        self.at_login.setObjectName("startAtLogin")
        self.at_login.toggled.connect(self._on_login)
        layout.addWidget(self.at_login)
        self.login_where = note()
        self.login_where.setObjectName("startAtLoginWhere")
        layout.addWidget(self.login_where)
        self.to_tray = QCheckBox(self.tr("Keep syncing in the tray when the window is closed"))
        self.to_tray.setObjectName("closeToTray")
        self.to_tray.toggled.connect(lambda on: self.update_settings(close_to_tray=on))
        layout.addWidget(self.to_tray)
        if not ctx.tray_available:
            self.to_tray.setEnabled(False)
            layout.addWidget(
                note(
                    self.tr(
                        "This desktop shows no tray icons, so closing the window quits "
                        "MEMSHADOW (and sync stops with it)."
                    )
                )
            )
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The system's language"), "")
        for code in languages():
            self.language.addItem(QLocale(code).nativeLanguageName().capitalize(), code)
        self.language.activated.connect(
            lambda _i: self.update_settings(language=self.language.currentData())
        )
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(note(self.tr("A new language shows when MEMSHADOW starts again.")))
        layout.addWidget(self._notifications())
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _notifications(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notifications"))
        column = QVBoxLayout(box)
        self.notify = QCheckBox(
            self.tr("Tell me about sync conflicts, sync problems and a removed device")
        )
        self.notify.setObjectName("notifications")
        self.notify.toggled.connect(lambda on: self.update_settings(notifications=on))
        column.addWidget(self.notify)
        row = QHBoxLayout()
        self.snooze = QComboBox()
        self.snooze.setObjectName("snooze")
        self.snooze.addItem(self.tr("Not snoozed"), "none")
        self.snooze.addItem(self.tr("Snooze for 1 hour"), "hour")
        self.snooze.addItem(self.tr("Snooze until tomorrow"), "tomorrow")
        self.snooze.activated.connect(self._on_snooze)
        row.addWidget(self.snooze)
        self.snoozed = note()
        self.snoozed.setObjectName("snoozedUntil")
        row.addWidget(self.snoozed, 1)
        column.addLayout(row)
        column.addWidget(
            note(self.tr("Notifications never show what a memory says, not even its title."))
        )
        return box

    async def load(self) -> None:
        self.settings = await self.tasks.call(self.svc.settings.get)
        at_login = await self.tasks.call(self.svc.settings.starts_at_login)
        for w in (self.at_login, self.to_tray, self.notify):
            w.blockSignals(True)
        self.at_login.setChecked(at_login)
        self.to_tray.setChecked(self.settings.close_to_tray and self.ctx.tray_available)
        self.notify.setChecked(self.settings.notifications)
        for w in (self.at_login, self.to_tray, self.notify):
            w.blockSignals(False)
        index = self.language.findData(self.settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self._show_snooze()

    def refresh(self) -> None:
        self.tasks.spawn(self.load(), key="load", on_error=self.report)

    def _on_login(self, on: bool) -> None:
        self.tasks.spawn(self._set_login(on), on_error=self.report)

    async def _set_login(self, on: bool) -> None:
        where = await self.tasks.call(self.svc.settings.set_start_at_login, on)
        self.login_where.setText(self.tr("Written to {0}").format(where) if where else "")

    def _on_snooze(self, _index: int) -> None:
        choice = self.snooze.currentData()
        now = datetime.now()
        end = {"hour": one_hour_from(now), "tomorrow": tomorrow_morning(now)}.get(choice, 0.0)
        self.settings.notifications_snoozed_until = end
        self.update_settings(notifications_snoozed_until=end)
        self._show_snooze()

    def _show_snooze(self) -> None:
        end = self.settings.notifications_snoozed_until
        if end > datetime.now().timestamp():
            stamp = datetime.fromtimestamp(end).astimezone().isoformat()
            self.snoozed.setText(self.tr("Snoozed until {0}").format(until(stamp)))
        else:
            self.snoozed.setText("")
            self.snooze.setCurrentIndex(0)


class SecurityTab(PrefsTab):
    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__(ctx)
        self.setObjectName("securityTab")
        self.protection = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.auto_lock = QComboBox()
        self.auto_lock.setObjectName("autoLock")
        for minutes in AUTO_LOCK_CHOICES:
            text = (
                self.tr("Never")
                if minutes == 0
                else self.tr("After %n minute(s) without use", "", minutes)
            )
            self.auto_lock.addItem(text, minutes)
        self.auto_lock.activated.connect(
            lambda _i: self.update_settings(auto_lock_minutes=self.auto_lock.currentData())
        )
        form.addRow(self.tr("&Lock the vault:"), self.auto_lock)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.lock_now = QPushButton(self.tr("Lock Now"))
        self.lock_now.setObjectName("lockNow")
        self.lock_now.clicked.connect(ctx.lock_now)
        row.addWidget(self.lock_now)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            note(
                self.tr(
                    "Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the "
                    "editor and the search index are emptied, and sync waits for the unlock."
                )
            )
        )
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How the vault key is kept"))
        column = QVBoxLayout(box)
        self.protection_label = QLabel()
        self.protection_label.setObjectName("protectionNow")
        self.protection_label.setWordWrap(True)
        column.addWidget(self.protection_label)
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label = QLabel(self.tr("&Current passphrase:"))
        self.current_label.setBuddy(self.current)
        form.addRow(self.current_label, self.current)
        self.new = QLineEdit()
        self.new.setObjectName("newPassphrase")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(self.tr("At least %n character(s)", "", MIN_PASSPHRASE_LENGTH))
        form.addRow(self.tr("&New passphrase:"), self.new)
        self.meter = StrengthMeter()
        self.new.textChanged.connect(self.meter.update_for)
        form.addRow("", self.meter)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        column.addLayout(form)
        row = QHBoxLayout()
        self.change = QPushButton(self.tr("Change Passphrase"))
        self.change.setObjectName("changePassphrase")
        self.change.clicked.connect(self._change)
        row.addWidget(self.change)
        self.to_keyring = QPushButton(self.tr("Keep the Key in the System Keyring"))
        self.to_keyring.setObjectName("useKeyring")
        self.to_keyring.clicked.connect(self._use_keyring)
        row.addWidget(self.to_keyring)
        row.addStretch(1)
        column.addLayout(row)
        self.no_keyring = note(
            self.tr("This desktop has no system keyring, so the passphrase protects the key.")
        )
        column.addWidget(self.no_keyring)
        self.done = note()
        self.done.setObjectName("securityDone")
        column.addWidget(self.done)
        return box

    async def load(self) -> None:
        self.settings = await self.tasks.call(self.svc.settings.get)
        index = self.auto_lock.findData(self.settings.auto_lock_minutes)
        self.auto_lock.setCurrentIndex(max(index, 0))
        status = await self.tasks.call(MemshadowService.status, self.svc.paths)
        self.protection = self.svc.vault.protection
        self._show_protection(status.keyring_backend)

    def refresh(self) -> None:
        self.tasks.spawn(self.load(), key="load", on_error=self.report)

    def _show_protection(self, keyring: str | None) -> None:
        by_passphrase = self.protection == "passphrase"
        self.protection_label.setText(
            self.tr("The vault key is protected by your passphrase (Argon2id).")
            if by_passphrase
            else self.tr(
                "The vault key is kept in the system keyring: the vault opens when you log "
                "in. Choose a passphrase below to protect it with one instead."
            )
        )
        self.current.setVisible(by_passphrase)
        self.current_label.setVisible(by_passphrase)
        self.change.setText(
            self.tr("Change Passphrase") if by_passphrase else self.tr("Use This Passphrase")
        )
        self.to_keyring.setVisible(by_passphrase and keyring is not None)
        self.no_keyring.setVisible(by_passphrase and keyring is None)

    def _check_new(self) -> str:
        if len(self.new.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr(
                "Choose a passphrase of at least %n character(s).", "", MIN_PASSPHRASE_LENGTH
            )
        if self.new.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _change(self) -> None:
        problem = self._check_new()
        if problem:
            self.done.setText(problem)
            return
        old, new = self.current.text(), self.new.text()
        self.tasks.spawn(self._run_change(old, new), key="passphrase", on_error=self._failed)

    async def _run_change(self, old: str, new: str) -> None:
        await self.tasks.call(
            self.svc.vault.change_passphrase, lambda: old, new, kdf=self.ctx.vault_kdf
        )
        self._clear_fields()
        self.done.setText(self.tr("The vault key is now protected by the new passphrase."))
        await self.load()

    def _use_keyring(self) -> None:
        old = self.current.text()
        if not old:
            self.done.setText(self.tr("Enter the current passphrase to confirm."))
            return
        self.tasks.spawn(self._run_keyring(old), key="passphrase", on_error=self._failed)

    async def _run_keyring(self, old: str) -> None:
        await self.tasks.call(self.svc.vault.use_keyring, lambda: old)
        self._clear_fields()
        self.done.setText(self.tr("The vault key is now kept in the system keyring."))
        await self.load()

    def _failed(self, exc: BaseException) -> None:
        self.done.setText(describe_error(exc))

    def _clear_fields(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
