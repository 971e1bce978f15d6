"""A passphrase strength meter: a rough estimate of how many guesses a passphrase takes, shown
as a bar and a word. It judges length and variety, and punishes what attackers try first
(repeats, runs like "abcd" or "1234", very common words); it never stores or sends anything."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from memshadow_desktop.core.api import MIN_PASSPHRASE_LENGTH

# Guessed first by every cracking tool (a small sample: enough to catch the obvious).
COMMON = {
    "password",
    "passwort",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "monkey",
    "dragon",
    "iloveyou",
    "admin",
    "secret",
    "memshadow",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "master",
    "shadow",
}
LEVELS = (28.0, 40.0, 60.0, 80.0)  # bits at which the score rises
COLOURS = ("#c62828", "#e8590c", "#b26a00", "#2e7d32", "#1b5e20")


@dataclass(frozen=True)
class Strength:
    bits: float  # the estimate: log2 of the guesses needed
    score: int  # 0 (very weak) .. 4 (very strong)
    too_short: bool


def _pool(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^A-Za-z0-9]", text):
        size += 33
    return max(size, 1)


def _predictable(text: str) -> int:
    """Characters that add next to nothing: repeats and runs of neighbours."""
    count = 0
    for before, here in itertools.pairwise(text):
        if here == before or abs(ord(here) - ord(before)) == 1:
            count += 1
    return count


def estimate(passphrase: str) -> Strength:
    text = passphrase
    lower = text.lower()
    useful = len(text) - _predictable(text)
    for word in COMMON:
        if word in lower:
            useful -= len(word) - 1  # a common word counts as one character
    useful = max(useful, 1 if text else 0)
    bits = useful * math.log2(_pool(text)) if text else 0.0
    words = len([w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3])
    if words >= 4:
        bits = max(bits, words * 11.0)  # several words: a passphrase in the proper sense
    score = sum(1 for level in LEVELS if bits >= level)
    too_short = len(text) < MIN_PASSPHRASE_LENGTH
    if too_short:
        score = min(score, 1)
    return Strength(bits, score, too_short)


class StrengthMeter(QWidget):
    """A bar and a word under a passphrase field; ``update_for(text)`` as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        row.addWidget(self.bar, 1)
        self.label = QLabel()
        self.label.setObjectName("strengthLabel")
        self.label.setMinimumWidth(150)
        row.addWidget(self.label)
        self.strength = estimate("")
        self.update_for("")

    def words(self, strength: Strength) -> str:
        if strength.bits == 0:
            return self.tr("Type a passphrase")
        if strength.too_short:
            return self.tr("Too short (at least {0})").format(MIN_PASSPHRASE_LENGTH)
        names = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        return names[strength.score]

    def update_for(self, text: str) -> None:
        self.strength = estimate(text)
        self.bar.setValue(self.strength.score if text else 0)
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(COLOURS[self.strength.score]))
        self.bar.setPalette(palette)
        self.label.setText(self.words(self.strength))
