"""Fixtures for centre mode: a migrated centre database on a real PostgreSQL, desks on their own SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.support import passwords
from workstation.bootstrap import attach_centre, bootstrap
from workstation.clock import Clock
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.types import Role, ScamType, TriggerKind, WarningLevel
from workstation.settings import Settings
from workstation.store.db import make_engine
from workstation.sync import officers as centre_officers
from workstation.sync.centre import Centre
from workstation.sync.options import SyncOptions

OFFICERS = ("officer1", "officer2", "lead1")


@pytest.fixture(autouse=True)
def _english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `workstation` commands these tests run speak English (the default would be Chinese)."""
    monkeypatch.setenv("WS_LANG", "en")


@pytest.fixture
def centre_url(migrated_pg_url: str) -> str:
    return migrated_pg_url


def new_lead(i: int = 0, minutes_ago: float = 5) -> NewLead:
    return NewLead(person_name=f"测试{i}", phone=f"138{i:08d}", scam_type=ScamType.POLICE_IMPERSONATION,
                   level=WarningLevel.ORANGE, trigger_kind=TriggerKind.FRAUD_CALL, trigger_detail="+852 12345678",
                   triggered_at=datetime.now(UTC) - timedelta(minutes=minutes_ago), district="西湖区",
                   amount_at_risk=Decimal("1000"))


DeskFactory = Callable[..., Workstation]


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[DeskFactory]:
    made: list[Workstation] = []

    def make(name: str, url: str | None = None, *, clock: Clock | None = None, lease_seconds: int = 60,
             officers: bool = True, **options: object) -> Workstation:
        settings = Settings(data_dir=tmp_path / name, desk_id=name, lease_seconds=lease_seconds)
        ws = bootstrap(settings, clock=clock)
        if officers:
            for o in OFFICERS:
                passwords.add_officer(ws, o, o.upper(), Role.LEAD if o.startswith("lead") else Role.OFFICER,
                                      "password1")
        if url is not None:
            attach_centre(ws, Centre(ws, url, SyncOptions(url=url, **options)))  # type: ignore[arg-type]
            if officers:
                enrol(url, OFFICERS)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def enrol(url: str, names: tuple[str, ...] = OFFICERS, password: str = "password1") -> None:
    """Officers on the centre, as its installer or an admin creates them (ws_add_officer), once each."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn, Session(bind=conn) as s:
            have = set(s.scalars(text("SELECT username FROM officer_directory")))
            for o in names:
                if o not in have:
                    centre_officers.add(s, o, o.upper(), "lead" if o.startswith("lead") else "officer", password)
    finally:
        engine.dispose()


def centre_of(ws: Workstation) -> Centre:
    assert isinstance(ws.centre, Centre)
    return ws.centre
