"""The masked name, phone and ID number a desk's SQLite keeps beside each lead (migration 0020), and the queue
page that reads them: the SQL rules equal the Python ones (workstation.domain.masking), whatever the text, and
the migration rebuilds the table without losing a row, a rowid, an index or a statistic."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.core.conftest import NOW, make_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.masking import mask_id_number, mask_name, mask_phone
from workstation.services import leads, queue
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.models import MASKED_FACTS, Lead
from workstation.store.views import lead_row

# No NUL: SQLite's length() and substr() stop at one inside TEXT (a lead's facts never hold one: intake reads
# them as text from CSV, XLSX or JSON cells and strips control characters).
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
PHONE = st.one_of(TEXT, st.from_regex(r"\A1[3-9][0-9]{9}\Z"), st.from_regex(r"\A0[0-9]{2,3}-[0-9]{0,9}\Z"),
                  st.from_regex(r"\A[0-9-]{0,12}\Z"))
ID_NUMBER = st.one_of(st.none(), TEXT, st.from_regex(r"\A[0-9]{17}[0-9X]\Z"))


@pytest.fixture(scope="module")
def one_lead() -> Iterator[tuple[sqlite3.Connection, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        ws = bootstrap(Settings(data_dir=Path(tmp), desk_id="desk-1"), clock=FixedClock(NOW))
        with ws.unit_of_work() as s:
            leads.receive_many(ws, s, [make_lead()])
        with ws.sessions() as s:
            lead_id = s.scalars(select(Lead.id)).one()
        path = ws.settings.db_url.removeprefix("sqlite:///")
        ws.close()
        conn = sqlite3.connect(path)
        try:
            yield conn, lead_id
        finally:
            conn.close()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, phone=PHONE, id_number=ID_NUMBER)
def test_sqlite_masks_every_text_as_python_does(one_lead: tuple[sqlite3.Connection, str], name: str, phone: str,
                                                id_number: str | None) -> None:
    conn, lead_id = one_lead
    conn.execute("UPDATE leads SET person_name = ?, phone = ?, id_number = ? WHERE id = ?",
                 (name, phone, id_number, lead_id))
    kept = conn.execute("SELECT masked_name, masked_phone, masked_id_number FROM leads WHERE id = ?",
                        (lead_id,)).fetchone()
    assert kept == (mask_name(name), mask_phone(phone), mask_id_number(id_number))


def test_a_page_reads_odd_stored_values_as_sqlalchemy_does(desk: Workstation) -> None:
    """A time in another form than UtcDateTime writes (no microseconds, no seconds, a "T", an offset, a date
    alone) and an amount kept as a real number; the page says what the entity says, to the amount's two places."""
    with desk.unit_of_work() as s:
        leads.receive_many(desk, s, [make_lead(minutes_ago=i, phone=f"1390000000{i}") for i in range(6)])
    with desk.engine.begin() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM leads ORDER BY id").scalars().all()
        odd = [("2026-11-25 05:01:02", 1234.5), ("2026-11-25 05:01", 7), ("2026-11-25T05:01:02.5", 0.1),
               ("2026-11-25 05:01:02+00:00", -3), ("2026-11-25", 99999999999.99)]
        for lead_id, (when, amount) in zip(ids, odd, strict=False):
            conn.exec_driver_sql("UPDATE leads SET triggered_at = ?, next_due_at = ?, amount_at_risk = ? "
                                 "WHERE id = ?", (when, when, amount, lead_id))
    for reveal in (False, True):
        got = {row.id: row for row in queue.page(desk, queue.QueueFilter(), queue.SortKey.AMOUNT, reveal=reveal)}
        with desk.sessions() as s:
            for lead in s.scalars(select(Lead)):
                expected = lead_row(lead, reveal)
                assert got[lead.id] == expected
                assert str(got[lead.id].amount_at_risk) == str(expected.amount_at_risk)
                assert all(isinstance(t, datetime) and t.tzinfo is not None
                           for t in (got[lead.id].triggered_at, got[lead.id].next_due_at) if t is not None)
    assert str(got[ids[0]].amount_at_risk) == "1234.50" and got[ids[1]].amount_at_risk == Decimal("7.00")
    assert got[ids[4]].triggered_at == datetime(2026, 11, 25, tzinfo=UTC)  # a date alone: its midnight, UTC


def _schema(path: Path) -> tuple[str, list[tuple[str, str]], list[tuple[object, ...]], list[tuple[str, str]]]:
    conn = sqlite3.connect(path)
    try:
        table = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'leads'").fetchone()[0]
        indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' "
                               "ORDER BY name").fetchall()
        rows = conn.execute("SELECT rowid, id, person_name, phone, id_number, amount_at_risk FROM leads "
                            "ORDER BY rowid").fetchall()
        stats = conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'leads' ORDER BY idx").fetchall()
        return table, indexes, rows, stats
    finally:
        conn.close()


def test_the_rebuild_keeps_rows_rowids_indexes_and_statistics_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=f"sqlite:///{path}", desk_id="d"), clock=FixedClock(NOW))
    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [make_lead(minutes_ago=i, phone=f"139{i:08d}") for i in range(300)])
    with ws.engine.begin() as conn:  # a gap in the rowids, and statistics
        conn.exec_driver_sql("DELETE FROM leads WHERE rowid = 7")
        conn.exec_driver_sql("ANALYZE")
    ws.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.downgrade(engine, "0019")  # the table as 0019 left it, holding leads
        before = _schema(path)
        assert "masked" not in before[0]
        assert before[3], "ANALYZE gathered nothing"

        migrate.upgrade(engine, "0020")
        table, indexes, rows, stats = _schema(path)
        assert (indexes, rows, stats) == before[1:]
        assert "masked_phone TEXT GENERATED ALWAYS AS" in table and table.count(") STORED") == 3
        db = sqlite3.connect(path)
        masked = db.execute("SELECT person_name, phone, id_number, masked_name, masked_phone, masked_id_number "
                            "FROM leads").fetchall()
        db.close()
        assert len(masked) == 299
        assert all(m[3:] == (mask_name(m[0]), mask_phone(m[1]), mask_id_number(m[2])) for m in masked)

        migrate.downgrade(engine, "0019")
        after = _schema(path)
        assert after[1:] == before[1:]
        assert after[0].replace('"leads"', "leads") == before[0].replace('"leads"', "leads")
    finally:
        engine.dispose()


def _desk_with_leads(tmp_path: Path, n: int = 50) -> Path:
    path = tmp_path / "desk.sqlite3"
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=f"sqlite:///{path}", desk_id="d"), clock=FixedClock(NOW))
    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [make_lead(minutes_ago=i, phone=f"139{i:08d}") for i in range(n)])
    ws.close()
    return path


def _version_and_indexes(path: Path) -> tuple[str, set[str], int]:
    db = sqlite3.connect(path)
    try:
        version = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        return version, indexes, db.execute("SELECT count(*) FROM leads").fetchone()[0]
    finally:
        db.close()


def test_a_run_that_fails_half_way_leaves_the_schema_its_version_row_names(tmp_path: Path) -> None:
    """A desk two releases behind: 0019 then 0020, and 0020 fails. Each migration's DDL used to commit alone,
    so 0019's indexes stayed while the version row said 0018, and every later start failed on them."""
    path = _desk_with_leads(tmp_path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.downgrade(engine, "0018")
        with engine.begin() as conn:  # something 0020 refuses to rebuild around
            conn.exec_driver_sql("CREATE TRIGGER leads_watch AFTER UPDATE ON leads BEGIN SELECT 1; END")
        with pytest.raises(RuntimeError, match="rebuilds leads"):
            migrate.upgrade(engine)
        version, indexes, count = _version_and_indexes(path)
        assert (version, count) == ("0018", 50) and "ix_leads_mine" not in indexes  # 0019 went back too
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER leads_watch")
        migrate.upgrade(engine)
        version, indexes, count = _version_and_indexes(path)
        assert (version, count) == (migrate.head_revision(), 50) and "ix_leads_mine" in indexes
    finally:
        engine.dispose()


def test_a_lead_whose_officer_is_gone_does_not_stop_the_desk_from_opening(tmp_path: Path) -> None:
    """The rebuild copies rows as they are: a lead held by an officer the desk no longer has (written by a tool
    with foreign keys off) used to fail the copy, at every start. Foreign keys are on again afterwards."""
    path = _desk_with_leads(tmp_path, 3)
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.downgrade(engine, "0019")
        db = sqlite3.connect(path)
        db.execute("UPDATE leads SET owner = 'gone' WHERE rowid = 1")
        db.commit()
        db.close()
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT owner FROM leads WHERE rowid = 1").scalar() == "gone"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.exec_driver_sql("UPDATE leads SET owner = 'also-gone' WHERE rowid = 2")
    finally:
        engine.dispose()


def test_no_later_migration_rebuilds_leads_in_batch_mode_around_the_generated_columns() -> None:
    """Alembic's batch mode copies a table with every column it reflects, and SQLite refuses to write a
    generated one: a later migration that rebuilds leads must take 0020's columns off first and put them back
    after (its downgrade and upgrade, through migrations/sqltext.migration)."""
    versions = Path(migrate.MIGRATIONS) / "versions"
    later = [p for p in sorted(versions.glob("*.py")) if p.name > "0020"]
    for path in later:
        source = path.read_text(encoding="utf-8")
        if "batch_alter_table(\"leads\"" in source or "batch_alter_table('leads'" in source:
            assert "0020_masked_facts" in source, f"{path.name} rebuilds leads around 0020's generated columns"


def test_the_generated_columns_reflect_one_by_one(tmp_path: Path) -> None:
    """SQLAlchemy reads a generated column's expression to the last ')' of its line: one line each."""
    from sqlalchemy import inspect

    path = _desk_with_leads(tmp_path, 1)
    engine = make_engine(f"sqlite:///{path}")
    try:
        columns = {c["name"]: c for c in inspect(engine).get_columns("leads")}
        for name in MASKED_FACTS.values():
            sqltext = str(columns[name]["computed"]["sqltext"])
            assert sqltext.startswith("CASE") and sqltext.endswith("END") and "masked" not in sqltext, sqltext
    finally:
        engine.dispose()
