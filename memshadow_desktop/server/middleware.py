"""ASGI middleware: request body limits and request latency metrics."""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from memshadow_desktop.core.sync.protocol import ERR_TOO_LARGE, MAX_BODY_BYTES, PATH_PUSH
from memshadow_desktop.server.metrics import Metrics

CONTROL_BODY_LIMIT = 256 * 1024


async def _send_error(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps({"error": code, "detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Read the whole body up front (bounded), so an oversized one is a clean 413."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        limit = MAX_BODY_BYTES if scope["path"] == PATH_PUSH else CONTROL_BODY_LIMIT
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "malformed", "bad Content-Length")
                    return
                if declared > limit:
                    await _send_error(send, 413, ERR_TOO_LARGE, f"body over {limit} bytes")
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _send_error(send, 413, ERR_TOO_LARGE, f"body over {limit} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class RequestMetrics:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [500]
        timed = [False]

        def observe() -> None:
            if timed[0]:
                return
            timed[0] = True
            route: Any = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.latency.labels(scope["method"], template, str(status[0])).observe(
                time.perf_counter() - start
            )

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                if scope["path"].endswith("/events"):
                    observe()  # a stream: time to first byte
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        finally:
            observe()
