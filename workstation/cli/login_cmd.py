"""`workstation login | logout | whoami`: a short sign-in session for the commands that act as an officer."""

from __future__ import annotations

import argparse

from workstation.cli import session_file
from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, named_officer, open_desk, sign_in_now
from workstation.domain.outcome import FieldError
from workstation.errors import AuthError, InvalidInput
from workstation.services import auth
from workstation.settings import Settings


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "login")
    add_sign_in(p, "who signs in")
    p.add_argument("--minutes", type=int, default=session_file.DEFAULT_MINUTES,
                   help=f"how long the session lasts (default {session_file.DEFAULT_MINUTES}; at most the "
                        f"desk's idle_lock_minutes, and never less than {session_file.DEFAULT_MINUTES})")
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
            raise InvalidInput([FieldError("minutes", f"--minutes 须在 1 到 {limit} 之间 (1 to {limit} minutes)")])
        officer = sign_in_now(ws, named_officer(args), args.password_stdin)
        saved = session_file.save(ws, officer, args.minutes)
        until = session_file.shown(ws, saved.expires_at)
    finally:
        ws.close()
    if args.json:
        emit_json({"officer": saved.officer, "issued_at": saved.issued_at, "expires_at": saved.expires_at})
    else:
        print(f"{saved.officer} 已登录至 {until} (signed in until {until})")
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    settings = Settings.load(args.data_dir, db_url=args.db)
    officer = session_file.remove(settings.data_dir)
    print("未登录 (nobody was signed in)" if officer is None else f"{officer} 已退出 (signed out)")
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        saved, why = session_file.read(ws)
        info = auth.get(ws, saved.officer) if saved is not None else None
        if saved is None or info is None:
            raise AuthError(f"{why}；未登录 (not signed in)" if why else "未登录 (not signed in)")
        until = session_file.shown(ws, saved.expires_at)
    finally:
        ws.close()
    if args.json:
        emit_json({"officer": info.username, "display_name": info.display_name, "role": info.role.value,
                   "issued_at": saved.issued_at, "expires_at": saved.expires_at})
    else:
        print(f"{info.username} ({info.display_name}, {info.role.value}) 已登录至 {until} (signed in until {until})")
    return 0
