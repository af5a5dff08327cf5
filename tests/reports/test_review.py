"""The board, reassigning from it, and the team lead's verdicts on calls."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.reports.conftest import NOW
from tests.reports.dataset import Built
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.lead import NewLead
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.errors import Conflict, InvalidInput, NotAllowed
from workstation.reports.calls import CallFilter, Verdict
from workstation.reports.period import iso_week
from workstation.services import leads, outcomes, review


def new_lead(ws: Workstation, minutes_ago: float, level: WarningLevel = WarningLevel.RED) -> str:
    return leads.receive(ws, NewLead(
        person_name="李四", phone="13900000000", scam_type=ScamType.FAKE_CUSTOMER_SERVICE, level=level,
        trigger_kind=TriggerKind.FRAUD_CALL, trigger_detail="+63 1234567",
        triggered_at=NOW - timedelta(minutes=minutes_ago), district="上城区", amount_at_risk=Decimal("0")))


def test_board_against_the_clock(desk: Workstation) -> None:
    overdue = new_lead(desk, 45)  # red: 20 minutes → 25 minutes overdue
    soon = new_lead(desk, 15)  # due in 5 minutes
    later = new_lead(desk, 1)  # due in 19 minutes
    held = new_lead(desk, 2)
    leads.claim(replace(desk, clock=FixedClock(NOW - timedelta(minutes=7))), "officer1", held)
    b = review.board(desk, "lead1")
    assert (b.counts.open, b.counts.overdue, b.counts.due_soon, b.counts.held) == (4, 1, 1, 1)
    assert [x.id for x in b.urgent[:2]] == [overdue, soon]
    assert b.urgent[0].minutes_left(b.now) == pytest.approx(-25)
    assert later in {x.id for x in b.urgent}
    (h,) = b.held
    assert (h.id, h.owner, h.held_minutes(b.now)) == (held, "officer1", pytest.approx(7))
    with pytest.raises(NotAllowed):
        review.board(desk, "officer1")


def test_unreachable_leads_wait_for_escalation(desk: Workstation, built: Built) -> None:
    b = review.board(desk, "lead1")
    assert built.leads["L9"] in {x.id for x in b.unreachable}
    (row,) = [x for x in b.unreachable if x.id == built.leads["L9"]]
    assert (row.attempts, b.max_attempts, row.last_outcome) == (2, 3, "no_answer")


def test_reassign_takes_the_lead_from_its_holder(desk: Workstation) -> None:
    lead_id = new_lead(desk, 10)
    leads.claim(desk, "officer1", lead_id)
    with pytest.raises(NotAllowed):
        review.reassign(desk, "officer2", lead_id, "officer2")
    done = review.reassign(desk, "lead1", lead_id, "officer2")
    assert (done.from_officer, done.to_officer) == ("officer1", "officer2")
    detail = leads.detail(desk, lead_id)
    assert detail.row.owner == "officer2" and detail.row.status == "claimed"
    event = detail.events[-1]
    assert event.kind == EventKind.LEAD_REASSIGNED and event.officer == "lead1"
    assert event.payload["to"] == "officer2" and event.payload["token"] == detail.claim_token
    call = OutcomeInput(code="not_deceived", started_at=NOW - timedelta(minutes=3), ended_at=NOW)
    with pytest.raises(NotAllowed):  # the former holder's next outcome is refused
        outcomes.record(desk, "officer1", lead_id, call)
    outcomes.record(desk, "officer2", lead_id, call)
    with pytest.raises(Conflict):  # closed now
        review.reassign(desk, "lead1", lead_id, "officer1")


def test_review_list_filters_and_verdicts(desk: Workstation, built: Built) -> None:
    w = iso_week("2026-W47", "Asia/Shanghai")
    week = CallFilter(start=w.start, end=w.end)
    assert len(review.calls_for_review(desk, "lead1", week)) == 8
    mine = review.calls_for_review(desk, "lead1", replace(week, officer="officer1"))
    assert len(mine) == 3 and all(c.officer == "officer1" for c in mine)
    assert len(review.calls_for_review(desk, "lead1", replace(week, outcome="persuaded"))) == 3
    assert len(review.calls_for_review(desk, "lead1", replace(week, scam_type="click_farming"))) == 2
    assert len(review.calls_for_review(desk, "lead1", replace(week, district="滨江区"))) == 4
    page1 = review.calls_for_review(desk, "lead1", week, limit=5)
    page2 = review.calls_for_review(desk, "lead1", week, after=(page1[-1].started_at, page1[-1].event_id))
    assert len(page2) == 3 and not {c.event_id for c in page1} & {c.event_id for c in page2}

    call_id = built.calls["L1"][1]
    with pytest.raises(NotAllowed):
        review.mark_call(desk, "officer2", call_id, Verdict.COMMENDED, "好")
    with pytest.raises(InvalidInput):
        review.mark_call(desk, "lead1", call_id, Verdict.FOLLOW_UP, "  ")
    review.mark_call(desk, "lead1", call_id, Verdict.FOLLOW_UP, "请补充家属联系方式")
    r = review.mark_call(desk, "lead1", call_id, "commended", "劝阻及时，话术规范")
    assert (r.verdict, r.reviewer, r.call_event_id) == (Verdict.COMMENDED, "lead1", call_id)
    rows = {c.event_id: c for c in review.calls_for_review(desk, "lead1", week)}
    assert rows[call_id].review is not None and rows[call_id].review.verdict is Verdict.COMMENDED
    assert rows[built.calls["L1"][0]].review is None  # the other call of the same lead is not reviewed
    # the officer sees it, and it is in the lead's history
    seen = review.reviews_for_officer(desk, "officer1")
    assert [(s.review.verdict, s.review.comment) for s in seen] == [
        (Verdict.COMMENDED, "劝阻及时，话术规范"), (Verdict.FOLLOW_UP, "请补充家属联系方式")]
    assert review.reviews_for_officer(desk, "officer2") == []
    history = leads.detail(desk, built.leads["L1"]).events
    assert history[-1].kind == EventKind.REVIEWED and history[-1].payload["verdict"] == "commended"
