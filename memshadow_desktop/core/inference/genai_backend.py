"""ONNX GenAI model folders on ONNX Runtime GenAI (``onnxruntime-genai`` and its ``-cuda`` and
``-directml`` wheels), for machines where a GPU makes it faster than llama.cpp on the CPU.

The provider is chosen as the embedding engine chooses: CUDA or DirectML when the installed
wheel has it and a one-token generation really ran there, else the CPU with the reason. The
generator is kept between questions and rewound to the tokens the new prompt shares with the
previous one (``Generator.rewind_to``), so the instructions' prefix is not evaluated again.
The prompt is appended in batches of :data:`PROMPT_BATCH` tokens, so a cancel is heard during
prompt evaluation too, not only between generated tokens. Telemetry events are switched off
before anything runs.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from memshadow_desktop.core.api.ask import (
    GenerationStats,
    GeneratorInfo,
    GeneratorReason,
    TokenSink,
)
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InferenceError
from memshadow_desktop.core.inference.generator import GENAI, Message, one_line

_PROVIDERS = {"cuda": "cuda", "directml": "dml"}
# Measured on the tests' SmolLM2 (a 636-token prompt, 2 cores): batches of 64 evaluate no
# slower than one call for the whole prompt, and a cancel waits for one batch at most.
PROMPT_BATCH = 64


def _og() -> Any:
    import onnxruntime_genai as og

    og.disable_telemetry_events()
    return og


def devices() -> list[str]:
    """``cpu`` and the accelerators the installed wheel carries (``is_*_available``)."""
    og = _og()
    found = ["cpu"]
    if og.is_cuda_available():
        found.append("cuda")
    if og.is_dml_available():
        found.append("directml")
    return found


class GenAIGenerator:
    def __init__(
        self,
        folder: Path,
        *,
        name: str,
        device: str = "auto",
        threads: int | None = None,
        context_tokens: int = 2048,
    ) -> None:
        self.folder = folder
        self.threads = threads  # None: onnxruntime-genai's default (see _load)
        self.context_tokens = context_tokens
        self._lock = threading.Lock()
        self._og = _og()
        self._generator: Any = None
        self._tokens: list[int] = []  # what the kept generator holds (prompt + answer)
        start = time.perf_counter()
        accelerators = [d for d in devices() if d != "cpu"]
        wanted = accelerators[0] if device == "auto" and accelerators else device
        fallback: Notice | None = None
        run_on = "cpu"
        self._model: Any = None
        if wanted in _PROVIDERS:
            if wanted not in accelerators:
                error = "not in the installed onnxruntime-genai"
                fallback = Notice(
                    GeneratorReason.DEVICE_FELL_BACK,
                    {"backend": GENAI, "device": wanted, "error": error},
                )
            else:
                try:
                    self._model = self._load(_PROVIDERS[wanted])
                    self._verify()
                    run_on = wanted
                except Exception as exc:
                    self._model = None
                    fallback = Notice(
                        GeneratorReason.DEVICE_FELL_BACK,
                        {"backend": GENAI, "device": wanted, "error": one_line(exc)},
                    )
        if self._model is None:
            self._model = self._load(None)
        self._tokenizer = self._og.Tokenizer(self._model)
        if run_on != "cpu":
            choice = Notice(GeneratorReason.ACCELERATOR, {"backend": GENAI, "device": run_on})
        elif device == "cpu":
            choice = Notice(GeneratorReason.REQUESTED, {"backend": GENAI})
        elif not accelerators:
            choice = Notice(GeneratorReason.NO_ACCELERATOR, {"backend": GENAI})
        else:
            choice = Notice(GeneratorReason.CPU_DEFAULT, {"backend": GENAI})
        self.info = GeneratorInfo(
            model=name,
            backend=GENAI,
            device=run_on,
            threads=self.threads,
            context_tokens=context_tokens,
            load_seconds=round(time.perf_counter() - start, 4),
            choice=choice,
            fallback=fallback,
        )

    def _load(self, provider: str | None) -> Any:
        og = self._og
        try:
            config = og.Config(str(self.folder))
            if self.threads is not None:
                # Only when asked for: onnxruntime-genai's own default generated twice as
                # fast as an explicit 2 threads on the tests' model on a busy 2-core machine
                # (1 thread matched the default), so the default is left alone.
                options = {"intra_op_num_threads": self.threads}
                config.overlay(json.dumps({"model": {"decoder": {"session_options": options}}}))
            config.clear_providers()
            if provider is not None:
                config.append_provider(provider)
            return og.Model(config)
        except Exception as exc:
            raise InferenceError(
                f"onnxruntime-genai cannot load {self.folder.name}: {one_line(exc)}",
                reason="generator_unloadable",
            ) from exc

    def _verify(self) -> None:
        og = self._og
        params = og.GeneratorParams(self._model)
        params.set_search_options(max_length=8, do_sample=False)
        gen = og.Generator(self._model, params)
        gen.append_tokens([1, 2])
        gen.generate_next_token()

    def close(self) -> None:
        self._generator = None
        self._tokenizer = None
        self._model = None

    def count_tokens(self, text: str) -> int:
        if self._tokenizer is None:
            raise InferenceError("the generator is closed", reason="generation_failed")
        return len(self._tokenizer.encode(text))

    def _prompt(self, messages: Sequence[Message]) -> list[int]:
        text = self._tokenizer.apply_chat_template(
            json.dumps(list(messages)), add_generation_prompt=True
        )
        return [int(t) for t in self._tokenizer.encode(text)]

    def _ready(self, prompt: list[int]) -> tuple[Any, int]:
        """A generator holding the longest prefix of ``prompt`` it can keep; its length."""
        og = self._og
        keep = 0
        if self._generator is not None:
            for a, b in zip(self._tokens, prompt[:-1], strict=False):
                if a != b:
                    break
                keep += 1
            try:
                self._generator.rewind_to(keep)
                return self._generator, keep
            except Exception:  # a model whose cache cannot be rewound: start again
                self._generator = None
        params = og.GeneratorParams(self._model)
        params.set_search_options(max_length=self.context_tokens, do_sample=False)
        self._generator = og.Generator(self._model, params)
        return self._generator, 0

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        on_token: TokenSink | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[str, GenerationStats]:
        with self._lock:
            if self._model is None:
                raise InferenceError("the generator is closed", reason="generation_failed")
            run = _Run(on_token, cancel)
            try:
                self._generate(run, messages, max_tokens)
            except InferenceError:
                raise
            except Exception as exc:
                if run.failure is not None:  # the caller's own callback failed: its error
                    raise
                # The library failed mid-way: what the kept generator holds is unknown now.
                self._generator = None
                self._tokens = []
                raise InferenceError(
                    f"onnxruntime-genai: {one_line(exc)}",
                    reason="generation_failed",
                    error=one_line(exc),
                ) from exc
        return "".join(run.pieces), run.stats()

    def _generate(self, run: _Run, messages: Sequence[Message], max_tokens: int) -> None:
        prompt = self._prompt(messages)
        run.prompt_tokens = len(prompt)
        if len(prompt) + max_tokens > self.context_tokens:
            raise InferenceError(
                f"the prompt ({len(prompt)} tokens) and answer do not fit the context "
                f"({self.context_tokens})",
                reason="generation_failed",
                error="context",
            )
        gen, cached = self._ready(prompt)
        run.cached = cached
        self._tokens = prompt[:cached]
        for at in range(cached, len(prompt), PROMPT_BATCH):
            if run.cancelled():
                return
            batch = prompt[at : at + PROMPT_BATCH]
            gen.append_tokens(batch)
            self._tokens.extend(batch)
        run.prompt_done = time.perf_counter()
        stream = self._tokenizer.create_stream()
        while not gen.is_done():
            if run.cancelled():
                return
            if run.produced >= max_tokens:
                run.stop = "length"
                return
            gen.generate_next_token()
            token = int(gen.get_next_tokens()[0])
            self._tokens.append(token)
            run.produced += 1
            run.piece(stream.decode(token))
        if run.produced < max_tokens and len(self._tokens) >= self.context_tokens:
            run.stop = "length"  # the context is full: cut, not finished


class _Run:
    """One generation's pieces and figures; a failure of the caller's token callback is kept
    apart from the library's own."""

    def __init__(self, on_token: TokenSink | None, cancel: threading.Event | None) -> None:
        self.on_token = on_token
        self.cancel = cancel
        self.start = time.perf_counter()
        self.prompt_done: float | None = None
        self.first: float | None = None
        self.after_first = 0  # tokens generated after the first visible piece
        self.pieces: list[str] = []
        self.prompt_tokens = 0
        self.cached = 0
        self.produced = 0
        self.stop = "eos"
        self.failure: BaseException | None = None

    def cancelled(self) -> bool:
        if self.cancel is not None and self.cancel.is_set():
            self.stop = "cancelled"
            return True
        return False

    def piece(self, text: str) -> None:
        if self.first is not None:
            self.after_first += 1
        if not text:
            return
        if self.first is None:
            self.first = time.perf_counter()
        self.pieces.append(text)
        if self.on_token is not None:
            try:
                self.on_token(text)
            except BaseException as exc:
                self.failure = exc
                raise

    def stats(self) -> GenerationStats:
        end = time.perf_counter()
        evaluated = self.prompt_tokens - self.cached
        prompt_s = (self.prompt_done or end) - self.start
        gen_s = end - (self.first or end)
        return GenerationStats(
            prompt_tokens=self.prompt_tokens,
            cached_tokens=self.cached,
            generated_tokens=self.produced,
            first_token_s=round((self.first or end) - self.start, 4),
            prompt_tokens_per_s=(
                round(evaluated / prompt_s, 3)
                if self.prompt_done is not None and evaluated and prompt_s > 0
                else None
            ),
            tokens_per_s=(
                round(self.after_first / gen_s, 3) if gen_s > 0 and self.after_first else None
            ),
            total_s=round(end - self.start, 4),
            stop=self.stop,
        )
