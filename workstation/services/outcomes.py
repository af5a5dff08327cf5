"""Recording the outcome of a call (记录处置结果) — the action done a hundred times a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.events import EventKind, iso
from workstation.domain.outcome import OutcomeInput, OutcomeResult, RetryPolicy, decide, validate
from workstation.domain.types import OutcomeCode
from workstation.errors import InvalidInput, NotAllowed
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services.leads import CLAIMABLE, resolve, status_words
from workstation.store.journal import append
from workstation.store.models import Draft, Lead

CLAIM_FIRST = message("outcomes.claim_first", QT_TRANSLATE_NOOP("Messages", "Claim lead {ref} before recording a call"))
HELD_BY = message("outcomes.held_by", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is being handled by {owner}: only they can record its call"))
FINISHED = message("outcomes.finished", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is {status}: there is no call to record"))


@dataclass(frozen=True, slots=True)
class SavedOutcome:
    event_id: str
    lead_id: str
    ref: str
    result: OutcomeResult


def policy(ws: Workstation) -> RetryPolicy:
    s = ws.settings
    return RetryPolicy(timedelta(minutes=s.retry_interval), timedelta(minutes=s.busy_retry_interval), s.max_attempts,
                       timedelta(minutes=s.callback_grace))


def record(ws: Workstation, officer: str, key: str, inp: OutcomeInput) -> SavedOutcome:
    """Validate and store one outcome; nothing is written if anything is wrong."""
    now = ws.clock.now()
    errors = validate(inp, now)
    if errors:
        raise InvalidInput(errors)
    code = OutcomeCode(inp.code)
    with ws.unit_of_work() as session:
        lead = resolve(session, key)
        if lead.owner != officer:
            if lead.owner:
                raise NotAllowed(HELD_BY(ref=lead.ref, owner=lead.owner))
            if lead.status not in CLAIMABLE:
                raise NotAllowed(FINISHED(ref=lead.ref, status=status_words(lead.status)))
            raise NotAllowed(CLAIM_FIRST(ref=lead.ref))
        result = decide(code, lead.attempts, now, policy(ws), inp.callback_at, inp.callback_for)
        event = append(session, lead, EventKind.OUTCOME_RECORDED, _payload(inp, result), officer=officer,
                       desk=ws.desk, at=now, claim_token=lead.claim_token)
        if code is OutcomeCode.TRANSFERRED and inp.stop_payment is not None:
            append(session, lead, EventKind.STOP_PAYMENT_REQUESTED, inp.stop_payment.to_payload(),
                   officer=officer, desk=ws.desk, at=now, claim_token=lead.claim_token)
        _discard_draft(session, lead, officer)
        return SavedOutcome(event.id, lead.id, lead.ref, result)


def _payload(inp: OutcomeInput, result: OutcomeResult) -> dict[str, object]:
    amount_lost = inp.amount_lost
    if inp.stop_payment is not None and amount_lost == 0:
        amount_lost = inp.stop_payment.amount
    return {
        "code": inp.code, "started_at": iso(inp.started_at), "ended_at": iso(inp.ended_at),
        "contacted_party": str(inp.contacted_party), "relation": inp.relation, "deceived": inp.deceived,
        "notes": inp.notes, "amount_protected": str(inp.amount_protected), "amount_lost": str(amount_lost),
        "checkpoints": list(inp.checkpoints), "script_id": inp.script_id, "script_version": inp.script_version,
        "callback_at": iso(inp.callback_at), "station": inp.station, "channel": inp.channel,
        "callback_for": str(inp.callback_for) if inp.code == OutcomeCode.CALLBACK_REQUESTED else None,
        "stop_payment": inp.stop_payment.to_payload() if inp.stop_payment else None,
        "result": {"status": result.status.value, "next_due_at": iso(result.next_due_at),
                   "attempts": result.attempts, "escalated": result.escalated,
                   "reserved_until": iso(result.reserved_until)},
    }


def _discard_draft(session: Session, lead: Lead, officer: str) -> None:
    draft = session.get(Draft, (lead.id, officer))
    if draft is not None:
        session.delete(draft)
