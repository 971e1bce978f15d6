"""Small presentation helpers shared by the widgets (colours derived from the palette, so a
dark desktop theme stays readable)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

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
