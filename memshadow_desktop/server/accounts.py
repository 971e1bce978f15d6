"""Accounts and their sessions: creation, login with rate limits, tokens, the wrapped key."""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.devices import insert_device, register_device
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import DeviceInfo, Principal, Session
from memshadow_desktop.server.security import (
    RateLimiter,
    SecretHasher,
    new_token,
    same_hash,
    token_hash,
)

# A device's last-seen time is written at most this often by authentication alone, so a busy
# device does not turn every request into a write.
_TOUCH_EVERY_S = 10.0


class Accounts:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self.hasher = SecretHasher(config.argon2_time_cost, config.argon2_memory_kib)
        self.ip_limiter = RateLimiter(config.login_max_attempts_per_ip, config.login_window_s)

    # ------------------------------------------------------------------ sign-up and login

    def create_account(
        self, name: str, auth_secret: bytes, wrapped_key: bytes, device: DeviceInfo
    ) -> Session:
        auth_hash = self.hasher.hash(auth_secret)
        now = time.time()
        token = new_token()
        try:
            with self.db.write() as conn:
                account_id = conn.execute(
                    sa.insert(s.accounts)
                    .values(name=name, auth_hash=auth_hash, wrapped_key=wrapped_key, created_at=now)
                    .returning(s.accounts.c.id)
                ).scalar_one()
                insert_device(conn, account_id, device, now)
                _insert_token(conn, account_id, device.id, token, now)
        except IntegrityError:
            raise ApiError(409, p.ERR_ACCOUNT_EXISTS, "an account with this name exists") from None
        return Session(token, account_id, name, device.id, wrapped_key, 1)

    def login(self, name: str, auth_secret: bytes, device: DeviceInfo, client: str) -> Session:
        wait = self.ip_limiter.hit(client)
        if wait:
            raise _rate_limited(wait)
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(sa.select(acc).where(acc.c.name == name)).one_or_none()
        now = time.time()
        if row is not None:
            self._refuse_while_locked_out(row, now)
        # Verify even for an unknown name, so timing does not tell which names exist.
        if not self.hasher.verify(row.auth_hash if row else None, auth_secret) or row is None:
            if row is not None:
                self._record_failure(row.id, now)
            raise ApiError(401, p.ERR_BAD_CREDENTIALS, "unknown account or wrong secret")
        token = new_token()
        with self.db.write() as conn:
            if row.failed_logins:
                conn.execute(sa.update(acc).where(acc.c.id == row.id).values(failed_logins=0))
            register_device(conn, row.id, device, now)
            _insert_token(conn, row.id, device.id, token, now)
        return Session(token, row.id, row.name, device.id, row.wrapped_key, row.key_version)

    def _refuse_while_locked_out(self, row: sa.Row[tuple[object, ...]], now: float) -> None:
        """429 while the account has had too many failures within the login window."""
        window = self.config.login_window_s
        if row.failed_since > now - window and row.failed_logins >= self.config.login_max_failures:
            raise _rate_limited(row.failed_since + window - now)

    def _record_failure(self, account_id: int, now: float) -> None:
        acc = s.accounts
        window_start = now - self.config.login_window_s
        with self.db.write() as conn:
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == account_id)
                .values(
                    failed_logins=sa.case(
                        (acc.c.failed_since > window_start, acc.c.failed_logins + 1), else_=1
                    ),
                    failed_since=sa.case(
                        (acc.c.failed_since > window_start, acc.c.failed_since), else_=now
                    ),
                )
            )

    # ------------------------------------------------------------------ tokens

    def authenticate(self, token: str) -> Principal:
        h = token_hash(token)
        t, d, a = s.tokens, s.devices, s.accounts
        q = (
            sa.select(t.c.token_hash, t.c.account_id, t.c.device_id, a.c.name, d.c.last_seen)
            .select_from(
                t.join(d, sa.and_(d.c.account_id == t.c.account_id, d.c.id == t.c.device_id)).join(
                    a, a.c.id == t.c.account_id
                )
            )
            .where(t.c.token_hash == h, d.c.revoked_at.is_(None))
        )
        with self.db.read() as conn:
            row = conn.execute(q).one_or_none()
        if row is None or not same_hash(bytes(row.token_hash), h):
            raise ApiError(
                401,
                p.ERR_UNAUTHORIZED,
                "missing, unknown or revoked token",
                headers={"WWW-Authenticate": "Bearer"},
            )
        principal = Principal(row.account_id, row.name, row.device_id)
        now = time.time()
        if now - row.last_seen > _TOUCH_EVERY_S:
            self.touch(principal, now)
        return principal

    def touch(self, who: Principal, now: float | None = None) -> None:
        with self.db.write() as conn:
            conn.execute(
                sa.update(s.devices)
                .where(s.devices.c.account_id == who.account_id, s.devices.c.id == who.device_id)
                .values(last_seen=now or time.time())
            )

    def token_valid(self, who: Principal) -> bool:
        d = s.devices
        with self.db.read() as conn:
            revoked = conn.execute(
                sa.select(d.c.revoked_at).where(
                    d.c.account_id == who.account_id, d.c.id == who.device_id
                )
            ).scalar_one_or_none()
        return revoked is None

    def head_seq(self, who: Principal) -> int:
        with self.db.read() as conn:
            return int(
                conn.execute(
                    sa.select(s.accounts.c.head_seq).where(s.accounts.c.id == who.account_id)
                ).scalar_one()
            )

    def heartbeat(self, who: Principal) -> tuple[bool, int]:
        """For an open event stream: is the device still allowed, and the account's head."""
        valid = self.token_valid(who)
        if valid:
            self.touch(who)
        return valid, self.head_seq(who)

    # ------------------------------------------------------------------ the account's key

    def get_key(self, who: Principal) -> tuple[bytes, int]:
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(acc.c.wrapped_key, acc.c.key_version).where(acc.c.id == who.account_id)
            ).one()
        return bytes(row.wrapped_key), int(row.key_version)

    def change_passphrase(
        self, who: Principal, current: bytes, new_secret: bytes, wrapped_key: bytes
    ) -> int:
        acc = s.accounts
        with self.db.read() as conn:
            row = conn.execute(sa.select(acc).where(acc.c.id == who.account_id)).one()
        now = time.time()
        self._refuse_while_locked_out(row, now)
        if not self.hasher.verify(row.auth_hash, current):
            self._record_failure(row.id, now)
            raise ApiError(401, p.ERR_BAD_CREDENTIALS, "the current secret is wrong")
        new_hash = self.hasher.hash(new_secret)
        with self.db.write() as conn:
            conn.execute(
                sa.update(acc)
                .where(acc.c.id == who.account_id)
                .values(
                    auth_hash=new_hash,
                    wrapped_key=wrapped_key,
                    key_version=acc.c.key_version + 1,
                    failed_logins=0,
                )
            )
        return int(row.key_version) + 1


def _insert_token(
    conn: Connection, account_id: int, device_id: str, token: str, now: float
) -> None:
    # Only the token's hash is stored: a copy of the database logs nobody in.
    conn.execute(
        sa.insert(s.tokens).values(
            token_hash=token_hash(token),
            account_id=account_id,
            device_id=device_id,
            created_at=now,
        )
    )


def _rate_limited(wait: float) -> ApiError:
    secs = max(1, int(wait + 0.999))
    return ApiError(
        429, p.ERR_RATE_LIMITED, "too many login attempts", headers={"Retry-After": str(secs)}
    )
