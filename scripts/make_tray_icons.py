"""Write the tray icons: SVG sources and the PNG sizes each platform wants.

    .venv/bin/python scripts/make_tray_icons.py

Each state is a monochrome glyph on a 24-unit grid (the "symbolic" style of Linux panels):
the MEMSHADOW "M" with an emblem in the lower right, whose symbol is cut out of a disc
(``fill-rule="evenodd"``: no masks, which Qt's SVG renderer does not know). The sources are
black; the PNGs are the same shapes in the panel's colour:

* ``png/light/<size>/<state>.png``: dark glyph for light panels;
* ``png/dark/<size>/<state>.png``: light glyph for dark panels;
* ``png/mac/<state>Template.png`` and ``@2x``: black with alpha, a template image that macOS
  tints for the menu bar itself.

The conflict badge (``svg/badge.svg``) is drawn over any state at run time, with the count.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

OUT = Path(__file__).resolve().parents[1] / "memshadow_desktop" / "resources" / "tray"
SIZES = (16, 22, 24, 32, 48, 64)
SMALL = 22  # up to this size the compact form
COLOURS = {"light": "#2e3436", "dark": "#f6f5f4", "mac": "#000000"}
CX = CY = 18.0  # the emblem's centre
R = 5.8  # and radius

M_FULL = "M4.5 19.5V5l7.5 8 7.5-8v14.5"
M_SMALL = "M2.6 12.6V3.4l4.9 5.2 4.9-5.2v9.2"  # leaves room for the emblem


def _circle(cx: float, cy: float, r: float) -> str:
    return f"M{cx - r:.2f} {cy:.2f}a{r} {r} 0 1 0 {2 * r} 0a{r} {r} 0 1 0 {-2 * r} 0Z"


def _poly(points: list[tuple[float, float]]) -> str:
    body = "L".join(f"{CX + x:.2f} {CY + y:.2f}" for x, y in points)
    return f"M{body}Z"


def _rect(x: float, y: float, w: float, h: float) -> str:
    return _poly([(x, y), (x + w, y), (x + w, y + h), (x, y + h)])


def _bar(x0: float, y0: float, x1: float, y1: float, width: float) -> str:
    """A straight stroke as a polygon (a hole must be a filled shape)."""
    dx, dy = x1 - x0, y1 - y0
    n = math.hypot(dx, dy)
    ox, oy = -dy / n * width / 2, dx / n * width / 2
    return _poly([(x0 + ox, y0 + oy), (x1 + ox, y1 + oy), (x1 - ox, y1 - oy), (x0 - ox, y0 - oy)])


HOLES = {
    "synced": [
        _poly([(-3.3, -0.4), (-1.0, 1.8), (2.5, -2.3), (3.6, -1.2), (-1.0, 4.0), (-4.4, 0.7)])
    ],
    "syncing": [
        _poly([(-3.5, -0.6), (-1.9, -3.4), (-0.3, -0.6)]),
        _rect(-2.6, -0.6, 1.4, 3.8),
        _poly([(0.3, 0.6), (1.9, 3.4), (3.5, 0.6)]),
        _rect(1.2, -3.2, 1.4, 3.8),
    ],
    "paused": [_rect(-2.6, -3.0, 1.8, 6.0), _rect(0.8, -3.0, 1.8, 6.0)],
    "offline": [_bar(-3.0, -3.0, 3.0, 3.0, 1.8)],
    "error": [_rect(-0.95, -3.6, 1.9, 4.4), _circle(CX, CY + 2.7, 1.05)],
    "indexing": [
        _circle(CX - 0.7, CY - 0.7, 2.7),
        _circle(CX - 0.7, CY - 0.7, 1.4),
        _bar(1.4, 1.4, 3.4, 3.4, 1.7),
    ],
}
LOCK = (
    '<path d="M7 11V8.2a5 5 0 0 1 10 0V11h-2.2V8.2a2.8 2.8 0 0 0-5.6 0V11z"/>'
    '<path fill-rule="evenodd" d="M5 11.5h14v10H5z'
    + _circle(12, 15.6, 1.6)
    + 'M11.3 16.4h1.4v2.8h-1.4z"/>'
)


def svg(state: str, colour: str = "#000000", *, small: bool = False) -> str:
    """``small`` (16 and 22 pixels): the emblem alone, filling the icon, which stays legible
    where the "M" and an emblem beside it would be a few grey pixels each."""
    parts: list[str] = []
    if state == "locked":
        parts.append(LOCK)
    elif state in HOLES and small:
        disc = _circle(CX, CY, R) + "".join(HOLES[state])
        scale = 11.0 / R
        parts.append(
            f'<g transform="translate(12 12) scale({scale:.4f}) translate({-CX} {-CY})">'
            f'<path fill-rule="evenodd" d="{disc}"/></g>'
        )
    elif state in HOLES:
        parts.append(
            f'<path d="{M_SMALL}" fill="none" stroke-width="2.4" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )
        disc = _circle(CX, CY, R) + "".join(HOLES[state])
        parts.append(f'<path fill-rule="evenodd" d="{disc}"/>')
    else:  # "idle": sync is not set up; the app's mark alone
        parts.append(
            f'<path d="{M_FULL}" fill="none" stroke-width="2.6" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )
    body = "".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
        f'fill="{colour}" stroke="{colour}" stroke-width="0">{body}</svg>\n'
    )


BADGE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
    '<circle cx="12" cy="12" r="11" fill="#ffffff"/>'
    '<circle cx="12" cy="12" r="9.2" fill="#e8590c"/></svg>\n'
)
STATES = ("idle", "synced", "syncing", "paused", "offline", "error", "locked", "indexing")


def render(source: str, size: int, target: Path) -> None:
    renderer = QSvgRenderer(QByteArray(source.encode()))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG for {target}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (OUT / "svg").mkdir(parents=True, exist_ok=True)
    (OUT / "svg" / "badge.svg").write_text(BADGE, encoding="utf-8")
    for state in STATES:
        (OUT / "svg" / f"{state}.svg").write_text(svg(state), encoding="utf-8")
        (OUT / "svg" / f"{state}-small.svg").write_text(svg(state, small=True), encoding="utf-8")
        for variant in ("light", "dark"):
            for size in SIZES:
                source = svg(state, COLOURS[variant], small=size <= SMALL)
                render(source, size, OUT / "png" / variant / str(size) / f"{state}.png")
        mac = OUT / "png" / "mac"
        render(svg(state, COLOURS["mac"], small=True), 16, mac / f"{state}Template.png")
        render(svg(state, COLOURS["mac"]), 32, mac / f"{state}Template@2x.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
