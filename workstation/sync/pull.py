"""Pull: the server's events after this desk's cursor, in pages, applied to the local SQLite.

Sequence numbers can commit out of order (a long push holds low numbers while a claim commits a higher one),
so each pull starts `overlap` numbers below the cursor and inserts-or-ignores. Each page is applied in one
local transaction together with the new cursor, so a crash never leaves the cursor ahead of the rows.

Nothing read from the centre is trusted (workstation.sync.set_aside): an event that is malformed, too large or
that the projection cannot apply is put aside with its reason instead of stored, the cursor moves past it, and
the rest of the page is applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.domain.events import EventKind
from workstation.store.bulk import import_cache
from workstation.store.journal import new_id
from workstation.store.models import Event, Lead
from workstation.store.models_sync import SyncNotice, SyncState
from workstation.sync import notice_text
from workstation.sync.set_aside import (
    already_aside,
    apply_guarded,
    event_select,
    put_aside,
    read_events,
    screen,
)
from workstation.sync.transfer import IN_CHUNK, existing_leads, fetch_dicts, insert_whole, lead_rows

Sessions = sessionmaker[Session]
CURSOR = "cursor"


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return None if row is None else row.value


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def cursor(session: Session) -> int:
    return int(get_state(session, CURSOR) or 0)


def pull_all(local: Sessions, server: Sessions, *, batch: int, overlap: int, desk: str, now: datetime) -> int:
    """Pull until caught up; returns how many events were new to this desk."""
    with local() as s:
        top = cursor(s)
    low = max(0, top - overlap)
    new_total = 0
    table = Event.__table__
    while True:
        with server() as s:
            rows = fetch_dicts(s, event_select(s).where(table.c.server_seq > low)
                               .order_by(table.c.server_seq).limit(batch))
        if not rows:
            return new_total
        new_total += apply_remote(local, server, rows, desk=desk, now=now, cursor_to=rows[-1]["server_seq"])
        low = rows[-1]["server_seq"]
        if len(rows) < batch:
            return new_total


def copy_leads(local: Sessions, server: Sessions, lead_ids: list[str], *, desk: str, now: datetime) -> None:
    """Bring these leads with all their events from the server (after a claim on the centre)."""
    with server() as s:
        rows = read_events(s, Event.__table__.c.lead_id.in_(lead_ids))
    apply_remote(local, server, rows, desk=desk, now=now, cursor_to=None)


def apply_remote(local: Sessions, server: Sessions | None, rows: list[dict[str, Any]], *, desk: str,
                 now: datetime, cursor_to: int | None, whole_leads: list[dict[str, Any]] | None = None) -> int:
    """Insert the server's events locally (ignoring those already here), create the leads this desk has not
    seen, re-project what changed, note what officers must be told, and move the cursor — one transaction.
    Events that fail their checks or the projection are put aside instead (workstation.sync.set_aside).
    Returns how many events were new here and applied.

    rows: as read_events returns them (raw payload text and its size) or with parsed payloads.
    whole_leads: the rows of leads whose every event is in `rows` (a claim brings them): no server round trip.
    """
    with local() as s:
        have_events = _existing_events(s, [r["id"] for r in rows])
        have_events |= already_aside(s, [r["id"] for r in rows if r["id"] not in have_events])
    good, aside = screen(r for r in rows if r["id"] not in have_events)
    lead_ids = {r["lead_id"] for r in good if r["lead_id"]}
    with local() as s:
        have_leads = existing_leads(s, lead_ids)
    missing = lead_ids - have_leads
    received_here = {r["lead_id"] for r in good if r["kind"] == EventKind.LEAD_RECEIVED}
    extra: list[dict[str, Any]] = []
    if whole_leads is not None or server is None:
        new_leads = [r for r in whole_leads or [] if r["id"] in missing]
    else:
        new_leads, extra = _fetch_missing(server, missing, received_here)
    seen = {r["id"] for r in good} | {a.row["id"] for a in aside}
    more, more_aside = screen(r for r in extra if r["id"] not in have_events and r["id"] not in seen)
    fresh = good + more
    aside += more_aside
    with local() as s, s.begin(), import_cache(s.connection()):  # a page touches many index pages
        insert_whole(s, Lead, [_unowned(r) for r in new_leads])
        # A lead new here keeps the server's projection unless more than its receipt arrived with it.
        touched = {r["lead_id"] for r in fresh if r["lead_id"] in have_leads or
                   (r["lead_id"] and r["kind"] != EventKind.LEAD_RECEIVED)}
        touched |= {r["id"] for r in new_leads if r["owner"] is not None}
        applied, failed = apply_guarded(s, fresh, touched)
        put_aside(s, aside + failed, now)
        _notices(s, applied, desk, now)
        if cursor_to is not None and cursor_to > cursor(s):
            set_state(s, CURSOR, str(cursor_to))
    return len(applied)


def _fetch_missing(server: Sessions, missing: set[str],
                   received_here: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    extra: list[dict[str, Any]] = []
    with server() as s:
        new_leads = lead_rows(s, missing)
        partial = sorted(missing - received_here)  # their receipt is not in this page: fetch their history
        if partial:
            extra = read_events(s, Event.__table__.c.lead_id.in_(partial))
    return new_leads, extra


def whole_lead(s: Session, lead_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(all events of a lead, its row) read on the server, e.g. inside the claim's transaction. The events come
    as read_events gives them (apply_remote checks them)."""
    return read_events(s, Event.__table__.c.lead_id == lead_id), lead_rows(s, [lead_id])


def _unowned(row: dict[str, Any]) -> dict[str, Any]:
    """A server lead row, as received: its holder is set by re-projection once its events are here."""
    return {**row, "owner": None, "claim_token": None, "claimed_at": None, "lease_expires_at": None,
            "status": row["status"] if row["owner"] is None else "new"}


def _existing_events(session: Session, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), IN_CHUNK):
        found.update(session.scalars(select(Event.id).where(Event.id.in_(ids[start:start + IN_CHUNK]))))
    return found


def _notices(session: Session, fresh: Iterable[dict[str, Any]], desk: str, now: datetime) -> None:
    """Tell an officer of this desk that a lead they held was reassigned or expired while away."""
    for r in fresh:
        if r["kind"] not in (EventKind.LEAD_REASSIGNED, EventKind.LEASE_EXPIRED) or not r["lead_id"]:
            continue
        p = r["payload"] or {}
        was = p.get("from") if r["kind"] == EventKind.LEAD_REASSIGNED else p.get("owner")
        old_token = p.get("from_token") if r["kind"] == EventKind.LEAD_REASSIGNED else p.get("token")
        if not was or was == p.get("to"):
            continue
        mine = session.scalars(select(Event.kind).where(
            Event.lead_id == r["lead_id"], Event.officer == was, Event.desk == desk,
            Event.claim_token == old_token)).all()
        if not mine:
            continue
        kept = EventKind.OUTCOME_RECORDED in mine
        session.add(SyncNotice(id=new_id(), officer=was, lead_id=r["lead_id"], kind=r["kind"],
                               message=_message(r["kind"], p.get("to"), r["officer"], kept), created_at=now))


def _message(kind: str, to: str | None, by: str | None, kept: bool) -> str:
    if kind == EventKind.LEAD_REASSIGNED:
        told = notice_text.REASSIGNED(by=by, to=to) if by else notice_text.REASSIGNED_BY_LEAD(to=to)
    else:
        told = notice_text.EXPIRED()
    return notice_text.dumps(notice_text.CALL_KEPT(text=told) if kept else told)
