"""Sealing records: AES-256-GCM under the account's data key.

The associated data binds a ciphertext to its memory id, revision id and delta base, so the
server cannot move a record to another memory, relabel it as another revision, or swap the base
a delta is decoded against.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from memshadow_desktop.core.sync.errors import RecordRejectedError

VERSION = b"\x01"
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = len(VERSION) + NONCE_BYTES + TAG_BYTES


def associated_data(memory_id: str, revision_id: str, delta_base: str | None) -> bytes:
    return b"\x00".join(
        (
            b"memshadow/v1/record",
            memory_id.encode(),
            revision_id.encode(),
            (delta_base or "").encode(),
        )
    )


class RecordCipher:
    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(data_key)

    def seal(
        self, plaintext: bytes, memory_id: str, revision_id: str, delta_base: str | None
    ) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        ad = associated_data(memory_id, revision_id, delta_base)
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, ad)

    def open(
        self, ciphertext: bytes, memory_id: str, revision_id: str, delta_base: str | None
    ) -> bytes:
        if len(ciphertext) < OVERHEAD or ciphertext[:1] != VERSION:
            raise RecordRejectedError("bad_envelope")
        nonce, body = ciphertext[1 : 1 + NONCE_BYTES], ciphertext[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(
                nonce, body, associated_data(memory_id, revision_id, delta_base)
            )
        except InvalidTag:
            raise RecordRejectedError("authentication_failed") from None
