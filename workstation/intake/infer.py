"""Which field each column of a file feeds (列的推断): the person's choice, else the header, else the values.

A header no alias names (or one that names a field its cells plainly are not) is decided by the column's
cells: a column of mobile numbers is the phone, one of 刷单返利 / 冒充公检法 the scam type, one of 红色 / 橙色
the level, one of timestamps the warning time. The import dialog shows how each column was decided.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Literal

from workstation.intake.fields import FieldInvalid, cell_text, parse_id_number, parse_phone
from workstation.intake.mapping import IGNORE, ColumnMapping, normalise_key
from workstation.intake.times import timestamp_parser

How = Literal["chosen", "remembered", "header", "values", "none"]
SAMPLE_ROWS = 50  # rows read to decide a column by its values
MIN_SHARE = 0.6  # of a column's non-empty cells that must be of one field for the values to decide (a partner's
# list has its typos: a short number, a scam type no one named)
# Fields a column's values can show, most telling first (an enum value says more than "a number").
VALUE_FIELDS: tuple[str, ...] = ("scam_type", "level", "trigger_kind", "id_number", "phone", "triggered_at")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a file: its header as written, the field it feeds (None: not imported) and how that was
    decided; share: for "values", the part of its cells that are of that field."""

    header: str
    field: str | None
    how: How
    share: float = 1.0


def header_signature(headers: Sequence[str]) -> str:
    """The same for two files with the same headers in the same order (however spaced or cased)."""
    joined = "\x1f".join(normalise_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


def value_checks(mapping: ColumnMapping, *, tz: tzinfo, now: datetime) -> dict[str, Callable[[object], bool]]:
    """field → does this cell hold a value of the field?"""
    moment = timestamp_parser(tz=tz, now=now)

    def parses(parse: Callable[[object], Any]) -> Callable[[object], bool]:
        def check(value: object) -> bool:
            try:
                return parse(value) is not None
            except (FieldInvalid, ValueError, OverflowError):
                return False
        return check

    def enum(name: str) -> Callable[[object], bool]:
        return lambda value: mapping.value_for(name, cell_text(value)) is not None

    def time_text(value: object) -> bool:
        # Numbers are amounts as often as Excel dates or Unix seconds: only text that reads as a time counts.
        text = cell_text(value)
        return not text.replace(".", "", 1).isdigit() and parses(moment)(value)

    return {
        "scam_type": enum("scam_type"), "level": enum("level"), "trigger_kind": enum("trigger_kind"),
        "id_number": parses(lambda v: parse_id_number(v, today=now.date())[0]), "phone": parses(parse_phone),
        "triggered_at": time_text,
    }


def field_by_values(cells: Sequence[object], checks: Mapping[str, Callable[[object], bool]]) -> tuple[str, float] | None:
    """The field most of a column's non-empty cells are (with the share), or None when no field is."""
    filled = [cell for cell in cells if cell_text(cell)]
    if not filled:
        return None
    best: tuple[str, float] | None = None
    for name in VALUE_FIELDS:
        share = sum(1 for cell in filled if checks[name](cell)) / len(filled)
        if share >= MIN_SHARE and (best is None or share > best[1]):
            best = (name, share)
    return best


def decide_columns(headers: Sequence[str], rows: Sequence[Sequence[object]], mapping: ColumnMapping, *,
                   chosen: Mapping[str, str] | None = None, remembered: Mapping[str, str] | None = None,
                   tz: tzinfo, now: datetime) -> list[Column]:
    """Each column's field: the person's choice, a remembered choice for files with these headers, the
    header's alias, else its values (when no other column feeds that field)."""
    chosen, remembered = dict(chosen or {}), dict(remembered or {})
    checks = value_checks(mapping, tz=tz, now=now)
    decided: list[Column | None] = []
    for header in headers:
        if header in chosen:
            decided.append(Column(header, chosen[header] or None, "chosen"))
        elif header in remembered:
            decided.append(Column(header, remembered[header] or None, "remembered"))
        else:
            decided.append(None)
    columns = [[row[index] if index < len(row) else None for row in rows] for index in range(len(headers))]
    named = [mapping.field_for(header) if header else None for header in headers]
    for index, name in enumerate(named):
        check = checks.get(name or "")
        if decided[index] is None and name is not None and check is not None and _share(columns[index], check) < 0.5:
            by_values = field_by_values(columns[index], checks)
            if by_values is not None and by_values[0] != name:
                continue  # a header that names what its cells plainly are not: the values decide below
        if decided[index] is None and name is not None:
            decided[index] = Column(headers[index], name, "header")
    taken = {c.field for c in decided if c is not None and c.field}
    for index, header in enumerate(headers):
        if decided[index] is not None:
            continue
        by_values = field_by_values(columns[index], checks)
        if by_values is not None and by_values[0] not in taken:
            decided[index] = Column(header, by_values[0], "values", by_values[1])
            taken.add(by_values[0])
        elif named[index] is not None:
            decided[index] = Column(header, named[index], "header")
        else:
            decided[index] = Column(header, None, "none")
    return [c for c in decided if c is not None]


def columns_mapping(mapping: ColumnMapping, columns: Sequence[Column]) -> ColumnMapping:
    """The mapping that reads the file as decided: every column's header bound to its field (or ignored)."""
    return mapping.with_columns({c.header: c.field or IGNORE for c in columns if c.header})


def _share(cells: Sequence[object], check: Callable[[object], bool] | None) -> float:
    filled = [cell for cell in cells if cell_text(cell)]
    if not filled or check is None:
        return 1.0
    return sum(1 for cell in filled if check(cell)) / len(filled)


def looks_like_values(row: Sequence[object], checks: Mapping[str, Callable[[object], bool]]) -> int:
    """How many cells of a row are values of a field (a data row has several, a header row none)."""
    return sum(1 for cell in row if cell_text(cell) and any(check(cell) for check in checks.values()))
