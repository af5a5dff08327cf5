"""`workstation scripts …`: check script files, import a new version, list and show versions."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from workstation.cli.commands import HELP_JSON, command
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, signed_in, table
from workstation.domain.types import ScamType
from workstation.errors import NotFound
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.scripts import default_scripts_dir, validate_file
from workstation.services import scripts

SAVED = message("cli.scripts.saved", QT_TRANSLATE_NOOP("Messages", "Script {scam_type} saved as version {version}"))
NO_USABLE = message("cli.scripts.no_usable", QT_TRANSLATE_NOOP("Messages", "Script {scam_type} has no usable version"))
VALID_FILES = message("cli.scripts.valid_files", QT_TRANSLATE_NOOP("Messages", "{valid} of {files} script files are valid"))
HEADERS = (message("cli.scripts.col.version", QT_TRANSLATE_NOOP("Messages", "Version")),
           message("cli.scripts.col.origin", QT_TRANSLATE_NOOP("Messages", "Origin")),
           message("cli.scripts.col.added_by", QT_TRANSLATE_NOOP("Messages", "Added by")),
           message("cli.scripts.col.added_at", QT_TRANSLATE_NOOP("Messages", "Added at")),
           message("cli.scripts.col.sha256", QT_TRANSLATE_NOOP("Messages", "SHA-256")))
HELP_CHECK = message("cli.scripts.help.check", QT_TRANSLATE_NOOP("Messages", "Validate script files (no database needed)"))
HELP_PATHS = message("cli.scripts.help.paths", QT_TRANSLATE_NOOP("Messages", "Files or directories (default: resources/scripts)"))
HELP_IMPORT = message("cli.scripts.help.import", QT_TRANSLATE_NOOP("Messages", "Store a script file as the new version of its scam type (team lead)"))
HELP_FILE = message("cli.scripts.help.file", QT_TRANSLATE_NOOP("Messages", "The script file (TOML)"))
HELP_IMPORTER = message("cli.scripts.help.importer", QT_TRANSLATE_NOOP("Messages", "Who imports it (a team lead or an admin)"))
HELP_VERSIONS = message("cli.scripts.help.versions", QT_TRANSLATE_NOOP("Messages", "Every version of one scam type's script, newest first"))
HELP_TYPE = message("cli.scripts.help.type", QT_TRANSLATE_NOOP("Messages", "The scam type, one of: {types}"))
HELP_SHOW = message("cli.scripts.help.show", QT_TRANSLATE_NOOP("Messages", "Print a script's TOML text (default: the version in use)"))
HELP_VERSION = message("cli.scripts.help.version", QT_TRANSLATE_NOOP("Messages", "An older version, e.g. the one a call record names"))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_scripts = command(sub, "scripts")
    ssub = p_scripts.add_subparsers(dest="scripts_cmd", required=True)
    types = [t.value for t in ScamType]

    type_help = str(HELP_TYPE(types=", ".join(types)))

    p = ssub.add_parser("check", help=str(HELP_CHECK()))
    p.add_argument("paths", nargs="*", type=Path, help=str(HELP_PATHS()))
    p.set_defaults(func=cmd_check)

    p = ssub.add_parser("import", help=str(HELP_IMPORT()))
    p.add_argument("file", type=Path, help=str(HELP_FILE()))
    add_sign_in(p, HELP_IMPORTER())
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    p.set_defaults(func=cmd_import)

    p = ssub.add_parser("versions", help=str(HELP_VERSIONS()))
    p.add_argument("scam_type", choices=types, metavar="TYPE", help=type_help)
    p.add_argument("--json", action="store_true", help=str(HELP_JSON()))
    p.set_defaults(func=cmd_versions)

    p = ssub.add_parser("show", help=str(HELP_SHOW()))
    p.add_argument("scam_type", choices=types, metavar="TYPE", help=type_help)
    p.add_argument("--version", type=int, help=str(HELP_VERSION()))
    p.set_defaults(func=cmd_show)


def cmd_check(args: argparse.Namespace) -> int:
    """Each problem on stderr as "file: place (line n): what is wrong"; exit 1 if any file is broken."""
    paths: list[Path] = args.paths or [default_scripts_dir()]
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.toml")) if p.is_dir() else [p])
    bad = 0
    for f in files:
        errors = validate_file(f)
        for e in errors:
            print(str(e), file=sys.stderr)
        bad += bool(errors)
    print(VALID_FILES(valid=len(files) - bad, files=len(files)))
    return 1 if bad or not files else 0


def cmd_import(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    script = scripts.import_file(ws, signed_in(args, ws), args.file)
    if args.json:
        emit_json({"scam_type": script.id, "version": script.version, "digest": script.digest})
    else:
        print(SAVED(scam_type=script.id, version=script.version))
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    found = scripts.versions(ws, args.scam_type)
    if args.json:
        emit_json([asdict(v) for v in found])
        return 0
    tz = ws.settings.centre_tz
    rows = [[f"{v.version}{' *' if v.current else ''}", v.origin.value, v.added_by or "",
             local(v.added_at, tz, "%Y-%m-%d %H:%M"), v.digest[:12]] for v in found]
    print(table(rows, [str(h()) for h in HEADERS]))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    if args.version is None:
        script = scripts.current_script(ws, args.scam_type)
        if script is None:
            raise NotFound(NO_USABLE(scam_type=args.scam_type))  # exit 3
    else:
        script = scripts.version(ws, args.scam_type, args.version)
    sys.stdout.write(script.source_text if script.source_text.endswith("\n") else script.source_text + "\n")
    return 0
