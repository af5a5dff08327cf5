"""What the PostgreSQL-side migrations share: running a whole SQL script, and reading back the text an earlier
migration wrote (a downgrade puts back the functions it replaced, read from the file that created them, so the
text is never copied from one migration into the next)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from alembic import op

HERE = Path(__file__).resolve().parent
VERSIONS = HERE / "versions"
SQL_DIR = HERE / "sql"


def run_script(sql: str) -> None:
    """A whole script in one go, through the driver (PL/pgSQL bodies are full of ':' and '%')."""
    import psycopg  # PostgreSQL's migrations alone run scripts; a desk on SQLite starts without psycopg

    raw = op.get_bind().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    with raw.cursor() as cur:
        cur.execute(sql)


def sql_file(name: str) -> str:
    """The text of migrations/sql/`name` (for example "0013_centre_attacks.sql")."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def migration(file: str) -> ModuleType:
    """An earlier migration's module, by file name in versions/ (its PG_UP/PG_DOWN are text a later one restores)."""
    spec = importlib.util.spec_from_file_location(f"ws_migration_{file[:4]}", VERSIONS / file)
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


def earlier_functions(sources: dict[str, str]) -> str:
    """The text of each function (name → the sql/ file that last defined it before), as one script."""
    return "\n".join(function_text(sql_file(source), name) for name, source in sources.items())
