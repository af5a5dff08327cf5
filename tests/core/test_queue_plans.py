"""The queue's statements as the database plans them: the overdue count reads
ix_leads_due (migration 0018), the first page walks an index instead of sorting the table.

Each test records the statements a service really sends (SQLAlchemy's before_cursor_execute) and asks the
database to EXPLAIN exactly those, with their parameters: a change to the service's SQL that loses the index
fails here, whatever the timings say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from tests.core.conftest import NOW, make_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role, ScamType
from workstation.services import auth, leads, queue
from workstation.settings import Settings
from workstation.store.models import OPEN_SQL, Lead

DISTRICTS = ("西湖区", "上城区", "拱墅区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区")


@contextmanager
def recorded(ws: Workstation) -> Iterator[list[tuple[str, Any]]]:
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM leads" in statement:
            sent.append((statement, parameters))

    event.listen(ws.engine, "before_cursor_execute", keep)
    try:
        yield sent
    finally:
        event.remove(ws.engine, "before_cursor_execute", keep)


def sqlite_plans(ws: Workstation, run: Callable[[], object]) -> list[str]:
    with recorded(ws) as sent:
        run()
    assert sent, "the service sent no SELECT on leads"
    plans = []
    with ws.engine.connect() as conn:
        for statement, parameters in sent:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            plans.append(" | ".join(str(r[-1]) for r in rows))
    return plans


def seeded(ws: Workstation, n: int = 40, analyze: bool = False) -> None:
    """n open leads; with `analyze`, 4n more as a desk's table looks after a while (most closed, some held)
    and the planner's statistics gathered, as bench/bench_queue.py does."""
    scams = list(ScamType)

    def spread(i: int) -> dict[str, Any]:  # with `analyze`, as many districts and scam types as a city has
        return {"district": DISTRICTS[i % len(DISTRICTS)], "scam": scams[i % len(scams)]} if analyze else {}

    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [make_lead(minutes_ago=i, phone=f"1390000{i:04d}", **spread(i)) for i in range(n)])
    if not analyze:
        return
    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [make_lead(minutes_ago=i, phone=f"1370{i:07d}", **spread(i))
                                   for i in range(4 * n)])
    with ws.engine.begin() as conn:
        old = {"old": "1370%", "tenth": "%0"}
        conn.execute(text("UPDATE leads SET status = 'closed' WHERE phone LIKE :old AND id NOT LIKE :tenth"), old)
        conn.execute(text("UPDATE leads SET status = 'claimed', owner = 'officer2', claim_token = 't' "
                          "WHERE phone LIKE :old AND id LIKE :tenth"), old)
        conn.exec_driver_sql("ANALYZE")


def test_overdue_count_reads_the_due_index_on_sqlite(desk: Workstation) -> None:
    seeded(desk)
    [plan] = sqlite_plans(desk, lambda: queue.overdue_count(desk, NOW + timedelta(days=30)))
    assert "ix_leads_due" in plan and "SCAN leads" not in plan, plan
    # And the count is right: all 40 are past their deadline 30 days on, none are now.
    assert queue.overdue_count(desk, NOW + timedelta(days=30)) == 40
    assert queue.overdue_count(desk, NOW - timedelta(days=1)) == 0


def test_first_page_walks_an_index_without_sorting(desk: Workstation) -> None:
    """With the planner's statistics, the claimable group and every sort order read their rows in index order:
    no sort of the open leads (the due index must not lure the planner away from ix_leads_claimable)."""
    seeded(desk, 500, analyze=True)
    _mine, claimable, _others = sqlite_plans(
        desk, lambda: queue.page(desk, queue.QueueFilter(), viewer="officer1", now=NOW, limit=2000))
    assert "TEMP B-TREE" not in claimable and "ix_leads_due" not in claimable, claimable
    for sort in queue.SortKey:
        [plan] = sqlite_plans(desk, lambda sort=sort: queue.page(desk, queue.QueueFilter(), sort))
        assert "TEMP B-TREE" not in plan and "ix_leads_due" not in plan, (sort, plan)


def test_the_viewers_own_group_and_a_district_read_their_own_indexes(desk: Workstation) -> None:
    """The viewer's group reads the officer's held leads and the callbacks kept for them (ix_leads_mine or
    ix_leads_owner, and ix_leads_reserved: migration 0019) instead of walking every open lead in rank order;
    a district's claimable group walks ix_leads_district_rank without a sort; a district's and a scam type's
    counts are ranges of one index; "my leads"' overdue count is a range in the officer's rows."""
    seeded(desk, 500, analyze=True)
    for viewer in ("officer1", "officer2"):  # holds nothing; holds a tenth of the old leads
        mine, _claimable, _others = sqlite_plans(
            desk, lambda viewer=viewer: queue.page(desk, queue.QueueFilter(), viewer=viewer, now=NOW, limit=3000))
        assert "ix_leads_reserved" in mine and "ix_leads_rank" not in mine and "SCAN leads" not in mine, mine
    district = DISTRICTS[3]
    for flt in (queue.QueueFilter(district=district), queue.QueueFilter(scam_type=ScamType.FAKE_LOAN.value)):
        mine, *_ = sqlite_plans(desk, lambda flt=flt: queue.page(desk, flt, viewer="officer2", now=NOW, limit=3000))
        assert "ix_leads_reserved" in mine and "district" not in mine and "scam" not in mine, mine  # their own
    _mine, claimable, *_ = sqlite_plans(
        desk, lambda: queue.page(desk, queue.QueueFilter(district=district), viewer="officer1", now=NOW))
    assert "ix_leads_district_rank" in claimable and "TEMP B-TREE" not in claimable, claimable
    for flt, index in ((queue.QueueFilter(district=district), "ix_leads_district_due"),
                       (queue.QueueFilter(scam_type=ScamType.POLICE_IMPERSONATION.value), "ix_leads_scam_status")):
        matching, overdue = sqlite_plans(desk, lambda flt=flt: (queue.count(desk, flt),
                                                                queue.overdue_count(desk, NOW, flt)))
        assert f"COVERING INDEX {index}" in matching, matching  # the counts never read the table's rows
        assert f"{index} (" in overdue and "<expr><?" in overdue, overdue
    later = NOW + timedelta(days=30)  # every lead overdue: the due index alone would read them all
    [count_plan] = sqlite_plans(desk, lambda: queue.overdue_count(desk, later, queue.QueueFilter(owner="officer2")))
    assert "ix_leads_owner (owner=? AND status=? AND <expr><?)" in count_plan, count_plan
    assert "ix_leads_due" not in count_plan, count_plan


def test_a_desk_gathers_statistics_at_open_once_its_queue_is_large(tmp_path: Path) -> None:
    """Without statistics SQLite sorts every open lead for the first page; a desk that has grown past
    STATS_MIN_LEADS gathers them when it is opened, and not again until the table has changed tenfold."""
    from workstation.store.db import STATS_MIN_LEADS, refresh_statistics

    settings = Settings(data_dir=tmp_path, desk_id="desk-1")
    ws = bootstrap(settings, clock=FixedClock(NOW))
    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [make_lead(minutes_ago=i % 600, phone=f"1390{i:07d}")
                                   for i in range(STATS_MIN_LEADS + 200)])
    [before] = sqlite_plans(ws, lambda: queue.page(ws, queue.QueueFilter(), queue.SortKey.AMOUNT))
    ws.close()
    assert "TEMP B-TREE" in before, before  # what a desk without statistics does

    ws = bootstrap(settings, clock=FixedClock(NOW))  # the next morning
    try:
        [after] = sqlite_plans(ws, lambda: queue.page(ws, queue.QueueFilter(), queue.SortKey.AMOUNT))
        assert "TEMP B-TREE" not in after and "ix_leads_open_amount" in after, after
        assert refresh_statistics(ws.engine) is False  # nothing changed since
    finally:
        ws.close()


def test_page_rows_equal_the_entities_they_were_built_from(desk: Workstation) -> None:
    """The page selects columns; each row must still say what the Lead entity says, masked the same way."""
    from sqlalchemy import select

    from workstation.domain.masking import mask_id_number, mask_name, mask_phone
    from workstation.store.views import LeadRow

    def expected(lead: Lead, reveal: bool) -> LeadRow:  # field by field, by name: not lead_rows' unpacking
        return LeadRow(
            id=lead.id, ref=lead.ref, person_name=lead.person_name if reveal else mask_name(lead.person_name),
            phone=lead.phone if reveal else mask_phone(lead.phone), district=lead.district,
            scam_type=lead.scam_type, level=lead.level, status=lead.status, owner=lead.owner,
            triggered_at=lead.triggered_at, deadline_at=lead.deadline_at, next_due_at=lead.next_due_at,
            rank_at=lead.rank_at, amount_at_risk=lead.amount_at_risk, attempts=lead.attempts,
            last_outcome=lead.last_outcome, id_number=lead.id_number if reveal else mask_id_number(lead.id_number),
            reserved_for=lead.reserved_for, reserved_until=lead.reserved_until)

    seeded(desk, 5)
    with desk.unit_of_work() as s:  # a callback kept for officer2, so every column has a value somewhere
        lead = s.scalars(select(Lead)).first()
        assert lead is not None
        lead.reserved_for, lead.reserved_until, lead.next_due_at = "officer2", NOW, NOW
    for reveal in (False, True):
        got = queue.page(desk, queue.QueueFilter(), limit=10, reveal=reveal)
        with desk.sessions() as s:
            by_id = {lead.id: lead for lead in s.scalars(select(Lead))}
            assert got == [expected(by_id[row.id], reveal) for row in got]
        assert len(got) == 5 and any(row.reserved_for == "officer2" for row in got)
        assert any(("*" in row.phone) != reveal for row in got)


def test_overdue_count_reads_the_due_index_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id="desk-1"), clock=FixedClock(NOW))
    try:
        auth.add_officer(ws, "officer2", "OFFICER2", Role.OFFICER, "password1")
        seeded(ws, 200, analyze=True)
        with ws.engine.connect() as conn:  # 30 days on, every lead not closed is past its deadline
            not_closed = conn.exec_driver_sql("SELECT count(*) FROM leads WHERE status <> 'closed'").scalar()
        assert not_closed is not None and not_closed > 200
        assert queue.overdue_count(ws, NOW + timedelta(days=30)) == not_closed
        earlier = NOW - timedelta(days=1)  # nothing is due yet: the index is the only sensible way
        with recorded(ws) as sent:
            assert queue.overdue_count(ws, earlier) == 0
        with ws.engine.connect() as conn:
            [(statement, parameters)] = sent
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
            assert "ix_leads_due" in plan, plan
    finally:
        ws.close()


def test_sqlite_time_text_reads_the_same_on_the_fast_path() -> None:
    """UtcDateTime parses SQLite's text itself (one fromisoformat); every form it may find must read as
    SQLAlchemy's own processor followed by process_result_value reads it."""
    from datetime import UTC, datetime

    from sqlalchemy import DateTime
    from sqlalchemy.dialects import sqlite

    from workstation.store.types import UtcDateTime

    dialect = sqlite.dialect()
    fast = UtcDateTime().dialect_impl(dialect).result_processor(dialect, None)
    general = DateTime().dialect_impl(dialect).result_processor(dialect, None)
    assert fast is not None and general is not None
    for text_ in ("2026-12-03 11:46:53.901598", "2026-12-03 11:46:53", "2026-12-03T11:46:53.900000",
                  "2026-01-31 00:00:00.000001", "2026-12-03", "2026-12-03 11:46", "2026-12-03 11:46:53.9+08"):
        want = general(text_)
        want = want.replace(tzinfo=UTC) if want.tzinfo is None else want.astimezone(UTC)
        got = fast(text_)
        assert got == want and got is not None and got.tzinfo is UTC, (text_, got, want)
    assert fast(None) is None
    with_offset = fast("2026-12-03 11:46:53.901598+08:00")  # not what UtcDateTime writes: the general way
    assert with_offset == datetime(2026, 12, 3, 3, 46, 53, 901598, tzinfo=UTC)


def test_the_claim_walks_the_claimable_index(desk: Workstation) -> None:
    """F5 on a standalone desk picks the first lead in ix_leads_claimable's order: the statuses are written as
    the partial index's WHERE has them (a bound parameter would let SQLite use only the whole rank index, walked
    past every closed and held lead)."""
    seeded(desk, 500, analyze=True)
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("UPDATE LEADS SET OWNER"):
            sent.append((statement, parameters))

    event.listen(desk.engine, "before_cursor_execute", keep)
    try:
        result = leads.next_lead(desk, "officer1")
    finally:
        event.remove(desk.engine, "before_cursor_execute", keep)
    assert result.lead is not None and result.lead.row.owner == "officer1"
    [(statement, parameters)] = sent
    with desk.engine.connect() as conn:
        plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
    assert "ix_leads_claimable" in plan and "ix_leads_rank" not in plan, plan


# The statistics of bench/bench_queue.py's 200,000 leads, sampled (PRAGMA analysis_limit=1000, as a desk gathered
# them before) and read whole (as refresh_statistics now gathers the leads').
SAMPLED_AT_200K = {
    "ix_leads_queue": "122400 1001 1 1", "ix_leads_rank": "157304 1 1", "ix_leads_claimable": "133560 1 1",
    "ix_leads_phone_type": "172584 1 1", "ix_leads_lease": "22016 1001", "ix_leads_phone_rev": "174250 1",
    "ix_leads_name": "189728 2", "ix_leads_amount": "213808 6 1", "ix_leads_district": "199272 1001 1",
    "ix_leads_due": "165300 1001 1", "ix_leads_triggered": "157304 1 1", "ix_leads_mine": "19200 667 1 1",
    "ix_leads_district_rank": "108241 1001 1 1", "ix_leads_owner": "16848 667 667 1",
    "ix_leads_scam_status": "163680 1001 1001 1", "ix_leads_district_due": "174251 1001 1001 1",
    "sqlite_autoindex_leads_1": "205425 1", "sqlite_autoindex_leads_2": "196500 1",
}
WHOLE_AT_200K = {
    "ix_leads_amount": "200000 4 1", "ix_leads_claimable": "139800 1 1", "ix_leads_district": "200000 15385 1",
    "ix_leads_district_due": "200000 15385 5129 1", "ix_leads_district_rank": "200000 15385 1 1",
    "ix_leads_due": "200000 66667 1", "ix_leads_lease": "20200 20200", "ix_leads_mine": "20200 1263 1 1",
    "ix_leads_name": "200000 2", "ix_leads_owner": "20200 1263 1263 1", "ix_leads_phone_rev": "200000 1",
    "ix_leads_phone_type": "200000 1 1", "ix_leads_queue": "200000 66667 1 1", "ix_leads_rank": "200000 1 1",
    "ix_leads_scam_status": "200000 18182 6061 1", "ix_leads_triggered": "200000 1 1",
    "sqlite_autoindex_leads_1": "200000 1", "sqlite_autoindex_leads_2": "200000 1",
}


def _with_statistics(ws: Workstation, stats: dict[str, str]) -> None:
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('leads', ?, ?)", list(stats.items()))
    ws.engine.dispose()  # a connection reads the statistics when it opens


def test_a_column_order_walks_its_index_with_whole_statistics_not_with_sampled_ones(desk: Workstation) -> None:
    """Sampled statistics read the first rows of ix_leads_due as if each status were rare, and SQLite took the
    open leads from it and sorted them all for a page in amount, time or district order (270 ms at 200,000
    leads); with the leads' statistics read whole, it walks the open leads' index of that order (0021)."""
    seeded(desk, 500, analyze=True)
    orders = ((queue.SortKey.AMOUNT, "ix_leads_open_amount"), (queue.SortKey.TRIGGERED, "ix_leads_open_triggered"),
              (queue.SortKey.DISTRICT, "ix_leads_open_district"))
    _with_statistics(desk, SAMPLED_AT_200K)
    for sort, _index in orders:
        [plan] = sqlite_plans(desk, lambda sort=sort: queue.page(desk, queue.QueueFilter(), sort))
        assert "TEMP B-TREE" in plan, (sort, plan)
    _with_statistics(desk, WHOLE_AT_200K)
    for sort, index in orders:
        [plan] = sqlite_plans(desk, lambda sort=sort: queue.page(desk, queue.QueueFilter(), sort))
        assert "TEMP B-TREE" not in plan and index in plan, (sort, plan)
    scam = queue.QueueFilter(scam_type=ScamType.POLICE_IMPERSONATION.value)  # never the whole table's order
    [plan] = sqlite_plans(desk, lambda: queue.page(desk, scam, queue.SortKey.AMOUNT))
    assert "ix_leads_scam_status" in plan or "ix_leads_open_amount" in plan, plan


def test_a_desk_reads_its_leads_whole_for_their_statistics(desk: Workstation) -> None:
    """Sampled statistics of the leads are the ones that misled SQLite (above); the desk's own refresh gathers
    what a whole ANALYZE does for the leads."""
    from workstation.store.db import refresh_statistics

    seeded(desk, 500, analyze=True)  # a whole ANALYZE

    def leads_stats() -> dict[str, str]:
        with desk.engine.connect() as conn:
            return dict(conn.exec_driver_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'leads'").all())

    whole = leads_stats()
    assert whole
    with desk.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
    assert refresh_statistics(desk.engine) is True
    assert leads_stats() == whole


def test_a_mostly_closed_desk_walks_only_its_open_leads(desk: Workstation) -> None:
    """Leads are never deleted: after a while nearly all are closed. Each page of the open list, in every order
    and for a viewer too, reads the open leads' own indexes (migration 0021), not a whole order's index past
    every closed lead (250-480 ms a page at 200,000 leads, 150 open); a filter reads its own."""
    scams = list(ScamType)
    seeded(desk, 40)
    with desk.unit_of_work() as s:
        leads.receive_many(desk, s, [make_lead(minutes_ago=i % 900, phone=f"1371{i:07d}", scam=scams[i % len(scams)],
                                               district=DISTRICTS[i % len(DISTRICTS)]) for i in range(3000)])
    with desk.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE leads SET status = 'closed' WHERE phone LIKE '1371%'")
        conn.exec_driver_sql("ANALYZE")
    desk.engine.dispose()
    for sort in queue.SortKey:
        plans = sqlite_plans(desk, lambda sort=sort: queue.page(desk, queue.QueueFilter(), sort))
        plans += sqlite_plans(desk, lambda sort=sort: queue.page(desk, queue.QueueFilter(), sort, viewer="officer1",
                                                                  now=NOW))
        for plan in plans:
            used = set(re.findall(r"USING (?:COVERING )?INDEX (\w+)", plan))
            assert used and used <= {"ix_leads_open_rank", "ix_leads_open_triggered", "ix_leads_open_amount",
                                     "ix_leads_open_district", "ix_leads_claimable", "ix_leads_mine", "ix_leads_owner",
                                     "ix_leads_reserved"}, (sort, plan)
    assert len(queue.page(desk, queue.QueueFilter(), queue.SortKey.AMOUNT)) == 40
    # A search or "my leads" reads its own index: offered the open leads' rank index, SQLite walked every open
    # lead for a phone search (0.2 -> 36 ms with 20,000 open).
    for flt in (queue.QueueFilter(search="13900000007"), queue.QueueFilter(search="0007"),
                queue.QueueFilter(search="张三丰"), queue.QueueFilter(owner="officer1")):
        for sort in queue.SortKey:
            plans = sqlite_plans(desk, lambda flt=flt, sort=sort: queue.page(desk, flt, sort))
            plans += sqlite_plans(desk, lambda flt=flt, sort=sort: queue.page(desk, flt, sort, viewer="officer1",
                                                                              now=NOW))
            for plan in plans:
                assert "ix_leads_open_" not in plan and "ix_leads_rank" not in plan, (flt, sort, plan)
    # A type or a district within the open leads: never a whole order's index past the closed ones.
    for flt in (queue.QueueFilter(scam_type=ScamType.FAKE_LOAN.value), queue.QueueFilter(district=DISTRICTS[2])):
        for sort in queue.SortKey:
            for plan in sqlite_plans(desk, lambda flt=flt, sort=sort: queue.page(desk, flt, sort, viewer="officer1",
                                                                                  now=NOW)):
                assert not re.search(r"INDEX ix_leads_(rank|amount|triggered|district) ", plan + " "), (flt, plan)
    # The queue's open statuses and the indexes' WHERE are one list.
    assert OPEN_SQL.text == f"status IN ({', '.join(repr(s.value) for s in queue.OPEN_STATUSES)})"


def test_an_upgraded_desk_has_statistics_for_the_open_leads_indexes(desk: Workstation) -> None:
    """A desk gathers statistics again only when its leads change tenfold: 0021 gathers its indexes' itself (a
    desk upgraded without them walked ix_leads_open_rank for a phone search: 0.2 -> 295 ms)."""
    from workstation.store import migrate

    seeded(desk, 40, analyze=True)
    migrate.downgrade(desk.engine, "0020")
    migrate.upgrade(desk.engine)
    with desk.engine.connect() as conn:
        got = set(conn.exec_driver_sql(
            "SELECT idx FROM sqlite_stat1 WHERE tbl = 'leads' AND idx LIKE 'ix_leads_open_%'").scalars())
    assert got == {"ix_leads_open_rank", "ix_leads_open_triggered", "ix_leads_open_amount", "ix_leads_open_district"}
