"""`workstation db upgrade|rebuild` and `workstation demo`."""

from __future__ import annotations

import argparse

from workstation.cli.commands import command
from workstation.cli.common import emit_json, open_desk


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_db = command(sub, "db")
    dsub = p_db.add_subparsers(dest="db_cmd", required=True)
    dsub.add_parser("upgrade", help="apply every migration").set_defaults(func=cmd_db_upgrade)
    dsub.add_parser("rebuild", help="recompute every lead's state from its events").set_defaults(func=cmd_rebuild)

    p = command(sub, "demo")
    p.add_argument("--leads", type=int, default=320)
    p.add_argument("--seed", type=int, default=20261125)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


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
