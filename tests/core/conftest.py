"""Fixtures for core tests: a desk on a fresh SQLite file with a fixed clock and a few officers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support import passwords
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.types import Role, ScamType, TriggerKind, WarningLevel
from workstation.settings import Settings

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def desk(tmp_path: Path, clock: FixedClock) -> Iterator[Workstation]:
    ws = bootstrap(Settings(data_dir=tmp_path, desk_id="desk-1"), clock=clock)
    for name in ("officer1", "officer2"):
        passwords.add_officer(ws, name, name.upper(), Role.OFFICER, "password1")
    passwords.add_officer(ws, "lead1", "LEAD", Role.LEAD, "password1")
    yield ws
    ws.close()


def make_lead(minutes_ago: float = 5, level: WarningLevel = WarningLevel.ORANGE, amount: str = "0",
              scam: ScamType = ScamType.POLICE_IMPERSONATION, name: str = "张三丰", phone: str = "13812345678",
              district: str = "西湖区") -> NewLead:
    return NewLead(person_name=name, phone=phone, scam_type=scam, level=level, trigger_kind=TriggerKind.FRAUD_CALL,
                   trigger_detail="+852 12345678", triggered_at=NOW - timedelta(minutes=minutes_ago),
                   district=district, amount_at_risk=Decimal(amount), id_number="11010519491231002X")
