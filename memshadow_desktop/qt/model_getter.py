"""Getting an embedding model from inside the app: download one from the built-in catalogue
(checksums pinned, with progress and Cancel; a cancelled download resumes where it stopped),
or import a sentence-transformers folder. Used by the Search preferences and the wizard."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import (
    CancelledError,
    CatalogModel,
    MemshadowError,
    ModelStep,
    Notice,
)
from memshadow_desktop.core.service import ModelsApi
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.messages import describe_error, describe_notice
from memshadow_desktop.qt.style import mute


def megabytes(size: int | None) -> str:
    return f"{size / 1_000_000:,.0f} MB" if size else "?"


class ModelGetter(QWidget):
    """``installed(ModelInfo)`` once a model is in place (the first becomes the one in use)."""

    installed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(
        self, models: ModelsApi, parent: QWidget | None = None, *, catalog: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modelGetter")
        self.models = models
        self.catalog_file = catalog
        self.tasks = TaskRunner(self)
        self._cancel: threading.Event | None = None
        self._done_by_file: dict[str, int] = {}
        self._total = 0
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("catalogChoice")
        row.addWidget(self.choice, 1)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setObjectName("downloadModel")
        self.download_button.clicked.connect(self.download)
        row.addWidget(self.download_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelDownload")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.description = QLabel()
        self.description.setObjectName("modelDescription")  # the catalogue's words: data
        self.description.setWordWrap(True)
        mute(self.description)
        layout.addWidget(self.description)
        self.progress = QProgressBar()
        self.progress.setObjectName("modelProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("modelStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        import_row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a Folder…"))
        self.import_button.setObjectName("importModel")
        self.import_button.setToolTip(
            self.tr("A sentence-transformers model folder, converted here (no PyTorch needed)")
        )
        self.import_button.clicked.connect(self._choose_folder)
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        layout.addLayout(import_row)
        self.choice.currentIndexChanged.connect(lambda _i: self._describe())
        self.entries: list[CatalogModel] = []

    # --- the catalogue ------------------------------------------------------------------------

    async def load_catalog(self) -> None:
        self.entries = await self.tasks.call(self.models.catalog, catalog=self.catalog_file)
        self.choice.clear()
        for entry in self.entries:
            # The size is the download's: an installed model (the bundled one is its INT8
            # variant alone) says only that it is there.
            label = f"{entry.name} ({megabytes(entry.size_bytes)})"
            if entry.installed:
                label = f"{entry.name} — " + self.tr("installed")
            self.choice.addItem(label, entry.name)
        self._describe()

    def _describe(self) -> None:
        entry = self.current()
        self.description.setText(entry.description if entry else "")
        self.download_button.setEnabled(entry is not None and not entry.installed and not self.busy)

    def current(self) -> CatalogModel | None:
        name = self.choice.currentData()
        return next((e for e in self.entries if e.name == name), None)

    @property
    def busy(self) -> bool:
        return self._busy

    # --- downloading --------------------------------------------------------------------------

    def download(self) -> None:
        entry = self.current()
        if entry is None or self.busy:
            return
        self._cancel = threading.Event()
        self._done_by_file = {}
        self._total = int(entry.size_bytes or 0)
        self._set_busy(True)  # at once: a second click finds it busy
        self.tasks.spawn(self._get(self._download_call(entry.name)), key="get")

    def _download_call(self, name: str) -> Any:
        cancel = self._cancel
        progress = self.tasks.relay(self._on_bytes)
        log = self.tasks.relay(self._on_step)

        def call() -> Any:
            return self.models.download(
                name, catalog=self.catalog_file, progress=progress, log=log, cancel=cancel
            )

        return call

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    def _on_bytes(self, path: str, done: int, total: int | None) -> None:
        self._done_by_file[path] = done
        got = sum(self._done_by_file.values())
        if self._total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(got * 1000 / self._total)))
            self.status.setText(
                self.tr("Downloading: {0} of {1}").format(megabytes(got), megabytes(self._total))
            )

    def _on_step(self, notice: Notice) -> None:
        self.status.setText(describe_notice(notice))
        if notice.code != ModelStep.DOWNLOADING:
            self.progress.setRange(0, 0)  # converting and checking: no measure of how far

    # --- importing ----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A sentence-transformers folder"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        if self.busy:
            return
        self._cancel = None
        log = self.tasks.relay(self._on_step)
        self._set_busy(True)
        self.tasks.spawn(self._get(lambda: self.models.import_folder(folder, log=log)), key="get")

    # --- both ---------------------------------------------------------------------------------

    async def _get(self, call: Any) -> None:
        try:
            info = await self.tasks.call(call)
        except CancelledError:
            self.status.setText(
                self.tr("Download stopped. Download again to go on from where it stopped.")
            )
            return
        except MemshadowError as exc:
            self.status.setText(describe_error(exc))
            return
        finally:
            self._set_busy(False)
        self.status.setText(self.tr("Installed {0}: search by meaning is on.").format(info.name))
        self.installed.emit(info)
        await self.load_catalog()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy and self._cancel is not None)
        self.import_button.setEnabled(not busy)
        self.choice.setEnabled(not busy)
        self.download_button.setEnabled(not busy)
        if not busy:
            self._describe()
        self.busyChanged.emit(busy)
