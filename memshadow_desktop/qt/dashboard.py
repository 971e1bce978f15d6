"""The hardware dashboard: the system, the providers, model and precision, a benchmark, live
statistics and recommendations. Every probe and measurement runs off the GUI thread (through
the dashboard's ``TaskRunner``); the dialog only shows what comes back."""

from __future__ import annotations

import asyncio
import html
import threading
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import (
    BenchmarkCancelled,
    BenchmarkResult,
    EngineSnapshot,
    HardwareReport,
    InvalidInputError,
    ModelVariants,
    NotFoundError,
    Notice,
    ProviderInfo,
    VariantInfo,
)
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import Reporter, TaskRunner
from memshadow_desktop.qt.dashboard_generation import GenerationSection
from memshadow_desktop.qt.dashboard_views import fill_providers, fill_variants, system_texts
from memshadow_desktop.qt.dashboard_widgets import (
    STATS_INTERVAL_MS,
    StatsPlot,
    fit_height,
    fmt_bytes,
    make_section,
    make_table,
    ms,
    num,
    provider_name,
)
from memshadow_desktop.qt.edge_plan import EdgePlanView
from memshadow_desktop.qt.messages import describe_notice
from memshadow_desktop.qt.notice_words import advice_html
from memshadow_desktop.qt.semantic_session import SemanticSession
from memshadow_desktop.qt.style import mute


class HardwareDashboard(QDialog):
    """A non-modal window of the main window (View ▸ Hardware Dashboard).

    ``session``: search by meaning as the window runs it (the model in use, and reopening
    search with another precision); ``report``: where failures are told to the user."""

    def __init__(
        self,
        service: MemshadowService,
        session: SemanticSession,
        *,
        report: Reporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.session = session
        self.tasks = TaskRunner(self, report=report)
        self.setObjectName("hardwareDashboard")
        self.setWindowTitle(self.tr("Hardware — MEMSHADOW"))
        self.setMinimumSize(QSize(900, 620))
        self.resize(1120, 800)
        self.hardware: HardwareReport | None = None
        self.snapshot: EngineSnapshot | None = None
        self.providers: list[ProviderInfo] = []
        self.model_variants: ModelVariants | None = None
        self.variants: list[VariantInfo] = []  # the rows shown: one per precision
        self.benchmark: BenchmarkResult | None = None
        self.advice: list[Notice] = []
        # What this window's benchmark measured, per provider: (items/s, query latency ms).
        self._measured: dict[str, tuple[float, float]] = {}
        self._cancel = threading.Event()
        self._last_count: tuple[float, int] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        left = QVBoxLayout()
        left.setSpacing(14)
        right = QVBoxLayout()
        right.setSpacing(14)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        # System
        frame, box = make_section(self.tr("This machine"))
        self.system_form = QFormLayout()
        self.system_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.system_form.setHorizontalSpacing(14)
        self.system_labels: dict[str, QLabel] = {}
        for key, label in (
            ("os", self.tr("System")),
            ("cpu", self.tr("CPU")),
            ("features", self.tr("CPU features")),
            ("ram", self.tr("Memory")),
            ("gpus", self.tr("GPUs")),
            ("npus", self.tr("NPUs")),
            ("power", self.tr("Power")),
        ):
            value = QLabel(self.tr("Probing…"))
            value.setObjectName(f"system_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            mute(name)
            self.system_form.addRow(name, value)
            self.system_labels[key] = value
        box.addLayout(self.system_form)
        self.system_frame = frame
        left.addWidget(frame)
        self.plan_view = EdgePlanView()  # the device's profile and plan (core/edge)
        left.addWidget(self.plan_view)

        # Live statistics
        frame, box = make_section(self.tr("Live statistics"))
        stats_row = QGridLayout()
        stats_row.setHorizontalSpacing(18)
        self.stat_labels: dict[str, QLabel] = {}
        for col, (key, label) in enumerate(
            (
                ("inferences", self.tr("Inferences")),
                ("items", self.tr("Texts embedded")),
                ("latency", self.tr("Average latency")),
                ("rate", self.tr("Items per second")),
            )
        ):
            caption = QLabel(label)
            caption.setWordWrap(True)  # four side by side: a longer translation wraps
            mute(caption)
            value = QLabel("—")
            value.setObjectName(f"stat_{key}")
            big = QFont(value.font())
            big.setPointSizeF(big.pointSizeF() * 1.35)
            big.setBold(True)
            value.setFont(big)
            stats_row.addWidget(caption, 0, col)
            stats_row.addWidget(value, 1, col)
            self.stat_labels[key] = value
        box.addLayout(stats_row)
        self.plot = StatsPlot()
        box.addWidget(self.plot)
        self.stats_note = QLabel()
        self.stats_note.setWordWrap(True)
        mute(self.stats_note)
        box.addWidget(self.stats_note)
        left.addWidget(frame)

        # Recommendations
        frame, box = make_section(self.tr("Recommendations"))
        self.recommendations = QLabel(self.tr("Probing…"))
        self.recommendations.setObjectName("recommendations")
        self.recommendations.setWordWrap(True)
        self.recommendations.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.recommendations)
        left.addWidget(frame)
        left.addStretch(1)

        # Providers
        frame, box = make_section(self.tr("Execution providers"))
        self.provider_table = make_table(
            [
                self.tr("Provider"),
                self.tr("Installed"),
                self.tr("Usable"),
                self.tr("In use"),
                self.tr("Items/s"),
                self.tr("Latency"),
                self.tr("Why not"),
            ],
            "providerTable",
        )
        box.addWidget(self.provider_table)
        right.addWidget(frame)

        # Model and precision
        frame, box = make_section(self.tr("Model and precision"))
        self.model_line = QLabel()
        self.model_line.setObjectName("modelLine")
        self.model_line.setWordWrap(True)
        box.addWidget(self.model_line)
        self.variant_table = make_table(
            [
                self.tr("Model"),
                self.tr("Precision"),
                self.tr("Size"),
                self.tr("Accuracy vs FP32"),
                self.tr("Speed"),
                self.tr("Status"),
            ],
            "variantTable",
            stretch=3,
        )
        box.addWidget(self.variant_table)
        pick = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use this precision"))
        self.use_button.setObjectName("usePrecision")
        self.use_button.setEnabled(False)
        self.use_button.setToolTip(
            self.tr("Search switches to it; the vault is embedded again in the background")
        )
        self.use_button.clicked.connect(self.use_selected_precision)
        pick.addWidget(self.use_button)
        pick.addStretch(1)
        box.addLayout(pick)
        self.variant_table.itemSelectionChanged.connect(self._on_variant_selected)
        self.variant_note = QLabel()
        self.variant_note.setWordWrap(True)
        mute(self.variant_note)
        box.addWidget(self.variant_note)
        right.addWidget(frame)

        # Benchmark
        frame, box = make_section(self.tr("Benchmark"))
        row = QHBoxLayout()
        self.bench_button = QPushButton(self.tr("Benchmark this machine"))
        self.bench_button.setObjectName("benchmarkButton")
        self.bench_button.clicked.connect(self.start_benchmark)
        row.addWidget(self.bench_button)
        self.bench_progress = QProgressBar()
        self.bench_progress.setObjectName("benchmarkProgress")
        self.bench_progress.setTextVisible(True)
        self.bench_progress.setRange(0, 1)
        self.bench_progress.setValue(0)
        row.addWidget(self.bench_progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelBenchmark")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_benchmark)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        self.bench_result = QLabel(
            self.tr("Measures how fast the model in use embeds notes and answers a query here.")
        )
        self.bench_result.setObjectName("benchmarkResult")
        self.bench_result.setWordWrap(True)
        mute(self.bench_result)
        box.addWidget(self.bench_result)
        right.addWidget(frame)
        right.addStretch(1)
        self.generation = GenerationSection(self.service, self.tasks)  # qt/dashboard_generation
        left.addWidget(self.generation.frame)

        self._stats_timer = QTimer(self)
        self._stats_timer.setInterval(STATS_INTERVAL_MS)
        self._stats_timer.timeout.connect(self._tick_stats)

    # --- tasks --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.tasks.busy()

    async def wait_idle(self) -> None:
        await self.tasks.wait_idle()

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> asyncio.Task[Any]:
        """Probe the hardware, the providers and the models (all off the GUI thread)."""
        if not self._stats_timer.isActive():
            self._stats_timer.start()
        self.generation.refresh()
        return self.tasks.spawn(self._refresh(), key="refresh")

    async def _refresh(self) -> None:
        await self.session.ready()
        svc = self.service
        self.hardware = await self.tasks.call(svc.hardware.probe)
        self._show_system()
        self.plan_view.show_plan(await self.tasks.call(svc.edge.plan))
        self.snapshot = await self.tasks.call(svc.models.engine)
        providers = await self.tasks.call(svc.hardware.providers)
        self.providers = [self._with_measured(p) for p in providers]
        self._show_providers()
        self.model_variants = await self.tasks.call(self._variants)
        self.variants = self.model_variants.distinct() if self.model_variants else []
        self._show_model()
        await self._advise()
        await self._stats()

    def _variants(self) -> ModelVariants | None:
        """The variants of the model search runs (worker thread); None without one."""
        if self.snapshot is None or self.snapshot.engine is None:
            return None  # no model, or an embedder that is not the inference engine
        try:
            return self.service.models.variants()
        except (NotFoundError, InvalidInputError):
            return None

    def _with_measured(self, row: ProviderInfo) -> ProviderInfo:
        measured = self._measured.get(row.short)
        if measured is None:
            return row
        return replace(row, items_per_s=measured[0], latency_ms=measured[1])

    async def _advise(self) -> None:
        self.advice = await self.tasks.call(
            self.service.hardware.advice,
            hardware=self.hardware,
            providers=self.providers,
            variants=self.model_variants,
            engine=self.snapshot,
            benchmark=self.benchmark,
        )
        self._show_recommendations()

    def _show_system(self) -> None:
        labels = self.system_labels
        texts = system_texts(self.hardware)
        labels["features"].setTextFormat(Qt.TextFormat.RichText)
        for key, label in labels.items():
            label.setText(texts.get(key, ""))
        if self.hardware is not None and self.hardware.notes:
            notes = [describe_notice(n) for n in self.hardware.notes]
            self.system_frame.setToolTip("\n".join(notes))

    def _show_providers(self) -> None:
        fill_providers(self.provider_table, self.providers)

    def _show_model(self) -> None:
        snap = self.snapshot
        if snap is None:
            self.model_line.setText(
                self.tr(
                    "<b>No embedding model installed.</b> Get one in Preferences › Search "
                    "(a download, or a folder you have) to search by meaning."
                )
            )
        else:
            provider = provider_name(snap.provider) or self.tr("not reported")
            precision = (snap.precision or "").upper() or self.tr("not reported")
            text = self.tr(
                "In use: <b>{0}</b> · provider <b>{1}</b> · precision <b>{2}</b>"
            ).format(html.escape(snap.model), provider, precision)
            if snap.fallback is not None:
                why = html.escape(describe_notice(snap.fallback))
                text += "<br>" + self.tr("Fallback: {0}").format(why)
            self.model_line.setText(text)
        table = self.variant_table
        fill_variants(
            table, self.model_variants.model if self.model_variants else "", self.variants
        )
        table.setVisible(bool(self.variants))
        table.resizeRowsToContents()
        fit_height(table)
        if snap is not None and not self.variants:
            self.variant_note.setText(
                self.tr("The engine has not reported precision variants for this model.")
            )
        else:
            self.variant_note.setText(
                self.tr("A variant is offered only when it matches FP32 on the probe set.")
                if self.variants
                else ""
            )
        self.bench_button.setEnabled(snap is not None and not self.tasks.running("benchmark"))
        if snap is None:
            self.bench_button.setToolTip(self.tr("Install a model first"))

    def _selected_variant(self) -> VariantInfo | None:
        rows = self.variant_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.variants):
            return None
        return self.variants[rows[0].row()]

    def _on_variant_selected(self) -> None:
        v = self._selected_variant()
        self.use_button.setEnabled(v is not None and v.offered and not v.in_use)

    def use_selected_precision(self) -> asyncio.Task[Any] | None:
        v = self._selected_variant()
        if v is None or not v.offered or v.in_use:
            return None
        return self.tasks.spawn(self._use_precision(v.precision))

    async def _use_precision(self, precision: str) -> None:
        self.use_button.setEnabled(False)
        await self.tasks.call(self.service.models.set_precision, precision)
        await self.session.reload()
        await self._refresh()

    def _show_recommendations(self) -> None:
        lines = [advice_html(n) for n in self.advice]
        self.recommendations.setText(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li style='margin-bottom:4px'>{line}</li>" for line in lines)
            + "</ul>"
            if lines
            else self.tr("Nothing to recommend: this machine is used as well as it can be.")
        )

    # --- live statistics ----------------------------------------------------------------------

    def _tick_stats(self) -> None:
        # A tick while the last one still measures is skipped, not queued behind it.
        if self.isVisible() and not self.tasks.running("stats"):
            self.tasks.spawn(self._stats(), key="stats")

    async def refresh_stats(self) -> None:
        await self._stats()

    async def _stats(self) -> None:
        if not self.session.available:
            self.stats_note.setText(self.tr("No model: nothing is embedded."))
            return
        snap = await self.tasks.call(self.service.models.engine)
        status = await self.tasks.call(self.service.search.status)
        if status is None:
            return
        self.snapshot = snap or self.snapshot
        now = time.monotonic()
        labels = self.stat_labels
        lane = snap.stats if snap is not None else None
        if lane is not None:
            labels["inferences"].setText(f"{lane.inferences:,}")
            labels["items"].setText(f"{lane.items:,}")
            labels["latency"].setText(ms(lane.latency_ms_avg))
            labels["rate"].setText(num(lane.items_per_s, "{:.0f}"))
            count = int(lane.items or lane.inferences)
            self.plot.unit = self.tr("texts embedded per second")
            self.stats_note.setText(
                self.tr("p50 {0} · p95 {1} (engine statistics since start)").format(
                    ms(lane.latency_ms_p50), ms(lane.latency_ms_p95)
                )
            )
        else:
            count = int(status.indexed)
            labels["inferences"].setText("—")
            labels["items"].setText(f"{status.indexed:,}")
            labels["latency"].setText(ms(self.benchmark.query_p50_ms) if self.benchmark else "—")
            labels["rate"].setText(
                num(self.benchmark.items_per_s, "{:.0f}") if self.benchmark else "—"
            )
            self.plot.unit = self.tr("memories indexed per second")
            self.stats_note.setText(
                self.tr(
                    "{0}, {1} pending; vectors use {2}. The engine does not "
                    "report its own counters yet; latency and speed come from the benchmark."
                ).format(
                    self.tr("%Ln memory(ies) indexed", "", status.indexed),
                    QLocale().toString(status.pending),
                    fmt_bytes(status.vector_bytes),
                )
            )
        if self._last_count is not None:
            t0, c0 = self._last_count
            if now > t0:
                self.plot.add(max(0.0, (count - c0) / (now - t0)))
        self._last_count = (now, count)

    # --- benchmark ----------------------------------------------------------------------------

    def start_benchmark(self) -> asyncio.Task[Any] | None:
        if self.tasks.running("benchmark") or not self.session.available:
            return None
        self._cancel = threading.Event()
        return self.tasks.spawn(self._benchmark(), key="benchmark")

    def cancel_benchmark(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.bench_result.setText(self.tr("Cancelling…"))

    def _on_bench_progress(self, done: int, total: int) -> None:
        self.bench_progress.setRange(0, max(total, 1))
        self.bench_progress.setValue(done)

    async def _benchmark(self) -> None:
        self.bench_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bench_result.setText(self.tr("Measuring…"))
        progress = self.tasks.relay(self._on_bench_progress)
        try:
            result = await self.tasks.call(self.service.models.benchmark, progress, self._cancel)
        except BenchmarkCancelled:
            self.bench_result.setText(self.tr("Cancelled. Nothing was changed."))
            self.bench_progress.setValue(0)
            return
        finally:
            self.cancel_button.setEnabled(False)
            self.bench_button.setEnabled(True)
        self.benchmark = result
        provider = result.provider or "?"
        self._measured[provider] = (result.items_per_s, result.query_p50_ms)
        shown = (provider_name(result.provider), (result.precision or "").upper())
        where = " · ".join(p for p in shown if p)
        self.bench_result.setText(
            self.tr(
                "{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95)."
            ).format(
                f"{where}: " if where else "",
                f"{result.items_per_s:.1f}",
                self.tr("%Ln probe text(s)", "", result.items),
                ms(result.query_p50_ms),
                ms(result.query_p95_ms),
            )
        )
        self.providers = [self._with_measured(p) for p in self.providers]
        self._show_providers()
        # The advice now includes what was measured; the benchmark itself is over.
        self.tasks.spawn(self._advise(), key="advice")

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel.set()
        self._stats_timer.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self._cancel.set()
        self._stats_timer.stop()
        self.tasks.cancel_all()
