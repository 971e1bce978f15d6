"""Finding 9: the server learns no more than sync needs.

v1 memory ids were UUIDv7 (each memory's creation time to the millisecond); device host names,
platform and CPU count travelled and were stored in clear; the KDF salt was derived from the
account name, so guesses could be computed once for every server.
"""

from __future__ import annotations

import hashlib
import platform
import sys
import uuid

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tests.security.conftest import (
    SYNC_PASSPHRASE,
    Servers,
    db_path,
    make_devices_type,
    server_db,
)
from tests.sync.conftest import FAST_ACCOUNT_KDF


def test_memory_ids_on_the_server_carry_no_time(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    a = make_devices(srv).make("a")
    for i in range(3):
        a.memories.add(f"note {i}", title="n")
    a.sync.now()
    with server_db(srv) as db:
        ids = [r[0] for r in db.execute("SELECT DISTINCT memory_id FROM records")]
    assert ids
    for mid in ids:
        assert uuid.UUID(mid).version == 4, f"{mid} is a version {uuid.UUID(mid).version} UUID"


def test_device_names_and_details_are_sealed(
    servers: Servers, make_devices: make_devices_type
) -> None:
    srv = servers.start()
    devs = make_devices(srv)
    devs.make("alice-work-laptop-7")
    b = devs.make("bobs-phone-3")
    names = {d.name for d in b.devices.list()}
    assert {"alice-work-laptop-7", "bobs-phone-3"} <= names  # the devices still see them
    db = db_path(srv)
    blob = b"".join(f.read_bytes() for f in db.parent.iterdir() if f.name.startswith(db.name))
    for clear in (
        "alice-work-laptop-7",
        "bobs-phone-3",
        '"cpus"',
        f'"{sys.platform}"',
        f'"{platform.machine()}"',
    ):
        assert clear.encode() not in blob, f"the server stores {clear} in clear"


def test_the_kdf_salt_is_random_per_account_not_derived_from_its_name(
    servers: Servers, make_devices: make_devices_type
) -> None:
    wraps = []
    for name in ("one", "two"):
        srv = servers.start(name)
        devs = make_devices(srv)
        devs.account = "alice-everywhere"
        devs.make("a")
        with server_db(srv) as db:
            wraps.append(bytes(db.execute("SELECT wrapped_key FROM accounts").fetchone()[0]))
    # Precomputed once for the name, whatever the server: v1's salt and key schedule.
    salt = hashlib.sha256(b"memshadow/v1/account-salt/alice-everywhere").digest()[:16]
    master = hash_secret_raw(
        SYNC_PASSPHRASE.encode(),
        salt,
        time_cost=FAST_ACCOUNT_KDF.time_cost,
        memory_cost=FAST_ACCOUNT_KDF.memory_kib,
        parallelism=FAST_ACCOUNT_KDF.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    wrap_key = HKDF(hashes.SHA256(), 32, None, b"memshadow/v1/wrap").derive(master)
    opened = 0
    for wrapped in wraps:
        try:
            AESGCM(wrap_key).decrypt(
                wrapped[1:13], wrapped[13:], b"memshadow/v1/data-key/alice-everywhere"
            )
            opened += 1
        except Exception:
            pass
    assert opened == 0, "a key computed once from the account name opens its data key"
