"""Who is acting: the types every part of the server's repository passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Principal:
    """The authenticated device a request acts for; every query is scoped to its account."""

    account_id: int
    account: str
    device_id: str
    token_hash: bytes = b""
    token_expires: float = 0.0


@dataclass(frozen=True)
class DeviceReg:
    """A device as it registers (account creation, join, upgrade): its id, its credential's
    public key, its key-encryption key wrapped for the passphrase, and its sealed details.
    ``fields`` is the request's device object as sent (a join's signature covers it)."""

    id: str
    key: bytes
    wrapped_kek: bytes | None
    details: bytes | None
    fields: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Session:
    """What a successful account creation, join or login hands back to the device."""

    token: str
    expires_at: float
    account_id: int
    account: str
    device_id: str
    wrapped_key: bytes
    key_version: int
    key_history: bytes | None
