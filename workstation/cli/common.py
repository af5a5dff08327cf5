"""What every subcommand shares: opening the desk, signing the officer in, printing JSON or tables, times."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from workstation.errors import AuthError
from workstation.services.context import Workstation, bootstrap
from workstation.services.views import jsonable
from workstation.settings import Settings


def open_desk(args: argparse.Namespace, upgrade: bool = True) -> Workstation:
    """The desk this command works on, on the clock `main()` was given (the system clock by default)."""
    settings = Settings.load(args.data_dir, db_url=args.db)
    return bootstrap(settings, upgrade=upgrade, clock=getattr(args, "clock", None))


NOT_SIGNED_IN = ("未登录 (not signed in): 请先运行 `workstation login`，或加 --password-stdin 从标准输入读取密码 "
                 "(run `workstation login` first, or pass --officer NAME --password-stdin)")


def add_sign_in(p: argparse.ArgumentParser, officer_help: str = "who acts (must be signed in)") -> None:
    """The options of a command that acts as an officer (see `signed_in`)."""
    p.add_argument("--officer", help=officer_help + "; default: WS_OFFICER, else the officer of `workstation login`")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the officer's password from the first line of standard input and sign in for "
                        "this command only")


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
            raise AuthError("--password-stdin 需要 --officer NAME (say who signs in)")
        line = sys.stdin.readline()
        if not line:
            raise AuthError("标准输入中没有密码 (no password on standard input)")
        return auth.sign_in(ws, name, line.rstrip("\r\n")).username
    if not sys.stdin.isatty():
        raise AuthError(NOT_SIGNED_IN)
    name = name or input("民警用户名 (officer): ").strip()
    return auth.sign_in(ws, name, getpass.getpass(f"{name} 的密码 (password): ")).username


def signed_in(args: argparse.Namespace, ws: Workstation) -> str:
    """The officer this command acts as, signed in — the one place the command line decides who acts.

    In this order: with --password-stdin, sign in now for this command only; else the session of `workstation
    login` when it is valid, unexpired, untampered and its officer is the one named (any, when none is named);
    else, on a terminal, a password prompt; else AuthError (exit 6). A name alone (--officer, WS_OFFICER)
    is never enough. A session is taken up through `auth.resume`, which checks the officer is still active
    and, on a connected desk, lets the centre decide again.
    """
    from workstation.cli import session_file
    from workstation.services import auth

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
        why = f"已登录的是 {saved.officer}，不是 {name} (the session is {saved.officer}'s, not {name}'s)"
    raise AuthError(f"{why}；{NOT_SIGNED_IN}" if why else NOT_SIGNED_IN)


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
        raise argparse.ArgumentTypeError(f"'{text}' is not a time (use 2026-11-25T14:03)") from exc
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz_name))


def local(at: datetime | None, tz_name: str, fmt: str = "%m-%d %H:%M") -> str:
    return "" if at is None else at.astimezone(ZoneInfo(tz_name)).strftime(fmt)


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned table (East Asian wide characters count double)."""
    def width(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h + " " * (cols[i] - width(h)) for i, h in enumerate(headers))]
    for r in rows:
        lines.append("  ".join(c + " " * (cols[i] - width(c)) for i, c in enumerate(r)))
    return "\n".join(lines)
