"""De-duplication of an import's rows (去重): which rows are new leads and which join an open lead.

A row whose normalised phone and scam type match an open lead (not closed or escalated) triggered within the
window (Settings.dedup_window_hours, default 72) joins that lead as a `trigger_added` event; leads made
earlier in the same file count too. A row identical to a trigger the lead already has (same time, kind and
detail: overlapping exports) adds nothing and is counted as repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.events import EventKind, iso
from workstation.domain.lead import NewLead
from workstation.domain.priority import deadline_at
from workstation.domain.types import LeadStatus
from workstation.intake import ParsedLead
from workstation.store.journal import append
from workstation.store.models import Event, Lead

CHUNK = 5000
CLOSED_STATUSES = (LeadStatus.CLOSED.value, LeadStatus.ESCALATED.value)
DEFAULT_WINDOW_HOURS = 72


@dataclass
class Candidate:
    """An open lead a row may join: its id, first trigger time and the triggers it already has."""

    lead_id: str
    triggered_at: datetime
    triggers: set[tuple[datetime, str, str]]


@dataclass
class Counts:
    created: int = 0
    joined: int = 0
    repeated: int = 0


def window(ws: Workstation) -> timedelta:
    return timedelta(hours=float(getattr(ws.settings, "dedup_window_hours", DEFAULT_WINDOW_HOURS)))


class Dedup:
    """Sorts chunks of valid rows: new leads go to `receive` in bulk, repeat warnings become triggers on
    open leads (written by finish(), once every new lead of the file is in the database).

    cache: (phone, scam type) → open leads this import knows of (from the database or made by this file);
    loaded: lead ids already in the cache, so a lead found again by a later chunk's lookup is not doubled;
    found: of those, the ones that were in the database; fresh: (phone, scam type) → trigger times of new leads.
    """

    def __init__(self, ws: Workstation, session: Session, receive: Callable[[list[NewLead]], list[str]]) -> None:
        self.ws, self.session, self.receive = ws, session, receive
        self.window = window(ws)
        self.cache: dict[tuple[str, str], list[Candidate]] = {}
        self.loaded: set[str] = set()
        self.found: set[str] = set()
        self.fresh: dict[tuple[str, str], list[datetime]] = {}
        self.joins: list[tuple[Candidate, NewLead]] = []
        self.counts = Counts()

    def write(self, chunk: Sequence[ParsedLead]) -> None:
        if not chunk:
            return
        self._load(chunk)
        fresh: list[NewLead] = []
        fresh_candidates: list[Candidate] = []
        for _row, new in chunk:
            key = (new.phone, new.scam_type.value)
            trigger = (new.triggered_at, new.trigger_kind.value, new.trigger_detail)
            match = self._match(key, new.triggered_at)
            if match is None:
                candidate = Candidate("", new.triggered_at, {trigger})
                self.cache.setdefault(key, []).append(candidate)
                self.fresh.setdefault(key, []).append(new.triggered_at)
                fresh.append(new)
                fresh_candidates.append(candidate)
            elif trigger in match.triggers:
                self.counts.repeated += 1
            else:
                match.triggers.add(trigger)
                self.joins.append((match, new))
                self.counts.joined += 1
        for candidate, lead_id in zip(fresh_candidates, self.receive(fresh) if fresh else [], strict=True):
            candidate.lead_id = lead_id
            self.loaded.add(lead_id)
        self.counts.created += len(fresh)

    def finish(self) -> None:
        """The repeat warnings as trigger_added events (their leads are all in the database now)."""
        self._join(self.joins)
        self.joins = []

    def raced(self) -> bool:
        """With the write lock held: did another writer, since this file was read, add an open lead one of
        its new leads should have joined, or close a lead one of its rows joins?"""
        phones = sorted({phone for phone, _ in self.fresh})
        for start in range(0, len(phones), CHUNK):
            for lead_id, phone, scam_type, at in self._open_leads(phones[start:start + CHUNK]):
                if lead_id in self.loaded:
                    continue
                if any(abs(at - mine) <= self.window for mine in self.fresh.get((phone, scam_type), ())):
                    return True
        joined = sorted({candidate.lead_id for candidate, _ in self.joins} & self.found)
        for start in range(0, len(joined), CHUNK):
            closed = select(Lead.id).where(Lead.id.in_(joined[start:start + CHUNK]),
                                           Lead.status.in_(CLOSED_STATUSES)).limit(1)
            if self.session.execute(closed).first() is not None:
                return True
        return False

    def _match(self, key: tuple[str, str], at: datetime) -> Candidate | None:
        best: Candidate | None = None
        for candidate in self.cache.get(key, ()):
            gap = abs(candidate.triggered_at - at)
            if gap <= self.window and (best is None or gap < abs(best.triggered_at - at)):
                best = candidate
        return best

    def _load(self, chunk: Sequence[ParsedLead]) -> None:
        """One query per chunk: open leads with these phones triggered within the window of these rows (the
        window is applied here, see _open_leads)."""
        phones = sorted({new.phone for _, new in chunk})
        earliest = min(new.triggered_at for _, new in chunk) - self.window
        latest = max(new.triggered_at for _, new in chunk) + self.window
        found: dict[str, Candidate] = {}
        for lead_id, phone, scam_type, at, kind, detail in self._open_leads(phones, Lead.trigger_kind,
                                                                              Lead.trigger_detail):
            if lead_id in self.loaded or not earliest <= at <= latest:
                continue
            candidate = Candidate(lead_id, at, {(at, kind, detail)})
            found[lead_id] = candidate
            self.cache.setdefault((phone, scam_type), []).append(candidate)
            self.loaded.add(lead_id)
            self.found.add(lead_id)
        if found:
            self._load_triggers(found)

    def _open_leads(self, phones: list[str], *more: Any) -> Any:
        """(id, phone, scam type, triggered at, *more) of the open leads with these phones. By phone only: given
        a time range as well, SQLite's planner walks ix_leads_triggered instead of ix_leads_phone_type."""
        stmt = (select(Lead.id, Lead.phone, Lead.scam_type, Lead.triggered_at, *more)
                .where(any_of(self.session, Lead.phone, phones), Lead.status.not_in(CLOSED_STATUSES)))
        return self.session.execute(stmt)

    def _load_triggers(self, found: dict[str, Candidate]) -> None:
        ids = list(found)
        for start in range(0, len(ids), CHUNK):
            stmt = select(Event.lead_id, Event.payload).where(
                and_(Event.lead_id.in_(ids[start:start + CHUNK]), Event.kind == EventKind.TRIGGER_ADDED.value))
            for lead_id, payload in self.session.execute(stmt):
                at = datetime.fromisoformat(payload["triggered_at"])
                found[lead_id].triggers.add((at, payload.get("trigger_kind", ""), payload.get("trigger_detail", "")))

    def _join(self, joins: Iterable[tuple[Candidate, NewLead]]) -> None:
        joins = list(joins)
        if not joins:
            return
        ids = list({candidate.lead_id for candidate, _ in joins})
        leads = {lead.id: lead for lead in self.session.scalars(select(Lead).where(Lead.id.in_(ids)))}
        now = self.ws.clock.now()
        for candidate, new in joins:
            append(self.session, leads[candidate.lead_id], EventKind.TRIGGER_ADDED, trigger_payload(self.ws, new),
                   officer=None, desk=self.ws.desk, at=now)
        self.session.flush()


def any_of(session: Session, column: Any, values: list[str]) -> Any:
    """column IN values; on PostgreSQL as = ANY(one array parameter), which plans in a fraction of the
    time of an IN list with thousands of parameters."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("any_values", values, type_=ARRAY(String)))
    return column.in_(values)


def trigger_payload(ws: Workstation, new: NewLead) -> dict[str, object]:
    """The facts of a repeat warning, as a `trigger_added` event keeps them."""
    due = deadline_at(new.triggered_at, ws.settings.deadline_minutes(new.level))
    return {
        "triggered_at": iso(new.triggered_at), "deadline_at": iso(due), "trigger_kind": new.trigger_kind.value,
        "trigger_detail": new.trigger_detail, "level": new.level.value, "amount_at_risk": str(new.amount_at_risk),
        "person_name": new.person_name, "source": new.source, "external_id": new.external_id,
    }
