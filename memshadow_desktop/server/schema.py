"""Database schema (SQLAlchemy Core). The Alembic migrations build exactly this."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    # Protocol v1's Argon2id hash of the account's auth secret: kept only until the account's
    # passphrase changes ("" from then on, and for every account made since).
    sa.Column("auth_hash", sa.String(255), nullable=False),
    # The account's random KDF salt and cost, handed out before a login (v1 accounts keep the
    # salt v1 derived from their name until their passphrase changes).
    sa.Column("salt", sa.LargeBinary, nullable=True),
    sa.Column("kdf", sa.Text, nullable=True),
    # Ed25519 public key of the account (derived from the passphrase): it verifies joins,
    # revocations, key rotations and passphrase changes. NULL: a v1 account not upgraded yet.
    sa.Column("account_key", sa.LargeBinary, nullable=True),
    # The current data key, wrapped under the passphrase; the older ones sealed under it.
    sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
    sa.Column("key_history", sa.LargeBinary, nullable=True),
    sa.Column("key_version", sa.Integer, nullable=False, server_default="1"),
    # Ciphertext bytes and records stored (quotas), kept up to date by push and compaction.
    sa.Column("stored_bytes", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("stored_records", sa.BigInteger, nullable=False, server_default="0"),
    # Highest sequence number handed out (per account, gap-free, assigned under the row lock).
    sa.Column("head_seq", sa.BigInteger, nullable=False, server_default="0"),
    # Highest sequence number pruned by compaction: cursors in (0, floor_seq) need a resync.
    sa.Column("floor_seq", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed_since", sa.Float, nullable=False, server_default="0"),
    sa.Column("created_at", sa.Float, nullable=False),
)

devices = sa.Table(
    "devices",
    metadata,
    sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
    sa.Column("id", sa.String(64), primary_key=True),
    # Protocol v1 kept names, types and capabilities in clear; v2 leaves these empty and keeps
    # them sealed with the account's key in ``details``.
    sa.Column("name", sa.String(128), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("capabilities", sa.Text, nullable=False, server_default="{}"),
    sa.Column("details", sa.LargeBinary, nullable=True),
    # The device's own credential (Ed25519 public key) and its key-encryption key, wrapped for
    # whoever holds the passphrase; the grant is the current data key under that KEK.
    sa.Column("credential", sa.LargeBinary, nullable=True),
    sa.Column("wrapped_kek", sa.LargeBinary, nullable=True),
    sa.Column("grant", sa.LargeBinary, nullable=True),
    sa.Column("grant_version", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_seen", sa.Float, nullable=False, server_default="0"),
    sa.Column("last_sync", sa.Float, nullable=False, server_default="0"),
    # The device has durably applied everything up to here (pull cursor / checkpoint).
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

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.LargeBinary(32), primary_key=True),
    sa.Column("account_id", sa.Integer, nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False, server_default="0"),
    sa.ForeignKeyConstraint(["account_id", "device_id"], ["devices.account_id", "devices.id"]),
    sa.Index("ix_tokens_device", "account_id", "device_id"),
)

# One-time login challenges (only their hash), valid for a minute.
challenges = sa.Table(
    "challenges",
    metadata,
    sa.Column("challenge_hash", sa.LargeBinary(32), primary_key=True),
    sa.Column("account", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Index("ix_challenges_expires", "expires_at"),
)

# Invite codes for new accounts (only their hash).
invites = sa.Table(
    "invites",
    metadata,
    sa.Column("code_hash", sa.LargeBinary(32), primary_key=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("uses_left", sa.Integer, nullable=False),
)

# Rate limits shared by every worker and replica: a count per key (a hash of the scope and
# the client address or account) within a window. Bounded in size (see throttle.py).
throttle = sa.Table(
    "throttle",
    metadata,
    sa.Column("key", sa.LargeBinary(32), primary_key=True),
    sa.Column("window_end", sa.Float, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Index("ix_throttle_window", "window_end"),
)

# The server's own secrets (the key that makes answers for unknown accounts look real).
server_meta = sa.Table(
    "server_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.LargeBinary, nullable=False),
)

records = sa.Table(
    "records",
    metadata,
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
    sa.Index("ix_records_memory", "account_id", "memory_id", "seq"),
)

heads = sa.Table(
    "heads",
    metadata,
    sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
    sa.Column("memory_id", sa.String(36), primary_key=True),
    sa.Column("revision_id", sa.String(128), nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    # Sequence number of the keyframe the head's delta chain starts from (bootstrap snapshots).
    sa.Column("chain_seq", sa.BigInteger, nullable=False, server_default="0"),
)
