"""Downloads from a real HTTP server on 127.0.0.1: pinned checksums, interruption, resume."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from memshadow_desktop.core.errors import NetworkError
from memshadow_desktop.core.inference.catalog import CatalogEntry, load_catalog
from memshadow_desktop.core.inference.download import RemoteFile, fetch
from memshadow_desktop.core.inference.models import ModelManager


class FileServer:
    """Serves a folder; supports Range; can cut a file short once or serve wrong bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cut_once: dict[str, int] = {}  # path -> bytes to send before dropping
        self.corrupt: set[str] = set()
        self.ranges: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                rel = self.path.lstrip("/")
                path = server.root / rel
                if not path.is_file():
                    self.send_error(404)
                    return
                data = path.read_bytes()
                if rel in server.corrupt:
                    data = b"X" + data[1:]
                start = 0
                rng = self.headers.get("Range")
                if rng:
                    server.ranges.append(rng)
                    start = int(rng.split("=")[1].split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                cut = server.cut_once.pop(rel, None)
                if cut is not None:
                    self.wfile.write(body[:cut])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(tiny_folder: Path) -> Iterator[FileServer]:
    srv = FileServer(tiny_folder)
    try:
        yield srv
    finally:
        srv.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _entry(folder: Path, base: str, name: str = "tiny-remote") -> CatalogEntry:
    files = [
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "modules.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
    ]
    return CatalogEntry.from_dict(
        {
            "name": name,
            "kind": "sentence-transformers",
            "files": [
                {
                    "path": f,
                    "url": base + f,
                    "sha256": _sha(folder / f),
                    "size": (folder / f).stat().st_size,
                }
                for f in files
            ],
        }
    )


def test_fetch_resumes_an_interrupted_download(
    server: FileServer, tiny_folder: Path, tmp_path: Path
) -> None:
    src = tiny_folder / "model.safetensors"
    remote = RemoteFile(
        "model.safetensors", server.base + "model.safetensors", _sha(src), src.stat().st_size
    )
    server.cut_once["model.safetensors"] = 1000
    dest = tmp_path / "dl" / "model.safetensors"
    seen: list[int] = []
    with httpx.Client() as client:
        with pytest.raises(NetworkError, match="resume"):
            fetch(client, remote, dest, lambda p, d, t: seen.append(d))
        part = dest.with_name(dest.name + ".part")
        assert part.stat().st_size == 1000 and not dest.exists()
        fetch(client, remote, dest)
    assert server.ranges == ["bytes=1000-"]
    assert dest.read_bytes() == src.read_bytes() and not part.exists()
    assert seen and seen[-1] == 1000


def test_checksum_mismatch_discards_the_file(
    server: FileServer, tiny_folder: Path, tmp_path: Path
) -> None:
    src = tiny_folder / "tokenizer.json"
    server.corrupt.add("tokenizer.json")
    remote = RemoteFile("tokenizer.json", server.base + "tokenizer.json", _sha(src))
    dest = tmp_path / "tokenizer.json"
    with httpx.Client() as client, pytest.raises(NetworkError, match="checksum mismatch"):
        fetch(client, remote, dest)
    assert not dest.exists() and not dest.with_name("tokenizer.json.part").exists()


def test_http_error_is_a_network_error(server: FileServer, tmp_path: Path) -> None:
    remote = RemoteFile("x", server.base + "missing.bin", "0" * 64)
    with httpx.Client() as client, pytest.raises(NetworkError, match="HTTP 404"):
        fetch(client, remote, tmp_path / "x")


def test_download_installs_a_model(server: FileServer, tiny_folder: Path, tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models")
    server.cut_once["model.safetensors"] = 500
    entry = _entry(tiny_folder, server.base)
    with pytest.raises(NetworkError):
        manager.download(entry, precisions=["fp32"])
    assert manager.list() == []  # nothing half-installed
    model = manager.download(entry, precisions=["fp32"])
    assert model.name == "tiny-remote" and model.manifest["source"]["kind"] == "download"
    assert "bytes=500-" in server.ranges


def test_download_with_a_bad_pin_installs_nothing(
    server: FileServer, tiny_folder: Path, tmp_path: Path
) -> None:
    manager = ModelManager(tmp_path / "models")
    entry = _entry(tiny_folder, server.base)
    entry.files[1] = RemoteFile(entry.files[1].path, entry.files[1].url, "f" * 64)
    with pytest.raises(NetworkError, match="checksum mismatch"):
        manager.download(entry, precisions=["fp32"])
    assert manager.list() == []


def test_catalog_file_and_builtin_pins(tmp_path: Path, tiny_folder: Path) -> None:
    cat = tmp_path / "catalog.json"
    cat.write_text(
        json.dumps(
            {
                "models": [
                    {
                        "name": "Extra",
                        "files": [{"path": "a", "url": "http://127.0.0.1:1/a", "sha256": "0" * 64}],
                    }
                ]
            }
        )
    )
    entries = load_catalog(cat)
    assert "extra" in entries and "all-minilm-l6-v2" in entries
    st = {f.path: f for f in entries["all-minilm-l6-v2"].files}
    assert st["model.safetensors"].sha256.startswith("53aa5117")
