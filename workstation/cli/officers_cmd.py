"""`workstation officers list | add | role | disable | enable | unlock`: an admin manages accounts.

On a connected desk every change is made on the centre (the officer's database role, versioned so every desk
learns it); standalone, on the desk. The admin signs in like any command that acts (see common.signed_in).
The new officer's first password is read from the next line of standard input after the admin's (with
--password-stdin), or asked twice on a terminal; it never appears on the command line.
"""

from __future__ import annotations

import argparse

from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, new_password, open_desk, signed_in, table
from workstation.domain.types import Role
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services import auth

H_USERNAME = message("officers.h_username", QT_TRANSLATE_NOOP("Messages", "User name"))
H_NAME = message("officers.h_name", QT_TRANSLATE_NOOP("Messages", "Name"))
H_ROLE = message("officers.h_role", QT_TRANSLATE_NOOP("Messages", "Role"))
H_BADGE = message("officers.h_badge", QT_TRANSLATE_NOOP("Messages", "Badge number"))
PASSWORD_WHERE = message("officers.password_where", QT_TRANSLATE_NOOP("Messages", "The new password: give it on the second line of --password-stdin, or type it at a terminal"))
FIRST_PASSWORD = message("officers.first_password", QT_TRANSLATE_NOOP("Messages", "First password for {username}"))
ADDED = message("officers.added", QT_TRANSLATE_NOOP("Messages", "Added: {username} ({role})"))
CHANGED = message("officers.changed", QT_TRANSLATE_NOOP("Messages", "Done: {username} {change}"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "officers")
    osub = p.add_subparsers(dest="officers_cmd", required=True)
    q = osub.add_parser("list", help=helptext(QT_TRANSLATE_NOOP("Messages", "Every officer this desk knows, with role and whether active")))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = osub.add_parser("add", help=helptext(QT_TRANSLATE_NOOP("Messages", "A new officer (the first password: next line of stdin, or asked twice)")))
    q.add_argument("username")
    q.add_argument("--name", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "Display name")))
    q.add_argument("--role", default="officer", choices=[r.value for r in Role])
    q.add_argument("--badge", default="")
    add_sign_in(q, helptext(QT_TRANSLATE_NOOP("Messages", "The admin")))
    q.set_defaults(func=cmd_add)
    for name, text in (("role", QT_TRANSLATE_NOOP("Messages", "Change an officer's role")),
                       ("disable", QT_TRANSLATE_NOOP("Messages", "An officer may no longer sign in")),
                       ("enable", QT_TRANSLATE_NOOP("Messages", "An officer may sign in again")),
                       ("unlock", QT_TRANSLATE_NOOP("Messages", "Lift a sign-in lockout"))):
        q = osub.add_parser(name, help=helptext(text))
        q.add_argument("username")
        if name == "role":
            q.add_argument("role", choices=[r.value for r in Role])
        add_sign_in(q, helptext(QT_TRANSLATE_NOOP("Messages", "The admin")))
        q.set_defaults(func=cmd_change, change=name)


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    rows = auth.officers(ws)
    if args.json:
        emit_json({"officers": [{"username": o.username, "display_name": o.display_name, "role": o.role.value,
                                 "badge_no": o.badge_no} for o in rows]})
    else:
        print(table([[o.username, o.display_name, o.role.value, o.badge_no] for o in rows],
                    [str(h()) for h in (H_USERNAME, H_NAME, H_ROLE, H_BADGE)]))
    return 0



def cmd_add(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        admin = signed_in(args, ws)
        password = new_password(args, str(FIRST_PASSWORD(username=args.username)), PASSWORD_WHERE)
        info = auth.add_officer(ws, args.username, args.name, Role(args.role), password, args.badge,
                                by=admin)
        print(ADDED(username=info.username, role=info.role.value))
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
        print(CHANGED(username=args.username, change=args.change))
        return 0
    finally:
        ws.close()
