"""What the desktop app needs from the service, against real vaults and a real server: pausing
until a time, signing out, device names that work offline, renaming, locking, the keyring
switch, and the model catalogue with a download that can be cancelled."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from memshadow_desktop.core.api import (
    CancelledError,
    NotConfiguredError,
    Role,
    VaultLockedError,
    WrongPassphraseError,
)
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server.runner import ServerThread
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.conftest import sync_state
from tests.server.conftest import fast_config
from tests.support.hash_embedder import HashEmbedder
from tests.sync.conftest import Devices, devices, server  # noqa: F401  (fixtures)


def wait_for(check: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


# --- pausing until a time ---------------------------------------------------------------------


def test_a_pause_with_an_end_resumes_by_itself_in_the_owner(devices: Devices) -> None:  # noqa: F811
    a = devices.make("a")
    a.runtime.start("window")
    a.sync.pause(until=time.time() + 1.0)
    status = a.sync.status(remote=False)
    assert status.paused and status.paused_until is not None
    assert status.to_json()["paused_until"] == status.paused_until
    wait_for(lambda: not a.sync.status(remote=False).paused)
    assert a.sync.status(remote=False).paused_until is None


def test_a_pause_until_resumed_has_no_end_and_a_resume_clears_it(devices: Devices) -> None:  # noqa: F811
    a = devices.make("a")
    a.sync.pause()
    status = a.sync.status(remote=False)
    assert status.paused and status.paused_until is None
    assert "paused_until" not in status.to_json()
    a.sync.pause(until=time.time() + 3600)
    a.sync.pause(False)
    status = a.sync.status(remote=False)
    assert not status.paused and status.paused_until is None


# --- signing out ------------------------------------------------------------------------------


def test_sign_out_leaves_the_account_and_keeps_the_vault(devices: Devices) -> None:  # noqa: F811
    a = devices.make("a")
    b = devices.make("b")
    a.memories.add("kept after sign out", title="Kept")
    a.sync.now()
    a_id = a.sync.status(remote=False).device_id
    token = sync_state(a)["token"]
    a.sync.logout()
    status = a.sync.status(remote=False)
    assert not status.configured and status.server is None and status.account is None
    assert [m.title for m in a.memories.list()] == ["Kept"]
    with pytest.raises(NotConfiguredError):
        a.sync.now()
    with httpx.Client(base_url=devices.url, timeout=10) as http:  # the server was told
        r = http.get(p.PATH_DEVICES, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    left = sync_state(a)
    assert not {"token", "device_key", "device_kek", "data_keys", "data_key"} & set(left)
    assert not {d.id: d for d in b.devices.list()}[str(a_id)].revoked  # it may come back
    # Joining again works and goes on from where it was.
    from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE

    a.sync.setup(devices.url, devices.account, SYNC_PASSPHRASE, kdf=FAST_ACCOUNT_KDF)
    a.memories.add("after joining again", title="Again")
    a.sync.now()
    b.sync.now()
    assert {m.title for m in b.memories.list()} >= {"Kept", "Again"}


# --- device names -----------------------------------------------------------------------------


def test_device_names_are_remembered_and_work_without_the_server(tmp_path: Path) -> None:
    with ServerThread(fast_config(f"sqlite:///{tmp_path / 's.db'}", heartbeat_s=1.0)) as srv:
        d = Devices(srv.url, tmp_path)
        try:
            laptop = d.make("Work laptop")
            phone = d.make("Phone")
            phone.memories.add("from the phone", title="P")
            phone.sync.now()
            laptop.sync.now()
            listed = laptop.devices.list()
            ids = {x.name: x.id for x in listed}
            assert ids["Work laptop"] == laptop.vault.info().device_id
            revs = laptop.memories.history(laptop.memories.list()[0].id)
            assert revs[-1].device_id == ids["Phone"]  # revisions carry the sync device id
        finally:
            pass
    # The server is gone: the names are still known.
    names = laptop.devices.names()
    assert names[ids["Phone"]] == "Phone" and names[ids["Work laptop"]] == "Work laptop"
    d.close()


def test_renaming_this_device_shows_on_the_other_devices(devices: Devices) -> None:  # noqa: F811
    a = devices.make("old name")
    b = devices.make("b")
    me = a.devices.rename("  Work   laptop ")
    assert me.name == "Work laptop"
    assert {x.id: x.name for x in b.devices.list()}[me.id] == "Work laptop"
    assert a.devices.names()[me.id] == "Work laptop"


# --- locking ----------------------------------------------------------------------------------


def test_lock_lets_go_of_everything_decrypted_and_unlock_restores_it(paths: AppPaths) -> None:
    svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        svc.memories.add("a secret line", title="Secret")
        svc.search.use_embedder(HashEmbedder())
        assert svc.search.load()
        svc.runtime.start("window")
        assert svc.runtime.role is Role.OWNER
        seen: list[str] = []
        svc.events.subscribe(lambda e: seen.append(e.kind))
        svc.vault.lock()
        assert svc.vault.locked and "vault.locked" in seen
        assert svc.runtime.role is Role.STOPPED  # no indexer, no engine, no owner lock
        assert svc.models.engine() is None  # the meaning index is gone
        with pytest.raises(VaultLockedError) as caught:
            svc.memories.list()
        assert caught.value.reason == "locked"
        assert svc.vault.protection == "passphrase"  # known while locked
        with pytest.raises(WrongPassphraseError):
            svc.vault.unlock(lambda: "not the passphrase")
        assert svc.vault.locked
        svc.vault.unlock(lambda: PASSPHRASE)
        assert not svc.vault.locked and "vault.unlocked" in seen
        assert [m.title for m in svc.memories.list()] == ["Secret"]
        assert svc.runtime.role is Role.OWNER  # the background work is back
        assert svc.search.load()
    finally:
        svc.close()


def test_locking_while_another_process_could_take_over(paths: AppPaths) -> None:
    """The owner lock is let go while locked: a second service takes over the work."""
    first = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    second = MemshadowService.unlock(paths, lambda: PASSPHRASE)
    try:
        first.runtime.start("window")
        second.runtime.start("agent")
        assert second.runtime.role is Role.GUEST
        first.vault.lock()
        wait_for(lambda: second.runtime.role is Role.OWNER)
        first.vault.unlock(lambda: PASSPHRASE)
        assert first.runtime.role is Role.GUEST
    finally:
        second.close()
        first.close()


def test_switching_to_the_keyring_and_back(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from tests.support.file_keyring import FileKeyring

    monkeypatch.setenv("MEMSHADOW_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
        with pytest.raises(WrongPassphraseError):
            svc.vault.use_keyring(lambda: "wrong one")
        svc.vault.use_keyring(lambda: PASSPHRASE)
        assert svc.vault.protection == "keyring"
        svc.close()
        again = MemshadowService.unlock(paths, lambda: pytest.fail("asked for a passphrase"))
        again.vault.change_passphrase(lambda: "", "a new passphrase", kdf=FAST_KDF)
        assert again.vault.protection == "passphrase"
        again.close()
        MemshadowService.unlock(paths, lambda: "a new passphrase").close()
    finally:
        keyring.set_keyring(previous)


# --- the model catalogue ----------------------------------------------------------------------


def test_the_catalogue_lists_the_built_in_model(paths: AppPaths) -> None:
    models = MemshadowService.models_at(paths)
    listed = {m.name: m for m in models.catalog()}
    minilm = listed["all-MiniLM-L6-v2"]
    assert minilm.size_bytes and minilm.size_bytes > 80_000_000 and not minilm.installed


def test_a_download_can_be_cancelled_and_resumes_later(paths: AppPaths, tmp_path: Path) -> None:
    import json

    from memshadow_desktop.core.inference.download import sha256_of
    from memshadow_desktop.core.inference.testing import write_tiny_st_folder
    from tests.core.inference.conftest import TINY
    from tests.core.inference.test_download import FileServer

    folder = tmp_path / "tiny"
    write_tiny_st_folder(folder, TINY, seed=3)
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    srv = FileServer(folder)
    try:
        entry = {
            "name": "tiny-test",
            "description": "a tiny test model",
            "files": [
                {
                    "path": f,
                    "url": srv.base + f,
                    "sha256": sha256_of(folder / f),
                    "size": (folder / f).stat().st_size,
                }
                for f in files
            ],
        }
        catalog = tmp_path / "catalog.json"
        catalog.write_text(json.dumps([entry]))
        models = MemshadowService.models_at(paths)
        assert "tiny-test" in {m.name for m in models.catalog(catalog=catalog)}
        cancel = threading.Event()
        cancel.set()
        with pytest.raises(CancelledError):
            models.download("tiny-test", catalog=catalog, cancel=cancel)
        assert models.list() == []
        seen: list[tuple[str, int]] = []
        info = models.download(
            "tiny-test",
            catalog=catalog,
            cancel=threading.Event(),
            progress=lambda f, done, _total: seen.append((f, done)),
            precisions=["fp32"],
        )
        assert info.name == "tiny-test" and seen
        assert {m.name: m.installed for m in models.catalog(catalog=catalog)}["tiny-test"]
    finally:
        srv.close()
