"""Shared fixtures: temporary homes, fast key derivation for in-process vaults, a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets.header import KdfParams

REPO = Path(__file__).resolve().parents[1]
# The project's test corpus (real notes, their edit history, a README's 40 versions) lives
# beside the checkout, not in it; CI always has it, a fresh clone does not.
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "til"
# Set by .ci/run: there a missing corpus is a failure, not a reason to skip.
CORPUS_REQUIRED_ENV = "MEMSHADOW_TEST_CORPUS_REQUIRED"
PASSPHRASE = "correct horse battery"
# Cheap Argon2id for in-process tests; the CLI tests use the real parameters.
FAST_KDF = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)


def shared_corpus(*parts: str) -> Path:
    """``../shared/corpus/til/<parts>``; the calling test is skipped with one line saying what
    is missing when it is not there (failed instead where CORPUS_REQUIRED_ENV is set)."""
    path = SHARED_CORPUS.joinpath(*parts)
    if not path.exists():
        what = "/".join(("../shared/corpus/til", *parts))
        message = f"needs {what} (the project's test corpus; CI has it)"
        if os.environ.get(CORPUS_REQUIRED_ENV):
            pytest.fail(f"{message}, but it is missing at {path}")
        pytest.skip(message)
    return path


def corpus_dir() -> Path:
    """The corpus's notes folder (see :func:`shared_corpus`)."""
    return shared_corpus("notes")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "home")


@pytest.fixture
def service(paths: AppPaths) -> Iterator[Any]:
    from memshadow_desktop.core.service import MemshadowService

    svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        yield svc
    finally:
        svc.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def memshadow_bin() -> str:
    return str(Path(sys.executable).with_name("memshadow"))


class Cli:
    def __init__(self, home: Path, env: dict[str, str] | None = None) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "MEMSHADOW_HOME": str(home),
            "MEMSHADOW_PASSPHRASE": PASSPHRASE,
            "PYTHONPATH": str(REPO),
        }
        self.env.pop("MEMSHADOW_DEBUG", None)
        self.env.update(env or {})

    def __call__(
        self, *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> CliResult:
        full_env = {**self.env, **(env or {})}
        proc = subprocess.run(
            [memshadow_bin(), *args],
            input=input.encode() if isinstance(input, str) else input,
            capture_output=True,
            env=full_env,
            timeout=300,
        )
        result = CliResult(proc.returncode, proc.stdout.decode(), proc.stderr.decode())
        # Whatever happened, the user never sees a traceback.
        assert "Traceback" not in result.err, result.err
        return result


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture
def vault_cli(cli: Cli) -> Cli:
    result = cli("init", "--no-keyring")
    assert result.code == 0, result.err
    return cli


def real_model_source() -> Path:
    value = os.environ.get("MEMSHADOW_TEST_MODEL_DIR")
    if not value or not (Path(value) / "model.safetensors").is_file():
        pytest.fail(
            "MEMSHADOW_TEST_MODEL_DIR must point at the all-MiniLM-L6-v2 sentence-transformers "
            "folder (scripts/test.sh fetches it and sets the variable)"
        )
    return Path(value)


@pytest.fixture(scope="session")
def real_models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real embedding model converted and installed once per test session (INT8 + FP32)."""
    from memshadow_desktop.core.inference.models import ModelManager

    root = tmp_path_factory.mktemp("real-models")
    ModelManager(root / "models").import_folder(
        real_model_source(), name="minilm", precisions=["fp32", "int8"]
    )
    return root / "models"


@pytest.fixture
def home_with_model(tmp_path: Path, real_models_dir: Path) -> Path:
    """A fresh home whose models folder is the session's installed real model."""
    home = tmp_path / "home"
    paths = AppPaths.resolve(home)
    paths.ensure()
    paths.models_dir.symlink_to(real_models_dir, target_is_directory=True)
    return home
