"""GGUF models on llama.cpp, through ``xllamacpp``'s in-process server.

``xllamacpp.Server`` runs llama.cpp's server loop inside this process and answers requests
through Python calls (no HTTP client is involved). Its HTTP listener cannot be switched off,
so it is bound to a Unix socket in a private folder (mode 0700) that only this user can
enter, with a random API key, and without the slots, props and metrics endpoints (the slots
endpoint would show the prompt) or the web UI. llama.cpp's log is silenced: it would name
slots and timings, and at higher verbosity the prompt. Nothing is written to disk but the
socket itself, which is removed on close.

The server keeps one slot with ``cache_prompt``: a question that starts as the previous one
did (the same instructions) reuses that prefix's KV cache instead of evaluating it again.
The prompt is evaluated in batches of :data:`PROMPT_BATCH` tokens and the server reports
progress after each, so a cancel is heard during prompt evaluation too, not only between
generated tokens.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
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
from memshadow_desktop.core.inference.generator import LLAMA, Message, one_line
from memshadow_desktop.core.inference.hardware import physical_cores

PROMPT_BATCH = 64
CHARS_PER_TOKEN = 3.5  # a conservative estimate for English (llama.cpp says the real count)
_DEVICE_NAMES = (
    ("cuda", "cuda"),
    ("metal", "metal"),
    ("vulkan", "vulkan"),
    ("rocm", "rocm"),
    ("hip", "rocm"),
    ("sycl", "sycl"),
    ("opencl", "opencl"),
    ("cann", "cann"),
)


def devices() -> list[str]:
    """``cpu`` and each accelerator the installed llama.cpp build sees here."""
    import xllamacpp

    found = ["cpu"]
    for dev in xllamacpp.get_device_info():
        kind = str(dev.get("type", "")).rsplit(".", 1)[-1].upper()
        if "CPU" in kind:
            continue
        name = str(dev.get("name", "")).lower()
        label = next((short for key, short in _DEVICE_NAMES if key in name), name or "gpu")
        if label not in found:
            found.append(label)
    return found


class LlamaGenerator:
    """One GGUF model loaded in llama.cpp with one slot (one question at a time)."""

    def __init__(
        self,
        path: Path,
        *,
        name: str,
        device: str = "auto",
        threads: int | None = None,
        context_tokens: int = 2048,
    ) -> None:
        self.path = path
        self.threads = threads or physical_cores()
        self.context_tokens = context_tokens
        self._lock = threading.Lock()  # one generation at a time on the one slot
        self._socket_dir = Path(tempfile.mkdtemp(prefix="memshadow-gen-"))
        os.chmod(self._socket_dir, 0o700)
        start = time.perf_counter()
        accelerators = [d for d in devices() if d != "cpu"]
        choice: Notice
        fallback: Notice | None = None
        run_on = "cpu"
        self._server: Any = None
        try:
            if device not in ("auto", "cpu") and device not in accelerators:
                fallback = Notice(
                    GeneratorReason.DEVICE_FELL_BACK,
                    {"backend": LLAMA, "device": device, "error": "not seen by this build"},
                )
            wanted = accelerators[0] if device == "auto" and accelerators else device
            if wanted not in ("auto", "cpu") and wanted in accelerators:
                try:
                    self._server = self._start(gpu_layers=999)
                    self._verify()
                    run_on = wanted
                except Exception as exc:  # the accelerator did not run: the CPU does
                    self._stop()
                    fallback = Notice(
                        GeneratorReason.DEVICE_FELL_BACK,
                        {"backend": LLAMA, "device": wanted, "error": one_line(exc)},
                    )
            if self._server is None:
                self._server = self._start(gpu_layers=0)
            if run_on != "cpu":
                choice = Notice(GeneratorReason.ACCELERATOR, {"backend": LLAMA, "device": run_on})
            elif device == "cpu":
                choice = Notice(GeneratorReason.REQUESTED, {"backend": LLAMA})
            elif not accelerators:
                choice = Notice(GeneratorReason.NO_ACCELERATOR, {"backend": LLAMA})
            else:
                choice = Notice(GeneratorReason.CPU_DEFAULT, {"backend": LLAMA})
        except BaseException:
            self.close()
            raise
        self.info = GeneratorInfo(
            model=name,
            backend=LLAMA,
            device=run_on,
            threads=self.threads,
            context_tokens=context_tokens,
            load_seconds=round(time.perf_counter() - start, 4),
            choice=choice,
            fallback=fallback,
        )

    # --- lifecycle ----------------------------------------------------------------------------

    def _start(self, *, gpu_layers: int) -> Any:
        import xllamacpp

        p = xllamacpp.CommonParams()
        p.model.path = str(self.path)
        p.n_ctx = self.context_tokens
        p.n_parallel = 1
        p.n_batch = PROMPT_BATCH
        p.n_ubatch = PROMPT_BATCH
        p.n_gpu_layers = gpu_layers
        p.cpuparams.n_threads = self.threads
        p.cpuparams_batch.n_threads = self.threads
        p.cache_prompt = True
        p.cache_ram_mib = 0  # no second copy of earlier prompts beyond the slot's own cache
        p.verbosity = -1
        p.warmup = False
        # The listener: a Unix socket in a private folder, with a key, and nothing that
        # shows a prompt (see the module's docstring).
        p.hostnames = [str(self._socket_dir / "llama.sock")]
        p.api_keys = [secrets.token_hex(24)]
        p.endpoint_slots = False
        p.endpoint_props = False
        p.endpoint_metrics = False
        p.ui = False
        p.offline = True
        try:
            server = xllamacpp.Server(p)
        except Exception as exc:
            raise InferenceError(
                f"llama.cpp cannot load {self.path.name}: {one_line(exc)}",
                reason="generator_unloadable",
            ) from exc
        self._wait_listening()
        return server

    def _wait_listening(self, timeout: float = 10.0) -> None:
        """Until the server's listener has bound its socket: a server destroyed before its
        listener thread started never stops that thread, and the destructor's join hangs
        (seen on a loaded machine, between creating a server and closing it at once)."""
        sock = self._socket_dir / "llama.sock"
        deadline = time.monotonic() + timeout
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)  # from bind to the accept loop

    def _verify(self) -> None:
        """One token on the accelerator: it really runs there, or this raises."""
        reply = self._server.handle_completions({"prompt": "Hello", "max_tokens": 1})
        if not isinstance(reply, dict) or "error" in reply or reply.get("code"):
            raise InferenceError(
                str(reply.get("error") or reply) if isinstance(reply, dict) else ""
            )

    def _stop(self) -> None:
        server, self._server = self._server, None
        del server  # the server's destructor stops its loop and frees the model

    def close(self) -> None:
        self._stop()
        shutil.rmtree(self._socket_dir, ignore_errors=True)

    # --- work ---------------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        return int(len(text) / CHARS_PER_TOKEN) + 1

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        on_token: TokenSink | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[str, GenerationStats]:
        if self._server is None:
            raise InferenceError("the generator is closed", reason="generation_failed")
        request = {
            "messages": list(messages),
            "stream": True,
            "max_tokens": max_tokens,
            "temperature": 0.0,
            "repeat_penalty": 1.1,
            "cache_prompt": True,
            "return_progress": True,
            "stream_options": {"include_usage": True},
        }
        run = _Run(on_token, cancel)
        with self._lock:
            run.start = time.perf_counter()
            self._server.handle_chat_completions(request, run.chunk)
        if run.failure is not None:
            raise run.failure
        if run.error is not None:
            raise InferenceError(
                f"llama.cpp: {run.error}", reason="generation_failed", error=run.error
            )
        return "".join(run.pieces), run.stats()


class _Run:
    """One streamed request: the pieces, the figures, a cancel, and a callback failure (the
    library swallows exceptions raised in a callback, so they are kept and raised after)."""

    def __init__(self, on_token: TokenSink | None, cancel: threading.Event | None) -> None:
        self.on_token = on_token
        self.cancel = cancel
        self.pieces: list[str] = []
        self.start = 0.0
        self.first: float | None = None
        self.finish = ""
        self.timings: dict[str, Any] = {}
        self.usage: dict[str, Any] = {}
        self.progress: dict[str, Any] = {}
        self.error: str | None = None
        self.failure: BaseException | None = None
        self.cancelled = False

    def chunk(self, data: dict[str, Any]) -> bool:
        """Called by the server for each chunk; True stops the request."""
        try:
            return self._chunk(data)
        except BaseException as exc:
            self.failure = exc
            return True

    def _chunk(self, data: dict[str, Any]) -> bool:
        if "error" in data or ("code" in data and "message" in data):
            err = data.get("error", data)
            self.error = str(err.get("message", err) if isinstance(err, dict) else err)
            return True
        if "prompt_progress" in data:
            self.progress = dict(data["prompt_progress"])
        self.timings = data.get("timings") or self.timings
        self.usage = data.get("usage") or self.usage
        for choice in data.get("choices") or []:
            piece = (choice.get("delta") or {}).get("content")
            if piece:
                if self.first is None:
                    self.first = time.perf_counter()
                self.pieces.append(piece)
                if self.on_token is not None:
                    self.on_token(piece)
            if choice.get("finish_reason"):
                self.finish = str(choice["finish_reason"])
        if self.cancel is not None and self.cancel.is_set():
            self.cancelled = True
            return True
        return False

    def stats(self) -> GenerationStats:
        end = time.perf_counter()
        t = self.timings
        evaluated = int(t.get("prompt_n") or self.progress.get("processed") or 0)
        cached = int(t.get("cache_n") or self.progress.get("cache") or 0)
        total_prompt = int(self.progress.get("total") or 0) or evaluated + cached
        generated = int(t.get("predicted_n") or 0) or len(self.pieces)
        first = (self.first or end) - self.start
        gen_s = end - (self.first or end)
        own_rate = len(self.pieces) / gen_s if gen_s > 0 and len(self.pieces) > 1 else None
        stop = "length" if self.finish == "length" else "eos"
        return GenerationStats(
            prompt_tokens=total_prompt,
            cached_tokens=cached,
            generated_tokens=generated,
            first_token_s=round(first, 4),
            prompt_tokens_per_s=_rate(t.get("prompt_per_second")),
            tokens_per_s=_rate(t.get("predicted_per_second")) or _rate(own_rate),
            total_s=round(end - self.start, 4),
            stop="cancelled" if self.cancelled else stop,
        )


def _rate(value: Any) -> float | None:
    with contextlib.suppress(TypeError, ValueError):
        return round(float(value), 3) if value else None
    return None
