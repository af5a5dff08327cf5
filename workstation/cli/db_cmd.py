"""`workstation db upgrade|rebuild` and `workstation demo`."""

from __future__ import annotations

import argparse

from workstation.cli.commands import HELP_JSON, command
from workstation.cli.common import emit_json, open_desk
from workstation.messages import QT_TRANSLATE_NOOP, message

UPGRADED = message("cli.db.upgraded", QT_TRANSLATE_NOOP("Messages", "Schema {before} → {after}"))
EMPTY = message("cli.db.empty", QT_TRANSLATE_NOOP("Messages", "(empty)"))
REBUILT = message("cli.db.rebuilt", QT_TRANSLATE_NOOP("Messages", "Rebuilt {count} leads from their events"))
SEEDED = message("cli.db.seeded", QT_TRANSLATE_NOOP("Messages", "Demo data: {officers} officers (password {password}), {leads} leads"))
HELP_UPGRADE = message("cli.db.help.upgrade", QT_TRANSLATE_NOOP("Messages", "Apply every migration"))
HELP_REBUILD = message("cli.db.help.rebuild", QT_TRANSLATE_NOOP("Messages", "Recompute every lead's state from its events"))
HELP_LEADS = message("cli.db.help.leads", QT_TRANSLATE_NOOP("Messages", "How many leads (default: %(default)s)"))
HELP_SEED = message("cli.db.help.seed", QT_TRANSLATE_NOOP("Messages", "The random seed (the same seed, the same data)"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_db = command(sub, "db")
    dsub = p_db.add_subparsers(dest="db_cmd", required=True)
    dsub.add_parser("upgrade", help=str(HELP_UPGRADE())).set_defaults(func=cmd_db_upgrade)
    dsub.add_parser("rebuild", help=str(HELP_REBUILD())).set_defaults(func=cmd_rebuild)

    p = command(sub, "demo")
    p.add_argument("--leads", type=int, default=320, help=str(HELP_LEADS()))
    p.add_argument("--seed", type=int, default=20261125, help=str(HELP_SEED()))
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    p.set_defaults(func=cmd_demo)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from workstation.bootstrap import open_engine
    from workstation.settings import Settings
    from workstation.store import migrate

    settings = Settings.load(args.data_dir, db_url=args.db)
    engine = open_engine(settings)
    try:
        before = migrate.current_revision(engine)
        migrate.upgrade(engine)
        after = migrate.current_revision(engine)
    finally:
        engine.dispose()
    print(UPGRADED(before=before or EMPTY(), after=after))
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    from workstation.store import journal

    ws = open_desk(args)
    with ws.unit_of_work() as session:
        n = journal.rebuild(session)
    print(REBUILT(count=n))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from workstation import demo

    ws = open_desk(args)
    counts = demo.seed(ws, args.leads, args.seed)
    if args.json:
        emit_json(counts)
    else:
        print(SEEDED(officers=counts["officers"], password=demo.DEMO_PASSWORD, leads=counts["leads"]))
    return 0
