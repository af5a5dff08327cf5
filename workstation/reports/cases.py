"""Notable cases of a period (典型案例): the largest amounts protected, the stop-payments, commended calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.events import EventKind
from workstation.reports.calls import Verdict
from workstation.reports.sqlexpr import json_amount, json_text, money
from workstation.store.models import Call, Event, Lead


@dataclass(frozen=True, slots=True)
class Case:
    """One case as the report prints it: no personal data beyond the lead reference."""

    kind: str  # protected | stop_payment | commended
    ref: str
    scam_type: str
    district: str
    officer: str
    at: datetime
    amount: Decimal
    outcome: str
    text: str  # the call's notes, or the team lead's comment


@dataclass(frozen=True, slots=True)
class NotableCases:
    protected: tuple[Case, ...]
    stop_payments: tuple[Case, ...]
    commended: tuple[Case, ...]


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def notable(session: Session, dialect: str, start: datetime, end: datetime, limit: int = 10) -> NotableCases:
    protected = session.execute(
        select(Call, Lead.ref, Lead.scam_type, Lead.district).join(Lead, Lead.id == Call.lead_id)
        .where(Call.started_at >= start, Call.started_at < end, Call.amount_protected > 0)
        .order_by(Call.amount_protected.desc(), Call.started_at, Call.event_id).limit(limit))
    amount = json_amount(dialect, Event.payload, "amount")
    stops = session.execute(
        select(Event.officer, Event.occurred_at, amount, Lead.ref, Lead.scam_type, Lead.district)
        .join(Lead, Lead.id == Event.lead_id)
        .where(Event.kind == EventKind.STOP_PAYMENT_REQUESTED.value, Event.occurred_at >= start,
               Event.occurred_at < end)
        .order_by(amount.desc(), Event.occurred_at, Event.id).limit(limit))
    commended = session.execute(
        select(Call, Lead.ref, Lead.scam_type, Lead.district, json_text(dialect, Event.payload, "comment"))
        .join(Call, Call.event_id == json_text(dialect, Event.payload, "call_event_id"))
        .join(Lead, Lead.id == Call.lead_id)
        # Calls of the period commended at any time since (a review never precedes its call).
        .where(Event.kind == EventKind.REVIEWED.value, Event.occurred_at >= start,
               Call.started_at >= start, Call.started_at < end,
               json_text(dialect, Event.payload, "verdict") == Verdict.COMMENDED.value)
        .order_by(Call.started_at, Event.occurred_at, Event.id).limit(limit))
    return NotableCases(
        protected=tuple(Case("protected", ref, scam, district, c.officer, c.started_at, money(c.amount_protected),
                             c.outcome, _clip(c.notes)) for c, ref, scam, district in protected),
        stop_payments=tuple(Case("stop_payment", ref, scam, district, officer or "", at, money(a),
                                 "transferred", "") for officer, at, a, ref, scam, district in stops),
        commended=tuple(Case("commended", ref, scam, district, c.officer, c.started_at, money(c.amount_protected),
                             c.outcome, _clip(comment or "")) for c, ref, scam, district, comment in commended),
    )
