"""drop indexes that a wider index already covers (faster bulk intake)

ix_leads_phone is the prefix of ix_leads_phone_type; ix_events_lead_id of ix_events_lead_time.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_leads_phone", table_name="leads")
    op.drop_index("ix_events_lead_id", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_lead_id", "events", ["lead_id"])
    op.create_index("ix_leads_phone", "leads", ["phone"])
