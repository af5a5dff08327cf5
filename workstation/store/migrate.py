"""Alembic, driven from code: the same migrations on SQLite (batch mode) and PostgreSQL.

Alembic itself (~0.2 s to import, and it executes every migration file to find the head) is loaded only when
there is something to migrate: a desk whose schema is current learns so from its `alembic_version` row and
the revision lines of the migration files (tests/core/test_migrations.py holds this reading to Alembic's own).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r'^revision\s*(?::\s*str\s*)?=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*(?::[^=]+)?=\s*(.+)$', re.M)
_QUOTED = re.compile(r'["\']([^"\']+)["\']')


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


@cache
def head_revision() -> str:
    """The schema version this code expects (heads joined by '+', should branches exist): the revisions no
    other migration names as its down_revision, read off the files' `revision = …` lines, not by running them."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down is not None:
            parents.update(_QUOTED.findall(down.group(1)))
    return "+".join(sorted(revisions - parents))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        heads = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return "+".join(sorted(heads)) or None


def upgrade(engine: Engine, revision: str = "heads") -> None:
    if revision == "heads" and current_revision(engine) == head_revision():
        return  # nothing to do: no Alembic (the desk's every start)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
