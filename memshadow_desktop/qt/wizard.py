"""The first-run wizard: create the vault (the keyring when there is one, otherwise a
passphrase with a strength meter), then join a sync account and watch the first sync, or
create one, or skip; import a folder of notes or skip; get the embedding model or skip.
Nobody needs the command line to reach search by meaning.

The vault is created when its page is left (a commit page: there is no way back to it); the
pages after it work on the open vault and may each be skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from memshadow_desktop.core.api import (
    MIN_PASSPHRASE_LENGTH,
    AppPaths,
    KdfParams,
    MemshadowError,
    SyncSetupResult,
)
from memshadow_desktop.core.service import MemshadowService, VaultStatus
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.count_words import count_words
from memshadow_desktop.qt.icons import app_icon
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.model_getter import ModelGetter
from memshadow_desktop.qt.strength import StrengthMeter
from memshadow_desktop.qt.style import ERROR, mute, set_text_color
from memshadow_desktop.qt.sync_setup import SyncSetupForm

PAGES = ("vault", "sync", "import", "model", "done")


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    mute(label)
    return label


def _error() -> QLabel:
    label = QLabel()
    label.setObjectName("wizardError")
    label.setWordWrap(True)
    set_text_color(label, ERROR)
    return label


class FirstRunWizard(QWizard):
    """``service`` (and ``bridge``, which carries its events) once the vault is created."""

    def __init__(
        self,
        paths: AppPaths,
        status: VaultStatus,
        parent: QWidget | None = None,
        *,
        vault_kdf: KdfParams | None = None,
        account_kdf: Any = None,
        catalog: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Welcome to MEMSHADOW"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setMinimumSize(620, 520)
        self.paths = paths
        self.keyring_backend = status.keyring_backend
        self.vault_kdf = vault_kdf
        self.account_kdf = account_kdf
        self.catalog = catalog
        self.service: MemshadowService | None = None
        self.bridge: ServiceBridge | None = None
        self.tasks = TaskRunner(self)
        self.vault_page = VaultPage(self)
        self.sync_page = SyncPage(self)
        self.import_page = ImportPage(self)
        self.model_page = ModelPage(self)
        self.done_page = DonePage(self)
        for page in (
            self.vault_page,
            self.sync_page,
            self.import_page,
            self.model_page,
            self.done_page,
        ):
            self.addPage(page)

    def opened(self, service: MemshadowService) -> None:
        self.service = service
        self.bridge = ServiceBridge(service, self)

    def page_named(self, name: str) -> QWizardPage:
        return self.page(self.pageIds()[PAGES.index(name)])

    def busy(self) -> bool:
        return self.tasks.busy() or any(
            page.tasks.busy()
            for page in (
                self.vault_page,
                self.sync_page,
                self.import_page,
                self.model_page,
                self.done_page,
            )
        )

    def reject(self) -> None:
        # Busy creating or syncing: let it finish rather than leave half a setup behind.
        if not self.busy():
            super().reject()


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.tasks = TaskRunner(self)
        self.error = _error()

    @property
    def svc(self) -> MemshadowService:
        assert self.wiz.service is not None, "the vault is created on the first page"
        return self.wiz.service


class VaultPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("wizardVault")
        self.setTitle(self.tr("Create your vault"))
        self.setSubTitle(
            self.tr(
                "Your memories are encrypted on this device. Nothing leaves it unencrypted, "
                "and nobody, not even a sync server, can read them without your key."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create Vault"))
        layout = QVBoxLayout(self)
        where = _note(self.tr("Vault: {0}").format(wizard.paths.data_dir))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.use_keyring = QRadioButton()
        self.use_keyring.setObjectName("wizardKeyring")
        self.use_passphrase = QRadioButton(self.tr("Protect the vault key with a passphrase"))
        self.use_passphrase.setObjectName("wizardPassphraseChoice")
        group = QButtonGroup(self)
        group.addButton(self.use_keyring)
        group.addButton(self.use_passphrase)
        if wizard.keyring_backend is not None:
            self.use_keyring.setText(
                self.tr("Keep the vault key in the system keyring ({0})").format(
                    wizard.keyring_backend.rsplit(".", 1)[-1]
                )
            )
            self.use_keyring.setChecked(True)
            layout.addWidget(self.use_keyring)
            layout.addWidget(self.use_passphrase)
        else:
            self.use_passphrase.setChecked(True)
            self.use_keyring.hide()
        group.buttonToggled.connect(lambda *_: self._on_choice())
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("wizardPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("At least %n character(s)", "", MIN_PASSPHRASE_LENGTH)
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        form.addRow("", self.meter)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("wizardRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout.addLayout(form)
        self.note = _note()
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._on_choice()

    def _on_choice(self) -> None:
        keyring = self.use_keyring.isChecked()
        for w in (self.passphrase, self.repeat, self.meter):
            w.setEnabled(not keyring)
        self.note.setText(
            self.tr(
                "The random vault key goes to your system keyring: the vault opens when you "
                "log in. You can choose a passphrase instead later, in Preferences."
            )
            if keyring
            else self.tr(
                "There is no way to recover a forgotten passphrase: keep it somewhere safe."
            )
        )

    def _check(self) -> str:
        if self.use_keyring.isChecked():
            return ""
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE_LENGTH:
            return self.tr(
                "Choose a passphrase of at least %n character(s).", "", MIN_PASSPHRASE_LENGTH
            )
        if text != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def validatePage(self) -> bool:
        if self.wiz.service is not None:
            return True
        problem = self._check()
        self.error.setText(problem)
        if not problem and not self.tasks.busy():
            self.tasks.spawn(self._create())
        return False  # the page is left once the vault exists (see _create)

    async def _create(self) -> None:
        keyring = self.use_keyring.isChecked()
        passphrase = None if keyring else self.passphrase.text()
        self.setEnabled(False)
        try:
            service = await self.tasks.call_on_vault_thread(
                MemshadowService.create,
                self.wiz.paths,
                passphrase=passphrase,
                use_keyring=keyring,
                kdf=self.wiz.vault_kdf,
            )
        except MemshadowError as exc:
            self.error.setText(describe_error(exc))
            return
        finally:
            self.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()
        self.wiz.opened(service)
        self.wiz.next()


class SyncPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("wizardSync")
        self.setTitle(self.tr("Sync with your other devices"))
        self.setSubTitle(
            self.tr(
                "Join the account of your other devices, create one on your own sync server, "
                "or skip this and set it up later in Preferences."
            )
        )
        self.result: SyncSetupResult | None = None
        self.synced = False
        self.syncing = False
        self.layout_ = QVBoxLayout(self)
        self.skip = QRadioButton(self.tr("Not now"))
        self.skip.setObjectName("wizardSkipSync")
        self.form: SyncSetupForm | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("firstSyncProgress")
        self.progress.hide()
        self.state = QLabel()
        self.state.setObjectName("firstSyncState")
        self.state.setWordWrap(True)

    def initializePage(self) -> None:
        if self.form is not None:
            return
        self.form = SyncSetupForm(self.svc, kdf=self.wiz.account_kdf)
        self.form.done.connect(self._set_up)
        self.form.busyChanged.connect(lambda _b: self.completeChanged.emit())
        group = QButtonGroup(self)
        for button in (self.form.join_choice, self.form.create_choice, self.skip):
            group.addButton(button)
        self.skip.toggled.connect(self._on_skip)
        self.form.add_choice(self.skip)  # beside "join" and "create"
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.state)
        self.layout_.addStretch(1)
        bridge = self.wiz.bridge
        assert bridge is not None
        bridge.syncProgress.connect(self._on_progress)

    def _on_skip(self, skipping: bool) -> None:
        if self.form is not None:
            for w in (self.form.server, self.form.account, self.form.passphrase):
                w.setEnabled(not skipping)
            self.form.submit_button.setEnabled(not skipping)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.syncing and not (self.form is not None and self.form.busy)

    def validatePage(self) -> bool:
        if self.skip.isChecked() or self.synced:
            return True
        if self.form is not None and self.result is None and not self.form.busy:
            self.form.submit()  # Next with the form filled in: set it up
        return False

    def _set_up(self, result: SyncSetupResult) -> None:
        self.result = result
        self.skip.setEnabled(False)
        self.state.setText(self.tr("Set up. First sync…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.syncing = True
        self.tasks.spawn(self._first_sync())
        self.completeChanged.emit()

    async def _first_sync(self) -> None:
        try:
            await self.tasks.call(self.svc.sync.now)
        except MemshadowError as exc:
            self.state.setText(
                self.tr("The first sync failed: {0} It goes on once the app runs.").format(
                    describe_error(exc)
                )
            )
        else:
            counts = await self.tasks.call(self.svc.vault.counts)
            self.state.setText(
                self.tr("Synced: %Ln memory(ies) on this device.", "", counts.memories)
            )
        self.progress.hide()
        self.synced = True
        self.syncing = False
        self.completeChanged.emit()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if total <= 0 or phase not in ("pull", "apply"):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.state.setText(
            # The noun agrees with the total: "1 of 2 changes".
            self.tr("First sync: {0} of %Ln change(s) received", "", total).format(
                QLocale().toString(done)
            )
        )


class ImportPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("wizardImport")
        self.setTitle(self.tr("Bring in your notes"))
        self.setSubTitle(
            self.tr(
                "Import a folder of Markdown or text notes (sub-folders too), or skip this: "
                "you can import more at any time from the File menu."
            )
        )
        layout = QVBoxLayout(self)
        self.choose = QPushButton(self.tr("Choose a Folder…"))
        self.choose.setObjectName("wizardChooseFolder")
        self.choose.clicked.connect(self._choose)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar()
        self.progress.setObjectName("wizardImportProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.state = QLabel()
        self.state.setObjectName("wizardImportState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.imported = 0
        self.importing = False
        self._connected = False

    def initializePage(self) -> None:
        if not self._connected and self.wiz.bridge is not None:
            self.wiz.bridge.importProgress.connect(self._on_progress)
            self._connected = True

    def isComplete(self) -> bool:
        return not self.importing

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import notes from a folder"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        self.importing = True
        self.tasks.spawn(self._import(folder))
        self.completeChanged.emit()

    async def _import(self, folder: Path) -> None:
        self.choose.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.error.clear()
        try:
            report = await self.tasks.call(self.svc.memories.import_path, folder)
        except MemshadowError as exc:
            self.error.setText(describe_error(exc))
        else:
            self.imported += report.created + report.updated
            self.state.setText(
                self.tr("Imported {0}: {1}, {2}.").format(
                    folder.name,
                    count_words().new(report.created),
                    count_words().skipped(len(report.skipped)),
                )
            )
        finally:
            self.progress.hide()
            self.choose.setEnabled(True)
            self.importing = False
            self.completeChanged.emit()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)


class ModelPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("wizardModel")
        self.setTitle(self.tr("Search by meaning"))
        self.setSubTitle(
            self.tr(
                "A small model on this device finds notes by what they mean; nothing goes "
                "to the cloud. Download one (about 90 MB), import a folder, or skip."
            )
        )
        self.layout_ = QVBoxLayout(self)
        self.getter: ModelGetter | None = None
        self.model_name = ""

    def initializePage(self) -> None:
        if self.getter is not None:
            return
        self.getter = ModelGetter(self.svc.models, catalog=self.wiz.catalog)
        self.getter.busyChanged.connect(lambda _b: self.completeChanged.emit())
        self.getter.installed.connect(self._installed)
        self.layout_.addWidget(self.getter)
        self.layout_.addStretch(1)
        self.tasks.spawn(self.getter.load_catalog())

    def _installed(self, info: Any) -> None:
        self.model_name = str(info.name)

    def isComplete(self) -> bool:
        return self.getter is None or not self.getter.busy


class DonePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("wizardDone")
        self.setTitle(self.tr("Your vault is ready"))
        self.setSubTitle(self.tr("All of this can be changed later, in Preferences."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("wizardSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.tasks.spawn(self._summarise(), key="summary")

    async def _summarise(self) -> None:
        """What the vault has now (whichever pages were skipped or done)."""
        svc = self.svc
        lines = [
            self.tr("Protection: the system keyring")
            if svc.vault.protection == "keyring"
            else self.tr("Protection: your passphrase")
        ]
        status = await self.tasks.call(svc.sync.status, remote=False)
        lines.append(
            self.tr("Sync: account {0} on {1}").format(status.account, status.server)
            if status.configured
            else self.tr("Sync: not set up (Preferences › Sync)")
        )
        counts = await self.tasks.call(svc.vault.counts)
        lines.append(self.tr("Memories: {0}").format(f"{counts.memories:,}"))
        models = await self.tasks.call(svc.models.list)
        lines.append(
            self.tr("Search by meaning: {0}").format(models[0].name)
            if models
            else self.tr("Search: by words (get a model in Preferences › Search)")
        )
        self.summary.setText("\n".join(lines))
