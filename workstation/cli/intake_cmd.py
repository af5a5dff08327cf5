"""`workstation intake import|watch|history`: lead files into the database.

Exit codes of `intake import` and `intake watch --once`: 0 when everything asked for is in the database
(a file imported before counts: nothing changes); 1 when --skip-invalid left rows out; 2 when a file was
not imported at all (invalid rows, refused, cancelled).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workstation.cli.commands import command
from workstation.cli.common import add_sign_in, emit_json, local, open_desk, signed_in, table
from workstation.intake import DropFolder, watch, write_error_report
from workstation.services import intake
from workstation.services.context import Workstation
from workstation.services.intake import ImportResult

EXIT_OK, EXIT_PARTIAL, EXIT_NOT_IMPORTED = 0, 1, 2


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p_intake = command(sub, "intake")
    isub = p_intake.add_subparsers(dest="intake_cmd", required=True)

    p = isub.add_parser("import", help="import files; each file goes in whole or not at all")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows and report the others")
    p.add_argument("--report", type=Path, help="where to write the error report (.csv or .xlsx; "
                                               "default: <file>.errors.csv beside each file with problems)")
    add_sign_in(p, "the signed-in officer recorded as the importer (default: the OS user, as os:NAME)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = isub.add_parser("watch", help="import files dropped into DIR; move them to done/ or failed/")
    p.add_argument("directory", type=Path)
    p.add_argument("--once", action="store_true", help="import what is ready now, then exit")
    p.add_argument("--poll", type=float, default=2.0, help="seconds between looks at the folder")
    p.add_argument("--settle", type=float, default=2.0,
                   help="seconds a file must stay unchanged before it is taken (still being written)")
    p.add_argument("--skip-invalid", action="store_true")
    add_sign_in(p, "the signed-in officer recorded as the importer, checked once at the start (default: the "
                   "OS user, as os:NAME)")
    p.set_defaults(func=cmd_watch)

    p = isub.add_parser("history", help="files imported so far, newest first")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)


def importer(args: argparse.Namespace, ws: Workstation) -> str:
    """Who is recorded as the importer: a signed-in officer when one is named, else the OS account, marked
    `os:` so that no officer is ever blamed (or credited) for an import they did not sign in for."""
    if args.officer or args.password_stdin:
        return signed_in(args, ws)
    return f"os:{getpass.getuser()}"


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


def cmd_import(args: argparse.Namespace) -> int:
    ws = open_desk(args)
    try:
        by = importer(args, ws)
        results = [intake.import_file(ws, f, imported_by=by, skip_invalid=args.skip_invalid) for f in args.files]
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
            if reports.get(r.path):
                print(f"  错误报告 (report): {reports[r.path]}", file=stream)
    return exit_code(results)


def _result_doc(r: ImportResult, report: Path | None) -> dict[str, object]:
    return {"file": str(r.path), "status": r.status, "message": r.message, "sha256": r.sha256,
            "format": r.format, "rows": r.rows, "leads_created": r.leads_created,
            "triggers_joined": r.triggers_joined, "rows_repeated": r.rows_repeated,
            "rows_skipped": r.rows_skipped, "errors": len(r.errors), "warnings": len(r.warnings),
            "report": str(report) if report else None}


def run_watch(ws: Workstation, directory: Path, *, imported_by: str, skip_invalid: bool = False,
              once: bool = False, poll: float = 2.0, settle: float = 2.0,
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
                                  on_result=record)

    watch(folder, handle, poll=poll, clock=clock, sleep=pause, stop=finished)
    return results


def cmd_watch(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        print(f"错误 (error): 目录不存在: {args.directory}", file=sys.stderr)
        return EXIT_NOT_IMPORTED
    ws = open_desk(args)

    def show(result: ImportResult) -> None:
        print(result.message, file=sys.stdout if result.ok else sys.stderr, flush=True)

    if not args.once:
        print(f"正在监视 {args.directory}（Ctrl+C 停止）", flush=True)
    try:
        results = run_watch(ws, args.directory, imported_by=importer(args, ws), skip_invalid=args.skip_invalid,
                            once=args.once, poll=args.poll, settle=args.settle, on_result=show)
    except KeyboardInterrupt:
        print("已停止监视；正在导入的文件已回滚，留在原处 (stopped)", file=sys.stderr)
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
    print(table(rows, ["时间", "文件", "格式", "行数", "新线索", "并入", "跳过", "导入人"]))
    return EXIT_OK
