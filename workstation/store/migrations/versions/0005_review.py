"""review: indexes for the team lead's board, call reviews and weekly reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_calls_lead_started", "calls", ["lead_id", "started_at"]),
    ("ix_events_kind_time", "events", ["kind", "occurred_at"]),
    ("ix_leads_triggered", "leads", ["triggered_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
