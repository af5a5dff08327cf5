"""Claims on the centre's server: one short READ COMMITTED transaction each, never across a phone call.

next lead: `UPDATE leads … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id` with a lease,
and its `lead_claimed` event in the same transaction. Heartbeat: the lease moves on for the tokens a desk
still holds (fencing: a superseded token renews nothing). Sweep: expired leases become `lease_expired`
events. Reassign: team leads only (the server's trigger checks the role too). Times are the server's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from workstation.domain.events import EventKind, iso
from workstation.domain.types import LeadStatus
from workstation.errors import Conflict, NotAllowed, NotFound
from workstation.services.journal import append, new_id
from workstation.services.leads import claimable_clause
from workstation.store.models import Event, Lead


def server_now(s: Session) -> datetime:
    value = s.scalar(select(func.now()))
    assert value is not None
    return value


def _claimed(s: Session, lead_id: str, officer: str, desk: str, token: str, now: datetime,
             lease: datetime) -> None:
    s.execute(insert(Event.__table__).values(
        id=new_id(), lead_id=lead_id, kind=EventKind.LEAD_CLAIMED.value, officer=officer, desk=desk,
        occurred_at=now, payload={"token": token, "lease_expires_at": iso(lease)}, amends=None,
        claim_token=token))


def _claim_values(officer: str, token: str, now: datetime, lease: datetime) -> dict[str, Any]:
    # Exactly what domain.events.apply does for lead_claimed, so no re-projection is needed.
    return {"owner": officer, "claim_token": token, "status": LeadStatus.CLAIMED.value, "claimed_at": now,
            "lease_expires_at": lease, "last_event_at": now}


def claim_next(s: Session, officer: str, desk: str, lease_seconds: int) -> str | None:
    """Take the most urgent lead nobody holds; returns its id, or None when the queue is empty."""
    now = server_now(s)
    lease = now + timedelta(seconds=lease_seconds)
    token = new_id()
    candidate = (
        select(Lead.id)
        .where(claimable_clause(), or_(Lead.next_due_at.is_(None), Lead.next_due_at <= now))
        .order_by(Lead.rank_at, Lead.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    taken = s.execute(
        update(Lead).where(Lead.id == candidate, claimable_clause())
        .values(**_claim_values(officer, token, now, lease)).returning(Lead.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if taken is not None:
        _claimed(s, taken, officer, desk, token, now, lease)
    return taken


def claim_one(s: Session, lead_id: str, officer: str, desk: str, lease_seconds: int) -> None:
    """Take a chosen lead; Conflict if someone holds it or it is not in the queue."""
    now = server_now(s)
    lease = now + timedelta(seconds=lease_seconds)
    token = new_id()
    taken = s.execute(
        update(Lead).where(Lead.id == lead_id, claimable_clause())
        .values(**_claim_values(officer, token, now, lease)).returning(Lead.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if taken is None:
        lead = s.get(Lead, lead_id)
        if lead is None:
            raise NotFound(f"中心没有线索 {lead_id} (no such lead on the centre)")
        if lead.owner:
            raise Conflict(f"线索 {lead.ref} 正由 {lead.owner} 处置 (another officer holds this lead)")
        raise Conflict(f"线索 {lead.ref} 不在队列中 (lead is not in the queue)")
    _claimed(s, lead_id, officer, desk, token, now, lease)


def _locked(s: Session, lead_id: str) -> Lead:
    lead = s.scalars(select(Lead).where(Lead.id == lead_id).with_for_update()).first()
    if lead is None:
        raise NotFound(f"中心没有线索 {lead_id} (no such lead on the centre)")
    return lead


def release(s: Session, lead_id: str, officer: str, token: str | None, desk: str) -> bool:
    """Give a held lead back; False (nothing written) if the claim was superseded meanwhile."""
    lead = _locked(s, lead_id)
    if lead.owner != officer or lead.claim_token != token:
        return False
    append(s, lead, EventKind.LEAD_RELEASED, {}, officer=officer, desk=desk, at=server_now(s), claim_token=token)
    return True


def heartbeat(s: Session, tokens: list[str], lease_seconds: int) -> int:
    """Renew the leases still held under these tokens; returns how many were renewed."""
    if not tokens:
        return 0
    result = s.execute(
        update(Lead).where(Lead.claim_token.in_(tokens), Lead.owner.is_not(None), Lead.lease_expires_at.is_not(None))
        .values(lease_expires_at=func.now() + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def sweep(s: Session, desk: str, limit: int = 200) -> list[str]:
    """Turn expired leases into `lease_expired` events (the lead returns to the queue); returns lead ids."""
    now = server_now(s)
    stmt = (select(Lead).where(Lead.owner.is_not(None), Lead.lease_expires_at < now)
            .order_by(Lead.lease_expires_at).limit(limit).with_for_update(skip_locked=True))
    expired = list(s.scalars(stmt))
    for lead in expired:
        append(s, lead, EventKind.LEASE_EXPIRED, {"owner": lead.owner, "token": lead.claim_token}, officer=None,
               desk=desk, at=now, claim_token=lead.claim_token)
    return [lead.id for lead in expired]


def reassign(s: Session, lead_id: str, team_lead: str, to: str, desk: str) -> None:
    """A team lead gives a lead to another officer (改派), whoever held it, online or not."""
    lead = _locked(s, lead_id)
    if lead.status in (LeadStatus.CLOSED.value, LeadStatus.ESCALATED.value):
        raise NotAllowed(f"线索 {lead.ref} 状态为 {lead.status}，不能改派 (lead cannot be reassigned now)")
    payload = {"from": lead.owner, "from_token": lead.claim_token, "to": to, "token": new_id()}
    append(s, lead, EventKind.LEAD_REASSIGNED, payload, officer=team_lead, desk=desk, at=server_now(s),
           claim_token=payload["token"])
