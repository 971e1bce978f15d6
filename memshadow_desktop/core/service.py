"""MemshadowService: the one door the GUI and the CLI use into the core.

Its sub-APIs (``memories``, ``vault``, ``search``, ``cache``, ``ask``, ``models``,
``hardware``, ``edge``, ``sync``, ``devices``, ``conflicts``, ``settings``, ``runtime``) return
the dataclasses of ``core.api``. Models, hardware and edge need no vault:
:meth:`MemshadowService.models_at`, :meth:`MemshadowService.hardware_at` and
:meth:`MemshadowService.edge_at` give them without unlocking. Calls are synchronous and
thread-safe: store work runs on the store's writer or reader threads. The GUI calls them off
its own thread (qt/bridge.py); the CLI calls them directly.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from memshadow_desktop.core import vault
from memshadow_desktop.core.api.runtime import OwnerInfo
from memshadow_desktop.core.events import EventBus
from memshadow_desktop.core.facade.ask import AskApi, GenerationModelsApi
from memshadow_desktop.core.facade.cache import CacheApi
from memshadow_desktop.core.facade.context import Core
from memshadow_desktop.core.facade.edge import EdgeApi
from memshadow_desktop.core.facade.hardware import HardwareApi
from memshadow_desktop.core.facade.memories import MemoriesApi, VaultApi
from memshadow_desktop.core.facade.models import ModelsApi
from memshadow_desktop.core.facade.search import SearchApi
from memshadow_desktop.core.facade.settings import SettingsApi
from memshadow_desktop.core.facade.sync import ConflictsApi, DevicesApi, SyncApi
from memshadow_desktop.core.inference import bundled
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.runtime import Runtime, owner_of
from memshadow_desktop.core.secrets import keystore
from memshadow_desktop.core.secrets.header import KdfParams
from memshadow_desktop.core.vault import OpenVault, PassphraseProvider


@dataclass(frozen=True)
class VaultStatus:
    exists: bool
    keyring_backend: str | None


class MemshadowService:
    def __init__(self, opened: OpenVault, events: EventBus | None = None) -> None:
        self.events = events or EventBus()
        core = Core(opened, self.events)
        self._core = core
        self.runtime = Runtime(core)
        self.memories = MemoriesApi(core)
        self.vault = VaultApi(core, self.runtime)
        self.search = SearchApi(core, self.runtime)
        self.models = ModelsApi(core.paths, core, self.runtime)
        self.sync = SyncApi(core, self.runtime)
        self.devices = DevicesApi(core)
        self.cache = CacheApi(core)
        self.edge = EdgeApi(
            core.paths, core, sync=self.sync, devices=self.devices, cache=self.cache
        )
        self.conflicts = ConflictsApi(core)
        self.settings = SettingsApi(core)
        self.ask = AskApi(core, self.search, self.memories)
        self.hardware = HardwareApi(core.paths, core, self.ask)

    # --- opening ------------------------------------------------------------------------------

    @staticmethod
    def status(paths: AppPaths) -> VaultStatus:
        return VaultStatus(vault.vault_exists(paths), keystore.keyring_backend_name())

    @staticmethod
    def owner_of(paths: AppPaths) -> OwnerInfo | None:
        """The process running the vault's background work (the window, the agent), if any."""
        return owner_of(paths)

    @staticmethod
    def models_at(paths: AppPaths) -> ModelsApi:
        """The installed models of ``paths``, without unlocking its vault."""
        return ModelsApi(paths)

    @staticmethod
    def self_test(*, require_model: bool) -> list[dict[str, Any]]:
        """The core's half of the installed app's self-test (core/selftest.py), in a
        throw-away folder: one dict per check (name, ok, required, detail, seconds)."""
        from memshadow_desktop.core import selftest

        return [check.to_dict() for check in selftest.core_checks(require_model=require_model)]

    @staticmethod
    def bundled_model_names() -> list[str]:
        """The embedding models this build ships (none in a Python install)."""
        return [folder.name for folder in bundled.bundled_models()]

    @staticmethod
    def hardware_at(paths: AppPaths) -> HardwareApi:
        """This machine and its execution providers, without unlocking a vault."""
        return HardwareApi(paths)

    @staticmethod
    def edge_at(paths: AppPaths) -> EdgeApi:
        """This device's capabilities, plan and agent units, without unlocking a vault."""
        return EdgeApi(paths)

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
        has_models = paths.models_dir.is_dir() and any(paths.models_dir.iterdir())
        if for_search and (has_models or bundled.bundled_models()):
            threading.Thread(target=_import_search_stack, name="search-imports").start()
        return cls(vault.unlock(paths, passphrase), events)

    def close(self) -> None:
        self.ask.close()
        self.runtime.stop()
        self.cache.close()  # locking empties L1
        self._core.close()

    def __enter__(self) -> MemshadowService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def paths(self) -> AppPaths:
        return self._core.paths


def _import_search_stack() -> None:
    # Importing takes the GIL, the key derivation does not: the two overlap.
    import memshadow_desktop.core.inference.engine
    import memshadow_desktop.core.inference.models
    import memshadow_desktop.core.search.semantic  # noqa: F401


# The sub-APIs' classes are named here too, for callers' annotations (``qt/`` and ``cli/``
# import from the core only this module and core.api).
__all__ = [
    "AskApi",
    "EdgeApi",
    "GenerationModelsApi",
    "HardwareApi",
    "MemshadowService",
    "ModelsApi",
    "VaultStatus",
]
