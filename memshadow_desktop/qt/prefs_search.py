"""The Search tab: the embedding model in use with its precision and provider, getting a model
(download or import), and indexing the vault again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from memshadow_desktop.core.api import MemshadowError, ModelVariants
from memshadow_desktop.qt.dashboard_widgets import provider_name
from memshadow_desktop.qt.model_getter import ModelGetter
from memshadow_desktop.qt.prefs_base import PrefsContext, PrefsTab, note


class SearchTab(PrefsTab):
    def __init__(self, ctx: PrefsContext) -> None:
        super().__init__(ctx)
        self.setObjectName("searchTab")
        self.variants: ModelVariants | None = None
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("The model in use"))
        form = QFormLayout(box)
        self.model = QLabel()
        self.model.setObjectName("modelInUse")
        form.addRow(self.tr("Model:"), self.model)
        self.precision = QComboBox()
        self.precision.setObjectName("precision")
        self.precision.activated.connect(self._on_precision)
        form.addRow(self.tr("&Precision:"), self.precision)
        self.provider = QLabel()
        self.provider.setObjectName("providerInUse")
        form.addRow(self.tr("Runs on:"), self.provider)
        layout.addWidget(box)
        get = QGroupBox(self.tr("Get a model"))
        column = QVBoxLayout(get)
        column.addWidget(
            note(
                self.tr(
                    "Search by meaning needs an embedding model on this device (no cloud). "
                    "Download one from the catalogue, or import a sentence-transformers "
                    "folder you have."
                )
            )
        )
        self.getter = ModelGetter(ctx.svc.models, catalog=ctx.catalog)
        self.getter.installed.connect(lambda _info: self._installed())
        column.addWidget(self.getter)
        layout.addWidget(get)
        row = QHBoxLayout()
        self.reindex = QPushButton(self.tr("Index Again…"))
        self.reindex.setObjectName("reindex")
        self.reindex.setToolTip(self.tr("Embed every memory again with the model in use"))
        self.reindex.clicked.connect(self._reindex)
        row.addWidget(self.reindex)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    async def load(self) -> None:
        self.error.clear()
        await self.getter.load_catalog()
        try:
            self.variants = await self.tasks.call(self.svc.models.variants)
        except MemshadowError:  # no model yet (or several and none chosen)
            self.variants = None
        self._show_model()
        engine = await self.tasks.call(self.svc.models.engine)
        if engine is not None and engine.provider:
            self.provider.setText(provider_name(engine.provider) or engine.provider)
        elif self.variants is not None:
            self.provider.setText(self.tr("(chosen when search first runs)"))
        else:
            self.provider.setText("")

    def refresh(self) -> None:
        self.tasks.spawn(self.load(), key="load", on_error=self.report)

    def _show_model(self) -> None:
        variants = self.variants
        self.precision.clear()
        self.reindex.setEnabled(variants is not None)
        if variants is None:
            self.model.setText(self.tr("None: search finds words, not meaning"))
            self.precision.setEnabled(False)
            return
        self.model.setText(variants.model)
        self.precision.setEnabled(True)
        for row in variants.distinct():
            if not row.offered:
                continue
            text = row.precision.upper()
            if row.mean_cosine is not None:
                text += self.tr(" — {0:.3f} similarity to FP32").format(row.mean_cosine)
            self.precision.addItem(text, row.precision)
        index = self.precision.findData(variants.precision_in_use)
        self.precision.setCurrentIndex(max(index, 0))

    def _on_precision(self, _index: int) -> None:
        wanted = self.precision.currentData()
        if self.variants is None or wanted == self.variants.precision_in_use:
            return
        self.tasks.spawn(self._set_precision(str(wanted)), on_error=self.report)

    async def _set_precision(self, precision: str) -> None:
        await self.tasks.call(self.svc.models.set_precision, precision)
        self.ctx.search_changed()
        await self.load()

    def _installed(self) -> None:
        self.ctx.search_changed()
        self.refresh()

    def _reindex(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Index again"),
            self.tr(
                "Embed every memory again? Search by meaning finds less until it is done "
                "(it runs in the background)."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.tasks.spawn(self._run_reindex(), key="reindex", on_error=self.report)

    async def _run_reindex(self) -> None:
        await self.tasks.call(self.svc.search.reindex)
        self.ctx.search_changed()
