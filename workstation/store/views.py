"""Plain frozen values that services hand to the GUI and the CLI (never live ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import literal_column, type_coerce
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import NullType

from workstation.domain.masking import mask_id_number, mask_name, mask_phone
from workstation.messages import Msg
from workstation.store.models import MASKED_FACTS, Call, Event, Lead


class LeadRow(NamedTuple):
    """One line of the queue. Personal data is masked unless the caller asked to reveal it.

    A named tuple, not a frozen dataclass like the other views: a page builds hundreds, and a frozen dataclass
    sets each of its 19 fields through object.__setattr__ (about 4 µs a row, more than the row's SQL)."""

    id: str
    ref: str
    person_name: str
    phone: str
    district: str
    scam_type: str
    level: str
    status: str
    owner: str | None
    triggered_at: datetime
    deadline_at: datetime
    next_due_at: datetime | None
    rank_at: datetime
    amount_at_risk: Decimal
    attempts: int
    last_outcome: str | None
    id_number: str | None = None
    reserved_for: str | None = None  # a callback kept for this officer …
    reserved_until: datetime | None = None  # … until then (its time plus the grace)

    @property
    def due_at(self) -> datetime:
        """When this lead must be called: the callback time if one is set, else the deadline."""
        return self.next_due_at or self.deadline_at

    def kept_for(self, officer: str, now: datetime) -> str | None:
        """The officer whose callback keeps this lead from `officer` at `now`, or None."""
        from workstation.domain.events import is_reserved_against

        if self.owner is None and is_reserved_against(self.reserved_for, self.reserved_until, officer, now):
            return self.reserved_for
        return None

    def to_json(self) -> dict[str, Any]:
        return jsonable_fields(self._asdict())


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    kind: str
    officer: str | None
    desk: str
    occurred_at: datetime
    payload: dict[str, Any]
    amends: str | None


@dataclass(frozen=True, slots=True)
class CallView:
    event_id: str
    officer: str
    started_at: datetime
    ended_at: datetime
    outcome: str
    contacted_party: str
    relation: str
    amount_protected: Decimal
    amount_lost: Decimal
    script_id: str | None
    script_version: int | None
    checkpoints: tuple[str, ...]
    notes: str


@dataclass(frozen=True, slots=True)
class LeadDetail:
    """A lead with everything the lead view shows: facts, state, trigger, history, calls."""

    row: LeadRow
    city: str
    trigger_kind: str
    trigger_detail: str
    source: str
    external_id: str | None
    received_at: datetime
    claim_token: str | None
    claimed_at: datetime | None
    amount_protected: Decimal
    amount_lost: Decimal
    events: tuple[EventView, ...]
    calls: tuple[CallView, ...]
    triggers: tuple[dict[str, Any], ...]

    @property
    def id(self) -> str:
        return self.row.id

    def to_json(self) -> dict[str, Any]:
        return jsonable_fields(asdict(self))


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A claimed lead, or None with the reason there was nothing to take."""

    lead: LeadDetail | None
    message: Msg | str


# What a LeadRow is made of: the queue selects these columns, not whole Lead entities (a page of rows is then
# no more than the SQL's own result; building 200 entities cost ~5x the statement).
LEAD_ROW_COLUMNS = (
    Lead.id, Lead.ref, Lead.person_name, Lead.phone, Lead.id_number, Lead.district, Lead.scam_type, Lead.level,
    Lead.status, Lead.owner, Lead.triggered_at, Lead.deadline_at, Lead.next_due_at, Lead.rank_at,
    Lead.amount_at_risk, Lead.attempts, Lead.last_outcome, Lead.reserved_for, Lead.reserved_until,
)
# The same columns as SQLite keeps them (times as text, the amount as a number), for lead_rows(stored=True) to
# decode in its one pass: SQLAlchemy's processors, one Python call for each time and amount, cost two thirds of
# an index-walk page's own statement. Masked, the name, phone and ID number are the masked forms SQLite keeps
# beside them (migration 0020): masking a page in Python cost a third of its statement again.
LEAD_ROW_STORED = tuple(type_coerce(column, NullType()).label(column.key) for column in LEAD_ROW_COLUMNS)
LEAD_ROW_STORED_MASKED = tuple(
    literal_column(f"leads.{MASKED_FACTS[column.key]}").label(column.key) if column.key in MASKED_FACTS else column
    for column in LEAD_ROW_STORED)
_ONE = Decimal("1.00")  # an integer amount times this: the amount with two places, as Numeric(14, 2) reads it


@lru_cache(maxsize=1)
def _stored_processors() -> tuple[Any, ...]:
    """SQLAlchemy's own processors for each column on SQLite: the way a stored row is read when its values are
    not in the forms the fast decoding expects."""
    dialect = sqlite.dialect()  # each type as SQLite has it (a bare UtcDateTime's impl has no text parser)
    return tuple(column.type.dialect_impl(dialect).result_processor(dialect, None) for column in LEAD_ROW_COLUMNS)


def _typed(row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value if process is None or value is None else process(value)
                 for process, value in zip(_stored_processors(), row, strict=True))


def lead_rows(rows: Iterable[Sequence[Any]], reveal: bool = False, stored: bool = False) -> list[LeadRow]:
    """Queue lines from rows of LEAD_ROW_COLUMNS, unpacked by position (a Row's attribute lookup cost more than
    the rest of the line); with `stored`, rows read from SQLite, decoded here: of LEAD_ROW_STORED when `reveal`,
    else of LEAD_ROW_STORED_MASKED (already masked).

    A stored time is the text UtcDateTime writes ('YYYY-MM-DD HH:MM:SS.ffffff', UTC): one C parse with the offset
    appended. A time in any other form that this does not read as aware, and any value it cannot read, send the
    row through SQLAlchemy's own processors instead (_typed). An amount is read as Numeric(14, 2) reads it: two
    decimal places, from an integer exactly."""
    mask = not reveal and not stored
    new = tuple.__new__  # LeadRow's own __new__ takes its fields as arguments: a third slower
    at = datetime.fromisoformat
    out = []
    for row in rows:
        (id_, ref, name, phone, id_number, district, scam_type, level, status, owner, triggered_at, deadline_at,
         next_due_at, rank_at, amount_at_risk, attempts, last_outcome, reserved_for, reserved_until) = row
        if stored:
            try:
                triggered_at = at(triggered_at + "+00:00")
                deadline_at = at(deadline_at + "+00:00")
                rank_at = at(rank_at + "+00:00")
                if next_due_at is not None:
                    next_due_at = at(next_due_at + "+00:00")
                if reserved_until is not None:
                    reserved_until = at(reserved_until + "+00:00")
                amount_at_risk = (_ONE * amount_at_risk if type(amount_at_risk) is int  # exact, two places
                                  else Decimal(f"{amount_at_risk:.2f}"))
                if (triggered_at.tzinfo is None or deadline_at.tzinfo is None or rank_at.tzinfo is None
                        or (next_due_at is not None and next_due_at.tzinfo is None)
                        or (reserved_until is not None and reserved_until.tzinfo is None)):
                    raise ValueError("a time without its hour")  # a date alone: read as SQLAlchemy reads it
            except (ValueError, TypeError):
                typed = _typed(row)  # the times and the amount are columns 10-14 and 18
                triggered_at, deadline_at, next_due_at, rank_at, amount_at_risk = typed[10:15]
                reserved_until = typed[18]
        if mask:
            name, phone, id_number = mask_name(name), mask_phone(phone), mask_id_number(id_number)
        out.append(new(LeadRow, (
            id_, ref, name, phone, district, scam_type, level, status, owner, triggered_at, deadline_at, next_due_at,
            rank_at, amount_at_risk, attempts, last_outcome, id_number, reserved_for, reserved_until)))
    return out


def lead_row(lead: Lead, reveal: bool = False) -> LeadRow:
    """A queue line from a Lead entity (the same masking as a page's rows: lead_rows)."""
    return lead_rows([tuple(getattr(lead, column.key) for column in LEAD_ROW_COLUMNS)], reveal)[0]


def event_view(e: Event) -> EventView:
    return EventView(e.id, e.kind, e.officer, e.desk, e.occurred_at, e.payload, e.amends)


def call_view(c: Call) -> CallView:
    return CallView(c.event_id, c.officer, c.started_at, c.ended_at, c.outcome, c.contacted_party, c.relation,
                    c.amount_protected, c.amount_lost, c.script_id, c.script_version, tuple(c.checkpoints), c.notes)


def jsonable(value: Any) -> Any:
    """Dates as ISO 8601, amounts as strings (exact), tuples as lists."""
    if isinstance(value, dict):
        return jsonable_fields(value)
    if isinstance(value, LeadRow):  # a named tuple: an object, not a list
        return jsonable_fields(value._asdict())
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def jsonable_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A record's fields (a dict, a named tuple's _asdict()) with each value made jsonable."""
    return {k: jsonable(v) for k, v in fields.items()}
