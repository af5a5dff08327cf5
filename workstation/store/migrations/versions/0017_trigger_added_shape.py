"""trigger_added's shape: a repeat warning's kind and detail checked by the centre, as a receipt's

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

PostgreSQL only (a desk's SQLite gets nothing): migrations/sql/0017_trigger_added_shape.sql. A third attack with
an officer's own login (tests/sync/test_centre_attacks_3.py) added a trigger to another officer's lead whose
trigger_kind was a JSON list: every desk stored it, and every later import of that phone raised. Now
ws_centre.shape_problem refuses a trigger_added whose trigger_kind is not one of the trigger kinds (or none) or
whose trigger_detail is not a text of at most 256 characters (or none), and ws_centre.shape_rules has both keys
as texts (workstation.domain.event_shapes.RULES, which a desk checks every pulled event against).

Downgrade puts back the earlier text of both functions: 0016's shape_problem (0013's with 'unknown') and 0015's
shape_rules.
"""

from __future__ import annotations

from pathlib import Path

from alembic import op

from workstation.store.migrations.sqltext import function_text, migration, run_script, sql_file

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

SQL = Path(__file__).resolve().parent.parent / "sql" / "0017_trigger_added_shape.sql"


def earlier() -> str:
    """The two functions as they were before 0017: 0015's shape_rules, 0016's shape_problem."""
    rules = function_text(sql_file("0015_callback_reservations.sql"), "ws_centre.shape_rules")
    problem: str = migration("0016_unknown_trigger_kind.py").shape_problem_0016()  # a module loaded from its file
    return rules + "\n" + problem


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(earlier())
