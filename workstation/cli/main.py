"""Entry point of the `workstation` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from workstation.cli import (
    audit_cmd,
    intake_cmd,
    leads_cmd,
    login_cmd,
    officers_cmd,
    print_cmd,
    report_cmd,
    sync_cmd,
)
from workstation.cli.common import emit_json, open_desk
from workstation.clock import Clock
from workstation.errors import InvalidInput, WorkstationError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workstation", description="预警劝阻工作台 (warning-call workstation)")
    parser.add_argument("--db", help="database URL: sqlite:///path or postgresql://user@host/db "
                                     "(default: SQLite in the user data directory)")
    parser.add_argument("--data-dir", type=Path, help="the desk's data directory (default: WS_DATA_DIR or the "
                                                      "user data directory)")
    sub = parser.add_subparsers(dest="command", required=True)
    login_cmd.add_parsers(sub)
    officers_cmd.add_parsers(sub)
    leads_cmd.add_parsers(sub)
    report_cmd.add_parsers(sub)
    intake_cmd.add_parsers(sub)
    print_cmd.add_parsers(sub)
    audit_cmd.add_parsers(sub)
    sync_cmd.add_parsers(sub)

    p_db = sub.add_parser("db", help="the database schema")
    dsub = p_db.add_subparsers(dest="db_cmd", required=True)
    dsub.add_parser("upgrade", help="apply every migration").set_defaults(func=cmd_db_upgrade)
    dsub.add_parser("rebuild", help="recompute every lead's state from its events").set_defaults(func=cmd_rebuild)

    p = sub.add_parser("demo", help="seed the demo data set (officers and leads)")
    p.add_argument("--leads", type=int, default=320)
    p.add_argument("--seed", type=int, default=20261125)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    from workstation.cli import scripts_cmd

    scripts_cmd.add_parsers(sub)
    return parser


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from workstation.settings import Settings
    from workstation.store import migrate
    from workstation.store.db import make_engine

    settings = Settings.load(args.data_dir, db_url=args.db)
    engine = make_engine(settings.db_url)
    before = migrate.current_revision(engine)
    migrate.upgrade(engine)
    after = migrate.current_revision(engine)
    print(f"schema {before or '(empty)'} → {after}")
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    from workstation.services import journal

    ws = open_desk(args)
    with ws.unit_of_work() as session:
        n = journal.rebuild(session)
    print(f"rebuilt {n} leads from their events")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from workstation import demo

    ws = open_desk(args)
    counts = demo.seed(ws, args.leads, args.seed)
    if args.json:
        emit_json(counts)
    else:
        print(f"demo data: {counts['officers']} officers (password {demo.DEMO_PASSWORD}), {counts['leads']} leads")
    return 0


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command. `clock`: the desk's clock (tests pass the one their desk runs on)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock
    try:
        return int(args.func(args))
    except InvalidInput as exc:
        for err in exc.errors:
            print(f"错误 (error): {err}", file=sys.stderr)
        return exc.exit_code
    except WorkstationError as exc:
        print(f"错误 (error): {exc}", file=sys.stderr)
        return exc.exit_code
    except argparse.ArgumentTypeError as exc:
        print(f"错误 (error): {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        print(f"数据库错误 (database error): {exc.orig}", file=sys.stderr)
        return 8


if __name__ == "__main__":
    sys.exit(main())
