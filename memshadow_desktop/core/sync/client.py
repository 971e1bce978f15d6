"""The engine's HTTP side: one ``httpx.AsyncClient`` speaking protocol v2.

It talks to a server over ``https://`` only, or plain ``http://`` on this machine (a loopback
address); anything else needs ``insecure=True``, which the setup asks for by name. Nothing it
sends would let an observer log in: logins are signatures over one-time server challenges.

Every failure becomes a typed error: :class:`NetworkError` for anything transient (connection
refused, timeouts, 5xx, 429), :class:`DeviceRevokedError` when the server no longer accepts this
device, :class:`ServerError` for other refusals.
"""

from __future__ import annotations

import ipaddress
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
    DeviceUnknownError,
    InsecureServerError,
    QuotaExceededError,
    RegistrationClosedError,
    ServerError,
    SyncPassphraseError,
)
from memshadow_desktop.core.sync.keys import Signer, b64d, b64e

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class ResyncRequired(Exception):
    def __init__(self, head_seq: int, floor_seq: int) -> None:
        super().__init__(f"resync required (head {head_seq}, floor {floor_seq})")
        self.head_seq = head_seq
        self.floor_seq = floor_seq


class Unauthorized(ServerError):
    """The token is no longer accepted (expired, replaced, logged out, revoked device)."""

    code = "unauthorized"


class NotUpgraded(ServerError):
    """A protocol v1 account: it proves its auth secret once (PATH_UPGRADE) first."""

    code = "account_not_upgraded"


@dataclass
class Wire:
    """Bytes that crossed the network for one call."""

    up: int = 0
    down: int = 0


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(server: str, *, insecure: bool = False) -> str:
    """The server URL, normalized; refuses plain http to another machine unless ``insecure``."""
    try:
        url = httpx.URL(server.strip())
    except (httpx.InvalidURL, TypeError):
        raise InsecureServerError(f"not a server URL: {server!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InsecureServerError(f"not an http(s) server URL: {server!r}")
    if url.scheme == "http" and not is_loopback(url.host) and not insecure:
        raise InsecureServerError(str(url).rstrip("/"))
    return str(url).rstrip("/")


def _error(r: httpx.Response) -> Exception:
    try:
        body = r.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    code = str(body.get("error", "http"))
    detail = str(body.get("detail", ""))
    if r.status_code == 410 and code == p.ERR_RESYNC_REQUIRED:
        return ResyncRequired(int(body.get("head_seq", 0)), int(body.get("floor_seq", 0)))
    if code == p.ERR_DEVICE_REVOKED:
        return DeviceRevokedError(code)
    if code == p.ERR_UNKNOWN_DEVICE:
        return DeviceUnknownError(code)
    if r.status_code == 401 and code == p.ERR_UNAUTHORIZED:
        return Unauthorized(code)
    if code == p.ERR_BAD_CREDENTIALS:
        return SyncPassphraseError("account")
    if code == p.ERR_ACCOUNT_EXISTS:
        return AccountExistsError("account")
    if code == p.ERR_NOT_UPGRADED:
        return NotUpgraded(code)
    if code == p.ERR_QUOTA:
        return QuotaExceededError(detail or code)
    if code in (p.ERR_REGISTRATION, p.ERR_INVITE):
        return RegistrationClosedError(code)
    if r.status_code >= 500 or r.status_code == 429:
        return NetworkError(f"server answered {r.status_code} {code}")
    return ServerError(f"{r.status_code} {code}")


class ApiClient:
    def __init__(self, server: str, token: str | None = None, *, insecure: bool = False) -> None:
        self.server = check_server_url(server, insecure=insecure)
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

    async def _json(self, method: str, path: str, body: Any = None) -> Any:
        kw = {"json": body} if body is not None else {}
        return (await self._request(method, path, **kw)).json()

    # --- accounts, logins and keys -------------------------------------------------------------

    async def hello(self, account: str) -> dict[str, Any]:
        """The account's salt and KDF cost, and a one-time challenge to sign."""
        try:
            out: dict[str, Any] = await self._json("POST", p.PATH_HELLO, {"account": account})
        except ServerError as exc:
            if exc.detail.startswith("404"):
                raise ServerError("server_too_old") from None
            raise
        return out

    async def create_account(self, body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("POST", p.PATH_ACCOUNTS, body)
        self.token = out["token"]
        return out

    async def join(self, body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("POST", p.PATH_JOIN, body)
        self.token = out["token"]
        return out

    async def upgrade(self, body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("POST", p.PATH_UPGRADE, body)
        self.token = out["token"]
        return out

    async def signed(
        self,
        purpose: str,
        account: str,
        device_id: str,
        signer: Signer,
        fields: dict[str, Any] | None = None,
    ) -> dict[str, str]:
        """A fresh challenge, signed (with the request's ``fields``): the proof every
        login-like request carries."""
        hello = await self.hello(account)
        challenge = b64d(str(hello["challenge"]))
        message = p.signed_message(purpose, account, device_id, challenge, fields)
        return {"challenge": b64e(challenge), "signature": b64e(signer.sign(message))}

    async def session(self, account: str, device_id: str, signer: Signer) -> dict[str, Any]:
        """Log this device in with its own credential; the token replaces its previous one."""
        proof = await self.signed(p.SIGN_SESSION, account, device_id, signer)
        body = {"account": account, "device_id": device_id, **proof}
        out: dict[str, Any] = await self._json("POST", p.PATH_SESSION, body)
        self.token = out["token"]
        return out

    async def logout(self) -> None:
        await self._request("POST", p.PATH_LOGOUT)

    async def keys(self) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("GET", p.PATH_KEYS)
        return out

    async def rotate(self, body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("POST", p.PATH_ROTATE, body)
        return out

    async def change_passphrase(self, body: dict[str, Any]) -> None:
        await self._request("PUT", p.PATH_PASSPHRASE, json=body)

    async def devices(self) -> list[dict[str, Any]]:
        return list(await self._json("GET", p.PATH_DEVICES))

    async def update_self(self, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("PUT", p.PATH_DEVICE_SELF, values)
        return out

    async def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = await self._json("GET", p.PATH_STATS)
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
            records = p.decode_records(r.content).records
        except p.ProtocolError as exc:
            raise ServerError(f"malformed chain answer: {exc.detail}") from None
        if any(rec.stub for rec in records):
            raise ServerError("malformed chain answer: stub")
        return records

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
