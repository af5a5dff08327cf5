"""Reading rows off the centre without SQLAlchemy's result processing (sync.transfer.fetch_dicts) gives the
values SQLAlchemy gives, on a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.conftest import new_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.services import leads
from workstation.settings import Settings
from workstation.store.models import Event, Lead
from workstation.sync import transfer
from workstation.sync.set_aside import read_events


def test_fetched_rows_equal_what_sqlalchemy_reads(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id="centre"),
                   clock=FixedClock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC)))
    try:
        with ws.unit_of_work() as session:
            ids = leads.receive_many(ws, session, [new_lead(i) for i in range(7)])
        monkeypatch.setattr(transfer, "IN_CHUNK", 3)  # several chunks
        with ws.sessions() as session:
            fast = {r["id"]: r for r in transfer.lead_rows(session, ids + ["no-such-lead"])}
            slow = {r.id: dict(r._mapping) for r in session.execute(select(Lead.__table__))}
            events = read_events(session, Event.__table__.c.lead_id.in_(ids))
        assert fast.keys() == set(ids) and fast == slow
        assert all(r["received_at"].utcoffset() is not None for r in fast.values())  # aware, as UtcDateTime
        assert len(events) == 7 and all(isinstance(e["payload"], str) and e["payload_bytes"] > 0 for e in events)
        assert {e["lead_id"] for e in events} == set(ids) and all(e["server_seq"] for e in events)
    finally:
        ws.close()
