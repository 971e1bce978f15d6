"""The answer pipeline without a model: relevance gate, context budget, prompt shape (a fixed
prefix for the cache), citations and attribution, not-found without generating, cancel."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest

from memshadow_desktop.core.api.ask import AskState, GenerationStats, GeneratorInfo
from memshadow_desktop.core.api.memories import Fields, Memory
from memshadow_desktop.core.api.search import Hit
from memshadow_desktop.core.ask import answer as ask
from memshadow_desktop.core.errors import InvalidInputError


def _memory(mid: str, title: str, body: str) -> Memory:
    stamp = "2026-01-01T00:00:00Z"
    return Memory(mid, Fields(title, body, [], None), stamp, stamp, "r", "h", "c")


def _hit(
    mid: str, cosine: float | None, body: str = "git rebase -i HEAD~3 squashes commits"
) -> Hit:
    return Hit(
        _memory(mid, f"Note {mid}", body),
        cosine or 1.0,
        body,
        None,
        {"cosine": cosine, "bm25": 1.0},
    )


class FakeGenerator:
    def __init__(self, reply: str = "Use git rebase -i HEAD~3 [1].") -> None:
        self.reply = reply
        self.calls: list[list[dict[str, str]]] = []
        self.info = GeneratorInfo("fake", "fake", "cpu", 1, 2048, 0.0, None)

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def generate(
        self,
        messages: Sequence[dict[str, str]],
        *,
        max_tokens: int = 256,
        on_token: Any = None,
        cancel: threading.Event | None = None,
    ) -> tuple[str, GenerationStats]:
        self.calls.append(list(messages))
        out = []
        for word in self.reply.split(" "):
            if cancel is not None and cancel.is_set():
                break
            piece = word + " "
            out.append(piece)
            if on_token:
                on_token(piece)
        stop = "cancelled" if cancel is not None and cancel.is_set() else "eos"
        return "".join(out), GenerationStats(10, 0, len(out), 0.1, 100.0, 10.0, 0.5, stop)

    def close(self) -> None:
        pass


def test_far_notes_are_not_answered_from() -> None:
    assert ask.relevant([_hit("a", 0.2), _hit("b", 0.1)]) == []
    kept = ask.relevant([_hit("a", 0.8), _hit("b", 0.7), _hit("c", 0.4)])
    assert [h.memory.id for h in kept] == ["a", "b"]  # c is far below the best
    fts_only = ask.relevant([_hit("a", None)])
    assert [h.memory.id for h in fts_only] == ["a"]


def test_the_context_keeps_to_its_budget() -> None:
    long = " ".join(f"word{i}" for i in range(500))
    hits = [_hit(str(i), 0.9, long) for i in range(5)]
    context = ask.build_context(hits, 300, lambda t: len(t.split()))
    assert context.note_tokens <= 300 + 3 * len(context.sources)
    assert 1 <= len(context.sources) < 5 and context.left_out
    assert all(t.endswith("…") for t in context.texts)


def test_the_prompt_begins_the_same_for_every_question() -> None:
    context = ask.build_context([_hit("a", 0.9)], 600, lambda t: len(t.split()))
    one = ask.messages("how to squash?", context)
    two = ask.messages("what is a rebase?", context)
    assert one[0] == two[0] and one[0]["role"] == "system"
    assert one[1]["content"].startswith("Notes:\n\n[1] Note a")
    assert "Question: how to squash?" in one[1]["content"]


def test_citations_by_marker_and_by_overlap() -> None:
    assert ask.cited_numbers("See [2] and [1], not [9].", 3) == {1, 2}
    notes = ["git rebase squashes commits interactively", "docker volumes persist container data"]
    assert ask.attributed("docker volumes persist data for containers", notes) == 2
    assert ask.attributed("yes", notes) is None


def test_an_answer_streams_and_lists_its_sources() -> None:
    gen = FakeGenerator()
    seen: list[Any] = []
    pieces: list[str] = []
    result = ask.answer(
        "how do I squash three commits?",
        search=lambda q, n: [_hit("a", 0.9), _hit("b", 0.85)],
        generator=gen,
        on_sources=lambda s: seen.append(("sources", s)),
        on_token=lambda p: seen.append(("piece", p)) or pieces.append(p),
    )
    assert seen[0][0] == "sources" and [s.memory_id for s in seen[0][1]] == ["a", "b"]
    assert result.state == AskState.ANSWERED and result.text == "".join(pieces).strip()
    assert [s.cited for s in result.sources] == [True, False]
    assert result.sources[0].cited_by == "marker"
    assert result.budget_tokens == ask.CPU_BUDGET and result.note_tokens > 0


def test_nothing_relevant_means_not_found_and_no_generation() -> None:
    opened: list[int] = []

    def open_generator() -> Any:
        opened.append(1)
        return FakeGenerator()

    result = ask.answer(
        "what is my sister's birthday?",
        search=lambda q, n: [_hit("a", 0.1)],
        generator=None,
        open_generator=open_generator,
    )
    assert result.state == AskState.NOT_FOUND and result.sources == [] and opened == []
    assert result.text == ask.NOT_FOUND_TEXT


def test_cancel_keeps_the_text_so_far() -> None:
    cancel = threading.Event()
    gen = FakeGenerator("one two three four five six")

    def on_token(piece: str) -> None:
        if piece.startswith("two"):
            cancel.set()

    result = ask.answer(
        "q?", search=lambda q, n: [_hit("a", 0.9)], generator=gen, on_token=on_token, cancel=cancel
    )
    assert result.state == AskState.CANCELLED and result.text == "one two"


def test_bad_questions_are_refused_in_one_line() -> None:
    with pytest.raises(InvalidInputError):
        ask.check_question("   ")
    with pytest.raises(InvalidInputError):
        ask.check_question("x" * (ask.MAX_QUESTION_CHARS + 1))


def test_a_saved_answer_links_its_sources() -> None:
    result = ask.answer("q?", search=lambda q, n: [_hit("a", 0.9)], generator=FakeGenerator())
    body = ask.memory_body("q?", result)
    assert "memshadow://memory/a" in body and "(cited)" in body and "**Q:** q?" in body
