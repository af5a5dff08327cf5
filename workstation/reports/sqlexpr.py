"""Expressions that differ between SQLite and PostgreSQL, and turning database sums into exact amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Float, Numeric, Text, cast, func, literal, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from workstation.reports.period import Period

CENT = Decimal("0.01")


def minutes_between(dialect: str, later: Any, earlier: Any) -> ColumnElement[float]:
    """(later - earlier) in minutes, as a float. SQLite keeps naive UTC text, which julianday() reads."""
    if dialect == "sqlite":
        return type_coerce((func.julianday(later) - func.julianday(earlier)) * 1440.0, Float)
    return type_coerce(func.extract("epoch", later - earlier) / 60.0, Float)


def json_text(dialect: str, column: Any, key: str) -> ColumnElement[str]:
    """One top-level key of a JSON-as-text column, as text."""
    raw = type_coerce(column, Text)
    if dialect == "sqlite":
        return type_coerce(func.json_extract(raw, f"$.{key}"), Text)
    return type_coerce(func.json_extract_path_text(cast(raw, JSON), key), Text)


def json_amount(dialect: str, column: Any, key: str) -> ColumnElement[Decimal]:
    """A JSON amount (stored as a decimal string) as a number SQL can sum."""
    return cast(func.coalesce(json_text(dialect, column, key), literal("0")), Numeric(14, 2))


def local_day(dialect: str, column: Any, period: Period) -> ColumnElement[str]:
    """The local calendar day of a UTC instant, as 'YYYY-MM-DD' text.

    PostgreSQL converts with the zone itself; SQLite has no zone database, so it adds the zone's offset at
    the period's start (exact for zones without DST, such as Asia/Shanghai)."""
    if dialect == "sqlite":
        return type_coerce(func.date(column, f"{period.utc_offset_minutes():+d} minutes"), Text)
    return type_coerce(func.to_char(func.timezone(period.tz, column), "YYYY-MM-DD"), Text)


def money(value: object) -> Decimal:
    """A sum from the database (Decimal on PostgreSQL, float or int on SQLite) as yuan to the cent."""
    if value is None:
        return Decimal("0.00")
    return Decimal(str(value)).quantize(CENT)
