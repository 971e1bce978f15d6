"""Without an embedding model the window searches full text and says how to get more."""

from __future__ import annotations

from typing import Any

from tests.qt.conftest import titles, wait_idle


def test_no_model_full_text_with_a_hint(qtbot: Any, window: Any) -> None:
    wait_idle(qtbot, window)
    assert not window.session.available and window.session.engine is None
    assert window.engine_label.text() == "No embedding model"
    assert "full text" in window.index_label.text()
    qtbot.keyClicks(window.list_pane.search, "kubectl")
    qtbot.waitUntil(lambda: titles(window) == ["Kubernetes rollout"], timeout=15_000)
    wait_idle(qtbot, window)
    assert window.search_mode == "fts"
    assert "full text" in window.list_pane.summary.text()
    hint = window.list_pane.hint
    assert hint.isVisible() and "model" in hint.text()
    assert window.list_pane.model.entries()[0].score is not None
    window.list_pane.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 4, timeout=15_000)
    wait_idle(qtbot, window)
    assert not hint.isVisible()


def test_no_model_related_strip_explains_itself(qtbot: Any, window: Any) -> None:
    wait_idle(qtbot, window)
    related = window.editor.related
    qtbot.waitUntil(related.isVisible, timeout=15_000)
    assert "model" in related.message.text()
    assert related.items() == []
    assert not window.editor.suggestions.isVisible()
