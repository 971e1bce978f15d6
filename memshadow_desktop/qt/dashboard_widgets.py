"""The hardware dashboard's building blocks: formatters for its figures, a live plot, framed
sections and tables as tall as their rows."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.qt.style import muted_color

STATS_INTERVAL_MS = 1000
ITEM_PADDING = (3, 6)  # a table cell's padding: vertical, horizontal (px)
WRAP_SHARE = 0.3  # of a table's width, kept for its wrapping column
PLOT_POINTS = 90
FEATURE_ORDER = ("avx2", "avx512", "avx512f", "vnni", "avx512_vnni", "avx_vnni", "amx", "neon")


def fmt_mb(mb: int | None) -> str:
    if mb is None:
        return "?"
    return f"{mb / 1024:.1f} GB" if mb >= 1024 else f"{mb} MB"


def fmt_bytes(n: int | None) -> str:
    if not n:
        return "—"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{n / 1024:.0f} KB"


_PROVIDER_NAMES = {
    "cpu": "CPU",
    "cuda": "CUDA",
    "tensorrt": "TensorRT",
    "coreml": "CoreML",
    "dml": "DirectML",
    "directml": "DirectML",
    "rocm": "ROCm",
    "migraphx": "MIGraphX",
    "openvino": "OpenVINO",
    "qnn": "QNN",
    "dnnl": "oneDNN",
    "xnnpack": "XNNPACK",
    "webgpu": "WebGPU",
}


def provider_name(provider: str | None) -> str | None:
    """How a provider is called to a person, whether given as "cuda" or by ONNX Runtime's
    name ("CUDAExecutionProvider")."""
    if not provider:
        return None
    name = provider.removesuffix("ExecutionProvider")
    return _PROVIDER_NAMES.get(name.lower(), name[:1].upper() + name[1:])


def num(value: float | None, fmt: str = "{:.1f}") -> str:
    return "—" if value is None else fmt.format(value)


def ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


class StatsPlot(QWidget):
    """A small line plot of one value over time (QPainter; no QtCharts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPlot")
        self.points: deque[tuple[float, float]] = deque(maxlen=PLOT_POINTS)
        self.unit = ""
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    def add(self, value: float) -> None:
        self.points.append((time.monotonic(), value))
        self.update()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(40, 8, -8, -18)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.5))
        painter.setFont(small)
        values = [v for _t, v in self.points]
        top = max(values, default=0.0) * 1.15 or 1.0
        painter.setPen(QPen(grid, 1))
        for i in range(5):
            y = rect.top() + rect.height() * i / 4
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(muted_color(pal))
        for i, frac in enumerate((1.0, 0.5, 0.0)):
            y = rect.top() + rect.height() * (1 - frac)
            label = f"{top * frac:.3g}"
            painter.drawText(
                QRectF(0, y - 8, 36, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label if i < 2 else "0",
            )
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 2, rect.width(), 14),
            int(Qt.AlignmentFlag.AlignLeft),
            self.tr("last {0} s").format(PLOT_POINTS * STATS_INTERVAL_MS // 1000),
        )
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 2, rect.width(), 14),
            int(Qt.AlignmentFlag.AlignRight),
            self.unit,
        )
        if len(values) >= 2:
            step = rect.width() / (PLOT_POINTS - 1)
            x0 = rect.right() - step * (len(values) - 1)
            path = QPainterPath()
            for i, v in enumerate(values):
                pt = QPointF(x0 + i * step, rect.bottom() - rect.height() * v / top)
                if i == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            area = QPainterPath(path)
            area.lineTo(QPointF(x0 + (len(values) - 1) * step, rect.bottom()))
            area.lineTo(QPointF(x0, rect.bottom()))
            area.closeSubpath()
            fill = QColor(pal.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(40)
            painter.fillPath(area, fill)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.8))
            painter.drawPath(path)
        elif not values:
            painter.setPen(muted_color(pal))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.tr("Waiting for data…"))
        painter.end()


def make_section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("dashboardSection")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    box = QVBoxLayout(frame)
    box.setContentsMargins(12, 10, 12, 12)
    box.setSpacing(8)
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    heading.setFont(font)
    box.addWidget(heading)
    return frame, box


class FitTable(QTableWidget):
    """A table as tall as its rows (no inner scrolling); the last column wraps."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        # Columns sized to their contents settle after the rows were measured: a wrapped
        # cell measured against the earlier, wider column would be cut off. Measure again
        # once they have settled.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def fit_rows(self) -> None:
        self._share_width()
        self.resizeRowsToContents()
        self._fit_wrapped()
        fit_height(self)

    def _share_width(self) -> None:
        """The wrapping column keeps at least WRAP_SHARE of the width: columns sized to their
        contents (and their headers: longer in some languages) would otherwise push it out of
        sight. Past that, they shrink in proportion and their headers end in "…"."""
        header = self.horizontalHeader()
        stretch = QHeaderView.ResizeMode.Stretch
        fixed = [c for c in range(self.columnCount()) if header.sectionResizeMode(c) != stretch]
        if not fixed or len(fixed) == self.columnCount():
            return
        natural = {c: max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in fixed}
        room = self.viewport().width() * (1 - WRAP_SHARE)
        total = sum(natural.values())
        mode = QHeaderView.ResizeMode
        if total <= room or room <= 0:
            for c in fixed:
                if header.sectionResizeMode(c) != mode.ResizeToContents:
                    header.setSectionResizeMode(c, mode.ResizeToContents)
            return
        # The first column names the row ("TensorRT", a model): it keeps its width while
        # the others (short values under longer headers) give way.
        name = fixed[0] if fixed[0] == 0 else None
        keep = natural[name] if name is not None else 0
        shrink = total - keep
        scale = max(room - keep, 0) / shrink if shrink > 0 else 1.0
        for c in fixed:
            header.setSectionResizeMode(c, mode.Interactive)
            header.resizeSection(c, natural[c] if c == name else int(natural[c] * scale))

    def _fit_wrapped(self) -> None:
        """Qt measures a wrapped cell without the style sheet's padding, so a text that just
        fills its last line is cut off ("…"): measure it against the width it really gets."""
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        for column in range(self.columnCount()):
            width = self.columnWidth(column) - 2 * (ITEM_PADDING[1] + margin + 1)
            for row in range(self.rowCount()):
                item = self.item(row, column)
                if item is None or not item.text() or width <= 0:
                    continue
                flags = int(Qt.TextFlag.TextWordWrap)
                box = metrics.boundingRect(0, 0, width, 10_000, flags, item.text())
                needed = box.height() + 2 * ITEM_PADDING[0] + 2
                if needed > self.rowHeight(row):
                    self.setRowHeight(row, needed)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_rows()


def make_table(headers: list[str], name: str, stretch: int = -1) -> QTableWidget:
    table = FitTable(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setStyleSheet(
        f"QTableWidget::item {{ padding: {ITEM_PADDING[0]}px {ITEM_PADDING[1]}px; }}"
    )
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        stretch if stretch >= 0 else len(headers) - 1, QHeaderView.ResizeMode.Stretch
    )
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fit_height(table: QTableWidget) -> None:
    rows = table.rowCount()
    h = table.horizontalHeader().height() + 2 * table.frameWidth()
    h += sum(table.rowHeight(r) for r in range(rows)) if rows else 28
    table.setFixedHeight(h)
