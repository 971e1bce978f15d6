"""Account keys, made on the device; the server only ever sees their results.

One account passphrase derives, with Argon2id, a 32-byte master secret; HKDF-SHA256 splits it
into an *authentication secret* (sent to the server at login, which Argon2id-hashes it again) and
a *key-encryption key* that unwraps the account's random 32-byte data key. The server stores the
wrapped data key, so a new device joins with the passphrase alone. The salt is derived from the
normalized account name, so no pre-login round trip is needed.

``b64e``/``b64d`` (bytes in JSON) belong to the wire format in ``protocol``, which the server
imports without this module's crypto; they are re-exported here for the client's callers.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.sync.protocol import ProtocolError, b64d, b64e, normalize_account

AUTH_SECRET_BYTES = 32
DATA_KEY_BYTES = 32
_WRAP_VERSION = b"\x01"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are protocol v1; tests may pass cheaper ones."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


@dataclass(frozen=True)
class AccountKeys:
    auth_secret: bytes  # goes to the server (base64url in JSON)
    wrap_key: bytes  # never leaves the device

    @property
    def auth_secret_b64(self) -> str:
        return b64e(self.auth_secret)


def account_salt(account: str) -> bytes:
    return hashlib.sha256(
        b"memshadow/v1/account-salt/" + normalize_account(account).encode()
    ).digest()[:16]


def derive_account_keys(
    passphrase: str, account: str, params: KdfParams | None = None
) -> AccountKeys:
    p = params or KdfParams()
    master = hash_secret_raw(
        passphrase.encode("utf-8"),
        account_salt(account),
        time_cost=p.time_cost,
        memory_cost=p.memory_kib,
        parallelism=p.parallelism,
        hash_len=32,
        type=Type.ID,
    )

    def expand(label: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master)

    return AccountKeys(expand(b"memshadow/v1/auth"), expand(b"memshadow/v1/wrap"))


def _wrap_ad(account: str) -> bytes:
    return b"memshadow/v1/data-key/" + normalize_account(account).encode()


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def wrap_data_key(data_key: bytes, wrap_key: bytes, account: str) -> bytes:
    """AES-256-GCM: version byte, nonce, ciphertext+tag. The account name is bound as AD."""
    nonce = os.urandom(_NONCE_BYTES)
    return _WRAP_VERSION + nonce + AESGCM(wrap_key).encrypt(nonce, data_key, _wrap_ad(account))


def unwrap_data_key(wrapped: bytes, wrap_key: bytes, account: str) -> bytes:
    if len(wrapped) < 1 + _NONCE_BYTES + 16 or wrapped[:1] != _WRAP_VERSION:
        raise ProtocolError("wrapped data key has an unknown format")
    nonce, body = wrapped[1 : 1 + _NONCE_BYTES], wrapped[1 + _NONCE_BYTES :]
    try:
        return AESGCM(wrap_key).decrypt(nonce, body, _wrap_ad(account))
    except InvalidTag:
        raise WrongPassphraseError("account") from None


__all__ = [
    "AUTH_SECRET_BYTES",
    "DATA_KEY_BYTES",
    "AccountKeys",
    "KdfParams",
    "account_salt",
    "b64d",
    "b64e",
    "derive_account_keys",
    "new_data_key",
    "unwrap_data_key",
    "wrap_data_key",
]
