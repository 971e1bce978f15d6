"""A real sync server on a fixed loopback port that can be stopped and started again (to go
offline and come back: the devices keep its URL)."""

from __future__ import annotations

import socket
from pathlib import Path

from memshadow_desktop.server.runner import ServerThread, free_port
from tests.server.conftest import fast_config


class RestartableServer:
    def __init__(self, db: Path) -> None:
        self.config = fast_config(f"sqlite:///{db}", heartbeat_s=1.0)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread: ServerThread | None = None

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self) -> RestartableServer:
        srv = ServerThread(self.config)
        # The same port every time: the devices have this URL in their sync settings.
        srv._sock.close()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        srv._sock = sock
        srv.port, srv.url = self.port, self.url
        self.thread = srv.start()
        return self

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    def __enter__(self) -> RestartableServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
