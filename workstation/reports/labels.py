"""Names and number formats shared by the PDF and the workbook, so both say the same thing — in the person's
language: every word is a Msg, rendered when the report is written (the GUI's or the CLI's language)."""

from __future__ import annotations

from decimal import Decimal

from workstation.domain.words import OUTCOME_WORDS, SCAM_WORDS, aside
from workstation.messages import QT_TRANSLATE_NOOP, Template, message, text
from workstation.reports.figures import FigureRow

# (attribute, header) of a figures table, in print order.
COLUMNS: tuple[tuple[str, Template], ...] = (
    ("received", message("report.col.received", QT_TRANSLATE_NOOP("Messages", "Leads received"))),
    ("handled", message("report.col.handled", QT_TRANSLATE_NOOP("Messages", "Leads handled"))),
    ("calls", message("report.col.calls", QT_TRANSLATE_NOOP("Messages", "Calls"))),
    ("reached_share", message("report.col.reached", QT_TRANSLATE_NOOP("Messages", "Reach rate"))),
    ("persuaded_share", message("report.col.persuaded", QT_TRANSLATE_NOOP("Messages", "Persuasion rate"))),
    ("protected", message("report.col.protected", QT_TRANSLATE_NOOP("Messages", "Protected (yuan)"))),
    ("stop_payments", message("report.col.stop_payments", QT_TRANSLATE_NOOP("Messages", "Stop payments"))),
    ("stop_amount", message("report.col.stop_amount", QT_TRANSLATE_NOOP("Messages", "Stopped (yuan)"))),
    ("median_minutes", message("report.col.median", QT_TRANSLATE_NOOP("Messages", "First call, median (min)"))),
    ("p90_minutes", message("report.col.p90", QT_TRANSLATE_NOOP("Messages", "First call, P90 (min)"))),
)

#: The per-officer tables: leads reach the centre, not an officer, so an officer's first figure is the leads they
#: took (claimed, or were given by a team lead), next to those they handled.
OFFICER_COLUMNS: tuple[tuple[str, Template], ...] = (
    ("taken", message("report.col.taken", QT_TRANSLATE_NOOP("Messages", "Leads taken"))),
    *COLUMNS[1:],
)

DEFINITIONS: tuple[Template, ...] = (
    message("report.def.leads", QT_TRANSLATE_NOOP("Messages", "Leads received: leads whose warning time is in the period (the centre's: leads reach the centre, not an officer); leads taken (per officer): the leads the officer claimed or was given in the period; leads handled: leads with a call in the period (per officer: the leads that officer called).")),
    message("report.def.shares", QT_TRANSLATE_NOOP("Messages", "Reached, persuaded: the share of the period's handled leads where the person or a relative was reached, and where the outcome was persuaded.")),
    message("report.def.amounts", QT_TRANSLATE_NOOP("Messages", "Protected: the sum of the amounts protected in the period's calls; stop-payments: the emergency stop-payment requests made in the period and the sum of their amounts.")),
    message("report.def.first_call", QT_TRANSLATE_NOOP("Messages", "First call: for leads received and called in the period, the minutes from the warning to the first call (median and 90th percentile, linear interpolation).")),
)

BEIJING_TIME = message("report.beijing_time", QT_TRANSLATE_NOOP("Messages", "Beijing time"))
CHINA_ZONES = frozenset({"Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "PRC"})
NOT_GIVEN = message("report.not_given", QT_TRANSLATE_NOOP("Messages", "(not given)"))
UNKNOWN = message("report.unknown", QT_TRANSLATE_NOOP("Messages", "(unknown)"))

def scam_label(code: str) -> str:
    words = SCAM_WORDS.get(code)
    return text(words()) if words is not None else (code or text(NOT_GIVEN()))


def outcome_label(code: str) -> str:
    """The outcome in words, capitalised for a table cell ("Persuaded")."""
    words = OUTCOME_WORDS.get(code)
    if words is None:
        return code
    said = text(words())
    return said[:1].upper() + said[1:]


def officer_label(username: str, names: dict[str, str]) -> str:
    name = names.get(username)
    if not name:
        return username or text(UNKNOWN())
    return aside(name, username)


def share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def yuan(value: Decimal) -> str:
    return f"{value:,.2f}"


def cell_text(row: FigureRow, attr: str) -> str:
    """A figure as printed: shares as percentages, amounts with thousands separators, '—' for none."""
    value = getattr(row, attr)
    if attr.endswith("_share"):
        return share(value)
    if attr.endswith("_minutes"):
        return minutes(value)
    if isinstance(value, Decimal):
        return yuan(value)
    return str(value)


def cell_value(row: FigureRow, attr: str) -> object:
    """A figure as a spreadsheet number: shares as fractions, amounts as floats to the cent, None for none."""
    value = getattr(row, attr)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return round(value, 4 if attr.endswith("_share") else 2)
    return value


def zone_label(zone: str) -> str:
    """The report's time zone as a reader says it: Beijing time (北京时间) for China's, else its name."""
    return text(BEIJING_TIME()) if zone in CHINA_ZONES else zone
