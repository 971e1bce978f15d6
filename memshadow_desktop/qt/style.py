"""Small presentation helpers shared by the widgets (colours derived from the palette, so a
dark desktop theme stays readable)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

WARNING = QColor("#b26a00")
ERROR = QColor("#c62828")


def muted_color(
    palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.WindowText
) -> QColor:
    color = QColor(palette.color(role))
    color.setAlpha(165)
    return color


def set_text_color(widget: QWidget, color: QColor | None) -> None:
    """Set (or, with None, reset to the application's) text colour of a label-like widget."""
    palette = widget.palette()
    parent = widget.parentWidget()
    base = parent.palette() if parent is not None else QPalette()
    value = color if color is not None else base.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, value)
    palette.setColor(QPalette.ColorRole.Text, value)
    widget.setPalette(palette)


def mute(widget: QWidget) -> None:
    set_text_color(widget, muted_color(widget.palette()))


class ElidedLabel(QLabel):
    """A one-line label that gives way to its neighbours: what does not fit ends in "…", and
    the whole text is its tooltip (long translations must not push buttons off the pane)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text (what is drawn may end in "…": :meth:`shown`)."""
        return self._full

    def shown(self) -> str:
        return super().text()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full)
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        cut = self._full if shown != self._full else ""
        super().setToolTip("\n".join(t for t in (cut, self._tip) if t))
