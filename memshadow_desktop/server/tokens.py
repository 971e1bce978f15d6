"""Bearer tokens: issued at login, expiring, one live token per device.

A new login ends the device's previous tokens (after a short grace, for requests already in
flight); logging out ends them at once; a passphrase change ends every token of the account;
revoking a device ends its tokens and its event streams. Only a token's SHA-256 is stored.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import schema as s
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.identity import Principal
from memshadow_desktop.server.security import new_token, same_hash, token_hash

# A device's last-seen time is written at most this often by authentication alone, so a busy
# device does not turn every request into a write.
_TOUCH_EVERY_S = 10.0
# A replaced token still works this long (a request sent just before the new login).
GRACE_S = 30.0


def unauthorized(detail: str = "missing, unknown, expired or revoked token") -> ApiError:
    return ApiError(401, p.ERR_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


class Tokens:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config

    def issue(
        self, conn: Connection, account_id: int, device_id: str, now: float
    ) -> tuple[str, float]:
        """A new token for the device; its others end (after GRACE_S). (token, expires_at)"""
        t = s.tokens
        mine = sa.and_(t.c.account_id == account_id, t.c.device_id == device_id)
        conn.execute(sa.delete(t).where(mine, t.c.expires_at <= now))
        conn.execute(
            sa.update(t)
            .where(mine, t.c.expires_at > now + GRACE_S)
            .values(expires_at=now + GRACE_S)
        )
        token = new_token()
        expires = now + self.config.token_ttl_s
        conn.execute(
            sa.insert(t).values(
                token_hash=token_hash(token),
                account_id=account_id,
                device_id=device_id,
                created_at=now,
                expires_at=expires,
            )
        )
        return token, expires

    def authenticate(self, token: str) -> Principal:
        h = token_hash(token)
        t, d, a = s.tokens, s.devices, s.accounts
        q = (
            sa.select(
                t.c.token_hash,
                t.c.account_id,
                t.c.device_id,
                t.c.expires_at,
                a.c.name,
                d.c.last_seen,
            )
            .select_from(
                t.join(d, sa.and_(d.c.account_id == t.c.account_id, d.c.id == t.c.device_id)).join(
                    a, a.c.id == t.c.account_id
                )
            )
            .where(t.c.token_hash == h, d.c.revoked_at.is_(None))
        )
        with self.db.read() as conn:
            row = conn.execute(q).one_or_none()
        now = time.time()
        if row is None or not same_hash(bytes(row.token_hash), h) or row.expires_at <= now:
            raise unauthorized()
        principal = Principal(row.account_id, row.name, row.device_id, h, float(row.expires_at))
        if now - row.last_seen > _TOUCH_EVERY_S:
            self.touch(principal, now)
        return principal

    def touch(self, who: Principal, now: float | None = None) -> None:
        with self.db.write(durable=False) as conn:
            conn.execute(
                sa.update(s.devices)
                .where(s.devices.c.account_id == who.account_id, s.devices.c.id == who.device_id)
                .values(last_seen=now or time.time())
            )

    def logout(self, who: Principal) -> None:
        t = s.tokens
        with self.db.write() as conn:
            conn.execute(
                sa.delete(t).where(t.c.account_id == who.account_id, t.c.device_id == who.device_id)
            )

    def drop_account(self, conn: Connection, account_id: int) -> None:
        conn.execute(sa.delete(s.tokens).where(s.tokens.c.account_id == account_id))

    def drop_device(self, conn: Connection, account_id: int, device_id: str) -> None:
        t = s.tokens
        conn.execute(sa.delete(t).where(t.c.account_id == account_id, t.c.device_id == device_id))

    def status(self, who: Principal) -> str:
        """For an open event stream: "ok", "expired" (the token ended) or "revoked"."""
        t, d = s.tokens, s.devices
        with self.db.read() as conn:
            revoked = conn.execute(
                sa.select(d.c.revoked_at).where(
                    d.c.account_id == who.account_id, d.c.id == who.device_id
                )
            ).scalar_one_or_none()
            expires = conn.execute(
                sa.select(t.c.expires_at).where(t.c.token_hash == who.token_hash)
            ).scalar_one_or_none()
        if revoked is not None:
            return "revoked"
        if expires is None or expires <= time.time():
            return "expired"
        return "ok"

    def head_seq(self, who: Principal) -> int:
        with self.db.read() as conn:
            return int(
                conn.execute(
                    sa.select(s.accounts.c.head_seq).where(s.accounts.c.id == who.account_id)
                ).scalar_one()
            )

    def heartbeat(self, who: Principal) -> tuple[str, int]:
        """For an open event stream: its token's status, and the account's head."""
        status = self.status(who)
        if status == "ok":
            self.touch(who)
        return status, self.head_seq(who)
