"""Leads: receiving them, claiming the most urgent one, releasing, and reading one in full."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnClause, ColumnElement, and_, literal_column, or_, select
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.events import EventFact, EventKind, apply, is_reserved_against, iso
from workstation.domain.lead import NewLead
from workstation.domain.priority import deadline_at, rank_at
from workstation.domain.types import LeadStatus, WarningLevel
from workstation.errors import NotAllowed, NotFound
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.store.bulk import Values, insert_rows
from workstation.store.journal import append, events_of, new_ids
from workstation.store.models import Call, Event, Lead, Officer
from workstation.store.views import ClaimResult, LeadDetail, LeadRow, call_view, event_view, lead_row

# Leads that wait for any officer. The claim query and the partial index ix_leads_claimable
# (migration 0001) use exactly these terms, so the claim is an index range scan, never a table scan.
CLAIMABLE = (LeadStatus.NEW.value, LeadStatus.CALLBACK.value, LeadStatus.STOP_PAYMENT.value)
# The same as SQL literals, part of a statement's cached text (see waiting_clause).
CLAIMABLE_LITERALS: tuple[ColumnClause[str], ...] = tuple(literal_column(f"'{status}'") for status in CLAIMABLE)
RECEIVE_CHUNK = 5000  # rows per bulk statement: bounded memory on the database side


AMBIGUOUS_KEY = message("leads.ambiguous_key", QT_TRANSLATE_NOOP("Messages", "The lead key '{key}' matches more than one lead"))
NO_SUCH_LEAD = message("leads.no_such_lead", QT_TRANSLATE_NOOP("Messages", "No lead '{key}'"))
NO_SUCH_OFFICER = message("leads.no_such_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
QUEUE_EMPTY = message("leads.queue_empty", QT_TRANSLATE_NOOP("Messages", "No lead is waiting in the queue"))
HELD_BY_OTHER = message("leads.held_by_other", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is being handled by {owner}"))
NOT_IN_QUEUE = message("leads.not_in_queue", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is {status}: it cannot be claimed"))
KEPT_FOR = message("leads.kept_for", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is kept for {officer}'s callback until {until}"))
NOT_YOURS = message("leads.not_yours", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is not yours"))
UNKNOWN_VIEWER = message("leads.unknown_viewer", QT_TRANSLATE_NOOP("Messages", "Unknown user '{officer}': no unmasked view"))
REVEAL_NEEDS_LEAD = message("leads.reveal_needs_lead", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is not yours: only a team lead or an admin may see it unmasked"))
STATUS_WORDS = {
    LeadStatus.NEW: message("status.new", QT_TRANSLATE_NOOP("Messages", "waiting")),
    LeadStatus.CLAIMED: message("status.claimed", QT_TRANSLATE_NOOP("Messages", "in hand")),
    LeadStatus.CALLBACK: message("status.callback", QT_TRANSLATE_NOOP("Messages", "waiting for a callback")),
    LeadStatus.STOP_PAYMENT: message("status.stop_payment", QT_TRANSLATE_NOOP("Messages", "waiting for a stop-payment")),
    LeadStatus.ESCALATED: message("status.escalated", QT_TRANSLATE_NOOP("Messages", "handed to the local station")),
    LeadStatus.CLOSED: message("status.closed", QT_TRANSLATE_NOOP("Messages", "closed")),
}


def status_words(status: str) -> Msg | str:
    """A lead's status in words, for a message."""
    try:
        return STATUS_WORDS[LeadStatus(status)]()
    except ValueError:
        return status


def waiting_clause() -> ColumnElement[bool]:
    """Leads in a status an officer may claim, the statuses written as literals, as ix_leads_claimable's WHERE
    has them: SQLite uses a partial index only for a query whose terms imply the index's, and a bound parameter
    implies nothing (the claim walked the whole rank index past every closed and held lead instead). Literal
    columns, so the text is part of the cached statement: a literal_execute parameter re-rendered the statement
    at every execution (46 µs, a tenth of a queue page on a desk whose leads are mostly closed)."""
    return Lead.status.in_(CLAIMABLE_LITERALS)


def claimable_clause(officer: str | None = None, now: datetime | None = None) -> ColumnElement[bool]:
    """Leads `officer` may claim at `now`: nobody holds them, they wait, and no callback keeps them for another
    officer (with no officer given: every lead nobody holds that waits)."""
    free = and_(Lead.owner.is_(None), waiting_clause())
    if officer is None or now is None:
        return free
    return and_(free, or_(Lead.reserved_for.is_(None), Lead.reserved_for == officer, Lead.reserved_until <= now))


def kept_for_other(lead: Lead, officer: str, now: datetime, tz: tzinfo) -> Msg | None:
    """Why `officer` may not claim `lead` now because of another officer's callback, or None."""
    if not is_reserved_against(lead.reserved_for, lead.reserved_until, officer, now):
        return None
    assert lead.reserved_until is not None
    until = lead.reserved_until.astimezone(tz)
    return KEPT_FOR(ref=lead.ref, officer=lead.reserved_for, until=f"{until:%Y-%m-%d %H:%M}")


_REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_TO_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", _REF_ALPHABET)  # from RFC 4648 base32


def phone_reversed(phone: str) -> str:
    """The digits of a phone number, last digit first (for suffix search)."""
    digits = phone[::-1]
    return digits if digits.isdigit() else "".join(ch for ch in digits if ch.isdigit())


def lead_ref(lead_id: str, local_triggered: datetime) -> str:
    """The reference people read out (YJ261125-7K3QF9ZD): the warning's date and 40 random bits of the id."""
    # The last 10 hex digits (the last group of a UUID has 12, no dash) are 5 bytes = 8 base32 letters.
    code = base64.b32encode(bytes.fromhex(lead_id[-10:])).decode("ascii").translate(_TO_CROCKFORD)
    day = local_triggered
    return f"YJ{day.year % 100:02d}{day.month:02d}{day.day:02d}-{code}"


def receive(ws: Workstation, new: NewLead, session: Session | None = None) -> str:
    """Enter a new lead (预警线索接收) and return its id."""
    if session is None:
        with ws.unit_of_work() as s:
            return receive(ws, new, s)
    return receive_many(ws, session, [new])[0]


def centre_zone(ws: Workstation) -> ZoneInfo:
    """The centre's time zone (the day a lead's reference and a callback's hour are counted in)."""
    return ZoneInfo(ws.settings.centre_tz)


def resolve(session: Session, key: str) -> Lead:
    """A lead by id, reference (YJ…), or a unique prefix of its id."""
    lead = session.get(Lead, key)
    if lead is not None:
        return lead
    lead = session.scalars(select(Lead).where(Lead.ref == key.upper())).first()
    if lead is not None:
        return lead
    if len(key) >= 6:
        found = list(session.scalars(select(Lead).where(Lead.id.like(f"{key.lower()}%")).limit(2)))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise NotFound(AMBIGUOUS_KEY(key=key))
    raise NotFound(NO_SUCH_LEAD(key=key))


def active_officer(session: Session, username: str) -> Officer:
    officer = session.get(Officer, username)
    if officer is None or not officer.active:
        raise NotFound(NO_SUCH_OFFICER(username=username))
    return officer


def next_lead(ws: Workstation, officer: str) -> ClaimResult:
    """Claim the most urgent lead nobody holds (下一条), by the desk's claims (workstation.services.claims)."""
    return ws.claims.next_lead(ws, officer)


def claim(ws: Workstation, officer: str, key: str) -> LeadDetail:
    """Claim a chosen lead (from the list); refused if another officer holds it."""
    return ws.claims.claim(ws, officer, key)


def release(ws: Workstation, officer: str, key: str) -> None:
    """Give a held lead back to the queue (释放)."""
    ws.claims.release(ws, officer, key)


def append_claim(ws: Workstation, session: Session, lead: Lead, officer: str, token: str) -> None:
    lease = ws.clock.now() + timedelta(seconds=ws.settings.lease_seconds) if ws.dialect != "sqlite" else None
    append(session, lead, EventKind.LEAD_CLAIMED, {"token": token, "lease_expires_at": iso(lease)},
           officer=officer, desk=ws.desk, at=ws.clock.now(), claim_token=token)


def my_leads(ws: Workstation, officer: str) -> list[LeadRow]:
    """Leads this officer holds, most urgent first (also what can be worked offline)."""
    from workstation.security import audit

    with ws.unit_of_work() as session:
        stmt = select(Lead).where(Lead.owner == officer).order_by(Lead.rank_at, Lead.id)
        rows = [lead_row(lead, reveal=True) for lead in session.scalars(stmt)]
        if rows:
            audit.record(session, officer, audit.AuditAction.PERSONAL_DATA_LISTED, "my_leads",
                         {"leads": [r.ref for r in rows]}, desk=ws.desk, at=ws.clock.now())
        return rows


def detail(ws: Workstation, key: str, *, officer: str | None = None, reveal: bool = False) -> LeadDetail:
    """A lead in full. Personal data shows unmasked to its owner, or when `reveal` is asked for.

    Every unmasked view is an audit event, committed with the read. A named viewer who is not the owner must
    be a known, active team lead or admin to `reveal` (Permission.EXPORT_PERSONAL_DATA); internal callers
    without one (imports, tests) are audited as unidentified (actor "").
    """
    with ws.unit_of_work() as session:
        return detail_in(ws, session, key, officer=officer, reveal=reveal)


def detail_in(ws: Workstation, session: Session, key: str, *, officer: str | None = None,
              reveal: bool = False) -> LeadDetail:
    """`detail` inside the caller's transaction (a claim on the centre copies the lead and reads it in one)."""
    from workstation.security.roles import Permission, allowed

    lead = resolve(session, key)
    owner_view = officer is not None and lead.owner == officer
    if reveal and officer is not None and not owner_view:
        viewer = session.get(Officer, officer)
        if viewer is None or not viewer.active:
            raise NotAllowed(UNKNOWN_VIEWER(officer=officer))
        if not allowed(viewer.role, Permission.EXPORT_PERSONAL_DATA):
            raise NotAllowed(REVEAL_NEEDS_LEAD(ref=lead.ref))
    if reveal or owner_view:
        audit_view(ws, session, lead, officer, "owner" if owner_view else "reveal")
    return detail_of(session, lead, reveal=reveal or owner_view)


def audit_view(ws: Workstation, session: Session, lead: Lead, officer: str | None, reason: str) -> None:
    """Every unmasked view of a person's data is an audit entry, in the same transaction as the read."""
    from workstation.security import audit

    audit.record(session, officer, audit.AuditAction.PERSONAL_DATA_VIEWED, lead.ref,
                 {"lead_id": lead.id, "reason": reason}, desk=ws.desk, at=ws.clock.now())


def detail_of(session: Session, lead: Lead, reveal: bool) -> LeadDetail:
    events = events_of(session, lead.id)
    calls = session.scalars(select(Call).where(Call.lead_id == lead.id).order_by(Call.started_at))
    triggers: list[dict[str, Any]] = [
        {"kind": lead.trigger_kind, "detail": lead.trigger_detail, "at": lead.triggered_at.isoformat()},
        *(
            {"kind": e.payload.get("trigger_kind"), "detail": e.payload.get("trigger_detail"),
             "at": e.payload.get("triggered_at")}
            for e in events if e.kind == EventKind.TRIGGER_ADDED
        ),
    ]
    return LeadDetail(
        row=lead_row(lead, reveal), city=lead.city, trigger_kind=lead.trigger_kind,
        trigger_detail=lead.trigger_detail, source=lead.source, external_id=lead.external_id,
        received_at=lead.received_at, claim_token=lead.claim_token, claimed_at=lead.claimed_at,
        amount_protected=lead.amount_protected, amount_lost=lead.amount_lost,
        events=tuple(event_view(e) for e in events), calls=tuple(call_view(c) for c in calls),
        triggers=tuple(triggers),
    )


# receive_many's row tuples: the facts of each lead (LEAD_COLUMNS), then the projection of a receipt, which is
# the same for every new lead except rank_at (RECEIPT_STATE, added as constants).
LEAD_COLUMNS = (
    "id", "ref", "person_name", "phone", "phone_rev", "id_number", "city", "district", "scam_type", "level",
    "trigger_kind", "trigger_detail", "triggered_at", "deadline_at", "amount_at_risk", "source", "external_id",
    "rank_at",
)
RECEIPT_STATE = ("status", "owner", "claim_token", "claimed_at", "lease_expires_at", "attempts", "next_due_at",
                 "last_outcome", "last_event_at", "amount_protected", "amount_lost", "last_claim_token",
                 "reserved_for", "reserved_until")
RECEIPT_COLUMNS = ("id", "lead_id", "payload")


def receive_many(ws: Workstation, session: Session, leads: list[NewLead]) -> list[str]:
    """Enter leads (预警线索接收): one lead_received event each and its projection, in bulk
    (workstation.store.bulk: values made ready here, no per-row ORM work or bind processing)."""
    if not leads:
        return []
    conn = session.connection()
    ready = Values(conn)
    ids, lead_rows, event_rows = receipt_rows(ws, ready, leads)
    lead_constants, event_constants = receipt_constants(ws, ready, ws.clock.now())
    for start in range(0, len(leads), RECEIVE_CHUNK):
        insert_rows(conn, Lead.__table__, LEAD_COLUMNS, lead_rows[start:start + RECEIVE_CHUNK], lead_constants)
        insert_rows(conn, Event.__table__, RECEIPT_COLUMNS, event_rows[start:start + RECEIVE_CHUNK],
                    event_constants)
    return ids


Rows = list[tuple[object, ...]]


def receipt_rows(ws: Workstation, ready: Values, leads: list[NewLead]) -> tuple[list[str], Rows, Rows]:
    """New leads as ready rows: (lead ids, LEAD_COLUMNS tuples, RECEIPT_COLUMNS tuples). With
    receipt_constants, everything receive_many writes; intake may stage the rows and write them later."""
    tz = centre_zone(ws)
    ids = new_ids(2 * len(leads))
    minutes = {level: ws.settings.deadline_minutes(level) for level in WarningLevel}
    lead_rows: Rows = []
    event_rows: Rows = []
    for index, new in enumerate(leads):
        lead_id, level, amount = ids[2 * index], new.level, new.amount_at_risk
        due = deadline_at(new.triggered_at, minutes[level])
        payload = {
            "person_name": new.person_name, "phone": new.phone, "id_number": new.id_number, "city": new.city,
            "district": new.district, "scam_type": new.scam_type.value, "level": level.value,
            "trigger_kind": new.trigger_kind.value, "trigger_detail": new.trigger_detail,
            "triggered_at": new.triggered_at.isoformat(), "deadline_at": due.isoformat(),
            "amount_at_risk": str(amount), "source": new.source, "external_id": new.external_id,
        }
        lead_rows.append((
            lead_id, lead_ref(lead_id, new.triggered_at.astimezone(tz)), new.person_name, new.phone,
            phone_reversed(new.phone), new.id_number, new.city, new.district, payload["scam_type"],
            payload["level"], payload["trigger_kind"], new.trigger_detail, ready.time(new.triggered_at),
            ready.time(due), ready.money(amount), new.source, new.external_id,
            ready.time(rank_at(due, level, amount)),
        ))
        event_rows.append((ids[2 * index + 1], lead_id, ready.json(payload)))
    return ids[::2], lead_rows, event_rows


def receipt_constants(ws: Workstation, ready: Values, now: datetime) -> tuple[dict[str, object], dict[str, object]]:
    """The values every receipt written at `now` shares: (lead columns, event columns)."""
    payload = {"deadline_at": now.isoformat()}  # the receipt's projection but for rank_at, which is per lead
    state = apply(None, EventFact("", EventKind.LEAD_RECEIVED, None, now, payload), WarningLevel.RED, Decimal(0))
    lead_constants = {name: _ready_state(ready, getattr(state, name)) for name in RECEIPT_STATE}
    lead_constants["received_at"] = ready.time(now)
    event_constants = {"kind": EventKind.LEAD_RECEIVED.value, "desk": ws.desk, "occurred_at": ready.time(now)}
    return lead_constants, event_constants


def _ready_state(ready: Values, value: object) -> object:
    if isinstance(value, LeadStatus):
        return value.value
    if isinstance(value, datetime):
        return ready.time(value)
    if isinstance(value, Decimal):
        return ready.money(value)
    return value


def note(ws: Workstation, officer: str, key: str, kind: EventKind, payload: dict[str, object]) -> str:
    """Record a fact about a lead this officer holds that does not change its state
    (call started, script switched); returns the event id."""
    if kind not in (EventKind.CALL_STARTED, EventKind.SCRIPT_SWITCHED):
        raise ValueError(f"{kind} is not a note")
    with ws.unit_of_work() as session:
        lead = resolve(session, key)
        if lead.owner != officer:
            raise NotAllowed(NOT_YOURS(ref=lead.ref))
        event = append(session, lead, kind, dict(payload), officer=officer, desk=ws.desk, at=ws.clock.now(),
                       claim_token=lead.claim_token)
        return event.id
