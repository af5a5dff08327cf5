"""Bulk inserts of ready rows (lead intake, demo seeding): the fast way around per-row overheads.

At 100,000 rows, SQLAlchemy's per-row parameter processing and SQLite's per-statement cost of the
`sync_outbox_on_event` trigger were most of an import. Here a caller gives rows as tuples in a declared
column order, with values already in the form the driver takes (`Values`), and they go in as:

- SQLite: one executemany into a TEMP staging table (no indexes, no triggers), then one
  INSERT … SELECT into the real table. SQLite maintains the indexes and fires the triggers inside that one
  statement — in C, with Python's GIL released, so intake parses the next chunk meanwhile.
- PostgreSQL: COPY … FROM STDIN (the row triggers still fire, as for any insert).

Small batches (a single lead) take a plain executemany. Everything runs on the caller's connection, in its
transaction: a rollback undoes all of it. Constraints, triggers and defaults of the real table apply as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, FromClause, Table

from workstation.store.types import json_text, sqlite_utc_text

STAGE_FROM = 100  # rows: below this, staging costs more than it saves
IMPORT_CACHE_KIB = 64 * 1024  # SQLite page cache while an import writes (the default is 2 MiB)


class Values:
    """Converters from Python values to what the connection's driver stores for our column types.

    time: UtcDateTime (aware → SQLite's UTC text; PostgreSQL takes the datetime); money: Numeric (SQLite
    keeps a float, as SQLAlchemy binds it; PostgreSQL takes the Decimal); json: JsonText (text everywhere).
    tests/core/test_bulk.py checks each against what SQLAlchemy itself writes.
    """

    def __init__(self, conn: Connection) -> None:
        sqlite = conn.dialect.name == "sqlite"
        self.time: Callable[[datetime | None], Any] = _optional(sqlite_utc_text) if sqlite else _same
        self.money: Callable[[Decimal | None], Any] = _optional(float) if sqlite else _same
        self.json: Callable[[Any], str] = json_text


def insert_rows(conn: Connection, table: FromClause, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                constants: Mapping[str, Any] | None = None) -> None:
    """Insert rows (tuples of ready values in `columns` order) into table, in the caller's transaction.

    constants: ready values shared by every row (column → value), given once instead of per row.
    """
    if not rows:
        return
    table = cast(Table, table)  # a mapped class's __table__ is typed as a FromClause
    constants = dict(constants or {})
    unknown = [name for name in (*columns, *constants) if name not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {', '.join(unknown)}")
    width = len(columns)
    if any(len(row) != width for row in rows):
        raise ValueError(f"every row for {table.name} must have {width} values")
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    all_names = ", ".join(quote(name) for name in (*columns, *constants))
    target = quote(table.name)
    extra = tuple(constants.values())
    if conn.dialect.name == "sqlite" and len(rows) >= STAGE_FROM:
        _staged(conn, table.name, names, all_names, width, rows, extra)
    elif conn.dialect.name == "postgresql":
        _copy(conn, target, all_names, rows, extra)
    else:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        marks = ", ".join(mark for _ in range(width + len(extra)))
        conn.exec_driver_sql(f"INSERT INTO {target} ({all_names}) VALUES ({marks})", [row + extra for row in rows])


def _staged(conn: Connection, table: str, names: str, all_names: str, width: int,
            rows: Sequence[tuple[Any, ...]], extra: tuple[Any, ...]) -> None:
    """The staging table copies the real columns' affinities (CREATE … AS SELECT), so SQLite converts each
    value exactly as a direct insert would."""
    stage = f"ws_stage_{table}"
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
    conn.exec_driver_sql(f'CREATE TEMP TABLE {stage} AS SELECT {names} FROM main."{table}" WHERE 0')
    conn.exec_driver_sql(f"INSERT INTO temp.{stage} VALUES ({', '.join('?' * width)})", list(rows))
    constants = "".join(", ?" for _ in extra)
    conn.exec_driver_sql(f'INSERT INTO main."{table}" ({all_names}) SELECT {names}{constants} FROM temp.{stage}',
                         extra)
    conn.exec_driver_sql(f"DROP TABLE temp.{stage}")


def _copy(conn: Connection, target: str, names: str, rows: Sequence[tuple[Any, ...]],
          extra: tuple[Any, ...]) -> None:
    raw = conn.connection.driver_connection  # psycopg 3, inside SQLAlchemy's transaction
    with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row + extra)


@contextmanager
def import_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the length of an import: a file's rows touch a dozen indexes, and with
    the default 2 MiB the same index pages are read again and again. Nothing changes on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _same(value: Any) -> Any:
    return value


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def ready(value: Any) -> Any:
        return None if value is None else convert(value)

    return ready
