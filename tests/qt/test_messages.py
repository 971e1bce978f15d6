"""The window's words for the core's errors: by code and reason, never the core's prose."""

from __future__ import annotations

import ast
from typing import Any

from memshadow_desktop.core.api import (
    CorruptHeaderError,
    InferenceError,
    InvalidInputError,
    NetworkError,
    NotAVaultError,
    NotFoundError,
    OwnedElsewhereError,
)
from memshadow_desktop.qt import messages
from memshadow_desktop.qt.messages import describe_error
from tests.conftest import REPO


def test_an_error_is_worded_by_its_code_and_reason_with_its_facts(qapp: Any) -> None:
    prose = "the header belongs to a different vault"
    worded = describe_error(CorruptHeaderError(prose, reason="header_of_another_vault"))
    assert worded == "The vault's header belongs to another vault. Nothing was changed."
    newer = NotAVaultError("vault schema 9 is newer", reason="newer_schema", found=9, known=6)
    assert "(format 9; this one reads up to 6)" in describe_error(newer)
    short = InvalidInputError("too short", reason="passphrase_too_short", minimum=8)
    assert describe_error(short) == "The passphrase is too short: at least 8 characters."
    assert describe_error(NotFoundError("01a2b3c4")) == "Not found: 01a2b3c4"
    assert "process 4242" in describe_error(OwnedElsewhereError.of(_Owner()))


def test_the_cores_prose_never_reaches_the_window(qapp: Any) -> None:
    for exc in (
        InvalidInputError("unknown setting 'x' in some English"),
        InferenceError("inference failed: something in English"),
        NetworkError("connection refused to http://example"),
        CorruptHeaderError("unknown key derivation"),
    ):
        words = describe_error(exc)
        assert exc.detail not in words and words


def test_every_reason_the_core_names_has_words() -> None:
    """A reason added in core without words in qt/messages.py fails here."""
    reasons = set()
    for path in (REPO / "memshadow_desktop" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "reason" and isinstance(kw.value, ast.Constant):
                        reasons.add(kw.value.value)
    worded = {reason for _code, reason in messages._BY_REASON}
    assert reasons and reasons <= worded, sorted(reasons - worded)


class _Owner:
    kind = "window"
    pid = 4242
