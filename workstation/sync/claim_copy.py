"""F5 in centre mode, the desk's half: the claimed lead read in the claim's own server transaction, then copied
into the desk's SQLite together with the officer's audited view of it, in one local transaction.

The general way (pull.apply_remote) serves any page of events: it asks the desk what it already has in several
sessions, inserts, re-projects from the stored events in a savepoint, and the lead is then read and audited in a
transaction of its own. A claimed lead is usually new to this desk, and then far less is needed:
- the server's statements are compiled once (not once per claim) and read the rows straight off psycopg;
- the events are screened exactly as a pull screens them (workstation.sync.set_aside.screen);
- the projection is computed in memory, by the same `project` the re-projection calls, from the same events the
  re-projection would read back: the desk ends with exactly the rows the general way leaves, never with what
  the server's lead row merely asserts about its state (tests/sync/test_claim_copy.py compares the two ways);
- lead, events, calls, notices, the audit entry and the detail read are one SQLite transaction, whose first
  statement takes the write lock, so the reads in it cannot go stale before its writes.
Whenever the short way does not apply — the lead or one of its events is already here or was put aside, an event
fails its checks, the projection cannot be made — nothing is written by it and the general way runs instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from workstation.domain.events import EventFact, EventKind, project
from workstation.domain.types import LeadStatus, WarningLevel
from workstation.services.context import Workstation
from workstation.services.journal import call_row
from workstation.store.models import Call, Event, Lead
from workstation.sync.set_aside import DATA_ERRORS, event_select, is_data_error, screen
from workstation.sync.transfer import fetch_dicts, insert_whole

T = TypeVar("T")
Row = dict[str, Any]
CALL_COLUMNS = [c.key for c in Call.__table__.columns]


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


class _NotHere(Exception):
    """The short way does not apply to this lead (the general way is taken)."""


def copy_claimed(ws: Workstation, claimed: Claimed, view: Callable[[Session], T]) -> tuple[bool, T | None]:
    """Write a claimed lead new to this desk and return (True, view(session)) from the same transaction; or
    (False, None) with nothing written when the short way does not apply."""
    ready = _ready(claimed)
    if ready is None:
        return False, None
    lead, events, calls = ready
    ids = [e["id"] for e in events]
    try:
        with ws.unit_of_work() as s:
            conn = s.connection()
            # The write lock first (a statement that writes nothing): the checks below cannot go stale before
            # the inserts, as they could in a deferred transaction that starts by reading.
            conn.exec_driver_sql("UPDATE sync_state SET key = key WHERE 0")
            marks = ", ".join("?" for _ in ids)
            here = conn.exec_driver_sql(
                f"SELECT EXISTS (SELECT 1 FROM leads WHERE id = ?) OR EXISTS (SELECT 1 FROM events WHERE id IN "
                f"({marks})) OR EXISTS (SELECT 1 FROM sync_set_aside WHERE event_id IN ({marks}))",
                (claimed.lead_id, *ids, *ids)).scalar()
            if here:
                raise _NotHere
            insert_whole(s, Lead, [lead])
            insert_whole(s, Event, events)
            if calls:
                insert_whole(s, Call, calls)
            from workstation.sync.pull import _notices  # a notice for an officer here, as a pull writes it

            _notices(s, events, ws.desk, ws.clock.now())
            return True, view(s)
    except _NotHere:
        return False, None
    except Exception as exc:
        if not is_data_error(exc):
            raise
        return False, None  # a value SQLite refuses: the general way puts what it must aside


def _ready(claimed: Claimed) -> tuple[Row, list[Row], list[Row]] | None:
    """(the lead row, its events, its calls) as the general way would leave them, or None when it must run."""
    if claimed.lead is None:
        return None
    good, aside = screen(claimed.events)
    if aside or not any(e["kind"] == EventKind.LEAD_RECEIVED for e in good):
        return None
    if any(e["lead_id"] != claimed.lead_id for e in good):
        return None
    server = claimed.lead
    try:
        facts = [EventFact(e["id"], e["kind"], e["officer"], e["occurred_at"], e["payload"], e["claim_token"])
                 for e in good]
        state = project(facts, WarningLevel(server["level"]), server["amount_at_risk"])
        calls = [_call(e) for e in good if e["kind"] == EventKind.OUTCOME_RECORDED]
    except DATA_ERRORS:
        return None
    lead = {**server, **{k: (v.value if isinstance(v, LeadStatus) else v) for k, v in asdict(state).items()}}
    return lead, good, calls


def _call(event: Row) -> Row:
    c = call_row(SimpleNamespace(**event))  # type: ignore[arg-type]  (call_row reads these attributes)
    return {key: getattr(c, key) for key in CALL_COLUMNS}
