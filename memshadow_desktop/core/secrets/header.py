"""The vault header: a small versioned file beside the database that says how the key is kept.

With passphrase protection it holds the 32-byte vault key wrapped (AES-256-GCM) under a key
derived from the passphrase with Argon2id. With keyring protection it holds only where the key
lives. It never holds the key in clear.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from memshadow_desktop.core.errors import CorruptHeaderError, NoVaultError, WrongPassphraseError

# The shortest passphrase a vault (or a new passphrase) accepts.
MIN_PASSPHRASE_LENGTH = 8

HEADER_FORMAT = "memshadow-vault-header"
HEADER_VERSION = 1
KEY_BYTES = 32

PROTECTION_PASSPHRASE = "passphrase"
PROTECTION_KEYRING = "keyring"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106's second recommended option, memory-constrained)."""

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    salt: bytes = field(default_factory=lambda: os.urandom(16))

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_cost_kib": self.memory_cost_kib,
            "parallelism": self.parallelism,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KdfParams:
        if raw.get("name") != "argon2id":
            raise CorruptHeaderError("unknown key derivation")
        return cls(
            time_cost=int(raw["time_cost"]),
            memory_cost_kib=int(raw["memory_cost_kib"]),
            parallelism=int(raw["parallelism"]),
            salt=_unb64(raw["salt"]),
        )


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    protection: str
    kdf: KdfParams | None = None
    nonce: bytes | None = None
    wrapped_key: bytes | None = None
    keyring_service: str | None = None
    keyring_user: str | None = None

    # --- key wrapping -------------------------------------------------------------------------

    @classmethod
    def wrap(cls, vault_id: str, key: bytes, passphrase: str, kdf: KdfParams) -> VaultHeader:
        kek = kdf.derive(passphrase)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, key, _aad(vault_id))
        return cls(vault_id, PROTECTION_PASSPHRASE, kdf, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        if self.kdf is None or self.nonce is None or self.wrapped_key is None:
            raise CorruptHeaderError("no wrapped key in header")
        kek = self.kdf.derive(passphrase)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, _aad(self.vault_id))
        except InvalidTag:
            raise WrongPassphraseError() from None
        if len(key) != KEY_BYTES:
            raise CorruptHeaderError("wrapped key has the wrong size")
        return key

    # --- file format --------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "protection": self.protection,
        }
        if self.protection == PROTECTION_PASSPHRASE:
            assert self.kdf and self.nonce and self.wrapped_key
            out["kdf"] = self.kdf.to_json()
            out["wrap"] = {
                "alg": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "key": _b64(self.wrapped_key),
            }
        else:
            out["keyring"] = {"service": self.keyring_service, "user": self.keyring_user}
        return out

    @classmethod
    def from_json(cls, raw: Any) -> VaultHeader:
        try:
            if not isinstance(raw, dict) or raw.get("format") != HEADER_FORMAT:
                raise CorruptHeaderError("not a vault header")
            version = raw.get("version")
            if version != HEADER_VERSION:
                raise CorruptHeaderError(f"unsupported header version {version!r}")
            protection = raw["protection"]
            vault_id = str(raw["vault_id"])
            if protection == PROTECTION_PASSPHRASE:
                wrap = raw["wrap"]
                if wrap.get("alg") != "AES-256-GCM":
                    raise CorruptHeaderError("unknown key wrapping")
                return cls(
                    vault_id,
                    protection,
                    KdfParams.from_json(raw["kdf"]),
                    _unb64(wrap["nonce"]),
                    _unb64(wrap["key"]),
                )
            if protection == PROTECTION_KEYRING:
                kr = raw["keyring"]
                return cls(
                    vault_id,
                    protection,
                    keyring_service=str(kr["service"]),
                    keyring_user=str(kr["user"]),
                )
            raise CorruptHeaderError(f"unknown protection {protection!r}")
        except CorruptHeaderError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CorruptHeaderError(f"malformed field ({type(exc).__name__})") from None

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old header or the new one, never half."""
        tmp = path.with_name(path.name + ".tmp")
        data = json.dumps(self.to_json(), indent=2).encode()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    @classmethod
    def load(cls, path: Path) -> VaultHeader:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NoVaultError(str(path.parent)) from None
        except OSError as exc:
            raise CorruptHeaderError(f"{path}: {exc.strerror}") from None
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise CorruptHeaderError(str(path)) from None
        return cls.from_json(raw)


def _aad(vault_id: str) -> bytes:
    return f"{HEADER_FORMAT}:{HEADER_VERSION}:{vault_id}".encode()


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
