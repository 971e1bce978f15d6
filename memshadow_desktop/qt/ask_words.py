"""Translated words for asking the vault: the generator's reasons (backend and device), how
an answer came out, and its figures. Each code of core.api's ASK_CODES has words here (a test
checks it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from memshadow_desktop.core.api import (
    Answer,
    AskState,
    GeneratorInfo,
    GeneratorReason,
    GenModelStep,
    Notice,
)
from memshadow_desktop.qt.count_words import count_words

Params = Mapping[str, Any]


def _p(params: Params, key: str) -> str:
    value = params.get(key)
    return "?" if value is None else str(value)


_WORDS: dict[str, Callable[[Params], str]] = {
    GeneratorReason.BACKEND_NOT_INSTALLED: lambda p: QCoreApplication.translate(
        "Ask", "{0} is not installed ({1})."
    ).format(_p(p, "backend"), _p(p, "package")),
    GeneratorReason.BACKEND_FAILED: lambda p: QCoreApplication.translate(
        "Ask", "{0} is installed but does not work here."
    ).format(_p(p, "backend")),
    GeneratorReason.WRONG_FORMAT: lambda p: QCoreApplication.translate(
        "Ask", "{0} does not run {1} models."
    ).format(_p(p, "backend"), _p(p, "format")),
    GeneratorReason.NO_ACCELERATOR: lambda p: QCoreApplication.translate(
        "Ask", "no GPU here: {0} runs on the CPU"
    ).format(_p(p, "backend")),
    GeneratorReason.DEVICE_FELL_BACK: lambda p: QCoreApplication.translate(
        "Ask", "{0} could not run on {1}, so the CPU runs it"
    ).format(_p(p, "backend"), _p(p, "device")),
    GeneratorReason.CPU_DEFAULT: lambda p: QCoreApplication.translate(
        "Ask", "{0} on the CPU"
    ).format(_p(p, "backend")),
    GeneratorReason.ACCELERATOR: lambda p: QCoreApplication.translate("Ask", "{0} on {1}").format(
        _p(p, "backend"), _p(p, "device")
    ),
    GeneratorReason.REQUESTED: lambda p: QCoreApplication.translate(
        "Ask", "{0} on the CPU, as chosen"
    ).format(_p(p, "backend")),
    GenModelStep.CHECKING: lambda p: QCoreApplication.translate("Ask", "Checking {0}…").format(
        _p(p, "path")
    ),
    GenModelStep.DOWNLOADING: lambda p: QCoreApplication.translate(
        "Ask", "Downloading {0}…"
    ).format(_p(p, "path")),
    GenModelStep.EXTRACTING: lambda p: QCoreApplication.translate("Ask", "Unpacking {0}…").format(
        _p(p, "member")
    ),
    AskState.ANSWERED: lambda p: QCoreApplication.translate("Ask", "Answered from your notes."),
    AskState.NOT_FOUND: lambda p: QCoreApplication.translate("Ask", "Not found in your notes."),
    AskState.CANCELLED: lambda p: QCoreApplication.translate("Ask", "Stopped."),
    AskState.EMPTY_VAULT: lambda p: QCoreApplication.translate(
        "Ask", "The vault holds no memories yet."
    ),
}


def ask_words(notice: Notice) -> str | None:
    words = _WORDS.get(str(notice.code))
    return words(notice.params) if words is not None else None


def state_words(result: Answer) -> str:
    return ask_words(Notice(str(result.state))) or str(result.state)


def backend_line(info: GeneratorInfo | None) -> str:
    if info is None:
        return ""
    why = ask_words(info.choice) if info.choice else None
    line = QCoreApplication.translate("Ask", "{0} — {1}").format(
        info.model, why or f"{info.backend}/{info.device}"
    )
    if info.fallback is not None:
        line += " (" + (ask_words(info.fallback) or str(info.fallback.code)) + ")"
    return line


def figures_line(result: Answer) -> str:
    st = result.stats
    if st is None:
        return ""
    rate = f"{st.tokens_per_s:.1f}" if st.tokens_per_s else "?"
    return QCoreApplication.translate(
        "Ask",
        "first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes",
    ).format(
        st.first_token_s,
        rate,
        count_words().prompt_tokens(st.prompt_tokens),
        QLocale().toString(st.cached_tokens),
        QLocale().toString(result.note_tokens),
        count_words().tokens(result.budget_tokens),
    )
