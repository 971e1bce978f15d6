"""Write the app icon's PNG, ICO and ICNS files from resources/icons/memshadow.svg.

    .venv/bin/python scripts/make_app_icons.py

PNGs at the sizes the Linux icon theme, Windows and macOS want (resources/icons/png/<n>.png and
the hicolor tree's 256 px one as memshadow.png); an ICO holding PNG images (Windows Vista and
later read those) and an ICNS holding PNG images (macOS 10.7 and later), both written here from
the PNGs, so no image library beyond Qt's SVG renderer is needed.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x ones share sizes with others)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in ICO_SIZES if s in pngs]
    head = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(head) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        side = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return head + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "memshadow.svg"))
    if not renderer.isValid():
        raise SystemExit("make_app_icons: memshadow.svg does not render")
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    (ICONS / "png").mkdir(exist_ok=True)
    for size, blob in pngs.items():
        (ICONS / "png" / f"{size}.png").write_bytes(blob)
    (ICONS / "memshadow.png").write_bytes(pngs[256])
    (ICONS / "memshadow.ico").write_bytes(ico(pngs))
    (ICONS / "memshadow.icns").write_bytes(icns(pngs))
    print(f"make_app_icons: wrote {len(pngs)} PNGs, memshadow.ico and memshadow.icns in {ICONS}")


if __name__ == "__main__":
    main()
