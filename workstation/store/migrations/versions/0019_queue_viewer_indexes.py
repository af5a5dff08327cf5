"""the viewer's own leads, the callbacks kept for them and a district, each indexed in the queue's order

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

The queue's first group is the viewer's own: `owner = :viewer OR (owner IS NULL AND reserved_for = :viewer)`,
most urgent first. Nothing indexed reserved_for, so SQLite walked the whole rank index (every open lead, 38 ms
at 200,000 leads) to find them. With ix_leads_mine (owner, rank_at, id) and ix_leads_reserved
(reserved_for, rank_at, id), both partial to the rows that have one, it reads the two short runs and sorts
what it found (10 ms when the officer holds 2,500 leads; an officer holds at most 30 on a centre).

ix_leads_owner becomes (owner, status, due time), partial to the held leads: "my leads"' overdue count read
every overdue lead of the desk and then checked its owner (215 ms); now it is a range in the officer's own rows
(5 ms). Partial, so its statistics describe the held leads and not the many that nobody holds.

ix_leads_district_rank (district, rank_at, id): a district's first page walks its leads in the queue's order
instead of sorting all of them (23 → 0.2 ms for the claimable group). ix_leads_district (district, id) stays for
the district sort order.

A filter's counts (how many match, how many are overdue) read one index alone: ix_leads_scam_status gains the due
time, ix_leads_district_due is (district, status, due time). A district's counts read its rows from the table
(24 + 27 ms at 200,000 leads); now they are two ranges in the index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

HAS_OWNER = sa.text("owner IS NOT NULL")
HAS_RESERVATION = sa.text("reserved_for IS NOT NULL")
DUE = sa.text("coalesce(next_due_at, deadline_at)")  # workstation.store.models.due_at


def upgrade() -> None:
    op.create_index("ix_leads_mine", "leads", ["owner", "rank_at", "id"],
                    sqlite_where=HAS_OWNER, postgresql_where=HAS_OWNER)
    op.create_index("ix_leads_reserved", "leads", ["reserved_for", "rank_at", "id"],
                    sqlite_where=HAS_RESERVATION, postgresql_where=HAS_RESERVATION)
    op.create_index("ix_leads_district_rank", "leads", ["district", "rank_at", "id"])
    op.drop_index("ix_leads_owner", table_name="leads")
    op.create_index("ix_leads_owner", "leads", ["owner", "status", DUE], sqlite_where=HAS_OWNER,
                    postgresql_where=HAS_OWNER)
    op.drop_index("ix_leads_scam_status", table_name="leads")
    op.create_index("ix_leads_scam_status", "leads", ["scam_type", "status", DUE])
    op.create_index("ix_leads_district_due", "leads", ["district", "status", DUE])


def downgrade() -> None:
    op.drop_index("ix_leads_district_due", table_name="leads")
    op.drop_index("ix_leads_scam_status", table_name="leads")
    op.create_index("ix_leads_scam_status", "leads", ["scam_type", "status"])
    op.drop_index("ix_leads_owner", table_name="leads")
    op.create_index("ix_leads_owner", "leads", ["owner", "status"])
    op.drop_index("ix_leads_district_rank", table_name="leads")
    op.drop_index("ix_leads_reserved", table_name="leads")
    op.drop_index("ix_leads_mine", table_name="leads")
