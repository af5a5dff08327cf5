"""The bulk receipt path (workstation.store.bulk, leads.receive_many) writes exactly what the ORM would.

It bypasses SQLAlchemy's bind processing and, on SQLite, goes through a staging table; on PostgreSQL it
uses COPY. These tests hold it to the ORM: the stored text of every value, the projection a rebuild from
the events gives, the outbox, and the transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from tests.core.conftest import NOW, make_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.types import ScamType, WarningLevel
from workstation.services import leads
from workstation.settings import Settings
from workstation.store import bulk, journal
from workstation.store.models import Event, Lead
from workstation.store.models_sync import OutboxEntry
from workstation.store.types import json_text, sqlite_utc_text


def _varied(count: int) -> list[NewLead]:
    """Leads that differ in every way the row tuple cares about (zones, levels, amounts, optional facts)."""
    zones = [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))]
    out = []
    for i in range(count):
        base = make_lead(minutes_ago=i % 90 + 0.123456, level=list(WarningLevel)[i % 3],
                         amount=("0", "1234.50", "99999999.99")[i % 3], scam=list(ScamType)[i % len(ScamType)],
                         name=("张三", "O'Brien \"x\"", "李\t四")[i % 3], phone=f"139{i:08d}",
                         district=("西湖区", "", "上城区")[i % 3])
        out.append(replace(base, triggered_at=base.triggered_at.astimezone(zones[i % 3]),
                           id_number=base.id_number if i % 2 else None,
                           external_id=f"EXT-{i}" if i % 4 else None, city="杭州" if i % 5 else ""))
    return out


def _raw(ws: Workstation, table: str, ids: list[str], key: str = "id") -> list[tuple[Any, ...]]:
    with ws.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {table} WHERE {key} IN ({', '.join(repr(i) for i in ids)})"))
        return sorted(tuple(row) for row in rows)


def test_stored_text_matches_sqlalchemy(desk: Workstation) -> None:
    """The converters give the values SQLAlchemy's own bind processing gives, on SQLite."""
    dialect = desk.engine.dialect
    stamp = Lead.__table__.c.triggered_at.type._cached_bind_processor(dialect)  # type: ignore[attr-defined]
    money = Lead.__table__.c.amount_at_risk.type._cached_bind_processor(dialect)  # type: ignore[attr-defined]
    payload = Event.__table__.c.payload.type._cached_bind_processor(dialect)  # type: ignore[attr-defined]
    for moment in (datetime(2026, 11, 25, 6, 0, tzinfo=UTC), datetime(2026, 3, 1, 23, 59, 59, 999999,
                                                                        tzinfo=timezone(timedelta(hours=8)))):
        assert sqlite_utc_text(moment) == stamp(moment)
    for amount in (Decimal("0"), Decimal("1234.50"), Decimal("99999999.99")):
        assert float(amount) == money(amount)
    assert json_text({"b": "李四", "a": [1, None]}) == payload({"b": "李四", "a": [1, None]})
    with pytest.raises(ValueError, match="naive"):
        sqlite_utc_text(datetime(2026, 1, 1))


@pytest.mark.parametrize("count", [1, bulk.STAGE_FROM + 7])  # a plain insert, and the staging table
def test_receipts_equal_what_a_rebuild_from_events_gives(desk: Workstation, count: int) -> None:
    new = _varied(count)
    with desk.unit_of_work() as session:
        ids = leads.receive_many(desk, session, new)
    before = _raw(desk, "leads", ids)
    with desk.unit_of_work() as session:
        assert journal.rebuild(session, ids) == count
    assert _raw(desk, "leads", ids) == before  # the projection written in bulk is the events' projection
    with desk.sessions() as session:
        stored = {lead.id: lead for lead in session.scalars(select(Lead).where(Lead.id.in_(ids)))}
        for lead_id, facts in zip(ids, new, strict=True):
            lead = stored[lead_id]
            assert (lead.person_name, lead.phone, lead.scam_type, lead.level) == (
                facts.person_name, facts.phone, facts.scam_type.value, facts.level.value)
            assert lead.triggered_at == facts.triggered_at and lead.amount_at_risk == facts.amount_at_risk
            assert (lead.id_number, lead.external_id, lead.city) == (facts.id_number, facts.external_id, facts.city)
            assert lead.received_at == NOW and lead.status == "new" and lead.owner is None
            assert lead.phone_rev == facts.phone[::-1] and lead.ref.startswith("YJ")
        events = list(session.scalars(select(Event).where(Event.lead_id.in_(ids))))
        assert len(events) == count and {e.kind for e in events} == {"lead_received"}
        assert all(e.desk == desk.desk and e.occurred_at == NOW and e.officer is None for e in events)
        queued = set(session.scalars(select(OutboxEntry.event_id)))
        assert {e.id for e in events} <= queued  # the trigger put every receipt in the outbox


def test_staged_and_plain_inserts_store_identical_rows(tmp_path: Path) -> None:
    """The same leads through the staging table and through plain inserts: byte-identical rows."""
    new = _varied(bulk.STAGE_FROM + 3)
    stores = []
    for name, stage_from in (("staged", bulk.STAGE_FROM), ("plain", 10**9)):
        ws = bootstrap(Settings(data_dir=tmp_path / name, desk_id="desk-1"), clock=FixedClock(NOW))
        original = bulk.STAGE_FROM
        bulk.STAGE_FROM = stage_from
        try:
            with ws.unit_of_work() as session:
                ids = leads.receive_many(ws, session, new)
        finally:
            bulk.STAGE_FROM = original
        # ids differ between runs: compare everything else, in receipt order
        order = {lead_id: i for i, lead_id in enumerate(ids)}
        rows = sorted(_raw(ws, "leads", ids), key=lambda r: order[r[0]])
        stores.append([(row[2:],) for row in rows])
        ws.close()
    assert stores[0] == stores[1]


def test_a_failed_import_leaves_nothing(desk: Workstation) -> None:
    new = _varied(bulk.STAGE_FROM + 1)
    with pytest.raises(RuntimeError), desk.unit_of_work() as session:
        leads.receive_many(desk, session, new)
        raise RuntimeError("the file turned out bad")
    with desk.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Lead)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_insert_rows_refuses_unknown_columns_and_ragged_rows(desk: Workstation) -> None:
    with desk.unit_of_work() as session:
        conn = session.connection()
        with pytest.raises(ValueError, match="no column"):
            bulk.insert_rows(conn, Lead.__table__, ("id", "colour"), [("x", "red")])
        with pytest.raises(ValueError, match="2 values"):
            bulk.insert_rows(conn, Event.__table__, ("id", "lead_id"), [("x",)])


def test_new_ids_are_uuid7_and_increasing() -> None:
    ids = journal.new_ids(5000)
    assert ids == sorted(ids) and len(set(ids)) == 5000
    parsed = [uuid.UUID(i) for i in ids]
    assert all(u.version == 7 and str(u) == i for u, i in zip(parsed, ids, strict=True))
    assert journal.new_id() > ids[-1]


def test_import_cache_is_restored(desk: Workstation) -> None:
    with desk.unit_of_work() as session:
        conn = session.connection()
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with bulk.import_cache(conn):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -bulk.IMPORT_CACHE_KIB
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_copy_on_postgresql_equals_a_rebuild(pg_url: str, tmp_path: Path) -> None:
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id="desk-pg"), clock=FixedClock(NOW))
    try:
        new = _varied(bulk.STAGE_FROM + 5)
        with ws.unit_of_work() as session:
            ids = leads.receive_many(ws, session, new)
        before = _raw(ws, "leads", ids)
        with ws.unit_of_work() as session:
            journal.rebuild(session, ids)
        assert _raw(ws, "leads", ids) == before
        with ws.sessions() as session:
            stored = {lead.id: lead for lead in session.scalars(select(Lead).where(Lead.id.in_(ids)))}
            assert [stored[i].person_name for i in ids] == [n.person_name for n in new]  # tabs, quotes survive
            assert [stored[i].triggered_at for i in ids] == [n.triggered_at for n in new]
            numbers = list(session.scalars(select(Event.server_seq).where(Event.lead_id.in_(ids))))
            assert len(numbers) == len(new) and None not in numbers  # the server's row trigger numbered them
    finally:
        ws.close()


def test_lead_ref_is_the_date_and_the_ids_last_40_bits_in_crockford_base32() -> None:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    day = datetime(2026, 1, 5, 23, 59, tzinfo=timezone(timedelta(hours=8)))
    for lead_id in journal.new_ids(2000):
        bits = int(lead_id.replace("-", "")[-10:], 16)
        code = "".join(alphabet[(bits >> shift) & 31] for shift in range(35, -1, -5))
        assert leads.lead_ref(lead_id, day) == f"YJ260105-{code}"


def _rows_of(ws: Workstation, model: type[Lead] | type[Event], ids: list[str], key: str) -> list[dict[str, Any]]:
    """Whole rows as SQLAlchemy reads them (aware times, Decimals, parsed JSON): what a pull hands on."""
    table = model.__table__
    with ws.sessions() as session:
        return [dict(r._mapping) for r in session.execute(select(table).where(table.c[key].in_(ids)))]


def test_insert_ignoring_stores_what_the_orm_stores(desk: Workstation, tmp_path: Path) -> None:
    """A pull's fast insert (bulk.insert_ignoring) and SQLAlchemy's own insert leave byte-identical rows."""
    with desk.unit_of_work() as session:
        ids = leads.receive_many(desk, session, _varied(bulk.STAGE_FROM + 3))
    lead_rows = _rows_of(desk, Lead, ids, "id")
    event_rows = _rows_of(desk, Event, ids, "lead_id")
    for row in event_rows[::2]:
        row["server_seq"] = 7 + event_rows.index(row)  # as pulled: numbered by the server, so no outbox entry
    stores = []
    for name in ("fast", "orm"):
        ws = bootstrap(Settings(data_dir=tmp_path / name, desk_id=name), clock=FixedClock(NOW))
        with ws.unit_of_work() as session:
            if name == "fast":
                bulk.insert_ignoring(session.connection(), Lead.__table__, lead_rows)
                bulk.insert_ignoring(session.connection(), Event.__table__, event_rows)
            else:
                session.execute(Lead.__table__.insert(), lead_rows)
                session.execute(Event.__table__.insert(), event_rows)
        stores.append((_raw(ws, "leads", ids), _raw(ws, "events", ids, key="lead_id"),
                       _raw(ws, "sync_outbox", [r["id"] for r in event_rows], key="event_id")))
        ws.close()
    assert stores[0] == stores[1]
    assert len(stores[0][0]) == len(ids) and len(stores[0][2]) == len(event_rows) // 2


def test_insert_ignoring_skips_known_rows_and_refuses_bad_ones(desk: Workstation) -> None:
    with desk.unit_of_work() as session:
        ids = leads.receive_many(desk, session, _varied(2))
    rows = _rows_of(desk, Lead, ids, "id")
    before = _raw(desk, "leads", ids)
    changed = [{**row, "person_name": "改过的"} for row in rows]
    with desk.unit_of_work() as session:
        bulk.insert_ignoring(session.connection(), Lead.__table__, changed)  # a resend never overwrites
    assert _raw(desk, "leads", ids) == before
    fresh = {**rows[0], "id": "ffffffff-0000-7000-8000-000000000000", "ref": "YJ260101-ZZZZZZZZ"}
    with pytest.raises(IntegrityError), desk.unit_of_work() as session:  # NOT NULL is not a conflict: it raises
        bulk.insert_ignoring(session.connection(), Lead.__table__, [{**fresh, "person_name": None}])
    with pytest.raises(ValueError, match="aware"), desk.unit_of_work() as session:
        bulk.insert_ignoring(session.connection(), Lead.__table__,
                             [{**fresh, "received_at": fresh["received_at"].replace(tzinfo=None)}])
    with pytest.raises(ValueError, match="missing: ref"), desk.unit_of_work() as session:
        bulk.insert_ignoring(session.connection(), Lead.__table__,
                             [{k: v for k, v in fresh.items() if k != "ref"}])
    with desk.sessions() as session:
        assert session.get(Lead, fresh["id"]) is None
