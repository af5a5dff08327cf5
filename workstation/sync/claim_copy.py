"""F5 in centre mode, the desk's half: the claimed lead read in the claim's own server transaction, then copied
into the desk's SQLite together with the officer's audited view of it, in one local transaction.

The general way (pull.apply_remote, then leads.detail) serves any page of events: it asks the desk what it has in
sessions of their own, inserts, re-projects from the stored events in a savepoint, and the lead is read and
audited in a transaction after that. For the one lead a claim brings, this does the same in less:
- the server's two reads are compiled once (not on every claim) and come straight off psycopg;
- what the desk already has or has put aside is one query, and what is new is screened as a pull screens it;
- the projection comes from the same `projection.projected` the re-projection uses, over the same events it
  would read back (for a lead new here, the events sent: the lead's whole history), so the desk ends with
  exactly the rows the general way leaves (tests/sync/test_claim_copy.py compares them), and never with what the
  server's lead row merely asserts about its state;
- lead, events, calls, notices, the audit entry and the detail read are one SQLite transaction, whose first
  statement takes the write lock, so what it reads cannot go stale before it writes.
Whenever this does not apply — an event must be put aside, the lead's receipt is missing, a value is refused —
it writes nothing and the general way runs instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.store.models import Call, Event, Lead
from workstation.sync.projection import projected
from workstation.sync.set_aside import event_select, is_data_error, screen
from workstation.sync.transfer import fetch_dicts, insert_whole

T = TypeVar("T")
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Claimed:
    """A lead as the centre holds it right after this desk's claim: its row and every event (raw payloads)."""

    lead_id: str
    lead: Row | None
    events: list[Row]


Compiled = tuple[str, dict[str, Any]]
_SERVER_SQL: list[tuple[Compiled, Compiled]] = []


def _server_sql(s: Session) -> tuple[Compiled, Compiled]:
    """(events of one lead, the lead's row) as psycopg's SQL and parameters, with a `lead` parameter to fill in;
    compiled on the first claim, not on every one."""
    if not _SERVER_SQL:
        dialect = s.get_bind().dialect
        table = Event.__table__
        events = event_select(s).where(table.c.lead_id == bindparam("lead")).compile(dialect=dialect)
        lead = select(Lead.__table__).where(Lead.__table__.c.id == bindparam("lead")).compile(dialect=dialect)
        _SERVER_SQL.append(((events.string, dict(events.params)), (lead.string, dict(lead.params))))
    return _SERVER_SQL[0]


def read_claimed(s: Session, lead_id: str) -> Claimed:
    """The lead and all its events, read inside the claim's server transaction (the claim holds the lead's row,
    and every write of one of its events takes that row too, so both reads see the same history)."""
    if s.get_bind().dialect.name != "postgresql":  # not a centre we know: the general reads
        from workstation.sync.pull import whole_lead

        events, lead_rows = whole_lead(s, lead_id)
        return Claimed(lead_id, lead_rows[0] if lead_rows else None, events)
    (events_sql, events_params), (lead_sql, lead_params) = _server_sql(s)
    events = fetch_dicts(s, events_sql, {**events_params, "lead": lead_id})
    lead = fetch_dicts(s, lead_sql, {**lead_params, "lead": lead_id})
    return Claimed(lead_id, lead[0] if lead else None, events)


class _General(Exception):
    """The short way does not apply to this lead (the general way is taken)."""


def copy_claimed(ws: Workstation, claimed: Claimed, view: Callable[[Session], T]) -> tuple[bool, T | None]:
    """Write a claimed lead into the desk's SQLite as pull.apply_remote would, and return (True, view(session))
    from the same transaction; or (False, None), with nothing written, when the general way must run."""
    if claimed.lead is None or any(e.get("lead_id") != claimed.lead_id for e in claimed.events):
        return False, None
    try:
        with ws.unit_of_work() as s:
            conn = s.connection()
            # The write lock first (a statement that writes nothing): what is read below cannot go stale before
            # the writes, as it could in a deferred transaction that starts by reading.
            conn.exec_driver_sql("UPDATE sync_state SET key = key WHERE 0")
            fresh = _fresh(s, claimed)
            _copy(s, claimed, fresh)
            from workstation.sync.pull import _notices  # what an officer here must be told, as a pull says it

            _notices(s, fresh, ws.desk, ws.clock.now())
            return True, view(s)
    except _General:
        return False, None
    except Exception as exc:
        if not is_data_error(exc):
            raise
        return False, None  # a value the projection or SQLite refuses: the general way puts its event aside


def _fresh(s: Session, claimed: Claimed) -> list[Row]:
    """The claimed lead's events new to this desk, screened; _General if one of them must be put aside."""
    ids = [e["id"] for e in claimed.events]
    known: set[str] = set()
    if ids:
        marks = ", ".join("?" for _ in ids)
        known = {r[0] for r in s.connection().exec_driver_sql(
            f"SELECT id FROM events WHERE id IN ({marks}) UNION SELECT event_id FROM sync_set_aside "
            f"WHERE event_id IN ({marks})", (*ids, *ids))}
    fresh, aside = screen(e for e in claimed.events if e["id"] not in known)
    if aside:
        raise _General
    return fresh


def _copy(s: Session, claimed: Claimed, fresh: list[Row]) -> None:
    """The lead row, its new events and its projection (lead columns, calls), as apply_remote leaves them."""
    assert claimed.lead is not None
    here = s.execute(select(Lead.level, Lead.amount_at_risk).where(Lead.id == claimed.lead_id)).first()
    if here is None:
        if len(fresh) != len(claimed.events):
            raise _General  # some of its events are here but not the lead: not a case for the short way
        done = projected(claimed.lead_id, claimed.lead["level"], claimed.lead["amount_at_risk"], fresh)
        if done is None:
            raise _General  # no receipt: the general way keeps the server's row as received
        row, calls = done
        insert_whole(s, Lead, [{**claimed.lead, **row}])
        insert_whole(s, Event, fresh)
    else:
        if not fresh:
            return  # nothing new here (a pull brought it first): the row stays as it is
        insert_whole(s, Event, fresh)
        local = [r._mapping for r in s.execute(
            select(Event.id, Event.lead_id, Event.kind, Event.officer, Event.occurred_at, Event.payload,
                   Event.claim_token).where(Event.lead_id == claimed.lead_id))]
        done = projected(claimed.lead_id, here.level, here.amount_at_risk, local)
        if done is None:
            return
        row, calls = done
        s.execute(update(Lead), [row])
    s.execute(delete(Call).where(Call.lead_id == claimed.lead_id))
    if calls:
        s.execute(insert(Call), calls)
