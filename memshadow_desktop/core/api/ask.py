"""Asking the vault: generation models, the generator that runs them, and answers with their
sources (``service.ask`` and ``service.models.generation``).

Plain data only: importing this loads no inference library. Reasons and states are
:class:`~memshadow_desktop.core.api.notice.Notice` codes of the enumerations below; the CLI
(cli/notices.py) and the window (qt/ask_words.py) put them in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from memshadow_desktop.core.api.notice import Notice

# --- codes ----------------------------------------------------------------------------------


class GeneratorReason(StrEnum):
    """Why a generation backend is or is not the one that runs."""

    BACKEND_NOT_INSTALLED = "gen_backend_not_installed"  # backend, package
    BACKEND_FAILED = "gen_backend_failed"  # backend, error (the library's words)
    WRONG_FORMAT = "gen_backend_wrong_format"  # backend, format (gguf | onnx-genai)
    NO_ACCELERATOR = "gen_no_accelerator"  # backend
    DEVICE_FELL_BACK = "gen_device_fell_back"  # backend, device, error
    CPU_DEFAULT = "gen_cpu_default"  # backend
    ACCELERATOR = "gen_accelerator"  # backend, device
    REQUESTED = "gen_requested"  # backend


class AskState(StrEnum):
    """How an answer came out (``Answer.state``)."""

    ANSWERED = "answered"
    NOT_FOUND = "not_found"  # no note was close enough to the question: nothing was generated
    CANCELLED = "cancelled"  # stopped by the user; the text so far is kept
    EMPTY_VAULT = "empty_vault"


class GenModelStep(StrEnum):
    """What importing or downloading a generation model is doing."""

    CHECKING = "gen_checking"  # path
    DOWNLOADING = "gen_downloading"  # path
    EXTRACTING = "gen_extracting"  # path, member


ASK_CODES: tuple[type[StrEnum], ...] = (GeneratorReason, AskState, GenModelStep)

# Called with each piece of the answer as it is generated (on the generating thread).
TokenSink = Callable[[str], None]


# --- models ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenModelInfo:
    """An installed generation model (a GGUF file, or an ONNX Runtime GenAI folder)."""

    name: str
    format: str  # gguf | onnx-genai
    file: str  # the model file (gguf) or folder (onnx-genai) inside the install
    size_bytes: int
    sha256: str | None  # of the GGUF file
    parameters: str | None  # e.g. "135M", "0.5B" (from the catalogue or the file name)
    quantization: str | None  # e.g. Q4_K_M
    source: dict[str, Any] | None
    installed_at: float | None
    in_use: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class GenCatalogInfo:
    """A generation model the catalogue knows: what it is, its size, and whether it is the
    default for this machine's memory."""

    name: str
    description: str
    parameters: str
    quantization: str
    size_bytes: int
    min_ram_mb: int
    installed: bool
    default_here: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- the generator --------------------------------------------------------------------------


@dataclass(frozen=True)
class BackendInfo:
    """One generation backend on this machine: installed, what it could run on, why not."""

    name: str  # llama.cpp | onnxruntime-genai
    package: str  # the Python package that carries it
    version: str | None
    installed: bool
    formats: list[str]  # model formats it runs
    devices: list[str]  # devices it can use here (cpu, cuda, metal, vulkan, directml, ...)
    reason: Notice | None = None  # GeneratorReason: why it is not installed or not usable

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["reason"] = self.reason.to_json() if self.reason else None
        return out


@dataclass(frozen=True)
class GeneratorInfo:
    """The generator that runs: which backend, on which device, and why there."""

    model: str
    backend: str
    device: str  # cpu, cuda, metal, vulkan, directml, ...
    threads: int | None
    context_tokens: int
    load_seconds: float
    choice: Notice | None  # GeneratorReason: why this backend and device
    fallback: Notice | None = None  # GeneratorReason: the device asked for did not run

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["choice"] = self.choice.to_json() if self.choice else None
        out["fallback"] = self.fallback.to_json() if self.fallback else None
        return out


@dataclass(frozen=True)
class GenerationStats:
    """The figures of one generation, measured by the backend where it says them."""

    prompt_tokens: int
    cached_tokens: int  # of the prompt, reused from the previous question (prefix cache)
    generated_tokens: int
    first_token_s: float  # from the request to the first piece of text
    prompt_tokens_per_s: float | None
    tokens_per_s: float | None  # generation
    total_s: float
    stop: str  # eos | length | cancelled

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class GeneratorStatus:
    """What the hardware dashboard shows of generation: the backends, the model in use, and
    the speed measured here (None before the first answer)."""

    backends: list[BackendInfo]
    model: str | None
    backend: str | None
    device: str | None
    tokens_per_s: float | None
    prompt_tokens_per_s: float | None
    answers: int

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["backends"] = [b.to_json() for b in self.backends]
        return out


# --- answers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A note given to the model: its number in the prompt, the memory, how close it was."""

    n: int
    memory_id: str
    title: str
    score: float
    cosine: float | None
    cited: bool = False  # the answer names it ([n]), or is made of its words
    cited_by: str | None = None  # "marker" ([n] in the answer) or "overlap" (its words)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    state: str  # an AskState
    text: str
    sources: list[Source]  # the notes the answer was made from, in prompt order
    note_tokens: int  # tokens of notes in the prompt (within the context budget)
    budget_tokens: int
    retrieval_s: float
    generator: GeneratorInfo | None = None
    stats: GenerationStats | None = None
    considered: list[Source] = field(default_factory=list)  # found but left out (budget)

    @property
    def cited(self) -> list[Source]:
        return [s for s in self.sources if s.cited]

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "answer": self.text,
            "sources": [s.to_json() for s in self.sources],
            "left_out": [s.to_json() for s in self.considered],
            "note_tokens": self.note_tokens,
            "budget_tokens": self.budget_tokens,
            "retrieval_s": round(self.retrieval_s, 4),
            "generator": self.generator.to_json() if self.generator else None,
            "stats": self.stats.to_json() if self.stats else None,
        }
