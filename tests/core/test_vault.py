"""Creating, unlocking and re-keying vaults, and every way opening one can go wrong."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from memshadow_desktop.core.errors import (
    CorruptHeaderError,
    NotAVaultError,
    NoVaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE


def _create(paths: AppPaths) -> None:
    MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF).close()


def test_unlock_with_right_and_wrong_passphrase(paths: AppPaths) -> None:
    with MemshadowService.create(
        paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        mid = svc.memories.add("kept", title="t").id
    with pytest.raises(WrongPassphraseError):
        MemshadowService.unlock(paths, lambda: "not the passphrase")
    with MemshadowService.unlock(paths, lambda: PASSPHRASE) as svc:
        assert svc.memories.get(mid).body == "kept"
        assert svc.vault.protection == "passphrase"


def test_no_vault_and_existing_vault(paths: AppPaths) -> None:
    with pytest.raises(NoVaultError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)
    _create(paths)
    with pytest.raises(VaultExistsError):
        _create(paths)


def test_corrupt_or_missing_header(paths: AppPaths) -> None:
    _create(paths)
    original = paths.vault_header.read_bytes()
    paths.vault_header.write_bytes(original[: len(original) // 2])
    with pytest.raises(CorruptHeaderError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)
    raw = json.loads(original)
    raw["wrap"]["key"] = "!!!"
    paths.vault_header.write_text(json.dumps(raw))
    with pytest.raises(CorruptHeaderError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)
    paths.vault_header.unlink()
    with pytest.raises(CorruptHeaderError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)
    # Nothing was created over the old vault.
    paths.vault_header.write_bytes(original)
    MemshadowService.unlock(paths, lambda: PASSPHRASE).close()


def test_database_that_is_not_a_vault(paths: AppPaths) -> None:
    _create(paths)
    size = paths.vault_db.stat().st_size
    paths.vault_db.write_bytes(os.urandom(size))
    with pytest.raises(NotAVaultError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)


def test_header_of_another_vault(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = AppPaths.resolve(tmp_path / "a"), AppPaths.resolve(tmp_path / "b")
    _create(a)
    _create(b)
    b.vault_header.write_bytes(a.vault_header.read_bytes())
    with pytest.raises((NotAVaultError, CorruptHeaderError)):
        MemshadowService.unlock(b, lambda: PASSPHRASE)


def test_a_vault_open_in_another_process_opens_here_too(paths: AppPaths) -> None:
    """The window (or the agent) keeps the vault open; a command beside it opens it as well,
    and each sees what the other committed."""
    _create(paths)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from memshadow_desktop.core.paths import AppPaths
                from memshadow_desktop.core.service import MemshadowService
                svc = MemshadowService.unlock(AppPaths.resolve({str(paths.data_dir.parent)!r}),
                                              lambda: {PASSPHRASE!r})
                print(svc.memories.add("from the holder", title="held").id, flush=True)
                seen = sys.stdin.readline().strip()
                print(svc.memories.get(seen).title, flush=True)
                svc.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        held = holder.stdout.readline().strip()
        with MemshadowService.unlock(paths, lambda: PASSPHRASE) as here:
            assert here.memories.get(held).title == "held"
            mine = here.memories.add("from here", title="mine").id
        holder.stdin.write(mine + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "mine"
    finally:
        holder.communicate("", timeout=30)


def test_change_passphrase_rewraps_only(paths: AppPaths) -> None:
    with MemshadowService.create(
        paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        mid = svc.memories.add("survives rekey", title="t").id
    db_before = paths.vault_db.read_bytes()
    with MemshadowService.unlock(paths, lambda: PASSPHRASE) as svc:
        with pytest.raises(WrongPassphraseError):
            svc.vault.change_passphrase(lambda: "wrong one", "new passphrase 1")
        svc.vault.change_passphrase(lambda: PASSPHRASE, "new passphrase 1")
    assert paths.vault_db.read_bytes() == db_before  # the data was not re-encrypted
    with pytest.raises(WrongPassphraseError):
        MemshadowService.unlock(paths, lambda: PASSPHRASE)
    with MemshadowService.unlock(paths, lambda: "new passphrase 1") as svc:
        assert svc.memories.get(mid).body == "survives rekey"


def test_open_on_one_thread_close_on_another_releases_the_lock(paths: AppPaths) -> None:
    import threading

    _create(paths)
    holder: list[MemshadowService] = []
    t = threading.Thread(
        target=lambda: holder.append(MemshadowService.unlock(paths, lambda: PASSPHRASE))
    )
    t.start()
    t.join()
    holder[0].close()
    MemshadowService.unlock(paths, lambda: PASSPHRASE).close()
