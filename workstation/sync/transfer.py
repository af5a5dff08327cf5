"""Copying rows between the desk's SQLite and the centre's PostgreSQL: insert-or-ignore, never update."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from workstation.store.models import Base, Event, Lead, Officer

EVENT_COLUMNS = [c.key for c in Event.__table__.columns]
LEAD_COLUMNS = [c.key for c in Lead.__table__.columns]
OFFICER_COLUMNS = [c.key for c in Officer.__table__.columns]
IN_CHUNK = 1000


def insert_ignore(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING for many rows (a set union: sending twice is harmless)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    maker = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(maker(model).on_conflict_do_nothing(), list(rows))


def event_rows(session: Session, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Events by id, as plain dicts (every column)."""
    out: list[dict[str, Any]] = []
    table = Event.__table__
    for start in range(0, len(ids), IN_CHUNK):
        stmt = select(table).where(table.c.id.in_(ids[start:start + IN_CHUNK]))
        out.extend(dict(r._mapping) for r in session.execute(stmt))
    return out


def lead_rows(session: Session, ids: Iterable[str]) -> list[dict[str, Any]]:
    """Lead rows by id, every column; the projection is recomputed where they land."""
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    table = Lead.__table__
    for start in range(0, len(wanted), IN_CHUNK):
        stmt = select(table).where(table.c.id.in_(wanted[start:start + IN_CHUNK]))
        out.extend(dict(r._mapping) for r in session.execute(stmt))
    return out


def existing_leads(session: Session, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        found.update(session.scalars(select(Lead.id).where(Lead.id.in_(wanted[start:start + IN_CHUNK]))))
    return found


def officer_rows(session: Session) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(Officer.__table__))]


def copy_officers(src: Session, dst: Session) -> int:
    """Officers known to `src` and not to `dst` (leads.owner refers to them). Returns how many were new."""
    known = set(dst.scalars(select(Officer.username)))
    new = [row for row in officer_rows(src) if row["username"] not in known]
    insert_ignore(dst, Officer, new)
    return len(new)
