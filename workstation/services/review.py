"""The team lead's use cases (带班领导): the board, reassigning a lead, reviewing calls, figures, the weekly
report — each checks the role itself. Officers read the reviews of their own calls here too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import FieldError
from workstation.domain.types import LeadStatus, Role
from workstation.domain.words import aside
from workstation.errors import Conflict, InvalidInput, NotFound
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.reports import board as board_mod
from workstation.reports import calls as calls_mod
from workstation.reports import figures as figures_mod
from workstation.reports import weekly
from workstation.reports.board import Board
from workstation.reports.calls import CallFilter, CallRow, Review, Verdict, review_of
from workstation.reports.figures import Figures
from workstation.reports.period import Period
from workstation.scripts.model import Text
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services import scripts
from workstation.services.auth import require_role
from workstation.services.leads import resolve
from workstation.store.journal import append, new_id
from workstation.store.models import Call, Event, Lead, Officer

LEAD_ROLES = (Role.LEAD, Role.ADMIN)
# A lead can be handed over while it is still being worked; closed or escalated leads cannot.
REASSIGNABLE = (LeadStatus.NEW.value, LeadStatus.CLAIMED.value, LeadStatus.CALLBACK.value,
                LeadStatus.STOP_PAYMENT.value)
MAX_COMMENT = 2000
# Who may be handed a lead: officers and team leads (admins, 内勤, file and print; they do not call).
TAKES_LEADS = (Role.OFFICER.value, Role.LEAD.value)

NO_SUCH_OFFICER = message("review.no_such_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
NOT_A_CALLER = message("review.not_a_caller", QT_TRANSLATE_NOOP("Messages", "{name} is an admin and does not take leads"))
NOT_OPEN = message("review.not_open", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is no longer open: it cannot be reassigned"))
ALREADY_HELD = message("review.already_held", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is already held by {name}"))
UNKNOWN_VERDICT = message("review.unknown_verdict", QT_TRANSLATE_NOOP("Messages", "Unknown verdict '{verdict}' (one of: {allowed})"))
COMMENT_TOO_LONG = message("review.comment_too_long", QT_TRANSLATE_NOOP("Messages", "A comment has at most {limit} characters"))
FOLLOW_UP_NEEDS_COMMENT = message("review.follow_up_comment", QT_TRANSLATE_NOOP("Messages", "Say what to follow up"))
NO_SUCH_CALL = message("review.no_such_call", QT_TRANSLATE_NOOP("Messages", "No such call '{call}'"))


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
    reviewer_name: str = ""  # the reviewer's display name (their user name when no longer on the roster)


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
            raise NotFound(NO_SUCH_OFFICER(username=to_officer))
        if target.role not in TAKES_LEADS:
            raise Conflict(NOT_A_CALLER(name=target.display_name))
        lead = resolve(session, key)
        if lead.status not in REASSIGNABLE:
            raise Conflict(NOT_OPEN(ref=lead.ref))
        if lead.owner == to_officer:
            raise Conflict(ALREADY_HELD(ref=lead.ref, name=aside(target.display_name, to_officer)))
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
        raise InvalidInput([FieldError("verdict", UNKNOWN_VERDICT(verdict=verdict, allowed=allowed))]) from exc
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidInput([FieldError("comment", COMMENT_TOO_LONG(limit=MAX_COMMENT))])
    if verdict is Verdict.FOLLOW_UP and not comment:
        raise InvalidInput([FieldError("comment", FOLLOW_UP_NEEDS_COMMENT())])
    with ws.unit_of_work() as session:
        call = session.get(Call, call_event_id)
        if call is None:
            raise NotFound(NO_SUCH_CALL(call=call_event_id))
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
        names: dict[str, str] = {u: n for u, n in session.execute(select(Officer.username, Officer.display_name))}
        for event, call_id, started, outcome, lead_id in session.execute(stmt):
            if event.payload.get("call_event_id") != call_id:
                continue  # the review is about another call of the same lead
            if lead_id not in refs:
                refs[lead_id] = resolve(session, lead_id).ref
            out.append(OfficerReview(review_of(event), refs[lead_id], started, outcome,
                                     names.get(event.officer or "", event.officer or "")))
            if len(out) >= limit:
                break
        return out


def figures(ws: Workstation, username: str, period: Period, weeks: int = 8) -> Figures:
    require_role(ws, username, *LEAD_ROLES)
    with ws.sessions() as session:
        return figures_mod.compute(session, ws.dialect, period, weeks)


def weekly_data(ws: Workstation, username: str, period: Period, out_dir: Path,
                weeks: int = 8) -> weekly.WeeklyData:
    """What the weekly report is made of, checked and audited as an export into out_dir (database work only:
    the GUI renders the files on its slow pool with `weekly.write`; weekly_report does both, for the CLI)."""
    require_role(ws, username, *LEAD_ROLES)
    data = weekly.gather(ws, period, weeks)
    audit.record(ws, username, AuditAction.EXPORTED, f"weekly {period.label}",
                 {"form": "weekly_report", "folder": str(out_dir)})
    return data


def weekly_report(ws: Workstation, username: str, period: Period, out_dir: Path,
                  weeks: int = 8) -> weekly.WeeklyReport:
    """Build the weekly analysis (研判周报) as PDF and XLSX in out_dir (`weeks` shown week over week)."""
    return weekly.write(weekly_data(ws, username, period, out_dir, weeks), out_dir)


@dataclass(frozen=True, slots=True)
class OfficerChoice:
    """Someone a lead can be handed to, with how many open leads they hold now (the least busy come first)."""

    username: str
    display_name: str
    role: Role
    held: int


def officer_choices(ws: Workstation) -> list[OfficerChoice]:
    """Active officers and team leads (never admins), least busy first, for the reassign menu."""
    with ws.sessions() as session:
        held = dict(session.execute(select(Lead.owner, func.count()).where(Lead.owner.is_not(None),
                                                                            Lead.status.in_(REASSIGNABLE))
                                    .group_by(Lead.owner)).all())
        stmt = select(Officer.username, Officer.display_name, Officer.role).where(
            Officer.active.is_(True), Officer.role.in_(TAKES_LEADS))
        out = [OfficerChoice(u, n, Role(r), int(held.get(u, 0))) for u, n, r in session.execute(stmt)]
    return sorted(out, key=lambda c: (c.held, c.display_name, c.username))


def checkpoint_texts(ws: Workstation) -> dict[str, dict[str, Text]]:
    """scam type → checkpoint id → its words in both languages (the current scripts), so a review shows what
    the officer ticked rather than the ids."""
    return {scam: {c.id: c.label for c in script.checkpoints}
            for scam, script in scripts.current_library(ws).scripts.items()}
