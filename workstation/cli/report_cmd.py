"""`workstation report weekly --week 2026-W47 -o DIR`: the weekly analysis (研判周报) as PDF and XLSX;
`workstation report figures --week 2026-W47`: the figures screen's numbers for a week."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.cli.commands import HELP_JSON, command, helptext
from workstation.cli.common import add_sign_in, emit_json, open_desk, signed_in, table, words_of
from workstation.domain.words import SCAM_WORDS
from workstation.messages import QT_TRANSLATE_NOOP, Template, message
from workstation.reports.period import iso_week, week_of
from workstation.services import review

if TYPE_CHECKING:
    from workstation.reports.figures import FigureRow

WEEK_TOTALS = message("report.week_totals", QT_TRANSLATE_NOOP("Messages", "{week}: received {received}, handled {handled}, protected ¥{protected}"))
HELP_WEEKLY = message("cli.report.help.weekly", QT_TRANSLATE_NOOP("Messages", "The weekly analysis: PDF and XLSX, in the --lang language"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_report = command(sub, "report")
    rsub = p_report.add_subparsers(dest="report_cmd", required=True)
    p = rsub.add_parser("weekly", help=str(HELP_WEEKLY()))
    p.add_argument("--week", help=helptext(QT_TRANSLATE_NOOP("Messages", "ISO week, e.g. 2026-W47 (default: the current week)")))
    p.add_argument("-o", "--output", type=Path, default=Path("."), help=helptext(QT_TRANSLATE_NOOP("Messages", "Directory for the files")))
    p.add_argument("--weeks", type=int, default=8, help=helptext(QT_TRANSLATE_NOOP("Messages", "Weeks shown week over week (default 8)")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who builds it (a team lead or an admin)")))
    p.add_argument("--json", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Print the files and the totals as JSON")))
    p.set_defaults(func=cmd_weekly)

    p = rsub.add_parser("figures", help=helptext(QT_TRANSLATE_NOOP("Messages", "A week's figures: in total, by officer, scam type and district")))
    p.add_argument("--week", help=helptext(QT_TRANSLATE_NOOP("Messages", "ISO week, e.g. 2026-W47 (default: the current week)")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who asks (a team lead or an admin)")))
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    p.set_defaults(func=cmd_figures)


def cmd_weekly(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        tz = ws.settings.centre_tz
        period = iso_week(args.week, tz) if args.week else week_of(ws.clock.now(), tz)
        # the service checks the role and audits the export
        report = review.weekly_report(ws, signed_in(args, ws), period, args.output, max(1, args.weeks))
    finally:
        ws.close()
    t = report.data.figures.total
    if args.json:
        emit_json({"week": period.label, "pdf": str(report.pdf_path), "xlsx": str(report.xlsx_path),
                   "received": t.received, "handled": t.handled, "calls": t.calls,
                   "protected": t.protected, "stop_payments": t.stop_payments, "stop_amount": t.stop_amount})
    else:
        print(WEEK_TOTALS(week=period.label, received=t.received, handled=t.handled, protected=f"{t.protected:,.2f}"))
        print(report.pdf_path)
        print(report.xlsx_path)
    return 0


H_GROUP = message("report.h_group", QT_TRANSLATE_NOOP("Messages", "Group"))
H_RECEIVED = message("report.h_received", QT_TRANSLATE_NOOP("Messages", "Received"))
H_TAKEN = message("report.h_taken", QT_TRANSLATE_NOOP("Messages", "Taken"))
H_HANDLED = message("report.h_handled", QT_TRANSLATE_NOOP("Messages", "Handled"))
H_CALLS = message("report.h_calls", QT_TRANSLATE_NOOP("Messages", "Calls"))
H_PERSUADED = message("report.h_persuaded", QT_TRANSLATE_NOOP("Messages", "Persuaded"))
H_PROTECTED = message("report.h_protected", QT_TRANSLATE_NOOP("Messages", "Protected (¥)"))
BY_OFFICER = message("report.by_officer", QT_TRANSLATE_NOOP("Messages", "By officer"))
BY_SCAM_TYPE = message("report.by_scam_type", QT_TRANSLATE_NOOP("Messages", "By scam type"))
BY_DISTRICT = message("report.by_district", QT_TRANSLATE_NOOP("Messages", "By district"))


def cmd_figures(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        tz = ws.settings.centre_tz
        period = iso_week(args.week, tz) if args.week else week_of(ws.clock.now(), tz)
        figures = review.figures(ws, signed_in(args, ws), period)  # the service checks the role
    finally:
        ws.close()
    if args.json:
        emit_json({"week": period.label, "total": dataclasses.asdict(figures.total),
                   "by_officer": [dataclasses.asdict(r) for r in figures.by_officer],
                   "by_scam_type": [dataclasses.asdict(r) for r in figures.by_scam_type],
                   "by_district": [dataclasses.asdict(r) for r in figures.by_district],
                   "officer_names": figures.officer_names})
        return 0
    print(WEEK_TOTALS(week=period.label, received=figures.total.received, handled=figures.total.handled,
                      protected=f"{figures.total.protected:,.2f}"))
    # (title, rows, a key's name, the first count's header, that count): an officer takes leads; a type or a
    # district receives them
    groups: list[tuple[Template, tuple[FigureRow, ...], Callable[[str], str], Template, Callable[[FigureRow], int]]] = [
        (BY_OFFICER, figures.by_officer, lambda k: figures.officer_names.get(k, k), H_TAKEN, lambda r: r.taken),
        (BY_SCAM_TYPE, figures.by_scam_type, lambda k: words_of(SCAM_WORDS, k), H_RECEIVED, lambda r: r.received),
        (BY_DISTRICT, figures.by_district, str, H_RECEIVED, lambda r: r.received)]
    for title, rows, name, first, count in groups:
        headers = [str(h()) for h in (H_GROUP, first, H_HANDLED, H_CALLS, H_PERSUADED, H_PROTECTED)]
        print(f"\n{title()}")
        print(table([[name(r.key), str(count(r)), str(r.handled), str(r.calls), str(r.persuaded),
                      f"{r.protected:,.2f}"] for r in rows], headers))
    return 0

