"""Memories, their revisions, and what the vault holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from memshadow_desktop.core.store.models import Fields, Memory, Revision, SearchHit, normalize_tags
from memshadow_desktop.core.sync.protocol import Priority
from memshadow_desktop.core.transfer import ImportReport

__all__ = [
    "Counts",
    "Fields",
    "ImportReport",
    "Memory",
    "Priority",
    "Revision",
    "SearchHit",
    "VaultInfo",
    "normalize_tags",
]


@dataclass(frozen=True)
class Counts:
    memories: int
    trashed: int
    revisions: int
    outbox: int

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class VaultInfo:
    version: str
    vault: str
    database: str
    vault_id: str
    device_id: str
    protection: str  # "passphrase" | "keyring"
    keyring_backend: str | None
    schema_version: int
    size_bytes: int
    counts: Counts

    @property
    def encryption(self) -> str:
        # A fact about the file format, the same in every language (the JSON carries it).
        if self.protection == "passphrase":
            return "SQLCipher 4 (AES-256), key wrapped with Argon2id + AES-256-GCM"
        return "SQLCipher 4 (AES-256), key in the OS keyring"

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "vault": self.vault,
            "database": self.database,
            "vault_id": self.vault_id,
            "device_id": self.device_id,
            "protection": self.protection,
            "keyring_backend": self.keyring_backend,
            "encryption": self.encryption,
            "schema_version": self.schema_version,
            "size_bytes": self.size_bytes,
            **self.counts.to_json(),
        }
