"""The error report a person opens in Excel: one line per problem (row, column, value, reason)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from workstation.intake.errors import RowError
from workstation.intake.safe_export import neutralise_cell, xlsx_safe

REPORT_HEADERS = ["行号", "列", "值", "原因", "代码", "级别"]
_SEVERITY_ZH = {"error": "错误", "warning": "提醒"}


def report_rows(errors: Iterable[RowError]) -> Iterable[list[object]]:
    """The report's data rows, in order given, as plain values (not yet neutralised)."""
    for error in errors:
        yield [error.row, error.column, error.value, error.reason, error.code, _SEVERITY_ZH[error.severity]]


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
            writer.writerow(REPORT_HEADERS)
            for row in report_rows(errors):
                writer.writerow([neutralise_cell(cell) for cell in row])
    return path


def _write_xlsx(errors: Iterable[RowError], path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet("导入错误")
    sheet.append(REPORT_HEADERS)
    for row in report_rows(errors):
        sheet.append([xlsx_safe(cell) for cell in row])
    book.save(path)
