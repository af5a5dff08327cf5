"""The team lead's figures (统计数据) for a period, per officer, scam type, district and week — all in SQL.

Definitions (the weekly report prints them too):
- received (接警): leads whose warning (triggered_at) falls in the period — the centre's, never an officer's (the
  platform sends leads to the centre, not to a person);
- taken (领取, per officer only): distinct leads the officer claimed or was given (reassigned) in the period;
- handled (处置): distinct leads with at least one call started in the period (per officer: that officer's);
- reached (接通) / persuaded (劝阻成功): handled leads with a call in the period that reached the person or a
  relative / whose outcome was 'persuaded'; shares are of handled leads;
- protected (劝阻金额): the sum of amount_protected over the period's calls;
- stop-payments (紧急止付): stop_payment_requested events in the period, and the sum of their amounts;
- warning → first call: for the leads received in the period that have been called, minutes from the warning
  to their first call (median and p90); per officer, the officer who made that first call.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, literal_column, select, union
from sqlalchemy.orm import Session

from workstation.domain.events import EventKind
from workstation.domain.types import ContactedParty, OutcomeCode
from workstation.reports.period import Period
from workstation.reports.sqlexpr import json_amount, json_text, local_day, money
from workstation.reports.timing import Timing, timings
from workstation.store.models import Call, Event, Lead

REACHED = (ContactedParty.SELF.value, ContactedParty.RELATIVE.value)
TOTAL = "total"


class Dimension(StrEnum):
    TOTAL = "total"
    OFFICER = "officer"
    SCAM_TYPE = "scam_type"
    DISTRICT = "district"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """The figures of one group (an officer, a scam type, a district, a week, or the total)."""

    key: str
    received: int = 0
    taken: int = 0  # per officer only
    handled: int = 0
    calls: int = 0
    reached: int = 0
    persuaded: int = 0
    protected: Decimal = Decimal("0.00")
    stop_payments: int = 0
    stop_amount: Decimal = Decimal("0.00")
    first_called: int = 0
    median_minutes: float | None = None
    p90_minutes: float | None = None

    @property
    def reached_share(self) -> float | None:
        return self.reached / self.handled if self.handled else None

    @property
    def persuaded_share(self) -> float | None:
        return self.persuaded / self.handled if self.handled else None


@dataclass(frozen=True, slots=True)
class DayRow:
    day: date
    calls: int
    handled: int
    protected: Decimal


@dataclass(frozen=True, slots=True)
class Figures:
    """Everything the figures screen and the weekly report show for one period."""

    period: Period
    total: FigureRow
    by_officer: tuple[FigureRow, ...]
    by_scam_type: tuple[FigureRow, ...]
    by_district: tuple[FigureRow, ...]
    by_week: tuple[tuple[str, FigureRow], ...]  # (week label, totals), oldest first
    by_day: tuple[DayRow, ...]
    officer_names: dict[str, str] = field(default_factory=dict)


def _lead_key(dim: Dimension) -> Any:
    return {Dimension.SCAM_TYPE: Lead.scam_type, Dimension.DISTRICT: Lead.district}.get(dim)


def _handled(session: Session, start: datetime, end: datetime, dim: Dimension) -> dict[str, dict[str, Any]]:
    reached = case((Call.contacted_party.in_(REACHED), 1), else_=0)
    persuaded = case((Call.outcome == OutcomeCode.PERSUADED.value, 1), else_=0)
    per = [Call.lead_id] + ([Call.officer] if dim is Dimension.OFFICER else [])
    per_lead = (select(*per, func.count().label("calls"), func.max(reached).label("reached"),
                       func.max(persuaded).label("persuaded"), func.sum(Call.amount_protected).label("protected"))
                .where(Call.started_at >= start, Call.started_at < end).group_by(*per).subquery("per_lead"))
    cols = [func.count().label("handled"), func.sum(per_lead.c.calls), func.sum(per_lead.c.reached),
            func.sum(per_lead.c.persuaded), func.sum(per_lead.c.protected)]
    if dim is Dimension.TOTAL:
        stmt = select(literal_column(f"'{TOTAL}'"), *cols).select_from(per_lead)
    elif dim is Dimension.OFFICER:
        stmt = select(per_lead.c.officer, *cols).group_by(per_lead.c.officer)
    else:
        key = _lead_key(dim)
        stmt = select(key, *cols).select_from(per_lead).join(Lead, Lead.id == per_lead.c.lead_id).group_by(key)
    out: dict[str, dict[str, Any]] = {}
    for k, handled, calls, n_reached, n_persuaded, protected in session.execute(stmt):
        if handled:
            out[str(k or "")] = {"handled": int(handled), "calls": int(calls or 0), "reached": int(n_reached or 0),
                                 "persuaded": int(n_persuaded or 0), "protected": money(protected)}
    return out


def _received(session: Session, start: datetime, end: datetime, dim: Dimension) -> dict[str, dict[str, Any]]:
    if dim is Dimension.OFFICER:
        return {}
    in_period = (Lead.triggered_at >= start, Lead.triggered_at < end)
    stmt: Any  # Select of differing row types
    if dim is Dimension.TOTAL:
        stmt = select(literal_column(f"'{TOTAL}'"), func.count()).select_from(Lead).where(*in_period)
    else:
        key = _lead_key(dim)
        stmt = select(key, func.count()).where(*in_period).group_by(key)
    return {str(k or ""): {"received": int(n)} for k, n in session.execute(stmt) if n}


def _taken(session: Session, dialect: str, start: datetime, end: datetime,
           dim: Dimension) -> dict[str, dict[str, Any]]:
    """Per officer: the distinct leads they claimed, or were given by a team lead, in the period."""
    if dim is not Dimension.OFFICER:
        return {}
    in_period = (Event.occurred_at >= start, Event.occurred_at < end)
    claimed = select(Event.officer.label("who"), Event.lead_id).where(
        Event.kind == EventKind.LEAD_CLAIMED.value, *in_period)
    given = select(json_text(dialect, Event.payload, "to").label("who"), Event.lead_id).where(
        Event.kind == EventKind.LEAD_REASSIGNED.value, *in_period)
    pairs = union(claimed, given).subquery("taken")  # UNION: one row per (officer, lead)
    stmt = select(pairs.c.who, func.count()).group_by(pairs.c.who)
    return {str(k): {"taken": int(n)} for k, n in session.execute(stmt) if k and n}


def _stops(session: Session, dialect: str, start: datetime, end: datetime,
           dim: Dimension) -> dict[str, dict[str, Any]]:
    amount = func.sum(json_amount(dialect, Event.payload, "amount"))
    where = (Event.kind == EventKind.STOP_PAYMENT_REQUESTED.value, Event.occurred_at >= start,
             Event.occurred_at < end)
    stmt: Any  # Select of differing row types
    if dim is Dimension.TOTAL:
        stmt = select(literal_column(f"'{TOTAL}'"), func.count(), amount).where(*where)
    elif dim is Dimension.OFFICER:
        stmt = select(Event.officer, func.count(), amount).where(*where).group_by(Event.officer)
    else:
        key = _lead_key(dim)
        stmt = select(key, func.count(), amount).join(Lead, Lead.id == Event.lead_id).where(*where).group_by(key)
    return {str(k or ""): {"stop_payments": int(n), "stop_amount": money(a)}
            for k, n, a in session.execute(stmt) if n}


_TIMING_COLUMN = {Dimension.TOTAL: None, Dimension.OFFICER: "first_officer",
                  Dimension.SCAM_TYPE: "scam_type", Dimension.DISTRICT: "district"}


def breakdown(session: Session, dialect: str, start: datetime, end: datetime, dim: Dimension) -> list[FigureRow]:
    """The figures of [start, end) grouped by `dim`, largest number of handled leads first."""
    merged: dict[str, dict[str, Any]] = {}
    for part in (_received(session, start, end, dim), _taken(session, dialect, start, end, dim),
                 _handled(session, start, end, dim), _stops(session, dialect, start, end, dim)):
        for k, values in part.items():
            merged.setdefault(k, {}).update(values)
    timing: dict[str, Timing] = timings(session, dialect, start, end, _TIMING_COLUMN[dim])
    for k, t in timing.items():
        merged.setdefault(k, {}).update(first_called=t.called, median_minutes=t.median, p90_minutes=t.p90)
    rows = [FigureRow(key=k, **v) for k, v in merged.items()]
    return sorted(rows, key=lambda r: (-r.handled, -r.received, r.key))


def total(session: Session, dialect: str, start: datetime, end: datetime) -> FigureRow:
    rows = breakdown(session, dialect, start, end, Dimension.TOTAL)
    return rows[0] if rows else FigureRow(TOTAL)


def by_day(session: Session, dialect: str, period: Period) -> list[DayRow]:
    day = local_day(dialect, Call.started_at, period)
    stmt = (select(day, func.count(), func.count(func.distinct(Call.lead_id)), func.sum(Call.amount_protected))
            .where(Call.started_at >= period.start, Call.started_at < period.end).group_by(day))
    found = {str(d): DayRow(date.fromisoformat(str(d)), int(c), int(h), money(p)) for d, c, h, p in session.execute(stmt)}
    return [found.get(d.isoformat(), DayRow(d, 0, 0, Decimal("0.00"))) for d in period.day_list()]


def compute(session: Session, dialect: str, period: Period, weeks: int = 8) -> Figures:
    """All figures of `period`, with the totals of the `weeks` weeks up to it for week over week."""
    s, e = period.start, period.end
    week_rows = tuple((w.label, replace(total(session, dialect, w.start, w.end), key=w.label))
                      for w in period.weeks_back(weeks))
    # A week's own totals are the last week-over-week row: reuse them rather than ask twice.
    this = (replace(week_rows[-1][1], key=TOTAL) if week_rows and period.days == 7
            else total(session, dialect, s, e))
    return Figures(
        period=period,
        total=this,
        by_officer=tuple(breakdown(session, dialect, s, e, Dimension.OFFICER)),
        by_scam_type=tuple(breakdown(session, dialect, s, e, Dimension.SCAM_TYPE)),
        by_district=tuple(breakdown(session, dialect, s, e, Dimension.DISTRICT)),
        by_week=week_rows,
        by_day=tuple(by_day(session, dialect, period)),
        officer_names=_officer_names(session),
    )


def _officer_names(session: Session) -> dict[str, str]:
    from workstation.store.models import Officer

    return {u: n for u, n in session.execute(select(Officer.username, Officer.display_name))}
