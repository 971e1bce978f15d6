"""What every sub-API shares: the open vault, the event bus, and the vault's long-lived parts
(the meaning index and the sync engine), created on first use and closed with the service."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from memshadow_desktop.core import vault as vaults
from memshadow_desktop.core.api.edge import EdgePlan, PlanReason
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import CorruptHeaderError, VaultLockedError
from memshadow_desktop.core.events import MODEL_NOTICE, EventBus
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.secrets.header import VaultHeader
from memshadow_desktop.core.settings import Settings
from memshadow_desktop.core.store.store import Store
from memshadow_desktop.core.vault import OpenVault, PassphraseProvider

if TYPE_CHECKING:
    from memshadow_desktop.core.search.embedder import Embedder
    from memshadow_desktop.core.search.semantic import SemanticSearch
    from memshadow_desktop.core.sync.engine import SyncEngine


# A model is installed but the device's profile has no room for any validated variant.
NO_FIT = (PlanReason.EMBED_NONE_FITS, PlanReason.EMBED_CAP_UNAVAILABLE)


class Core:
    def __init__(self, opened: OpenVault, events: EventBus) -> None:
        self._opened: OpenVault | None = opened
        self._paths = opened.paths
        self._header = opened.header  # kept while locked: which vault, how it is protected
        self.events = events
        self._lock = threading.RLock()
        self._semantic: SemanticSearch | None = None
        self._semantic_tried = False
        self.embedder_override: Embedder | None = None
        self.engine: SyncEngine | None = None
        self.profile_request: str | None = None  # an edge profile asked for (agent --profile)
        self._plan: EdgePlan | None = None

    @property
    def vault(self) -> OpenVault:
        opened = self._opened
        if opened is None:
            raise VaultLockedError("the vault is locked", reason="locked")
        return opened

    @property
    def store(self) -> Store:
        return self.vault.store

    @property
    def paths(self) -> AppPaths:
        return self._paths

    @property
    def header(self) -> VaultHeader:
        opened = self._opened
        return opened.header if opened is not None else self._header

    @property
    def locked(self) -> bool:
        return self._opened is None

    # --- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Let go of everything decrypted: the meaning index (its vectors and texts), the sync
        engine (the account's keys) and the store (its connections and the vault key). Until
        :meth:`unlock`, every call that needs the vault raises VaultLockedError."""
        self.close_semantic()
        self.stop_engine()
        with self._lock:
            opened, self._opened = self._opened, None
        if opened is not None:
            self._header = opened.header
            opened.close()

    def unlock(self, passphrase: PassphraseProvider) -> None:
        """Open the same vault again (the passphrase is asked for only when it needs one)."""
        opened = vaults.unlock(self._paths, passphrase)
        if opened.header.vault_id != self._header.vault_id:
            opened.close()
            raise CorruptHeaderError(
                "the header belongs to a different vault", reason="header_of_another_vault"
            )
        with self._lock:
            self._opened = opened

    def settings(self) -> Settings:
        return Settings.load(self.paths.settings_file)

    # --- the device's plan (core/edge) --------------------------------------------------------

    def plan(self) -> EdgePlan:
        """What this device runs under: its profile's embedding precision and battery floor
        for the indexer, and the sync deadlines (read once; the engine follows the battery and
        the network as they change). Measured without loading the inference stack."""
        with self._lock:
            if self._plan is None:
                from memshadow_desktop.core.edge import detect, profiles

                caps = detect.light(self.paths, metered_setting=self.settings().network_metered)
                self._plan = profiles.plan_here(self.paths, caps, requested=self.profile_request)
            return self._plan

    def use_profile(self, profile: str | None) -> EdgePlan:
        """Plan again under ``profile`` (None: the setting's), before the runtime starts."""
        with self._lock:
            self.profile_request = profile
            self._plan = None
            return self.plan()

    # --- the meaning index --------------------------------------------------------------------

    def semantic(self) -> SemanticSearch | None:
        """The vault's SemanticSearch, loaded from the store on first use; None without a
        model. Thread-safe: a second caller waits for the first load."""
        with self._lock:
            if self._semantic is None:
                self._semantic = self._load_semantic()
            return self._semantic

    @property
    def semantic_loaded(self) -> SemanticSearch | None:
        return self._semantic

    def _load_semantic(self) -> SemanticSearch | None:
        from memshadow_desktop.core.search.model_link import (
            active_embedder,
            installed_fingerprints,
        )
        from memshadow_desktop.core.search.semantic import SemanticSearch

        override = self.embedder_override
        embedder, preloaded = override, None
        # Planned again: the model or its precision may have been chosen since the last plan.
        plan = self.use_profile(self.profile_request)
        if embedder is None:
            if not plan.embedding and plan.reasons["embedding"].code in NO_FIT:
                return None  # the device's profile has no room for the model: words only
            embedder, preloaded = self._open_model_and_vectors(plan.precision)
        if embedder is None:
            return None
        paths = self.paths
        precision = plan.precision

        def background() -> Embedder | None:
            return active_embedder(paths, threads=1, precision=precision)

        sem = SemanticSearch(
            self.store,
            embedder,
            self.events,
            on_battery_pause_below=plan.index_pause_below,
            background_embedder=None if override else background,
            keep_models=None if override else (lambda: installed_fingerprints(paths)),
        )
        sem.stats_paths = paths
        sem.load(preloaded)
        return sem

    def _open_model_and_vectors(self, precision: str | None = None) -> tuple[Any, Any]:
        """The active model (at ``precision``, None: the settings') and its stored vectors,
        loaded side by side (unlock to first result waits for the slower of the two)."""
        from concurrent.futures import ThreadPoolExecutor

        from memshadow_desktop.core.search.model_link import active_embedder, active_fingerprint
        from memshadow_desktop.core.search.semantic import load_index

        fingerprint = active_fingerprint(self.paths, precision)
        if fingerprint is None:
            return None, None

        def notice(step: Notice) -> None:
            self.events.publish(MODEL_NOTICE, code=str(step.code), params=dict(step.params))

        with ThreadPoolExecutor(1, thread_name_prefix="model-load") as pool:
            model = pool.submit(active_embedder, self.paths, log=notice, precision=precision)
            try:
                vectors = load_index(self.store, fingerprint)
            finally:
                embedder = model.result()
        if embedder is None or embedder.fingerprint != fingerprint:
            return embedder, None
        return embedder, vectors

    def close_semantic(self) -> None:
        with self._lock:
            sem, self._semantic = self._semantic, None
        if sem is not None:
            sem.close()
            save_stats = getattr(sem.embedder, "save_stats", None)
            if save_stats is not None:
                save_stats(self.paths)

    # --- the sync engine ----------------------------------------------------------------------

    def start_engine(self, *, live: bool = True, poll_s: float = 300.0) -> SyncEngine:
        """Run the sync engine on its own thread until :meth:`stop_engine` (or close)."""
        from memshadow_desktop.core.devices.power import CachedPowerState
        from memshadow_desktop.core.edge.eagerness import PlannedEagerness
        from memshadow_desktop.core.sync.engine import SyncEngine, deadlines_from
        from memshadow_desktop.core.sync.state import config

        config(self.store)  # raises NotConfiguredError before any thread starts
        with self._lock:
            if self.engine is None or not self.engine.running:
                settings = self.settings()
                self.engine = SyncEngine(
                    self.store,
                    self.events,
                    options=self.sync_options(),
                    deadlines=deadlines_from(settings.sync_deadlines),
                    poll_s=poll_s,
                    live=live,
                    eagerness=PlannedEagerness(
                        settings.sync_eager, float(settings.sync_debounce_s)
                    ),
                    power=CachedPowerState(metered_setting=settings.network_metered).get,
                ).start()
            return self.engine

    def stop_engine(self) -> None:
        with self._lock:
            engine, self.engine = self.engine, None
        if engine is not None:
            engine.stop()

    def sync_options(self) -> Any:
        from memshadow_desktop.core.sync.session import SyncOptions

        settings = self.settings()
        return SyncOptions(
            policy=settings.conflict_policy if settings.conflict_policy == "lww" else "merge",
            mass_delete_threshold=float(settings.mass_delete_threshold),
        )

    def close(self) -> None:
        self.close_semantic()
        self.stop_engine()
        with self._lock:
            opened, self._opened = self._opened, None
        if opened is not None:
            opened.close()
