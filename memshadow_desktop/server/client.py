"""A small synchronous client of protocol v2 (tests, benchmarks, and a reference for the engine).

It speaks the wire protocol with stand-in key material: an account's signing key is made from a
32-byte ``secret`` (the real client derives it from the passphrase), and a device's credential
from a seed :func:`device` makes. It never encrypts anything (records are opaque to it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from memshadow_desktop.core.sync import protocol as p


class ApiFailure(Exception):
    def __init__(self, response: httpx.Response) -> None:
        try:
            body = response.json()
        except ValueError:
            body = {"error": "http", "detail": response.text[:200]}
        super().__init__(f"{response.status_code} {body.get('error')}: {body.get('detail')}")
        self.status = response.status_code
        self.code = str(body.get("error"))
        self.body = body


@dataclass
class Event:
    name: str
    data: dict[str, Any]


def _signer(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key(seed: bytes) -> bytes:
    return (
        _signer(seed)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def device(device_id: str, name: str | None = None, type_: str = "laptop") -> dict[str, Any]:
    """A device as it registers, with a fresh credential (its seed under ``_seed``, kept by
    the client, never sent). ``name`` and ``type_`` stand in sealed details."""
    seed = os.urandom(32)
    details = f"{name or device_id}|{type_}".encode().ljust(24, b"\x00")
    return {
        "id": device_id,
        "key": p.b64e(public_key(seed)),
        "wrapped_kek": p.b64e(os.urandom(60)),
        "details": p.b64e(details),
        "_seed": seed,
    }


def _public(dev: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dev.items() if not k.startswith("_")}


class SyncClient:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 30.0) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=timeout)
        self.token = token
        self.account: str | None = None
        self.device_id: str | None = None
        self.device_seed: bytes | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def auth_headers(self) -> dict[str, str]:
        """The bearer header, for requests made on ``http`` directly (raw-protocol callers)."""
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _check(self, r: httpx.Response) -> httpx.Response:
        if r.status_code >= 400:
            raise ApiFailure(r)
        return r

    # accounts -----------------------------------------------------------------

    def hello(self, account: str) -> dict[str, Any]:
        out: dict[str, Any] = self._check(
            self.http.post(p.PATH_HELLO, json={"account": account})
        ).json()
        return out

    def _keep(self, out: dict[str, Any], dev: dict[str, Any]) -> dict[str, Any]:
        self.token = out["token"]
        self.account, self.device_id = out["account"], dev["id"]
        self.device_seed = dev.get("_seed", self.device_seed)
        return out

    def create_account(
        self,
        account: str,
        secret: bytes,
        wrapped_key: bytes,
        dev: dict[str, Any],
        *,
        invite: str | None = None,
    ) -> dict[str, Any]:
        """``secret``: the seed of the account's signing key (stands in for the passphrase)."""
        body: dict[str, Any] = {
            "account": account,
            "salt": p.b64e(os.urandom(16)),
            "kdf": dict(p.DEFAULT_KDF),
            "account_key": p.b64e(public_key(secret)),
            "wrapped_key": p.b64e(wrapped_key),
            "device": _public(dev),
        }
        if invite:
            body["invite"] = invite
        out: dict[str, Any] = self._check(self.http.post(p.PATH_ACCOUNTS, json=body)).json()
        return self._keep(out, dev)

    def signed(
        self,
        purpose: str,
        account: str,
        device_id: str,
        seed: bytes,
        fields: dict[str, Any] | None = None,
    ) -> dict[str, str]:
        challenge = p.b64d(self.hello(account)["challenge"])
        message = p.signed_message(purpose, account, device_id, challenge, fields)
        return {"challenge": p.b64e(challenge), "signature": p.b64e(_signer(seed).sign(message))}

    def login(self, account: str, secret: bytes, dev: dict[str, Any]) -> dict[str, Any]:
        """Join a device: the account's signature (made from ``secret``) over a challenge."""
        name = p.normalize_account(account)
        device_body = _public(dev)
        proof = self.signed(p.SIGN_JOIN, name, dev["id"], secret, device_body)
        body = {"account": account, **proof, "device": device_body}
        out: dict[str, Any] = self._check(self.http.post(p.PATH_JOIN, json=body)).json()
        return self._keep(out, dev)

    def session(self) -> dict[str, Any]:
        """Log this client's device in again with its own credential."""
        assert self.account and self.device_id and self.device_seed
        proof = self.signed(p.SIGN_SESSION, self.account, self.device_id, self.device_seed)
        body = {"account": self.account, "device_id": self.device_id, **proof}
        out: dict[str, Any] = self._check(self.http.post(p.PATH_SESSION, json=body)).json()
        self.token = out["token"]
        return out

    def get(self, path: str, **kw: Any) -> Any:
        return self._check(self.http.get(path, headers=self.auth_headers, **kw)).json()

    def post(self, path: str, body: Any) -> Any:
        return self._check(self.http.post(path, json=body, headers=self.auth_headers)).json()

    def devices(self) -> list[dict[str, Any]]:
        return list(self.get(p.PATH_DEVICES))

    def put(self, path: str, body: Any) -> Any:
        r = self._check(self.http.put(path, json=body, headers=self.auth_headers))
        return r.json() if r.content else None

    def revoke(self, secret: bytes, device_id: str, *, key_version: int | None = None) -> int:
        """Revoke a device and install the next key version (stand-in sealed keys), signed
        with the account's key made from ``secret``."""
        assert self.account and self.device_id
        version = key_version or int(self.get(p.PATH_KEYS)["key_version"]) + 1
        fields = {
            "device_id": self.device_id,
            "revoke": [device_id],
            "key_version": version,
            "wrapped_key": p.b64e(os.urandom(60)),
            "key_history": p.b64e(os.urandom(60)),
            "grants": {},
        }
        proof = self.signed(p.SIGN_ROTATE, self.account, self.device_id, secret, fields)
        out = self.post(p.PATH_ROTATE, {**fields, **proof})
        return int(out["key_version"])

    # records ------------------------------------------------------------------

    def push(self, records: Sequence[p.PushRecord]) -> p.PushResponse:
        r = self.http.post(
            p.PATH_PUSH,
            content=p.encode_push(records),
            headers={**self.auth_headers, "Content-Type": p.BATCH_MEDIA_TYPE},
        )
        return p.PushResponse.from_json(self._check(r).json())

    def pull(self, after: int = 0, limit: int = p.DEFAULT_PULL_LIMIT) -> p.RecordBatch:
        r = self.http.get(
            p.PATH_PULL, params={"after": after, "limit": limit}, headers=self.auth_headers
        )
        return p.decode_records(self._check(r).content)

    def pull_all(self, after: int = 0, limit: int = p.DEFAULT_PULL_LIMIT) -> list[p.StoredRecord]:
        out: list[p.StoredRecord] = []
        while True:
            batch = self.pull(after, limit)
            out.extend(batch.records)
            after = batch.next_cursor
            if not batch.more:
                return out

    def snapshot_all(self, limit: int = p.DEFAULT_PULL_LIMIT) -> tuple[list[p.StoredRecord], int]:
        """Bootstrap: every memory's current chain; returns (records, cursor to pull after)."""
        out: list[p.StoredRecord] = []
        after, upto = 0, 0
        while True:
            r = self.http.get(
                p.PATH_SNAPSHOT,
                params={"after": after, "upto": upto, "limit": limit},
                headers=self.auth_headers,
            )
            batch = p.decode_records(self._check(r).content)
            out.extend(batch.records)
            after, upto = batch.next_cursor, batch.head_seq
            if not batch.more:
                return out, upto

    def chain(self, memory_id: str, revision: str | None = None) -> list[p.StoredRecord]:
        params = {"revision": revision} if revision else {}
        r = self.http.get(
            p.PATH_CHAIN.format(memory_id=memory_id), params=params, headers=self.auth_headers
        )
        return p.decode_records(self._check(r).content).records

    def events(self, timeout: float = 30.0) -> Iterator[Event]:
        """Server-sent events, parsed; iterate in a thread (it blocks)."""
        with self.http.stream(
            "GET",
            p.PATH_EVENTS,
            headers=self.auth_headers,
            timeout=httpx.Timeout(timeout, read=None),
        ) as r:
            if r.status_code >= 400:
                r.read()
                raise ApiFailure(r)
            name, data = "message", ""
            for line in r.iter_lines():
                if not line:
                    if data:
                        yield Event(name, json.loads(data))
                    name, data = "message", ""
                elif line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data += line[5:].strip()


def random_revision() -> str:
    return os.urandom(16).hex()


def sealed(data: bytes, key_version: int = 1) -> bytes:
    """Stand-in ciphertext: a v2 envelope header (the key version) before ``data``."""
    return b"\x02" + key_version.to_bytes(2, "big") + data
