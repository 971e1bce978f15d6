"""The tray's icons, one per state, from the package's resources (scripts/make_tray_icons.py
draws them): a dark glyph for light panels, a light one for dark panels, and on macOS a
template image the menu bar tints itself. Conflicts add a badge with their count."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "tray"
STATES = ("idle", "synced", "syncing", "paused", "offline", "error", "locked", "indexing")
SIZES = (16, 22, 24, 32, 48, 64)


def panel_variant() -> str:
    """Which glyph suits the panel: "mac" (a template), "dark" (light glyph) or "light".
    A panel's own colour is not known to Qt; the desktop's colour scheme stands in for it."""
    if sys.platform == "darwin":
        return "mac"
    app = QGuiApplication.instance()
    dark = isinstance(app, QGuiApplication) and (
        app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    )
    return "dark" if dark else "light"


def state_icon(state: str, variant: str | None = None) -> QIcon:
    if state not in STATES:
        state = "idle"
    variant = variant or panel_variant()
    icon = QIcon()
    if variant == "mac":
        icon.addFile(str(RESOURCES / "png" / "mac" / f"{state}Template.png"))
        icon.addFile(str(RESOURCES / "png" / "mac" / f"{state}Template@2x.png"))
        icon.setIsMask(True)
        return icon
    for size in SIZES:
        icon.addFile(str(RESOURCES / "png" / variant / str(size) / f"{state}.png"))
    return icon


def badged(icon: QIcon, count: int) -> QIcon:
    """``icon`` with the conflict badge (its count, "9+" beyond nine) in the upper right.
    Coloured, so no longer a template: a badge that the menu bar tinted would not stand out."""
    out = QIcon()
    renderer = QSvgRenderer(str(RESOURCES / "svg" / "badge.svg"))
    text = str(count) if count < 10 else "9+"
    for size in SIZES:
        base = icon.pixmap(size, size)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, base)
        side = size * 0.62
        box = QRectF(size - side, 0, side, side)
        renderer.render(painter, box)
        if size >= 22:  # below that a digit is a smudge; the badge alone says it
            font = QFont()
            font.setBold(True)
            font.setPixelSize(max(7, int(side * (0.62 if count < 10 else 0.5))))
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        out.addPixmap(pixmap)
    return out


def tray_icon(state: str, conflicts: int = 0, variant: str | None = None) -> QIcon:
    icon = state_icon(state, variant)
    return badged(icon, conflicts) if conflicts > 0 else icon
