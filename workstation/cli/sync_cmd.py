"""`workstation connect URL`, `workstation sync [--once]`, `workstation sync status`."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import Any

from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, local, named_officer, open_desk, signed_in
from workstation.settings import Settings


def add_parsers(sub: Any) -> None:
    p = command(sub, "connect")
    p.add_argument("url", help="postgresql://user@host[:port]/db[?sslmode=…&sslcert=…&sslkey=…&sslrootcert=…]"
                   " or postgresql:///?service=NAME; a password goes to the OS keyring, never to a file"
                   " (~/.pgpass, PGPASSWORD and client certificates work as for psql)")
    p.add_argument("--migrate", action="store_true", help="bring the centre's schema up to date if needed")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=cmd_connect)
    p = command(sub, "sync")
    p.add_argument("--once", action="store_true")
    p.add_argument("what", nargs="?", choices=["status"], help="status: show the state of sync")
    p.add_argument("--json", action="store_true")
    add_sign_in(p, "sync as this officer (their events go up; default: the `workstation login` session, else "
                   "the centre URL's own credentials)")
    p.set_defaults(func=cmd_sync)


def _prompt(url: str) -> str | None:
    """Asked only when the server wants a password we do not have; None (give up) without a terminal."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{url} 的密码 (password): ") or None


def cmd_connect(args: argparse.Namespace) -> int:
    from workstation.sync import connect
    from workstation.sync.options import strip_password

    settings = Settings.load(args.data_dir)
    password = (sys.stdin.readline().rstrip("\n") or None) if args.password_stdin else None
    if strip_password(args.url)[1]:
        print("注意：命令行中的密码他人可见，请改用 --password-stdin 或钥匙串 (a password in the URL is visible"
              " in the process list and shell history: prefer --password-stdin)", file=sys.stderr)
    interactive = sys.stdin.isatty() and not args.password_stdin
    asker = (lambda q: input(q + " [y/N] ").strip().lower() == "y") if interactive else None
    done = connect.connect(settings.data_dir, args.url, password, migrate_ok=args.migrate, ask_migrate=asker,
                           prompt=_prompt if interactive else None)
    print(f"已连接中心 (connected): {done.url}, schema {done.revision}"
          + ("，已升级 (migrated)" if done.migrated else "")
          + ("" if done.password_stored else "；钥匙串不可用，密码未保存，下次请用 ~/.pgpass 或 PGPASSWORD"
             " (keyring unavailable: password not stored; use ~/.pgpass or PGPASSWORD next time)"))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from workstation.sync.connect import open_centre
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
                last = local(st.last_sync_at, ws.settings.centre_tz, "%Y-%m-%d %H:%M:%S") or "从未 (never)"
                print(f"中心 (centre): {options_url or '未连接 (not connected)'}\n上次同步 (last sync): {last}\n"
                      f"待上传 (waiting to go up): {st.pending}\n无法上传 (dead letters): {st.dead_letters}\n"
                      f"未能应用 (pulled, set aside): {st.set_aside}")
            return 0
        centre = _signed_in_centre(args, ws) or open_centre(ws, prompt=_prompt)
        while True:
            r = centre.sync_once(sweep=True)
            print(f"pushed {r.pushed} (new {r.pushed_new}, refused {r.dead}), pulled {r.pulled}, "
                  f"expired leases {r.expired}", flush=True)
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
