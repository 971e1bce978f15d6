"""The engine's HTTP side: one ``httpx.AsyncClient`` speaking protocol v1.

Every failure becomes a typed error: :class:`NetworkError` for anything transient (connection
refused, timeouts, 5xx, 429), :class:`DeviceRevokedError` when the server no longer accepts this
device, :class:`ServerError` for other refusals.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from memshadow_desktop.core.errors import NetworkError
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.errors import (
    AccountExistsError,
    DeviceRevokedError,
    ServerError,
    SyncPassphraseError,
)
from memshadow_desktop.core.sync.keys import b64e

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class ResyncRequired(Exception):
    def __init__(self, head_seq: int, floor_seq: int) -> None:
        super().__init__(f"resync required (head {head_seq}, floor {floor_seq})")
        self.head_seq = head_seq
        self.floor_seq = floor_seq


class Unauthorized(ServerError):
    """The token is no longer accepted (revoked device, or a server that forgot it)."""

    code = "unauthorized"


@dataclass
class Wire:
    """Bytes that crossed the network for one call."""

    up: int = 0
    down: int = 0


def _error(r: httpx.Response) -> Exception:
    try:
        body = r.json()
    except ValueError:
        body = {}
    code = str(body.get("error", "http"))
    if r.status_code == 410 and code == p.ERR_RESYNC_REQUIRED:
        extra = body if isinstance(body, dict) else {}
        return ResyncRequired(int(extra.get("head_seq", 0)), int(extra.get("floor_seq", 0)))
    if code == p.ERR_DEVICE_REVOKED:
        return DeviceRevokedError(code)
    if r.status_code == 401 and code == p.ERR_UNAUTHORIZED:
        return Unauthorized(code)
    if code == p.ERR_BAD_CREDENTIALS:
        return SyncPassphraseError("account")
    if code == p.ERR_ACCOUNT_EXISTS:
        return AccountExistsError("account")
    if r.status_code >= 500 or r.status_code == 429:
        return NetworkError(f"server answered {r.status_code} {code}")
    return ServerError(f"{r.status_code} {code}")


class ApiClient:
    def __init__(self, server: str, token: str | None = None) -> None:
        self.server = server.rstrip("/")
        self.token = token
        self.http = httpx.AsyncClient(base_url=self.server, timeout=TIMEOUT)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    @property
    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def _request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        headers = {**self._auth, **kw.pop("headers", {})}
        try:
            r = await self.http.request(method, path, headers=headers, **kw)
        except httpx.HTTPError as exc:
            raise NetworkError(f"{type(exc).__name__} talking to {self.server}") from None
        if r.status_code >= 400:
            raise _error(r)
        return r

    # --- accounts and devices ------------------------------------------------------------------

    async def create_account(
        self, account: str, auth_secret: bytes, wrapped_key: bytes, device: dict[str, Any]
    ) -> dict[str, Any]:
        body = {
            "account": account,
            "auth_secret": b64e(auth_secret),
            "wrapped_key": b64e(wrapped_key),
            "device": device,
        }
        out: dict[str, Any] = (await self._request("POST", p.PATH_ACCOUNTS, json=body)).json()
        self.token = out["token"]
        return out

    async def login(
        self, account: str, auth_secret: bytes, device: dict[str, Any]
    ) -> dict[str, Any]:
        body = {"account": account, "auth_secret": b64e(auth_secret), "device": device}
        out: dict[str, Any] = (await self._request("POST", p.PATH_LOGIN, json=body)).json()
        self.token = out["token"]
        return out

    async def devices(self) -> list[dict[str, Any]]:
        return list((await self._request("GET", p.PATH_DEVICES)).json())

    async def update_self(self, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = (await self._request("PUT", p.PATH_DEVICE_SELF, json=values)).json()
        return out

    async def revoke(self, device_id: str) -> None:
        await self._request("DELETE", f"{p.PATH_DEVICES}/{device_id}")

    async def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = (await self._request("GET", p.PATH_STATS)).json()
        return out

    # --- records -------------------------------------------------------------------------------

    async def push(self, records: Sequence[p.PushRecord], wire: Wire) -> p.PushResponse:
        body = p.encode_push(records)
        wire.up += len(body)
        r = await self._request(
            "POST", p.PATH_PUSH, content=body, headers={"Content-Type": p.BATCH_MEDIA_TYPE}
        )
        wire.down += len(r.content)
        return p.PushResponse.from_json(r.json())

    async def pull(self, after: int, limit: int, wire: Wire) -> p.RecordBatch:
        r = await self._request("GET", p.PATH_PULL, params={"after": after, "limit": limit})
        wire.down += len(r.content)
        try:
            return p.decode_records(r.content)
        except p.ProtocolError as exc:
            raise ServerError(f"malformed pull answer: {exc.detail}") from None

    async def chain(self, memory_id: str, revision: str | None, wire: Wire) -> list[p.StoredRecord]:
        params = {"revision": revision} if revision else {}
        r = await self._request("GET", p.PATH_CHAIN.format(memory_id=memory_id), params=params)
        wire.down += len(r.content)
        try:
            return p.decode_records(r.content).records
        except p.ProtocolError as exc:
            raise ServerError(f"malformed chain answer: {exc.detail}") from None

    async def events(self) -> AsyncIterator[tuple[str, dict[str, Any]]]:
        """Server-sent events as (name, data); ends when the stream does."""
        try:
            async with self.http.stream(
                "GET",
                p.PATH_EVENTS,
                headers=self._auth,
                timeout=httpx.Timeout(30.0, connect=10.0, read=120.0),
            ) as r:
                if r.status_code >= 400:
                    await r.aread()
                    raise _error(r)
                name, data = "message", ""
                async for line in r.aiter_lines():
                    if not line:
                        if data:
                            try:
                                parsed = json.loads(data)
                            except ValueError:
                                parsed = None
                            if isinstance(parsed, dict):
                                yield name, parsed
                        name, data = "message", ""
                    elif line.startswith("event:"):
                        name = line[6:].strip()
                    elif line.startswith("data:"):
                        data += line[5:].strip()
        except httpx.HTTPError as exc:
            raise NetworkError(f"{type(exc).__name__} on the event stream") from None
