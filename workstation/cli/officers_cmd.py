"""`workstation officers list | add | role | disable | enable | unlock`: an admin manages accounts.

On a connected desk every change is made on the centre (the officer's database role, versioned so every desk
learns it); standalone, on the desk. The admin signs in like any command that acts (see common.signed_in).
The new officer's first password is read from the next line of standard input after the admin's (with
--password-stdin), or asked twice on a terminal; it never appears on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, open_desk, signed_in, table
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.services import auth


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "officers")
    osub = p.add_subparsers(dest="officers_cmd", required=True)
    q = osub.add_parser("list", help="every officer this desk knows, with role and whether active")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = osub.add_parser("add", help="a new officer (the first password: next line of stdin, or asked twice)")
    q.add_argument("username")
    q.add_argument("--name", required=True, help="display name")
    q.add_argument("--role", default="officer", choices=[r.value for r in Role])
    q.add_argument("--badge", default="")
    add_sign_in(q, "the admin")
    q.set_defaults(func=cmd_add)
    for name, helptext in (("role", "change an officer's role"), ("disable", "an officer may no longer sign in"),
                           ("enable", "an officer may sign in again"), ("unlock", "lift a sign-in lockout")):
        q = osub.add_parser(name, help=helptext)
        q.add_argument("username")
        if name == "role":
            q.add_argument("role", choices=[r.value for r in Role])
        add_sign_in(q, "the admin")
        q.set_defaults(func=cmd_change, change=name)


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    rows = auth.officers(ws)
    if args.json:
        emit_json({"officers": [{"username": o.username, "display_name": o.display_name, "role": o.role.value,
                                 "badge_no": o.badge_no} for o in rows]})
    else:
        print(table([[o.username, o.display_name, o.role.value, o.badge_no] for o in rows],
                    ["用户名", "姓名", "角色", "警号"]))
    return 0


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput([FieldError("password", "新密码：请用 --password-stdin 的第二行或在终端输入 "
                                                   "(the new password: second line of stdin, or a terminal)")])
    first = getpass.getpass(f"{args.username} 的初始密码 (first password): ")
    if getpass.getpass("再输一次 (again): ") != first:
        raise InvalidInput([FieldError("password", "两次输入的密码不一致 (the passwords differ)")])
    return first


def cmd_add(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        admin = signed_in(args, ws)
        info = auth.add_officer(ws, args.username, args.name, Role(args.role), _new_password(args), args.badge,
                                by=admin)
        print(f"已添加 (added): {info.username} ({info.role.value})")
        return 0
    finally:
        ws.close()


def cmd_change(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        admin = signed_in(args, ws)
        if args.change == "role":
            auth.set_role(ws, admin, args.username, Role(args.role))
        elif args.change == "unlock":
            auth.unlock(ws, admin, args.username)
        else:
            auth.set_active(ws, admin, args.username, args.change == "enable")
        print(f"已更新 (done): {args.username} {args.change}")
        return 0
    finally:
        ws.close()
