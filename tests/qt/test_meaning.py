"""Search by meaning in the window: background indexing off the GUI thread, hybrid search as
you type, the related strip, tag suggestions, and the status bar (a tiny test embedder)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import PASSPHRASE
from tests.qt.conftest import make_vault, titles, wait_idle
from tests.support.hash_embedder import HashEmbedder

NOTES = [
    ("Docker volumes", "docker volume create data keeps container data between runs", ["docker"]),
    ("Docker logs", "docker logs -f follows the output of a running container", ["docker"]),
    ("Docker prune", "docker system prune removes stopped container images", ["docker"]),
    ("Git bisect", "git bisect finds the commit that broke the build", ["git"]),
    ("Git stash", "git stash keeps uncommitted changes aside for later", ["git"]),
    ("Git reflog", "git reflog shows where the branch head has been", ["git"]),
    ("Container networks", "a docker container joins a bridge network by default", []),
]


@pytest.fixture
def vault_paths(tmp_path: Path) -> AppPaths:
    return make_vault(tmp_path / "home", NOTES)


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder(dim=256, max_tokens=16)


@pytest.fixture
def open_service(vault_paths: AppPaths, embedder: HashEmbedder) -> Iterator[MemshadowService]:
    svc = MemshadowService.unlock(vault_paths, lambda: PASSPHRASE)
    svc.search.use_embedder(embedder)
    try:
        yield svc
    finally:
        svc.close()


def wait_indexed(qtbot: Any, win: Any, n: int) -> None:
    qtbot.waitUntil(lambda: f"{n} indexed" in win.index_label.text(), timeout=10_000)
    wait_idle(qtbot, win)


def open_titled(qtbot: Any, win: Any, title: str) -> str:
    memory_id = next(e.id for e in win.list_pane.model.entries() if e.title == title)
    assert win.list_pane.select(memory_id)
    qtbot.waitUntil(lambda: win.editor.memory is not None and win.editor.memory.id == memory_id)
    wait_idle(qtbot, win)
    return memory_id


def test_vault_opens_indexes_in_the_background_off_the_gui_thread(
    qtbot: Any, window: Any, embedder: HashEmbedder, open_service: MemshadowService
) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    assert window.session.available and window.session.engine is not None
    status = open_service.search.status()
    assert status is not None
    assert status.pending == 0 and status.indexed == len(NOTES)
    # Every embedding ran on a worker: the indexer thread embedded the vault.
    assert embedder.calls_by_thread
    assert threading.main_thread().name not in embedder.calls_by_thread
    assert "embedding-indexer" in embedder.calls_by_thread
    assert window.engine_label.text() == "hash-v1/256"
    assert not window.index_progress.isVisible()

    # A new memory is picked up by the indexer; the status bar follows.
    open_service.memories.add("docker compose up starts every service", title="Compose", tags=[])
    wait_indexed(qtbot, window, len(NOTES) + 1)


def test_status_bar_says_when_the_model_is_being_rebuilt(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    """Opening a model an older version built rebuilds it first (a minute or two): the status
    bar says so instead of looking stuck, then shows the index as usual."""
    from memshadow_desktop.core.api import MODEL_NOTICE, ModelStep

    wait_indexed(qtbot, window, len(NOTES))
    # As the core publishes it: a code and its parameters, put in words by the window.
    params = {"model": "x", "build": 1, "current_build": 2, "source": "/src/x"}
    open_service.events.publish(MODEL_NOTICE, code=ModelStep.REBUILD_OUTDATED, params=params)
    qtbot.waitUntil(lambda: "Updating the embedding model" in window.index_label.text())
    tip = window.index_label.toolTip()
    assert "older version" in tip and "/src/x" in tip and "rebuild_outdated" not in tip
    open_service.memories.add("docker compose up starts every service", title="Compose", tags=[])
    wait_indexed(qtbot, window, len(NOTES) + 1)


def test_hybrid_search_as_you_type_shows_mode_and_scores(qtbot: Any, window: Any) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    qtbot.keyClicks(window.list_pane.search, "container data")
    qtbot.waitUntil(lambda: window.search_mode == "hybrid", timeout=15_000)
    wait_idle(qtbot, window)
    entries = window.list_pane.model.entries()
    assert entries and entries[0].title == "Docker volumes"
    assert all(e.score is not None for e in entries)
    assert [e.score for e in entries] == sorted((e.score for e in entries), reverse=True)
    assert "hybrid" in window.list_pane.summary.text()
    assert "meaning" in entries[0].why
    assert "\x02" in entries[0].preview  # a full-text snippet keeps its highlight markers
    assert not window.list_pane.hint.isVisible()


def test_related_strip_opens_a_memory_close_in_meaning(qtbot: Any, window: Any) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    open_titled(qtbot, window, "Container networks")
    related = window.editor.related
    qtbot.waitUntil(lambda: bool(related.items()), timeout=15_000)
    assert related.isVisible()
    assert {i.title for i in related.items()} & {"Docker volumes", "Docker logs", "Docker prune"}
    assert "Container networks" not in {i.title for i in related.items()}
    target = related.items()[0]
    button = related.buttons()[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.editor.memory is not None and window.editor.memory.id == target.id,
        timeout=15_000,
    )
    wait_idle(qtbot, window)
    assert window.list_pane.current_id() == target.id


def test_related_opens_a_memory_outside_the_filtered_list(qtbot: Any, window: Any) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    open_titled(qtbot, window, "Container networks")
    related = window.editor.related
    qtbot.waitUntil(lambda: bool(related.items()), timeout=15_000)
    target = related.items()[0]
    # The list shows only the open memory (as a narrow search would).
    shown = [e for e in window.list_pane.model.entries() if e.title == "Container networks"]
    window.list_pane.set_entries(shown, keep=shown[0].id)
    window.open_related(target.id)
    qtbot.waitUntil(
        lambda: window.editor.memory is not None and window.editor.memory.id == target.id,
        timeout=15_000,
    )
    wait_idle(qtbot, window)
    assert window.list_pane.current_id() == ""


def test_tag_suggestion_chip_adds_the_tag_and_save_keeps_it(
    qtbot: Any, window: Any, open_service: MemshadowService
) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    memory_id = open_titled(qtbot, window, "Container networks")
    chips = window.editor.suggestions
    qtbot.waitUntil(lambda: "docker" in chips.tags(), timeout=15_000)
    assert chips.isVisible()
    assert chips.tags()[0] == "docker"
    chip = chips.chip_for("docker")
    assert chip is not None and "%" in chip.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert "docker" in window.editor.tags.text()
    assert window.editor.dirty
    assert "docker" not in chips.tags()
    window.save_action.trigger()
    qtbot.waitUntil(lambda: "docker" in open_service.memories.get(memory_id).tags, timeout=15_000)
    wait_idle(qtbot, window)


def test_trash_view_hides_related_and_suggestions(qtbot: Any, window: Any) -> None:
    wait_indexed(qtbot, window, len(NOTES))
    open_titled(qtbot, window, "Container networks")
    qtbot.waitUntil(lambda: window.editor.related.isVisible(), timeout=15_000)
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: "Container networks" not in titles(window), timeout=15_000)
    wait_idle(qtbot, window)
    qtbot.mouseClick(window.list_pane.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.editor.memory is not None and window.editor.memory.deleted, timeout=15_000
    )
    wait_idle(qtbot, window)
    assert not window.editor.related.isVisible()
    assert not window.editor.suggestions.isVisible()


def test_list_roles_never_answer_none() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None whenever an invalid QVariant is
    read back (QModelIndex.data); repeated in every paint it aborts the process."""
    from memshadow_desktop.qt.memory_list import (
        Entry,
        IdRole,
        MemoryListModel,
        PinnedRole,
        PreviewRole,
        ScoreRole,
        TagsRole,
        UpdatedRole,
    )

    model = MemoryListModel()
    model.set_entries([Entry("id", "", "", (), "", False)])
    index = model.index(0)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        IdRole,
        UpdatedRole,
        TagsRole,
        PreviewRole,
        PinnedRole,
        ScoreRole,
    ):
        assert model.data(index, role) is not None, role
