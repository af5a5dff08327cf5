"""Fixtures for the report tests: a desk with officers and a team lead, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.reports.dataset import Built, build
from tests.support import passwords
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.settings import Settings

if TYPE_CHECKING:  # the Qt tests' runner; the report tests without Qt import nothing of it
    from ui.tasks import TaskRunner

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


def open_desk(tmp_path: Path, url: str | None) -> Workstation:
    settings = Settings(data_dir=tmp_path, desk_id="desk-r", db_url=url or "")
    ws = bootstrap(settings, clock=FixedClock(NOW))
    for name in ("officer1", "officer2"):
        passwords.add_officer(ws, name, f"民警{name[-1]}", Role.OFFICER, "password1")
    passwords.add_officer(ws, "lead1", "组长", Role.LEAD, "password1")
    return ws


@pytest.fixture(params=["sqlite", "postgres"])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workstation]:
    url = request.getfixturevalue("migrated_pg_url") if request.param == "postgres" else None
    ws = open_desk(tmp_path, url)
    yield ws
    ws.close()


@pytest.fixture
def sqlite_desk(tmp_path: Path) -> Iterator[Workstation]:
    ws = open_desk(tmp_path, None)
    yield ws
    ws.close()


@pytest.fixture
def built(desk: Workstation) -> Built:
    return build(desk)


@pytest.fixture
def tasks(tasks: TaskRunner) -> Iterator[TaskRunner]:
    """The shared runner (tests/conftest.py); in the report screens' tests no task may fail unhandled."""
    yield tasks
    assert not tasks.errors  # type: ignore[attr-defined]


@pytest.fixture
def ws(sqlite_desk: Workstation) -> Workstation:
    """The Qt tests' desk: the SQLite one with the report data set's officers."""
    return sqlite_desk
