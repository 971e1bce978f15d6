"""Counts in words, for the helpers that are not widgets (sync_words, the dashboard's views and
plan, the ask panel's figures, the import report).

A count needs a plural entry in the .ts ("%Ln change(s)" with one form per plural rule of the
language), and pyside6-lupdate makes one only from a QObject's ``self.tr(text, "", n)``: a
module-level ``QCoreApplication.translate(context, text, None, n)`` is read as a plain text, and
every language then gets one form for every count. So these texts live on a QObject (context
"CountWords"). Each is one count with its noun; a sentence holding it keeps its own template
("Syncing {0}…"), so translators can still order the parts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class CountWords(QObject):
    """One counted noun each. ``%Ln`` groups digits as the locale does ("1,234", "1.234")."""

    def changes(self, n: int) -> str:
        return self.tr("%Ln change(s)", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%Ln conflict(s)", "", n)

    def conflicts_need_you(self, n: int) -> str:
        # One sentence: the verb agrees with the count ("1 conflict needs you").
        return self.tr("%Ln conflict(s) need you: choose what to keep", "", n)

    def cores(self, n: int) -> str:
        return self.tr("%Ln core(s)", "", n)

    def threads(self, n: int) -> str:
        return self.tr("%Ln thread(s)", "", n)

    def answers(self, n: int) -> str:
        return self.tr("(over %Ln answer(s))", "", n)

    def prompt_tokens(self, n: int) -> str:
        return self.tr("%Ln prompt token(s)", "", n)

    def tokens(self, n: int) -> str:
        return self.tr("%Ln token(s)", "", n)

    def related(self, n: int) -> str:
        return self.tr("%Ln related", "", n)

    def neighbours(self, n: int) -> str:
        return self.tr("%Ln neighbour(s)", "", n)

    def new(self, n: int) -> str:
        return self.tr("%Ln new", "", n)

    def updated(self, n: int) -> str:
        return self.tr("%Ln updated", "", n)

    def unchanged(self, n: int) -> str:
        return self.tr("%Ln unchanged", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("%Ln skipped", "", n)


def count_words() -> CountWords:
    # A fresh parentless QObject each time: cheap, and nothing outlives the application.
    return CountWords()
