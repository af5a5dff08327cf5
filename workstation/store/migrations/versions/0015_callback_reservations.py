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

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

HERE = Path(__file__).resolve().parent
SQL = HERE.parent / "sql" / "0015_callback_reservations.sql"
# The functions 0015 replaces, and the migration SQL whose text downgrade restores.
EARLIER = {"ws_centre.reproject": "0010_centre_trust.sql", "ws_claim_next": "0013_centre_attacks.sql",
           "ws_claim": "0013_centre_attacks.sql", "ws_centre.shape_rules": "0013_centre_attacks.sql"}


def _m13() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ws_migration_0013", HERE / "0013_centre_attacks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def function_text(sql: str, name: str) -> str:
    """`CREATE [OR REPLACE] FUNCTION name(…) … $$ … $$;` out of a migration's SQL, as CREATE OR REPLACE."""
    start = re.search(rf"^CREATE (OR REPLACE )?FUNCTION {re.escape(name)}\(", sql, re.MULTILINE)
    if start is None:
        raise LookupError(f"no CREATE FUNCTION {name} in the migration's SQL")
    opened = sql.index("$$", start.start())
    closed = sql.index("$$", opened + 2)
    end = sql.index(";", closed) + 1
    head = sql[start.start():end]
    return "CREATE OR REPLACE FUNCTION" + head[head.index(" FUNCTION") + len(" FUNCTION"):]


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("reserved_for", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("reserved_until", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        _m13()._run_script(SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        earlier = [function_text((HERE.parent / "sql" / source).read_text(encoding="utf-8"), name)
                   for name, source in EARLIER.items()]
        _m13()._run_script("\n".join(earlier))
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("reserved_until")
        batch.drop_column("reserved_for")
