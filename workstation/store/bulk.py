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
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Numeric, Table

from workstation.store.types import JsonText, UtcDateTime, json_text, sqlite_utc_text

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


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                constants: Mapping[str, Any] | None = None) -> None:
    """Insert rows (tuples of ready values in `columns` order) into table, in the caller's transaction.

    constants: ready values shared by every row (column → value), given once instead of per row.
    """
    if not rows:
        return
    constants = dict(constants or {})
    _check_columns(table, (*columns, *constants))
    width = len(columns)
    _check_width(table, rows, width)
    quote = conn.dialect.identifier_preparer.quote
    all_names = ", ".join(quote(name) for name in (*columns, *constants))
    target = quote(table.name)
    extra = tuple(constants.values())
    if conn.dialect.name == "sqlite" and len(rows) >= STAGE_FROM:
        _staged(conn, table, columns, rows, constants)
    elif conn.dialect.name == "postgresql":
        _copy(conn, target, all_names, rows, extra)
    else:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        marks = ", ".join(mark for _ in range(width + len(extra)))
        conn.exec_driver_sql(f"INSERT INTO {target} ({all_names}) VALUES ({marks})", [row + extra for row in rows])


def insert_ignoring(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING of whole rows (a dict per row with every column of the table, as read
    from another database), in the caller's transaction, converting each value as SQLAlchemy would bind it
    (`Values`) but without its per-row machinery: a pull writes 100,000 events and their leads this way.
    Only uniqueness conflicts are ignored; any other constraint raises, as SQLAlchemy's insert would."""
    if not rows:
        return
    names = [c.key for c in table.columns]
    given = set(rows[0])
    if given != set(names):
        raise ValueError(f"rows for {table.name} must give every column (missing: "
                         f"{', '.join(sorted(set(names) - given)) or '-'}; unknown: "
                         f"{', '.join(sorted(given - set(names))) or '-'})")
    values = Values(conn)
    convert = [(c.key, _converter(c, values)) for c in table.columns]
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join(mark for _ in names)}) ON CONFLICT DO NOTHING")
    conn.exec_driver_sql(sql, [tuple(row[key] if fn is None else fn(row[key]) for key, fn in convert)
                               for row in rows])


def _converter(column: Column[Any], values: Values) -> Callable[[Any], Any] | None:
    """How a value of this column is made ready for the driver (None: as it is)."""
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return _aware(values.time)
    if isinstance(kind, Numeric):
        return values.money
    if isinstance(kind, JsonText):
        return _optional(values.json)
    if isinstance(kind, Boolean):
        return _optional(bool)
    return None


def _aware(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def ready(value: Any) -> Any:
        if value is not None and (not isinstance(value, datetime) or value.tzinfo is None):
            raise ValueError("a UtcDateTime column takes an aware datetime")
        return convert(value)

    return ready


def _staged(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
            constants: Mapping[str, Any]) -> None:
    stage = Stage(conn, table, columns, purpose="bulk")
    try:
        stage.add(rows)
        stage.move(constants)
    finally:
        stage.drop()


def _check_columns(table: Table, names: Sequence[str]) -> None:
    unknown = [name for name in names if name not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {', '.join(unknown)}")


def _check_width(table: Table, rows: Sequence[tuple[Any, ...]], width: int) -> None:
    if any(len(row) != width for row in rows):
        raise ValueError(f"every row for {table.name} must have {width} values")


def _copy(conn: Connection, target: str, names: str, rows: Sequence[tuple[Any, ...]],
          extra: tuple[Any, ...]) -> None:
    import psycopg  # here, not at the top: a desk on SQLite starts without psycopg

    raw = conn.connection.driver_connection  # inside SQLAlchemy's transaction
    assert isinstance(raw, psycopg.Connection)
    with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
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


class Stage:
    """Rows gathered for one table in a SQLite TEMP table, to enter the real table later in one statement.

    Writing a TEMP table takes no lock on the desk's database, so an import can read, validate and stage a
    whole file while officers keep saving, and hold the write lock only for move(). The TEMP table belongs to
    the connection: keep the same one from add() to move(), and drop() at the end whatever happened.
    It copies the real columns' affinities (CREATE … AS SELECT), so SQLite converts each value exactly as a
    direct insert would; it has no indexes and no triggers (those work once, in move()).
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str], *, purpose: str = "stage") -> None:
        if conn.dialect.name != "sqlite":
            raise ValueError("a Stage is for SQLite; other databases take rows directly (insert_rows)")
        self.conn, self.table, self.columns = conn, table, tuple(columns)
        _check_columns(self.table, self.columns)
        self.name = f"ws_{purpose}_{self.table.name}"
        self.names = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in self.columns)
        self._created = False

    def add(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        _check_width(self.table, rows, len(self.columns))
        if not self._created:
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.name}")
            self.conn.exec_driver_sql(
                f'CREATE TEMP TABLE {self.name} AS SELECT {self.names} FROM main."{self.table.name}" WHERE 0')
            self._created = True
        marks = ", ".join("?" * len(self.columns))
        self.conn.exec_driver_sql(f"INSERT INTO temp.{self.name} VALUES ({marks})", list(rows))

    def move(self, constants: Mapping[str, Any] | None = None) -> None:
        """Everything staged into the real table (one INSERT … SELECT, in the caller's transaction)."""
        if not self._created:
            return
        constants = dict(constants or {})
        _check_columns(self.table, tuple(constants))
        quote = self.conn.dialect.identifier_preparer.quote
        extra = "".join(f", {quote(name)}" for name in constants)
        marks = "".join(", ?" for _ in constants)
        self.conn.exec_driver_sql(f'INSERT INTO main."{self.table.name}" ({self.names}{extra}) '
                                  f"SELECT {self.names}{marks} FROM temp.{self.name} ORDER BY rowid",
                                  tuple(constants.values()))

    def drop(self) -> None:
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.name}")
        self._created = False
