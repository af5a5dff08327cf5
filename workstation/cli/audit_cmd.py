"""`workstation audit …`: list the audit log; verify its hash chain, its append-only guards and, on a
connected desk (or with --centre URL), the centre's copy of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workstation.cli.commands import HELP_JSON, command
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, parse_time, signed_in, table
from workstation.desk import Workstation
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.security import audit

EXIT_TAMPERED = 9
EXIT_CENTRE_UNCHECKED = 12  # the desk's own checks passed, but the centre's copy could not be read

INTACT = message("cli.audit.intact", QT_TRANSLATE_NOOP("Messages", "Audit log intact: {entries} entries, the newest {seq}:{hash}"))
TAMPERED = message("cli.audit.tampered", QT_TRANSLATE_NOOP("Messages", "Audit log tampered with at entry {seq}: {problem}"))
GUARD_BROKEN = message("cli.audit.guard_broken", QT_TRANSLATE_NOOP("Messages", "The audit log's guard is broken: {problem}"))
CENTRE_UNCHECKED = message("cli.audit.centre_unchecked", QT_TRANSLATE_NOOP("Messages", "Not checked against the centre's copy: {reason}"))
CENTRE_MATCHES = message("cli.audit.centre_matches", QT_TRANSLATE_NOOP("Messages", "Matches the centre's copy: {entries} entries for desk {desk}, up to entry {seq}"))
CENTRE_DIFFERS = message("cli.audit.centre_differs", QT_TRANSLATE_NOOP("Messages", "Differs from the centre's copy (desk {desk}): {problem}"))
NOT_AN_ANCHOR = message("cli.audit.not_an_anchor", QT_TRANSLATE_NOOP("Messages", "'{text}' is not SEQ:HASH (e.g. 120:3f5a…, 64 hex digits)"))
ENTRIES = message("cli.audit.entries", QT_TRANSLATE_NOOP("Messages", "{count} entries"))
HEADERS = (message("cli.audit.col.seq", QT_TRANSLATE_NOOP("Messages", "Seq")),
           message("cli.audit.col.time", QT_TRANSLATE_NOOP("Messages", "Time")),
           message("cli.audit.col.actor", QT_TRANSLATE_NOOP("Messages", "Who")),
           message("cli.audit.col.desk", QT_TRANSLATE_NOOP("Messages", "Desk")),
           message("cli.audit.col.action", QT_TRANSLATE_NOOP("Messages", "Action")),
           message("cli.audit.col.target", QT_TRANSLATE_NOOP("Messages", "Target")),
           message("cli.audit.col.details", QT_TRANSLATE_NOOP("Messages", "Details")))
HELP_VERIFY = message("cli.audit.help.verify", QT_TRANSLATE_NOOP("Messages", "Check that no entry was changed or removed (exit 9 if one was)"))
HELP_ANCHOR = message("cli.audit.help.anchor", QT_TRANSLATE_NOOP("Messages", "SEQ:HASH written down earlier (from a verify): must still be there, so cutting off the newest entries is found too"))
HELP_CENTRE = message("cli.audit.help.centre", QT_TRANSLATE_NOOP("Messages", "Compare with this centre's copy (default: the centre this desk is connected to; the password as for sync)"))
HELP_LOCAL = message("cli.audit.help.local", QT_TRANSLATE_NOOP("Messages", "Check this desk only, not against the centre"))
HELP_LIST = message("cli.audit.help.list", QT_TRANSLATE_NOOP("Messages", "Audit entries, oldest first"))
HELP_SINCE = message("cli.audit.help.since", QT_TRANSLATE_NOOP("Messages", "From this time on (ISO 8601; naive = centre time)"))
HELP_ACTOR = message("cli.audit.help.actor", QT_TRANSLATE_NOOP("Messages", "Only entries of this person"))
HELP_ACTION = message("cli.audit.help.action", QT_TRANSLATE_NOOP("Messages", "E.g. sign_in_failed, personal_data_viewed, printed, exported"))
HELP_LIMIT = message("cli.audit.help.limit", QT_TRANSLATE_NOOP("Messages", "At most this many entries"))
HELP_WHO = message("cli.audit.help.who", QT_TRANSLATE_NOOP("Messages", "A team lead or admin (the log names who looked at whom)"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_audit = command(sub, "audit")
    asub = p_audit.add_subparsers(dest="audit_cmd", required=True)

    p = asub.add_parser("verify", help=str(HELP_VERIFY()))
    p.add_argument("--anchor", help=str(HELP_ANCHOR()))
    p.add_argument("--centre", metavar="URL", help=str(HELP_CENTRE()))
    p.add_argument("--local", action="store_true", help=str(HELP_LOCAL()))
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    p.set_defaults(func=cmd_verify)

    p = asub.add_parser("list", help=str(HELP_LIST()))
    p.add_argument("--since", help=str(HELP_SINCE()))
    p.add_argument("--actor", help=str(HELP_ACTOR()))
    p.add_argument("--action", help=str(HELP_ACTION()))
    p.add_argument("--limit", type=int, help=str(HELP_LIMIT()))
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    add_sign_in(p, HELP_WHO())
    p.set_defaults(func=cmd_list)


def _anchor(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise argparse.ArgumentTypeError(str(NOT_AN_ANCHOR(text=text)))
    return int(seq), digest.lower()


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0: intact; 9: tampered (chain, anchor, guards or the centre's copy); 12: intact here, but the
    centre's copy could not be checked."""
    ws = open_desk(args)
    try:
        result = audit.verify(ws, anchor=_anchor(args.anchor))
        with ws.sessions() as session:
            guards = audit.guard_problems(session)
        centre = None if args.local else _check_centre(ws, args.centre)
    finally:
        ws.close()
    tampered = not result.ok or bool(guards) or (centre is not None and centre.get("ok") is False)
    unchecked = centre is not None and not centre["checked"]
    if args.json:
        emit_json({"ok": not tampered and not unchecked, "chain_ok": result.ok, "entries": result.entries,
                   "head_seq": result.head_seq, "head_hash": result.head_hash,
                   "first_bad_seq": result.first_bad_seq, "problem": str(result.problem),
                   "guards": [str(g) for g in guards],
                   "centre": centre})
    else:
        _print_verify(result, guards, centre)
    return EXIT_TAMPERED if tampered else EXIT_CENTRE_UNCHECKED if unchecked else 0


def _print_verify(result: audit.VerifyResult, guards: list[Msg], centre: dict[str, Any] | None) -> None:
    if result.ok:
        print(INTACT(entries=result.entries, seq=result.head_seq, hash=result.head_hash))
    else:
        print(TAMPERED(seq=result.first_bad_seq, problem=result.problem), file=sys.stderr)
    for problem in guards:
        print(GUARD_BROKEN(problem=problem), file=sys.stderr)
    if centre is None:
        return
    if not centre["checked"]:
        print(CENTRE_UNCHECKED(reason=centre["reason"]), file=sys.stderr)
    elif centre["ok"]:
        print(CENTRE_MATCHES(entries=centre["entries"], desk=centre["desk"], seq=centre["head_seq"]))
    else:
        for problem in centre["problems"]:
            print(CENTRE_DIFFERS(desk=centre["desk"], problem=problem), file=sys.stderr)


def _check_centre(ws: Workstation, url: str | None) -> dict[str, Any] | None:
    """The comparison with the centre as plain values; None when the desk has no centre and none was given."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import sessionmaker

    from workstation.security.audit_centre import check_centre
    from workstation.store.db import make_engine
    from workstation.sync import credentials
    from workstation.sync.options import SyncOptions, strip_password, with_password

    url = url or SyncOptions.load(Path(ws.settings.data_dir)).url
    if not url:
        return None
    clean, password = strip_password(url)
    password = password or credentials.get_password(clean)  # else libpq's own (.pgpass, PGPASSWORD, a cert)
    engine = make_engine(with_password(clean, password),
                         connect_args={"connect_timeout": 5, "application_name": ws.desk[:64]})
    try:
        return check_centre(ws, sessionmaker(engine)).to_json()
    except SQLAlchemyError as exc:  # no connection, no right to read: say so, never pass it off as checked
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return {"checked": False, "ok": None, "reason": f"{clean}: {reason[0] if reason else type(exc).__name__}"}
    finally:
        engine.dispose()


def cmd_list(args: argparse.Namespace) -> int:
    from workstation.security.roles import Permission
    from workstation.services.auth import authorize

    ws = open_desk(args)
    authorize(ws, signed_in(args, ws), Permission.VIEW_AUDIT)
    tz = ws.settings.centre_tz
    rows = audit.entries(ws, since=parse_time(args.since, tz), actor=args.actor, action=args.action,
                         limit=args.limit)
    if args.json:
        emit_json({"count": len(rows), "entries": [r.to_json() for r in rows]})
        return 0
    lines = [[str(r.seq), local(r.at, tz, "%Y-%m-%d %H:%M:%S"), r.actor or "-", r.desk, r.action, r.target,
              audit.canonical(r.details)] for r in rows]
    print(table(lines, [str(h()) for h in HEADERS]))
    print(ENTRIES(count=len(lines)))
    return 0
