"""Tokens, server-side hashing of auth secrets, and login rate limiting."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import threading
import time
from collections import deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TOKEN_PREFIX = "msd1_"


def new_token() -> str:
    """A random bearer token (256 bits). Only its SHA-256 is stored."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


def same_hash(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


class SecretHasher:
    """Argon2id over the client's auth secret (which is itself Argon2id-derived)."""

    def __init__(self, time_cost: int, memory_kib: int) -> None:
        self._ph = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
        # Verified against when the account does not exist, so both paths cost the same.
        self._dummy = self._ph.hash(secrets.token_bytes(32))

    def hash(self, secret: bytes) -> str:
        return self._ph.hash(secret)

    def verify(self, stored: str | None, secret: bytes) -> bool:
        try:
            return self._ph.verify(stored or self._dummy, secret) and stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


class RateLimiter:
    """Sliding-window counter per key (in this process; per-account failures live in the DB)."""

    def __init__(self, max_events: int, window_s: float) -> None:
        self.max_events = max_events
        self.window_s = window_s
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Record an attempt; returns 0 if allowed, else seconds until the next one is."""
        now = time.monotonic()
        with self._lock:
            q = self._events.setdefault(key, deque())
            while q and q[0] <= now - self.window_s:
                q.popleft()
            if len(q) >= self.max_events:
                return max(0.1, q[0] + self.window_s - now)
            q.append(now)
            if len(self._events) > 100_000:  # bound memory under address spraying
                self._events = {k: v for k, v in self._events.items() if v}
            return 0.0


_TOKEN_RE = re.compile(re.escape(TOKEN_PREFIX) + r"[A-Za-z0-9_\-]+")


class RedactTokens(logging.Filter):
    """Defense in depth: if a token ever lands in a logged URL, print it redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(
                _TOKEN_RE.sub(TOKEN_PREFIX + "[redacted]", a) if isinstance(a, str) else a
                for a in record.args
            )
        if isinstance(record.msg, str) and TOKEN_PREFIX in record.msg:
            record.msg = _TOKEN_RE.sub(TOKEN_PREFIX + "[redacted]", record.msg)
        return True


def install_log_redaction() -> None:
    for name in ("uvicorn.access", "uvicorn.error", "memshadow.server"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
