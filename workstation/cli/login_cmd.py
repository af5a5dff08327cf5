"""`workstation login | logout | whoami`: a short sign-in session for the commands that act as an officer."""

from __future__ import annotations

import argparse

from workstation.cli import session_file
from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, named_officer, open_desk, sign_in_now
from workstation.domain.outcome import FieldError
from workstation.domain.words import aside
from workstation.errors import AuthError, InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services import auth
from workstation.settings import Settings

MINUTES_RANGE = message("login.minutes_range", QT_TRANSLATE_NOOP("Messages", "--minutes must be between 1 and {limit}"))
SIGNED_IN_UNTIL = message("login.signed_in_until", QT_TRANSLATE_NOOP("Messages", "{who} is signed in until {until}"))
NOBODY_SIGNED_IN = message("login.nobody", QT_TRANSLATE_NOOP("Messages", "Nobody was signed in"))
SIGNED_OUT = message("login.signed_out", QT_TRANSLATE_NOOP("Messages", "{who} signed out"))
NOT_SIGNED_IN = message("login.not_signed_in", QT_TRANSLATE_NOOP("Messages", "Not signed in"))
NOT_SIGNED_IN_BECAUSE = message("login.not_signed_in_because", QT_TRANSLATE_NOOP("Messages", "{why}: not signed in"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "login")
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "Who signs in")))
    p.add_argument("--minutes", type=int, default=session_file.DEFAULT_MINUTES,
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "How long the session lasts in minutes (default {minutes}; at most the desk's idle_lock_minutes, and never less than {minutes})"),
                                 minutes=session_file.DEFAULT_MINUTES))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_login)

    p = command(sub, "logout")
    p.set_defaults(func=cmd_logout)

    p = command(sub, "whoami")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_whoami)


def cmd_login(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        limit = session_file.max_minutes(ws.settings)
        if not 1 <= args.minutes <= limit:
            raise InvalidInput([FieldError("minutes", MINUTES_RANGE(limit=limit))])
        officer = sign_in_now(ws, named_officer(args), args.password_stdin)
        saved = session_file.save(ws, officer, args.minutes)
        until = session_file.shown(ws, saved.expires_at)
    finally:
        ws.close()
    if args.json:
        emit_json({"officer": saved.officer, "issued_at": saved.issued_at, "expires_at": saved.expires_at})
    else:
        print(SIGNED_IN_UNTIL(who=saved.officer, until=until))
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    settings = Settings.load(args.data_dir, db_url=args.db)
    officer = session_file.remove(settings.data_dir)
    print(NOBODY_SIGNED_IN() if officer is None else SIGNED_OUT(who=officer))
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        saved, why = session_file.read(ws)
        info = auth.get(ws, saved.officer) if saved is not None else None
        if saved is None or info is None:
            raise AuthError(NOT_SIGNED_IN_BECAUSE(why=why) if why else NOT_SIGNED_IN())
        until = session_file.shown(ws, saved.expires_at)
    finally:
        ws.close()
    if args.json:
        emit_json({"officer": info.username, "display_name": info.display_name, "role": info.role.value,
                   "issued_at": saved.issued_at, "expires_at": saved.expires_at})
    else:
        print(SIGNED_IN_UNTIL(who=aside(info.username, f"{info.display_name}, {info.role.value}"), until=until))
    return 0
