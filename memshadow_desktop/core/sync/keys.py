"""Account and device keys, made on the device; the server only ever sees their results.

The account passphrase and the account's random salt (kept by the server, handed out before a
login) derive, with Argon2id, a 32-byte master secret. HKDF-SHA256 splits it into:

* the *auth secret*, which never leaves the device (protocol v1 sent it at login). From it come
  the account's Ed25519 *signing key*, whose public half the server keeps and which proves the
  passphrase (joining a device, revoking, rotating keys, changing the passphrase), and the
  *KEK-wrap key* that seals each device's key-encryption key for the server to keep;
* the *wrap key*, which unwraps the account's current data key (the server keeps it wrapped, so
  a new device joins with the passphrase alone).

A device keeps its own credential (an Ed25519 key it logs in with), its key-encryption key and
the data keys, never the passphrase or anything derived from it. When the data key is rotated
(after a revoke), the rotating device wraps the new key for every remaining device under that
device's key-encryption key (a *grant*), and seals the older keys under the new one (the *key
history*), so a device joining later still reads what was written before.

``b64e``/``b64d`` (bytes in JSON) belong to the wire format in ``protocol``, which the server
imports without this module's crypto; they are re-exported here for the client's callers.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

import msgpack
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from memshadow_desktop.core.errors import WrongPassphraseError
from memshadow_desktop.core.sync.protocol import ProtocolError, b64d, b64e, normalize_account

AUTH_SECRET_BYTES = 32
DATA_KEY_BYTES = 32
SALT_BYTES = 16
_WRAP_V1, _WRAP_V2 = b"\x01", b"\x02"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are the protocol's; tests may pass cheaper ones. The cost an
    account was made with is kept by the server beside its salt."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, d: object) -> KdfParams:
        try:
            t, m, p = (int(d[k]) for k in ("t", "m", "p"))  # type: ignore[index]
        except (KeyError, TypeError, ValueError):
            raise ProtocolError("bad KDF parameters") from None
        # Bounds: a server cannot make a device spend forever or nothing.
        if not (1 <= t <= 20 and 1024 <= m <= 4 * 1024 * 1024 and 1 <= p <= 16):
            raise ProtocolError("KDF parameters out of bounds")
        return cls(t, m, p)


def _hkdf(key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(key)


@dataclass(frozen=True)
class AccountKeys:
    auth_secret: bytes  # protocol v1 sent it at login; now it only derives the keys below
    wrap_key: bytes  # never leaves the device

    @property
    def auth_secret_b64(self) -> str:
        return b64e(self.auth_secret)

    @property
    def signer(self) -> Signer:
        return signer_from_auth_secret(self.auth_secret)

    @property
    def kek_wrap_key(self) -> bytes:
        return kek_wrap_key(self.auth_secret)


def signer_from_auth_secret(auth_secret: bytes) -> Signer:
    return Signer(_hkdf(auth_secret, b"memshadow/v2/account-signing-key"))


def kek_wrap_key(auth_secret: bytes) -> bytes:
    return _hkdf(auth_secret, b"memshadow/v2/device-kek-wrap")


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def v1_account_salt(account: str) -> bytes:
    """Protocol v1 derived the salt from the account name; accounts made then keep it until
    their passphrase changes (a new passphrase gets a random salt)."""
    return hashlib.sha256(
        b"memshadow/v1/account-salt/" + normalize_account(account).encode()
    ).digest()[:16]


def derive_account_keys(
    passphrase: str, salt: bytes, params: KdfParams | None = None
) -> AccountKeys:
    p = params or KdfParams()
    master = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=p.time_cost,
        memory_cost=p.memory_kib,
        parallelism=p.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    return AccountKeys(_hkdf(master, b"memshadow/v1/auth"), _hkdf(master, b"memshadow/v1/wrap"))


class Signer:
    """An Ed25519 key made from a 32-byte seed: the account's, or a device's credential."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise ValueError("an Ed25519 seed is 32 bytes")
        self.seed = seed
        self._key = Ed25519PrivateKey.from_private_bytes(seed)

    @classmethod
    def new(cls) -> Signer:
        return cls(os.urandom(32))

    @property
    def public(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


# --- sealing with AES-256-GCM: version byte, nonce, ciphertext and tag ---------------------------


def _seal(key: bytes, plaintext: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return _WRAP_V2 + nonce + AESGCM(key).encrypt(nonce, plaintext, ad)


def _open(key: bytes, sealed: bytes, ad: bytes, version: bytes = _WRAP_V2) -> bytes:
    if len(sealed) < 1 + _NONCE_BYTES + 16 or sealed[:1] != version:
        raise ProtocolError("sealed data has an unknown format")
    nonce, body = sealed[1 : 1 + _NONCE_BYTES], sealed[1 + _NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, ad)
    except InvalidTag:
        raise WrongPassphraseError("account") from None


def _ad(kind: str, account: str, *parts: str) -> bytes:
    return "\x00".join(("memshadow/v2/" + kind, normalize_account(account), *parts)).encode()


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def wrap_data_key(data_key: bytes, wrap_key: bytes, account: str, version: int) -> bytes:
    """The account's current data key under the passphrase's wrap key (the server keeps it)."""
    return _seal(wrap_key, data_key, _ad("data-key", account, str(version)))


def unwrap_data_key(wrapped: bytes, wrap_key: bytes, account: str, version: int) -> bytes:
    """Inverse of :func:`wrap_data_key`; also opens protocol v1's wrapping (version 1)."""
    if wrapped[:1] == _WRAP_V1:
        ad = b"memshadow/v1/data-key/" + normalize_account(account).encode()
        return _open(wrap_key, wrapped, ad, _WRAP_V1)
    return _open(wrap_key, wrapped, _ad("data-key", account, str(version)))


def seal_history(keys: dict[int, bytes], newest: bytes, account: str, version: int) -> bytes:
    """Every older data key, sealed under the newest one (what a joining device reads old
    records with)."""
    body = msgpack.packb({int(v): k for v, k in keys.items() if v != version}, use_bin_type=True)
    return _seal(newest, body, _ad("key-history", account, str(version)))


def open_history(sealed: bytes, newest: bytes, account: str, version: int) -> dict[int, bytes]:
    try:
        raw = msgpack.unpackb(
            _open(newest, sealed, _ad("key-history", account, str(version))), strict_map_key=False
        )
    except WrongPassphraseError:
        raise ProtocolError("the key history does not open with the current key") from None
    if not isinstance(raw, dict):
        raise ProtocolError("bad key history")
    return {int(v): bytes(k) for v, k in raw.items()}


def wrap_kek(kek: bytes, auth_secret: bytes, account: str, device_id: str) -> bytes:
    """A device's key-encryption key, sealed for whoever knows the passphrase."""
    return _seal(kek_wrap_key(auth_secret), kek, _ad("device-kek", account, device_id))


def unwrap_kek(wrapped: bytes, auth_secret: bytes, account: str, device_id: str) -> bytes:
    return _open(kek_wrap_key(auth_secret), wrapped, _ad("device-kek", account, device_id))


def grant(data_key: bytes, kek: bytes, account: str, device_id: str, version: int) -> bytes:
    """The data key of ``version`` for one device, under that device's key-encryption key."""
    return _seal(kek, data_key, _ad("grant", account, device_id, str(version)))


def open_grant(sealed: bytes, kek: bytes, account: str, device_id: str, version: int) -> bytes:
    try:
        return _open(kek, sealed, _ad("grant", account, device_id, str(version)))
    except WrongPassphraseError:
        raise ProtocolError("the key grant does not open with this device's key") from None


def details_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, b"memshadow/v2/device-details")


def seal_details(
    details: dict[str, object],
    data_keys: dict[int, bytes],
    version: int,
    account: str,
    device_id: str,
) -> bytes:
    """A device's name, type and capabilities, readable by the account's devices only."""
    body = json.dumps(details, ensure_ascii=False).encode()
    ad = _ad("device-details", account, device_id)
    return version.to_bytes(2, "big") + _seal(details_key(data_keys[version]), body, ad)


def open_details(
    sealed: bytes, data_keys: dict[int, bytes], account: str, device_id: str
) -> dict[str, object] | None:
    """None when it cannot be opened (a key this device does not have, or no details)."""
    if len(sealed) < 3:
        return None
    key = data_keys.get(int.from_bytes(sealed[:2], "big"))
    if key is None:
        return None
    try:
        raw = json.loads(
            _open(details_key(key), sealed[2:], _ad("device-details", account, device_id))
        )
    except (WrongPassphraseError, ProtocolError, ValueError):
        return None
    return raw if isinstance(raw, dict) else None


__all__ = [
    "AUTH_SECRET_BYTES",
    "DATA_KEY_BYTES",
    "AccountKeys",
    "KdfParams",
    "Signer",
    "b64d",
    "b64e",
    "derive_account_keys",
    "grant",
    "kek_wrap_key",
    "new_data_key",
    "new_salt",
    "open_details",
    "open_grant",
    "open_history",
    "seal_details",
    "seal_history",
    "signer_from_auth_secret",
    "unwrap_data_key",
    "unwrap_kek",
    "v1_account_salt",
    "wrap_data_key",
    "wrap_kek",
]
