"""`workstation report weekly --week 2026-W47 -o DIR`: the weekly analysis (研判周报) as PDF and XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, open_desk, signed_in
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.reports.period import iso_week, week_of
from workstation.services import review

WEEK_TOTALS = message("report.week_totals", QT_TRANSLATE_NOOP("Messages", "{week}: received {received}, handled {handled}, protected ¥{protected}"))
HELP_WEEKLY = message("cli.report.help.weekly", QT_TRANSLATE_NOOP("Messages", "The weekly analysis: PDF and XLSX, in the --lang language"))


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_report = command(sub, "report")
    rsub = p_report.add_subparsers(dest="report_cmd", required=True)
    p = rsub.add_parser("weekly", help=str(HELP_WEEKLY()))
    p.add_argument("--week", help=helptext(QT_TRANSLATE_NOOP("Messages", "ISO week, e.g. 2026-W47 (default: the current week)")))
    p.add_argument("-o", "--output", type=Path, default=Path("."), help=helptext(QT_TRANSLATE_NOOP("Messages", "Directory for the files")))
    p.add_argument("--weeks", type=int, default=8, help=helptext(QT_TRANSLATE_NOOP("Messages", "Weeks shown week over week (default 8)")))
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who builds it (a team lead or an admin)")))
    p.add_argument("--json", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Print the files and the totals as JSON")))
    p.set_defaults(func=cmd_weekly)


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
