"""The live board (值班看板): the open queue against the clock, who holds what and for how long, and the
leads nobody could reach, which go to the local station after the last attempt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Executable, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from workstation.domain.outcome import RETRY_OUTCOMES
from workstation.domain.types import LeadStatus
from workstation.store.models import Lead, Officer, due_at

OPEN = (LeadStatus.NEW.value, LeadStatus.CLAIMED.value, LeadStatus.CALLBACK.value, LeadStatus.STOP_PAYMENT.value)
UNREACHED = tuple(sorted(code.value for code in RETRY_OUTCOMES))


@dataclass(frozen=True, slots=True)
class BoardLead:
    """One lead on the board: no personal data, only what the team lead steers by."""

    id: str
    ref: str
    scam_type: str
    district: str
    level: str
    status: str
    owner: str | None
    due_at: datetime
    claimed_at: datetime | None
    attempts: int
    last_outcome: str | None
    amount_at_risk: Decimal

    def minutes_left(self, now: datetime) -> float:
        """Minutes until due; negative when overdue."""
        return (self.due_at - now).total_seconds() / 60

    def held_minutes(self, now: datetime) -> float | None:
        return None if self.claimed_at is None else (now - self.claimed_at).total_seconds() / 60


@dataclass(frozen=True, slots=True)
class BoardCounts:
    open: int
    overdue: int
    due_soon: int
    held: int
    unreachable: int


@dataclass(frozen=True, slots=True)
class Board:
    """A snapshot of the board at `now`."""

    now: datetime
    due_soon_minutes: int
    max_attempts: int
    counts: BoardCounts
    urgent: tuple[BoardLead, ...]  # open leads, most overdue first
    held: tuple[BoardLead, ...]  # leads an officer holds, longest held first
    unreachable: tuple[BoardLead, ...]  # failed attempts, most attempts first
    names: Mapping[str, str] = field(default_factory=dict)  # user name → display name, for every officer

    def officer_name(self, username: str | None) -> str:
        """The display name of a lead's owner ("" for none; the user name where the officer is unknown)."""
        return "" if not username else self.names.get(username, username)


def _columns() -> tuple[SQLCoreOperations[Any], ...]:
    return (Lead.id, Lead.ref, Lead.scam_type, Lead.district, Lead.level, Lead.status, Lead.owner,
            due_at().label("due_at"), Lead.claimed_at, Lead.attempts, Lead.last_outcome, Lead.amount_at_risk)


def _rows(session: Session, stmt: Executable) -> tuple[BoardLead, ...]:
    # coalesce() takes its type from its first argument, so due_at comes back as an aware UTC datetime.
    return tuple(BoardLead(r.id, r.ref, r.scam_type, r.district, r.level, r.status, r.owner, r.due_at,
                           r.claimed_at, r.attempts, r.last_outcome, r.amount_at_risk)
                 for r in session.execute(stmt))


def unreachable_clause() -> ColumnElement[bool]:
    return (Lead.status == LeadStatus.CALLBACK.value) & Lead.last_outcome.in_(UNREACHED)


def board(session: Session, now: datetime, due_soon_minutes: int = 10, max_attempts: int = 3,
          limit: int = 200) -> Board:
    """The board's four queries: counts, the urgent list, the held leads, the unreachable leads."""
    due = due_at()
    soon = now + timedelta(minutes=due_soon_minutes)
    counts_row = session.execute(
        select(func.count(),
               func.sum(case((due < now, 1), else_=0)),
               func.sum(case(((due >= now) & (due < soon), 1), else_=0)),
               func.sum(case((Lead.owner.is_not(None), 1), else_=0)),
               func.sum(case((unreachable_clause(), 1), else_=0)))
        .where(Lead.status.in_(OPEN))
    ).one()
    counts = BoardCounts(*(int(v or 0) for v in counts_row))
    urgent = _rows(session, select(*_columns()).where(Lead.status.in_(OPEN)).order_by(due, Lead.id).limit(limit))
    held = _rows(session, select(*_columns()).where(Lead.owner.is_not(None))
                 .order_by(Lead.claimed_at, Lead.id).limit(limit))
    unreachable = _rows(session, select(*_columns()).where(unreachable_clause())
                        .order_by(Lead.attempts.desc(), due, Lead.id).limit(limit))
    names = dict(session.execute(select(Officer.username, Officer.display_name)).all())
    return Board(now, due_soon_minutes, max_attempts, counts, urgent, held, unreachable, names)
