from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.core.conftest import NOW, make_lead
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.domain.types import LeadStatus, ScamType, WarningLevel
from workstation.errors import AuthError, Conflict, InvalidInput, NotAllowed
from workstation.services import auth, drafts, leads, outcomes, queue
from workstation.store import journal
from workstation.store.models import Call, Event, Lead


def _call(desk: Workstation, code: str = "persuaded", **kw: object) -> OutcomeInput:
    now = desk.clock.now()
    base: dict[str, object] = {"code": code, "started_at": now - timedelta(minutes=4), "ended_at": now}
    base.update(kw)
    return OutcomeInput(**base)  # type: ignore[arg-type]


def test_sign_in(desk: Workstation) -> None:
    assert auth.sign_in(desk, "officer1", "password1").role == "officer"
    with pytest.raises(AuthError):
        auth.sign_in(desk, "officer1", "wrong")
    with pytest.raises(AuthError):
        auth.sign_in(desk, "nobody", "password1")


def test_next_lead_takes_the_most_urgent_and_never_twice(desk: Workstation) -> None:
    calm = leads.receive(desk, make_lead(minutes_ago=1, level=WarningLevel.YELLOW))
    urgent = leads.receive(desk, make_lead(minutes_ago=15, level=WarningLevel.RED))
    middle = leads.receive(desk, make_lead(minutes_ago=5, level=WarningLevel.ORANGE))
    taken = [leads.next_lead(desk, o).lead for o in ("officer1", "officer2", "officer1")]
    assert [t.id if t else None for t in taken] == [urgent, middle, calm]
    assert taken[0] is not None and taken[0].row.owner == "officer1"
    assert taken[0].row.phone == "13812345678"  # the owner sees the number in full
    assert leads.next_lead(desk, "officer2").lead is None


def test_claim_refuses_a_lead_another_officer_holds(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    leads.claim(desk, "officer1", lead_id)
    with pytest.raises(Conflict, match="officer1"):
        leads.claim(desk, "officer2", lead_id)
    with pytest.raises(NotAllowed):
        leads.release(desk, "officer2", lead_id)
    leads.release(desk, "officer1", lead_id)
    assert leads.claim(desk, "officer2", lead_id).row.owner == "officer2"


def test_outcome_requires_holding_the_lead(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    with pytest.raises(NotAllowed):
        outcomes.record(desk, "officer1", lead_id, _call(desk))


def test_persuaded_closes_the_lead_and_records_the_call(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead(amount="30000"))
    leads.claim(desk, "officer1", lead_id)
    saved = outcomes.record(desk, "officer1", lead_id, _call(desk, amount_protected=Decimal("30000"),
                                                              checkpoints=("no_safe_account",),
                                                              script_id="police_impersonation", script_version=2))
    assert saved.result.status is LeadStatus.CLOSED
    d = leads.detail(desk, lead_id)
    assert d.row.status == "closed" and d.row.owner is None
    assert d.amount_protected == Decimal("30000.00")
    assert [c.outcome for c in d.calls] == ["persuaded"]
    assert d.calls[0].checkpoints == ("no_safe_account",) and d.calls[0].script_version == 2


def test_no_answer_schedules_retries_then_escalates(desk: Workstation, clock: FixedClock) -> None:
    lead_id = leads.receive(desk, make_lead())
    for attempt in (1, 2):
        leads.claim(desk, "officer1", lead_id)
        saved = outcomes.record(desk, "officer1", lead_id, _call(desk, "no_answer", contacted_party="nobody"))
        assert saved.result.status is LeadStatus.CALLBACK and saved.result.attempts == attempt
        assert saved.result.next_due_at == clock.now() + timedelta(minutes=10)
        # not claimable before the retry is due
        assert leads.next_lead(desk, "officer2").lead is None
        clock.advance(minutes=10)
    leads.claim(desk, "officer1", lead_id)
    saved = outcomes.record(desk, "officer1", lead_id, _call(desk, "no_answer", contacted_party="nobody"))
    assert saved.result.status is LeadStatus.ESCALATED and saved.result.messages


def test_transferred_makes_the_lead_urgent_for_stop_payment(desk: Workstation) -> None:
    other = leads.receive(desk, make_lead(minutes_ago=19, level=WarningLevel.RED))
    lead_id = leads.receive(desk, make_lead(minutes_ago=1, level=WarningLevel.YELLOW))
    leads.claim(desk, "officer1", lead_id)
    sp = StopPaymentDetails("6222020000000000001", "中国工商银行", "6217000000000000002", "李四", "中国建设银行",
                            Decimal("48000"), NOW - timedelta(minutes=9))
    outcomes.record(desk, "officer1", lead_id, _call(desk, "transferred", stop_payment=sp, deceived=True))
    d = leads.detail(desk, lead_id)
    assert d.row.status == "stop_payment" and d.row.owner == "officer1"
    assert d.amount_lost == Decimal("48000.00")
    kinds = [e.kind for e in d.events]
    assert kinds[-1] == EventKind.STOP_PAYMENT_REQUESTED
    assert d.events[-1].payload["fraud_account"] == "6217000000000000002"
    rows = queue.page(desk, queue.QueueFilter())
    assert rows[0].id == lead_id and rows[1].id == other


def test_invalid_outcome_writes_nothing(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    leads.claim(desk, "officer1", lead_id)
    drafts.save(desk, "officer1", lead_id, {"notes": "half typed"})
    with desk.sessions() as s:
        before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(InvalidInput) as err:
        outcomes.record(desk, "officer1", lead_id, _call(desk, ended_at=NOW - timedelta(hours=1)))
    assert err.value.errors[0].field == "ended_at"
    with desk.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before
        assert s.scalar(select(func.count()).select_from(Call)) == 0
    assert drafts.load(desk, "officer1", lead_id) == {"notes": "half typed"}
    outcomes.record(desk, "officer1", lead_id, _call(desk))
    assert drafts.load(desk, "officer1", lead_id) is None  # a saved outcome discards its draft


def test_projection_rebuilds_to_the_same_state(desk: Workstation, clock: FixedClock) -> None:
    ids = [leads.receive(desk, make_lead(minutes_ago=m)) for m in (1, 2, 3, 4)]
    leads.claim(desk, "officer1", ids[0])
    outcomes.record(desk, "officer1", ids[0], _call(desk, "busy", contacted_party="nobody"))
    leads.claim(desk, "officer2", ids[1])
    outcomes.record(desk, "officer2", ids[1], _call(desk, amount_protected=Decimal("12.5")))
    leads.claim(desk, "officer1", ids[2])
    leads.release(desk, "officer1", ids[2])
    leads.claim(desk, "officer2", ids[3])
    columns = [c for c in Lead.__table__.columns]

    def snapshot() -> list[tuple[object, ...]]:
        with desk.sessions() as s:
            return [tuple(r) for r in s.execute(select(*columns).order_by(Lead.id))]

    def calls() -> list[tuple[object, ...]]:
        with desk.sessions() as s:
            return [tuple(r) for r in s.execute(select(*Call.__table__.columns).order_by(Call.event_id))]

    before, calls_before = snapshot(), calls()
    with desk.unit_of_work() as s:  # scramble the projection, then rebuild it from events
        for lead in s.scalars(select(Lead)):
            lead.status, lead.owner, lead.attempts = "closed", None, 99
        s.query(Call).delete()
    assert snapshot() != before
    with desk.unit_of_work() as s:
        assert journal.rebuild(s) == 4
    assert snapshot() == before
    assert calls() == calls_before


def test_queue_filters_pages_and_masks(desk: Workstation) -> None:
    for i in range(25):
        leads.receive(desk, make_lead(minutes_ago=i, phone=f"1390000{i:04d}", name=f"王{i}号",
                                      scam=ScamType.FAKE_LOAN if i % 5 == 0 else ScamType.ROMANCE,
                                      district="滨江区" if i % 2 else "西湖区"))
    flt = queue.QueueFilter()
    assert queue.count(desk, flt) == 25
    first = queue.page(desk, flt, limit=10)
    second = queue.page(desk, flt, after=queue.cursor_of(first[-1], queue.SortKey.URGENCY), limit=10)
    third = queue.page(desk, flt, after=queue.cursor_of(second[-1], queue.SortKey.URGENCY), limit=10)
    everything = first + second + third
    assert len(everything) == 25 and len({r.id for r in everything}) == 25
    assert [r.rank_at for r in everything] == sorted(r.rank_at for r in everything)
    assert all("****" in r.phone for r in everything)
    assert queue.count(desk, queue.QueueFilter(scam_type="fake_loan")) == 5
    assert queue.count(desk, queue.QueueFilter(district="滨江区")) == 12
    found = queue.page(desk, queue.QueueFilter(search="00007"))
    assert len(found) == 1 and found[0].phone == "139****0007"
    assert queue.count(desk, queue.QueueFilter(search="王1")) == 11  # 王1号, 王10号…王19号
    by_amount = list(queue.iterate(desk, flt, queue.SortKey.TRIGGERED, batch=7))
    assert [r.triggered_at for r in by_amount] == sorted((r.triggered_at for r in by_amount), reverse=True)


def test_a_past_clock_writes_past_events(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    past = replace(desk, clock=FixedClock(NOW - timedelta(minutes=1)))
    leads.claim(past, "officer1", lead_id)
    assert leads.detail(desk, lead_id).claimed_at == NOW - timedelta(minutes=1)


def _callback(desk: Workstation, lead_id: str, officer: str, minutes: int, who: str = "me") -> None:
    leads.claim(desk, officer, lead_id)
    outcomes.record(desk, officer, lead_id, _call(desk, "callback_requested", callback_at=desk.clock.now()
                                                  + timedelta(minutes=minutes), callback_for=who))


def test_a_me_callback_stays_with_its_officer_until_its_grace_ends(desk: Workstation, clock: FixedClock) -> None:
    lead_id = leads.receive(desk, make_lead())
    _callback(desk, lead_id, "officer1", 30)
    row = leads.detail(desk, lead_id).row
    assert row.status == "callback" and row.owner is None and row.reserved_for == "officer1"
    assert row.reserved_until == NOW + timedelta(minutes=30 + 15)
    clock.advance(minutes=31)  # due; officer1 still has the grace
    assert leads.next_lead(desk, "officer2").lead is None
    with pytest.raises(Conflict) as refused:
        leads.claim(desk, "officer2", lead_id)
    assert refused.value.code == "leads.kept_for" and "officer1" in str(refused.value)
    assert queue.page(desk, queue.QueueFilter(owner="officer1"))[0].id == lead_id  # among "my leads"
    clock.advance(minutes=15)  # officer1 is away past the grace: anyone's now
    taken = leads.next_lead(desk, "officer2").lead
    assert taken is not None and taken.id == lead_id and taken.row.reserved_for is None


def test_an_anyone_callback_goes_back_to_the_pool(desk: Workstation, clock: FixedClock) -> None:
    lead_id = leads.receive(desk, make_lead())
    _callback(desk, lead_id, "officer1", 30, who="anyone")
    assert leads.detail(desk, lead_id).row.reserved_for is None
    clock.advance(minutes=31)
    assert leads.next_lead(desk, "officer2").lead.id == lead_id  # type: ignore[union-attr]


def test_the_officers_own_work_and_claimable_leads_come_first(desk: Workstation) -> None:
    ids = [leads.receive(desk, make_lead(minutes_ago=20 - i)) for i in range(6)]  # ids[0] is the most urgent
    leads.claim(desk, "officer2", ids[0])  # someone else's: most urgent, but last for officer1
    leads.claim(desk, "officer2", ids[1])
    leads.claim(desk, "officer1", ids[4])
    _callback(desk, ids[2], "officer2", 30)  # kept for officer2
    _callback(desk, ids[5], "officer1", 30)  # kept for officer1
    flt = queue.QueueFilter()
    rows = queue.page(desk, flt, viewer="officer1")
    mine, free, others = {ids[4], ids[5]}, {ids[3]}, {ids[0], ids[1], ids[2]}
    assert [set(r.id for r in rows[:2]), set(r.id for r in rows[2:3]), set(r.id for r in rows[3:])] == [
        mine, free, others]
    paged: list = []  # type: ignore[type-arg]
    after = None
    while True:  # two rows a page: the keyset crosses the groups without losing or repeating one
        got = queue.page(desk, flt, after=after, limit=2, viewer="officer1")
        paged += got
        if len(got) < 2:
            break
        after = queue.cursor_of(got[-1], queue.SortKey.URGENCY, "officer1", desk.clock.now())
    assert [r.id for r in paged] == [r.id for r in rows] and len(rows) == 6
    assert queue.page(desk, flt)[0].id == ids[2]  # without a viewer, urgency alone: officer2's callback first


def test_overdue_counts_what_the_filter_shows(desk: Workstation) -> None:
    leads.receive(desk, make_lead(minutes_ago=90, scam=ScamType.ROMANCE))  # orange: due after 60 min
    leads.receive(desk, make_lead(minutes_ago=90, scam=ScamType.FAKE_LOAN))
    leads.receive(desk, make_lead(minutes_ago=1, scam=ScamType.FAKE_LOAN))
    assert queue.overdue_count(desk, NOW) == 2
    only = queue.QueueFilter(scam_type="fake_loan")
    assert queue.count(desk, only) == 2 and queue.overdue_count(desk, NOW, only) == 1
    assert queue.overdue_count(desk, NOW, queue.QueueFilter(statuses=("closed",))) == 0


def test_search_finds_a_masked_phone_and_a_reference_without_its_prefix(desk: Workstation) -> None:
    target = leads.receive(desk, make_lead(phone="18300000133"))
    leads.receive(desk, make_lead(phone="18311110134"))
    leads.receive(desk, make_lead(phone="0571-88880133", name="李四"))
    ref = leads.detail(desk, target).row.ref  # YJ261125-XXXXXXXX

    def found(term: str) -> list[str]:
        return [r.id for r in queue.page(desk, queue.QueueFilter(search=term))]

    assert found("183****0133") == [target]  # as the list shows it
    assert len(found("0571-****0133")) == 1
    assert found(ref) == [target] and found(ref.lower()) == [target]
    assert found(ref[2:]) == [target]  # without "YJ"
    assert found(ref[-8:]) == [target]  # the code alone
    assert found(ref[-8:].lower().replace("0", "o")) == [target]  # typed as heard
    assert target in found(ref[2:8])  # the date part
