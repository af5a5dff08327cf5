"""`workstation review board | reassign | calls | mark | mine`: the team lead's work at the command line, the
same use cases the review screens call (workstation.services.review, which checks the role and writes the
events); `mine` is an officer's own "My reviews".
`workstation report figures` is beside the weekly report (report_cmd)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Iterable

from workstation.cli.commands import HELP_JSON, command, helptext
from workstation.cli.common import (
    add_sign_in,
    emit_json,
    local,
    open_desk,
    parse_time,
    signed_in,
    table,
    words_of,
)
from workstation.domain.words import OUTCOME_WORDS, SCAM_WORDS
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.reports.board import Board, BoardLead
from workstation.reports.calls import CallFilter, Verdict
from workstation.services import leads, review

BOARD_COUNTS = message("review.cli.board_counts", QT_TRANSLATE_NOOP("Messages", "Open {open} · overdue {overdue} · due within {minutes} min {due_soon} · held {held} · unreachable {unreachable}"))
URGENT = message("review.cli.urgent", QT_TRANSLATE_NOOP("Messages", "Most urgent"))
HELD = message("review.cli.held", QT_TRANSLATE_NOOP("Messages", "Held longest"))
UNREACHABLE = message("review.cli.unreachable", QT_TRANSLATE_NOOP("Messages", "Not reached"))
H_REF = message("review.cli.h_ref", QT_TRANSLATE_NOOP("Messages", "Reference"))
H_STATUS = message("review.cli.h_status", QT_TRANSLATE_NOOP("Messages", "Status"))
H_TYPE = message("review.cli.h_type", QT_TRANSLATE_NOOP("Messages", "Scam type"))
H_DISTRICT = message("review.cli.h_district", QT_TRANSLATE_NOOP("Messages", "District"))
H_HOLDER = message("review.cli.h_holder", QT_TRANSLATE_NOOP("Messages", "Held by"))
H_DUE = message("review.cli.h_due", QT_TRANSLATE_NOOP("Messages", "Minutes left"))
H_ATTEMPTS = message("review.cli.h_attempts", QT_TRANSLATE_NOOP("Messages", "Attempts"))
H_CALL = message("review.cli.h_call", QT_TRANSLATE_NOOP("Messages", "Call"))
H_STARTED = message("review.cli.h_started", QT_TRANSLATE_NOOP("Messages", "Started"))
H_OFFICER = message("review.cli.h_officer", QT_TRANSLATE_NOOP("Messages", "Officer"))
H_OUTCOME = message("review.cli.h_outcome", QT_TRANSLATE_NOOP("Messages", "Outcome"))
H_VERDICT = message("review.cli.h_verdict", QT_TRANSLATE_NOOP("Messages", "Verdict"))
H_REVIEWED_AT = message("review.cli.h_reviewed_at", QT_TRANSLATE_NOOP("Messages", "Reviewed at"))
H_REVIEWER = message("review.cli.h_reviewer", QT_TRANSLATE_NOOP("Messages", "Reviewer"))
H_COMMENT = message("review.cli.h_comment", QT_TRANSLATE_NOOP("Messages", "Comment"))
NONE_ON_BOARD = message("review.cli.none", QT_TRANSLATE_NOOP("Messages", "(none)"))
REASSIGNED = message("review.cli.reassigned", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is {to}'s now (was {before})"))
NOBODY = message("review.cli.nobody", QT_TRANSLATE_NOOP("Messages", "nobody's"))
MARKED = message("review.cli.marked", QT_TRANSLATE_NOOP("Messages", "Call {call}: {verdict}"))
CALLS_COUNT = message("review.cli.calls_count", QT_TRANSLATE_NOOP("Messages", "{count} calls"))
VERDICT_WORDS = {
    Verdict.REVIEWED.value: message("review.verdict.reviewed", QT_TRANSLATE_NOOP("Messages", "Reviewed")),
    Verdict.FOLLOW_UP.value: message("review.verdict.follow_up", QT_TRANSLATE_NOOP("Messages", "Needs follow-up")),
    Verdict.COMMENDED.value: message("review.verdict.commended", QT_TRANSLATE_NOOP("Messages", "Commended")),
}
TEAM_LEAD = QT_TRANSLATE_NOOP("Messages", "Who asks (a team lead or an admin)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "review")
    rsub = p.add_subparsers(dest="review_cmd", required=True)

    q = rsub.add_parser("board", help=helptext(QT_TRANSLATE_NOOP("Messages", "The live board: open, overdue, held and unreached leads")))
    q.add_argument("--limit", type=int, default=20, help=helptext(QT_TRANSLATE_NOOP("Messages", "Leads in each list (default %(default)s)")))
    q.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    add_sign_in(q, helptext(TEAM_LEAD))
    q.set_defaults(func=cmd_board)

    q = rsub.add_parser("reassign", help=helptext(QT_TRANSLATE_NOOP("Messages", "Give a lead to another officer (whoever held it loses it)")))
    q.add_argument("lead", help=helptext(QT_TRANSLATE_NOOP("Messages", "Lead id, reference (YJ…) or a unique id prefix")))
    q.add_argument("--to", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "The officer's user name")))
    add_sign_in(q, helptext(TEAM_LEAD))
    q.set_defaults(func=cmd_reassign)

    q = rsub.add_parser("calls", help=helptext(QT_TRANSLATE_NOOP("Messages", "Recorded calls, newest first, each with its latest verdict")))
    q.add_argument("--since", help=helptext(QT_TRANSLATE_NOOP("Messages", "From this date/time (naive = centre time)")))
    q.add_argument("--until", help=helptext(QT_TRANSLATE_NOOP("Messages", "Before this date/time (naive = centre time)")))
    q.add_argument("--of", dest="call_officer", help=helptext(QT_TRANSLATE_NOOP("Messages", "Only this officer's calls")))
    q.add_argument("--outcome", choices=list(OUTCOME_WORDS))
    q.add_argument("--limit", type=int, default=200, help=helptext(QT_TRANSLATE_NOOP("Messages", "At most this many (default %(default)s)")))
    q.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    add_sign_in(q, helptext(TEAM_LEAD))
    q.set_defaults(func=cmd_calls)

    q = rsub.add_parser("mark", help=helptext(QT_TRANSLATE_NOOP("Messages", "Record a verdict on a call (reviewed, needs follow-up, commended)")))
    q.add_argument("call", help=helptext(QT_TRANSLATE_NOOP("Messages", "The call's id (review calls shows it)")))
    q.add_argument("--verdict", required=True, choices=[v.value for v in Verdict])
    q.add_argument("--comment", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "What to say (needed for a follow-up)")))
    add_sign_in(q, helptext(TEAM_LEAD))
    q.set_defaults(func=cmd_mark, field_flags={"verdict": "--verdict", "comment": "--comment"})

    q = rsub.add_parser("mine", help=helptext(QT_TRANSLATE_NOOP("Messages", "The verdicts on your own calls, newest first")))
    q.add_argument("--limit", type=int, default=100, help=helptext(QT_TRANSLATE_NOOP("Messages", "At most this many (default %(default)s)")))
    q.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    add_sign_in(q, helptext(QT_TRANSLATE_NOOP("Messages", "Whose calls")))
    q.set_defaults(func=cmd_mine)


def cmd_board(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        board = review.board(ws, signed_in(args, ws), max(1, args.limit))
    finally:
        ws.close()
    if args.json:
        emit_json({"now": board.now, "counts": dataclasses.asdict(board.counts),
                   "urgent": [_board_json(board, b) for b in board.urgent],
                   "held": [_board_json(board, b) for b in board.held],
                   "unreachable": [_board_json(board, b) for b in board.unreachable]})
        return 0
    c = board.counts
    print(BOARD_COUNTS(open=c.open, overdue=c.overdue, minutes=board.due_soon_minutes, due_soon=c.due_soon,
                       held=c.held, unreachable=c.unreachable))
    for title, found in ((URGENT, board.urgent), (HELD, board.held), (UNREACHABLE, board.unreachable)):
        print(f"\n{title()}")
        print(_board_table(board, found) if found else str(NONE_ON_BOARD()))
    return 0


def _board_json(board: Board, lead: BoardLead) -> dict[str, object]:
    return dataclasses.asdict(lead) | {"owner_name": board.officer_name(lead.owner),
                                       "minutes_left": round(lead.minutes_left(board.now), 1)}


def _board_table(board: Board, found: Iterable[BoardLead]) -> str:
    rows = [[b.ref, str(leads.status_words(b.status)), words_of(SCAM_WORDS, b.scam_type), b.district,
             board.officer_name(b.owner), f"{b.minutes_left(board.now):.0f}", str(b.attempts)] for b in found]
    return table(rows, [str(h()) for h in (H_REF, H_STATUS, H_TYPE, H_DISTRICT, H_HOLDER, H_DUE, H_ATTEMPTS)])


def cmd_reassign(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        done = review.reassign(ws, signed_in(args, ws), args.lead, args.to)
    finally:
        ws.close()
    print(REASSIGNED(ref=done.ref, to=done.to_officer, before=done.from_officer or NOBODY()))
    return 0


def cmd_calls(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        tz = ws.settings.centre_tz
        flt = CallFilter(start=parse_time(args.since, tz), end=parse_time(args.until, tz),
                         officer=args.call_officer or None, outcome=args.outcome)
        rows = review.calls_for_review(ws, signed_in(args, ws), flt, limit=max(1, args.limit))
    finally:
        ws.close()
    if args.json:
        emit_json({"count": len(rows), "calls": [dataclasses.asdict(r) for r in rows]})
        return 0
    lines = [[r.event_id, r.ref, local(r.started_at, tz), r.officer, words_of(OUTCOME_WORDS, r.outcome),
              words_of(VERDICT_WORDS, r.review.verdict.value) if r.review else ""] for r in rows]
    print(table(lines, [str(h()) for h in (H_CALL, H_REF, H_STARTED, H_OFFICER, H_OUTCOME, H_VERDICT)]))
    print(CALLS_COUNT(count=len(rows)))
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        done = review.mark_call(ws, signed_in(args, ws), args.call, args.verdict, args.comment)
    finally:
        ws.close()
    print(MARKED(call=done.call_event_id, verdict=words_of(VERDICT_WORDS, done.verdict.value)))
    return 0


def cmd_mine(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        tz = ws.settings.centre_tz
        found = review.reviews_for_officer(ws, signed_in(args, ws), max(1, args.limit))
    finally:
        ws.close()
    if args.json:
        emit_json({"count": len(found), "reviews": [dataclasses.asdict(r) for r in found]})
        return 0
    lines = [[local(r.review.at, tz), r.lead_ref, local(r.call_started_at, tz), words_of(OUTCOME_WORDS, r.outcome),
              words_of(VERDICT_WORDS, r.review.verdict.value), r.reviewer_name, r.review.comment] for r in found]
    print(table(lines, [str(h()) for h in (H_REVIEWED_AT, H_REF, H_STARTED, H_OUTCOME, H_VERDICT, H_REVIEWER,
                                           H_COMMENT)]))
    return 0
