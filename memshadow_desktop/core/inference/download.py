"""Resumable, checksum-pinned downloads over httpx.

A file is fetched into ``NAME.part``; an interrupted transfer keeps the part and the next call
asks the server for the rest (``Range``). Only a file whose SHA-256 matches the pin is moved to
its final name; a mismatch deletes the part and raises.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from memshadow_desktop.core.errors import NetworkError

if TYPE_CHECKING:  # httpx loads only for a download, not with every model opened
    import httpx

Progress = Callable[[str, int, int | None], None]  # (file, bytes done, total or None)


class DownloadCancelled(Exception):
    """A download was cancelled; its ``.part`` stays, and the next call resumes it."""


@dataclass(frozen=True)
class RemoteFile:
    path: str  # relative path inside the model folder
    url: str
    sha256: str
    size: int | None = None


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(
    client: httpx.Client,
    remote: RemoteFile,
    dest: Path,
    progress: Progress | None = None,
    *,
    cancel: threading.Event | None = None,
) -> Path:
    """Download ``remote`` to ``dest`` (resuming a ``.part``), verify its SHA-256, return dest.
    ``cancel`` set: :class:`DownloadCancelled` between chunks (the part is kept)."""
    want = remote.sha256.lower()
    if dest.is_file() and sha256_of(dest) == want:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    have = part.stat().st_size if part.is_file() else 0
    if remote.size is not None and have > remote.size:
        part.unlink()
        have = 0
    if not (remote.size is not None and have == remote.size):
        _transfer(client, remote, part, have, progress, cancel)
    got = sha256_of(part)
    if got != want:
        part.unlink(missing_ok=True)
        raise NetworkError(
            f"checksum mismatch for {remote.path} from {remote.url}: "
            f"expected sha256 {want}, got {got}; the file was discarded"
        )
    part.replace(dest)
    return dest


def _transfer(
    client: httpx.Client,
    remote: RemoteFile,
    part: Path,
    have: int,
    progress: Progress | None,
    cancel: threading.Event | None = None,
) -> None:
    import httpx

    headers = {"Range": f"bytes={have}-"} if have else {}
    done = have
    try:
        with client.stream("GET", remote.url, headers=headers) as resp:
            if resp.status_code == 416 and have:
                # The part is already complete (or the server cannot resume): verify as is.
                return
            if resp.status_code == 206 and have:
                mode = "ab"
            elif resp.status_code == 200:
                mode, done = "wb", 0
            else:
                raise NetworkError(f"{remote.url}: HTTP {resp.status_code}")
            length = resp.headers.get("content-length")
            total = done + int(length) if length and length.isdigit() else remote.size
            with part.open(mode) as out:
                for chunk in resp.iter_bytes():
                    if cancel is not None and cancel.is_set():
                        raise DownloadCancelled(remote.path)
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(remote.path, done, total)
            if total is not None and done < total:
                raise NetworkError(
                    f"{remote.url}: connection closed after {done} of {total} bytes; "
                    "run the command again to resume"
                )
    except httpx.HTTPError as exc:
        raise NetworkError(
            f"{remote.url}: download interrupted after {done} bytes ({type(exc).__name__}); "
            "run the command again to resume"
        ) from exc
