"""Names and number formats shared by the PDF and the workbook, so both say the same thing."""

from __future__ import annotations

from decimal import Decimal

from workstation.domain.types import OutcomeCode, ScamType
from workstation.reports.figures import FigureRow

# (attribute, Chinese header) of a figures table, in print order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("received", "接警线索"),
    ("handled", "处置线索"),
    ("calls", "通话次数"),
    ("reached_share", "接通率"),
    ("persuaded_share", "劝阻成功率"),
    ("protected", "劝阻金额(元)"),
    ("stop_payments", "止付笔数"),
    ("stop_amount", "止付金额(元)"),
    ("median_minutes", "首呼中位数(分)"),
    ("p90_minutes", "首呼P90(分)"),
)

DEFINITIONS = (
    "接警线索：预警时间在本期内的线索；处置线索：本期内有通话记录的线索（分民警统计时为该民警通话的线索）。",
    "接通率、劝阻成功率：本期处置线索中接通本人或亲友、处置结果为劝阻成功的线索所占比例。",
    "劝阻金额：本期通话记录的劝阻金额之和；止付：本期提交的紧急止付申请笔数及申请止付金额之和。",
    "首呼时长：本期接警且已呼叫的线索，自预警至首次呼叫的分钟数（中位数、第90百分位，线性插值）。",
)


def scam_label(code: str) -> str:
    try:
        return ScamType(code).zh
    except ValueError:
        return code or "（未填）"


def outcome_label(code: str) -> str:
    try:
        return OutcomeCode(code).zh
    except ValueError:
        return code


def officer_label(username: str, names: dict[str, str]) -> str:
    name = names.get(username)
    return f"{name}（{username}）" if name else (username or "（未知）")


def share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def yuan(value: Decimal) -> str:
    return f"{value:,.2f}"


def cell_text(row: FigureRow, attr: str, with_received: bool = True) -> str:
    """A figure as printed: shares as percentages, amounts with thousands separators, '—' for none."""
    value = getattr(row, attr)
    if attr == "received" and not with_received:
        return "—"
    if attr.endswith("_share"):
        return share(value)
    if attr.endswith("_minutes"):
        return minutes(value)
    if isinstance(value, Decimal):
        return yuan(value)
    return str(value)


def cell_value(row: FigureRow, attr: str, with_received: bool = True) -> object:
    """A figure as a spreadsheet number: shares as fractions, amounts as floats to the cent, None for none."""
    value = getattr(row, attr)
    if attr == "received" and not with_received:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return round(value, 4 if attr.endswith("_share") else 2)
    return value
