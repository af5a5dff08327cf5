"""the due time and the scam type indexed: the queue's counts and filters without a table scan

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

A lead is due at its callback time when one is set, else at its deadline: coalesce(next_due_at, deadline_at)
(workstation.store.models.due_at). The overdue count (status IN the open statuses AND due < now) scanned the
whole table, ~120 ms at 200,000 leads, because nothing indexed that expression. ix_leads_due is
(status, due): one range scan per open status. Both dialects.

ix_leads_triggered becomes (triggered_at, id): the queue's "newest warning" order is (triggered_at, id), and
without the id SQLite sorted each run of equal times after the walk (USE TEMP B-TREE FOR RIGHT PART OF ORDER BY).

ix_leads_scam_status is (scam_type, status): a scam-type filter's counts read it alone (41.7 → 0.8 ms at 200,000
leads) and its first page sorts that type's open leads (23 ms) instead of walking the whole rank index (255 ms).
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_leads_due", "leads", ["status", sa.text("coalesce(next_due_at, deadline_at)")])
    op.create_index("ix_leads_scam_status", "leads", ["scam_type", "status"])
    op.drop_index("ix_leads_triggered", table_name="leads")
    op.create_index("ix_leads_triggered", "leads", ["triggered_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_leads_triggered", table_name="leads")
    op.create_index("ix_leads_triggered", "leads", ["triggered_at"])
    op.drop_index("ix_leads_scam_status", table_name="leads")
    op.drop_index("ix_leads_due", table_name="leads")
