"""the open leads indexed apart in each of the queue's orders

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04

Leads are never deleted, so a desk's table is mostly closed leads after a few months. The queue's default list
is the open ones: a page in the queue's own order, or by time, amount or district, walked that order's whole
index and skipped every closed lead it met (250-480 ms a page at 200,000 leads of which 150 are open), and the
planner could not know better: without SQLite's STAT4 (Debian's has none) its statistics say only how many rows
a status has on average. Each index here keeps the open leads alone (a partial index, its WHERE in the words the
queue's statement uses: workstation.store.models.OPEN_SQL), so a page of the open list walks them and nothing
else. Both dialects; on a SQLite desk with statistics, these indexes' are gathered here.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

OPEN = sa.text("status IN ('new', 'claimed', 'callback', 'stop_payment')")  # workstation.store.models.OPEN_SQL
ORDERS = (("rank", "rank_at"), ("triggered", "triggered_at"), ("amount", "amount_at_risk"), ("district", "district"))


def upgrade() -> None:
    for name, column in ORDERS:
        op.create_index(f"ix_leads_open_{name}", "leads", [column, "id"], sqlite_where=OPEN, postgresql_where=OPEN)
    conn = op.get_bind()
    if conn.dialect.name == "sqlite" and conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first() is not None:
        # A desk with statistics gathers them again only when its leads change tenfold (store.db
        # refresh_statistics): without rows for these, SQLite guessed them large and walked them for searches.
        for name, _column in ORDERS:
            conn.exec_driver_sql(f"ANALYZE ix_leads_open_{name}")


def downgrade() -> None:
    for name, _column in ORDERS:
        op.drop_index(f"ix_leads_open_{name}", table_name="leads")
