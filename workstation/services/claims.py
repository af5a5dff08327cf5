"""Claims (认领): who gets a lead, behind one interface (workstation.desk.Claims) with two implementations.

LOCAL decides on the desk's own database (a standalone desk); CENTRE decides on the centre's server (SKIP
LOCKED and a lease, migration 0015), and offline offers only the leads the officer already holds. Bootstrap
picks one together with the centre (workstation.bootstrap.attach_centre); services.leads.next_lead, claim and
release — what both faces call — go through `ws.claims`, so the CLI and the GUI of one desk claim alike.
"""

from __future__ import annotations

from sqlalchemy import or_, select, update

from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.errors import Conflict, NotAllowed
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services.leads import (
    HELD_BY_OTHER,
    NOT_IN_QUEUE,
    NOT_YOURS,
    QUEUE_EMPTY,
    active_officer,
    append_claim,
    audit_view,
    centre_zone,
    claimable_clause,
    detail,
    detail_in,
    detail_of,
    kept_for_other,
    my_leads,
    resolve,
    status_words,
)
from workstation.store.journal import append, new_id
from workstation.store.models import Lead
from workstation.store.views import ClaimResult, LeadDetail
from workstation.sync.errors import CentreUnavailable

OFFLINE = message("sync.offline_held", QT_TRANSLATE_NOOP("Messages", "Offline: only the leads you already hold are offered ({count})"))
OFFLINE_NONE = message("sync.offline_none", QT_TRANSLATE_NOOP("Messages", "Offline, and you hold no lead"))
NOTHING_WAITING = message("sync.nothing_waiting", QT_TRANSLATE_NOOP("Messages", "No lead is waiting in the queue"))


class LocalClaims:
    """Claims on the desk's own database: one short transaction each (SQLite serialises the writers)."""

    def next_lead(self, ws: Workstation, officer: str) -> ClaimResult:
        now = ws.clock.now()
        token = new_id()
        with ws.unit_of_work() as session:
            active_officer(session, officer)
            candidate = (
                select(Lead.id)
                .where(claimable_clause(officer, now), or_(Lead.next_due_at.is_(None), Lead.next_due_at <= now))
                .order_by(Lead.rank_at, Lead.id)
                .limit(1)
                .with_for_update(skip_locked=True)  # PostgreSQL; SQLite serialises writers instead
                .scalar_subquery()
            )
            taken = session.execute(
                update(Lead).where(Lead.id == candidate, claimable_clause(officer, now))
                .values(owner=officer, claim_token=token).returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).scalar_one_or_none()
            if taken is None:
                return ClaimResult(None, QUEUE_EMPTY())
            lead = session.get(Lead, taken)
            assert lead is not None
            session.refresh(lead)
            append_claim(ws, session, lead, officer, token)
            audit_view(ws, session, lead, officer, "claim")
            return ClaimResult(detail_of(session, lead, reveal=True), "")

    def claim(self, ws: Workstation, officer: str, key: str) -> LeadDetail:
        token = new_id()
        now = ws.clock.now()
        with ws.unit_of_work() as session:
            active_officer(session, officer)
            lead = resolve(session, key)
            if lead.owner == officer:
                audit_view(ws, session, lead, officer, "owner")
                return detail_of(session, lead, reveal=True)
            kept = kept_for_other(lead, officer, now, centre_zone(ws))
            if kept is not None and lead.owner is None:
                raise Conflict(kept)
            taken = session.execute(
                update(Lead).where(Lead.id == lead.id, claimable_clause(officer, now))
                .values(owner=officer, claim_token=token).returning(Lead.id)
                .execution_options(synchronize_session=False)
            ).scalar_one_or_none()
            session.refresh(lead)
            if taken is None:
                if lead.owner:
                    raise Conflict(HELD_BY_OTHER(ref=lead.ref, owner=lead.owner))
                raise Conflict(NOT_IN_QUEUE(ref=lead.ref, status=status_words(lead.status)))
            append_claim(ws, session, lead, officer, token)
            audit_view(ws, session, lead, officer, "claim")
            return detail_of(session, lead, reveal=True)

    def release(self, ws: Workstation, officer: str, key: str) -> None:
        with ws.unit_of_work() as session:
            lead = resolve(session, key)
            if lead.owner != officer:
                raise NotAllowed(NOT_YOURS(ref=lead.ref))
            append(session, lead, EventKind.LEAD_RELEASED, {}, officer=officer, desk=ws.desk,
                   at=ws.clock.now(), claim_token=lead.claim_token)


class CentreClaims:
    """Claims decided on the centre (ws.centre); offline, an officer works what they hold."""

    def next_lead(self, ws: Workstation, officer: str) -> ClaimResult:
        assert ws.centre is not None
        try:
            claimed = ws.centre.next_lead(officer, lambda s, lead_id: detail_in(ws, s, lead_id, officer=officer))
        except CentreUnavailable:
            held = my_leads(ws, officer)
            if not held:
                return ClaimResult(None, OFFLINE_NONE())
            return ClaimResult(detail(ws, held[0].id, officer=officer), OFFLINE(count=len(held)))
        if claimed is None:
            return ClaimResult(None, NOTHING_WAITING())
        return ClaimResult(claimed, "")

    def claim(self, ws: Workstation, officer: str, key: str) -> LeadDetail:
        """Claim a chosen lead on the centre; offline this is refused (CentreUnavailable says so)."""
        assert ws.centre is not None
        with ws.sessions() as session:
            lead = resolve(session, key)
            lead_id, owner = lead.id, lead.owner
            kept = kept_for_other(lead, officer, ws.clock.now(), centre_zone(ws)) if owner is None else None
        if kept is not None:  # the centre refuses it too (ws_claim, migration 0015); this says it in the officer's words
            raise Conflict(kept)
        if owner != officer:
            ws.centre.claim(officer, lead_id)
        return detail(ws, lead_id, officer=officer)

    def release(self, ws: Workstation, officer: str, key: str) -> None:
        """Release on the centre; offline, recorded on the desk (it goes up with the next sync)."""
        assert ws.centre is not None
        with ws.sessions() as session:
            lead = resolve(session, key)
            lead_id, owner, ref = lead.id, lead.owner, lead.ref
        if owner != officer:
            raise NotAllowed(NOT_YOURS(ref=ref))
        try:
            ws.centre.release(officer, lead_id)
        except CentreUnavailable:
            LOCAL.release(ws, officer, key)


LOCAL = LocalClaims()
CENTRE = CentreClaims()
