"""Migrations on SQLite and on a real PostgreSQL: upgrade, downgrade, and the schema matching the models."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.schema import Base


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
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
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
