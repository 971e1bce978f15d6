"""JSON shapes of the control endpoints (they become the OpenAPI schema)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from memshadow_desktop.core.sync.protocol import DEVICE_ID_PATTERN, PushStatus

MAX_SEQ = 2**62
_B64 = r"^[A-Za-z0-9_-]*$"
_ACCOUNT = r"^[A-Za-z0-9][A-Za-z0-9._@+-]{2,63}$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeviceIn(_In):
    """A device as it registers: its credential's public key, its key-encryption key wrapped
    for the passphrase, its sealed name/type/capabilities (all base64url)."""

    id: str = Field(pattern=DEVICE_ID_PATTERN, description="Stable id the device chose.")
    key: str = Field(min_length=43, max_length=44, pattern=_B64, description="Ed25519 public key")
    wrapped_kek: str | None = Field(default=None, min_length=16, max_length=200, pattern=_B64)
    details: str | None = Field(default=None, min_length=16, max_length=12000, pattern=_B64)


class HelloIn(_In):
    account: str = Field(pattern=_ACCOUNT)


class HelloOut(BaseModel):
    salt: str = Field(description="base64url")
    kdf: dict[str, int] = Field(description="Argon2id cost: t, m (KiB), p")
    challenge: str = Field(description="base64url, valid once, for a minute")
    expires_in: float


class CreateAccountIn(_In):
    account: str = Field(pattern=_ACCOUNT, description="Case-insensitive name.")
    salt: str = Field(min_length=22, max_length=88, pattern=_B64, description="16-64 bytes")
    kdf: dict[str, int] = Field(max_length=3)
    account_key: str = Field(min_length=43, max_length=44, pattern=_B64)
    wrapped_key: str = Field(min_length=16, max_length=1400, pattern=_B64)
    invite: str | None = Field(default=None, max_length=64)
    device: DeviceIn


class JoinIn(_In):
    account: str = Field(pattern=_ACCOUNT)
    challenge: str = Field(min_length=43, max_length=44, pattern=_B64)
    signature: str = Field(min_length=86, max_length=86, pattern=_B64)
    device: DeviceIn


class UpgradeIn(_In):
    account: str = Field(pattern=_ACCOUNT)
    auth_secret: str = Field(min_length=22, max_length=172, pattern=_B64)
    account_key: str = Field(min_length=43, max_length=44, pattern=_B64)
    device: DeviceIn


class SessionIn(_In):
    account: str = Field(pattern=_ACCOUNT)
    device_id: str = Field(pattern=DEVICE_ID_PATTERN)
    challenge: str = Field(min_length=43, max_length=44, pattern=_B64)
    signature: str = Field(min_length=86, max_length=86, pattern=_B64)


class SessionOut(BaseModel):
    token: str = Field(description="Bearer token for this device (shown once).")
    expires_at: float
    account: str
    account_id: int
    device_id: str
    wrapped_key: str = Field(description="base64url")
    key_version: int
    key_history: str | None = None


class KeysOut(BaseModel):
    key_version: int
    grant: str | None = Field(description="this device's grant of the current key, base64url")
    key_history: str | None


class RotateIn(_In):
    challenge: str = Field(min_length=43, max_length=44, pattern=_B64)
    signature: str = Field(min_length=86, max_length=86, pattern=_B64)
    device_id: str = Field(pattern=DEVICE_ID_PATTERN)
    revoke: list[str] = Field(default_factory=list, max_length=64)
    key_version: int = Field(ge=2, le=65535)
    wrapped_key: str = Field(min_length=16, max_length=1400, pattern=_B64)
    key_history: str = Field(min_length=16, max_length=200_000, pattern=_B64)
    grants: dict[str, str] = Field(default_factory=dict, max_length=1000)


class RotateOut(BaseModel):
    key_version: int


class PassphraseIn(_In):
    challenge: str = Field(min_length=43, max_length=44, pattern=_B64)
    signature: str = Field(min_length=86, max_length=86, pattern=_B64)
    device_id: str = Field(pattern=DEVICE_ID_PATTERN)
    salt: str = Field(min_length=22, max_length=88, pattern=_B64)
    kdf: dict[str, int] = Field(max_length=3)
    account_key: str = Field(min_length=43, max_length=44, pattern=_B64)
    wrapped_key: str = Field(min_length=16, max_length=1400, pattern=_B64)
    wrapped_keks: dict[str, str] = Field(default_factory=dict, max_length=1000)


class DeviceOut(BaseModel):
    id: str
    details: str | None = Field(description="name, type, capabilities: sealed, base64url")
    wrapped_kek: str | None = Field(description="the device's KEK, wrapped for the passphrase")
    key_version: int = Field(description="key version of the device's grant (0: none)")
    created_at: float
    last_seen: float | None
    last_sync: float | None
    online: bool
    revoked: bool
    revoked_at: float | None
    current: bool
    pulled_seq: int
    storage_reported: int
    stored_bytes: int
    push_ops: int
    pull_ops: int
    records_in: int
    records_out: int
    bytes_in: int
    bytes_out: int
    conflicts: int


class DeviceUpdateIn(_In):
    details: str | None = Field(default=None, min_length=16, max_length=12000, pattern=_B64)
    storage_bytes: int | None = Field(
        default=None, ge=0, le=MAX_SEQ, description="Local vault size the device reports."
    )


class PushResultOut(BaseModel):
    memory_id: str
    revision_id: str
    status: PushStatus
    seq: int | None = None
    head_revision: str | None = None
    head_seq: int | None = None
    error: str | None = None


class PushOut(BaseModel):
    results: list[PushResultOut]
    head_seq: int
    accepted: int
    duplicates: int
    conflicts: int
    rejected: int


class CheckpointIn(_In):
    cursor: int = Field(ge=0, le=MAX_SEQ)


class CheckpointOut(BaseModel):
    pulled_seq: int


class CompactOut(BaseModel):
    pruned: int
    floor_seq: int
    horizon: int


class StatsOut(BaseModel):
    account: str
    head_seq: int
    floor_seq: int
    records: int
    stored_bytes: int
    memories: int
    devices: int
    devices_online: int
    push_ops: int
    pull_ops: int
    operations: int
    records_in: int
    records_out: int
    bytes_in: int
    bytes_out: int
    conflicts: int


class InviteOut(BaseModel):
    invite: str


class HealthOut(BaseModel):
    status: str
    database: str
    protocol: int


class ErrorOut(BaseModel):
    error: str
    detail: Any = ""
