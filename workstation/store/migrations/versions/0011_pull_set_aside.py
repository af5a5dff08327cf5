"""pull_set_aside: the desk's list of pulled events it could not apply (sync_set_aside)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

A desk that pulls an event it cannot apply (malformed, too large, or one its projection raises on) keeps it
here instead of in `events`, with the reason, and goes on (workstation.sync.pull). The table is created on
both dialects like the other sync tables; only a desk's SQLite fills it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("lead_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_sync_set_aside")),
    )


def downgrade() -> None:
    op.drop_table("sync_set_aside")
