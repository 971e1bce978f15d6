"""Tokens, signatures, client addresses, hashing of protocol v1 auth secrets, log redaction."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

TOKEN_PREFIX = "msd1_"


def new_token() -> str:
    """A random bearer token (256 bits). Only its SHA-256 is stored."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


def same_hash(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


class SecretHasher:
    """Argon2id over a protocol v1 client's auth secret (itself Argon2id-derived): checked
    once, when the account upgrades to a public key."""

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


def verify_signature(public_key: bytes | None, signature: bytes, message: bytes) -> bool:
    """An Ed25519 signature by ``public_key`` over ``message`` (False for anything else)."""
    if not public_key or len(public_key) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def client_address(peer: str | None, forwarded_for: str | None, trusted: tuple[str, ...]) -> str:
    """The client's address: the peer's, or, when the peer is a trusted proxy, the last
    address in X-Forwarded-For that is not itself a trusted proxy."""
    peer = peer or "?"
    if peer not in trusted or not forwarded_for:
        return peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if hop not in trusted:
            return hop[:64]
    return peer


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


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
