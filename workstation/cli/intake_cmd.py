"""`workstation intake import|watch|history`: lead files into the database.

Exit codes of `intake import` and `intake watch --once`: 0 when everything asked for is in the database
(a file imported before counts: nothing changes); 1 when --skip-invalid left rows out; 2 when a file was
not imported at all (invalid rows, refused, cancelled).
"""

from __future__ import annotations

import argparse
import getpass
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workstation.cli.commands import command, helptext
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, signed_in, table
from workstation.desk import Workstation
from workstation.intake import DropFolder, MappingError, load_mapping, watch, write_error_report
from workstation.intake.mapping import FIELD_LABELS, REQUIRED_FIELDS, field_named
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.services import intake
from workstation.services.intake import Choices, ImportResult

EXIT_OK, EXIT_PARTIAL, EXIT_NOT_IMPORTED = 0, 1, 2
REPORT_AT = message("intake.cli.report_at", QT_TRANSLATE_NOOP("Messages", "  Error report: {path}"))
NO_FOLDER = message("intake.cli.no_folder", QT_TRANSLATE_NOOP("Messages", "Error: no such folder: {path}"))
WATCHING = message("intake.cli.watching", QT_TRANSLATE_NOOP("Messages", "Watching {path} (Ctrl+C stops)"))
STOPPED = message("intake.cli.stopped", QT_TRANSLATE_NOOP("Messages", "Stopped watching; the file being imported was rolled back and left where it was"))
BAD_PAIR = message("intake.cli.bad_pair", QT_TRANSLATE_NOOP("Messages", "Error: {option} takes NAME=VALUE, not {text}"))
BAD_CHOICE = message("intake.cli.bad_choice", QT_TRANSLATE_NOOP("Messages", "Error: {text}"))
FIX_MAP_OR_DEFAULT = message("intake.cli.fix_map_or_default", QT_TRANSLATE_NOOP("Messages", "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or give every row the same value: --default {default}; or put these in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)"))
FIX_MAP = message("intake.cli.fix_map", QT_TRANSLATE_NOOP("Messages", "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or put it in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)"))
FIX_NO_HEADER = message("intake.cli.fix_no_header", QT_TRANSLATE_NOOP("Messages", "  To fix: name the columns for the phone number and the scam type, each header as written in the file, e.g. {maps}; or put them in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)"))
NO_HEADER_CODES = ("intake.no_header", "intake.xlsx_no_header")
# An example value of --default for the fields that may have one (a phone number is every row's own).
DEFAULT_EXAMPLES = {"scam_type": "click_farming", "level": "orange", "trigger_kind": "unknown"}
HISTORY_HEADERS = [message(f"intake.cli.history.{n}", s)() for n, s in (
    ("time", QT_TRANSLATE_NOOP("Messages", "Time")), ("file", QT_TRANSLATE_NOOP("Messages", "File")),
    ("format", QT_TRANSLATE_NOOP("Messages", "Format")), ("rows", QT_TRANSLATE_NOOP("Messages", "Rows")),
    ("created", QT_TRANSLATE_NOOP("Messages", "New leads")), ("joined", QT_TRANSLATE_NOOP("Messages", "Joined")),
    ("skipped", QT_TRANSLATE_NOOP("Messages", "Skipped")), ("by", QT_TRANSLATE_NOOP("Messages", "Imported by")))]


def add_choice_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Read the file's COLUMN (its header as written) as FIELD (phone, scam_type, level, trigger_kind, triggered_at, …, or ignore); repeat for more columns")))
    p.add_argument("--default", action="append", default=[], metavar="FIELD=VALUE",
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "The value of FIELD for rows without one (e.g. level=orange, scam_type=click_farming, trigger_kind=unknown); repeat for more fields")))
    p.add_argument("--mapping", type=Path, metavar="FILE",
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "A TOML or JSON file with [columns] (COLUMN = FIELD) and [defaults] (FIELD = VALUE), as in resources/intake/mapping-example.toml; --map and --default go on top of it")))


def choices(args: argparse.Namespace) -> Choices:
    """The person's column choices and defaults from --mapping, --map and --default. Raises MappingError or
    ValueError (a pair without '=')."""
    base = load_mapping()
    found = intake.load_choices(args.mapping, base) if args.mapping else Choices()
    columns, defaults = dict(found.columns), dict(found.defaults)
    for option, pairs in (("--map", args.map), ("--default", args.default)):
        for pair in pairs:
            name, equals, value = pair.partition("=")
            if not equals or not name.strip():
                raise ValueError(str(BAD_PAIR(option=option, text=repr(pair))))
            if option == "--map":
                columns[name.strip()] = field_named(value.strip(), base)
            else:
                defaults[field_named(name.strip(), base)] = value.strip()
    return Choices(columns, defaults)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p_intake = command(sub, "intake")
    isub = p_intake.add_subparsers(dest="intake_cmd", required=True)

    p = isub.add_parser("import", help=helptext(QT_TRANSLATE_NOOP("Messages", "Import files; each file goes in whole or not at all")))
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--skip-invalid", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Import the valid rows and report the others")))
    p.add_argument("--report", type=Path, help=helptext(QT_TRANSLATE_NOOP("Messages", "Where to write the error report (.csv or .xlsx; default: <file>.errors.csv beside each file with problems)")))
    add_choice_options(p)
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "The signed-in officer recorded as the importer (default: the OS user, as os:NAME)")))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = isub.add_parser("watch", help=helptext(QT_TRANSLATE_NOOP("Messages", "Import files dropped into DIR; move them to done/ or failed/")))
    p.add_argument("directory", type=Path)
    p.add_argument("--once", action="store_true", help=helptext(QT_TRANSLATE_NOOP("Messages", "Import what is ready now, then exit")))
    p.add_argument("--poll", type=float, default=2.0, help=helptext(QT_TRANSLATE_NOOP("Messages", "Seconds between looks at the folder")))
    p.add_argument("--settle", type=float, default=2.0,
                   help=helptext(QT_TRANSLATE_NOOP("Messages", "Seconds a file must stay unchanged before it is taken (still being written)")))
    p.add_argument("--skip-invalid", action="store_true")
    add_choice_options(p)
    add_sign_in(p, helptext(QT_TRANSLATE_NOOP("Messages", "The signed-in officer recorded as the importer, checked once at the start (default: the OS user, as os:NAME)")))
    p.set_defaults(func=cmd_watch)

    p = isub.add_parser("history", help=helptext(QT_TRANSLATE_NOOP("Messages", "Files imported so far, newest first")))
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)


def importer(args: argparse.Namespace, ws: Workstation) -> str:
    """Who is recorded as the importer: a signed-in officer when one is named, else the OS account, marked
    `os:` so that no officer is ever blamed (or credited) for an import they did not sign in for."""
    if args.officer or args.password_stdin:
        return signed_in(args, ws)
    return f"os:{getpass.getuser()}"


def how_to_fix(result: ImportResult) -> list[Msg]:
    """What to type to import a file refused for a missing field or a header of unknown names: the options
    of this command (--map, --default, --mapping), with the file's own column names and the missing fields."""
    msg = result.message
    if result.status != "refused":
        return []
    if msg.code == "intake.missing_columns":
        unused = list(msg.params.get("unused", ()))
        out: list[Msg] = []
        for n, name in enumerate(msg.params.get("fields", ())):
            column = unused[n] if n < len(unused) else "COLUMN"
            pair = shlex.quote(f"{column}={name}")
            if name in DEFAULT_EXAMPLES:
                out.append(FIX_MAP_OR_DEFAULT(label=FIELD_LABELS[name], pair=pair,
                                              default=f"{name}={DEFAULT_EXAMPLES[name]}"))
            else:
                out.append(FIX_MAP(label=FIELD_LABELS[name], pair=pair))
        return out
    if msg.code in NO_HEADER_CODES:
        names = list(msg.params.get("names", ()))
        maps = " ".join(f"--map {shlex.quote((names[n] if n < len(names) else 'COLUMN') + '=' + name)}"
                        for n, name in enumerate(REQUIRED_FIELDS))
        return [FIX_NO_HEADER(maps=maps)]
    return []


def exit_code(results: list[ImportResult]) -> int:
    if any(r.status not in ("imported", "already_imported") for r in results):
        return EXIT_NOT_IMPORTED
    return EXIT_OK if all(r.ok for r in results) else EXIT_PARTIAL


def report_path(result: ImportResult, wanted: Path | None, several: bool) -> Path:
    if wanted is None:
        return result.path.with_name(result.path.name + ".errors.csv")
    if not several:
        return wanted
    return wanted.with_name(f"{wanted.stem}-{result.path.stem}{wanted.suffix or '.csv'}")


def write_report(result: ImportResult, wanted: Path | None, several: bool) -> Path | None:
    """The Excel-friendly report of a result with row problems; None when there is nothing to report."""
    if not result.errors and not result.warnings:
        return None
    target = report_path(result, wanted, several)
    try:
        return write_error_report([*result.errors, *result.warnings], target)
    except OSError:
        if wanted is not None:
            raise
        return write_error_report([*result.errors, *result.warnings], Path.cwd() / target.name)


def chosen(args: argparse.Namespace) -> Choices | None:
    """choices(args), or None after saying what is wrong with them."""
    try:
        return choices(args)
    except (MappingError, ValueError) as exc:
        print(BAD_CHOICE(text=str(exc)), file=sys.stderr)
        return None


def cmd_import(args: argparse.Namespace) -> int:
    picked = chosen(args)
    if picked is None:
        return EXIT_NOT_IMPORTED
    ws = open_desk(args)
    try:
        by = importer(args, ws)
        results = [intake.import_file(ws, f, imported_by=by, skip_invalid=args.skip_invalid, choices=picked)
                   for f in args.files]
    finally:
        ws.close()
    with_problems = [r for r in results if r.errors or r.warnings]
    reports = {r.path: write_report(r, args.report, len(with_problems) > 1) for r in with_problems}
    if args.json:
        emit_json([_result_doc(r, reports.get(r.path)) for r in results])
    else:
        for r in results:
            stream = sys.stdout if r.status in ("imported", "already_imported") else sys.stderr
            print(r.message, file=stream)
            for fix in how_to_fix(r):
                print(fix, file=stream)
            if reports.get(r.path):
                print(REPORT_AT(path=str(reports[r.path])), file=stream)
    return exit_code(results)


def _result_doc(r: ImportResult, report: Path | None) -> dict[str, object]:
    return {"file": str(r.path), "status": r.status, "message": str(r.message), "code": r.message.code,
            "sha256": r.sha256, "format": r.format, "rows": r.rows, "rows_imported": r.rows_imported,
            "leads_created": r.leads_created,
            "triggers_joined": r.triggers_joined, "rows_repeated": r.rows_repeated,
            "rows_skipped": r.rows_skipped, "errors": len(r.errors), "warnings": len(r.warnings),
            "report": str(report) if report else None, "fix": [str(f).strip() for f in how_to_fix(r)]}


def run_watch(ws: Workstation, directory: Path, *, imported_by: str, skip_invalid: bool = False,
              choices: Choices | None = None, once: bool = False, poll: float = 2.0, settle: float = 2.0,
              clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
              stop: Callable[[], bool] | None = None,
              on_result: Callable[[ImportResult], None] | None = None) -> list[ImportResult]:
    """Watch a drop folder until stop() (or, with once, for two looks `settle` apart); returns the results."""
    folder = DropFolder(directory, settle=settle)
    results: list[ImportResult] = []
    looks = 0

    def record(result: ImportResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    def pause(seconds: float) -> None:
        nonlocal looks
        looks += 1
        if once and looks >= 2:
            return
        sleep(max(seconds, settle) if once else seconds)

    def finished() -> bool:
        return (once and looks >= 2) or (stop is not None and stop())

    def handle(path: Path) -> intake.Handled:
        return intake.handle_drop(ws, path, imported_by=imported_by, skip_invalid=skip_invalid,
                                  on_result=record, choices=choices)

    watch(folder, handle, poll=poll, clock=clock, sleep=pause, stop=finished)
    return results


def cmd_watch(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        print(NO_FOLDER(path=str(args.directory)), file=sys.stderr)
        return EXIT_NOT_IMPORTED
    picked = chosen(args)
    if picked is None:
        return EXIT_NOT_IMPORTED
    ws = open_desk(args)

    def show(result: ImportResult) -> None:
        stream = sys.stdout if result.ok else sys.stderr
        print(result.message, file=stream, flush=True)
        for fix in how_to_fix(result):
            print(fix, file=stream, flush=True)

    if not args.once:
        print(WATCHING(path=str(args.directory)), flush=True)
    try:
        results = run_watch(ws, args.directory, imported_by=importer(args, ws), skip_invalid=args.skip_invalid,
                            choices=picked, once=args.once, poll=args.poll, settle=args.settle, on_result=show)
    except KeyboardInterrupt:
        print(STOPPED(), file=sys.stderr)
        return EXIT_OK
    finally:
        ws.close()
    return exit_code(results)


def cmd_history(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        records = intake.recent_imports(ws, args.limit)
        tz = ws.settings.centre_tz
    finally:
        ws.close()
    if args.json:
        emit_json([{"sha256": r.sha256, "file_name": r.file_name, "format": r.format, "rows": r.rows,
                    "leads_created": r.leads_created, "triggers_joined": r.triggers_joined,
                    "rows_skipped": r.rows_skipped, "imported_by": r.imported_by,
                    "imported_at": r.imported_at.isoformat()} for r in records])
        return EXIT_OK
    rows = [[local(r.imported_at, tz, "%Y-%m-%d %H:%M"), r.file_name, r.format, str(r.rows), str(r.leads_created),
             str(r.triggers_joined), str(r.rows_skipped), r.imported_by] for r in records]
    print(table(rows, [str(h) for h in HISTORY_HEADERS]))
    return EXIT_OK
