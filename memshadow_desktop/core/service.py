"""MemshadowService: the one facade the GUI and the CLI call.

Methods are synchronous and thread-safe: store work runs on the store's writer or reader
threads. The GUI calls them from a worker (never on its own thread) and awaits the result.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop import __version__
from memshadow_desktop.core import importing, transfer, vault
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.events import IMPORT_PROGRESS, MEMORY_CHANGED, MODEL_NOTICE, EventBus
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
        cls,
        paths: AppPaths,
        passphrase: PassphraseProvider,
        events: EventBus | None = None,
        *,
        for_search: bool = False,
    ) -> MemshadowService:
        """Open the vault. ``for_search`` (the window, search commands): when a model is
        installed, the inference and vector libraries load while the passphrase is asked for
        and stretched, so the first search by meaning does not wait for them."""
        if for_search and paths.models_dir.is_dir() and any(paths.models_dir.iterdir()):
            threading.Thread(target=_import_search_stack, name="search-imports").start()
        return cls(vault.unlock(paths, passphrase), events)

    def close(self) -> None:
        self.close_semantic()
        self.stop_sync()
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

    # --- search by meaning ------------------------------------------------------------------
    # The semantic index exists once a model is installed (core/search); without one, search
    # falls back to full text and says how to get more.

    _semantic: Any = None
    _embedder_override: Any = None

    def use_embedder(self, embedder: Any) -> None:
        """Search with this embedder instead of the installed model (tests, benchmarks)."""
        self.close_semantic()
        self._embedder_override = embedder

    def semantic(self, *, background: bool = False) -> Any:
        """The vault's SemanticSearch, loaded from the store on first use; None without a model.

        ``background`` also starts the low-priority indexer thread (the GUI and the agent)."""
        if self._semantic is None:
            from memshadow_desktop.core.search.model_link import (
                active_embedder,
                installed_fingerprints,
            )
            from memshadow_desktop.core.search.semantic import SemanticSearch
            from memshadow_desktop.core.settings import Settings

            embedder, preloaded = self._embedder_override, None
            if embedder is None:
                embedder, preloaded = self._open_model_and_vectors()
            if embedder is None:
                return None
            settings = Settings.load(self.paths.settings_file)
            paths = self.paths
            sem = SemanticSearch(
                self._vault.store,
                embedder,
                self.events,
                on_battery_pause_below=settings.battery_pause_below,
                background_embedder=None
                if self._embedder_override
                else (lambda: active_embedder(paths, threads=1)),
                keep_models=None
                if self._embedder_override
                else (lambda: installed_fingerprints(paths)),
            )
            sem.stats_paths = paths
            sem.load(preloaded)
            self._semantic = sem
        if background:
            self._semantic.start()
        return self._semantic

    def _open_model_and_vectors(self) -> tuple[Any, Any]:
        """The active model and its stored vectors, loaded side by side (unlock to first result
        waits for the slower of the two, not both)."""
        from concurrent.futures import ThreadPoolExecutor

        from memshadow_desktop.core.search.model_link import active_embedder, active_fingerprint
        from memshadow_desktop.core.search.semantic import load_index

        fingerprint = active_fingerprint(self.paths)
        if fingerprint is None:
            return None, None

        def notice(message: str) -> None:
            self.events.publish(MODEL_NOTICE, message=message)

        with ThreadPoolExecutor(1, thread_name_prefix="model-load") as pool:
            model = pool.submit(active_embedder, self.paths, log=notice)
            try:
                vectors = load_index(self._vault.store, fingerprint)
            finally:
                embedder = model.result()
        if embedder is None or embedder.fingerprint != fingerprint:
            return embedder, None
        return embedder, vectors

    def close_semantic(self) -> None:
        if self._semantic is not None:
            self._semantic.close()
            save_stats = getattr(self._semantic.embedder, "save_stats", None)
            if save_stats is not None:
                save_stats(self.paths)
            self._semantic = None

    def find(self, query: str, *, mode: str | None = None, limit: int = 10) -> Any:
        """Search in ``mode`` (fts, semantic, hybrid); hybrid by default with a model."""
        from memshadow_desktop.core.search.semantic import SearchResult

        return SearchResult.run(self, query, mode, limit)

    # --- sync ---------------------------------------------------------------------------------
    # The sync engine (core/sync): setup, one-off syncs, the background thread, devices and
    # conflicts. Methods block the caller; the engine itself runs on its own thread.

    _sync_engine: Any = None

    def sync_options(self) -> Any:
        from memshadow_desktop.core.settings import Settings
        from memshadow_desktop.core.sync.session import SyncOptions

        settings = Settings.load(self.paths.settings_file)
        return SyncOptions(
            policy=settings.conflict_policy if settings.conflict_policy == "lww" else "merge",
            mass_delete_threshold=float(settings.mass_delete_threshold),
        )

    def sync_setup(
        self,
        server: str,
        account: str,
        passphrase: str,
        *,
        create: bool = False,
        device_name: str | None = None,
        device_type: str = "desktop",
        kdf: Any = None,
        confirm_switch: bool = False,
    ) -> dict[str, Any]:
        import asyncio

        from memshadow_desktop.core.settings import Settings
        from memshadow_desktop.core.sync import setup

        name = device_name or Settings.load(self.paths.settings_file).device_name or None
        return asyncio.run(
            setup.join(
                self._vault.store,
                server,
                account,
                passphrase,
                create=create,
                device_name=name,
                device_type=device_type,
                kdf=kdf,
                confirm_switch=confirm_switch,
            )
        )

    def sync_now(self, *, max_priority: int | None = None, confirm: bool = False) -> Any:
        """One full sync (pull, merge, push); returns a SyncReport."""
        import asyncio

        from memshadow_desktop.core.sync.client import ApiClient
        from memshadow_desktop.core.sync.session import SyncSession
        from memshadow_desktop.core.sync.state import config

        engine = self._sync_engine
        if engine is not None and engine.running:
            return engine.request_sync(max_priority=max_priority, confirm=confirm).result()
        cfg = config(self._vault.store)

        async def run() -> Any:
            async with ApiClient(cfg.server, cfg.token) as api:
                session = SyncSession(self._vault.store, self.events, api, self.sync_options())
                return await session.sync(max_priority=max_priority, confirm=confirm)

        return asyncio.run(run())

    def start_sync(self, *, live: bool = True, poll_s: float = 300.0) -> Any:
        """Run the sync engine on its own thread until :meth:`stop_sync` (or close)."""
        from memshadow_desktop.core.settings import Settings
        from memshadow_desktop.core.sync.engine import SyncEngine, deadlines_from
        from memshadow_desktop.core.sync.state import config

        config(self._vault.store)  # raises NotConfiguredError before any thread starts
        if self._sync_engine is None or not self._sync_engine.running:
            settings = Settings.load(self.paths.settings_file)
            self._sync_engine = SyncEngine(
                self._vault.store,
                self.events,
                options=self.sync_options(),
                deadlines=deadlines_from(settings.sync_deadlines),
                poll_s=poll_s,
                live=live,
            ).start()
        return self._sync_engine

    def stop_sync(self) -> None:
        engine, self._sync_engine = self._sync_engine, None
        if engine is not None:
            engine.stop()

    def sync_status(self, *, remote: bool = True) -> dict[str, Any]:
        from memshadow_desktop.core.sync import status

        return status.collect(self._vault.store, self._sync_engine, remote=remote)

    def sync_pause(self, paused: bool = True) -> None:
        from memshadow_desktop.core.sync import state

        state.save(self._vault.store, {"paused": "1" if paused else None})
        if self._sync_engine is not None:
            self._sync_engine.wake()

    def sync_priority(self, memory_id: str, priority: int) -> int:
        """Make a memory's pending changes at least this urgent (0 = CRITICAL: now)."""
        from memshadow_desktop.core.store import sync_ops

        memory = self.get(memory_id)
        changed = self._vault.store.write(
            lambda conn, _ctx: sync_ops.set_priority(conn, memory.id, priority)
        )
        if self._sync_engine is not None:
            self._sync_engine.wake()
        return int(changed)

    def devices(self) -> builtins.list[dict[str, Any]]:
        from memshadow_desktop.core.sync import status

        return status.devices(self._vault.store, self.events)

    def revoke_device(self, device_id: str) -> None:
        from memshadow_desktop.core.sync import status

        status.revoke(self._vault.store, self.events, device_id)

    def conflicts(self, *, include_resolved: bool = False) -> builtins.list[dict[str, Any]]:
        from memshadow_desktop.core.store import sync_ops

        rows = self._vault.store.read(sync_ops.list_conflicts, include_resolved=include_resolved)
        return [r.to_json() for r in rows]

    def conflict(self, conflict_id: int) -> dict[str, Any]:
        from memshadow_desktop.core.sync import conflicts

        return self._vault.store.read(conflicts.details, conflict_id)

    def resolve_conflict(
        self, conflict_id: int, use: str, merged_body: str | None = None
    ) -> dict[str, Any]:
        from memshadow_desktop.core.sync import conflicts

        out = self._vault.store.write(conflicts.resolve, conflict_id, use, merged_body)
        self.events.publish(MEMORY_CHANGED, id=out["memory_id"], action="resolved")
        if out.get("copy_id"):
            self.events.publish(MEMORY_CHANGED, id=out["copy_id"], action="created")
        return out


def _title_from_body(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


ServiceFactory = Callable[[], MemshadowService]


def _import_search_stack() -> None:
    # Importing takes the GIL, the key derivation does not: the two overlap.
    import memshadow_desktop.core.inference.engine
    import memshadow_desktop.core.inference.models
    import memshadow_desktop.core.search.semantic  # noqa: F401
