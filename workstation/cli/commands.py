"""The `workstation` command's top-level subcommands: name → the module that builds it, and its help.

Light on purpose: `workstation --help` (or any one command) must not import every subcommand's module and
what they pull in (SQLAlchemy, Alembic, reportlab, openpyxl…). main.build_parser imports only the module of
the command asked for; the others appear in the help through this table. Each module builds its commands
with `command()`, so the help text lives here once.
"""

from __future__ import annotations

import argparse
from typing import Any, NamedTuple


class Command(NamedTuple):
    module: str  # under workstation.cli; it has add_parsers(sub)
    help: str


COMMANDS: dict[str, Command] = {
    "login": Command("login_cmd", "sign in at this desk's command line for a short while (default 15 minutes)"),
    "logout": Command("login_cmd", "end the command line's sign-in session"),
    "whoami": Command("login_cmd", "who is signed in at the command line, and until when (exit 6: nobody)"),
    "officers": Command("officers_cmd", "officers' accounts (admins)"),
    "leads": Command("leads_cmd", "the queue of warning leads"),
    "outcome": Command("leads_cmd", "record the outcome of a call on a lead you hold"),
    "report": Command("report_cmd", "reports for the team lead"),
    "intake": Command("intake_cmd", "import lead files (CSV, XLSX, JSONL)"),
    "print": Command("print_cmd", "print or save a form, reprint from the archive, batches"),
    "audit": Command("audit_cmd", "the audit log (审计日志)"),
    "connect": Command("sync_cmd", "connect this desk to the centre's PostgreSQL"),
    "sync": Command("sync_cmd", "synchronise with the centre (runs until Ctrl+C unless --once)"),
    "db": Command("db_cmd", "the database schema"),
    "demo": Command("db_cmd", "seed the demo data set (officers and leads)"),
    "scripts": Command("scripts_cmd", "call scripts and their versions"),
}


def command(sub: Any, name: str) -> argparse.ArgumentParser:
    """The top-level parser `name`, with the help from COMMANDS."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=COMMANDS[name].help,
                                                     description=COMMANDS[name].help)
    return parser
