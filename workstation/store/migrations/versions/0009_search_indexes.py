"""search and sort without table scans: reversed phone digits, name, amount and district indexes

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("leads", sa.Column("phone_rev", sa.String(length=20), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, phone FROM leads")).fetchall()
    update = sa.text("UPDATE leads SET phone_rev = :rev WHERE id = :id")
    batch = [{"id": r.id, "rev": "".join(ch for ch in reversed(r.phone) if ch.isdigit())} for r in rows]
    for start in range(0, len(batch), 5000):
        conn.execute(update, batch[start:start + 5000])
    op.create_index("ix_leads_phone_rev", "leads", ["phone_rev"])
    op.create_index("ix_leads_name", "leads", ["person_name"])
    op.create_index("ix_leads_amount", "leads", ["amount_at_risk", "id"])
    op.create_index("ix_leads_district", "leads", ["district", "id"])


def downgrade() -> None:
    for name in ("ix_leads_district", "ix_leads_amount", "ix_leads_name", "ix_leads_phone_rev"):
        op.drop_index(name, table_name="leads")
    with op.batch_alter_table("leads") as batch_op:
        batch_op.drop_column("phone_rev")
