"""Migrations on SQLite and on a real PostgreSQL: upgrade, downgrade, and the schema matching the models."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.models import MASKED_FACTS
from workstation.store.schema import Base


def _mapped(obj: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
    """Everything but the columns a desk's SQLite keeps and the models leave out on purpose (MASKED_FACTS)."""
    return not (kind == "column" and reflected and compare_to is None and name in MASKED_FACTS.values())


def check_roundtrip(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        assert migrate.is_current(engine)
        names = set(inspect(engine).get_table_names())
        assert {"officers", "leads", "events", "calls", "drafts"} <= names
        indexes = {ix["name"] for ix in inspect(engine).get_indexes("leads")}
        assert {"ix_leads_queue", "ix_leads_claimable"} <= indexes
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": _mapped})
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], diff
        migrate.downgrade(engine, "base")
        assert "leads" not in inspect(engine).get_table_names()
        migrate.upgrade(engine)
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


def test_migrations_on_sqlite(tmp_path: Path) -> None:
    check_roundtrip(f"sqlite:///{tmp_path / 'm.sqlite3'}")


def test_migrations_on_postgresql(pg_url: str) -> None:
    check_roundtrip(pg_url)


def test_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    make_engine(f"sqlite:///{path}").dispose()
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("mode", ["wal"])
def test_sqlite_runs_in_wal_mode(tmp_path: Path, mode: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == mode
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_the_head_read_off_the_files_is_alembics_head() -> None:
    """The desk's start reads the head from the files' revision lines, not by running them: Alembic is the
    oracle."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(str(migrate.MIGRATIONS)).get_heads()
    assert migrate.head_revision() == "+".join(sorted(heads))


def test_the_current_revision_read_without_alembic_is_alembics(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'desk.db'}")
    try:
        assert migrate.current_revision(engine) is None  # no version table yet
        migrate.upgrade(engine, "0016")
        with engine.connect() as conn:
            assert migrate.current_revision(engine) == "+".join(MigrationContext.configure(conn).get_current_heads())
        assert migrate.current_revision(engine) == "0016" and not migrate.is_current(engine)
        migrate.upgrade(engine)  # an older schema is still brought up to the head
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


def test_a_current_desk_starts_without_importing_alembic(tmp_path: Path) -> None:
    """Opening a desk whose schema is current does not import Alembic (about 0.2 s of every start)."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    probe = ("import sys\n"
             "from workstation.store import migrate\nfrom workstation.store.db import make_engine\n"
             f"migrate.upgrade(make_engine({url!r}))\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout
