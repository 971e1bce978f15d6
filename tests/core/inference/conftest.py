"""Fixtures: tiny generated BERT folders, and the real all-MiniLM-L6-v2 model for integration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from memshadow_desktop.core.inference.models import InstalledModel, ModelManager
from memshadow_desktop.core.inference.source import BertConfig
from memshadow_desktop.core.inference.testing import write_tiny_st_folder

TINY = BertConfig(
    vocab_size=120,
    hidden_size=64,
    num_layers=2,
    num_heads=4,
    intermediate_size=128,
    max_position=64,
)


@pytest.fixture
def tiny_cfg() -> BertConfig:
    return TINY


@pytest.fixture
def tiny_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tiny-st" / "tiny-minilm"
    write_tiny_st_folder(folder, TINY, seed=3)
    return folder


@pytest.fixture(scope="session")
def tiny_installed(tmp_path_factory: pytest.TempPathFactory) -> InstalledModel:
    root = tmp_path_factory.mktemp("tiny-installed")
    write_tiny_st_folder(root / "src", TINY, seed=5)
    manager = ModelManager(root / "models")
    return manager.import_folder(root / "src", name="tiny", precisions=["fp32", "int8", "int4"])


def real_model_dir() -> Path:
    value = os.environ.get("MEMSHADOW_TEST_MODEL_DIR")
    if not value:
        pytest.fail(
            "MEMSHADOW_TEST_MODEL_DIR is not set: point it at the all-MiniLM-L6-v2 "
            "sentence-transformers folder (scripts/test.sh sets it)"
        )
    folder = Path(value)
    if not (folder / "model.safetensors").is_file():
        pytest.fail(f"MEMSHADOW_TEST_MODEL_DIR={folder} holds no model.safetensors")
    return folder


@pytest.fixture(scope="session")
def real_home(tmp_path_factory: pytest.TempPathFactory, real_models_dir: Path) -> Path:
    """A MEMSHADOW home with the real model installed (FP32 + INT8), shared by the session:
    its models folder is the one the whole test session converts once (tests/conftest.py)."""
    home = tmp_path_factory.mktemp("real-home")
    from memshadow_desktop.core.paths import AppPaths

    paths = AppPaths.resolve(home)
    paths.ensure()
    paths.models_dir.symlink_to(real_models_dir, target_is_directory=True)
    return home


@pytest.fixture(scope="session")
def real_model(real_home: Path) -> InstalledModel:
    from memshadow_desktop.core.paths import AppPaths

    return ModelManager(AppPaths.resolve(real_home).models_dir).get("minilm")
