"""The queue (预警队列): filtered, sorted pages of leads for the list view, fetched by keyset.

The view asks for one page at a time after the last row it has, so no query ever loads the whole
table: a page is an index range scan whatever the table's size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_

from workstation.domain.types import LeadStatus
from workstation.services.context import Workstation
from workstation.services.views import LeadRow, lead_row
from workstation.store.models import Lead

OPEN_STATUSES = (LeadStatus.NEW, LeadStatus.CLAIMED, LeadStatus.CALLBACK, LeadStatus.STOP_PAYMENT)


class SortKey(StrEnum):
    URGENCY = "urgency"  # most urgent first
    TRIGGERED = "triggered"  # newest warning first
    AMOUNT = "amount"  # largest amount at risk first
    DISTRICT = "district"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the list shows. `statuses=None` means the open leads; an empty tuple means all."""

    statuses: tuple[str, ...] | None = None
    scam_type: str | None = None
    district: str | None = None
    search: str = ""  # phone digits, a name, or a lead reference
    owner: str | None = None

    def clauses(self, dialect: str = "sqlite") -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        statuses = tuple(s.value for s in OPEN_STATUSES) if self.statuses is None else self.statuses
        if statuses:
            out.append(Lead.status.in_(statuses))
        if self.scam_type:
            out.append(Lead.scam_type == self.scam_type)
        if self.district:
            out.append(Lead.district == self.district)
        if self.owner:
            out.append(Lead.owner == self.owner)
        term = self.search.strip()
        if term:
            # Officers type a whole number, its first digits or its last digits; a name from its start;
            # or a reference. Each is a prefix, so each is an index range scan, never a table scan.
            digits = term.replace("-", "").replace(" ", "")
            if digits.isdigit():
                out.append(or_(_prefix(Lead.phone, term.replace(" ", ""), dialect),
                               _prefix(Lead.phone_rev, digits[::-1], dialect)))
            else:
                out.append(or_(_prefix(Lead.person_name, term, dialect), _prefix(Lead.ref, term.upper(), dialect)))
        return out


def _prefix(column: Any, text: str, dialect: str) -> ColumnElement[bool]:
    """`column` starts with `text`. On SQLite a range (LIKE would not use the index); elsewhere LIKE."""
    if dialect == "sqlite":
        return and_(column >= text, column < text + "\U0010ffff")
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"{escaped}%", escape="\\")


# column, descending? — every order ends with the id so the keyset is total.
_ORDER: dict[SortKey, tuple[Any, bool]] = {
    SortKey.URGENCY: (Lead.rank_at, False),
    SortKey.TRIGGERED: (Lead.triggered_at, True),
    SortKey.AMOUNT: (Lead.amount_at_risk, True),
    SortKey.DISTRICT: (Lead.district, False),
}


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the sort value and id of the last row shown."""

    value: Any
    id: str


def cursor_of(row: LeadRow, sort: SortKey) -> Cursor:
    value = {SortKey.URGENCY: row.rank_at, SortKey.TRIGGERED: row.triggered_at,
             SortKey.AMOUNT: row.amount_at_risk, SortKey.DISTRICT: row.district}[sort]
    return Cursor(value, row.id)


def _select(flt: QueueFilter, sort: SortKey, after: Cursor | None, dialect: str) -> Select[tuple[Lead]]:
    column, desc = _ORDER[sort]
    stmt = select(Lead).where(*flt.clauses(dialect))
    if after is not None:
        key = tuple_(column, Lead.id)
        stmt = stmt.where(key < tuple_(after.value, after.id) if desc else key > tuple_(after.value, after.id))
    order = (column.desc(), Lead.id.desc()) if desc else (column.asc(), Lead.id.asc())
    return stmt.order_by(*order)


def page(ws: Workstation, flt: QueueFilter, sort: SortKey = SortKey.URGENCY, after: Cursor | None = None,
         limit: int = 200, reveal: bool = False) -> list[LeadRow]:
    with ws.sessions() as session:
        return [lead_row(lead, reveal) for lead in session.scalars(_select(flt, sort, after, ws.dialect).limit(limit))]


def count(ws: Workstation, flt: QueueFilter) -> int:
    with ws.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Lead).where(*flt.clauses(ws.dialect))) or 0)


def iterate(ws: Workstation, flt: QueueFilter, sort: SortKey = SortKey.URGENCY, reveal: bool = False,
            batch: int = 2000) -> Iterator[LeadRow]:
    """Every matching lead, in pages (for the CLI and exports: no silent limit)."""
    after: Cursor | None = None
    while True:
        rows = page(ws, flt, sort, after, batch, reveal)
        yield from rows
        if len(rows) < batch:
            return
        after = cursor_of(rows[-1], sort)


def revealed(ws: Workstation, officer: str, flt: QueueFilter, sort: SortKey = SortKey.URGENCY, *,
             export: bool = False, via: str = "") -> list[LeadRow]:
    """Every matching lead unmasked: a list of personal data, for team leads and admins only, audited
    (as an export when `export`: the rows leave the desk as a document)."""
    from workstation.security import audit
    from workstation.security.roles import Permission, authorize

    authorize(ws, officer, Permission.EXPORT_PERSONAL_DATA)
    rows = list(iterate(ws, flt, sort, reveal=True))
    action = audit.AuditAction.EXPORTED if export else audit.AuditAction.PERSONAL_DATA_LISTED
    audit.record(ws, officer, action, "leads", {"count": len(rows), "via": via, "filter": {
        "statuses": list(flt.statuses) if flt.statuses is not None else None, "scam_type": flt.scam_type,
        "district": flt.district, "search": flt.search, "owner": flt.owner}})
    return rows


def districts(ws: Workstation) -> list[str]:
    with ws.sessions() as session:
        return list(session.scalars(select(Lead.district).distinct().order_by(Lead.district)))


def overdue_count(ws: Workstation, now: datetime) -> int:
    """Open leads past their due time (the status bar's red number)."""
    due = func.coalesce(Lead.next_due_at, Lead.deadline_at)
    with ws.sessions() as session:
        stmt = select(func.count()).select_from(Lead).where(
            Lead.status.in_([s.value for s in OPEN_STATUSES]), due < now)
        return int(session.scalar(stmt) or 0)
