"""Event kinds (事件类型) and the projection of a lead's events onto its current state.

A lead's status, owner, next-due time and sort key are derived from its events ordered by
(occurred_at, id); `project` is the one place that says what each event does to a lead.
Decisions that depend on settings (when to retry, when to escalate) are taken when the event is
recorded and stored in its payload, so replaying events never depends on today's settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from workstation.domain.priority import STOP_PAYMENT_PULL, rank_at
from workstation.domain.types import LeadStatus, WarningLevel

MAX_RESERVE = timedelta(days=1)  # a "me" callback is anyone's at the latest this long past its time


class EventKind(StrEnum):
    LEAD_RECEIVED = "lead_received"
    TRIGGER_ADDED = "trigger_added"  # the same person warned again: joins the open lead
    LEAD_CLAIMED = "lead_claimed"
    LEAD_RELEASED = "lead_released"
    LEASE_EXPIRED = "lease_expired"
    LEAD_REASSIGNED = "lead_reassigned"
    CALL_STARTED = "call_started"
    OUTCOME_RECORDED = "outcome_recorded"
    STOP_PAYMENT_REQUESTED = "stop_payment_requested"
    SCRIPT_SWITCHED = "script_switched"
    REVIEWED = "reviewed"
    DOCUMENT_PRINTED = "document_printed"
    AMENDED = "amended"


@dataclass(frozen=True, slots=True)
class EventFact:
    """One event as the projection sees it."""

    id: str
    kind: str
    officer: str | None
    occurred_at: datetime
    payload: dict[str, Any]
    claim_token: str | None = None  # the claim the writer held (fencing); None for facts about no claim


@dataclass(frozen=True, slots=True)
class LeadState:
    """The projected state of a lead: what the queue needs without reading events."""

    status: LeadStatus
    owner: str | None
    claim_token: str | None
    claimed_at: datetime | None
    lease_expires_at: datetime | None
    attempts: int
    next_due_at: datetime | None
    rank_at: datetime
    last_outcome: str | None
    last_event_at: datetime
    amount_protected: Decimal
    amount_lost: Decimal
    # The token of the latest claim or reassignment, held or not: a write under any older token is stale.
    last_claim_token: str | None = None
    # A callback kept for the officer who arranged it ("me"): nobody else may claim it before reserved_until.
    reserved_for: str | None = None
    reserved_until: datetime | None = None


def parse_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _released(state: LeadState, at: datetime) -> LeadState:
    if state.status is LeadStatus.CLAIMED:
        status = LeadStatus.CALLBACK if state.next_due_at else LeadStatus.NEW
    else:
        status = state.status
    return replace(state, status=status, owner=None, claim_token=None, claimed_at=None,
                   lease_expires_at=None, last_event_at=at)


def is_stale(state: LeadState, event: EventFact) -> bool:
    """Fencing: the event was written under a claim that is no longer the lead's latest one (a team lead
    reassigned the lead while its officer was offline, or another officer claimed it since). A write under the
    latest claim still counts after its lease ran out and nobody else took the lead."""
    latest = state.claim_token or state.last_claim_token
    return event.claim_token is not None and latest is not None and event.claim_token != latest


FENCED = frozenset({"outcome_recorded", "lead_released", "lease_expired"})


def apply(state: LeadState | None, event: EventFact, level: WarningLevel, amount: Decimal) -> LeadState:
    """The state after `event`. `level` and `amount` are the lead's facts (for the sort key)."""
    p = event.payload
    at = event.occurred_at
    kind = event.kind
    if kind == EventKind.LEAD_RECEIVED:
        deadline = datetime.fromisoformat(p["deadline_at"])
        return LeadState(LeadStatus.NEW, None, None, None, None, 0, None, rank_at(deadline, level, amount),
                         None, at, Decimal("0"), Decimal("0"))
    if state is None:
        raise ValueError(f"event {event.id} ({kind}) comes before the lead was received")
    if kind in FENCED and is_stale(state, event):
        return _stale(state, event)
    if kind == EventKind.LEAD_CLAIMED:
        return replace(state, status=LeadStatus.CLAIMED, owner=event.officer, claim_token=p["token"],
                       claimed_at=at, lease_expires_at=parse_time(p.get("lease_expires_at")), last_event_at=at,
                       last_claim_token=p["token"], reserved_for=None, reserved_until=None)
    if kind in (EventKind.LEAD_RELEASED, EventKind.LEASE_EXPIRED):
        return _released(state, at)
    if kind == EventKind.LEAD_REASSIGNED:
        return replace(state, status=LeadStatus.CLAIMED, owner=p["to"], claim_token=p["token"], claimed_at=at,
                       lease_expires_at=parse_time(p.get("lease_expires_at")), last_event_at=at,
                       last_claim_token=p["token"], reserved_for=None, reserved_until=None)
    if kind == EventKind.TRIGGER_ADDED:
        new_rank = rank_at(datetime.fromisoformat(p["deadline_at"]), level, amount)
        return replace(state, rank_at=min(state.rank_at, new_rank), last_event_at=at)
    if kind == EventKind.OUTCOME_RECORDED:
        return _outcome(state, event, level, amount)
    return replace(state, last_event_at=max(state.last_event_at, at))


def _stale(state: LeadState, event: EventFact) -> LeadState:
    """A write under a superseded claim: the call stays on record (its amounts count), but the lead stays
    with whoever holds it now."""
    at = max(state.last_event_at, event.occurred_at)
    if event.kind != EventKind.OUTCOME_RECORDED:
        return replace(state, last_event_at=at)
    p = event.payload
    return replace(
        state, last_event_at=at,
        amount_protected=state.amount_protected + Decimal(p.get("amount_protected", "0")),
        amount_lost=state.amount_lost + Decimal(p.get("amount_lost", "0")),
    )


def _outcome(state: LeadState, event: EventFact, level: WarningLevel, amount: Decimal) -> LeadState:
    p = event.payload
    at = event.occurred_at
    result = p["result"]
    status = LeadStatus(result["status"])
    next_due = parse_time(result.get("next_due_at"))
    keep_owner = status is LeadStatus.STOP_PAYMENT
    if status is LeadStatus.STOP_PAYMENT:
        new_rank = at - STOP_PAYMENT_PULL
    elif next_due is not None:
        new_rank = rank_at(next_due, level, amount)
    else:
        new_rank = state.rank_at
    reserved_for, reserved_until = _reservation(event, status, next_due)
    return replace(
        state,
        status=status,
        owner=state.owner if keep_owner else None,
        claim_token=state.claim_token if keep_owner else None,
        claimed_at=state.claimed_at if keep_owner else None,
        lease_expires_at=state.lease_expires_at if keep_owner else None,
        attempts=int(result.get("attempts", state.attempts)),
        next_due_at=next_due,
        rank_at=new_rank,
        last_outcome=p["code"],
        last_event_at=at,
        amount_protected=state.amount_protected + Decimal(p.get("amount_protected", "0")),
        amount_lost=state.amount_lost + Decimal(p.get("amount_lost", "0")),
        reserved_for=reserved_for,
        reserved_until=reserved_until,
    )


def _reservation(event: EventFact, status: LeadStatus, next_due: datetime | None) -> tuple[str | None, datetime | None]:
    """Who a callback is kept for, and until when: always the officer who recorded it (a desk cannot keep a lead
    for someone else), only for a callback with a time, and never longer than MAX_RESERVE past that time. The
    centre's projection (migration 0015, ws_centre.reproject) says the same."""
    until = parse_time(event.payload["result"].get("reserved_until"))
    if until is None or status is not LeadStatus.CALLBACK or next_due is None or not event.officer:
        return None, None
    return event.officer, min(until, next_due + MAX_RESERVE)


def is_reserved_against(state_reserved_for: str | None, reserved_until: datetime | None, officer: str,
                        now: datetime) -> bool:
    """A callback kept for another officer, whose time (with its grace) has not passed yet."""
    return (state_reserved_for is not None and state_reserved_for != officer and reserved_until is not None
            and reserved_until > now)


def project(events: Iterable[EventFact], level: WarningLevel, amount: Decimal) -> LeadState:
    """Replay events in (occurred_at, id) order."""
    state: LeadState | None = None
    # The receipt comes first whatever the clocks said; then time, then id (time-ordered UUIDs).
    for event in sorted(events, key=lambda e: (e.kind != EventKind.LEAD_RECEIVED, e.occurred_at, e.id)):
        state = apply(state, event, level, amount)
    if state is None:
        raise ValueError("a lead needs a lead_received event")
    return state


def iso(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat()


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
