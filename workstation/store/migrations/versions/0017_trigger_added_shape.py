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

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0017_trigger_added_shape.sql"
SQL_0015 = HERE.parent / "sql" / "0015_callback_reservations.sql"


def _migration(file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"ws_migration_{file[:4]}", HERE / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def earlier() -> str:
    """The two functions as they were before 0017: 0015's shape_rules, 0016's shape_problem."""
    m15 = _migration("0015_callback_reservations.py")
    m16 = _migration("0016_unknown_trigger_kind.py")
    rules = m15.function_text(SQL_0015.read_text(encoding="utf-8"), "ws_centre.shape_rules")
    return rules + "\n" + m16.shape_problem_0016()


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _migration("0013_centre_attacks.py")._run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _migration("0013_centre_attacks.py")._run_script(earlier())
