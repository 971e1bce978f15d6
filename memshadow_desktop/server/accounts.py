"""Accounts: challenges, creation (by policy), joining a device with the account's signature,
the one-time upgrade of a protocol v1 account, and device logins with their own credentials.

Nothing here ever sees a passphrase or a secret derived from it (except a v1 account's auth
secret, once, when it upgrades): the account proves the passphrase by signing a one-time
challenge with a key derived from it, and a device logs in by signing with its own key.
Failed proofs are throttled per account *and* client address, and per address: someone
guessing elsewhere never locks the owner out, and a device's own key is never throttled when
it signs correctly.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import (
    REGISTRATION_CLOSED,
    REGISTRATION_INVITE,
    ServerConfig,
)
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.devices import insert_device, register_device
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import DeviceReg, Principal, Session
from memshadow_desktop.server.security import SecretHasher, digest, verify_signature
from memshadow_desktop.server.throttle import Throttle
from memshadow_desktop.server.tokens import Tokens

CHALLENGE_TTL_S = 60.0
INVITE_TTL_S = 7 * 86400.0
INVITE_PREFIX = "msi_"


def rate_limited(wait: float, what: str = "too many attempts") -> ApiError:
    secs = max(1, int(wait + 0.999))
    return ApiError(429, p.ERR_RATE_LIMITED, what, headers={"Retry-After": str(secs)})


def _bad_credentials() -> ApiError:
    return ApiError(401, p.ERR_BAD_CREDENTIALS, "unknown account or wrong passphrase")


class Accounts:
    def __init__(self, db: Database, config: ServerConfig, tokens: Tokens) -> None:
        self.db = db
        self.config = config
        self.tokens = tokens
        self.throttle = Throttle(db, config.throttle_max_keys)
        self._hasher: SecretHasher | None = None
        self._secret = self._server_secret()

    @property
    def hasher(self) -> SecretHasher:
        if self._hasher is None:  # only protocol v1 accounts need it, once
            self._hasher = SecretHasher(self.config.argon2_time_cost, self.config.argon2_memory_kib)
        return self._hasher

    def _server_secret(self) -> bytes:
        m = s.server_meta
        with self.db.write() as conn:
            row = conn.execute(sa.select(m.c.value).where(m.c.key == "secret")).one_or_none()
            if row is not None:
                return bytes(row.value)
            value = os.urandom(32)
            conn.execute(sa.insert(m).values(key="secret", value=value))
            return value

    # ------------------------------------------------------------------ throttling

    def _check(self, key: bytes, limit: int, what: str) -> None:
        wait = self.throttle.wait(key, limit, self.config.login_window_s)
        if wait:
            raise rate_limited(wait, what)

    def _proof_allowed(self, name: str, client: str) -> None:
        """Before checking a passphrase proof: not over either failure limit."""
        c = self.config
        self._check(
            Throttle.key("fail-acct", name, client),
            c.login_max_failures,
            "too many failed attempts",
        )
        self._check(
            Throttle.key("fail-addr", client),
            c.login_max_attempts_per_ip,
            "too many failed attempts",
        )

    def _failed(self, client: str, name: str | None = None) -> None:
        window = self.config.login_window_s
        self.throttle.hit(Throttle.key("fail-addr", client), window)
        if name is not None:
            self.throttle.hit(Throttle.key("fail-acct", name, client), window)

    # ------------------------------------------------------------------ challenges

    def hello(self, name: str, client: str) -> dict[str, object]:
        """The account's salt and KDF cost, and a one-time challenge. An unknown name gets a
        salt that looks the same (derived from the server's secret) and a challenge too."""
        key = Throttle.key("hello", client)
        wait = self.throttle.wait(key, self.config.hellos_per_minute, 60.0)
        if wait:
            raise rate_limited(wait, "too many requests")
        self.throttle.hit(key, 60.0)
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(acc.c.salt, acc.c.kdf).where(acc.c.name == name)
            ).one_or_none()
        if row is not None and row.salt is not None:
            salt, kdf = bytes(row.salt), json.loads(row.kdf or "null") or p.DEFAULT_KDF
        else:
            salt = hmac.new(self._secret, b"salt\x00" + name.encode(), hashlib.sha256).digest()[:16]
            kdf = p.DEFAULT_KDF
        challenge = os.urandom(p.CHALLENGE_BYTES)
        now = time.time()
        ch = s.challenges
        with self.db.write(durable=False) as conn:
            if os.urandom(1)[0] < 8:  # now and then: forget expired challenges
                conn.execute(sa.delete(ch).where(ch.c.expires_at < now))
            conn.execute(
                sa.insert(ch).values(
                    challenge_hash=digest(challenge), account=name, expires_at=now + CHALLENGE_TTL_S
                )
            )
        return {
            "salt": p.b64e(salt),
            "kdf": kdf,
            "challenge": p.b64e(challenge),
            "expires_in": CHALLENGE_TTL_S,
        }

    def _consume(self, conn: sa.Connection, name: str, challenge: bytes) -> bool:
        ch = s.challenges
        res = conn.execute(
            sa.delete(ch).where(
                ch.c.challenge_hash == digest(challenge),
                ch.c.account == name,
                ch.c.expires_at >= time.time(),
            )
        )
        return res.rowcount == 1

    def consume(self, name: str, challenge: bytes) -> bool:
        with self.db.write() as conn:
            return self._consume(conn, name, challenge)

    # ------------------------------------------------------------------ accounts

    def create_invite(self, uses: int = 1, ttl_s: float = INVITE_TTL_S) -> str:
        code = INVITE_PREFIX + secrets.token_urlsafe(16)
        now = time.time()
        with self.db.write() as conn:
            conn.execute(
                sa.insert(s.invites).values(
                    code_hash=digest(code.encode()),
                    created_at=now,
                    expires_at=now + ttl_s,
                    uses_left=uses,
                )
            )
        return code

    def _admit(self, conn: sa.Connection, invite: str | None) -> None:
        policy = self.config.registration
        if policy == REGISTRATION_CLOSED:
            raise ApiError(403, p.ERR_REGISTRATION, "this server takes no new accounts")
        if policy != REGISTRATION_INVITE:
            return
        inv = s.invites
        used = conn.execute(
            sa.update(inv)
            .where(
                inv.c.code_hash == digest((invite or "").encode()),
                inv.c.uses_left > 0,
                inv.c.expires_at > time.time(),
            )
            .values(uses_left=inv.c.uses_left - 1)
        )
        if not invite or used.rowcount != 1:
            raise ApiError(403, p.ERR_INVITE, "a new account needs a valid invite code")

    def create_account(
        self,
        name: str,
        salt: bytes,
        kdf: dict[str, int],
        account_key: bytes,
        wrapped_key: bytes,
        device: DeviceReg,
        invite: str | None,
        client: str,
    ) -> Session:
        signups = Throttle.key("signup", client)
        wait = self.throttle.wait(signups, self.config.signups_per_hour, 3600.0)
        if wait:
            raise rate_limited(wait, "too many new accounts from this address")
        now = time.time()
        try:
            with self.db.write() as conn:
                self._admit(conn, invite)
                account_id = conn.execute(
                    sa.insert(s.accounts)
                    .values(
                        name=name,
                        auth_hash="",
                        salt=salt,
                        kdf=json.dumps(kdf),
                        account_key=account_key,
                        wrapped_key=wrapped_key,
                        key_version=1,
                        created_at=now,
                    )
                    .returning(s.accounts.c.id)
                ).scalar_one()
                insert_device(conn, account_id, device, now)
                token, expires = self.tokens.issue(conn, account_id, device.id, now)
        except IntegrityError:
            raise ApiError(409, p.ERR_ACCOUNT_EXISTS, "an account with this name exists") from None
        self.throttle.hit(signups, 3600.0)
        return Session(token, expires, account_id, name, device.id, wrapped_key, 1, None)

    def _account(self, name: str) -> sa.Row[tuple[object, ...]] | None:
        acc = s.accounts
        with self.db.read() as conn:
            return conn.execute(sa.select(acc).where(acc.c.name == name)).one_or_none()

    def join(
        self, name: str, challenge: bytes, signature: bytes, device: DeviceReg, client: str
    ) -> Session:
        """A new device (or a device joining again) proves the passphrase: the account's
        signature over a fresh challenge and the device it registers."""
        self._proof_allowed(name, client)
        row = self._account(name)
        if row is not None and row.account_key is None:
            raise ApiError(409, p.ERR_NOT_UPGRADED, "a protocol v1 account: upgrade it first")
        message = p.signed_message(p.SIGN_JOIN, name, device.id, challenge, device.fields)
        ok = row is not None and self.consume(name, challenge)
        if not ok or not verify_signature(bytes(row.account_key), signature, message):  # type: ignore[union-attr]
            self._failed(client, name)
            raise _bad_credentials()
        assert row is not None
        return self._register(row, device)

    def upgrade(
        self, name: str, auth_secret: bytes, account_key: bytes, device: DeviceReg, client: str
    ) -> Session:
        """A protocol v1 account proves its auth secret (checked against v1's hash) and gets a
        public key; the device joins as with :meth:`join`."""
        self._proof_allowed(name, client)
        row = self._account(name)
        auth_hash = None if row is None else (row.auth_hash or None)
        if not self.hasher.verify(auth_hash, auth_secret) or row is None:
            self._failed(client, name)
            raise _bad_credentials()
        if row.account_key is not None and bytes(row.account_key) != account_key:
            self._failed(client, name)
            raise _bad_credentials()
        acc = s.accounts
        with self.db.write() as conn:
            conn.execute(sa.update(acc).where(acc.c.id == row.id).values(account_key=account_key))
        return self._register(self._account(name), device)  # type: ignore[arg-type]

    def _register(self, row: sa.Row[tuple[object, ...]], device: DeviceReg) -> Session:
        now = time.time()
        account_id = int(row.id)
        with self.db.write() as conn:
            register_device(conn, account_id, device, now)
            token, expires = self.tokens.issue(conn, account_id, device.id, now)
        return Session(
            token,
            expires,
            account_id,
            str(row.name),
            device.id,
            bytes(row.wrapped_key),
            int(row.key_version),
            bytes(row.key_history) if row.key_history else None,
        )

    def session(
        self, name: str, device_id: str, challenge: bytes, signature: bytes, client: str
    ) -> Session:
        """A device logs in with its own credential. A correct signature is never throttled;
        failures count against the client address."""
        acc, dev = s.accounts, s.devices
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(acc, dev.c.credential, dev.c.revoked_at)
                .select_from(acc.join(dev, dev.c.account_id == acc.c.id))
                .where(acc.c.name == name, dev.c.id == device_id)
            ).one_or_none()
        message = p.signed_message(p.SIGN_SESSION, name, device_id, challenge)
        valid = (
            row is not None
            and row.credential is not None
            and self.consume(name, challenge)
            and verify_signature(bytes(row.credential), signature, message)
        )
        if not valid:
            self._failed(client)
            self._check(
                Throttle.key("fail-addr", client),
                self.config.login_max_attempts_per_ip,
                "too many failed logins",
            )
            raise ApiError(401, p.ERR_UNKNOWN_DEVICE, "unknown device or wrong signature")
        assert row is not None
        if row.revoked_at is not None:
            raise ApiError(403, p.ERR_DEVICE_REVOKED, "this device was revoked")
        now = time.time()
        with self.db.write(durable=False) as conn:  # a token lost to a power cut: log in again
            token, expires = self.tokens.issue(conn, int(row.id), device_id, now)
            conn.execute(
                sa.update(dev)
                .where(dev.c.account_id == row.id, dev.c.id == device_id)
                .values(last_seen=now)
            )
        return Session(
            token,
            expires,
            int(row.id),
            name,
            device_id,
            bytes(row.wrapped_key),
            int(row.key_version),
            None,
        )

    def verify_proof(
        self,
        account_id: int,
        purpose: str,
        device_id: str,
        challenge: bytes,
        signature: bytes,
        fields: dict[str, object],
        client: str,
    ) -> sa.Row[tuple[object, ...]]:
        """The account's signature for a rotation or a passphrase change; returns its row."""
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(sa.select(acc).where(acc.c.id == account_id)).one()
        name = str(row.name)
        self._proof_allowed(name, client)
        if row.account_key is None:
            raise ApiError(409, p.ERR_NOT_UPGRADED, "a protocol v1 account: upgrade it first")
        message = p.signed_message(purpose, name, device_id, challenge, fields)
        if not self.consume(name, challenge) or not verify_signature(
            bytes(row.account_key), signature, message
        ):
            self._failed(client, name)
            raise _bad_credentials()
        return row

    def authenticate(self, token: str) -> Principal:
        """The device a bearer token stands for (see :class:`Tokens`)."""
        return self.tokens.authenticate(token)
