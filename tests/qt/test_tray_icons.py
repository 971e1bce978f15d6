"""The tray's icons: every state has its SVG source and PNGs for light and dark panels at
each size and a macOS template; they differ from each other; conflicts add a badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

from memshadow_desktop.qt.tray_icons import RESOURCES, SIZES, STATES, state_icon, tray_icon


def pixels(icon: Any, size: int = 32) -> bytes:
    image: QImage = icon.pixmap(size, size).toImage()
    return bytes(image.constBits())


def test_every_state_has_its_sources_and_sizes(qapp: Any) -> None:
    assert (RESOURCES / "svg" / "badge.svg").is_file()
    for state in STATES:
        assert (RESOURCES / "svg" / f"{state}.svg").is_file()
        assert (RESOURCES / "svg" / f"{state}-small.svg").is_file()
        for variant in ("light", "dark"):
            for size in SIZES:
                image = QImage(str(RESOURCES / "png" / variant / str(size) / f"{state}.png"))
                assert not image.isNull() and image.width() == size == image.height()
        for name in (f"{state}Template.png", f"{state}Template@2x.png"):
            assert not QImage(str(RESOURCES / "png" / "mac" / name)).isNull()


def test_states_look_different_and_suit_the_panel(qapp: Any) -> None:
    for size in (16, 32):
        looks = {pixels(state_icon(s, "light"), size) for s in STATES}
        assert len(looks) == len(STATES)
    assert pixels(state_icon("synced", "light")) != pixels(state_icon("synced", "dark"))
    assert state_icon("synced", "mac").isMask()


def test_conflicts_add_a_badge(qapp: Any) -> None:
    plain = pixels(tray_icon("synced", 0, "light"))
    one = pixels(tray_icon("synced", 1, "light"))
    many = pixels(tray_icon("synced", 12, "light"))
    assert len({plain, one, many}) == 3
