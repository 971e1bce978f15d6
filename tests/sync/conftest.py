"""Fixtures: a real sync server on a loopback port and devices (real vaults in temp homes)."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.sync.keys import KdfParams
from memshadow_desktop.server.runner import ServerThread
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.conftest import fast_config

SYNC_PASSPHRASE = "sync passphrase for tests"
FAST_ACCOUNT_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
_n = itertools.count()


def new_account() -> str:
    return f"acct{os.getpid()}x{next(_n)}x{uuid.uuid4().hex[:6]}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    db = tmp_path_factory.mktemp("srv") / "server.db"
    with ServerThread(fast_config(f"sqlite:///{db}", heartbeat_s=1.0)) as srv:
        yield srv


class Devices:
    """Vaults in temp homes joined to one account."""

    def __init__(self, server_url: str, root: Path) -> None:
        self.url = server_url
        self.root = root
        self.account = new_account()
        self.made: list[MemshadowService] = []

    def make(self, name: str, *, join: bool = True, create: bool | None = None) -> MemshadowService:
        home = self.root / name
        svc = MemshadowService.create(
            AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
        )
        self.made.append(svc)
        if join:
            first = not any(getattr(s, "_joined", False) for s in self.made)
            svc.sync.setup(
                self.url,
                self.account,
                SYNC_PASSPHRASE,
                create=first if create is None else create,
                device_name=name,
                kdf=FAST_ACCOUNT_KDF,
            )
            svc._joined = True  # type: ignore[attr-defined]
        return svc

    def reopen(self, svc: MemshadowService) -> MemshadowService:
        home = svc.paths
        self.made.remove(svc)
        svc.close()
        again = MemshadowService.unlock(home, lambda: PASSPHRASE)
        again._joined = True  # type: ignore[attr-defined]
        self.made.append(again)
        return again

    def close(self) -> None:
        for svc in self.made:
            svc.close()


@pytest.fixture
def devices(server: ServerThread, tmp_path: Path) -> Iterator[Devices]:
    d = Devices(server.url, tmp_path)
    try:
        yield d
    finally:
        d.close()


def state_of(svc: MemshadowService) -> dict[str, tuple[str, str, bool]]:
    """Every memory as (title, body, deleted): what must converge."""
    out = {}
    for trashed in (False, True):
        for m in svc.memories.list(trashed=trashed):
            out[m.id] = (m.title, m.body, m.deleted)
    return out


DeviceFactory = Callable[[str], MemshadowService]
