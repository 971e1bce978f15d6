"""The three-way merge dialog for one conflict.

Top: the three versions side by side, each named by device and time (the ancestor can be
hidden). Middle: the current hunk, both sides with the words that differ highlighted, and the
choices (Keep Mine, Keep Theirs, Keep Both either way round, or edit the result by hand), with
a counter of hunks left and Previous/Next. Bottom: the result, editable, with every change that
did not conflict already in it, and a rendered preview. Finish writes one revision; if the
memory changed meanwhile it refuses and offers to reload. Keyboard: Alt+Down/Alt+Up next and
previous hunk, Ctrl+1..4 the four choices, Ctrl+Z/Ctrl+Shift+Z undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import (
    BOTH_MINE_FIRST,
    BOTH_THEIRS_FIRST,
    HUNK_BODY,
    HUNK_DELETED,
    HUNK_TAG,
    HUNK_TITLE,
    ConflictError,
    Hunk,
    MergeDocument,
)
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
from memshadow_desktop.qt.merge_state import (
    MergeModel,
    ResultEdit,
    esc,
    marked_html,
    side_name,
    version_text,
)
from memshadow_desktop.qt.messages import describe_error
from memshadow_desktop.qt.style import mute

MINE_COLOR, THEIRS_COLOR, OPEN_COLOR = "#cfe3ff", "#ffd9b3", "#fff3b0"


class MergeDialog(QDialog):
    resolved = Signal(str)  # memory id

    def __init__(self, bridge: ServiceBridge, conflict_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Resolve a conflict — MEMSHADOW"))
        self.resize(1180, 820)
        self.svc: MemshadowService = bridge.service
        self.conflict_id = conflict_id
        self.tasks = TaskRunner(self, report=self._show_error)
        self.model: MergeModel | None = None
        self.current = 0  # index into the document's hunks
        self._build()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("mergeHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.show_base = QCheckBox(self.tr("Show the common ancestor"))
        self.show_base.setChecked(True)
        layout.addWidget(self.show_base)
        sources = QSplitter(Qt.Orientation.Horizontal)
        self.base_box, self.base_view = self._source(sources)
        self.show_base.toggled.connect(self.base_box.setVisible)
        self.mine_box, self.mine_view = self._source(sources)
        self.theirs_box, self.theirs_view = self._source(sources)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(sources)
        split.addWidget(self._hunk_panel())
        split.addWidget(self._result_panel())
        split.setSizes([220, 250, 330])
        layout.addWidget(split, 1)
        self.notice = QLabel()
        self.notice.setObjectName("mergeNotice")
        self.notice.setWordWrap(True)
        mute(self.notice)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.notice, 1)
        note_row.addWidget(self.reload_button)
        layout.addLayout(note_row)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.separate_button = QPushButton(self.tr("Keep Both as Separate Memories"))
        self.separate_button.clicked.connect(self.keep_separate)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setObjectName("mergeFinish")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for w in (self.undo_button, self.redo_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        for w in (self.separate_button, cancel, self.finish_button):
            buttons.addWidget(w)
        layout.addLayout(buttons)
        self._shortcuts()

    def _source(self, parent: QSplitter) -> tuple[QGroupBox, QTextEdit]:
        box = QGroupBox()
        view = QTextEdit()
        view.setReadOnly(True)
        QVBoxLayout(box).addWidget(view)
        parent.addWidget(box)
        return box, view

    def _hunk_panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Conflicting change"))
        col = QVBoxLayout(panel)
        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("mergeCounter")
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous conflicting change (Alt+Up)"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next conflicting change (Alt+Down)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        row.addWidget(self.counter, 1)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        col.addLayout(row)
        sides = QHBoxLayout()
        self.hunk_mine_label, self.hunk_mine = self._hunk_side(sides)
        self.hunk_theirs_label, self.hunk_theirs = self._hunk_side(sides)
        col.addLayout(sides, 1)
        choices = QHBoxLayout()
        self.mine_button = self._choice(choices, "mine", "Ctrl+1")
        self.theirs_button = self._choice(choices, "theirs", "Ctrl+2")
        self.both_mine_button = self._choice(choices, BOTH_MINE_FIRST, "Ctrl+3")
        self.both_theirs_button = self._choice(choices, BOTH_THEIRS_FIRST, "Ctrl+4")
        self.edit_button = QPushButton(self.tr("Edit by Hand"))
        self.edit_button.setToolTip(self.tr("Change this part in the result below"))
        self.edit_button.clicked.connect(self.edit_by_hand)
        choices.addWidget(self.edit_button)
        choices.addStretch(1)
        col.addLayout(choices)
        return panel

    def _hunk_side(self, row: QHBoxLayout) -> tuple[QLabel, QTextBrowser]:
        col = QVBoxLayout()
        label = QLabel()
        label.setWordWrap(True)
        view = QTextBrowser()
        col.addWidget(label)
        col.addWidget(view, 1)
        row.addLayout(col, 1)
        return label, view

    def _choice(self, row: QHBoxLayout, choice: str, keys: str) -> QPushButton:
        button = QPushButton()
        button.setToolTip(keys)
        button.clicked.connect(lambda: self.choose(choice))
        row.addWidget(button)
        self._key(QKeySequence(keys), lambda: self.choose(choice))
        return button

    def _key(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.activated.connect(slot)

    def _result_panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Result"))
        col = QVBoxLayout(panel)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Title:")))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("mergeTitle")
        self.title_edit.textEdited.connect(self._title_typed)
        title_row.addWidget(self.title_edit, 1)
        col.addLayout(title_row)
        self.tags_line = QLabel()
        self.tags_line.setWordWrap(True)
        col.addWidget(self.tags_line)
        self.tabs = QTabWidget()
        self.result_edit = ResultEdit()
        self.result_edit.setObjectName("mergeResult")
        self.result_edit.undoRequested.connect(self.undo)
        self.result_edit.redoRequested.connect(self.redo)
        self.preview = QTextBrowser()
        self.preview.setObjectName("mergePreview")
        self.tabs.addTab(self.result_edit, self.tr("Text (editable)"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_preview())
        col.addWidget(self.tabs, 1)
        return panel

    def _shortcuts(self) -> None:
        self._key(QKeySequence("Alt+Down"), lambda: self.go(1))
        self._key(QKeySequence("Alt+Up"), lambda: self.go(-1))
        self._key(QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self._key(QKeySequence(QKeySequence.StandardKey.Redo), self.redo)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)

    # --- loading -----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.tasks.busy()

    def done(self, result: int) -> None:
        self.tasks.cancel_all()  # nothing may land in a closed dialog
        super().done(result)

    def reload(self) -> None:
        self.tasks.spawn(self.load(), key="load")

    async def load(self) -> None:
        doc = await self.tasks.call(self.svc.conflicts.document, self.conflict_id)
        self.set_document(doc)

    def set_document(self, doc: MergeDocument) -> None:
        previous = self.model  # alive until the editor shows the new document
        self.model = MergeModel(doc)
        self.result_edit.setDocument(self.model.text)
        del previous
        self.model.text.contentsChanged.connect(self._refresh)
        self.notice.clear()
        self.reload_button.hide()
        title = doc.mine.title or doc.theirs.title or self.tr("(untitled)")
        what = (
            self.tr("Edited on one device and deleted on another.")
            if doc.kind == "edit_delete"
            else self.tr("Both devices changed the same part.")
        )
        self.heading.setText(
            self.tr(
                "<b>{0}</b> — {1} Changes that did not collide are already in the result; "
                "choose for each conflicting change below."
            ).format(esc(title), what)
        )
        self.base_box.setTitle(
            self.tr("Common ancestor — {0}").format(side_name(doc.base))
            if doc.base
            else self.tr("Common ancestor — none (no shared version)")
        )
        self.mine_box.setTitle(self.tr("Mine — {0}").format(side_name(doc.mine)))
        self.theirs_box.setTitle(self.tr("Theirs — {0}").format(side_name(doc.theirs)))
        self.base_view.setPlainText(version_text(doc.base) if doc.base else "")
        self.mine_view.setPlainText(version_text(doc.mine))
        self.theirs_view.setPlainText(version_text(doc.theirs))
        self.current = next(iter(range(len(doc.hunks))), 0)
        self._refresh()

    # --- actions -----------------------------------------------------------------------------

    def hunk(self) -> Hunk | None:
        if self.model is None or not self.model.doc.hunks:
            return None
        return self.model.doc.hunks[self.current]

    def go(self, step: int) -> None:
        if self.model is None or not self.model.doc.hunks:
            return
        self.current = (self.current + step) % len(self.model.doc.hunks)
        self._refresh()
        self._scroll_to_hunk()

    def choose(self, choice: str) -> None:
        hunk = self.hunk()
        if self.model is None or hunk is None:
            return
        if hunk.kind in (HUNK_TAG, HUNK_DELETED) and choice not in ("mine", "theirs"):
            return
        self.model.choose(hunk.number, choice)
        self._refresh()
        left = self.model.left()
        if left:  # on to the next open one
            later = [i for i, h in enumerate(self.model.doc.hunks) if h.number in left]
            self.current = next((i for i in later if i > self.current), later[0])
            self._refresh()
            self._scroll_to_hunk()

    def edit_by_hand(self) -> None:
        hunk = self.hunk()
        if hunk is not None and hunk.kind == HUNK_TITLE:
            self.title_edit.setFocus()
            return
        self.tabs.setCurrentWidget(self.result_edit)
        self._scroll_to_hunk(select=True)
        self.result_edit.setFocus()

    def undo(self) -> None:
        if self.model is not None:
            self.model.stack.undo()
            self._refresh()

    def redo(self) -> None:
        if self.model is not None:
            self.model.stack.redo()
            self._refresh()

    def _title_typed(self, text: str) -> None:
        if self.model is not None:
            self.model.set_title(text)
            self._refresh()

    def finish(self) -> None:
        if self.model is not None and not self.model.left():
            self.tasks.spawn(self._finish(), key="finish")

    async def _finish(self) -> None:
        assert self.model is not None
        doc = self.model.doc
        self.notice.clear()
        try:
            out = await self.tasks.call(
                self.svc.conflicts.finish,
                self.conflict_id,
                self.model.result(),
                expected_head=doc.head_rev,
            )
        except ConflictError as exc:
            if exc.reason != "memory_changed":
                raise
            self.notice.setText(
                self.tr(
                    "This memory changed while the dialog was open, so nothing was written. "
                    "Reload to merge against the new version (your choices here are dropped)."
                )
            )
            self.reload_button.show()
            return
        self.resolved.emit(out.memory_id)
        self.accept()

    def keep_separate(self) -> None:
        if self.model is not None:
            self.tasks.spawn(self._keep_separate(), key="finish")

    async def _keep_separate(self) -> None:
        assert self.model is not None
        out = await self.tasks.call(
            self.svc.conflicts.resolve,
            self.conflict_id,
            "both",
            expected_head=self.model.doc.head_rev,
        )
        self.resolved.emit(out.memory_id)
        self.accept()

    # --- showing -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        model = self.model
        if model is None:
            return
        doc = model.doc
        total, left = len(doc.hunks), len(model.left())
        hunk = self.hunk()
        if hunk is None:
            self.counter.setText(self.tr("No conflicting changes: finish to keep the result."))
        else:
            self.counter.setText(
                self.tr("Change {0} of {1}: {2}. Still to choose: {3}.").format(
                    self.current + 1, total, self._kind_name(hunk), left
                )
            )
        self._show_hunk(hunk)
        if self.title_edit.text() != model.title:
            self.title_edit.setText(model.title)
        self.tags_line.setText(self._tags_text())
        self.finish_button.setEnabled(left == 0)
        self.finish_button.setToolTip(
            "" if left == 0 else self.tr("Choose for every conflicting change first")
        )
        self.undo_button.setEnabled(model.stack.canUndo())
        self.redo_button.setEnabled(model.stack.canRedo())
        self.prev_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)
        self._mark_hunks()
        self._mark_sources(hunk)
        if self.tabs.currentWidget() is self.preview:
            self._refresh_preview()

    def _kind_name(self, hunk: Hunk) -> str:
        if hunk.kind == HUNK_TITLE:
            return self.tr("title")
        if hunk.kind == HUNK_TAG:
            return self.tr("tag “{0}”").format(hunk.tag)
        if hunk.kind == HUNK_DELETED:
            return self.tr("deleted or kept")
        return self.tr("text")

    def _show_hunk(self, hunk: Hunk | None) -> None:
        model = self.model
        assert model is not None
        doc = model.doc
        self.hunk_mine_label.setText(self.tr("Mine — {0}").format(side_name(doc.mine)))
        self.hunk_theirs_label.setText(self.tr("Theirs — {0}").format(side_name(doc.theirs)))
        buttons = (
            self.mine_button,
            self.theirs_button,
            self.both_mine_button,
            self.both_theirs_button,
            self.edit_button,
        )
        if hunk is None:
            self.hunk_mine.clear()
            self.hunk_theirs.clear()
            for b in buttons:
                b.setEnabled(False)
            return
        for b in buttons:
            b.setEnabled(True)
        simple = hunk.kind in (HUNK_TAG, HUNK_DELETED)
        for b in (self.both_mine_button, self.both_theirs_button, self.edit_button):
            b.setVisible(not simple)
        self.mine_button.setText(self.tr("Keep Mine"))
        self.theirs_button.setText(self.tr("Keep Theirs"))
        self.both_mine_button.setText(self.tr("Keep Both, Mine First"))
        self.both_theirs_button.setText(self.tr("Keep Both, Theirs First"))
        if hunk.kind == HUNK_TAG:
            self.mine_button.setText(
                self.tr("Keep the Tag") if hunk.mine else self.tr("Remove the Tag")
            )
            self.theirs_button.setText(
                self.tr("Keep the Tag") if hunk.theirs else self.tr("Remove the Tag")
            )
            self.hunk_mine.setHtml(self._tag_side(hunk.mine, hunk.tag))
            self.hunk_theirs.setHtml(self._tag_side(hunk.theirs, hunk.tag))
        elif hunk.kind == HUNK_DELETED:
            restore, delete = self.tr("Restore with the Edit"), self.tr("Keep Deleted")
            self.mine_button.setText(restore if hunk.mine == "kept" else delete)
            self.theirs_button.setText(restore if hunk.theirs == "kept" else delete)
            self.hunk_mine.setHtml(self._deleted_side(hunk.mine))
            self.hunk_theirs.setHtml(self._deleted_side(hunk.theirs))
        else:
            self.hunk_mine.setHtml(marked_html(hunk.mine, hunk.mine_marks, MINE_COLOR))
            self.hunk_theirs.setHtml(marked_html(hunk.theirs, hunk.theirs_marks, THEIRS_COLOR))
        chosen = model.decisions.get(hunk.number)
        for b, choice in (
            (self.mine_button, "mine"),
            (self.theirs_button, "theirs"),
            (self.both_mine_button, BOTH_MINE_FIRST),
            (self.both_theirs_button, BOTH_THEIRS_FIRST),
            (self.edit_button, "edit"),
        ):
            font = b.font()
            font.setBold(chosen == choice)
            b.setFont(font)

    def _tag_side(self, kept: str, tag: str) -> str:
        words = self.tr("keeps the tag “{0}”") if kept else self.tr("removed the tag “{0}”")
        return f"<p>{esc(words.format(tag))}</p>"

    def _deleted_side(self, state: str) -> str:
        words = self.tr("moved it to the trash") if state == "deleted" else self.tr("edited it")
        return f"<p>{esc(words)}</p>"

    def _tags_text(self) -> str:
        assert self.model is not None
        tags = self.model.tags()
        line = self.tr("Tags: {0}").format(", ".join(tags) if tags else self.tr("none"))
        questioned = [h.tag for h in self.model.doc.hunks if h.kind == HUNK_TAG]
        if questioned:
            line += " — " + self.tr(
                "removed on one device, kept on the other: {0} (kept unless you remove them)"
            ).format(", ".join(questioned))
        if self.model.deleted():
            line += " — " + self.tr("the memory stays in the trash")
        return line

    def _mark_hunks(self) -> None:
        """Colour the hunks in the result: the current one stronger, open ones yellow."""
        model = self.model
        assert model is not None
        selections = []
        for h in model.doc.hunks:
            if h.kind != HUNK_BODY:
                continue
            where = model.range_of(h.number)
            if where is None or where[0] == where[1]:
                continue
            fmt = QTextCharFormat()
            is_open = h.number not in model.decisions
            color = QColor(OPEN_COLOR if is_open else "#e3f4e1")
            if self.hunk() is h:
                color = color.darker(115)
            fmt.setBackground(color)
            cursor = QTextCursor(model.text)
            cursor.setPosition(where[0])
            cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.result_edit.setExtraSelections(selections)

    def _mark_sources(self, hunk: Hunk | None) -> None:
        """Show the current change in the three versions: found, coloured, scrolled to."""
        views = (
            (self.base_view, hunk.base if hunk else "", OPEN_COLOR),
            (self.mine_view, hunk.mine if hunk else "", MINE_COLOR),
            (self.theirs_view, hunk.theirs if hunk else "", THEIRS_COLOR),
        )
        for view, text, color in views:
            found = view.toPlainText().find(text) if hunk and text.strip() else -1
            if hunk is None or hunk.kind != HUNK_BODY or found < 0:
                view.setExtraSelections([])
                continue
            cursor = QTextCursor(view.document())
            cursor.setPosition(found)
            cursor.setPosition(found + len(text), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(color))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            view.setExtraSelections([sel])
            shown = QTextCursor(view.document())
            shown.setPosition(found + len(text))
            view.setTextCursor(shown)
            view.ensureCursorVisible()
            shown.setPosition(found)
            view.setTextCursor(shown)
            view.ensureCursorVisible()

    def _scroll_to_hunk(self, *, select: bool = False) -> None:
        hunk = self.hunk()
        if self.model is None or hunk is None or hunk.kind != HUNK_BODY:
            return
        where = self.model.range_of(hunk.number)
        if where is None:
            return
        cursor = QTextCursor(self.model.text)
        cursor.setPosition(where[0])
        if select:
            cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        self.result_edit.setTextCursor(cursor)
        self.result_edit.ensureCursorVisible()
        self.model.end_typing()

    def _refresh_preview(self) -> None:
        if self.model is None:
            return
        result = self.model.result()
        self.preview.setMarkdown(
            f"# {result.title}\n\n{result.body}" if result.title else result.body
        )

    def _show_error(self, exc: BaseException) -> None:
        self.notice.setText(describe_error(exc))
