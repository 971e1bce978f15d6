"""One app per vault: a second start hands its request to the running app and exits.

The running app listens on a local socket (a named pipe on Windows) whose name is derived from
the vault's folder, so apps of different vaults (``--home``) run side by side. Only this user
can connect: the socket lives in the user's runtime directory where there is one, and is
created with owner-only access. A socket left by a crash is removed by the next start, which
first checks that nothing answers on it.

The exchange is one line of JSON each way: the request (``search``, ``dashboard``), then the
running app's answer (``ok``, and what its window shows). Asking needs no QApplication, so a
second start hands over without a display and without loading the window's stack.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 1000
ANSWER_MS = 5000
MAX_REQUEST = 64 * 1024  # a request is a few words; anything longer is not one
CLAIM_MS = 5000  # how long a start waits for another start deciding at the same moment

Request = dict[str, Any]
Handler = Callable[[Request], Request]


def server_name(data_dir: Path) -> str:
    """The socket's name for the vault in ``data_dir`` (the same for every start of it)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:24]
    name = f"memshadow-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    # Qt's default place on Linux is /tmp, which every user shares; the runtime dir is ours.
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


def _lock_path(name: str) -> str:
    folder = os.path.dirname(name) if os.path.isabs(name) else QDir.tempPath()
    return os.path.join(folder, os.path.basename(name) + ".lock")


class Outcome(enum.Enum):
    NOBODY = "nobody"  # no app runs for this vault
    HANDED_OVER = "handed_over"
    NO_ANSWER = "no_answer"  # one runs, but did not answer in time


@contextmanager
def taking_turns(name: str) -> Iterator[None]:
    """Two starts at the same moment take turns between asking for a running app and becoming
    it (else both could find nothing, and the second's socket replace the first's)."""
    lock = QLockFile(_lock_path(name))
    locked = lock.tryLock(CLAIM_MS)
    try:
        yield
    finally:
        if locked:
            lock.unlock()


def hand_over(name: str, request: Request) -> tuple[Outcome, Request | None]:
    """Send ``request`` to the app listening on ``name`` and wait for its answer."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return Outcome.NOBODY, None
    socket.write(QByteArray(json.dumps(request).encode() + b"\n"))
    socket.waitForBytesWritten(CONNECT_MS)
    line = _read_line(socket, ANSWER_MS)
    socket.disconnectFromServer()
    try:
        answer = json.loads(line) if line else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict) or not answer.get("ok"):
        return Outcome.NO_ANSWER, None
    return Outcome.HANDED_OVER, answer


def _read_line(socket: QLocalSocket, timeout_ms: int) -> bytes:
    deadline = time.monotonic() + timeout_ms / 1000
    while not socket.canReadLine():
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0 or not socket.waitForReadyRead(left):
            return b""
    return bytes(socket.readLine().data()).strip()


class InstanceServer(QObject):
    """Listens for later starts; ``handler`` turns each request into the answer sent back."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        # Called only when nothing answered on the name: what is left there is a crash's.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
            return False
        return True

    def socket_path(self) -> str:
        """Where the socket is (a file on Unix, a pipe's name on Windows)."""
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST:
                socket.abort()
            return
        answer = self._answer(bytes(socket.readLine().data()))
        socket.write(QByteArray(json.dumps(answer).encode() + b"\n"))
        socket.flush()
        socket.disconnectFromServer()

    def _answer(self, line: bytes) -> Request:
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            return {"ok": False}
        return {**self.handler(request), "ok": True}
