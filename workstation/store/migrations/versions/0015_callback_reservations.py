"""callback reservations: a callback kept for the officer who arranged it ("me"), anyone's after its time and grace

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Both dialects: two projection columns on `leads`, `reserved_for` and `reserved_until` (workstation.domain.events:
a "me" callback's officer and the time until which nobody else may claim it). PostgreSQL also gets the centre's
side (migrations/sql/0015_callback_reservations.sql): ws_centre.reproject keeps them, ws_claim_next passes over a
lead kept for another officer, ws_claim refuses it, and ws_centre.shape_rules knows the two new payload keys.

Downgrade puts back the earlier text of those four functions (0010's reproject, 0013's claims and rules) and
drops the columns.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

from workstation.store.migrations.sqltext import earlier_functions, run_script

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0015_callback_reservations.sql"
# The functions 0015 replaces, and the migration SQL whose text downgrade restores.
EARLIER = {"ws_centre.reproject": "0010_centre_trust.sql", "ws_claim_next": "0013_centre_attacks.sql",
           "ws_claim": "0013_centre_attacks.sql", "ws_centre.shape_rules": "0013_centre_attacks.sql"}


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("reserved_for", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("reserved_until", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(earlier_functions(EARLIER))
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("reserved_until")
        batch.drop_column("reserved_for")
