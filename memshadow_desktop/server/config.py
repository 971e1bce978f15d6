"""Server settings (command-line options end up here)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields

ENV_CONFIG = "MEMSHADOW_SERVER_CONFIG"  # JSON of ServerConfig, for uvicorn --workers
ENV_DB = "MEMSHADOW_SERVER_DB"  # --db from the environment: a password stays out of argv
ENV_METRICS_TOKEN = "MEMSHADOW_METRICS_TOKEN"  # bearer token for /metrics, never in argv

REGISTRATION_OPEN, REGISTRATION_INVITE, REGISTRATION_CLOSED = "open", "invite", "closed"


@dataclass(frozen=True)
class ServerConfig:
    db_url: str
    # A device not seen for this long shows as offline.
    offline_after_s: float = 120.0
    # Devices not seen for this long no longer hold compaction back (they resync instead).
    active_device_days: float = 30.0
    # SSE keep-alive; an open stream also refreshes the device's last-seen time.
    heartbeat_s: float = 15.0
    # Background compaction of every account (0: only on request).
    compact_every_s: float = 3600.0
    # Server-side Argon2id of a protocol v1 account's auth secret (checked once, at upgrade).
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    # Who may create accounts: "invite" (a code from `memshadow-server invite`), "open", or
    # "closed". A self-hosted server is not open to the internet unless told so.
    registration: str = REGISTRATION_INVITE
    # New accounts per client address per hour (any policy).
    signups_per_hour: int = 5
    # Failed passphrase proofs (joining a device, revoking, changing the passphrase) per
    # account *and* client address within login_window_s before 429: an attacker elsewhere
    # never locks the owner out, and devices log in with their own keys regardless.
    login_max_failures: int = 5
    # Failed logins of any kind per client address within login_window_s before 429.
    login_max_attempts_per_ip: int = 30
    login_window_s: float = 60.0
    # Challenges handed out per client address per minute.
    hellos_per_minute: int = 120
    # Addresses (exact IPs) of reverse proxies whose X-Forwarded-For names the client.
    trusted_proxies: tuple[str, ...] = ()
    # Keys the shared throttle keeps at most (the oldest windows go first).
    throttle_max_keys: int = 100_000
    # Per-account quotas on what is stored (ciphertext bytes, records).
    quota_bytes: int = 1024**3
    quota_records: int = 1_000_000
    # Lifetime of a device's token; a device logs in again with its own key when it ends.
    token_ttl_s: float = 3600.0
    # Event streams one device may hold open; a newer one ends the oldest.
    max_streams_per_device: int = 3
    # /metrics: with a token, only with it; without one, only to clients on loopback.
    metrics_token: str | None = None
    migrate: bool = True

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServerConfig:
        raw = os.environ.get(ENV_CONFIG)
        if not raw:
            raise RuntimeError(f"{ENV_CONFIG} is not set")
        data = json.loads(raw)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "trusted_proxies" in values:
            values["trusted_proxies"] = tuple(values["trusted_proxies"])
        return cls(**values)
