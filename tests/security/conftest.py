"""Fixtures for security tests: a desk with one officer of each role, and raw SQL helpers for tampering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.support import passwords
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.settings import Settings

PASSWORD = "password1"
ROLES = {"officer1": Role.OFFICER, "lead1": Role.LEAD, "admin1": Role.ADMIN}


def add_staff(ws: Workstation) -> None:
    for name, role in ROLES.items():
        passwords.add_officer(ws, name, name.upper(), role, PASSWORD)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def desk(tmp_path: Path, clock: FixedClock) -> Iterator[Workstation]:
    ws = bootstrap(Settings(data_dir=tmp_path, desk_id="desk-1"), clock=clock)
    add_staff(ws)
    yield ws
    ws.close()


@pytest.fixture
def pg_desk(migrated_pg_url: str, clock: FixedClock, tmp_path: Path) -> Iterator[Workstation]:
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=migrated_pg_url, desk_id="desk-pg"), clock=clock)
    add_staff(ws)
    yield ws
    ws.close()
