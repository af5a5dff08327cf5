"""The weekly analysis as an XLSX workbook: a sheet per breakdown, numbers as numbers, text neutralised."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from workstation.intake.safe_export import xlsx_safe
from workstation.reports.cases import Case
from workstation.reports.figures import FigureRow
from workstation.reports.labels import (
    COLUMNS,
    DEFINITIONS,
    cell_value,
    officer_label,
    outcome_label,
    scam_label,
)
from workstation.reports.weekly_data import WeeklyData

PERCENT = "0.0%"
MONEY = "#,##0.00"
MINUTES = "0.0"


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
                   with_received: bool = True) -> None:
    ws = wb.create_sheet(title)
    _row(ws, [first, "代码", *(h for _, h in COLUMNS)])
    for label, key, r in rows:
        _row(ws, [label, key, *(cell_value(r, a, with_received) for a, _ in COLUMNS)])
    _formats(ws, first_col=3)
    _finish(ws)


def _finish(ws: Worksheet) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for col in ws.columns:
        width = max(len(str(c.value or "")) for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(max(10, width * 1.6), 60)


def _cases_sheet(wb: Workbook, data: WeeklyData) -> None:
    ws = wb.create_sheet("典型案例")
    _row(ws, ["类别", "线索编号", "诈骗类型", "辖区", "民警", "时间", "处置结果", "金额(元)", "说明"])
    groups: list[tuple[str, Sequence[Case]]] = [("劝阻金额最大", data.cases.protected),
                                                ("紧急止付", data.cases.stop_payments),
                                                ("受表扬", data.cases.commended)]
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
    info.title = "说明"
    _row(info, ["项目", "内容"])
    for k, v in (("报表", "预警劝阻工作研判周报"), ("编制单位", data.unit_name), ("周次", f.period.label),
                 ("开始日期", f.period.first_day.isoformat()), ("结束日期", f.period.last_day.isoformat()),
                 ("时区", f.period.tz), ("生成时间", data.generated_local)):
        _row(info, [k, v])
    for d in DEFINITIONS:
        _row(info, ["口径", d])
    _finish(info)
    _figures_sheet(wb, "总体", "范围", [("本期", "total", f.total)])
    _figures_sheet(wb, "分诈骗类型", "诈骗类型", [(scam_label(r.key), r.key, r) for r in f.by_scam_type])
    _figures_sheet(wb, "分辖区", "辖区", [(r.key, r.key, r) for r in f.by_district])
    _figures_sheet(wb, "分民警", "民警", [(officer_label(r.key, names), r.key, r) for r in f.by_officer],
                   with_received=False)
    _figures_sheet(wb, "周环比", "周次", [(w, w, r) for w, r in f.by_week])
    days = wb.create_sheet("每日")
    _row(days, ["日期", "通话次数", "处置线索", "劝阻金额(元)"])
    for day in f.by_day:
        _row(days, [day.day.isoformat(), day.calls, day.handled, float(day.protected)])
    _finish(days)
    _cases_sheet(wb, data)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
