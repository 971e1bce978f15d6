"""Server settings (command-line options end up here)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields

ENV_CONFIG = "MEMSHADOW_SERVER_CONFIG"  # JSON of ServerConfig, for uvicorn --workers
ENV_DB = "MEMSHADOW_SERVER_DB"  # --db from the environment: a password stays out of argv


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
    # Server-side Argon2id of the (already high-entropy) auth secret.
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    # Failed logins per account within login_window_s before 429.
    login_max_failures: int = 5
    # Login attempts per client address within login_window_s before 429.
    login_max_attempts_per_ip: int = 30
    login_window_s: float = 60.0
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
        return cls(**{k: v for k, v in data.items() if k in known})
