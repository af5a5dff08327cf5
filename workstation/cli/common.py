"""What every subcommand shares: opening the desk, signing the officer in, printing JSON or tables, times."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from workstation.bootstrap import bootstrap
from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.errors import AuthError, InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, Msg, Template, message
from workstation.settings import Settings
from workstation.store.views import jsonable


def open_desk(args: argparse.Namespace, upgrade: bool = True) -> Workstation:
    """The desk this command works on, on the clock `main()` was given (the system clock by default)."""
    settings = Settings.load(args.data_dir, db_url=args.db)
    return bootstrap(settings, upgrade=upgrade, clock=getattr(args, "clock", None))


NOT_SIGNED_IN = message("cli.not_signed_in", QT_TRANSLATE_NOOP("Messages", "Not signed in: run `workstation login` first, or pass --officer NAME --password-stdin"))
NOT_SET_UP = message("cli.not_set_up", QT_TRANSLATE_NOOP("Messages", "This desk is not set up yet: an admin runs `workstation setup` first (or `workstation demo` for a demo desk)"))
WHY_NOT_SIGNED_IN = message("cli.why_not_signed_in", QT_TRANSLATE_NOOP("Messages", "{why}; not signed in: run `workstation login` first, or pass --officer NAME --password-stdin"))
OTHER_SESSION = message("cli.other_session", QT_TRANSLATE_NOOP("Messages", "The session signed in is {saved}'s, not {name}'s"))
STDIN_NEEDS_OFFICER = message("cli.stdin_needs_officer", QT_TRANSLATE_NOOP("Messages", "--password-stdin needs --officer NAME (say who signs in)"))
NO_PASSWORD_ON_STDIN = message("cli.no_password_on_stdin", QT_TRANSLATE_NOOP("Messages", "No password on standard input"))
ASK_OFFICER = message("cli.ask_officer", QT_TRANSLATE_NOOP("Messages", "Officer (user name): "))
ASK_PASSWORD = message("cli.ask_password", QT_TRANSLATE_NOOP("Messages", "Password of {name}: "))
NOT_A_TIME = message("cli.not_a_time", QT_TRANSLATE_NOOP("Messages", "'{text}' is not a time (use 2026-11-25T14:03)"))
WHO_ACTS = message("cli.help.who_acts", QT_TRANSLATE_NOOP("Messages", "Who acts (must be signed in)"))
HELP_OFFICER = message("cli.help.officer", QT_TRANSLATE_NOOP("Messages", "{who}; default: WS_OFFICER, else the officer of `workstation login`"))
AGAIN = message("cli.again", QT_TRANSLATE_NOOP("Messages", "Again"))
PASSWORDS_DIFFER = message("cli.passwords_differ", QT_TRANSLATE_NOOP("Messages", "The two passwords differ"))
HELP_PASSWORD_STDIN = message("cli.help.password_stdin", QT_TRANSLATE_NOOP("Messages", "Read the officer's password from the first line of standard input and sign in for this command only"))


def add_sign_in(p: argparse.ArgumentParser, officer_help: Msg | str | None = None) -> None:
    """The options of a command that acts as an officer (see `signed_in`). officer_help: who the officer is."""
    p.add_argument("--officer", help=str(HELP_OFFICER(who=officer_help or WHO_ACTS())))
    p.add_argument("--password-stdin", action="store_true", help=str(HELP_PASSWORD_STDIN()))


def named_officer(args: argparse.Namespace) -> str | None:
    """The officer a command names (--officer, else WS_OFFICER): a name only, never a sign-in."""
    return getattr(args, "officer", None) or os.environ.get("WS_OFFICER") or None


def sign_in_now(ws: Workstation, name: str | None, password_stdin: bool) -> str:
    """Sign in with a password given now: the first line of standard input, else a prompt on a terminal.

    Goes through `auth.sign_in` (on the centre when the desk is connected; audited; AuthError or
    AccountLocked on failure). Returns the officer's user name."""
    from workstation.services import auth

    if password_stdin:
        if not name:
            raise AuthError(STDIN_NEEDS_OFFICER())
        line = sys.stdin.readline()
        if not line:
            raise AuthError(NO_PASSWORD_ON_STDIN())
        return auth.sign_in(ws, name, line.rstrip("\r\n")).username
    if not sys.stdin.isatty():
        raise AuthError(NOT_SIGNED_IN())
    name = name or input(str(ASK_OFFICER())).strip()
    return auth.sign_in(ws, name, getpass.getpass(str(ASK_PASSWORD(name=name)))).username


def signed_in(args: argparse.Namespace, ws: Workstation) -> str:
    """The officer this command acts as, signed in — the one place the command line decides who acts.

    In this order: with --password-stdin, sign in now for this command only; else the session of `workstation
    login` when it is valid, unexpired, untampered and its officer is the one named (any, when none is named);
    else, on a terminal, a password prompt; else AuthError (exit 6). A name alone (--officer, WS_OFFICER)
    is never enough. A session is taken up through `auth.resume`, which checks the officer is still active
    and, on a connected desk, lets the centre decide again.
    """
    from workstation.cli import session_file
    from workstation.services import auth, setup

    if setup.needs_setup(ws):  # no account to sign in with: say what to do, not "wrong password"
        raise AuthError(NOT_SET_UP())
    name = named_officer(args)
    if getattr(args, "password_stdin", False):
        return sign_in_now(ws, name, True)
    saved, why = session_file.read(ws)
    if saved is not None and name in (None, saved.officer):
        return auth.resume(ws, saved.officer).username
    if sys.stdin.isatty():
        if why:
            print(why, file=sys.stderr)
        return sign_in_now(ws, name, False)
    if saved is not None:
        why = OTHER_SESSION(saved=saved.officer, name=name)
    raise AuthError(WHY_NOT_SIGNED_IN(why=why) if why else NOT_SIGNED_IN())


def new_password(args: argparse.Namespace, prompt: str, where: Template) -> str:
    """A password being set (a first admin's, a new officer's): the next line of standard input with
    --password-stdin, else typed twice at a terminal; `where` says how to give it when neither is possible."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput([FieldError("password", NO_PASSWORD_ON_STDIN())])
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput([FieldError("password", where())])
    first = getpass.getpass(prompt + ": ")
    if getpass.getpass(str(AGAIN()) + ": ") != first:
        raise InvalidInput([FieldError("password", PASSWORDS_DIFFER())])
    return first


def emit_json(doc: Any) -> None:
    json.dump(jsonable(doc), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_time(text: str | None, tz_name: str) -> datetime | None:
    """ISO 8601 ('2026-11-25T14:03', '2026-11-25 14:03:05+08:00'); a naive time is in the centre's zone."""
    if text is None or text == "":
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(NOT_A_TIME(text=text))) from exc
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz_name))


def local(at: datetime | None, tz_name: str, fmt: str = "%m-%d %H:%M") -> str:
    return "" if at is None else at.astimezone(ZoneInfo(tz_name)).strftime(fmt)


def words_of(table: Mapping[str, Template], code: str) -> str:
    """An enum's code in the person's language (the code itself if unknown)."""
    template = table.get(code)
    return code if template is None else str(template())


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned table (East Asian wide characters count double)."""
    def width(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h + " " * (cols[i] - width(h)) for i, h in enumerate(headers))]
    for r in rows:
        lines.append("  ".join(c + " " * (cols[i] - width(c)) for i, c in enumerate(r)))
    return "\n".join(lines)
