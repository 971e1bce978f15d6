"""What the merge dialog edits: the result text with each hunk's place in it, the choice made
for every hunk, the title, and undo/redo of all of it (and the helpers that show them).

The result lives in a QTextDocument. Each body hunk is tracked by two QTextCursors that move
with every edit before them (the start keeps its place when text goes in right at it, the end
does not), so a choice replaces exactly the hunk's text, even after typing elsewhere. Undo and
redo keep whole states (text, hunk places, choices, title): a choice is one step, a run of
typing is one step (merged), and undoing a choice makes the hunk open again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from memshadow_desktop.core.api import (
    HUNK_BODY,
    HUNK_DELETED,
    HUNK_TAG,
    HUNK_TITLE,
    MergedFields,
    MergeDocument,
    MergeSide,
)
from memshadow_desktop.qt.timefmt import long_time

EDITED = "edit"  # a hunk changed by hand


@dataclass(frozen=True)
class Snapshot:
    text: str
    ranges: dict[int, tuple[int, int]]  # body hunk -> (start, end) in text
    decisions: dict[int, str]  # hunk -> choice (or EDITED); absent: still open
    title: str


class _Step(QUndoCommand):
    """Between two states. ``typing`` steps in a row merge into one."""

    TYPING_ID = 1

    def __init__(self, model: MergeModel, before: Snapshot, after: Snapshot, typing: bool):
        super().__init__()
        self.model = model
        self.before = before
        self.after = after
        self.typing = typing
        self._first = True

    def id(self) -> int:
        return self.TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Step) or not (self.typing and other.typing):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the state is already there: the step was taken, then pushed
            self._first = False
            return
        self.model.restore(self.after)

    def undo(self) -> None:
        self.model.restore(self.before)


class MergeModel:
    """The result of one merge: body text with tracked hunks, choices, title."""

    def __init__(self, doc: MergeDocument) -> None:
        self.doc = doc
        self.text = QTextDocument()
        self.text.setDocumentLayout(QPlainTextDocumentLayout(self.text))
        self.text.setUndoRedoEnabled(False)  # the stack below keeps every step
        self.stack = QUndoStack()
        self.decisions: dict[int, str] = {
            h.number: h.default for h in doc.hunks if h.default is not None
        }
        self.title = self._start_title()
        self._cursors: dict[int, tuple[QTextCursor, QTextCursor]] = {}
        self._quiet = False
        self._typing_from: Snapshot | None = None
        text, ranges = self._start_body()
        self._load(text, ranges)
        self.text.contentsChange.connect(self._typed)

    # --- the starting state ------------------------------------------------------------------

    def _start_title(self) -> str:
        hunk = next((h for h in self.doc.hunks if h.kind == HUNK_TITLE), None)
        return hunk.mine if hunk else self.doc.title

    def _start_body(self) -> tuple[str, dict[int, tuple[int, int]]]:
        """Agreed text as it is; an open hunk shows this device's text until chosen."""
        parts: list[str] = []
        ranges: dict[int, tuple[int, int]] = {}
        at = 0
        for piece in self.doc.pieces:
            text = piece if isinstance(piece, str) else self.doc.hunk(piece).mine
            if isinstance(piece, int):
                ranges[piece] = (at, at + len(text))
            parts.append(text)
            at += len(text)
        return "".join(parts), ranges

    # --- reading -----------------------------------------------------------------------------

    def body(self) -> str:
        return self.text.toPlainText()

    def range_of(self, number: int) -> tuple[int, int] | None:
        pair = self._cursors.get(number)
        return (pair[0].position(), pair[1].position()) if pair else None

    def left(self) -> list[int]:
        return [h.number for h in self.doc.hunks if h.number not in self.decisions]

    def tags(self) -> list[str]:
        kept = set(self.doc.tags)
        for h in self.doc.hunks:
            chosen = self.decisions.get(h.number)
            if h.kind == HUNK_TAG and chosen is not None and h.text(chosen):
                kept.add(h.tag)
        return sorted(kept, key=str.casefold)

    def deleted(self) -> bool:
        for h in self.doc.hunks:
            if h.kind == HUNK_DELETED and h.number in self.decisions:
                return h.text(self.decisions[h.number]) == "deleted"
        return self.doc.mine.deleted and self.doc.theirs.deleted

    def result(self) -> MergedFields:
        return MergedFields(self.title.strip(), self.body(), self.tags(), self.deleted())

    def snapshot(self) -> Snapshot:
        ranges = {n: (a.position(), b.position()) for n, (a, b) in self._cursors.items()}
        return Snapshot(self.body(), ranges, dict(self.decisions), self.title)

    # --- changing ----------------------------------------------------------------------------

    def choose(self, number: int, choice: str) -> None:
        """Take ``choice`` for hunk ``number``: one undoable step."""
        hunk = self.doc.hunk(number)
        before = self.snapshot()
        self.decisions[number] = choice
        if hunk.kind == HUNK_BODY:
            self._replace(number, hunk.text(choice))
        elif hunk.kind == HUNK_TITLE:
            self.title = hunk.text(choice)
        self.stack.push(_Step(self, before, self.snapshot(), typing=False))

    def set_title(self, title: str) -> None:
        """The title typed by hand (a title hunk counts as edited)."""
        if title == self.title:
            return
        before = self.snapshot()
        self.title = title
        hunk = next((h for h in self.doc.hunks if h.kind == HUNK_TITLE), None)
        if hunk is not None:
            self.decisions[hunk.number] = EDITED
        self.stack.push(_Step(self, before, self.snapshot(), typing=True))

    def restore(self, state: Snapshot) -> None:
        self._load(state.text, state.ranges)
        self.decisions = dict(state.decisions)
        self.title = state.title

    def _load(self, text: str, ranges: dict[int, tuple[int, int]]) -> None:
        self._quiet = True
        try:
            self.text.setPlainText(text)
        finally:
            self._quiet = False
        self._cursors = {}
        for number, (start, end) in ranges.items():
            a = QTextCursor(self.text)
            a.setPosition(start)
            a.setKeepPositionOnInsert(True)
            b = QTextCursor(self.text)
            b.setPosition(end)
            self._cursors[number] = (a, b)
        self._typing_from = self.snapshot()

    def _replace(self, number: int, text: str) -> None:
        start, end = self._cursors[number]
        cursor = QTextCursor(self.text)
        cursor.setPosition(start.position())
        cursor.setPosition(end.position(), QTextCursor.MoveMode.KeepAnchor)
        self._quiet = True
        try:
            cursor.insertText(text)
        finally:
            self._quiet = False
        self._typing_from = None

    def _typed(self, position: int, removed: int, added: int) -> None:
        """The person typed in the result: the hunk typed in counts as edited by hand."""
        if self._quiet:
            return
        before = self._typing_from or self.snapshot()
        for number, (a, b) in self._cursors.items():
            if a.position() <= position <= b.position() and (removed or added):
                self.decisions[number] = EDITED
        after = self.snapshot()
        self._typing_from = after
        self.stack.push(_Step(self, before, after, typing=True))

    def end_typing(self) -> None:
        """The next typing is a step of its own (after a choice, a click elsewhere)."""
        self._typing_from = self.snapshot()


def marked_html(text: str, marks: list[tuple[int, int]], color: str) -> str:
    """``text`` as HTML with the word-level ``marks`` highlighted (pre-wrapped)."""
    out: list[str] = []
    at = 0
    for start, end in marks:
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="background-color:{color};">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    body = "".join(out) or "&nbsp;"
    return f'<div style="white-space: pre-wrap;">{body}</div>'


def side_name(side: MergeSide) -> str:
    """'Phone (this device), 3 Jun 14:05': never "local" or "remote" alone."""
    name = side.device_name or QCoreApplication.translate("MergeDialog", "device {0}").format(
        side.device_id[:8]
    )
    if side.this_device:
        name = QCoreApplication.translate("MergeDialog", "{0} (this device)").format(name)
    return f"{name}, {long_time(side.at, seconds=False)}"


class ResultEdit(QPlainTextEdit):
    """The result: undo and redo go to the dialog's stack (choices and typing alike)."""

    undoRequested = Signal()
    redoRequested = Signal()

    def keyPressEvent(self, event: object) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):  # type: ignore[attr-defined]
            self.undoRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):  # type: ignore[attr-defined]
            self.redoRequested.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def esc(text: str) -> str:
    return html.escape(text)


def version_text(side: MergeSide) -> str:
    lines = [QCoreApplication.translate("MergeDialog", "Title: {0}").format(side.title or "—")]
    lines.append(
        QCoreApplication.translate("MergeDialog", "Tags: {0}").format(", ".join(side.tags) or "—")
    )
    if side.deleted:
        lines.append(QCoreApplication.translate("MergeDialog", "(moved to the trash)"))
    return "\n".join(lines) + "\n\n" + side.body
