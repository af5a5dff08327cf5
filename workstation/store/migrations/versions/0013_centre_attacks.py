"""centre attacks (2): holes a second attack with an officer's and a team lead's own login found, closed

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

PostgreSQL only (a desk's SQLite gets nothing): the SQL in migrations/sql/0013_centre_attacks.sql — ws_push keeps
what it accepted by position (a repeated id once let a refused event in), the desks' shape rules as data
(ws_centre.shape_rules), times read as desks read them, limits (`ws_centre.limits`: leads one officer may hold,
officer connections), sessions that keep lead rows locked ended (ws_centre.end_lock_hogs), and the audit copy's
chains named by desk and a secret desk key (ws_append_audit(entries, key), ws_audit_chain(key)), readable only
by team leads.

Downgrade puts back the 0010 and 0012 definitions of the functions it replaced (taken from those migrations'
own text), so the revisions below find what they made. The copy's `chain` column and its key (desk, chain, seq)
stay: the copy is append-only, and entries of two chains of one desk name may share a seq.
"""

from __future__ import annotations

from pathlib import Path

from alembic import op

from workstation.store.migrations.sqltext import function_text, migration, run_script

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0013_centre_attacks.sql"
SQL_0010 = HERE.parent / "sql" / "0010_centre_trust.sql"

# Functions 0013 replaces with CREATE OR REPLACE; downgrade restores 0010's text of each.
REPLACED_0010 = ("ws_centre.is_time", "ws_centre.is_money", "ws_centre.shape_problem", "ws_push", "ws_claim_next",
                 "ws_claim", "ws_release", "ws_heartbeat", "ws_sweep", "ws_reassign", "ws_add_officer")

def _append_audit_0012() -> str:
    return function_text(migration("0012_centre_audit.py").PG_UP, "ws_append_audit")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    old = SQL_0010.read_text(encoding="utf-8")
    restore = "\n".join(function_text(old, name) for name in REPLACED_0010)
    run_script(f"""
DROP FUNCTION IF EXISTS ws_append_audit(jsonb, text), ws_audit_chain(text), ws_audit_desk_chains(),
    ws_audit.chain_of(text);
{restore}
{_append_audit_0012()}
REVOKE ALL ON FUNCTION ws_append_audit(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ws_append_audit(jsonb) TO ws_officer;
GRANT SELECT ON ws_audit.centre_audit TO ws_officer;
REVOKE SELECT ON ws_audit.centre_audit FROM ws_team_lead;
DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT r.rolname FROM officers f JOIN pg_roles r ON r.rolname = ws_role_prefix() || f.username LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT -1', o.rolname);
    END LOOP;
END $$;
DROP FUNCTION IF EXISTS ws_centre.may_hold_more(officers), ws_centre.end_lock_hogs(), ws_centre.rule_problem(text, jsonb),
    ws_centre.value_ok(jsonb, text, text), ws_centre.shape_rules(), ws_centre.limit_of(text);
DROP TABLE IF EXISTS ws_centre.limits;
""")
