"""Initial schema: accounts, devices, tokens, records, heads.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("auth_hash", sa.String(255), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("key_version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("head_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("floor_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failed_since", sa.Float, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("capabilities", sa.Text, nullable=False, server_default="{}"),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("last_seen", sa.Float, nullable=False, server_default="0"),
        sa.Column("last_sync", sa.Float, nullable=False, server_default="0"),
        sa.Column("pulled_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("revoked_at", sa.Float, nullable=True),
        sa.Column("storage_reported", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("push_ops", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("pull_ops", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("records_in", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("records_out", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("bytes_in", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("bytes_out", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("conflicts", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.LargeBinary(32), primary_key=True),
        sa.Column("account_id", sa.Integer, nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.ForeignKeyConstraint(["account_id", "device_id"], ["devices.account_id", "devices.id"]),
    )
    op.create_index("ix_tokens_device", "tokens", ["account_id", "device_id"])
    op.create_table(
        "records",
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("memory_id", sa.String(36), nullable=False),
        sa.Column("revision_id", sa.String(128), nullable=False),
        sa.Column("parent_revision", sa.String(128), nullable=True),
        sa.Column("delta_base", sa.String(128), nullable=True),
        sa.Column("priority", sa.SmallInteger, nullable=False),
        sa.Column("author_device", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("checksum", sa.LargeBinary(32), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.UniqueConstraint("account_id", "revision_id", "memory_id", name="uq_records_revision"),
    )
    op.create_index("ix_records_memory", "records", ["account_id", "memory_id", "seq"])
    op.create_table(
        "heads",
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
        sa.Column("memory_id", sa.String(36), primary_key=True),
        sa.Column("revision_id", sa.String(128), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("heads")
    op.drop_index("ix_records_memory", table_name="records")
    op.drop_table("records")
    op.drop_index("ix_tokens_device", table_name="tokens")
    op.drop_table("tokens")
    op.drop_table("devices")
    op.drop_table("accounts")
