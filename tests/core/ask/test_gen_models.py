"""Generation models: import a GGUF (checked, hashed), list, choose, remove; the catalogue with
its pins and the default for this machine's memory; downloads pinned, resumable, cancellable."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import httpx
import pytest

from memshadow_desktop.core.errors import InferenceError, InvalidInputError, NetworkError
from memshadow_desktop.core.inference import gen_models
from memshadow_desktop.core.inference.download import DownloadCancelled
from memshadow_desktop.core.inference.gen_models import GenCatalogEntry, GenModelManager
from tests.core.ask.conftest import TINY_GGUF_SHA256


def test_import_list_use_remove(tmp_path: Path, tiny_gguf: Path) -> None:
    manager = GenModelManager(tmp_path / "models")
    with pytest.raises(InferenceError) as none:
        manager.current()
    assert none.value.reason == "no_generation_model"
    model = manager.import_file(tiny_gguf, name="smol")
    assert model.sha256 == TINY_GGUF_SHA256 and model.format == "gguf"
    assert (model.parameters, model.quantization) == ("135M", "Q4_1")
    assert manager.path_of(model).read_bytes()[:4] == b"GGUF"
    assert [m.name for m in manager.list()] == ["smol"] and manager.current().name == "smol"
    with pytest.raises(InvalidInputError):
        manager.import_file(tiny_gguf, name="smol")
    assert manager.use("smol").in_use
    assert manager.remove("smol") == "smol" and manager.list() == []
    assert not any(p.name.startswith(".staging") for p in manager.root.iterdir())


def test_a_file_that_is_not_gguf_is_refused_and_nothing_stays(tmp_path: Path) -> None:
    bad = tmp_path / "notes.gguf"
    bad.write_text("hello")
    manager = GenModelManager(tmp_path / "models")
    with pytest.raises(InvalidInputError):
        manager.import_file(bad)
    assert manager.list() == []


def test_the_catalogue_pins_and_picks_by_memory() -> None:
    catalog = gen_models.load_catalog()
    smol = catalog["smollm2-135m-instruct"]
    assert smol.sha256 == TINY_GGUF_SHA256 and smol.pypi is not None
    assert gen_models.default_for(4096, catalog).name == "qwen2.5-0.5b-instruct"
    assert gen_models.default_for(12_000, catalog).name == "qwen2.5-1.5b-instruct"
    assert gen_models.default_for(32_000, catalog).name == "phi-3.5-mini-instruct"
    assert gen_models.default_for(1024, catalog).name == "smollm2-135m-instruct"


def test_every_builtin_entry_is_pinned_to_an_immutable_file() -> None:
    for entry in gen_models.load_catalog().values():
        assert entry.sha256 is not None and len(entry.sha256) == 64, entry.name
        if entry.url is not None:
            # A revision, not a branch: the bytes behind the URL cannot move under the pin.
            revision = entry.url.split("/resolve/")[1].split("/")[0]
            assert len(revision) == 40 and revision != "main", entry.name


def test_an_unpinned_entry_is_never_downloaded(tmp_path: Path) -> None:
    entry = GenCatalogEntry("someone-1b", "", "1B", "Q4_0", 1 << 20, None, 0, url="https://x/y")
    with pytest.raises(InvalidInputError) as err:
        GenModelManager(tmp_path / "m").download(entry)
    assert err.value.reason == "not_pinned"


def _fake_gguf() -> bytes:
    return b"GGUF" + bytes(range(256)) * 4096


def _server(data: bytes, *, stop_after: int | None = None) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        start = 0
        if "range" in request.headers:
            start = int(request.headers["range"].split("=")[1].rstrip("-"))
        body = data[start:]
        status = 206 if start else 200
        return httpx.Response(status, content=body, headers={"content-length": str(len(body))})

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_download_checks_the_pin_resumes_and_cancels(tmp_path: Path) -> None:
    data = _fake_gguf()
    pin = hashlib.sha256(data).hexdigest()
    entry = GenCatalogEntry("fake-1m", "", "1M", "Q4_0", len(data), pin, 0, url="https://x/y.gguf")
    manager = GenModelManager(tmp_path / "models")
    cancel = threading.Event()
    seen: list[int] = []

    def progress(_path: str, done: int, _total: int | None) -> None:
        seen.append(done)
        cancel.set()

    with pytest.raises(DownloadCancelled):
        manager.download(entry, client=_server(data), progress=progress, cancel=cancel)
    assert manager.list() == []
    model = manager.download(entry, client=_server(data), progress=lambda *a: None)
    assert model.sha256 == pin and model.name == "fake-1m"
    wrong = GenCatalogEntry("fake-2", "", "", "", len(data), "0" * 64, 0, url="https://x/y")
    with pytest.raises(NetworkError):
        manager.download(wrong, client=_server(data))
    assert [m.name for m in manager.list()] == ["fake-1m"]
