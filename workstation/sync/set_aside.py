"""Pulled events a desk cannot apply are put aside (搁置), shown, and the pull goes on (DESIGN.md §7).

The centre is not trusted to hold only well-formed events: a hostile or broken desk (or someone with psql) may
have written one whose payload lacks a field, is not JSON, or weighs 200 MB. So a desk reading events from the
centre
- reads them with `event_select`: the payload's size is measured on the server, and a payload above the bound is
  not sent at all;
- checks each with `screen` (workstation.domain.event_shapes: size, JSON object, the shape its kind needs);
- applies the good ones with `apply_guarded`: if the projection still raises for a lead, the lead's new events
  are tried one by one and those it cannot apply are put aside too, so one lead never stops the others.
What is put aside goes to `sync_set_aside` (never into `events`), once per event id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, Select, Text, case, cast, func, select, type_coerce
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    ProgrammingError,
    StatementError,
)
from sqlalchemy.orm import Session

from workstation.domain.event_shapes import MAX_PAYLOAD_BYTES, payload_size, problems
from workstation.domain.events import EventKind
from workstation.store.models import Event
from workstation.store.models_sync import SetAside
from workstation.sync.projection import reproject
from workstation.sync.transfer import EVENT_COLUMNS, IN_CHUNK, fetch_dicts, insert_ignore, insert_whole

RAW_LIMIT = 16 * 1024  # characters of the server's row kept in sync_set_aside.raw
REASON_LIMIT = 1000
SIZE = "payload_bytes"  # the extra column event_select adds
# What a projection raises on bad data (a missing key, a wrong type, a date out of range, a bad decimal…).
DATA_ERRORS = (ValueError, TypeError, LookupError, ArithmeticError, AttributeError)
VALUE_REFUSED = (IntegrityError, DataError, ProgrammingError, InterfaceError)

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Aside:
    """One event this desk will not apply, and why."""

    row: Row
    reason: str


def event_select(session: Session) -> Select[Any]:
    """SELECT the events table for a desk to read: every column, but the payload as its raw text and only when it
    is within MAX_PAYLOAD_BYTES (else NULL), plus `payload_bytes`, its size measured on the server."""
    table = Event.__table__
    raw = type_coerce(table.c.payload, Text)  # no JSON parsing on the way in: a bad payload must not raise here
    if session.get_bind().dialect.name == "postgresql":
        size = func.octet_length(raw)
    else:
        size = func.length(cast(raw, LargeBinary))
    small = type_coerce(case((size <= MAX_PAYLOAD_BYTES, raw), else_=None), Text)
    columns = [c for c in table.c if c.key != "payload"]
    return select(*columns, small.label("payload"), size.label(SIZE))


def read_events(session: Session, *where: Any) -> list[Row]:
    """Events matching `where` through event_select, as plain dicts (payload still raw text)."""
    return fetch_dicts(session, event_select(session).where(*where))


def screen(rows: Iterable[Row]) -> tuple[list[Row], list[Aside]]:
    """Split rows read from the centre into (events fit to store, with parsed payloads; events to put aside)."""
    good: list[Row] = []
    bad: list[Aside] = []
    for row in rows:
        event, reason = _checked(row)
        if event is None:
            bad.append(Aside(row, reason))
        else:
            good.append(event)
    return good, bad


def _checked(row: Row) -> tuple[Row | None, str]:
    payload = row.get("payload")
    size = row.get(SIZE)
    if isinstance(payload, str | bytes) or size is not None:  # raw text from event_select
        if size is not None and size > MAX_PAYLOAD_BYTES:
            return None, f"payload too large: {size} bytes (at most {MAX_PAYLOAD_BYTES})"
        try:
            payload = json.loads(payload) if payload is not None else None
        except ValueError as exc:
            return None, f"payload is not JSON ({exc})"
    if not isinstance(row.get("id"), str) or not row["id"] or not isinstance(row.get("kind"), str):
        return None, "event without an id or a kind"
    found = problems(row["kind"], payload, size=size if size is not None else payload_size(payload))
    if found:
        return None, "; ".join(found)
    event = {key: row.get(key) for key in EVENT_COLUMNS}
    event["payload"] = payload
    return event, ""


def already_aside(session: Session, ids: list[str]) -> set[str]:
    """Which of these events this desk has put aside before (they are not tried again)."""
    found: set[str] = set()
    for start in range(0, len(ids), IN_CHUNK):
        found.update(session.scalars(select(SetAside.event_id).where(
            SetAside.event_id.in_(ids[start:start + IN_CHUNK]))))
    return found


def put_aside(session: Session, items: Iterable[Aside], now: datetime) -> int:
    """Record these events in sync_set_aside (an event already there stays as it was). Returns how many given."""
    rows = [{"event_id": str(a.row.get("id"))[:64], "lead_id": _text(a.row.get("lead_id"), 64),
             "kind": _text(a.row.get("kind"), 64) or "", "reason": a.reason[:REASON_LIMIT],
             "server_seq": a.row.get("server_seq"), "received_at": now, "raw": raw_text(a.row)}
            for a in items]
    unique = list({r["event_id"]: r for r in rows}.values())
    insert_ignore(session, SetAside, unique)
    return len(unique)


def raw_text(row: Row) -> str:
    """The server's row as JSON text, at most RAW_LIMIT characters (a longer one is cut, and says so)."""
    text = json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
    if len(text) <= RAW_LIMIT:
        return text
    mark = f"…[cut: {len(text)} characters]"
    return text[:RAW_LIMIT - len(mark)] + mark


def _text(value: Any, limit: int) -> str | None:
    return None if value is None else str(value)[:limit]


def is_data_error(exc: BaseException) -> bool:
    """True when `exc` comes from what an event holds, not from the desk's database being unwell (locked, full,
    corrupt: those must stop the pull, which is retried later, rather than put good events aside)."""
    if isinstance(exc, VALUE_REFUSED):  # a constraint or the driver refused a value
        return True
    if isinstance(exc, DBAPIError):  # OperationalError (locked, I/O, full) and the like
        return False
    if isinstance(exc, StatementError):  # a bind processor refused a value (e.g. a naive time)
        return isinstance(exc.orig, DATA_ERRORS)
    return isinstance(exc, DATA_ERRORS)


def apply_guarded(session: Session, fresh: list[Row], touched: set[str]) -> tuple[list[Row], list[Aside]]:
    """Insert `fresh` events and re-project the `touched` leads, inside the caller's transaction.

    Returns (events applied, events put aside because applying them raised). Leads are tried together first;
    when that raises, halves are tried (savepoints), down to the one lead, whose new events are then tried one
    at a time in replay order.
    """
    by_lead: dict[str, list[Row]] = defaultdict(list)
    loose: list[Row] = []  # events about no lead: nothing to project
    for row in fresh:
        if row["lead_id"] is None:
            loose.append(row)
        else:
            by_lead[row["lead_id"]].append(row)
    insert_whole(session, Event, loose)
    applied: list[Row] = list(loose)
    failed: list[Aside] = []
    _try(session, sorted(by_lead), by_lead, touched, applied, failed)
    return applied, failed


def _try(session: Session, leads: list[str], by_lead: dict[str, list[Row]], touched: set[str],
         applied: list[Row], failed: list[Aside]) -> None:
    if not leads:
        return
    rows = [r for lead in leads for r in by_lead[lead]]
    try:
        with session.begin_nested():
            insert_whole(session, Event, rows)
            reproject(session, [lead for lead in leads if lead in touched])
    except Exception as exc:
        if not is_data_error(exc):
            raise
        if len(leads) == 1:
            _one_lead(session, leads[0], rows, leads[0] in touched, applied, failed)
            return
        middle = len(leads) // 2
        _try(session, leads[:middle], by_lead, touched, applied, failed)
        _try(session, leads[middle:], by_lead, touched, applied, failed)
        return
    applied.extend(rows)


def _one_lead(session: Session, lead: str, rows: list[Row], project: bool, applied: list[Row],
              failed: list[Aside]) -> None:
    """A lead whose new events together cannot be applied: keep each one that can, put the others aside."""
    if project:
        try:
            with session.begin_nested():
                reproject(session, [lead])
        except Exception as exc:
            if not is_data_error(exc):
                raise
            why = f"lead {lead} cannot be projected even without its new events: {_why(exc)}"
            failed.extend(Aside(r, why) for r in rows)
            return
    order = sorted(rows, key=lambda r: (r["kind"] != EventKind.LEAD_RECEIVED, r["occurred_at"], r["id"]))
    for row in order:
        try:
            with session.begin_nested():
                insert_whole(session, Event, [row])
                if project:
                    reproject(session, [lead])
        except Exception as exc:
            if not is_data_error(exc):
                raise
            failed.append(Aside(row, f"cannot be applied: {_why(exc)}"))
            continue
        applied.append(row)


def _why(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    shown = orig if isinstance(orig, Exception) else exc
    return f"{type(shown).__name__}: {str(shown).splitlines()[0] if str(shown) else ''}"[:REASON_LIMIT]
