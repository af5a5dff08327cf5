"""`workstation setup` (a new desk's centre name, time zone and first admin) and `workstation settings show|set`
(what a centre tunes; admins). Parse → the use case (services.setup, services.desk_settings) → print."""

from __future__ import annotations

import argparse

from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, new_password, open_desk, signed_in, table
from workstation.domain.outcome import FieldError
from workstation.errors import InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.settings import Settings

SET_UP = message("setup.done", QT_TRANSLATE_NOOP("Messages", "Set up: {unit} ({zone}); first admin {username}. Sign in with `workstation login --officer {username}`"))
SET_UP_CENTRE = message("setup.done_centre", QT_TRANSLATE_NOOP("Messages", "Set up: {unit} ({zone}); officers sign in with their centre accounts"))
ADMIN_PASSWORD = message("setup.admin_password", QT_TRANSLATE_NOOP("Messages", "Password for {username}"))
PASSWORD_WHERE = message("setup.password_where", QT_TRANSLATE_NOOP("Messages", "The admin's password: the first line of --password-stdin, or typed twice at a terminal"))
NOT_KEY_VALUE = message("settings.not_key_value", QT_TRANSLATE_NOOP("Messages", "'{text}' is not NAME=VALUE"))
NOTHING_CHANGED = message("settings.nothing_changed", QT_TRANSLATE_NOOP("Messages", "Nothing changed"))
NOW = message("settings.now", QT_TRANSLATE_NOOP("Messages", "Now {name} = {value}"))
H_SETTING = message("settings.h_setting", QT_TRANSLATE_NOOP("Messages", "Setting"))
H_VALUE = message("settings.h_value", QT_TRANSLATE_NOOP("Messages", "Value"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "setup")
    p.add_argument("--unit", required=True, help=helptext(QT_TRANSLATE_NOOP("Messages", "The unit's full name, as printed on the forms")))
    p.add_argument("--tz", default="Asia/Shanghai", help=helptext(QT_TRANSLATE_NOOP("Messages", "The centre's time zone (default Asia/Shanghai)")))
    p.add_argument("--admin", help=helptext(QT_TRANSLATE_NOOP("Messages", "The first admin's user name (standalone desks)")))
    p.add_argument("--name", help=helptext(QT_TRANSLATE_NOOP("Messages", "The first admin's display name")))
    p.add_argument("--badge", default="", help=helptext(QT_TRANSLATE_NOOP("Messages", "The first admin's badge number")))
    p.add_argument("--password-stdin", action="store_true",
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Read the admin's password from the first line of standard input")))
    p.set_defaults(func=cmd_setup)
    p = command(sub, "settings")
    ssub = p.add_subparsers(dest="settings_cmd", required=True)
    q = ssub.add_parser("show", help=helptext(QT_TRANSLATE_NOOP("Messages", "What a centre tunes on this desk, and the values now")))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)
    q = ssub.add_parser("set", help=helptext(QT_TRANSLATE_NOOP("Messages", "Change settings (an admin): NAME=VALUE …")))
    q.add_argument("pairs", nargs="+", metavar="NAME=VALUE")
    add_sign_in(q, helptext(QT_TRANSLATE_NOOP("Messages", "The admin")))
    q.set_defaults(func=cmd_set)



def cmd_setup(args: argparse.Namespace) -> int:
    from workstation.services import setup

    ws = open_desk(args)
    try:
        admin = None
        if args.admin or args.name:
            password = new_password(args, str(ADMIN_PASSWORD(username=args.admin)), PASSWORD_WHERE)
            admin = setup.FirstAdmin(args.admin or "", args.name or "", password, args.badge)
        made = setup.set_up_desk(ws, unit_name=args.unit, centre_tz=args.tz, admin=admin)
        if made is None:
            print(SET_UP_CENTRE(unit=ws.settings.unit_name, zone=ws.settings.centre_tz))
        else:
            print(SET_UP(unit=ws.settings.unit_name, zone=ws.settings.centre_tz, username=made.username))
        return 0
    finally:
        ws.close()


def cmd_show(args: argparse.Namespace) -> int:
    from workstation.services import desk_settings

    values = desk_settings.current(Settings.load(args.data_dir, db_url=args.db))
    if args.json:
        emit_json({"settings": values})
    else:
        print(table([[name, str(value)] for name, value in values.items()], [str(H_SETTING()), str(H_VALUE())]))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from workstation.services import desk_settings

    values: dict[str, object] = {}
    unreadable: list[FieldError] = []
    for pair in args.pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            unreadable.append(FieldError("settings", NOT_KEY_VALUE(text=pair)))
        else:
            values[name.strip()] = value
    errors = unreadable + desk_settings.parse(values)[1]
    if errors:  # all at once, before any sign-in: a typo costs no password
        raise InvalidInput(errors)
    ws = open_desk(args)
    try:
        changed = desk_settings.change(ws, signed_in(args, ws), values)
    finally:
        ws.close()
    for name, value in changed.items():
        print(NOW(name=name, value=value))
    if not changed:
        print(NOTHING_CHANGED())
    return 0
