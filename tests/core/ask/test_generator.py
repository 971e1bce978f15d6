"""The generator interface on llama.cpp (xllamacpp) with the tiny model: streaming, figures,
prefix cache, cancel at any point, device choice with reasons, and nothing exposed or written."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import psutil
import pytest

from memshadow_desktop.core.api.ask import GeneratorReason
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference import generator as gen_mod

SYSTEM = "You answer questions using only the notes. Cite notes like [1]."


def _messages(
    question: str, note: str = "To squash the last 3 commits: git rebase -i HEAD~3."
) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Notes:\n\n[1] {note}\n\nQuestion: {question}"},
    ]


def test_both_backends_are_listed_with_their_devices() -> None:
    found = {b.name: b for b in gen_mod.backends()}
    llama = found[gen_mod.LLAMA]
    assert llama.installed and llama.version and "cpu" in llama.devices and llama.reason is None
    assert llama.formats == ["gguf"]
    genai = found[gen_mod.GENAI]
    assert genai.formats == ["onnx-genai"]
    assert genai.installed == gen_mod.installed(gen_mod.GENAI)


def test_a_missing_backend_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gen_mod, "installed", lambda name: name != gen_mod.GENAI)
    genai = next(b for b in gen_mod.backends() if b.name == gen_mod.GENAI)
    assert not genai.installed and genai.reason is not None
    assert genai.reason.code == GeneratorReason.BACKEND_NOT_INSTALLED
    assert genai.reason.params["package"] == "onnxruntime-genai"


def test_model_format_by_content(tmp_path: Path, tiny_gguf: Path) -> None:
    assert gen_mod.model_format(tiny_gguf) == "gguf"
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not a model")
    with pytest.raises(InvalidInputError):
        gen_mod.model_format(fake)
    folder = tmp_path / "genai"
    folder.mkdir()
    (folder / "genai_config.json").write_text("{}")
    assert gen_mod.model_format(folder) == "onnx-genai"


def test_answer_streams_piece_by_piece_with_figures(tiny_generator: Any) -> None:
    pieces: list[str] = []
    text, stats = tiny_generator.generate(
        _messages("How do I squash the last three commits?"), max_tokens=24, on_token=pieces.append
    )
    assert len(pieces) > 3 and "".join(pieces) == text and text.strip()
    assert stats.generated_tokens <= 24 and stats.stop in ("eos", "length")
    assert (
        stats.prompt_tokens > 20
        and stats.first_token_s > 0
        and stats.total_s >= stats.first_token_s
    )
    assert stats.tokens_per_s and stats.prompt_tokens_per_s
    info = tiny_generator.info
    assert (info.backend, info.device) == ("llama.cpp", "cpu") and info.choice is not None


def test_the_instructions_prefix_is_cached_between_questions(tiny_generator: Any) -> None:
    tiny_generator.generate(_messages("What does git stash do?"), max_tokens=2)
    _text, stats = tiny_generator.generate(
        _messages("How do I list branches?", note="git branch -a lists every branch."),
        max_tokens=2,
    )
    assert stats.cached_tokens >= 15  # the system prompt and the notes' heading
    assert stats.cached_tokens < stats.prompt_tokens


def test_cancel_between_tokens(tiny_generator: Any) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    text, stats = tiny_generator.generate(
        _messages("Explain git rebase at length."), max_tokens=200, on_token=on_token, cancel=cancel
    )
    assert stats.stop == "cancelled" and len(pieces) <= 4 and text == "".join(pieces)


def test_cancel_during_prompt_evaluation(tiny_generator: Any) -> None:
    """Set before the first token: heard at the first batch of the prompt, nothing generated."""
    cancel = threading.Event()
    cancel.set()
    long_note = " ".join(
        f"Fact {i}: branches can be renamed with git branch -m." for i in range(40)
    )
    pieces: list[str] = []
    _text, stats = tiny_generator.generate(
        _messages("How do I rename a branch?", note=long_note),
        max_tokens=50,
        on_token=pieces.append,
        cancel=cancel,
    )
    assert stats.stop == "cancelled" and pieces == []


def test_a_failing_token_callback_is_raised_not_swallowed(tiny_generator: Any) -> None:
    def boom(_piece: str) -> None:
        raise RuntimeError("the window went away")

    with pytest.raises(RuntimeError, match="the window went away"):
        tiny_generator.generate(_messages("What is git?"), max_tokens=5, on_token=boom)


def test_nothing_listens_on_the_network_and_the_socket_is_private(tiny_generator: Any) -> None:
    inet = [c for c in psutil.Process().net_connections(kind="inet") if c.status == "LISTEN"]
    assert inet == []
    folder = tiny_generator._socket_dir
    assert oct(os.stat(folder).st_mode & 0o777) == "0o700"
    assert [p.name for p in folder.iterdir()] == ["llama.sock"]


def test_a_device_that_is_not_here_falls_back_to_the_cpu_with_the_reason(tiny_gguf: Path) -> None:
    from memshadow_desktop.core.inference.llama_backend import LlamaGenerator, devices

    if "cuda" in devices():
        pytest.skip("this machine has CUDA")
    gen = LlamaGenerator(tiny_gguf, name="t", device="cuda", context_tokens=256)
    try:
        assert gen.info.device == "cpu"
        assert gen.info.fallback is not None
        assert gen.info.fallback.code == GeneratorReason.DEVICE_FELL_BACK
        folder = gen._socket_dir
    finally:
        gen.close()
    assert not folder.exists()


def test_onnx_genai_reports_its_devices_and_refuses_a_bad_folder(tmp_path: Path) -> None:
    if not gen_mod.installed(gen_mod.GENAI):
        pytest.skip("onnxruntime-genai is not installed")
    from memshadow_desktop.core.errors import InferenceError
    from memshadow_desktop.core.inference.genai_backend import devices

    assert devices()[0] == "cpu"
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "genai_config.json").write_text("{}")
    with pytest.raises(InferenceError) as err:
        gen_mod.open_generator(folder)
    assert err.value.reason == "generator_unloadable"


def test_a_generator_closed_right_after_loading_does_not_hang(tiny_gguf: Path) -> None:
    # In a child process: a hang inside llama.cpp's destructor cannot be interrupted here.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from memshadow_desktop.core.inference.llama_backend import LlamaGenerator\n"
        "for _ in range(8):\n"
        "    g = LlamaGenerator(Path(sys.argv[1]), name='t', device='cpu', context_tokens=256)\n"
        "    g.close()\n"
        "print('closed')\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(tiny_gguf)],
            capture_output=True,
            text=True,
            timeout=180,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("closing a freshly loaded generator hung")
    assert done.returncode == 0 and done.stdout.strip() == "closed", done.stderr[-2000:]
