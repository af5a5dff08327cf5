"""`workstation connect URL`, `workstation sync [--once]`, `workstation sync status`."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import Any

from workstation.cli.commands import HELP_JSON, command
from workstation.cli.common import add_sign_in, emit_json, local, named_officer, open_desk, signed_in
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.settings import Settings

PASSWORD_OF = message("cli.sync.password_of", QT_TRANSLATE_NOOP("Messages", "Password for {url}: "))
VISIBLE_PASSWORD = message("cli.sync.visible_password", QT_TRANSLATE_NOOP("Messages", "Note: a password in the URL is visible in the process list and the shell history; prefer --password-stdin or the keyring"))
CONNECTED = message("cli.sync.connected", QT_TRANSLATE_NOOP("Messages", "Connected to the centre: {url}, schema {revision}"))
MIGRATED = message("cli.sync.migrated", QT_TRANSLATE_NOOP("Messages", "The centre's schema was upgraded"))
NOT_STORED = message("cli.sync.not_stored", QT_TRANSLATE_NOOP("Messages", "The keyring is unavailable: the password was not stored; use ~/.pgpass or PGPASSWORD next time"))
NEVER = message("cli.sync.never", QT_TRANSLATE_NOOP("Messages", "never"))
NOT_CONNECTED = message("cli.sync.not_connected", QT_TRANSLATE_NOOP("Messages", "not connected"))
STATUS_LINES = (message("cli.sync.status.centre", QT_TRANSLATE_NOOP("Messages", "Centre: {value}")),
                message("cli.sync.status.last_sync", QT_TRANSLATE_NOOP("Messages", "Last sync: {value}")),
                message("cli.sync.status.pending", QT_TRANSLATE_NOOP("Messages", "Waiting to go up: {value}")),
                message("cli.sync.status.dead", QT_TRANSLATE_NOOP("Messages", "Refused by the centre (dead letters): {value}")),
                message("cli.sync.status.set_aside", QT_TRANSLATE_NOOP("Messages", "Pulled but set aside: {value}")))
SYNCED = message("cli.sync.synced", QT_TRANSLATE_NOOP("Messages", "Pushed {pushed} (new {new}, refused {refused}), pulled {pulled}, expired leases {expired}"))
HELP_URL = message("cli.sync.help.url", QT_TRANSLATE_NOOP("Messages", "Postgresql://user@host[:port]/db[?sslmode=…&sslcert=…&sslkey=…&sslrootcert=…] or postgresql:///?service=NAME; a password goes to the OS keyring, never to a file (~/.pgpass, PGPASSWORD and client certificates work as for psql)"))
HELP_MIGRATE = message("cli.sync.help.migrate", QT_TRANSLATE_NOOP("Messages", "Bring the centre's schema up to date if needed"))
HELP_PASSWORD = message("cli.sync.help.password_stdin", QT_TRANSLATE_NOOP("Messages", "Read the password from standard input"))
HELP_ONCE = message("cli.sync.help.once", QT_TRANSLATE_NOOP("Messages", "One round of sync, then stop"))
HELP_WHAT = message("cli.sync.help.what", QT_TRANSLATE_NOOP("Messages", "Status: show the state of sync"))
HELP_AS = message("cli.sync.help.as", QT_TRANSLATE_NOOP("Messages", "Sync as this officer (their events go up; default: the `workstation login` session, else the centre URL's own credentials)"))


def add_parsers(sub: Any) -> None:
    p = command(sub, "connect")
    p.add_argument("url", help=str(HELP_URL()))
    p.add_argument("--migrate", action="store_true", help=str(HELP_MIGRATE()))
    p.add_argument("--password-stdin", action="store_true", help=str(HELP_PASSWORD()))
    p.set_defaults(func=cmd_connect)
    p = command(sub, "sync")
    p.add_argument("--once", action="store_true", help=str(HELP_ONCE()))
    p.add_argument("what", nargs="?", choices=["status"], help=str(HELP_WHAT()))
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    add_sign_in(p, HELP_AS())
    p.set_defaults(func=cmd_sync)


def _prompt(url: str) -> str | None:
    """Asked only when the server wants a password we do not have; None (give up) without a terminal."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(str(PASSWORD_OF(url=url))) or None


def cmd_connect(args: argparse.Namespace) -> int:
    from workstation.sync import connect
    from workstation.sync.options import strip_password

    settings = Settings.load(args.data_dir)
    password = (sys.stdin.readline().rstrip("\n") or None) if args.password_stdin else None
    if strip_password(args.url)[1]:
        print(VISIBLE_PASSWORD(), file=sys.stderr)
    interactive = sys.stdin.isatty() and not args.password_stdin
    asker = (lambda q: input(f"{q} [y/N] ").strip().lower() == "y") if interactive else None
    done = connect.connect(settings.data_dir, args.url, password, migrate_ok=args.migrate, ask_migrate=asker,
                           prompt=_prompt if interactive else None)
    print(CONNECTED(url=done.url, revision=done.revision))
    if done.migrated:
        print(MIGRATED())
    if not done.password_stored:
        print(NOT_STORED(), file=sys.stderr)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from workstation.bootstrap import open_centre
    from workstation.sync.status import local_status

    ws = open_desk(args)
    try:
        if args.what == "status":
            options_url = _configured(ws)
            st = local_status(ws, connected=bool(options_url), online=False)
            doc = {"centre": options_url, "pending": st.pending, "dead_letters": st.dead_letters,
                   "set_aside": st.set_aside, "last_sync_at": st.last_sync_at, "cursor": st.cursor}
            if args.json:
                emit_json(doc)
            else:
                last = local(st.last_sync_at, ws.settings.centre_tz, "%Y-%m-%d %H:%M:%S") or NEVER()
                values = (options_url or NOT_CONNECTED(), last, st.pending, st.dead_letters, st.set_aside)
                for line, value in zip(STATUS_LINES, values, strict=True):
                    print(line(value=value))
            return 0
        centre = _signed_in_centre(args, ws) or open_centre(ws, prompt=_prompt)
        while True:
            r = centre.sync_once(sweep=True)
            print(SYNCED(pushed=r.pushed, new=r.pushed_new, refused=r.dead, pulled=r.pulled, expired=r.expired),
                  flush=True)
            if args.once:
                return 0
            centre.wakeup.wait(centre.options.poll_seconds)
            time.sleep(0)
    finally:
        ws.close()


def _signed_in_centre(args: argparse.Namespace, ws: Any) -> Any:
    """The centre bootstrap attached, with the officer of this command signed in on it as themselves — when an
    officer is named or a `workstation login` session exists; else None (the URL's own credentials serve)."""
    from workstation.cli import session_file

    if ws.centre is None:
        return None
    if not (named_officer(args) or args.password_stdin or session_file.read(ws)[0] is not None):
        return None
    signed_in(args, ws)
    return ws.centre


def _configured(ws: Any) -> str:
    from pathlib import Path

    from workstation.sync.options import SyncOptions

    return SyncOptions.load(Path(ws.settings.data_dir)).url
