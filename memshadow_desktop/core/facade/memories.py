"""``service.memories`` and ``service.vault``: memories and their history; the vault itself."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import TYPE_CHECKING

from memshadow_desktop import __version__
from memshadow_desktop.core import importing, transfer, vault
from memshadow_desktop.core.api.memories import (
    Counts,
    Fields,
    ImportReport,
    Memory,
    Priority,
    Revision,
    SearchHit,
    VaultInfo,
)
from memshadow_desktop.core.api.runtime import Role
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.events import (
    IMPORT_PROGRESS,
    MEMORY_CHANGED,
    VAULT_LOCKED,
    VAULT_UNLOCKED,
)
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.secrets import keystore
from memshadow_desktop.core.secrets.header import KdfParams
from memshadow_desktop.core.store import memories as mem
from memshadow_desktop.core.store.schema import SCHEMA_VERSION
from memshadow_desktop.core.vault import PassphraseProvider

if TYPE_CHECKING:
    from memshadow_desktop.core.runtime import Runtime

ProgressFn = transfer.ProgressFn


class MemoriesApi:
    def __init__(self, core: Core) -> None:
        self._core = core

    def add(
        self,
        body: str,
        *,
        title: str | None = None,
        tags: list[str] | None = None,
        source: str | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> Memory:
        fields = Fields(
            title if title is not None else title_from_body(body), body, tags or [], source
        )
        memory = self._core.store.write(mem.create, fields, priority=int(priority))
        self._changed(memory, "created")
        return memory

    def get(self, memory_id: str) -> Memory:
        return self._core.store.read(mem.get, memory_id)

    def list(
        self, *, limit: int | None = None, tag: str | None = None, trashed: bool = False
    ) -> builtins.list[Memory]:
        return self._core.store.read(mem.list_memories, limit=limit, tag=tag, trashed=trashed)

    def edit(
        self,
        memory_id: str,
        *,
        body: str | None = None,
        title: str | None = None,
        tags: builtins.list[str] | None = None,
        pinned: bool | None = None,
        priority: Priority = Priority.NORMAL,
    ) -> Memory:
        changes: dict[str, object] = {}
        if body is not None:
            changes["body"] = body
        if title is not None:
            changes["title"] = title
        if tags is not None:
            changes["tags"] = tags
        if pinned is not None:
            changes["pinned"] = pinned
        if not changes:
            raise InvalidInputError("nothing to change", reason="nothing_to_change")
        memory = self._core.store.write(mem.update, memory_id, priority=int(priority), **changes)
        self._changed(memory, "edited")
        return memory

    def trash(self, memory_id: str) -> Memory:
        memory = self._core.store.write(mem.trash, memory_id)
        self._changed(memory, "trashed")
        return memory

    def restore(self, memory_id: str, rev: str | None = None) -> Memory:
        memory = self._core.store.write(mem.restore, memory_id, rev)
        self._changed(memory, "restored")
        return memory

    def history(self, memory_id: str) -> builtins.list[Revision]:
        return self._core.store.read(mem.history, memory_id)

    def revision(self, memory_id: str, rev: str) -> Revision:
        memory = self.get(memory_id)
        return self._core.store.read(mem.get_revision, memory.id, rev)

    def fulltext(self, query: str, *, limit: int = 20) -> builtins.list[SearchHit]:
        """Full-text matches, BM25-ranked (``service.search`` ranks by meaning too)."""
        return self._core.store.read(mem.search, query, limit=limit)

    def import_path(self, path: Path, progress: ProgressFn | None = None) -> ImportReport:
        core = self._core

        def step(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            core.events.publish(IMPORT_PROGRESS, done=done, total=total)

        report = importing.import_path(core.store, path, step)
        if report.created or report.updated:
            core.events.publish(MEMORY_CHANGED, id=None, action="imported")
        return report

    def export(self, target: Path) -> int:
        return transfer.write_export(target, self.list())

    def _changed(self, memory: Memory, action: str) -> None:
        self._core.events.publish(MEMORY_CHANGED, id=memory.id, action=action)


class VaultApi:
    def __init__(self, core: Core, runtime: Runtime | None = None) -> None:
        self._core = core
        self._runtime = runtime
        self._was_running = False  # the runtime ran when the vault was locked

    @property
    def protection(self) -> str:
        """ "passphrase" or "keyring": what protects the vault key (known while locked)."""
        return vault.protection_of(self._core.header)

    # --- locking ------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._core.locked

    def lock(self) -> None:
        """Lock the open vault: the background work stops (another process may take it over),
        and everything decrypted is let go (see Core.lock). Calls that need the vault raise
        VaultLockedError until :meth:`unlock`."""
        if self._core.locked:
            return
        runtime = self._runtime
        self._was_running = runtime is not None and runtime.role is not Role.STOPPED
        if runtime is not None:
            runtime.stop()
        self._core.lock()
        self._core.events.publish(VAULT_LOCKED)

    def unlock(self, passphrase: PassphraseProvider) -> None:
        """Open the vault again (a keyring vault asks nothing); the background work starts
        again as before the lock (owner, or guest of whoever took it over meanwhile)."""
        if not self._core.locked:
            return
        self._core.unlock(passphrase)
        runtime = self._runtime
        if runtime is not None and self._was_running:
            runtime.restart()
        self._core.events.publish(VAULT_UNLOCKED)

    def counts(self) -> Counts:
        return Counts(**self._core.store.read(mem.counts))

    def info(self) -> VaultInfo:
        core = self._core
        return VaultInfo(
            version=__version__,
            vault=str(core.paths.data_dir),
            database=str(core.paths.vault_db),
            vault_id=core.vault.header.vault_id,
            device_id=core.store.ctx.device_id,
            protection=self.protection,
            keyring_backend=keystore.keyring_backend_name(),
            schema_version=SCHEMA_VERSION,
            size_bytes=vault.disk_usage(core.paths),
            counts=self.counts(),
        )

    def change_passphrase(
        self, old: PassphraseProvider, new: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Protect the vault key with a new passphrase (a keyring vault moves to it)."""
        vault.change_passphrase(self._core.vault, old, new, kdf)

    def use_keyring(self, old: PassphraseProvider) -> None:
        """Keep the vault key in the OS keyring instead (the passphrase confirms it)."""
        vault.use_keyring(self._core.vault, old)


def title_from_body(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""
