"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every wrapped call that
returns nothing (QLabel.setText, QApplication.processEvents, ...). None is not immortal
before 3.12, so a window aborts after a few thousand such calls ("none_dealloc"): a
minute of typing, or the background indexer's progress, is enough. 6.11.3 is fine.
Pin PySide6-Essentials below 6.12 (or use Python 3.12+) until a fixed release."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_wrapped_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    import PySide6

    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    assert lost < 50, (
        f"PySide6 {PySide6.__version__} lost {lost} references to None in 500 calls: the "
        "window would abort with 'none_dealloc'; pin PySide6-Essentials<6.12"
    )
