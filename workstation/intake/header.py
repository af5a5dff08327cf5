"""Finding the header in the first rows of a sheet: a title row above it, or a header over two rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from workstation.intake.infer import looks_like_values, value_checks
from workstation.intake.mapping import ColumnMapping

HEADER_SCAN_ROWS = 10
MIN_HEADER_FIELDS = 2


def locate_header(rows: Sequence[Sequence[object]], mapping: ColumnMapping) -> tuple[int, int, list[str]] | None:
    """(index of the first header row, number of header rows, column names) or None when there is none.

    The header is the row whose cells name the most known fields. A row above it with group titles
    (受害人信息 | 预警信息, merged cells) is combined with it only when that names strictly more fields —
    e.g. 线索编号 merged down two rows beside a group whose sub-headers are 姓名, 手机号.
    """
    best: tuple[int, int, int, list[str]] | None = None  # (score, -header rows, -index, names)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        single = mapping.score(row)
        candidates = [(single, 1, _names(row))]
        if index + 1 < len(rows):
            combined = combine_header_rows(row, rows[index + 1], mapping)
            score = mapping.score(combined)
            if score > single and score > mapping.score(rows[index + 1]):
                candidates.append((score, 2, combined))
        for score, height, names in candidates:
            key = (score, -height, -index, names)
            if best is None or key[:3] > best[:3]:
                best = key
    if best is None or best[0] < MIN_HEADER_FIELDS:
        return header_by_values(rows, mapping)
    return -best[2], -best[1], best[3]


def header_by_values(rows: Sequence[Sequence[object]], mapping: ColumnMapping) -> tuple[int, int, list[str]] | None:
    """A header none of whose names we know: the first row of two or more names and no value of any field in
    it, above a row with one or more (phone numbers, scam types, levels, times), so that the columns can be
    decided by their values."""
    checks = value_checks(mapping, tz=UTC, now=datetime(9000, 1, 1, tzinfo=UTC))
    for index, row in enumerate(rows[:min(HEADER_SCAN_ROWS, len(rows)) - 1]):
        names = _names(row)
        if sum(1 for name in names if name) < MIN_HEADER_FIELDS or looks_like_values(row, checks):
            continue
        following = rows[index + 1]
        if looks_like_values(following, checks):
            return index, 1, names
    return None


def combine_header_rows(top: Sequence[object], sub: Sequence[object], mapping: ColumnMapping) -> list[str]:
    """One name per column from a group row and a field row; a merged group title spans rightwards."""
    names: list[str] = []
    group = ""
    for column in range(max(len(top), len(sub))):
        above = _text(top[column]) if column < len(top) else ""
        below = _text(sub[column]) if column < len(sub) else ""
        group = above or group
        if below and mapping.field_for(below):
            names.append(below)
        elif above and mapping.field_for(above):
            names.append(above)
        elif group and below and mapping.field_for(group + below):
            names.append(group + below)
        else:
            names.append(below or above)
    return names


def first_names(rows: Sequence[Sequence[object]]) -> tuple[str, ...]:
    """The non-empty cells of the first row that has any: what a file without a known header calls its columns
    (so that a refusal can say how to name them: --map COLUMN=FIELD)."""
    for row in rows:
        names = tuple(name for name in _names(row) if name)
        if names:
            return names
    return ()


def _names(row: Sequence[object]) -> list[str]:
    return [_text(cell) for cell in row]


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()
