"""JSON shapes of the control endpoints (they become the OpenAPI schema)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from memshadow_desktop.core.sync.protocol import DEVICE_ID_PATTERN, DeviceType, PushStatus

MAX_SEQ = 2**62
_B64 = r"^[A-Za-z0-9_-]*$"
_ACCOUNT = r"^[A-Za-z0-9][A-Za-z0-9._@+-]{2,63}$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeviceIn(_In):
    id: str = Field(pattern=DEVICE_ID_PATTERN, description="Stable id the device chose.")
    name: str = Field(min_length=1, max_length=128)
    type: DeviceType
    capabilities: dict[str, Any] = Field(default_factory=dict, max_length=64)


class CreateAccountIn(_In):
    account: str = Field(pattern=_ACCOUNT, description="Case-insensitive name.")
    auth_secret: str = Field(
        min_length=22, max_length=172, pattern=_B64, description="base64url, 16-128 bytes."
    )
    wrapped_key: str = Field(
        min_length=16, max_length=1400, pattern=_B64, description="base64url wrapped data key."
    )
    device: DeviceIn


class LoginIn(_In):
    account: str = Field(pattern=_ACCOUNT)
    auth_secret: str = Field(min_length=22, max_length=172, pattern=_B64)
    device: DeviceIn


class SessionOut(BaseModel):
    token: str = Field(description="Bearer token for this device (shown once).")
    account: str
    account_id: int
    device_id: str
    wrapped_key: str = Field(description="base64url")
    key_version: int


class KeyOut(BaseModel):
    wrapped_key: str = Field(description="base64url")
    key_version: int


class PassphraseIn(_In):
    current_auth_secret: str = Field(min_length=22, max_length=172, pattern=_B64)
    auth_secret: str = Field(min_length=22, max_length=172, pattern=_B64)
    wrapped_key: str = Field(min_length=16, max_length=1400, pattern=_B64)


class KeyVersionOut(BaseModel):
    key_version: int


class DeviceOut(BaseModel):
    id: str
    name: str
    type: str
    capabilities: dict[str, Any]
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
    name: str | None = Field(default=None, min_length=1, max_length=128)
    type: DeviceType | None = None
    capabilities: dict[str, Any] | None = Field(default=None, max_length=64)
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


class HealthOut(BaseModel):
    status: str
    database: str
    protocol: int


class ErrorOut(BaseModel):
    error: str
    detail: Any = ""
