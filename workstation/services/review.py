"""The team lead's use cases (带班领导): the board, reassigning a lead, reviewing calls, figures, the weekly
report — each checks the role itself. Officers read the reviews of their own calls here too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from workstation.domain.events import EventKind
from workstation.domain.outcome import FieldError
from workstation.domain.types import LeadStatus, Role
from workstation.errors import Conflict, InvalidInput, NotFound
from workstation.reports import board as board_mod
from workstation.reports import calls as calls_mod
from workstation.reports import figures as figures_mod
from workstation.reports import weekly
from workstation.reports.board import Board
from workstation.reports.calls import CallFilter, CallRow, Review, Verdict, review_of
from workstation.reports.figures import Figures
from workstation.reports.period import Period
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services.auth import require_role
from workstation.services.context import Workstation
from workstation.services.journal import append, new_id
from workstation.services.leads import resolve
from workstation.store.models import Call, Event, Officer

LEAD_ROLES = (Role.LEAD, Role.ADMIN)
# A lead can be handed over while it is still being worked; closed or escalated leads cannot.
REASSIGNABLE = (LeadStatus.NEW.value, LeadStatus.CLAIMED.value, LeadStatus.CALLBACK.value,
                LeadStatus.STOP_PAYMENT.value)
MAX_COMMENT = 2000


@dataclass(frozen=True, slots=True)
class Reassigned:
    """What a reassignment changed: the lead, who had it, who has it now."""

    lead_id: str
    ref: str
    from_officer: str | None
    to_officer: str
    event_id: str


@dataclass(frozen=True, slots=True)
class OfficerReview:
    """A review as the reviewed officer sees it: the verdict with the call it is about."""

    review: Review
    lead_ref: str
    call_started_at: datetime
    outcome: str


def board(ws: Workstation, username: str, limit: int = 200) -> Board:
    """The live board (值班看板) at the clock's now."""
    require_role(ws, username, *LEAD_ROLES)
    with ws.sessions() as session:
        return board_mod.board(session, ws.clock.now(), ws.settings.due_soon, ws.settings.max_attempts, limit)


def reassign(ws: Workstation, username: str, key: str, to_officer: str) -> Reassigned:
    """Give a lead to `to_officer` with a fresh claim token; whoever held it loses it (their next write on it is
    refused because the lead's owner changed)."""
    require_role(ws, username, *LEAD_ROLES)
    with ws.unit_of_work() as session:
        target = session.get(Officer, to_officer)
        if target is None or not target.active:
            raise NotFound(f"找不到民警 '{to_officer}' (no such officer)")
        lead = resolve(session, key)
        if lead.status not in REASSIGNABLE:
            raise Conflict(f"线索 {lead.ref} 状态为 {LeadStatus(lead.status).zh}，不能改派 (lead is not open)")
        if lead.owner == to_officer:
            raise Conflict(f"线索 {lead.ref} 已由 {to_officer} 处置 (already held by this officer)")
        before = lead.owner
        if ws.centre is not None:  # the centre writes the reassignment (and checks the role again)
            lead_id, ref = lead.id, lead.ref
        else:
            token = new_id()
            event = append(session, lead, EventKind.LEAD_REASSIGNED, {"to": to_officer, "token": token, "from": before},
                           officer=username, desk=ws.desk, at=ws.clock.now(), claim_token=token)
            return Reassigned(lead.id, lead.ref, before, to_officer, event.id)
    ws.centre.reassign(username, lead_id, to_officer)
    with ws.sessions() as session:
        event_id = session.scalar(select(Event.id).where(Event.lead_id == lead_id,
                                                         Event.kind == EventKind.LEAD_REASSIGNED.value)
                                  .order_by(Event.occurred_at.desc(), Event.id.desc()).limit(1))
    return Reassigned(lead_id, ref, before, to_officer, str(event_id))


def calls_for_review(ws: Workstation, username: str, flt: CallFilter,
                     after: tuple[datetime, str] | None = None, limit: int = 200) -> list[CallRow]:
    """A page of recorded calls, newest first, each with its latest review."""
    require_role(ws, username, *LEAD_ROLES)
    with ws.sessions() as session:
        return calls_mod.page(session, flt, after, limit)


def mark_call(ws: Workstation, username: str, call_event_id: str, verdict: Verdict | str,
              comment: str = "") -> Review:
    """Record the team lead's verdict on a call (复核): reviewed, needs follow-up, or commended."""
    require_role(ws, username, *LEAD_ROLES)
    try:
        verdict = Verdict(verdict)
    except ValueError as exc:
        allowed = ", ".join(v.value for v in Verdict)
        raise InvalidInput([FieldError("verdict", f"未知的复核结论 '{verdict}' (one of: {allowed})")]) from exc
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidInput([FieldError("comment", f"复核意见不超过 {MAX_COMMENT} 字 (comment is too long)")])
    if verdict is Verdict.FOLLOW_UP and not comment:
        raise InvalidInput([FieldError("comment", "需跟进须写明意见 (say what to follow up)")])
    with ws.unit_of_work() as session:
        call = session.get(Call, call_event_id)
        if call is None:
            raise NotFound(f"找不到通话记录 '{call_event_id}' (no such call)")
        lead = resolve(session, call.lead_id)
        payload = {"call_event_id": call.event_id, "verdict": verdict.value, "comment": comment,
                   "call_officer": call.officer}
        event = append(session, lead, EventKind.REVIEWED, payload, officer=username, desk=ws.desk,
                       at=ws.clock.now())
        return review_of(event)


def reviews_for_officer(ws: Workstation, officer: str, limit: int = 100) -> list[OfficerReview]:
    """The reviews of this officer's calls, newest first (what the officer sees of the team lead's QA)."""
    with ws.sessions() as session:
        stmt = (select(Event, Call.event_id, Call.started_at, Call.outcome, Call.lead_id)
                .join(Call, Call.lead_id == Event.lead_id)
                .where(Event.kind == EventKind.REVIEWED.value, Call.officer == officer)
                .order_by(Event.occurred_at.desc(), Event.id.desc()).limit(limit * 4))
        out: list[OfficerReview] = []
        refs: dict[str, str] = {}
        for event, call_id, started, outcome, lead_id in session.execute(stmt):
            if event.payload.get("call_event_id") != call_id:
                continue  # the review is about another call of the same lead
            if lead_id not in refs:
                refs[lead_id] = resolve(session, lead_id).ref
            out.append(OfficerReview(review_of(event), refs[lead_id], started, outcome))
            if len(out) >= limit:
                break
        return out


def figures(ws: Workstation, username: str, period: Period, weeks: int = 8) -> Figures:
    require_role(ws, username, *LEAD_ROLES)
    with ws.sessions() as session:
        return figures_mod.compute(session, ws.dialect, period, weeks)


def weekly_data(ws: Workstation, username: str, period: Period, weeks: int = 8) -> weekly.WeeklyData:
    """What the weekly report is made of (database work only; `weekly.write` then renders the files)."""
    require_role(ws, username, *LEAD_ROLES)
    data = weekly.gather(ws, period, weeks)
    audit.record(ws, username, AuditAction.EXPORTED, f"weekly {period.label}", {"form": "weekly_report"})
    return data


def weekly_report(ws: Workstation, username: str, period: Period, out_dir: Path,
                  weeks: int = 8) -> weekly.WeeklyReport:
    """Build the weekly analysis (研判周报) as PDF and XLSX in out_dir (`weeks` shown week over week)."""
    require_role(ws, username, *LEAD_ROLES)
    report = weekly.build(ws, period, out_dir, weeks)
    audit.record(ws, username, AuditAction.EXPORTED, f"weekly {period.label}",
                 {"form": "weekly_report", "pdf": str(report.pdf_path), "xlsx": str(report.xlsx_path)})
    return report


def officer_choices(ws: Workstation) -> list[tuple[str, str]]:
    """(username, display name) of active officers who can take a lead, for the reassign menu."""
    with ws.sessions() as session:
        stmt = select(Officer.username, Officer.display_name).where(Officer.active.is_(True)).order_by(
            Officer.username)
        return [(u, n) for u, n in session.execute(stmt)]
