"""`workstation audit …`: list the audit log, verify its hash chain."""

from __future__ import annotations

import argparse
import sys

from workstation.cli.common import emit_json, local, open_desk, parse_time, table
from workstation.security import audit

EXIT_TAMPERED = 9


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_audit = sub.add_parser("audit", help="the audit log (审计日志)")
    asub = p_audit.add_subparsers(dest="audit_cmd", required=True)

    p = asub.add_parser("verify", help="check that no entry was changed or removed (exit 9 if one was)")
    p.add_argument("--anchor", help="SEQ:HASH written down earlier (from a verify): must still be there, "
                                    "so cutting off the newest entries is found too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = asub.add_parser("list", help="audit entries, oldest first")
    p.add_argument("--since", help="from this time on (ISO 8601; naive = centre time)")
    p.add_argument("--actor")
    p.add_argument("--action", help="e.g. sign_in_failed, personal_data_viewed, printed, exported")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def _anchor(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise argparse.ArgumentTypeError(f"'{text}' is not SEQ:HASH (e.g. 120:3f5a…, 64 hex digits)")
    return int(seq), digest.lower()


def cmd_verify(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    result = audit.verify(ws, anchor=_anchor(args.anchor))
    if args.json:
        emit_json({"ok": result.ok, "entries": result.entries, "head_seq": result.head_seq,
                   "head_hash": result.head_hash, "first_bad_seq": result.first_bad_seq,
                   "problem": result.problem})
    elif result.ok:
        print(f"审计日志完好：{result.entries} 条，末条 {result.head_seq}:{result.head_hash} "
              f"(audit log intact: {result.entries} entries)")
    else:
        print(f"审计日志被篡改 (audit log tampered): 第 {result.first_bad_seq} 条 (seq {result.first_bad_seq}): "
              f"{result.problem}", file=sys.stderr)
    return 0 if result.ok else EXIT_TAMPERED


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_desk(args)
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
