"""The generator interface on ONNX Runtime GenAI with the tiny model exported to an ONNX GenAI
folder (scripts/make_genai_model.sh): streaming, figures, prefix cache, cancel at any point,
device choice with reasons, closing; and a GenAI folder as the chosen model of `memshadow ask`."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.api.ask import AskState, GeneratorReason
from memshadow_desktop.core.errors import InferenceError
from tests.conftest import Cli
from tests.core.ask.test_generator import _messages
from tests.support.hash_embedder import HashEmbedder

LONG_NOTE = " ".join(f"Fact {i}: branches can be renamed with git branch -m." for i in range(40))


def test_answer_streams_piece_by_piece_with_figures(genai_generator: Any) -> None:
    pieces: list[str] = []
    text, stats = genai_generator.generate(
        _messages("How do I squash the last three commits?"), max_tokens=24, on_token=pieces.append
    )
    assert len(pieces) > 3 and "".join(pieces) == text and text.strip()
    assert 0 < stats.generated_tokens <= 24 and stats.stop in ("eos", "length")
    assert (
        stats.prompt_tokens > 20
        and stats.first_token_s > 0
        and stats.total_s >= stats.first_token_s
    )
    assert stats.tokens_per_s and stats.prompt_tokens_per_s
    info = genai_generator.info
    assert (info.backend, info.device) == ("onnxruntime-genai", "cpu") and info.choice is not None
    assert info.threads is None  # not asked for: the library's own default
    assert genai_generator.count_tokens("git rebase -i HEAD~3") > 3


def test_the_instructions_prefix_is_kept_and_answers_do_not_change(
    genai_generator: Any, tiny_genai: Path
) -> None:
    from memshadow_desktop.core.inference.genai_backend import GenAIGenerator

    second = _messages("How do I list branches?", note="git branch -a lists every branch.")
    genai_generator.generate(_messages("What does git stash do?"), max_tokens=4)
    text, stats = genai_generator.generate(second, max_tokens=12)
    assert stats.cached_tokens >= 15  # the system prompt and the notes' heading
    assert stats.cached_tokens < stats.prompt_tokens
    # The kept generator, rewound to the shared prefix, answers as a fresh one does.
    fresh = GenAIGenerator(tiny_genai, name="fresh", device="cpu", context_tokens=1024)
    try:
        alone, alone_stats = fresh.generate(second, max_tokens=12)
    finally:
        fresh.close()
    assert alone_stats.cached_tokens == 0 and alone == text


def test_cancel_between_tokens(genai_generator: Any) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    text, stats = genai_generator.generate(
        _messages("Explain git rebase at length."), max_tokens=200, on_token=on_token, cancel=cancel
    )
    assert stats.stop == "cancelled" and len(pieces) == 3 and text == "".join(pieces)


def test_cancel_during_prompt_evaluation_then_answer_again(genai_generator: Any) -> None:
    """Set before the first token: heard at the first batch of the prompt, nothing generated;
    the next question finds the generator as that batch left it."""
    cancel = threading.Event()
    cancel.set()
    pieces: list[str] = []
    long = _messages("How do I rename a branch?", note=LONG_NOTE)
    _text, stats = genai_generator.generate(
        long, max_tokens=50, on_token=pieces.append, cancel=cancel
    )
    assert stats.stop == "cancelled" and pieces == [] and stats.generated_tokens == 0
    # Nothing of the 600-token prompt was evaluated (that takes seconds here).
    assert stats.prompt_tokens > 300 and stats.prompt_tokens_per_s is None
    assert stats.total_s < 1.0
    text, again = genai_generator.generate(long, max_tokens=4)
    assert again.stop != "cancelled" and text and again.prompt_tokens == stats.prompt_tokens


def test_a_failing_token_callback_is_raised_not_swallowed(genai_generator: Any) -> None:
    def boom(_piece: str) -> None:
        raise RuntimeError("the window went away")

    with pytest.raises(RuntimeError, match="the window went away"):
        genai_generator.generate(_messages("What is git?"), max_tokens=5, on_token=boom)
    text, _stats = genai_generator.generate(_messages("What is git?"), max_tokens=5)
    assert text.strip()


def test_a_prompt_that_does_not_fit_says_so(genai_generator: Any) -> None:
    with pytest.raises(InferenceError) as err:
        genai_generator.generate(_messages("Why?", note=LONG_NOTE * 3), max_tokens=64)
    assert err.value.reason == "generation_failed" and "context" in str(err.value)


def test_asked_for_threads_load_and_a_missing_device_falls_back(tiny_genai: Path) -> None:
    from memshadow_desktop.core.inference.genai_backend import GenAIGenerator, devices

    if "cuda" in devices():
        pytest.skip("this machine's onnxruntime-genai has CUDA")
    gen = GenAIGenerator(tiny_genai, name="t", device="cuda", threads=1, context_tokens=256)
    try:
        assert gen.info.device == "cpu" and gen.info.threads == 1
        assert gen.info.fallback is not None
        assert gen.info.fallback.code == GeneratorReason.DEVICE_FELL_BACK
        text, _stats = gen.generate(_messages("What is git?"), max_tokens=4)
        assert text.strip()
    finally:
        gen.close()
    with pytest.raises(InferenceError) as err:
        gen.generate(_messages("What is git?"), max_tokens=4)
    assert err.value.reason == "generation_failed" and "closed" in str(err.value)


def test_the_service_answers_with_a_genai_model(service: Any, tiny_genai: Path) -> None:
    service.search.use_embedder(HashEmbedder(dim=64))
    service.memories.add(
        "zebracorn: git rebase -i HEAD~3 squashes the last three commits.", title="Squash"
    )
    model = service.models.generation.import_file(tiny_genai, name="smol-genai")
    assert model.format == "onnx-genai" and model.size_bytes > 50_000_000
    pieces: list[str] = []
    result = service.ask.answer(
        "zebracorn how do I squash the last three commits", max_tokens=16, on_token=pieces.append
    )
    assert result.state in (AskState.ANSWERED, AskState.NOT_FOUND)
    assert pieces and result.text == "".join(pieces).strip()
    assert result.generator is not None and result.generator.backend == "onnxruntime-genai"
    assert result.stats is not None and 0 < result.stats.generated_tokens <= 16
    status = service.hardware.generator()
    assert status.model == "smol-genai" and status.backend == "onnxruntime-genai"


def test_the_command_line_imports_and_asks_with_a_genai_folder(
    vault_cli: Cli, tiny_genai: Path, tmp_path: Path
) -> None:
    assert vault_cli("add", "--title", "Squash", "zebracorn: git rebase -i HEAD~3").code == 0
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "genai_config.json").write_text("{not json")
    bad = vault_cli("models", "import", str(broken))
    assert bad.code != 0 and len(bad.err.strip().splitlines()) == 1
    assert "genai_config.json" in bad.err
    done = vault_cli("models", "import", str(tiny_genai), "--name", "smol-genai")
    assert done.code == 0, done.err
    assert "smol-genai" in vault_cli("models").out
    out = vault_cli("ask", "zebracorn squash commits rebase", "--max-tokens", "12", "--json")
    assert out.code == 0, out.err
    data = out.json()
    assert data["generator"]["backend"] == "onnxruntime-genai"
    assert data["sources"][0]["title"] == "Squash" and data["stats"]["generated_tokens"] <= 12


def test_the_bench_runs_both_backends_direct_apis(tiny_genai: Path, tiny_gguf: Path) -> None:
    """`memshadow bench ask` sets our figures beside each backend's own API: both direct
    paths generate and time the same messages."""
    from memshadow_desktop.bench.ask import _Direct, format_result

    msgs = _messages("How do I squash the last three commits?")
    for path, fmt in ((tiny_genai, "onnx-genai"), (tiny_gguf, "gguf")):
        direct = _Direct(path, fmt, threads=2, context=1024)
        figures = direct.run(msgs, 12)
        assert 0 < figures["generated"] <= 12, fmt
        assert 0 < figures["first_token_s"] <= figures["total_s"], fmt
        assert figures["prompt_tps"] and figures["gen_tps"], fmt
        del direct
    quality: dict[str, Any] = {"cited": 0, "questions": 1, "cited_rate": 0.0, "retrieved": 0}
    quality |= {"retrieval_rate": 0.0, "any_citation_rate": 0.0, "refused": 0}
    quality |= {"unanswerable_refused": 0, "unanswerable": 5}
    row: dict[str, Any] = {"model": "m", "backend": "onnxruntime-genai", "device": "cpu"}
    row |= {"threads": None, "load_s": 0.5, "ours": {}, "quality": quality}
    row["rss_mb"] = {"before": 1, "loaded": 2, "after": 3}
    report: dict[str, Any] = {
        "questions": 1,
        "question_set": "q",
        "corpus": {"memories": 1},
        "cpu_count": 2,
    }
    text = format_result({**report, "max_tokens": 8, "models": [row]})
    assert "(the library's threads)" in text and "None threads" not in text
