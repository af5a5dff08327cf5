"""cached helpers, claims announced: the centre's hot helpers keep their plans; a claim's wake-up leaves its commit

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

PostgreSQL only: ws_centre.is_superuser, ws_centre.uuid7 and ws_centre.limit_of, which every claim and push
calls, were LANGUAGE sql functions the planner cannot inline, so each call from PL/pgSQL planned them again
(migrations/sql/0014_cached_helpers.sql says why and how much). And `lead_claimed` no longer NOTIFYs from the
claim's own transaction (a NOTIFY serialises commits across the database): the claiming desk calls ws_announce()
once its claim committed.

Downgrade puts back the SQL versions of the helpers from the 0010 and 0013 migrations' own text and 0004's
notify trigger function, and drops ws_announce.
"""

from __future__ import annotations

from pathlib import Path

from alembic import op

from workstation.store.migrations.sqltext import earlier_functions, migration, run_script

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0014_cached_helpers.sql"
EARLIER = {"ws_centre.is_superuser": "0010_centre_trust.sql", "ws_centre.uuid7": "0010_centre_trust.sql",
           "ws_centre.limit_of": "0013_centre_attacks.sql"}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    run_script(earlier_functions(EARLIER) + "\nDROP FUNCTION IF EXISTS ws_announce();")
    notify = migration("0004_sync.py").PG_UP
    op.execute(next(sql for sql in notify if "FUNCTION ws_events_notify()" in sql))
    op.execute("ALTER FUNCTION ws_events_notify() SET search_path = pg_catalog, public, pg_temp")
