"""Intake-to-database tests: a desk on SQLite (or PostgreSQL) and the fixture-file factory of tests/intake."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "intake"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from intake_fixtures import FileFactory  # noqa: E402

from workstation.bootstrap import bootstrap  # noqa: E402
from workstation.clock import FixedClock  # noqa: E402
from workstation.desk import Workstation  # noqa: E402
from workstation.settings import Settings  # noqa: E402

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai: the fixture rows are from 14:03


@pytest.fixture
def files(tmp_path: Path) -> FileFactory:
    folder = tmp_path / "files"
    folder.mkdir()
    return FileFactory(folder)


def open_ws(url: str, data_dir: Path) -> Workstation:
    return bootstrap(Settings(data_dir=data_dir, db_url=url, desk_id="desk-1"), clock=FixedClock(NOW))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workstation]:
    desk = open_ws(f"sqlite:///{tmp_path / 'intake.sqlite3'}", tmp_path)
    yield desk
    desk.close()


@pytest.fixture
def pg_ws(migrated_pg_url: str, tmp_path: Path) -> Iterator[Workstation]:
    desk = open_ws(migrated_pg_url, tmp_path)
    yield desk
    desk.close()


