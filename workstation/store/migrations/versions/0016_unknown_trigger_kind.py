"""unknown trigger kind: the centre accepts leads whose file did not say what triggered them

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

PostgreSQL only: ws_centre.shape_problem (migration 0013's text) with 'unknown' among the trigger kinds a
lead_received may carry (TriggerKind.UNKNOWN, issue 13: a partner's list without a trigger column is imported,
and an officer can call without knowing). Downgrade puts back 0013's definition.
"""

from __future__ import annotations

from alembic import op

from workstation.store.migrations.sqltext import function_text, run_script, sql_file

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

KINDS_0013 = "'fraud_account') THEN"
KINDS_0016 = "'fraud_account', 'unknown') THEN"


def shape_problem_0013() -> str:
    """0013's `CREATE OR REPLACE FUNCTION ws_centre.shape_problem(…) … $$;`, as that migration wrote it."""
    return function_text(sql_file("0013_centre_attacks.sql"), "ws_centre.shape_problem")


def shape_problem_0016() -> str:
    text = shape_problem_0013()
    assert text.count(KINDS_0013) == 1, "0013's trigger kinds are no longer where 0016 expects them"
    return text.replace(KINDS_0013, KINDS_0016)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(shape_problem_0016())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(shape_problem_0013())
