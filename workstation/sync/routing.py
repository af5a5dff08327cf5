"""Lead services in centre mode: claims are decided on the server; offline, an officer works what they hold."""

from __future__ import annotations

from workstation.errors import Conflict, NotAllowed
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services import leads
from workstation.services.context import Workstation
from workstation.services.views import LeadDetail
from workstation.sync.errors import CentreUnavailable

OFFLINE = message("sync.offline_held", QT_TRANSLATE_NOOP("Messages", "Offline: only the leads you already hold are offered ({count})"))
OFFLINE_NONE = message("sync.offline_none", QT_TRANSLATE_NOOP("Messages", "Offline, and you hold no lead"))
NOTHING_WAITING = message("sync.nothing_waiting", QT_TRANSLATE_NOOP("Messages", "No lead is waiting in the queue"))
NOT_YOURS = message("sync.not_yours", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is not yours"))


def next_lead(ws: Workstation, officer: str) -> leads.ClaimResult:
    assert ws.centre is not None
    try:
        claimed = ws.centre.next_lead(officer)
    except CentreUnavailable:
        held = leads.my_leads(ws, officer)
        if not held:
            return leads.ClaimResult(None, OFFLINE_NONE())
        return leads.ClaimResult(leads.detail(ws, held[0].id, officer=officer), OFFLINE(count=len(held)))
    if claimed is None:
        return leads.ClaimResult(None, NOTHING_WAITING())
    return leads.ClaimResult(claimed, "")


def claim(ws: Workstation, officer: str, key: str) -> LeadDetail:
    """Claim a chosen lead on the centre; offline this is refused (CentreUnavailable says so)."""
    assert ws.centre is not None
    with ws.sessions() as session:
        lead = leads.resolve(session, key)
        lead_id, owner = lead.id, lead.owner
        kept = leads.kept_for_other(lead, officer, ws.clock.now(), leads._tz(ws)) if owner is None else None
    if kept is not None:  # the centre refuses it too (ws_claim, migration 0015); this says it in the officer's words
        raise Conflict(kept)
    if owner != officer:
        ws.centre.claim(officer, lead_id)
    return leads.detail(ws, lead_id, officer=officer)


def release(ws: Workstation, officer: str, key: str) -> bool:
    """Release on the centre; False when offline (the caller records it locally; it goes up later)."""
    assert ws.centre is not None
    with ws.sessions() as session:
        lead = leads.resolve(session, key)
        lead_id, owner, ref = lead.id, lead.owner, lead.ref
    if owner != officer:
        raise NotAllowed(NOT_YOURS(ref=ref))
    try:
        ws.centre.release(officer, lead_id)
    except CentreUnavailable:
        return False
    return True
