"""`workstation scripts …`: check script files, import a new version, list and show versions."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, signed_in, table
from workstation.domain.types import ScamType
from workstation.scripts import default_scripts_dir, validate_file
from workstation.services import scripts


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_scripts = command(sub, "scripts")
    ssub = p_scripts.add_subparsers(dest="scripts_cmd", required=True)
    types = [t.value for t in ScamType]

    p = ssub.add_parser("check", help="validate script files (no database needed)")
    p.add_argument("paths", nargs="*", type=Path, help="files or directories (default: resources/scripts)")
    p.set_defaults(func=cmd_check)

    p = ssub.add_parser("import", help="store a script file as the new version of its scam type (team lead)")
    p.add_argument("file", type=Path)
    add_sign_in(p, "who imports it (a team lead or an admin)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = ssub.add_parser("versions", help="every version of one scam type's script, newest first")
    p.add_argument("scam_type", choices=types, metavar="TYPE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_versions)

    p = ssub.add_parser("show", help="print a script's TOML text (default: the version in use)")
    p.add_argument("scam_type", choices=types, metavar="TYPE")
    p.add_argument("--version", type=int, help="an older version, e.g. the one a call record names")
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
    print(f"{len(files) - bad} of {len(files)} script files are valid")
    return 1 if bad or not files else 0


def cmd_import(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    script = scripts.import_file(ws, signed_in(args, ws), args.file)
    if args.json:
        emit_json({"scam_type": script.id, "version": script.version, "digest": script.digest})
    else:
        print(f"话术 {script.id} 已保存为版本 {script.version} (saved as version {script.version})")
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
    print(table(rows, ["version", "origin", "added by", "added at", "sha256"]))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    if args.version is None:
        script = scripts.current_script(ws, args.scam_type)
        if script is None:
            print(f"错误 (error): 话术 {args.scam_type} 无可用版本 (no usable script)", file=sys.stderr)
            return 3
    else:
        script = scripts.version(ws, args.scam_type, args.version)
    sys.stdout.write(script.source_text if script.source_text.endswith("\n") else script.source_text + "\n")
    return 0
