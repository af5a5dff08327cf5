"""centre trust: officers as database roles, checked SECURITY DEFINER functions, the server's own projection

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Both dialects: `officers.version` (PostgreSQL numbers every insert and update from a sequence, so role and
active changes reach every desk). PostgreSQL only: the SQL in migrations/sql/0010_centre_trust.sql — group
roles, the `officer_directory` view (no password hashes), the functions desks call, the `ws_centre` schema
(event origins, officer changes), and privileges: desks can read, and write nothing but through functions.
"""

from pathlib import Path

import sqlalchemy as sa
from alembic import op

from workstation.store.migrations.sqltext import run_script

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parent.parent / "sql" / "0010_centre_trust.sql"

PG_DOWN = """
DROP FUNCTION IF EXISTS ws_push(jsonb, jsonb, text), ws_reassign(text, text, text), ws_sweep(text),
    ws_heartbeat(text[], integer, text), ws_release(text, text, text), ws_claim(text, integer, text),
    ws_claim_next(integer, text), ws_set_officer_active(text, boolean), ws_set_officer_role(text, text),
    ws_add_officer(text, text, text, text, text), ws_whoami(text), ws_role_prefix();
DROP TRIGGER IF EXISTS officers_version ON officers;
DROP VIEW IF EXISTS officer_directory;
DROP SCHEMA IF EXISTS ws_centre CASCADE;
DROP SEQUENCE IF EXISTS officers_version_seq;
CREATE OR REPLACE FUNCTION ws_events_accept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'lead_reassigned' AND NOT pg_has_role(current_user, 'ws_team_lead', 'MEMBER') THEN
        RAISE EXCEPTION '只有组长可以改派线索 (only a team lead may reassign a lead)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.server_seq := nextval('events_server_seq');
    RETURN NEW;
END $$;
GRANT SELECT, INSERT ON events TO ws_desk;
GRANT SELECT, INSERT, UPDATE ON leads TO ws_desk;
GRANT SELECT, INSERT, DELETE ON calls TO ws_desk;
GRANT SELECT, INSERT ON officers TO ws_desk;
GRANT SELECT ON alembic_version TO ws_desk;
GRANT USAGE, SELECT ON SEQUENCE events_server_seq TO ws_desk;
"""


def upgrade() -> None:
    with op.batch_alter_table("officers") as batch:
        batch.add_column(sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_index("ix_events_lead_token", "events", ["lead_id", "claim_token"], unique=False)
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("last_claim_token", sa.String(length=36), nullable=True))
    op.execute("UPDATE leads SET last_claim_token = claim_token")
    if op.get_bind().dialect.name == "postgresql":
        run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(PG_DOWN)
    op.drop_index("ix_events_lead_token", table_name="events")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("last_claim_token")
    with op.batch_alter_table("officers") as batch:
        batch.drop_column("version")
