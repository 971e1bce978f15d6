"""The Ask panel: a question answered from the vault's notes, streamed as it is generated,
with the notes it used as links that open them, and "Save as memory".

The answer is generated on a worker thread (``TaskRunner.call``); each piece of text and the
sources come back to the GUI thread through ``TaskRunner.relay``, in order. Stop (or Escape, or
a new question) sets the cancel event, which the generator hears within a token, or within a
batch of the prompt before the first token. The question and the answer live only in this
panel's widgets until the user saves the answer as a memory.

The window reaches it through :func:`install` (a menu, Ctrl+Shift+A), one call in
``MainWindow``; ``memshadow-desktop --screenshot FILE --ask QUESTION`` renders it answered.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from memshadow_desktop.core.api import Answer, AskState, MemshadowError, Source
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.ask_words import backend_line, figures_line, state_words
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.messages import describe_error

LINK_SCHEME = "memshadow"
ASK_KEY = "ask"


def memory_url(memory_id: str) -> str:
    return f"{LINK_SCHEME}://memory/{memory_id}"


class AskPanel(QWidget):
    """Ask a question; read the answer as it comes; open its sources; save it."""

    def __init__(
        self,
        service: MemshadowService,
        *,
        open_memory: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.svc = service
        self.open_memory = open_memory
        self.tasks = TaskRunner(self, report=self._show_error)
        self.cancel: threading.Event | None = None
        self.answer: Answer | None = None
        self.question = ""
        self.pieces: list[str] = []
        self.sources: list[Source] = []
        self.setObjectName("askPanel")
        self.setWindowTitle(self.tr("Ask my memories"))
        self.resize(760, 560)

        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Ask a question about your notes…"))
        self.input.returnPressed.connect(self.ask_current)
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_button.clicked.connect(self.ask_current)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.ask_button)
        row.addWidget(self.stop_button)

        self.state = QLabel()
        self.state.setObjectName("askState")
        self.text = QTextBrowser()
        self.text.setObjectName("askAnswer")
        self.text.setOpenLinks(False)
        self.sources_label = QLabel(self.tr("Sources"))
        self.sources_view = QTextBrowser()
        self.sources_view.setObjectName("askSources")
        self.sources_view.setOpenLinks(False)
        self.sources_view.setMaximumHeight(150)
        self.sources_view.anchorClicked.connect(self._on_link)
        self.figures = QLabel()
        self.figures.setObjectName("askFigures")
        self.figures.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as memory"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.figures, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources_view, 1)
        layout.addLayout(bottom)

        stop = QAction(self)
        stop.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        stop.triggered.connect(self.stop)
        self.addAction(stop)

    # --- asking -------------------------------------------------------------------------------

    def ask_current(self) -> None:
        question = " ".join(self.input.text().split())
        if question:
            self.ask(question)

    def ask(self, question: str) -> None:
        """Start answering ``question`` (a running answer is cancelled first)."""
        self.tasks.spawn(self.run(question), key=ASK_KEY)

    async def run(self, question: str) -> Answer | None:
        self.stop()
        cancel = threading.Event()
        self.cancel = cancel
        self.question = question
        self.input.setText(question)
        self.answer = None
        self.pieces = []
        self.sources = []
        self.text.clear()
        self.sources_view.clear()
        self.figures.clear()
        self.save_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.state.setText(self.tr("Looking through your notes…"))
        try:
            result = await self.tasks.call(
                self.svc.ask.answer,
                question,
                on_sources=self.tasks.relay(self._show_sources),
                on_token=self.tasks.relay(self._append),
                cancel=cancel,
            )
        except MemshadowError as exc:
            self._show_error(exc)
            return None
        finally:
            if self.cancel is cancel:
                self.stop_button.setEnabled(False)
        await self.tasks.call(lambda: None)  # the relayed pieces are all delivered by now
        if cancel is not self.cancel:  # a newer question took over
            return None
        self._show_result(result)
        return result

    def stop(self) -> None:
        if self.cancel is not None:
            self.cancel.set()

    # --- what comes back (GUI thread) ---------------------------------------------------------

    def _show_sources(self, sources: list[Source]) -> None:
        self.sources = list(sources)
        if sources:
            self.state.setText(self.tr("Answering from %n note(s)…", "", len(sources)))
        self._render_sources()

    def _append(self, piece: str) -> None:
        self.pieces.append(piece)
        self.text.setPlainText("".join(self.pieces))
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _show_result(self, result: Answer) -> None:
        self.answer = result
        self.sources = list(result.sources)
        self.state.setText(state_words(result))
        if result.text and (result.sources or result.state != AskState.NOT_FOUND):
            self.text.setPlainText(result.text)
        elif result.state == AskState.NOT_FOUND:
            self.text.setPlainText(self.tr("Your notes do not seem to answer this."))
        self._render_sources()
        parts = [p for p in (backend_line(result.generator), figures_line(result)) if p]
        self.figures.setText("\n".join(parts))
        self.save_button.setEnabled(bool(result.text.strip()) and bool(result.sources))

    def _render_sources(self) -> None:
        if not self.sources:
            self.sources_view.setHtml(html.escape(self.tr("No note was close enough to use.")))
            return
        rows = []
        for s in self.sources:
            title = html.escape(s.title or self.tr("(untitled)"))
            # Not inside the f-string: lupdate does not read a tr() call there.
            cited = html.escape(self.tr("cited"))
            mark = f" <b>{cited}</b>" if s.cited else ""
            rows.append(f'[{s.n}] <a href="{memory_url(s.memory_id)}">{title}</a>{mark}')
        self.sources_view.setHtml("<br>".join(rows))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.host() == "memory":
            self.open_memory(url.path().lstrip("/"))

    def _show_error(self, exc: BaseException) -> None:
        self.state.setText(describe_error(exc))

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self.answer is not None:
            self.tasks.spawn(self._save(self.question, self.answer), key="save")

    async def _save(self, question: str, answer: Answer) -> None:
        memory = await self.tasks.call(self.svc.ask.save, question, answer)
        self.save_button.setEnabled(False)
        self.state.setText(self.tr("Saved as a memory."))
        self.open_memory(memory.id)

    async def wait_idle(self) -> None:
        await self.tasks.wait_idle()


# --- the window's hook ------------------------------------------------------------------------


class AskHook:
    """The window's way to the panel: made on first use, kept while the window lives. The
    window hands in what the panel needs (the service, how to open a memory), so this module
    knows nothing of the window's class."""

    def __init__(
        self, window: QMainWindow, service: MemshadowService, open_memory: Callable[[str], None]
    ) -> None:
        self._window = window
        self._service = service
        self._open_memory = open_memory
        self.panel: AskPanel | None = None

    def open(self) -> AskPanel:
        if self.panel is None:
            self.panel = AskPanel(self._service, open_memory=self._show, parent=self._window)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        self.panel.input.setFocus()
        return self.panel

    def _show(self, memory_id: str) -> None:
        self._open_memory(memory_id)
        self._window.raise_()
        self._window.activateWindow()

    async def screenshot(self, question: str) -> AskPanel:
        """The panel with ``question`` answered (for ``--screenshot FILE --ask QUESTION``)."""
        panel = self.open()
        await panel.run(question)
        await panel.wait_idle()
        return panel


def install(
    window: QMainWindow, service: MemshadowService, open_memory: Callable[[str], None]
) -> AskHook:
    """Add "Ask my memories…" (Ctrl+Shift+A) to the window's menu bar."""
    hook = AskHook(window, service, open_memory)
    action = QAction(QCoreApplication.translate("MainWindow", "Ask my memories…"), window)
    action.setObjectName("askAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    action.triggered.connect(hook.open)
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Ask"))
    menu.addAction(action)
    window.addAction(action)
    return hook
