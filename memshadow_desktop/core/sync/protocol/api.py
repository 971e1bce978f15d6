"""The shape of the API: paths, login signatures, error codes and event names."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

DEFAULT_KDF = {"t": 3, "m": 64 * 1024, "p": 4}  # Argon2id cost of a new account's passphrase


def body_digest(fields: Mapping[str, Any]) -> bytes:
    """SHA-256 of a request's fields (canonical JSON), for a signature to bind them."""
    canon = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canon.encode()).digest()


def signed_message(
    purpose: str,
    account: str,
    device_id: str,
    challenge: bytes,
    fields: Mapping[str, Any] | None = None,
) -> bytes:
    """What a signature covers: one purpose, one account, one device, one server challenge,
    and the request's other ``fields`` where they matter (a join's device, a rotation)."""
    digest = body_digest(fields) if fields is not None else b""
    return (
        b"\x00".join(
            (b"memshadow/v2/" + purpose.encode(), account.encode(), device_id.encode(), challenge)
        )
        + digest
    )


# --------------------------------------------------------------------------- API shape

API_PREFIX = "/v2"
LEGACY_PREFIX = "/v1"  # protocol v1: answered 426 protocol_upgrade_required
PATH_HELLO = "/v2/hello"  # salt and KDF cost of an account, and a login challenge
PATH_ACCOUNTS = "/v2/accounts"
PATH_JOIN = "/v2/join"  # a new device, with the account's (passphrase) signature
PATH_SESSION = "/v2/session"  # a device logs in with its own credential
PATH_LOGOUT = "/v2/logout"
PATH_UPGRADE = "/v2/account/upgrade"  # a protocol v1 account proves its auth secret once
PATH_KEYS = "/v2/account/keys"  # this device's grant of the current data key
PATH_ROTATE = "/v2/account/rotate"  # revoke devices and/or rotate the data key
PATH_PASSPHRASE = "/v2/account/passphrase"
PATH_DEVICES = "/v2/devices"
PATH_DEVICE_SELF = "/v2/devices/self"
PATH_PUSH = "/v2/push"
PATH_PULL = "/v2/pull"
PATH_CHAIN = "/v2/memories/{memory_id}/chain"
PATH_SNAPSHOT = "/v2/snapshot"
PATH_EVENTS = "/v2/events"
PATH_CHECKPOINT = "/v2/checkpoint"
PATH_COMPACT = "/v2/compact"
PATH_STATS = "/v2/stats"

# Login purposes (what a signature is for; see signed_message).
SIGN_JOIN, SIGN_SESSION, SIGN_ROTATE, SIGN_PASSPHRASE = "join", "session", "rotate", "passphrase"

# Stable error codes in JSON error bodies: {"error": CODE, "detail": "..."}.
ERR_RESYNC_REQUIRED = "resync_required"  # HTTP 410 on pull: start again from cursor 0
ERR_UNAUTHORIZED = "unauthorized"  # 401: missing, unknown, expired or revoked token
ERR_DEVICE_REVOKED = "device_revoked"  # 403 on login of a revoked device
ERR_UNKNOWN_DEVICE = "unknown_device"  # 401 on a session login the server cannot verify
ERR_BAD_CREDENTIALS = "bad_credentials"  # 401 on join, rotation, passphrase change
ERR_RATE_LIMITED = "rate_limited"  # 429, with Retry-After
ERR_ACCOUNT_EXISTS = "account_exists"  # 409
ERR_NOT_UPGRADED = "account_not_upgraded"  # 409: a v1 account; POST PATH_UPGRADE first
ERR_REGISTRATION = "registration_closed"  # 403: the server takes no new accounts
ERR_INVITE = "invite_required"  # 403: a valid, unused invite code is needed
ERR_QUOTA = "quota_exceeded"  # 507: the account's byte or record quota is full
ERR_STALE_KEY = "stale_key"  # a pushed record's key version is not the account's current
ERR_TOO_LARGE = "too_large"  # 413
ERR_MALFORMED = "malformed"  # 400
ERR_NOT_FOUND = "not_found"  # 404
ERR_UPGRADE_REQUIRED = "protocol_upgrade_required"  # 426: a protocol v1 client

# SSE event names on PATH_EVENTS (data is JSON).
EVENT_HELLO = "hello"  # on connect: {"seq": head_seq}
EVENT_SEQ = "seq"  # new records: {"seq": newest_seq, "device": author_device_id}
EVENT_REVOKED = "revoked"  # this device was revoked; the stream ends
EVENT_EXPIRED = "expired"  # the token ended (expiry, logout, a newer stream): log in again
