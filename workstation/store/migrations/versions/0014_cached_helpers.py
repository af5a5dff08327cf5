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

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0014_cached_helpers.sql"
EARLIER = {"ws_centre.is_superuser": "0010_centre_trust.sql", "ws_centre.uuid7": "0010_centre_trust.sql",
           "ws_centre.limit_of": "0013_centre_attacks.sql"}


def _migration(file: str) -> ModuleType:
    """An earlier migration's module (their SQL and helpers are the text downgrade restores)."""
    spec = importlib.util.spec_from_file_location(f"ws_migration_{file[:4]}", HERE / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _migration("0013_centre_attacks.py")._run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    m13 = _migration("0013_centre_attacks.py")
    earlier = [m13.function_text((HERE.parent / "sql" / source).read_text(encoding="utf-8"), name)
               for name, source in EARLIER.items()]
    m13._run_script("\n".join([*earlier, "DROP FUNCTION IF EXISTS ws_announce();"]))
    notify = _migration("0004_sync.py").PG_UP
    op.execute(next(sql for sql in notify if "FUNCTION ws_events_notify()" in sql))
    op.execute("ALTER FUNCTION ws_events_notify() SET search_path = pg_catalog, public, pg_temp")
