"""`workstation print …`: forms from stored facts to a PDF file or a CUPS printer, archived; reprints; batches."""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, parse_time, signed_in, table
from workstation.desk import Workstation
from workstation.domain.outcome import FieldError, parse_amount
from workstation.errors import InvalidInput, NotFound
from workstation.files import write_atomically
from workstation.forms import FORM_KINDS
from workstation.forms.data import CASE_SOURCES, INTAKE_DECISIONS
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services import documents
from workstation.services.documents import DocumentInfo, Rendered

HELP = {
    "record": message("cli.print.help.record", QT_TRANSLATE_NOOP("Messages", "The work record sheet")),
    "case": message("cli.print.help.case", QT_TRANSLATE_NOOP("Messages", "The case intake form")),
    "stop-payment": message("cli.print.help.stop_payment", QT_TRANSLATE_NOOP("Messages", "The stop-payment request")),
    "thanks": message("cli.print.help.thanks", QT_TRANSLATE_NOOP("Messages", "A thank-you letter")),
    "visit-notice": message("cli.print.help.visit_notice", QT_TRANSLATE_NOOP("Messages", "The visit notice")),
}
HELP_THANKS_RECEIVED = message("cli.print.help.thanks_received", QT_TRANSLATE_NOOP("Messages", "Record a letter or banner the centre received"))
HELP_CASE_DETAILS = message("cli.print.help.case_details", QT_TRANSLATE_NOOP("Messages", "Record the intake details the case intake form needs"))
HELP_VISIT = message("cli.print.help.visit", QT_TRANSLATE_NOOP("Messages", "Record an in-person visit"))

NEED_TARGET = message("cli.print.need_target", QT_TRANSLATE_NOOP("Messages", "Give -o FILE.pdf or --printer NAME"))
NEED_AT = message("cli.print.need_at", QT_TRANSLATE_NOOP("Messages", "A time is required (--at)"))
NO_SUCH_FILE = message("cli.print.no_such_file", QT_TRANSLATE_NOOP("Messages", "No such file {path}"))
ISSUED = message("cli.print.issued", QT_TRANSLATE_NOOP("Messages", "Serial {serial}  sha256 {sha256}  {pages} page(s)"))
DELIVERED = message("cli.print.delivered", QT_TRANSLATE_NOOP("Messages", "  {action}: {target}  (document {document})"))
LETTERS = message("cli.print.letters", QT_TRANSLATE_NOOP("Messages", "{count} thank-you letter(s)"))
SENT = message("cli.print.sent", QT_TRANSLATE_NOOP("Messages", "Sent to {printer}: {job}"))
SENT_ARCHIVED = message("cli.print.sent_archived", QT_TRANSLATE_NOOP("Messages", "  archived as a print of {serial} (document {document})"))
RECORDED = message("cli.print.recorded", QT_TRANSLATE_NOOP("Messages", "Recorded {event}"))
HISTORY_HEADERS = (message("cli.print.h_time", QT_TRANSLATE_NOOP("Messages", "Time")),
                   message("cli.print.h_form", QT_TRANSLATE_NOOP("Messages", "Form")),
                   message("cli.print.h_serial", QT_TRANSLATE_NOOP("Messages", "Serial")),
                   message("cli.print.h_action", QT_TRANSLATE_NOOP("Messages", "Action")),
                   message("cli.print.h_copies", QT_TRANSLATE_NOOP("Messages", "Copies")),
                   message("cli.print.h_officer", QT_TRANSLATE_NOOP("Messages", "Officer")),
                   message("cli.print.h_document", QT_TRANSLATE_NOOP("Messages", "Document")))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_print = command(sub, "print")
    psub = p_print.add_subparsers(dest="print_cmd", required=True)
    for kind in FORM_KINDS:
        p = psub.add_parser(kind, help=str(HELP[kind]()) if kind in HELP else kind)
        p.add_argument("--lead", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "Lead id, reference (YJ…) or a unique id prefix")))
        p.add_argument("-o", "--output", type=Path, help=helptext(QT_TRANSLATE_NOOP("Messages", "Write the PDF here (atomically)")))
        p.add_argument("--printer", help=helptext(QT_TRANSLATE_NOOP("Messages", "Send to this CUPS printer (lp -d)")))
        p.add_argument("--recipient", help=helptext(QT_TRANSLATE_NOOP("Messages", "Thanks: the recipient's event id (default: the latest recorded)")))
        _common(p)
        p.set_defaults(func=cmd_form, form_kind=kind)

    p = psub.add_parser("reprint", help=helptext(QT_TRANSLATE_NOOP("Messages", "An archived document again, byte for byte")))
    p.add_argument("document", help=helptext(QT_TRANSLATE_NOOP("Messages", "Document id (or a unique prefix)")))
    p.add_argument("-o", "--output", type=Path)
    p.add_argument("--printer")
    _common(p)
    p.set_defaults(func=cmd_reprint)

    p = psub.add_parser("batch", help=helptext(QT_TRANSLATE_NOOP("Messages", "Many letters in one PDF")))
    p.add_argument("batch_kind", choices=["thanks"])
    p.add_argument("--since", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "From this date/time (naive = centre time)")))
    p.add_argument("--until", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "Up to this date/time, exclusive (a date: that whole day)")))
    p.add_argument("-o", "--output", type=Path)
    p.add_argument("--printer")
    _common(p)
    p.set_defaults(func=cmd_batch)

    p = psub.add_parser("send", help=helptext(QT_TRANSLATE_NOOP("Messages", "Hand a PDF file to a CUPS printer (vector, lp -d)")))
    p.add_argument("file", type=Path)
    p.add_argument("--printer", required=True)
    _common(p)
    p.set_defaults(func=cmd_send)

    p = psub.add_parser("history", help=helptext(QT_TRANSLATE_NOOP("Messages", "The documents printed for a lead")))
    p.add_argument("lead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    _fact_parsers(psub)


def _common(p: argparse.ArgumentParser) -> None:
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who prints")))
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--json", action="store_true")


def _fact_parsers(psub: argparse._SubParsersAction) -> None:
    p = psub.add_parser("add-recipient", help=helptext(QT_TRANSLATE_NOOP("Messages", "Record who helped stop the fraud (for a thank-you letter)")))
    p.add_argument("lead")
    p.add_argument("--name", required=True)
    p.add_argument("--deed", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "What they did")))
    p.add_argument("--at", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "When (ISO 8601; naive = centre time)")))
    p.add_argument("--org", default="")
    p.add_argument("--role", default="citizen", choices=list(documents.RECIPIENT_ROLES))
    p.add_argument("--amount-protected")
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who records it")))
    p.set_defaults(func=cmd_add_recipient, field_flags=RECIPIENT_FLAGS)

    p = psub.add_parser("thanks-received", help=str(HELP_THANKS_RECEIVED()))
    p.add_argument("lead")
    p.add_argument("--kind", required=True, choices=list(documents.THANKS_RECEIVED_KINDS))
    p.add_argument("--from", dest="from_name", required=True)
    p.add_argument("--at", required=True)
    p.add_argument("--note", default="")
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who records it")))
    p.set_defaults(func=cmd_thanks_received, field_flags=THANKS_FLAGS)

    p = psub.add_parser("case-details", help=str(HELP_CASE_DETAILS()))
    p.add_argument("lead")
    p.add_argument("--source", required=True, choices=list(CASE_SOURCES))
    p.add_argument("--address", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "The reporter's address")))
    p.add_argument("--facts", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "The brief facts of the case")))
    p.add_argument("--decision", required=True,
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "The intake decision: one of the printed options ({options}) or any other text"),
                                 options="; ".join(INTAKE_DECISIONS[:-1])))
    p.add_argument("--decision-note", default="")
    p.add_argument("--place", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "Where the case was received")))
    p.add_argument("--at", help=helptext(QT_TRANSLATE_NOOP("Messages", "When the case was received (default: now)")))
    p.add_argument("--workplace", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "The reporter's workplace")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who records it")))
    p.set_defaults(func=cmd_case_details, field_flags=CASE_FLAGS)

    p = psub.add_parser("visit", help=str(HELP_VISIT()))
    p.add_argument("lead")
    p.add_argument("--address", required=True)
    p.add_argument("--officers", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "The two officers' names, comma-separated")))
    p.add_argument("--at", required=True)
    p.add_argument("--unit", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "The visiting unit (default: the centre)")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who records it")))
    p.set_defaults(func=cmd_visit, field_flags=VISIT_FLAGS)


# A refused fact named by the option that gives it (cli.main.field_text).
CASE_FLAGS = {"case_source": "--source", "reporter_address": "--address", "brief_facts": "--facts",
              "decision": "--decision", "decision_note": "--decision-note", "received_place": "--place",
              "received_at": "--at", "reporter_workplace": "--workplace"}
VISIT_FLAGS = {"address": "--address", "officer_names": "--officers", "visited_at": "--at", "unit_name": "--unit"}
RECIPIENT_FLAGS = {"recipient_name": "--name", "recipient_org": "--org", "role": "--role", "deed": "--deed",
                   "amount_protected": "--amount-protected", "occurred_at": "--at"}
THANKS_FLAGS = {"kind": "--kind", "from_name": "--from", "received_at": "--at", "note": "--note"}


def _need_target(args: argparse.Namespace) -> None:
    if not args.output and not args.printer:
        raise InvalidInput([FieldError("output", NEED_TARGET())])


def _deliver(ws: Workstation, args: argparse.Namespace, officer: str, rendered: Rendered,
             reprint_of: str | None = None) -> list[DocumentInfo]:
    """Write and/or spool the bytes, then archive each delivery as `officer` (signed in)."""
    done: list[DocumentInfo] = []
    if args.output:
        write_atomically(args.output, rendered.data)
        action = "reprint" if reprint_of else "save"
        done.append(documents.archive(ws, officer, rendered, action, args.copies,
                                      str(args.output.resolve()), reprint_of=reprint_of))
    if args.printer:
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
            fh.write(rendered.data)
        try:
            job = documents.send_to_cups(fh.name, args.printer, args.copies, rendered.serial_no)
        finally:
            Path(fh.name).unlink(missing_ok=True)
        original = reprint_of or (done[0].id if done else None)
        action = "reprint" if reprint_of else "print"
        done.append(documents.archive(ws, officer, rendered, action, args.copies,
                                      f"{args.printer} ({job})", reprint_of=original))
    return done


def _report(args: argparse.Namespace, rendered: Rendered, done: list[DocumentInfo]) -> int:
    if getattr(args, "json", False):
        emit_json({"serial_no": rendered.serial_no, "sha256": rendered.sha256, "pages": done[0].pages,
                   "documents": [{"id": d.id, "action": d.action, "target": d.target} for d in done]})
        return 0
    print(ISSUED(serial=rendered.serial_no, sha256=rendered.sha256, pages=done[0].pages))
    for d in done:
        print(DELIVERED(action=d.action, target=d.target, document=d.id))
    return 0


def cmd_form(args: argparse.Namespace) -> int:
    _need_target(args)
    ws = open_desk(args)
    officer = signed_in(args, ws)
    rendered = documents.make(ws, officer, args.form_kind, args.lead, choice=args.recipient, preview=False)
    return _report(args, rendered, _deliver(ws, args, officer, rendered))


def cmd_reprint(args: argparse.Namespace) -> int:
    _need_target(args)
    ws = open_desk(args)
    officer = signed_in(args, ws)
    info, data = documents.fetch(ws, args.document, officer)  # refused before a byte is written
    rendered = Rendered(data, info.form, info.serial_no, info.lead_ids, ())
    return _report(args, rendered, _deliver(ws, args, officer, rendered, reprint_of=info.reprint_of or info.id))


def cmd_batch(args: argparse.Namespace) -> int:
    _need_target(args)
    ws = open_desk(args)
    tz = ws.settings.centre_tz
    since, until = parse_time(args.since, tz), parse_time(args.until, tz)
    assert since is not None and until is not None
    if len(args.until.strip()) <= 10:  # a date alone: up to the end of that day
        until += timedelta(days=1)
    officer = signed_in(args, ws)
    entries = documents.thanks_letters(ws, since, until)
    rendered = documents.make_thanks_batch(ws, officer, entries, preview=False)
    print(LETTERS(count=len(entries)))
    return _report(args, rendered, _deliver(ws, args, officer, rendered))


def cmd_send(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise NotFound(NO_SUCH_FILE(path=args.file))
    data = args.file.read_bytes()
    ws = open_desk(args)
    officer = signed_in(args, ws)  # before the job goes out, so every print of an archived document is archived
    known = documents.find_by_hash(ws, hashlib.sha256(data).hexdigest())
    job = documents.send_to_cups(str(args.file), args.printer, args.copies, args.file.name)
    print(SENT(printer=args.printer, job=job))
    if known is not None:  # the bytes of an archived document: the archive learns it was printed
        rendered = Rendered(data, known.form, known.serial_no, known.lead_ids, ())
        d = documents.archive(ws, officer, rendered, "print", args.copies, f"{args.printer} ({job})",
                              reprint_of=known.reprint_of or known.id)
        print(SENT_ARCHIVED(serial=known.serial_no, document=d.id))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    docs = documents.history(ws, args.lead)
    if args.json:
        emit_json([d.__dict__ for d in docs])
        return 0
    tz = ws.settings.centre_tz
    print(table([[local(d.printed_at, tz, "%Y-%m-%d %H:%M"), d.form, d.serial_no, d.action, str(d.copies),
                  d.printed_by, d.id] for d in docs],
                [str(h()) for h in HISTORY_HEADERS]))
    return 0


def _at(args: argparse.Namespace, ws: Workstation) -> datetime:
    at = parse_time(args.at, ws.settings.centre_tz)
    if at is None:
        raise InvalidInput([FieldError("at", NEED_AT())])
    return at


def cmd_add_recipient(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    amount = parse_amount(args.amount_protected, "amount_protected") if args.amount_protected else None
    event = documents.add_thanks_recipient(ws, signed_in(args, ws), args.lead, args.name, args.deed,
                                           _at(args, ws), recipient_org=args.org, role=args.role,
                                           amount_protected=amount)
    print(RECORDED(event=event))
    return 0


def cmd_thanks_received(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    event = documents.record_thanks_received(ws, signed_in(args, ws), args.lead, args.kind, args.from_name,
                                             _at(args, ws), args.note)
    print(RECORDED(event=event))
    return 0


def cmd_case_details(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    details = {"case_source": args.source, "reporter_address": args.address, "brief_facts": args.facts,
               "decision": args.decision, "decision_note": args.decision_note, "received_place": args.place,
               "reporter_workplace": args.workplace}
    at = parse_time(args.at, ws.settings.centre_tz) if args.at else None
    print(RECORDED(event=documents.record_case_details(ws, signed_in(args, ws), args.lead, details, at)))
    return 0


def cmd_visit(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    event = documents.record_visit(ws, signed_in(args, ws), args.lead, args.address,
                                   args.officers.replace("，", ",").split(","), _at(args, ws),
                                   unit_name=args.unit)
    print(RECORDED(event=event))
    return 0
