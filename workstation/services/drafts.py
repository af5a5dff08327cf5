"""Drafts of the outcome form (草稿): every keystroke's worth kept, so a crash loses nothing.

A draft written before the lead's latest recorded outcome (by this officer or another, on this desk or another)
is of a call that is over: it is not offered again, nor is its lead reopened at sign-in.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.store.models import Draft, Event


def _outlived(session: Session, draft: Draft) -> bool:
    """An outcome was recorded for the draft's lead since the draft was last written."""
    last = session.scalar(select(func.max(Event.occurred_at)).where(
        Event.lead_id == draft.lead_id, Event.kind == EventKind.OUTCOME_RECORDED.value))
    return last is not None and last >= draft.updated_at


def save(ws: Workstation, officer: str, lead_id: str, payload: dict[str, Any]) -> None:
    with ws.unit_of_work() as session:
        draft = session.get(Draft, (lead_id, officer))
        if draft is None:
            session.add(Draft(lead_id=lead_id, officer=officer, payload=payload, updated_at=ws.clock.now()))
        else:
            draft.payload = payload
            draft.updated_at = ws.clock.now()


def load(ws: Workstation, officer: str, lead_id: str) -> dict[str, Any] | None:
    with ws.sessions() as session:
        draft = session.get(Draft, (lead_id, officer))
        return None if draft is None or _outlived(session, draft) else dict(draft.payload)


def discard(ws: Workstation, officer: str, lead_id: str) -> None:
    with ws.unit_of_work() as session:
        draft = session.get(Draft, (lead_id, officer))
        if draft is not None:
            session.delete(draft)


def pending(ws: Workstation, officer: str) -> list[str]:
    """Leads with an unsaved draft by this officer (offered again at sign-in)."""
    with ws.sessions() as session:
        found = session.scalars(select(Draft).where(Draft.officer == officer).order_by(Draft.updated_at.desc()))
        return [d.lead_id for d in found if not _outlived(session, d)]
