"""The account's keys as the server keeps them (all sealed by devices): a device's grant of the
current data key, revocation with key rotation, and a passphrase change.

The server never sees a data key. A rotation, signed with the account's key (the passphrase),
revokes devices and replaces the wrapped data key, the key history and every remaining
device's grant in one transaction; from then on pushes sealed under an older key version are
refused (``stale_key``), so nothing written afterwards opens with a revoked device's keys.
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.accounts import Accounts
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.devices import Devices
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import Principal
from memshadow_desktop.server.tokens import Tokens


class AccountKeys:
    def __init__(self, db: Database, accounts: Accounts, devices: Devices, tokens: Tokens) -> None:
        self.db = db
        self.accounts = accounts
        self.devices = devices
        self.tokens = tokens

    def grant(self, who: Principal) -> dict[str, Any]:
        acc, dev = s.accounts, s.devices
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(acc.c.key_version, acc.c.key_history, dev.c.grant, dev.c.grant_version)
                .select_from(acc.join(dev, dev.c.account_id == acc.c.id))
                .where(acc.c.id == who.account_id, dev.c.id == who.device_id)
            ).one()
        current = int(row.key_version)
        grant = row.grant if row.grant is not None and row.grant_version == current else None
        return {
            "key_version": current,
            "grant": p.b64e(bytes(grant)) if grant is not None else None,
            "key_history": p.b64e(bytes(row.key_history)) if row.key_history else None,
        }

    def rotate(
        self,
        who: Principal,
        fields: dict[str, Any],
        challenge: bytes,
        signature: bytes,
        client: str,
    ) -> int:
        """Revoke ``fields["revoke"]`` and install key version ``fields["key_version"]``."""
        row = self.accounts.verify_proof(
            who.account_id, p.SIGN_ROTATE, who.device_id, challenge, signature, fields, client
        )
        version = int(fields["key_version"])
        if version != int(row.key_version) + 1:
            raise ApiError(409, "key_version_conflict", "the key was rotated meanwhile: again")
        now = time.time()
        acc, dev = s.accounts, s.devices
        with self.db.account_tx(who.account_id) as (conn, locked):
            if int(locked.key_version) + 1 != version:
                raise ApiError(409, "key_version_conflict", "the key was rotated meanwhile")
            for device_id in fields.get("revoke") or []:
                self.devices.revoke(conn, who.account_id, str(device_id), now)
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == who.account_id)
                .values(
                    wrapped_key=p.b64d(fields["wrapped_key"]),
                    key_history=p.b64d(fields["key_history"]),
                    key_version=version,
                )
            )
            for device_id, sealed in (fields.get("grants") or {}).items():
                conn.execute(
                    sa.update(dev)
                    .where(
                        dev.c.account_id == who.account_id,
                        dev.c.id == str(device_id),
                        dev.c.revoked_at.is_(None),
                    )
                    .values(grant=p.b64d(sealed), grant_version=version)
                )
        return version

    def change_passphrase(
        self,
        who: Principal,
        fields: dict[str, Any],
        challenge: bytes,
        signature: bytes,
        client: str,
    ) -> None:
        """New salt, cost, account key and wrapped data key; every device's KEK re-wrapped;
        every token of the account ends (devices log in again with their own keys)."""
        self.accounts.verify_proof(
            who.account_id, p.SIGN_PASSPHRASE, who.device_id, challenge, signature, fields, client
        )
        acc, dev = s.accounts, s.devices
        with self.db.account_tx(who.account_id) as (conn, _locked):
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == who.account_id)
                .values(
                    salt=p.b64d(fields["salt"]),
                    kdf=json.dumps(fields["kdf"]),
                    account_key=p.b64d(fields["account_key"]),
                    wrapped_key=p.b64d(fields["wrapped_key"]),
                    auth_hash="",
                )
            )
            for device_id, sealed in (fields.get("wrapped_keks") or {}).items():
                conn.execute(
                    sa.update(dev)
                    .where(
                        dev.c.account_id == who.account_id,
                        dev.c.id == str(device_id),
                        dev.c.revoked_at.is_(None),
                    )
                    .values(wrapped_kek=p.b64d(sealed))
                )
            self.tokens.drop_account(conn, who.account_id)
