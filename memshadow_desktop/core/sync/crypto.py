"""Sealing records: AES-256-GCM under the account's data key of a key version.

A v2 envelope is ``0x02``, the key version (2 bytes), a nonce, then ciphertext and tag. Its
associated data binds the ciphertext to its envelope header, memory id, revision id, delta
base, parent revision and author device: the server cannot move a record to another memory,
relabel it, swap the base a delta is decoded against, claim another parent (the receiver
takes the parent from the record when the sealed stamps leave it out) or another author.
Protocol v1's envelopes (``0x01``, always key version 1) are still opened.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from memshadow_desktop.core.sync.errors import RecordRejectedError

VERSION_V1, VERSION_V2 = b"\x01", b"\x02"
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_V2 = 3
OVERHEAD = HEADER_V2 + NONCE_BYTES + TAG_BYTES


def associated_data_v1(memory_id: str, revision_id: str, delta_base: str | None) -> bytes:
    return b"\x00".join(
        (
            b"memshadow/v1/record",
            memory_id.encode(),
            revision_id.encode(),
            (delta_base or "").encode(),
        )
    )


def associated_data(
    header: bytes,
    memory_id: str,
    revision_id: str,
    delta_base: str | None,
    parent: str | None,
    author: str,
) -> bytes:
    return b"\x00".join(
        (
            b"memshadow/v2/record",
            header,
            memory_id.encode(),
            revision_id.encode(),
            (delta_base or "").encode(),
            (parent or "").encode(),
            author.encode(),
        )
    )


class RecordCipher:
    """Seals under the current key version; opens under any version it has a key for."""

    def __init__(self, keys: Mapping[int, bytes], version: int) -> None:
        for key in keys.values():
            if len(key) != 32:
                raise ValueError("a data key must be 32 bytes")
        if version not in keys:
            raise ValueError(f"no data key of version {version}")
        self.version = version
        self._keys = dict(keys)
        self._aead = {v: AESGCM(k) for v, k in self._keys.items()}

    def has(self, version: int) -> bool:
        return version in self._aead

    def seal(
        self,
        plaintext: bytes,
        memory_id: str,
        revision_id: str,
        delta_base: str | None,
        parent: str | None,
        author: str,
    ) -> bytes:
        header = VERSION_V2 + self.version.to_bytes(2, "big")
        nonce = os.urandom(NONCE_BYTES)
        ad = associated_data(header, memory_id, revision_id, delta_base, parent, author)
        return header + nonce + self._aead[self.version].encrypt(nonce, plaintext, ad)

    def open(
        self,
        ciphertext: bytes,
        memory_id: str,
        revision_id: str,
        delta_base: str | None,
        parent: str | None,
        author: str,
    ) -> tuple[bytes, int]:
        """(plaintext, envelope version): 1 for a protocol v1 record, else 2."""
        if ciphertext[:1] == VERSION_V1:
            body = ciphertext[1:]
            aead, ad = self._aead.get(1), associated_data_v1(memory_id, revision_id, delta_base)
            envelope = 1
        elif ciphertext[:1] == VERSION_V2 and len(ciphertext) >= OVERHEAD:
            header, body = ciphertext[:HEADER_V2], ciphertext[HEADER_V2:]
            aead = self._aead.get(int.from_bytes(header[1:], "big"))
            ad = associated_data(header, memory_id, revision_id, delta_base, parent, author)
            envelope = 2
        else:
            raise RecordRejectedError("bad_envelope")
        if aead is None:
            raise RecordRejectedError("unknown_key_version")
        if len(body) < NONCE_BYTES + TAG_BYTES:
            raise RecordRejectedError("bad_envelope")
        try:
            return aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], ad), envelope
        except InvalidTag:
            raise RecordRejectedError("authentication_failed") from None


def key_version_of(ciphertext: bytes) -> int | None:
    if ciphertext[:1] == VERSION_V1:
        return 1
    if ciphertext[:1] == VERSION_V2 and len(ciphertext) >= HEADER_V2:
        return int.from_bytes(ciphertext[1:HEADER_V2], "big")
    return None
