"""MemshadowService: the one facade the GUI and the CLI call.

Methods are synchronous and thread-safe: store work runs on the store's writer or reader
threads. The GUI calls them from a worker (never on its own thread) and awaits the result.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop import __version__
from memshadow_desktop.core import importing, transfer, vault
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.events import IMPORT_PROGRESS, MEMORY_CHANGED, EventBus
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets import keystore
from memshadow_desktop.core.secrets.header import KdfParams
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.models import Fields, Memory, Revision, SearchHit
from memshadow_desktop.core.store.schema import SCHEMA_VERSION
from memshadow_desktop.core.vault import OpenVault, PassphraseProvider


@dataclass(frozen=True)
class VaultStatus:
    exists: bool
    keyring_backend: str | None


class MemshadowService:
    def __init__(self, opened: OpenVault, events: EventBus | None = None) -> None:
        self._vault = opened
        self.events = events or EventBus()

    # --- opening ------------------------------------------------------------------------------

    @staticmethod
    def status(paths: AppPaths) -> VaultStatus:
        return VaultStatus(vault.vault_exists(paths), keystore.keyring_backend_name())

    @classmethod
    def create(
        cls,
        paths: AppPaths,
        *,
        passphrase: str | None,
        use_keyring: bool,
        kdf: KdfParams | None = None,
        events: EventBus | None = None,
    ) -> MemshadowService:
        return cls(
            vault.create(paths, passphrase=passphrase, use_keyring=use_keyring, kdf=kdf), events
        )

    @classmethod
    def unlock(
        cls, paths: AppPaths, passphrase: PassphraseProvider, events: EventBus | None = None
    ) -> MemshadowService:
        return cls(vault.unlock(paths, passphrase), events)

    def close(self) -> None:
        self._vault.close()

    def __enter__(self) -> MemshadowService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def paths(self) -> AppPaths:
        return self._vault.paths

    @property
    def protection(self) -> str:
        return vault.protection_of(self._vault.header)

    # --- information --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return self._vault.store.read(mem.counts)

    def info(self) -> dict[str, Any]:
        header = self._vault.header
        store = self._vault.store
        return {
            "version": __version__,
            "vault": str(self.paths.data_dir),
            "database": str(self.paths.vault_db),
            "vault_id": header.vault_id,
            "device_id": store.ctx.device_id,
            "protection": self.protection,
            "keyring_backend": keystore.keyring_backend_name(),
            "encryption": "SQLCipher 4 (AES-256), key wrapped with Argon2id + AES-256-GCM"
            if self.protection == "passphrase"
            else "SQLCipher 4 (AES-256), key in the OS keyring",
            "schema_version": SCHEMA_VERSION,
            "size_bytes": vault.disk_usage(self.paths),
            **self.counts(),
        }

    # --- memories -----------------------------------------------------------------------------

    def add(
        self,
        body: str,
        *,
        title: str | None = None,
        tags: list[str] | None = None,
        source: str | None = None,
    ) -> Memory:
        fields = Fields(
            title if title is not None else _title_from_body(body), body, tags or [], source
        )
        memory = self._vault.store.write(mem.create, fields)
        self._changed(memory, "created")
        return memory

    def get(self, memory_id: str) -> Memory:
        return self._vault.store.read(mem.get, memory_id)

    def list(
        self, *, limit: int | None = None, tag: str | None = None, trashed: bool = False
    ) -> builtins.list[Memory]:
        return self._vault.store.read(mem.list_memories, limit=limit, tag=tag, trashed=trashed)

    def edit(
        self,
        memory_id: str,
        *,
        body: str | None = None,
        title: str | None = None,
        tags: builtins.list[str] | None = None,
        pinned: bool | None = None,
    ) -> Memory:
        changes: dict[str, Any] = {}
        if body is not None:
            changes["body"] = body
        if title is not None:
            changes["title"] = title
        if tags is not None:
            changes["tags"] = tags
        if pinned is not None:
            changes["pinned"] = pinned
        if not changes:
            raise InvalidInputError("nothing to change")
        memory = self._vault.store.write(mem.update, memory_id, **changes)
        self._changed(memory, "edited")
        return memory

    def trash(self, memory_id: str) -> Memory:
        memory = self._vault.store.write(mem.trash, memory_id)
        self._changed(memory, "trashed")
        return memory

    def restore(self, memory_id: str, rev: str | None = None) -> Memory:
        memory = self._vault.store.write(mem.restore, memory_id, rev)
        self._changed(memory, "restored")
        return memory

    def history(self, memory_id: str) -> builtins.list[Revision]:
        return self._vault.store.read(mem.history, memory_id)

    def revision(self, memory_id: str, rev: str) -> Revision:
        memory = self.get(memory_id)
        return self._vault.store.read(mem.get_revision, memory.id, rev)

    def search(self, query: str, *, limit: int = 20) -> builtins.list[SearchHit]:
        return self._vault.store.read(mem.search, query, limit=limit)

    def _changed(self, memory: Memory, action: str) -> None:
        self.events.publish(MEMORY_CHANGED, id=memory.id, action=action)

    # --- import / export ----------------------------------------------------------------------

    def import_path(
        self, path: Path, progress: transfer.ProgressFn | None = None
    ) -> transfer.ImportReport:
        def step(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            self.events.publish(IMPORT_PROGRESS, done=done, total=total)

        report = importing.import_path(self._vault.store, path, step)
        if report.created or report.updated:
            self.events.publish(MEMORY_CHANGED, id=None, action="imported")
        return report

    def export(self, target: Path) -> int:
        return transfer.write_export(target, self.list())

    # --- keys ---------------------------------------------------------------------------------

    def change_passphrase(self, old: PassphraseProvider, new: str) -> None:
        vault.change_passphrase(self._vault, old, new)


def _title_from_body(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


ServiceFactory = Callable[[], MemshadowService]
