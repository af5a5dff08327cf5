"""Appending events and keeping the projection (lead columns, calls table) in step, in one transaction."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.domain.events import EventFact, EventKind, LeadState, apply, project
from workstation.domain.types import LeadStatus, WarningLevel
from workstation.store.models import Call, Event, Lead

_id_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A UUIDv7 (RFC 9562): time-ordered, and strictly increasing within this process, so that events
    recorded at the same instant still replay in the order they were made when sorted by (time, id)."""
    return new_ids(1)[0]


def new_ids(count: int) -> list[str]:
    """`count` UUIDv7s in increasing order, taken under one lock (bulk receipt makes two per lead)."""
    global _last_ms, _counter
    stamps: list[tuple[int, int]] = []
    with _id_lock:
        for _ in range(count):
            ms = time.time_ns() // 1_000_000
            if ms <= _last_ms:
                ms = _last_ms
                _counter += 1
                if _counter > 0xFFF:
                    ms, _counter = ms + 1, 0
            else:
                _counter = 0
            _last_ms = ms
            stamps.append((ms, _counter))
    noise = secrets.token_bytes(8 * count)  # one read of the system's randomness, not one per id
    return [_uuid7_text((ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62)
                        | (int.from_bytes(noise[8 * i:8 * i + 8]) >> 2))
            for i, (ms, counter) in enumerate(stamps)]


def _uuid7_text(value: int) -> str:
    """str(uuid.UUID(int=value)), without building the UUID object."""
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def lead_state(lead: Lead) -> LeadState:
    return LeadState(
        status=LeadStatus(lead.status), owner=lead.owner, claim_token=lead.claim_token,
        claimed_at=lead.claimed_at, lease_expires_at=lead.lease_expires_at, attempts=lead.attempts,
        next_due_at=lead.next_due_at, rank_at=lead.rank_at, last_outcome=lead.last_outcome,
        last_event_at=lead.last_event_at, amount_protected=lead.amount_protected, amount_lost=lead.amount_lost,
        last_claim_token=lead.last_claim_token, reserved_for=lead.reserved_for, reserved_until=lead.reserved_until,
    )


def store_state(lead: Lead, state: LeadState) -> None:
    for name, value in asdict(state).items():
        setattr(lead, name, value.value if isinstance(value, LeadStatus) else value)


def fact(event: Event) -> EventFact:
    return EventFact(event.id, event.kind, event.officer, event.occurred_at, event.payload, event.claim_token)


def append(session: Session, lead: Lead | None, kind: EventKind | str, payload: dict[str, Any], *,
           officer: str | None, desk: str, at: datetime, claim_token: str | None = None,
           amends: str | None = None) -> Event:
    """Record one event; if it concerns a lead, move the lead's projection on.

    `kind` may be a plain string for facts that other modules own (documents, thanks received…):
    the projection passes over kinds it does not know.
    """
    kind = EventKind(kind) if kind in EventKind._value2member_map_ else str(kind)
    event = Event(id=new_id(), lead_id=lead.id if lead else None, kind=str(kind), officer=officer, desk=desk,
                  occurred_at=at, payload=payload, amends=amends, claim_token=claim_token)
    session.add(event)
    if lead is not None:
        current = None if kind is EventKind.LEAD_RECEIVED else lead_state(lead)
        state = apply(current, fact(event), WarningLevel(lead.level), lead.amount_at_risk)
        store_state(lead, state)
        if kind is EventKind.OUTCOME_RECORDED:
            session.add(call_row(event))
    return event


def call_row(event: Event) -> Call:
    return call_of(event.id, event.lead_id, event.officer, event.payload)


def call_of(event_id: str, lead_id: str | None, officer: str | None, p: Mapping[str, Any]) -> Call:
    """The calls row of an outcome_recorded event, from the event's id, lead, officer and payload."""
    return Call(
        event_id=event_id, lead_id=lead_id, officer=officer,
        started_at=datetime.fromisoformat(p["started_at"]), ended_at=datetime.fromisoformat(p["ended_at"]),
        outcome=p["code"], contacted_party=p.get("contacted_party", "self"), relation=p.get("relation", ""),
        amount_protected=Decimal(p.get("amount_protected", "0")), amount_lost=Decimal(p.get("amount_lost", "0")),
        script_id=p.get("script_id"), script_version=p.get("script_version"),
        checkpoints=list(p.get("checkpoints", [])), notes=p.get("notes", ""),
    )


def events_of(session: Session, lead_id: str) -> list[Event]:
    stmt = select(Event).where(Event.lead_id == lead_id).order_by(Event.occurred_at, Event.id)
    return list(session.scalars(stmt))


def rebuild(session: Session, lead_ids: list[str] | None = None) -> int:
    """Recompute the projection of the given leads (all when None) from their events. Returns how many."""
    stmt = select(Lead)
    if lead_ids is not None:
        stmt = stmt.where(Lead.id.in_(lead_ids))
    count = 0
    for lead in session.scalars(stmt):
        events = events_of(session, lead.id)
        store_state(lead, project([fact(e) for e in events], WarningLevel(lead.level), lead.amount_at_risk))
        session.execute(delete(Call).where(Call.lead_id == lead.id))
        session.add_all(call_row(e) for e in events if e.kind == EventKind.OUTCOME_RECORDED)
        count += 1
    return count
