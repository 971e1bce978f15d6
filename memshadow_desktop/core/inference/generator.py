"""Text generation behind one interface, on the backend and device that work here.

Two backends:

* **llama.cpp** through ``xllamacpp`` (GGUF models): the default, on the CPU everywhere; on a
  GPU where the installed wheel was built for one (CUDA, Metal, Vulkan) and a device is seen.
* **ONNX Runtime GenAI** (``onnxruntime-genai``, ``-cuda``, ``-directml``; ONNX GenAI model
  folders): where a GPU or NPU provider is installed, for models exported for it.

The backend follows from the model's format; the device is chosen the way the embedding
engine chooses providers: an accelerator only when one is there and a real generation ran on
it, else the CPU with the reason recorded (:attr:`Generator.info`'s ``fallback``). Nothing
here writes the prompt or the answer anywhere: they live in memory for one call.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from memshadow_desktop.core.api.ask import (
    BackendInfo,
    GenerationStats,
    GeneratorInfo,
    GeneratorReason,
    TokenSink,
)
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InferenceError, InvalidInputError

LLAMA = "llama.cpp"
GENAI = "onnxruntime-genai"
GGUF = "gguf"
ONNX_GENAI = "onnx-genai"
_PACKAGES = {LLAMA: "xllamacpp", GENAI: "onnxruntime_genai"}
_DISTRIBUTIONS = {
    LLAMA: ("xllamacpp",),
    GENAI: ("onnxruntime-genai", "onnxruntime-genai-cuda", "onnxruntime-genai-directml"),
}

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": ...}


class Generator(Protocol):
    """A loaded generation model. ``generate`` streams pieces of text to ``on_token`` (on the
    calling thread) and returns the figures; ``cancel`` set stops it within a token."""

    info: GeneratorInfo

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        on_token: TokenSink | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[str, GenerationStats]: ...

    def count_tokens(self, text: str) -> int: ...

    def close(self) -> None: ...


def model_format(path: Path) -> str:
    """``gguf`` for a GGUF file, ``onnx-genai`` for a folder with ``genai_config.json``."""
    if path.is_file():
        with path.open("rb") as f:
            if f.read(4) == b"GGUF":
                return GGUF
        raise InvalidInputError(f"{path} is not a GGUF model file", reason="not_gguf")
    if (path / "genai_config.json").is_file():
        return ONNX_GENAI
    raise InvalidInputError(
        f"{path} is neither a GGUF file nor an ONNX GenAI folder", reason="not_gguf"
    )


def _version(backend: str) -> str | None:
    for dist in _DISTRIBUTIONS[backend]:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def installed(backend: str) -> bool:
    return importlib.util.find_spec(_PACKAGES[backend]) is not None


def backends() -> list[BackendInfo]:
    """Both backends: installed or not (and what to install), and the devices each can use
    here. Loads the libraries that are installed, but no model."""
    out = []
    for name, formats in ((LLAMA, [GGUF]), (GENAI, [ONNX_GENAI])):
        package = _DISTRIBUTIONS[name][0]
        if not installed(name):
            why = Notice(
                GeneratorReason.BACKEND_NOT_INSTALLED, {"backend": name, "package": package}
            )
            out.append(BackendInfo(name, package, None, False, formats, [], why))
            continue
        try:
            devices = _llama_devices() if name == LLAMA else _genai_devices()
            reason = None
        except Exception as exc:  # a broken install: say what the library said
            devices = []
            reason = Notice(GeneratorReason.BACKEND_FAILED, {"backend": name, "error": _one(exc)})
        out.append(BackendInfo(name, package, _version(name), True, formats, devices, reason))
    return out


def _llama_devices() -> list[str]:
    from memshadow_desktop.core.inference.llama_backend import devices

    return devices()


def _genai_devices() -> list[str]:
    from memshadow_desktop.core.inference.genai_backend import devices

    return devices()


def open_generator(
    path: Path,
    *,
    name: str | None = None,
    device: str = "auto",
    threads: int | None = None,
    context_tokens: int = 2048,
) -> Generator:
    """Load the model at ``path`` on the backend its format needs, on ``device`` (``auto``:
    an accelerator that really ran, else the CPU)."""
    fmt = model_format(path)
    backend = LLAMA if fmt == GGUF else GENAI
    if not installed(backend):
        raise InferenceError(
            f"{_DISTRIBUTIONS[backend][0]} is not installed; it runs {fmt} models",
            reason="generator_not_installed",
            backend=backend,
        )
    label = name or path.stem
    if backend == LLAMA:
        from memshadow_desktop.core.inference.llama_backend import LlamaGenerator

        return LlamaGenerator(
            path, name=label, device=device, threads=threads, context_tokens=context_tokens
        )
    from memshadow_desktop.core.inference.genai_backend import GenAIGenerator

    return GenAIGenerator(
        path, name=label, device=device, threads=threads, context_tokens=context_tokens
    )


def _one(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:300] + "...") if len(text) > 300 else text or type(exc).__name__


one_line = _one

__all__ = [
    "GENAI",
    "GGUF",
    "LLAMA",
    "ONNX_GENAI",
    "Generator",
    "Message",
    "backends",
    "installed",
    "model_format",
    "one_line",
    "open_generator",
]
