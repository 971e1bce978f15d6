"""schemathesis against /openapi.json: generated input never makes the server fail (no 5xx)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.client import SyncClient, device, random_revision
from memshadow_desktop.server.runner import ServerThread

from .conftest import fast_config, rec, unique

EXAMPLES = 20  # per operation and mode: modest for a 2-core CI


@schemathesis.serializer(p.BATCH_MEDIA_TYPE)
def _batch(_ctx: Any, value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerThread, str]]:
    path = tmp_path_factory.mktemp("fuzz") / "server.db"
    with ServerThread(fast_config(f"sqlite:///{path}", login_max_attempts_per_ip=10_000)) as srv:
        c = SyncClient(srv.url)
        c.create_account(unique("fuzz"), os.urandom(32), os.urandom(60), device("fuzz-main-7f3a"))
        mem = p.new_memory_id()
        c.push([rec(mem, random_revision(), b"seed")])
        assert c.token
        yield srv, c.token
        c.close()


MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_no_server_errors(mode: Any, fuzz_server: tuple[ServerThread, str]) -> None:
    srv, token = fuzz_server
    api = schemathesis.openapi.from_url(srv.url + "/openapi.json")
    failures: list[str] = []
    operations = 0
    for result in api.get_all_operations():
        op = result.ok()
        if op.path == p.PATH_EVENTS:  # an endless stream; covered by test_events
            continue
        operations += 1

        @given(case=op.as_strategy(mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            headers = dict(case.headers or {})
            headers["Authorization"] = f"Bearer {token}"  # a real device, so calls get past auth
            response = case.call(base_url=srv.url, headers=headers, timeout=30)
            if response.status_code >= 500:
                where = f"{case.method} {case.formatted_path}"
                failures.append(f"{where}: {response.status_code} {response.text[:200]}")

        try:
            check()
        except Unsatisfiable:  # nothing invalid can be generated for this operation
            continue
    assert operations >= 14
    assert failures == []


def test_openapi_describes_the_protocol(fuzz_server: tuple[ServerThread, str]) -> None:
    import httpx

    srv, _ = fuzz_server
    spec = httpx.get(srv.url + "/openapi.json").json()
    paths = spec["paths"]
    for path in (
        p.PATH_HELLO,
        p.PATH_ACCOUNTS,
        p.PATH_JOIN,
        p.PATH_SESSION,
        p.PATH_LOGOUT,
        p.PATH_UPGRADE,
        p.PATH_KEYS,
        p.PATH_ROTATE,
        p.PATH_PASSPHRASE,
        p.PATH_DEVICES,
        p.PATH_DEVICE_SELF,
        p.PATH_PUSH,
        p.PATH_PULL,
        p.PATH_CHAIN,
        p.PATH_SNAPSHOT,
        p.PATH_EVENTS,
        p.PATH_CHECKPOINT,
        p.PATH_COMPACT,
        p.PATH_STATS,
        "/healthz",
        "/metrics",
    ):
        assert path in paths, path
    assert p.BATCH_MEDIA_TYPE in paths[p.PATH_PUSH]["post"]["requestBody"]["content"]
    assert p.BATCH_MEDIA_TYPE in paths[p.PATH_PULL]["get"]["responses"]["200"]["content"]
    assert "410" in paths[p.PATH_PULL]["get"]["responses"]
