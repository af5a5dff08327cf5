"""`workstation leads …` and `workstation outcome …`."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal

from workstation.cli.commands import command, helptext
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
from workstation.domain.outcome import (
    FieldError,
    OutcomeInput,
    StopPaymentDetails,
    default_party,
    parse_amount,
)
from workstation.domain.types import CallbackFor, LeadStatus, OutcomeCode, ScamType
from workstation.domain.words import LEVEL_WORDS, OUTCOME_WORDS, SCAM_WORDS, TRIGGER_WORDS
from workstation.errors import InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.services import leads, outcomes, queue
from workstation.store.views import LeadDetail, LeadRow

HEADERS = (
    message("cli.leads.ref", QT_TRANSLATE_NOOP("Messages", "Ref")),
    message("cli.leads.status", QT_TRANSLATE_NOOP("Messages", "Status")),
    message("cli.leads.level", QT_TRANSLATE_NOOP("Messages", "Level")),
    message("cli.leads.type", QT_TRANSLATE_NOOP("Messages", "Type")),
    message("cli.leads.name", QT_TRANSLATE_NOOP("Messages", "Name")),
    message("cli.leads.phone", QT_TRANSLATE_NOOP("Messages", "Phone")),
    message("cli.leads.district", QT_TRANSLATE_NOOP("Messages", "District")),
    message("cli.leads.amount", QT_TRANSLATE_NOOP("Messages", "At risk")),
    message("cli.leads.due", QT_TRANSLATE_NOOP("Messages", "Due")),
    message("cli.leads.owner", QT_TRANSLATE_NOOP("Messages", "Owner")),
)
LEADS_COUNT = message("cli.leads.count", QT_TRANSLATE_NOOP("Messages", "{count} leads"))
ONE_LEAD = message("cli.leads.one", QT_TRANSLATE_NOOP("Messages", "1 lead"))
RELEASED = message("cli.leads.released", QT_TRANSLATE_NOOP("Messages", "Released {lead}"))
SAVED = message("cli.outcome.saved", QT_TRANSLATE_NOOP("Messages", "Saved {ref}: {outcome} → {status}"))
NEXT_CALL = message("cli.outcome.next_call", QT_TRANSLATE_NOOP("Messages", "next call {at}"))
KEPT_FOR = message("cli.leads.kept_for", QT_TRANSLATE_NOOP("Messages", "{officer} (callback)"))
KEPT_UNTIL = message("cli.outcome.kept_until", QT_TRANSLATE_NOOP("Messages", "kept for you until {at}"))
WARNED = message("cli.leads.warned", QT_TRANSLATE_NOOP("Messages", "Warned: {kind} {detail} at {at}, due {due}"))
HOLDER = message("cli.leads.holder", QT_TRANSLATE_NOOP("Messages", "id: {id}  owner: {owner}  attempts: {attempts}"))
CALL_LINE = message("cli.leads.call", QT_TRANSLATE_NOOP("Messages", "Call {start}–{end} {officer} {outcome} {notes}"))



def leads_count(n: int) -> Msg:
    return ONE_LEAD() if n == 1 else LEADS_COUNT(count=f"{n:,}")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_leads = command(sub, "leads")
    lsub = p_leads.add_subparsers(dest="leads_cmd", required=True)

    p = lsub.add_parser("list", help=helptext(QT_TRANSLATE_NOOP("Messages", "Every matching lead (no limit), most urgent first")))
    p.add_argument("--status", action="append", choices=[s.value for s in LeadStatus],
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Repeat for several; default: the open leads")))
    p.add_argument("--all", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Every status, closed ones too")))
    p.add_argument("--scam-type", choices=[s.value for s in ScamType])
    p.add_argument("--district")
    p.add_argument("--search", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "Phone digits, a name or a lead reference")))
    p.add_argument("--owner")
    p.add_argument("--sort", choices=[s.value for s in queue.SortKey], default="urgency")
    p.add_argument("--reveal", action="store_true",
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Show names, phone and ID numbers unmasked (a signed-in lead or admin; audited)")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who is asking (with --reveal)")))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = lsub.add_parser("next", help=helptext(QT_TRANSLATE_NOOP("Messages", "Claim the most urgent unclaimed lead")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who claims")))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_next)

    for name, func, text in (("claim", cmd_claim, QT_TRANSLATE_NOOP("Messages", "Claim a chosen lead")),
                             ("release", cmd_release, QT_TRANSLATE_NOOP("Messages", "Give a held lead back to the queue")),
                             ("show", cmd_show, QT_TRANSLATE_NOOP("Messages", "One lead in full, with its history"))):
        p = lsub.add_parser(name, help=helptext(text))
        p.add_argument("lead", help=helptext(QT_TRANSLATE_NOOP("Messages", "Lead id, reference (YJ…) or a unique id prefix")))
        if name == "show":  # masked for anyone; as a signed-in officer, unmasked to its owner or with --reveal
            add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who is asking (the lead's owner sees it unmasked)")))
            p.add_argument("--reveal", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Unmasked (a signed-in lead or admin; audited)")))
        else:
            add_sign_in(p)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)

    p = command(sub, "outcome")
    p.add_argument("lead")
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who called")))
    p.add_argument("--code", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "One of: {codes}"),
                                                           codes=", ".join(c.value for c in OutcomeCode)))
    p.add_argument("--start", help=helptext(QT_TRANSLATE_NOOP("Messages", "Call start (ISO 8601; naive = centre time)")))
    p.add_argument("--end", help=helptext(QT_TRANSLATE_NOOP("Messages", "Call end (default: now)")))
    p.add_argument("--party", default=None, choices=["self", "relative", "nobody"],
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Who answered (default: nobody for no_answer/busy, else self)")))
    p.add_argument("--relation", default="")
    p.add_argument("--deceived", choices=["yes", "no"])
    p.add_argument("--notes", default="")
    p.add_argument("--amount-protected", default="0")
    p.add_argument("--amount-lost", default="0")
    p.add_argument("--checkpoint", action="append", default=[])
    p.add_argument("--script", dest="script_id")
    p.add_argument("--script-version", type=int)
    p.add_argument("--callback-at")
    p.add_argument("--callback-for", default=CallbackFor.ME.value, choices=[c.value for c in CallbackFor],
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "With --code callback_requested: the lead is kept for you until its time and the grace (me, the default), or anyone's")))
    p.add_argument("--station", default="")
    p.add_argument("--channel", default="phone", choices=["phone", "sms", "robot"])
    sp = p.add_argument_group(helptext(QT_TRANSLATE_NOOP("Messages", "Stop-payment (with --code transferred)")))
    for flag in ("victim-account", "victim-bank", "fraud-account", "fraud-name", "fraud-bank",
                 "transfer-amount", "transferred-at"):
        sp.add_argument(f"--{flag}", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outcome, field_flags=OUTCOME_FLAGS)


#: A refused outcome field as the option that gives it ("--amount-lost: An amount cannot be negative").
OUTCOME_FLAGS = {"amount_protected": "--amount-protected", "amount_lost": "--amount-lost",
                 "transfer_amount": "--transfer-amount", "stop_payment.amount": "--transfer-amount",
                 "started_at": "--start", "ended_at": "--end", "contacted_party": "--party",
                 "callback_at": "--callback-at", "script_version": "--script-version",
                 **{f"stop_payment.{name}": f"--{name.replace('_', '-')}"
                    for name in ("victim_account", "victim_bank", "fraud_account", "fraud_name", "fraud_bank",
                                 "transferred_at")}}


def _holder(r: LeadRow) -> str:
    """Who holds the lead, or whose callback keeps it."""
    if r.owner:
        return r.owner
    return str(KEPT_FOR(officer=r.reserved_for)) if r.reserved_for else ""


def _row_line(r: LeadRow, tz: str) -> list[str]:
    return [r.ref, str(leads.status_words(r.status)), words_of(LEVEL_WORDS, r.level), words_of(SCAM_WORDS, r.scam_type),
            r.person_name, r.phone,
            r.district, f"{r.amount_at_risk:,.2f}", local(r.due_at, tz), _holder(r)]


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    statuses = () if args.all else (tuple(args.status) if args.status else None)
    flt = queue.QueueFilter(statuses, args.scam_type, args.district, args.search, args.owner)
    if args.reveal:  # an unmasked list is an export of personal data: the service checks the role and audits
        rows = queue.revealed(ws, signed_in(args, ws), flt, queue.SortKey(args.sort), export=args.json,
                              via="cli leads list")
    else:
        rows = list(queue.iterate(ws, flt, queue.SortKey(args.sort)))
    if args.json:
        items = [r.to_json() for r in rows]
        emit_json({"count": len(items), "leads": items})
        return 0
    lines = [_row_line(r, ws.settings.centre_tz) for r in rows]
    print(table(lines, [str(h()) for h in HEADERS]))
    print(leads_count(len(lines)))
    return 0


def _print_detail(d: LeadDetail, tz: str) -> None:
    r = d.row
    print(f"{r.ref}  {leads.status_words(r.status)}  {words_of(LEVEL_WORDS, r.level)}  {words_of(SCAM_WORDS, r.scam_type)}")
    print(f"  {r.person_name}  {r.phone}  {r.id_number or ''}  {d.city}{r.district}")
    print("  " + str(WARNED(kind=words_of(TRIGGER_WORDS, d.trigger_kind), detail=d.trigger_detail, at=local(r.triggered_at, tz),
                            due=local(r.deadline_at, tz))))
    print("  " + str(HOLDER(id=r.id, owner=r.owner or "-", attempts=r.attempts)))
    for c in d.calls:
        print("  " + str(CALL_LINE(start=local(c.started_at, tz), end=local(c.ended_at, tz, "%H:%M"), officer=c.officer,
                                   outcome=words_of(OUTCOME_WORDS, c.outcome), notes=c.notes)).rstrip())


def cmd_next(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    result = leads.next_lead(ws, signed_in(args, ws))
    if args.json:
        emit_json({"lead": result.lead.to_json() if result.lead else None, "message": result.message})
    elif result.lead is None:
        print(result.message)
    else:
        _print_detail(result.lead, ws.settings.centre_tz)
    return 0 if result.lead else 1


def cmd_claim(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    d = leads.claim(ws, signed_in(args, ws), args.lead)
    emit_json(d.to_json()) if args.json else _print_detail(d, ws.settings.centre_tz)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    leads.release(ws, signed_in(args, ws), args.lead)
    if args.json:
        emit_json({"released": args.lead})
    else:
        print(RELEASED(lead=args.lead))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    acting = args.reveal or args.officer or args.password_stdin
    d = leads.detail(ws, args.lead, officer=signed_in(args, ws) if acting else None, reveal=args.reveal)
    emit_json(d.to_json()) if args.json else _print_detail(d, ws.settings.centre_tz)
    return 0


def _amount(text: str | None, name: str) -> Decimal:
    try:
        return parse_amount(text, name)
    except ValueError as exc:
        raise InvalidInput([FieldError(name, exc.args[0] if exc.args else str(exc))]) from exc


def cmd_outcome(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    tz = ws.settings.centre_tz
    party = args.party or default_party(args.code).value
    sp = None
    if args.code == "transferred" or any(getattr(args, f) for f in (
            "victim_account", "fraud_account", "transfer_amount")):
        sp = StopPaymentDetails(args.victim_account, args.victim_bank, args.fraud_account, args.fraud_name,
                                args.fraud_bank, _amount(args.transfer_amount, "transfer_amount"),
                                parse_time(args.transferred_at, tz))
    inp = OutcomeInput(
        code=args.code, started_at=parse_time(args.start, tz),
        ended_at=parse_time(args.end, tz) if args.end else ws.clock.now(),
        contacted_party=party, relation=args.relation,
        deceived=None if args.deceived is None else args.deceived == "yes", notes=args.notes,
        amount_protected=_amount(args.amount_protected, "amount_protected"),
        amount_lost=_amount(args.amount_lost, "amount_lost"),
        checkpoints=tuple(args.checkpoint), script_id=args.script_id, script_version=args.script_version,
        callback_at=parse_time(args.callback_at, tz), station=args.station, channel=args.channel,
        stop_payment=sp, callback_for=args.callback_for,
    )
    saved = outcomes.record(ws, signed_in(args, ws), args.lead, inp)  # the input is checked before the sign-in
    if args.json:
        emit_json({"event_id": saved.event_id, "lead_id": saved.lead_id, "ref": saved.ref,
                   "status": saved.result.status.value, "next_due_at": saved.result.next_due_at,
                   "attempts": saved.result.attempts, "reserved_until": saved.result.reserved_until})
    else:
        line = str(SAVED(ref=saved.ref, outcome=words_of(OUTCOME_WORDS, args.code),
                         status=leads.status_words(saved.result.status)))
        if saved.result.next_due_at:
            line += f", {NEXT_CALL(at=local(saved.result.next_due_at, tz))}"
        if saved.result.reserved_until:
            line += f", {KEPT_UNTIL(at=local(saved.result.reserved_until, tz))}"
        print(line)
        for m in saved.result.messages:
            print(m)
    sys.stdout.flush()
    return 0
