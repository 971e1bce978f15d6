"""heads.chain_seq: where each head's delta chain starts (for /v1/snapshot).

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02

Existing heads get 0, which makes a snapshot include all their stored records: correct (a
superset of the chain), and exact again from the memory's next keyframe on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("heads") as batch:
        batch.add_column(sa.Column("chain_seq", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("heads") as batch:
        batch.drop_column("chain_seq")
