"""Drafts of the outcome form (草稿): every keystroke's worth kept, so a crash loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from workstation.services.context import Workstation
from workstation.store.models import Draft


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
        return None if draft is None else dict(draft.payload)


def discard(ws: Workstation, officer: str, lead_id: str) -> None:
    with ws.unit_of_work() as session:
        draft = session.get(Draft, (lead_id, officer))
        if draft is not None:
            session.delete(draft)


def pending(ws: Workstation, officer: str) -> list[str]:
    """Leads with an unsaved draft by this officer (offered again at sign-in)."""
    with ws.sessions() as session:
        return list(session.scalars(select(Draft.lead_id).where(Draft.officer == officer)
                                    .order_by(Draft.updated_at.desc())))
