"""A small synchronous client of protocol v1 (tests, benchmarks, and a reference for the engine)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

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


def device(device_id: str, name: str | None = None, type_: str = "laptop") -> dict[str, Any]:
    return {"id": device_id, "name": name or device_id, "type": type_, "capabilities": {}}


class SyncClient:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 30.0) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=timeout)
        self.token = token

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

    def create_account(
        self, account: str, auth_secret: bytes, wrapped_key: bytes, dev: dict[str, Any]
    ) -> dict[str, Any]:
        body = {
            "account": account,
            "auth_secret": p.b64e(auth_secret),
            "wrapped_key": p.b64e(wrapped_key),
            "device": dev,
        }
        out: dict[str, Any] = self._check(self.http.post(p.PATH_ACCOUNTS, json=body)).json()
        self.token = out["token"]
        return out

    def login(self, account: str, auth_secret: bytes, dev: dict[str, Any]) -> dict[str, Any]:
        body = {"account": account, "auth_secret": p.b64e(auth_secret), "device": dev}
        out: dict[str, Any] = self._check(self.http.post(p.PATH_LOGIN, json=body)).json()
        self.token = out["token"]
        return out

    def get(self, path: str, **kw: Any) -> Any:
        return self._check(self.http.get(path, headers=self.auth_headers, **kw)).json()

    def post(self, path: str, body: Any) -> Any:
        return self._check(self.http.post(path, json=body, headers=self.auth_headers)).json()

    def devices(self) -> list[dict[str, Any]]:
        return list(self.get(p.PATH_DEVICES))

    def revoke(self, device_id: str) -> None:
        self._check(self.http.delete(f"{p.PATH_DEVICES}/{device_id}", headers=self.auth_headers))

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
    return os.urandom(32).hex()
