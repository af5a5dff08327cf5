"""The queue (预警队列): filtered, sorted pages of leads for the list view, fetched by keyset.

The view asks for one page at a time after the last row it has, so no query ever loads the whole
table: a page is an index range scan whatever the table's size.

In the urgency order (the queue's own) and for a viewer (the officer at the desk) the list comes in three groups,
each most urgent first: what is theirs (held, or a callback kept for them), then what they may claim, then what
others hold or keep — so leads other officers hold never fill the top rows. Each group is its own keyset walk;
the cursor says which group it is in. A column the officer sorts by (amount, district, time) is that order alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.sql.elements import SQLCoreOperations

from workstation.desk import Workstation
from workstation.domain.types import LeadStatus
from workstation.services.leads import CLAIMABLE, CLAIMABLE_LITERALS, waiting_clause
from workstation.store.models import OPEN_SQL, Lead, due_at
from workstation.store.views import (
    LEAD_ROW_COLUMNS,
    LEAD_ROW_STORED,
    LEAD_ROW_STORED_MASKED,
    LeadRow,
    lead_rows,
)

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

    def clauses(self, dialect: str = "sqlite", own_indexes: bool = False) -> list[ColumnExpressionArgument[bool]]:
        """The WHERE clauses. The open list says its statuses as ix_leads_open_*'s WHERE says them, so those
        indexes serve it (they hold the open leads alone: migration 0021), a scam type or a district chosen too
        (a district's page past its closed leads took 20-65 ms, a type's up to 56 ms). A search or "my leads"
        binds them instead, which no partial index serves: those have sharper indexes of their own, and offered
        the open leads' rank index SQLite walked all of them (a phone search 0.2 -> 36 ms with 20,000 open).
        With `own_indexes`, for rows that indexes of their own find (the viewer's group: their held leads and
        kept callbacks, a few dozen), the type and district are also expressions no index serves: offered a
        district's index, SQLite walked the whole district for the officer's few leads (30 ms at 200,000)."""
        out: list[ColumnExpressionArgument[bool]] = []  # OPEN_SQL is text, as the partial indexes have it
        statuses = tuple(s.value for s in OPEN_STATUSES) if self.statuses is None else self.statuses
        if self.statuses is None and not own_indexes and not self.owner and not self.search.strip():
            out.append(OPEN_SQL)
        elif statuses:  # one bind parameter each: an "expanding" IN is re-rendered at every execution
            out.append(Lead.status.in_([bindparam(f"status_{i}", s, type_=Lead.status.type, unique=True)
                                        for i, s in enumerate(statuses)]))
        scam_type, district = (Lead.scam_type, Lead.district) if not own_indexes else (
            Lead.scam_type.concat(""), Lead.district.concat(""))
        if self.scam_type:
            out.append(scam_type == self.scam_type)
        if self.district:
            out.append(district == self.district)
        if self.owner:  # "my leads": held, or a callback kept for them
            out.append(or_(Lead.owner == self.owner, and_(Lead.owner.is_(None), Lead.reserved_for == self.owner)))
        term = self.search.strip()
        if term:
            out.append(search_clause(term, dialect))
        return out


# A reference as people read it out, with or without its "YJ" and its date: YJ261125-7K3QF9ZD, 261125-7K3Q, 7K3QF9ZD.
_REF_DATED = re.compile(r"^(YJ)?([0-9]{6})(-[0-9A-Z]{0,8})?$")
_REF_CODE = re.compile(r"^[0-9A-Z]{4,8}$")
_CROCKFORD_READ = str.maketrans({"O": "0", "I": "1", "L": "1"})  # letters a reference never has, as misread


def search_clause(term: str, dialect: str = "sqlite") -> ColumnElement[bool]:
    """What the search box finds. Officers type a whole phone number, its first or last digits, or the number
    as a list shows it masked (183****0133: its first and last digits); a name from its start; or a reference,
    whole or without its "YJ" or its date. Each is a prefix of an indexed column (an index range scan), except a
    reference's code alone (7K3QF9ZD), which is looked for inside the references."""
    compact = term.replace(" ", "")
    if "*" in compact:  # a masked phone: the digits before the stars start it, those after end it
        head, _, tail = compact.partition("*")
        tail = tail.strip("*")
        parts = []
        if head:
            parts.append(_prefix(Lead.phone, head, dialect))
        tail_digits = "".join(ch for ch in tail if ch.isdigit())
        if tail_digits:
            parts.append(_prefix(Lead.phone_rev, tail_digits[::-1], dialect))
        return and_(*parts) if parts else Lead.id.is_not(None)
    digits = compact.replace("-", "")
    if digits.isdigit():
        found = [_prefix(Lead.phone, compact, dialect), _prefix(Lead.phone_rev, digits[::-1], dialect)]
        if len(digits) <= 6:  # the date part of a reference
            found.append(_prefix(Lead.ref, "YJ" + digits, dialect))
        return or_(*found)
    upper = compact.upper()
    found = [_prefix(Lead.person_name, term.strip(), dialect), _prefix(Lead.ref, upper, dialect)]
    read = upper.translate(_CROCKFORD_READ)
    dated = _REF_DATED.match(read)
    if dated:
        found.append(_prefix(Lead.ref, "YJ" + dated.group(2) + (dated.group(3) or ""), dialect))
    elif _REF_CODE.match(read) and (len(read) == 8 or any(ch.isdigit() for ch in read)):
        found.append(Lead.ref.like(f"%-{read}%"))  # letters and digits only: nothing to escape
    return or_(*found)


def _prefix(column: SQLCoreOperations[str], text: str, dialect: str) -> ColumnElement[bool]:
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
    """Where the next page starts: the sort value and id of the last row shown, and its group (for a viewer)."""

    value: Any
    id: str
    group: int = 0


class Group:
    """The viewer's groups, in the order the list shows them."""

    MINE = 0  # held by the viewer, or a callback kept for them
    CLAIMABLE = 1  # nobody holds it, it waits, and no callback keeps it for someone else
    OTHERS = 2  # held or kept by another officer, or finished


def group_clauses(viewer: Any, now: Any) -> list[ColumnElement[bool]]:
    """The three groups as WHERE clauses; every lead is in exactly one (group_of says which, in Python).
    `viewer` and `now` are values, or bind parameters (a page's cached statement)."""
    free = Lead.owner.is_(None)
    waiting = waiting_clause()
    mine = or_(Lead.owner == viewer, and_(free, Lead.reserved_for == viewer))
    claimable = and_(free, waiting, or_(Lead.reserved_for.is_(None),
                                        and_(Lead.reserved_for != viewer, Lead.reserved_until <= now)))
    others = or_(
        and_(Lead.owner.is_not(None), Lead.owner != viewer),
        and_(free, Lead.status.not_in(CLAIMABLE_LITERALS), or_(Lead.reserved_for.is_(None), Lead.reserved_for != viewer)),
        and_(free, waiting, Lead.reserved_for != viewer,
             or_(Lead.reserved_until.is_(None), Lead.reserved_until > now)),
    )
    return [mine, claimable, others]


def group_of(row: LeadRow, viewer: str, now: datetime) -> int:
    if row.owner == viewer or (row.owner is None and row.reserved_for == viewer):
        return Group.MINE
    if row.owner is None and row.status in CLAIMABLE and row.kept_for(viewer, now) is None:
        return Group.CLAIMABLE
    return Group.OTHERS


def cursor_of(row: LeadRow, sort: SortKey, viewer: str | None = None, now: datetime | None = None) -> Cursor:
    value = {SortKey.URGENCY: row.rank_at, SortKey.TRIGGERED: row.triggered_at,
             SortKey.AMOUNT: row.amount_at_risk, SortKey.DISTRICT: row.district}[sort]
    group = group_of(row, viewer, now) if viewer is not None and now is not None and sort is SortKey.URGENCY else 0
    return Cursor(value, row.id, group)


@lru_cache(maxsize=64)
def _statement(flt: QueueFilter, sort: SortKey, group: int | None, keyed: bool, dialect: str,
               reveal: bool) -> Select[Any]:
    """A page's statement, built once for each filter, order, group, dialect and reveal (building one cost about
    as much as running it): the viewer, the time, the cursor and the limit are bind parameters. On SQLite it
    reads the columns as stored, masked ones included (lead_rows decodes them)."""
    column, desc = _ORDER[sort]
    columns = LEAD_ROW_COLUMNS if dialect != "sqlite" else LEAD_ROW_STORED if reveal else LEAD_ROW_STORED_MASKED
    # The viewer's own leads are few, and ix_leads_mine and ix_leads_reserved find them: offered the open leads'
    # rank index or a district's, SQLite walked it past every lead another officer holds or may claim.
    stmt = select(*columns).where(*flt.clauses(dialect, own_indexes=group == Group.MINE))
    if group is not None:
        stmt = stmt.where(group_clauses(bindparam("viewer", type_=Lead.owner.type),
                                        bindparam("now", type_=Lead.reserved_until.type))[group])
    if keyed:
        key = tuple_(column, Lead.id)
        after = tuple_(bindparam("after_value", type_=column.type), bindparam("after_id", type_=Lead.id.type))
        stmt = stmt.where(key < after if desc else key > after)
    order = (column.desc(), Lead.id.desc()) if desc else (column.asc(), Lead.id.asc())
    return stmt.order_by(*order).limit(bindparam("limit", type_=Integer))


def _rows(conn: Connection, stmt: Select[Any], after: Cursor | None, limit: int, reveal: bool,
          **values: Any) -> list[LeadRow]:
    if after is not None:
        values.update(after_value=after.value, after_id=after.id)
    return lead_rows(conn.execute(stmt, {"limit": limit, **values}).all(), reveal, conn.dialect.name == "sqlite")


def page(ws: Workstation, flt: QueueFilter, sort: SortKey = SortKey.URGENCY, after: Cursor | None = None,
         limit: int = 200, reveal: bool = False, viewer: str | None = None,
         now: datetime | None = None) -> list[LeadRow]:
    """One page after `after`. In urgency order with a `viewer`: their own leads first, then what they may claim,
    then the rest (see Group); take the next cursor with cursor_of(last row, sort, viewer, now)."""
    with ws.engine.connect() as conn:  # Core rows: a Session around them cost a sixth of the page
        if viewer is None or sort is not SortKey.URGENCY:
            return _rows(conn, _statement(flt, sort, None, after is not None, ws.dialect, reveal), after, limit,
                         reveal)
        now = now or ws.clock.now()
        rows: list[LeadRow] = []
        for group in range(after.group if after is not None else 0, 3):
            within = after if after is not None and after.group == group else None
            stmt = _statement(flt, sort, group, within is not None, ws.dialect, reveal)
            rows.extend(_rows(conn, stmt, within, limit - len(rows), reveal, viewer=viewer, now=now))
            if len(rows) >= limit:
                break
        return rows


def count(ws: Workstation, flt: QueueFilter) -> int:
    with ws.engine.connect() as conn:  # no Session: its set-up cost more than a count on a small desk
        return int(conn.scalar(select(func.count()).select_from(Lead).where(*flt.clauses(ws.dialect))) or 0)


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
    from workstation.security.roles import Permission
    from workstation.services.auth import authorize

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


def overdue_count(ws: Workstation, now: datetime, flt: QueueFilter | None = None) -> int:
    """Open leads past their due time, among those `flt` shows (all open leads without one)."""
    where = flt.clauses(ws.dialect) if flt is not None else []
    stmt = select(func.count()).select_from(Lead).where(*where, OPEN_SQL, due_at() < now)
    with ws.engine.connect() as conn:
        return int(conn.scalar(stmt) or 0)
