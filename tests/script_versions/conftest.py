"""Fixtures for script versions: a desk (SQLite or PostgreSQL) with two officers and a team lead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support import passwords
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.settings import Settings

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


def _staffed(ws: Workstation) -> Workstation:
    for name in ("officer1", "officer2"):
        passwords.add_officer(ws, name, name.upper(), Role.OFFICER, "password1")
    passwords.add_officer(ws, "lead1", "LEAD", Role.LEAD, "password1")
    return ws


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Workstation]:
    ws = _staffed(bootstrap(Settings(data_dir=tmp_path, desk_id="desk-1"), clock=FixedClock(NOW)))
    yield ws
    ws.close()


@pytest.fixture
def pg_desk(tmp_path: Path, migrated_pg_url: str) -> Iterator[Workstation]:
    ws = _staffed(bootstrap(Settings(data_dir=tmp_path, db_url=migrated_pg_url, desk_id="desk-pg"), clock=FixedClock(NOW)))
    yield ws
    ws.close()


