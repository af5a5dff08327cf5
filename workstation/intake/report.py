"""The error report a person opens in Excel: one line per problem (row, column, value, reason)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from workstation.intake.errors import RowError
from workstation.intake.safe_export import neutralise_cell, xlsx_safe
from workstation.messages import QT_TRANSLATE_NOOP, message, text

REPORT_HEADERS = [
    message("intake.report.row", QT_TRANSLATE_NOOP("Messages", "Row"))(),
    message("intake.report.column", QT_TRANSLATE_NOOP("Messages", "Column"))(),
    message("intake.report.value", QT_TRANSLATE_NOOP("Messages", "Value"))(),
    message("intake.report.reason", QT_TRANSLATE_NOOP("Messages", "Reason"))(),
    message("intake.report.code", QT_TRANSLATE_NOOP("Messages", "Code"))(),
    message("intake.report.severity", QT_TRANSLATE_NOOP("Messages", "Severity"))(),
]
SEVERITY = {"error": message("intake.report.error", QT_TRANSLATE_NOOP("Messages", "Error"))(),
            "warning": message("intake.report.warning", QT_TRANSLATE_NOOP("Messages", "Warning"))()}
SHEET = message("intake.report.sheet", QT_TRANSLATE_NOOP("Messages", "Import errors"))()


def report_rows(errors: Iterable[RowError]) -> Iterable[list[object]]:
    """The report's data rows, in order given, as plain values (not yet neutralised), in the current language."""
    for error in errors:
        yield [error.row, error.column, error.value, text(error.reason), error.code, str(SEVERITY[error.severity])]


def write_error_report(errors: Iterable[RowError], path: str | Path) -> Path:
    """Write the report as .xlsx or (any other extension) CSV in UTF-8 with BOM, which Excel opens as Chinese.

    Every cell is neutralised: values come from untrusted files and must not run as formulas.
    """
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(errors, path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([str(h) for h in REPORT_HEADERS])
            for row in report_rows(errors):
                writer.writerow([neutralise_cell(cell) for cell in row])
    return path


def _write_xlsx(errors: Iterable[RowError], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(str(SHEET))
    sheet.append([str(h) for h in REPORT_HEADERS])
    for row in report_rows(errors):
        sheet.append([xlsx_safe(cell) for cell in row])
    book.save(path)
