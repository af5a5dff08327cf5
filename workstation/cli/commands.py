"""The `workstation` command's top-level subcommands: name → the module that builds it, and its help.

Light on purpose: `workstation --help` (or any one command) must not import every subcommand's module and
what they pull in (SQLAlchemy, Alembic, reportlab, openpyxl…). main.build_parser imports only the module of
the command asked for; the others appear in the help through this table. Each module builds its commands
with `command()`, so the help text lives here once.
"""

from __future__ import annotations

import argparse
from typing import Any, NamedTuple

from workstation.messages import QT_TRANSLATE_NOOP, Msg, Template, message


class Command(NamedTuple):
    module: str  # under workstation.cli; it has add_parsers(sub)
    help: Template  # rendered when the parser is built, after main.build_parser chose the language


COMMANDS: dict[str, Command] = {
    "login": Command("login_cmd", message("cli.help.login", QT_TRANSLATE_NOOP("Messages", "Sign in at this desk's command line for a short while (default 15 minutes)"))),
    "logout": Command("login_cmd", message("cli.help.logout", QT_TRANSLATE_NOOP("Messages", "End the command line's sign-in session"))),
    "whoami": Command("login_cmd", message("cli.help.whoami", QT_TRANSLATE_NOOP("Messages", "Who is signed in at the command line, and until when (exit 6: nobody)"))),
    "officers": Command("officers_cmd", message("cli.help.officers", QT_TRANSLATE_NOOP("Messages", "Officers' accounts (admins)"))),
    "leads": Command("leads_cmd", message("cli.help.leads", QT_TRANSLATE_NOOP("Messages", "The queue of warning leads"))),
    "outcome": Command("leads_cmd", message("cli.help.outcome", QT_TRANSLATE_NOOP("Messages", "Record the outcome of a call on a lead you hold"))),
    "review": Command("review_cmd", message("cli.help.review", QT_TRANSLATE_NOOP("Messages", "The team lead's review: the board, reassigning, verdicts on calls"))),
    "report": Command("report_cmd", message("cli.help.report", QT_TRANSLATE_NOOP("Messages", "Reports for the team lead"))),
    "intake": Command("intake_cmd", message("cli.help.intake", QT_TRANSLATE_NOOP("Messages", "Import lead files (CSV, XLSX, JSONL)"))),
    "print": Command("print_cmd", message("cli.help.print", QT_TRANSLATE_NOOP("Messages", "Print or save a form, reprint from the archive, batches"))),
    "audit": Command("audit_cmd", message("cli.help.audit", QT_TRANSLATE_NOOP("Messages", "The audit log"))),
    "connect": Command("sync_cmd", message("cli.help.connect", QT_TRANSLATE_NOOP("Messages", "Connect this desk to the centre's PostgreSQL"))),
    "sync": Command("sync_cmd", message("cli.help.sync", QT_TRANSLATE_NOOP("Messages", "Synchronise with the centre (runs until Ctrl+C unless --once)"))),
    "db": Command("db_cmd", message("cli.help.db", QT_TRANSLATE_NOOP("Messages", "The database schema"))),
    "demo": Command("db_cmd", message("cli.help.demo", QT_TRANSLATE_NOOP("Messages", "Seed the demo data set (officers and leads)"))),
    "setup": Command("setup_cmd", message("cli.help.setup", QT_TRANSLATE_NOOP("Messages", "Set a new desk up: the unit's name, time zone and first admin"))),
    "settings": Command("setup_cmd", message("cli.help.settings", QT_TRANSLATE_NOOP("Messages", "What a centre tunes on this desk (language, idle lock, retries, de-duplication, printer)"))),
    "scripts": Command("scripts_cmd", message("cli.help.scripts", QT_TRANSLATE_NOOP("Messages", "Call scripts and their versions"))),
}

#: Help texts many commands share.
HELP_JSON = message("cli.help.json", QT_TRANSLATE_NOOP("Messages", "Print JSON"))


def helptext(source: str, **params: object) -> str:
    """A help text in the language main.build_parser chose. `source` is marked with QT_TRANSLATE_NOOP in the
    "Messages" context where it is written, so that it is in the catalogue; sentence case, no full stop."""
    return Msg("cli.help", source, params).render()


def command(sub: Any, name: str) -> argparse.ArgumentParser:
    """The top-level parser `name`, with the help from COMMANDS (in the language main.build_parser chose)."""
    text = str(COMMANDS[name].help())
    parser: argparse.ArgumentParser = sub.add_parser(name, help=text, description=text)
    return parser
