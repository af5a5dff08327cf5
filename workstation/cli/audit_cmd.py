"""`workstation audit …`: list the audit log; verify its hash chain, its append-only guards and, on a
connected desk (or with --centre URL), the centre's copy of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, parse_time, signed_in, table
from workstation.security import audit
from workstation.services.context import Workstation

EXIT_TAMPERED = 9
EXIT_CENTRE_UNCHECKED = 12  # the desk's own checks passed, but the centre's copy could not be read


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_audit = command(sub, "audit")
    asub = p_audit.add_subparsers(dest="audit_cmd", required=True)

    p = asub.add_parser("verify", help="check that no entry was changed or removed (exit 9 if one was)")
    p.add_argument("--anchor", help="SEQ:HASH written down earlier (from a verify): must still be there, "
                                    "so cutting off the newest entries is found too")
    p.add_argument("--centre", metavar="URL", help="compare with this centre's copy (default: the centre this "
                                                   "desk is connected to; the password as for sync)")
    p.add_argument("--local", action="store_true", help="check this desk only, not against the centre")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = asub.add_parser("list", help="audit entries, oldest first")
    p.add_argument("--since", help="from this time on (ISO 8601; naive = centre time)")
    p.add_argument("--actor")
    p.add_argument("--action", help="e.g. sign_in_failed, personal_data_viewed, printed, exported")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    add_sign_in(p, "a team lead or admin (the log names who looked at whom)")
    p.set_defaults(func=cmd_list)


def _anchor(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise argparse.ArgumentTypeError(f"'{text}' is not SEQ:HASH (e.g. 120:3f5a…, 64 hex digits)")
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
                   "first_bad_seq": result.first_bad_seq, "problem": result.problem, "guards": guards,
                   "centre": centre})
    else:
        _print_verify(result, guards, centre)
    return EXIT_TAMPERED if tampered else EXIT_CENTRE_UNCHECKED if unchecked else 0


def _print_verify(result: audit.VerifyResult, guards: list[str], centre: dict[str, Any] | None) -> None:
    if result.ok:
        print(f"审计日志完好：{result.entries} 条，末条 {result.head_seq}:{result.head_hash} "
              f"(audit log intact: {result.entries} entries)")
    else:
        print(f"审计日志被篡改 (audit log tampered): 第 {result.first_bad_seq} 条 (seq {result.first_bad_seq}): "
              f"{result.problem}", file=sys.stderr)
    for problem in guards:
        print(f"审计日志的防护被破坏 (audit log guard broken): {problem}", file=sys.stderr)
    if centre is None:
        return
    if not centre["checked"]:
        print(f"未能与中心副本核对 (not checked against the centre): {centre['reason']}", file=sys.stderr)
    elif centre["ok"]:
        print(f"与中心副本一致：中心存有工位 {centre['desk']} 的 {centre['entries']} 条 (matches the centre's copy: "
              f"{centre['entries']} entries for desk {centre['desk']}, up to seq {centre['head_seq']})")
    else:
        for problem in centre["problems"]:
            print(f"与中心副本不符 (differs from the centre's copy, desk {centre['desk']}): {problem}",
                  file=sys.stderr)


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
    from workstation.security.roles import Permission, authorize

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
    print(table(lines, ["序号", "时间", "人员", "工位", "动作", "对象", "详情"]))
    print(f"共 {len(lines)} 条 ({len(lines)} entries)")
    return 0
