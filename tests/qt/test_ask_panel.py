"""The Ask panel: reached from the menu, the answer streams in on the GUI thread, Stop cancels,
sources are links that open the memory, and the answer can be saved as a memory."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction

from memshadow_desktop.core.api import AskState
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.ask_panel import AskPanel
from tests.core.ask.conftest import tiny_gguf_path
from tests.support.hash_embedder import HashEmbedder

NOTE = "zebracorn: git rebase -i HEAD~3 squashes the last three commits into one."
QUESTION = "zebracorn squash the last three commits git rebase"


@pytest.fixture
def asking(open_service: MemshadowService) -> str:
    open_service.search.use_embedder(HashEmbedder(dim=64))
    memory = open_service.memories.add(NOTE, title="Squash with rebase")
    open_service.models.generation.import_file(tiny_gguf_path(), name="smol")
    return memory.id


def _panel(window: Any) -> AskPanel:
    action = window.findChild(QAction, "askAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+A"
    action.trigger()
    panel = window.ask.panel
    assert isinstance(panel, AskPanel) and panel.isVisible()
    return panel


def test_an_answer_streams_in_with_links_and_is_saved(qtbot: Any, window: Any, asking: str) -> None:
    panel = _panel(window)
    seen_while_running: list[int] = []
    panel.text.textChanged.connect(lambda: seen_while_running.append(len(panel.pieces)))
    panel.input.setText(QUESTION)
    panel.ask_current()
    qtbot.waitUntil(lambda: panel.answer is not None, timeout=180_000)
    answer = panel.answer
    assert answer is not None and answer.state in (AskState.ANSWERED, AskState.NOT_FOUND)
    assert panel.pieces and len(set(seen_while_running)) > 2  # shown piece by piece
    assert f"memshadow://memory/{asking}" in panel.sources_view.toHtml()
    assert panel.figures.text() and "{" not in panel.figures.text()

    panel._on_link(QUrl(f"memshadow://memory/{asking}"))
    qtbot.waitUntil(
        lambda: window.editor.memory is not None and window.editor.memory.id == asking,
        timeout=10_000,
    )
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.state.text() == "Saved as a memory.", timeout=10_000)
    saved = [m for m in window.bridge.service.inner.memories.list() if m.source == "ask"]
    assert len(saved) == 1 and f"memshadow://memory/{asking}" in saved[0].body


def test_stop_cancels_a_running_answer(qtbot: Any, window: Any, asking: str) -> None:
    panel = _panel(window)
    panel.ask(QUESTION + " explain it at great length with every detail")
    qtbot.waitUntil(lambda: len(panel.pieces) >= 2, timeout=180_000)
    panel.stop()
    qtbot.waitUntil(lambda: panel.answer is not None, timeout=60_000)
    assert panel.answer is not None and panel.answer.state == AskState.CANCELLED
    assert panel.state.text() == "Stopped." and not panel.stop_button.isEnabled()


def test_a_question_the_notes_cannot_answer(qtbot: Any, window: Any, asking: str) -> None:
    panel = _panel(window)
    panel.ask("what is my dentist's phone number")
    qtbot.waitUntil(lambda: panel.answer is not None, timeout=60_000)
    assert panel.answer is not None and panel.answer.state == AskState.NOT_FOUND
    assert panel.pieces == [] and not panel.save_button.isEnabled()
    assert panel.text.toPlainText() == "Your notes do not seem to answer this."


def test_every_ask_code_has_words_in_the_window_and_the_cli(qapp: Any) -> None:
    from memshadow_desktop.cli.notices import describe_notice
    from memshadow_desktop.core.api import ASK_CODES, Notice
    from memshadow_desktop.qt.ask_words import ask_words

    for enum in ASK_CODES:
        for code in enum:
            notice = Notice(str(code), {})
            assert ask_words(notice), code
            assert describe_notice(notice) != str(code), code
