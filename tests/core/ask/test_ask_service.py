"""``service.ask`` and ``memshadow ask`` with the tiny model: streamed answers with sources,
not found, saving an answer as a memory, the dashboard's figures, and nothing on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.api.ask import AskState
from memshadow_desktop.core.paths import AppPaths
from tests.conftest import Cli
from tests.support.hash_embedder import HashEmbedder

QUESTION = "zebracorn how do I squash the last three commits with git rebase"
NOTES = {
    "Squash commits": "zebracorn: git rebase -i HEAD~3 squashes the last three commits.",
    "Stash": "git stash keeps unfinished work aside; git stash pop brings it back.",
}


@pytest.fixture
def asking(service: Any, paths: AppPaths, tiny_gguf: Path) -> Any:
    service.search.use_embedder(HashEmbedder(dim=64))
    for title, body in NOTES.items():
        service.memories.add(body, title=title)
    service.models.generation.import_file(tiny_gguf, name="smol")
    return service


def test_an_answer_streams_with_its_sources_and_can_be_saved(asking: Any, paths: AppPaths) -> None:
    pieces: list[str] = []
    shown: list[Any] = []
    result = asking.ask.answer(
        QUESTION, max_tokens=24, on_sources=shown.append, on_token=pieces.append
    )
    assert result.state in (AskState.ANSWERED, AskState.NOT_FOUND)
    assert pieces and result.text == "".join(pieces).strip()
    assert shown and shown[0][0].title == "Squash commits"
    assert result.sources[0].title == "Squash commits" and result.generator is not None
    assert result.stats is not None and result.stats.generated_tokens <= 24

    saved = asking.ask.save(QUESTION, result)
    assert f"memshadow://memory/{result.sources[0].memory_id}" in saved.body
    assert saved.source == "ask" and "answer" in saved.tags

    status = asking.hardware.generator()
    assert status.model == "smol" and status.backend == "llama.cpp" and status.device == "cpu"
    assert status.answers >= 1 and status.tokens_per_s

    # Nothing of the question or the answer lies in a file but the encrypted vault.
    words = [b"zebracorn", result.text.split()[0].encode()] if result.text else [b"zebracorn"]
    home = paths.data_dir.parent
    for f in home.rglob("*"):
        if f.is_file() and f.suffix not in (".gguf",) and "models" not in f.parts:
            data = f.read_bytes()
            assert b"zebracorn" not in data, f
    assert words


def test_a_question_the_notes_cannot_answer_is_not_found(asking: Any) -> None:
    pieces: list[str] = []
    result = asking.ask.answer("what is my dentist's phone number", on_token=pieces.append)
    assert result.state == AskState.NOT_FOUND and result.sources == [] and pieces == []


def test_an_empty_vault_says_so(service: Any, tiny_gguf: Path) -> None:
    service.models.generation.import_file(tiny_gguf, name="smol")
    assert service.ask.answer("anything?").state == AskState.EMPTY_VAULT


def test_the_command_line(vault_cli: Cli, tiny_gguf: Path) -> None:
    assert vault_cli("ask", "squash?").out.startswith("The vault holds no memories")
    assert vault_cli("add", "--title", "Squash", NOTES["Squash commits"]).code == 0
    none = vault_cli("ask", "zebracorn squash commits rebase")
    assert none.code != 0 and len(none.err.strip().splitlines()) == 1
    assert "no generation model" in none.err
    empty = vault_cli("ask", "  ")
    assert empty.code == 8 and len(empty.err.strip().splitlines()) == 1
    assert vault_cli("models", "import", str(tiny_gguf), "--name", "smol").code == 0
    listed = vault_cli("models")
    assert "Generation models (ask):" in listed.out and "smol" in listed.out
    out = vault_cli("ask", "zebracorn squash commits rebase", "--max-tokens", "16", "--json")
    assert out.code == 0, out.err
    data = out.json()
    assert data["state"] in ("answered", "not_found") and data["sources"][0]["title"] == "Squash"
    assert data["generator"]["backend"] == "llama.cpp" and data["stats"]["generated_tokens"] <= 16
    text = vault_cli("ask", "zebracorn squash commits rebase", "--max-tokens", "8")
    assert text.code == 0 and "Sources:" in text.out and "[1] Squash" in text.out
