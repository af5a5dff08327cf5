"""Calls for the outcome review (处置质量复核): filtered keyset pages, each call with its latest review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, select, tuple_
from sqlalchemy.orm import Session

from workstation.domain.events import EventKind
from workstation.domain.outcome import StopPaymentDetails
from workstation.store.models import Call, Event, Lead


class Verdict(StrEnum):
    """What the team lead says about a call (复核结论)."""

    REVIEWED = "reviewed"  # 已复核
    FOLLOW_UP = "follow_up"  # 需跟进
    COMMENDED = "commended"  # 表扬

    @property
    def zh(self) -> str:
        return {"reviewed": "已复核", "follow_up": "需跟进", "commended": "表扬"}[self.value]


@dataclass(frozen=True, slots=True)
class Review:
    """One review event: which call, the verdict, the comment, who and when."""

    event_id: str
    call_event_id: str
    verdict: Verdict
    comment: str
    reviewer: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class CallFilter:
    """What the review list shows; None means any. Times are UTC instants [start, end)."""

    start: datetime | None = None
    end: datetime | None = None
    officer: str | None = None
    scam_type: str | None = None
    outcome: str | None = None
    district: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.start is not None:
            out.append(Call.started_at >= self.start)
        if self.end is not None:
            out.append(Call.started_at < self.end)
        if self.officer:
            out.append(Call.officer == self.officer)
        if self.outcome:
            out.append(Call.outcome == self.outcome)
        if self.scam_type:
            out.append(Lead.scam_type == self.scam_type)
        if self.district:
            out.append(Lead.district == self.district)
        return out


@dataclass(frozen=True, slots=True)
class CallRow:
    """One recorded call with its lead's type and district, and its latest review (None if not reviewed)."""

    event_id: str
    lead_id: str
    ref: str
    scam_type: str
    district: str
    officer: str
    started_at: datetime
    ended_at: datetime
    outcome: str
    contacted_party: str
    relation: str
    amount_protected: Decimal
    amount_lost: Decimal
    checkpoints: tuple[str, ...]
    notes: str
    review: Review | None = None
    station: str = ""  # an in-person visit: the station it was handed to
    stop_payment: StopPaymentDetails | None = None  # an emergency stop-payment asked for with the outcome


def review_of(event: Event) -> Review:
    p = event.payload
    return Review(event.id, str(p.get("call_event_id", "")), Verdict(p["verdict"]), str(p.get("comment", "")),
                  event.officer, event.occurred_at)


def latest_reviews(session: Session, lead_ids: list[str]) -> dict[str, Review]:
    """The latest review of each call of these leads, keyed by the call's event id (ix_events_lead_time)."""
    if not lead_ids:
        return {}
    stmt = (select(Event).where(Event.lead_id.in_(lead_ids), Event.kind == EventKind.REVIEWED.value)
            .order_by(Event.occurred_at, Event.id))
    return {r.call_event_id: r for r in map(review_of, session.scalars(stmt))}


def page(session: Session, flt: CallFilter, after: tuple[datetime, str] | None = None,
         limit: int = 200) -> list[CallRow]:
    """Newest calls first; `after` is the (started_at, event_id) of the last row already shown."""
    stmt = (select(Call, Lead.ref, Lead.scam_type, Lead.district).join(Lead, Lead.id == Call.lead_id)
            .where(*flt.clauses()))
    if after is not None:
        stmt = stmt.where(tuple_(Call.started_at, Call.event_id) < tuple_(*after))
    stmt = stmt.order_by(Call.started_at.desc(), Call.event_id.desc()).limit(limit)
    found = list(session.execute(stmt))
    reviews = latest_reviews(session, sorted({c.lead_id for c, *_ in found}))
    recorded = _recorded(session, [c.event_id for c, *_ in found])
    rows = []
    for c, ref, scam, district in found:
        p = recorded.get(c.event_id, {})
        sp = p.get("stop_payment")
        rows.append(CallRow(c.event_id, c.lead_id, ref, scam, district, c.officer, c.started_at, c.ended_at,
                            c.outcome, c.contacted_party, c.relation, c.amount_protected, c.amount_lost,
                            tuple(c.checkpoints), c.notes, reviews.get(c.event_id), str(p.get("station") or ""),
                            StopPaymentDetails.from_payload(sp) if isinstance(sp, dict) else None))
    return rows


def _recorded(session: Session, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The outcome events' payloads (what the calls table does not project: station, stop-payment), by id."""
    if not event_ids:
        return {}
    stmt = select(Event.id, Event.payload).where(Event.id.in_(event_ids))
    return {event_id: payload or {} for event_id, payload in session.execute(stmt)}
