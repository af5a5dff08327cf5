"""Push: the outbox goes up in batches, idempotently; rows leave the outbox only once acknowledged.

Per batch: one server transaction (leads of new receipts, INSERT … ON CONFLICT DO NOTHING RETURNING the
events, re-projection of the leads they touch), then one local transaction (drop the acknowledged outbox
rows, note each event's server number). A crash between the two resends the batch, which changes nothing.
A batch the server refuses for good is split until the refused events are found; those go to the
dead-letter list, the rest go up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from workstation.domain.events import EventKind
from workstation.store.models import Event, Lead
from workstation.store.models_sync import DeadLetter, OutboxEntry
from workstation.sync.projection import reproject
from workstation.sync.transfer import event_rows, insert_ignore, lead_rows

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


def push_all(local: Sessions, server: Sessions, *, batch: int, now: Callable[[], datetime],
             after_server_commit: Callable[[list[str]], None] | None = None) -> PushReport:
    """Send the whole outbox. Transient errors propagate (the caller goes offline and retries)."""
    report = PushReport()
    while True:
        with local() as s:
            ids = list(s.scalars(select(OutboxEntry.event_id).order_by(OutboxEntry.seq).limit(batch)))
            if not ids:
                return report
            events = event_rows(s, ids)
            receipts = [e["lead_id"] for e in events if e["kind"] == EventKind.LEAD_RECEIVED and e["lead_id"]]
            leads = lead_rows(s, receipts)
        gone = set(ids) - {e["id"] for e in events}
        if gone:  # an outbox row whose event is not here (cannot happen with the trigger): nothing to send
            _ack(local, {i: None for i in gone})
        _send(local, server, events, leads, report, now, after_server_commit)


def _send(local: Sessions, server: Sessions, events: list[dict[str, Any]], leads: list[dict[str, Any]],
          report: PushReport, now: Callable[[], datetime],
          after_server_commit: Callable[[list[str]], None] | None) -> None:
    if not events:
        return
    try:
        acked, new = _to_server(server, events, leads)
    except Exception as exc:
        if is_transient(exc):
            raise
        if len(events) == 1:
            _dead(local, events[0]["id"], exc, now())
            report.dead += 1
            return
        half = len(events) // 2
        for part in (events[:half], events[half:]):
            wanted = {e["lead_id"] for e in part}
            _send(local, server, part, [r for r in leads if r["id"] in wanted], report, now, after_server_commit)
        return
    if after_server_commit is not None:
        after_server_commit(list(acked))  # fault tests: the ack can be lost here
    _ack(local, acked)
    report.sent += len(acked)
    report.new += new


def _to_server(server: Sessions, events: list[dict[str, Any]],
               leads: list[dict[str, Any]]) -> tuple[dict[str, int | None], int]:
    table = Event.__table__
    rows = [{k: v for k, v in e.items() if k != "server_seq"} for e in events]
    with server() as s, s.begin():
        insert_ignore(s, Lead, leads)
        stmt = pg_insert(table).on_conflict_do_nothing(index_elements=["id"]).returning(table.c.id,
                                                                                         table.c.server_seq)
        inserted: dict[str, int | None] = {r.id: r.server_seq for r in s.execute(stmt, rows)}
        touched = {e["lead_id"] for e in events if e["id"] in inserted and e["lead_id"]}
        reproject(s, touched, keep_leases=True)
        missing = [e["id"] for e in events if e["id"] not in inserted]
        if missing:  # already there (a batch resent after a lost acknowledgement)
            inserted.update(s.execute(select(Event.id, Event.server_seq).where(Event.id.in_(missing))).all())
    return inserted, len(events) - len(missing)


def _ack(local: Sessions, acked: dict[str, int | None]) -> None:
    table = Event.__table__
    numbered = [{"b_id": k, "b_seq": v} for k, v in acked.items() if v is not None]
    with local() as s, s.begin():
        s.execute(delete(OutboxEntry).where(OutboxEntry.event_id.in_(list(acked))))
        if numbered:
            s.execute(update(table).where(table.c.id == bindparam("b_id"), table.c.server_seq.is_(None))
                      .values(server_seq=bindparam("b_seq")), numbered)


def _dead(local: Sessions, event_id: str, exc: BaseException, at: datetime) -> None:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:500]
    with local() as s, s.begin():
        s.execute(delete(OutboxEntry).where(OutboxEntry.event_id == event_id))
        insert_ignore(s, DeadLetter, [{"event_id": event_id, "reason": reason, "failed_at": at}])
