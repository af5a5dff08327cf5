"""unknown trigger kind: the centre accepts leads whose file did not say what triggered them

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

PostgreSQL only: ws_centre.shape_problem (migration 0013's text) with 'unknown' among the trigger kinds a
lead_received may carry (TriggerKind.UNKNOWN, issue 13: a partner's list without a trigger column is imported,
and an officer can call without knowing). Downgrade puts back 0013's definition.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL_0013 = HERE.parent / "sql" / "0013_centre_attacks.sql"
KINDS_0013 = "'fraud_account') THEN"
KINDS_0016 = "'fraud_account', 'unknown') THEN"


def _migration(file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"ws_migration_{file[:4]}", HERE / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shape_problem_0013() -> str:
    """0013's `CREATE OR REPLACE FUNCTION ws_centre.shape_problem(…) … $$;`, as that migration wrote it."""
    sql = SQL_0013.read_text(encoding="utf-8")
    start = sql.index("CREATE OR REPLACE FUNCTION ws_centre.shape_problem(")
    opened = sql.index("$$", start)
    closed = sql.index("$$", opened + 2)
    return sql[start:sql.index(";", closed) + 1]


def shape_problem_0016() -> str:
    text = shape_problem_0013()
    assert text.count(KINDS_0013) == 1, "0013's trigger kinds are no longer where 0016 expects them"
    return text.replace(KINDS_0013, KINDS_0016)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _migration("0013_centre_attacks.py")._run_script(shape_problem_0016())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _migration("0013_centre_attacks.py")._run_script(shape_problem_0013())
