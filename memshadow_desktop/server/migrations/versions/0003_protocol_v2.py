"""Protocol v2: accounts with a salt, a public key and quotas; device credentials and sealed
details; expiring tokens; challenges, invites, a shared throttle and the server's secret.

Revision ID: 0003
Revises: 0002
Create Date: 2025-02-01

Existing data stays: records and heads are untouched (v2 clients read v1 records). Accounts
get the salt v1 derived from their name and v1's default KDF cost (what v1 clients used), key
version 1, and their usage counted; they upgrade (a public key instead of the auth hash) the
first time a device proves the old auth secret. Device names, types and capabilities, which
v1 kept in clear, are wiped (devices seal them anew); v1 tokens are dropped (they never
expired): v1 devices log in once more and register a credential of their own.
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

V1_KDF = json.dumps({"t": 3, "m": 65536, "p": 4})


def upgrade() -> None:
    # Columns are only added (SQLite adds them in place; a table rebuild would trip over the
    # foreign keys that point at accounts). An account without a v1 hash keeps "" there.
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("salt", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("kdf", sa.Text, nullable=True))
        batch.add_column(sa.Column("account_key", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("key_history", sa.LargeBinary, nullable=True))
        batch.add_column(
            sa.Column("stored_bytes", sa.BigInteger, nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("stored_records", sa.BigInteger, nullable=False, server_default="0")
        )
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("details", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("credential", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("wrapped_kek", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("grant", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("grant_version", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("tokens") as batch:
        batch.add_column(sa.Column("expires_at", sa.Float, nullable=False, server_default="0"))
    op.create_table(
        "challenges",
        sa.Column("challenge_hash", sa.LargeBinary(32), primary_key=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.create_index("ix_challenges_expires", "challenges", ["expires_at"])
    op.create_table(
        "invites",
        sa.Column("code_hash", sa.LargeBinary(32), primary_key=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("uses_left", sa.Integer, nullable=False),
    )
    op.create_table(
        "throttle",
        sa.Column("key", sa.LargeBinary(32), primary_key=True),
        sa.Column("window_end", sa.Float, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_throttle_window", "throttle", ["window_end"])
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )

    conn = op.get_bind()
    accounts = sa.table(
        "accounts",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("salt", sa.LargeBinary),
        sa.column("kdf", sa.Text),
        sa.column("key_version", sa.Integer),
        sa.column("stored_bytes", sa.BigInteger),
        sa.column("stored_records", sa.BigInteger),
    )
    records = sa.table(
        "records",
        sa.column("account_id", sa.Integer),
        sa.column("size", sa.Integer),
    )
    usage = dict(
        (row[0], (int(row[1]), int(row[2] or 0)))
        for row in conn.execute(
            sa.select(records.c.account_id, sa.func.count(), sa.func.sum(records.c.size)).group_by(
                records.c.account_id
            )
        )
    )
    for account_id, name in conn.execute(sa.select(accounts.c.id, accounts.c.name)).all():
        salt = hashlib.sha256(b"memshadow/v1/account-salt/" + name.encode()).digest()[:16]
        count, size = usage.get(account_id, (0, 0))
        conn.execute(
            accounts.update()
            .where(accounts.c.id == account_id)
            .values(salt=salt, kdf=V1_KDF, key_version=1, stored_bytes=size, stored_records=count)
        )
    devices = sa.table(
        "devices",
        sa.column("name", sa.String),
        sa.column("type", sa.String),
        sa.column("capabilities", sa.Text),
    )
    conn.execute(devices.update().values(name="", type="", capabilities="{}"))
    conn.execute(sa.text("DELETE FROM tokens"))


def downgrade() -> None:
    raise NotImplementedError("protocol v2 data cannot go back to v1")
