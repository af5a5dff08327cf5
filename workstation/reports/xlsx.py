"""The weekly analysis as an XLSX workbook: a sheet per breakdown, numbers as numbers, text neutralised."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from workstation.intake.safe_export import xlsx_safe
from workstation.messages import QT_TRANSLATE_NOOP, Template, message, text
from workstation.reports import pdf
from workstation.reports.cases import Case
from workstation.reports.figures import FigureRow
from workstation.reports.labels import (
    COLUMNS,
    DEFINITIONS,
    OFFICER_COLUMNS,
    cell_value,
    officer_label,
    outcome_label,
    scam_label,
)
from workstation.reports.weekly_data import WeeklyData

PERCENT = "0.0%"
MONEY = "#,##0.00"
MINUTES = "0.0"

SHEET_INFO = message("report.sheet.info", QT_TRANSLATE_NOOP("Messages", "About"))
SHEET_TOTAL = message("report.sheet.total", QT_TRANSLATE_NOOP("Messages", "Overview"))
SHEET_SCAM = message("report.sheet.scam", QT_TRANSLATE_NOOP("Messages", "By scam type"))
SHEET_DISTRICT = message("report.sheet.district", QT_TRANSLATE_NOOP("Messages", "By district"))
SHEET_OFFICER = message("report.sheet.officer", QT_TRANSLATE_NOOP("Messages", "By officer"))
SHEET_WEEKS = message("report.sheet.weeks", QT_TRANSLATE_NOOP("Messages", "Week over week"))
SHEET_DAYS = message("report.sheet.days", QT_TRANSLATE_NOOP("Messages", "Daily"))
SHEET_CASES = message("report.sheet.cases", QT_TRANSLATE_NOOP("Messages", "Notable cases"))
CODE = message("report.xlsx.code", QT_TRANSLATE_NOOP("Messages", "Code"))
ITEM = message("report.xlsx.item", QT_TRANSLATE_NOOP("Messages", "Item"))
CONTENT = message("report.xlsx.content", QT_TRANSLATE_NOOP("Messages", "Content"))
REPORT = message("report.xlsx.report", QT_TRANSLATE_NOOP("Messages", "Report"))
FIRST_DAY = message("report.xlsx.first_day", QT_TRANSLATE_NOOP("Messages", "First day"))
LAST_DAY = message("report.xlsx.last_day", QT_TRANSLATE_NOOP("Messages", "Last day"))
TIME_ZONE = message("report.xlsx.tz", QT_TRANSLATE_NOOP("Messages", "Time zone"))
GENERATED = message("report.xlsx.generated", QT_TRANSLATE_NOOP("Messages", "Generated"))
DEFINITION = message("report.xlsx.definition", QT_TRANSLATE_NOOP("Messages", "Definition"))
SCOPE = message("report.xlsx.scope", QT_TRANSLATE_NOOP("Messages", "Scope"))
DATE = message("report.xlsx.date", QT_TRANSLATE_NOOP("Messages", "Date"))
GROUP = message("report.xlsx.group", QT_TRANSLATE_NOOP("Messages", "Group"))
TIME = message("report.xlsx.time", QT_TRANSLATE_NOOP("Messages", "Time"))
EXPLANATION = message("report.xlsx.explanation", QT_TRANSLATE_NOOP("Messages", "Description"))
GROUP_PROTECTED = message("report.xlsx.group_protected", QT_TRANSLATE_NOOP("Messages", "Protected the most"))
GROUP_STOPS = message("report.xlsx.group_stops", QT_TRANSLATE_NOOP("Messages", "Emergency stop-payment"))
GROUP_COMMENDED = message("report.xlsx.group_commended", QT_TRANSLATE_NOOP("Messages", "Commended"))


def _row(ws: Worksheet, values: Sequence[object]) -> None:
    ws.append([xlsx_safe(v) for v in values])


def _formats(ws: Worksheet, first_col: int = 2) -> None:
    for i, (attr, _) in enumerate(COLUMNS):
        fmt = PERCENT if attr.endswith("_share") else MINUTES if attr.endswith("_minutes") else (
            MONEY if attr in ("protected", "stop_amount") else None)
        if fmt is None:
            continue
        for (cell,) in ws.iter_rows(min_row=2, min_col=first_col + i, max_col=first_col + i):
            cell.number_format = fmt


def _figures_sheet(wb: Workbook, title: str, first: str, rows: Sequence[tuple[str, str, FigureRow]],
                   columns: Sequence[tuple[str, Template]] = COLUMNS) -> None:
    ws = wb.create_sheet(title)
    _row(ws, [first, text(CODE()), *(text(h()) for _, h in columns)])
    for label, key, r in rows:
        _row(ws, [label, key, *(cell_value(r, a) for a, _ in columns)])
    _formats(ws, first_col=3)
    _finish(ws)


def _finish(ws: Worksheet) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        head = col[0]
        assert isinstance(head, Cell)  # nothing here is merged
        ws.column_dimensions[head.column_letter].width = min(max(10, width * 1.6), 60)


def _cases_sheet(wb: Workbook, data: WeeklyData) -> None:
    ws = wb.create_sheet(text(SHEET_CASES()))
    _row(ws, [text(m()) for m in (GROUP, pdf.CASE_REF, pdf.FIRST_SCAM, pdf.FIRST_DISTRICT, pdf.FIRST_OFFICER, TIME,
                                  pdf.CASE_OUTCOME, pdf.CASE_AMOUNT, EXPLANATION)])
    groups: list[tuple[str, Sequence[Case]]] = [(text(GROUP_PROTECTED()), data.cases.protected),
                                                (text(GROUP_STOPS()), data.cases.stop_payments),
                                                (text(GROUP_COMMENDED()), data.cases.commended)]
    tz = data.ctx.tz
    names = data.figures.officer_names
    for caption, cases in groups:
        for c in cases:
            _row(ws, [caption, c.ref, scam_label(c.scam_type), c.district, officer_label(c.officer, names),
                      c.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), outcome_label(c.outcome), float(c.amount),
                      c.text])
    for (cell,) in ws.iter_rows(min_row=2, min_col=8, max_col=8):
        cell.number_format = MONEY
    _finish(ws)


def render(data: WeeklyData) -> bytes:
    f = data.figures
    names = f.officer_names
    wb = Workbook()
    info = wb.active
    assert info is not None
    info.title = text(SHEET_INFO())
    _row(info, [text(ITEM()), text(CONTENT())])
    for k, v in ((REPORT, text(pdf.TITLE())), (pdf.UNIT, data.unit_name), (pdf.FIRST_WEEK, f.period.label),
                 (FIRST_DAY, f.period.first_day.isoformat()), (LAST_DAY, f.period.last_day.isoformat()),
                 (TIME_ZONE, f.period.tz), (GENERATED, data.generated_local)):
        _row(info, [text(k()), v])
    for d in DEFINITIONS:
        _row(info, [text(DEFINITION()), text(d())])
    _finish(info)
    _figures_sheet(wb, text(SHEET_TOTAL()), text(SCOPE()), [(text(pdf.THIS_WEEK()), "total", f.total)])
    _figures_sheet(wb, text(SHEET_SCAM()), text(pdf.FIRST_SCAM()),
                   [(scam_label(r.key), r.key, r) for r in f.by_scam_type])
    _figures_sheet(wb, text(SHEET_DISTRICT()), text(pdf.FIRST_DISTRICT()), [(r.key, r.key, r) for r in f.by_district])
    _figures_sheet(wb, text(SHEET_OFFICER()), text(pdf.FIRST_OFFICER()),
                   [(officer_label(r.key, names), r.key, r) for r in f.by_officer], OFFICER_COLUMNS)
    _figures_sheet(wb, text(SHEET_WEEKS()), text(pdf.FIRST_WEEK()), [(w, w, r) for w, r in f.by_week])
    days = wb.create_sheet(text(SHEET_DAYS()))
    _row(days, [text(DATE()), text(COLUMNS[2][1]()), text(COLUMNS[1][1]()), text(COLUMNS[5][1]())])
    for day in f.by_day:
        _row(days, [day.day.isoformat(), day.calls, day.handled, float(day.protected)])
    _finish(days)
    _cases_sheet(wb, data)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
