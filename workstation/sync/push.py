"""Push: the outbox goes up in batches through the centre's checked `ws_push` function; rows leave the outbox
only once acknowledged.

The server checks every event (kind against the caller's role, payload shape and size, officer = the caller,
the claim token of guarded events), stores those it accepts with their server numbers and keeps its own
projection; it answers each event with its number or the reason it was refused. A refused event goes to the
desk's dead-letter list with that reason and never blocks the rest. Events go up as the officer who wrote them
(a run of one officer's events, with the receipts among them, per call), so only officers signed in at this
desk can send theirs; the others wait in the outbox until they sign in again. A resend after a lost
acknowledgement changes nothing (the server answers the number it already gave).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, or_, select, text, update
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from workstation.domain.events import EventKind
from workstation.store.models import Event, Lead
from workstation.store.models_sync import DeadLetter, OutboxEntry
from workstation.sync.transfer import event_rows, insert_ignore

Sessions = sessionmaker[Session]


@dataclass
class PushReport:
    sent: int = 0  # events the server now has from this run (new or already there)
    new: int = 0  # of those, new to the server
    dead: int = 0  # refused for good, moved to the dead-letter list


def is_transient(exc: BaseException) -> bool:
    """A network or server outage (try again later), as opposed to a refusal (dead letter)."""
    if isinstance(exc, OperationalError | InterfaceError | DisconnectionError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def pending(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


# Who may send an officer's events: a session factory acting as that officer, or None (not signed in here).
Senders = Callable[[str | None], "Sessions | None"]


def push_all(local: Sessions, senders: Senders, *, batch: int, now: Callable[[], datetime],
             allowed: set[str] | None,
             after_server_commit: Callable[[list[str]], None] | None = None) -> PushReport:
    """Send what of the outbox can go up now: the events of `allowed` officers (None: everyone's, e.g. for a
    trusted superuser connection) and those written by no officer (receipts). Transient errors propagate."""
    report = PushReport()
    while True:
        with local() as s:
            stmt = select(OutboxEntry.event_id).join(Event, Event.id == OutboxEntry.event_id)
            if allowed is not None:
                stmt = stmt.where(or_(Event.officer.is_(None), Event.officer.in_(sorted(allowed))))
            ids = list(s.scalars(stmt.order_by(OutboxEntry.seq).limit(batch)))
            if not ids:
                orphans = list(s.scalars(select(OutboxEntry.event_id).where(
                    OutboxEntry.event_id.not_in(select(Event.id))).limit(batch)))
                if orphans:  # an outbox row whose event is not here (cannot happen with the trigger)
                    _ack(local, {i: None for i in orphans})
                    continue
                return report
            order = {event_id: n for n, event_id in enumerate(ids)}
            events = sorted(event_rows(s, ids), key=lambda e: order[e["id"]])
            receipts = [e["lead_id"] for e in events if e["kind"] == EventKind.LEAD_RECEIVED and e["lead_id"]]
            refs = {r.id: r.ref for r in s.execute(select(Lead.id, Lead.ref).where(Lead.id.in_(receipts)))}
        sent_before = report.sent + report.dead
        for officer, run in _runs(events):
            sessions = senders(officer)
            if sessions is None:
                continue
            _send(local, sessions, officer, run, refs, report, now, after_server_commit)
        if report.sent + report.dead == sent_before:
            return report  # nothing of this batch could go up now (no one to send it as)


def _runs(events: list[dict[str, Any]]) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """Consecutive events of one officer; events written by no officer join the run they stand in."""
    runs: list[tuple[str | None, list[dict[str, Any]]]] = []
    for e in events:
        officer = e["officer"]
        if runs and (officer is None or runs[-1][0] in (None, officer)):
            runs[-1] = (runs[-1][0] or officer, runs[-1][1] + [e])
        else:
            runs.append((officer, [e]))
    return runs


def _wire(e: dict[str, Any]) -> dict[str, Any]:
    at = e["occurred_at"]
    return {"id": e["id"], "lead_id": e["lead_id"], "kind": e["kind"], "officer": e["officer"],
            "occurred_at": at.isoformat() if isinstance(at, datetime) else at, "payload": e["payload"],
            "amends": e["amends"], "claim_token": e["claim_token"]}


def _send(local: Sessions, server: Sessions, officer: str | None, events: list[dict[str, Any]],
          refs: dict[str, str], report: PushReport, now: Callable[[], datetime],
          after_server_commit: Callable[[list[str]], None] | None) -> None:
    wanted = {e["lead_id"] for e in events if e["kind"] == EventKind.LEAD_RECEIVED}
    body = json.dumps([_wire(e) for e in events], ensure_ascii=False, default=str)
    with server() as s, s.begin():
        answers = s.execute(text("SELECT event_id, server_seq, refused, fresh FROM ws_push(CAST(:events AS jsonb), "
                                 "CAST(:refs AS jsonb), :officer)"),
                            {"events": body, "refs": json.dumps({k: v for k, v in refs.items() if k in wanted}),
                             "officer": officer}).all()
    acked = {a.event_id: a.server_seq for a in answers if a.server_seq is not None}
    refused = {a.event_id: a.refused for a in answers if a.server_seq is None}
    if after_server_commit is not None:
        after_server_commit(list(acked))  # fault tests: the ack can be lost here
    if acked:
        _ack(local, acked)
    for event_id, reason in refused.items():
        _dead(local, event_id, reason or "refused by the centre", now())
    report.sent += len(acked)
    report.new += sum(1 for a in answers if a.fresh and a.server_seq is not None)
    report.dead += len(refused)


def _ack(local: Sessions, acked: dict[str, int | None]) -> None:
    table = Event.__table__
    numbered = [{"b_id": k, "b_seq": v} for k, v in acked.items() if v is not None]
    with local() as s, s.begin():
        s.execute(delete(OutboxEntry).where(OutboxEntry.event_id.in_(list(acked))))
        if numbered:
            s.execute(update(table).where(table.c.id == bindparam("b_id"), table.c.server_seq.is_(None))
                      .values(server_seq=bindparam("b_seq")), numbered)


def _dead(local: Sessions, event_id: str, reason: str, at: datetime) -> None:
    with local() as s, s.begin():
        s.execute(delete(OutboxEntry).where(OutboxEntry.event_id == event_id))
        insert_ignore(s, DeadLetter, [{"event_id": event_id, "reason": reason[:500], "failed_at": at}])
