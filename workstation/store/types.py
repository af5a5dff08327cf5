"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Text
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in, timezone-aware UTC out.

    SQLite keeps the naive UTC text (which sorts correctly); PostgreSQL keeps timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], datetime | None] | None:
        """On SQLite, the kept text parsed straight to an aware datetime: one C call instead of SQLAlchemy's
        parse and then datetime.replace (1.9 → 0.3 µs a value; a queue page holds a thousand). Text in any
        other form than the one UtcDateTime writes goes the general way (fromisoformat would read a date alone
        followed by '+00:00' as a naive midnight)."""
        general = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or general is None:
            return general
        parse = datetime.fromisoformat

        def process(value: Any) -> datetime | None:
            if value is None:
                return None
            if type(value) is str and len(value) == 26:  # 'YYYY-MM-DD HH:MM:SS.ffffff' (sqlite_utc_text)
                try:
                    parsed = parse(value + "+00:00")
                except ValueError:
                    pass
                else:
                    if parsed.tzinfo is not None:
                        return parsed
            return general(value)

        return process


def sqlite_utc_text(value: datetime) -> str:
    """The text a UtcDateTime column keeps on SQLite for an aware datetime (what SQLAlchemy's DATETIME
    writes for the naive UTC value): 'YYYY-MM-DD HH:MM:SS.ffffff'. For bulk writes that bypass SQLAlchemy."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UtcDateTime column")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # drops the "+00:00"


def json_text(value: Any) -> str:
    """JSON as a JsonText column keeps it: sorted keys, no spaces, Chinese as is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class JsonText(TypeDecorator[Any]):
    """JSON kept as text on every database (portable, and byte-stable for hashing)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else json_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
