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


@dataclass(frozen=True)
class DeviceInfo:
    """A device as it introduces itself at account creation or login."""

    id: str
    name: str
    type: str
    capabilities: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Session:
    """What a successful account creation or login hands back to the device."""

    token: str
    account_id: int
    account: str
    device_id: str
    wrapped_key: bytes
    key_version: int
