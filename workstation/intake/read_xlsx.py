"""Streaming XLSX rows: openpyxl opens the workbook, the sheet XML streams through the C parser
(xlsx_sheet, ~5× faster than openpyxl's per-cell code); the header may sit under a title or span two rows."""

from __future__ import annotations

import itertools
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from workstation.intake.errors import FileRefused, Limits
from workstation.intake.header import HEADER_SCAN_ROWS, first_names, locate_header
from workstation.intake.mapping import ColumnMapping
from workstation.intake.read_csv import TOO_MANY_COLUMNS
from workstation.intake.table import RawRow, Table
from workstation.messages import QT_TRANSLATE_NOOP, message

CANNOT_OPEN = message("intake.xlsx_unopenable", QT_TRANSLATE_NOOP("Messages", "{file}: cannot open the XLSX file ({reason})"))
NO_HEADER = message("intake.xlsx_no_header", QT_TRANSLATE_NOOP("Messages", "{file}: no sheet has a header in its first {rows} rows (column names such as phone, time, scam type)"))
BROKEN_ZIP = message("intake.xlsx_broken_zip", QT_TRANSLATE_NOOP("Messages", "{file}: not a valid XLSX file (the archive is broken)"))
ZIP_BOMB = message("intake.zip_bomb", QT_TRANSLATE_NOOP("Messages", "{file}: too large once unpacked ({size} MB); refused"))
BROKEN = message("intake.xlsx_broken", QT_TRANSLATE_NOOP("Messages", "{file}: the XLSX content is broken ({reason})"))


def open_xlsx(path: Path, mapping: ColumnMapping, limits: Limits, size: int) -> Table:
    """Open the first sheet that has a header. Refuses broken zips, zip bombs and sheets without a header."""
    _check_zip(path, limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it drops
            book = _load_book(path)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, XML errors) for bad files
        raise FileRefused(CANNOT_OPEN(file=path.name, reason=type(exc).__name__), code="bad_xlsx") from exc
    top: tuple[str, ...] = ()  # the first row of names of the first sheet that has one
    try:
        for sheet in book.worksheets:
            total = _max_row(sheet)
            # A wrong <dimension> tag (common in generated files) makes openpyxl stop early: ignore it.
            sheet.reset_dimensions()
            rows = _guarded(_sheet_rows(sheet), path)
            first = list(itertools.islice(rows, HEADER_SCAN_ROWS))
            found = locate_header(first, mapping)
            if found is None:
                top = top or first_names(first)
                continue
            index, height, headers = found
            if len(headers) > limits.max_columns:
                raise FileRefused(TOO_MANY_COLUMNS(file=path.name, count=len(headers), limit=limits.max_columns),
                                  code="too_many_columns")
            numbered = enumerate(itertools.chain(first, rows), start=1)  # read-only mode fills skipped rows
            data: Iterator[RawRow] = itertools.islice(numbered, index + height, None)
            counter = _Progress(size, total)
            return Table(format="xlsx", encoding=None, headers=_trim(headers), header_row=index + height,
                         rows=counter.wrap(data), position=counter.position, closers=[book.close],
                         sheet=str(sheet.title))
    except BaseException:
        book.close()
        raise
    book.close()
    raise FileRefused(NO_HEADER(file=path.name, rows=HEADER_SCAN_ROWS, names=top),
                      code="no_header")


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(BROKEN_ZIP(file=path.name), code="bad_xlsx") from exc
    inflated = sum(member.file_size for member in members)
    if inflated > limits.max_unzipped_bytes:
        raise FileRefused(ZIP_BOMB(file=path.name, size=f"{inflated / 1048576:.0f}"), code="zip_bomb")


def _load_book(path: Path) -> Any:
    """openpyxl's read-only, data-only workbook; opened without its whole-sheet size scan when possible."""
    try:
        from workstation.intake.xlsx_book import load_book
    except ImportError:  # an openpyxl whose reader moved: its own loader gives the same book, slower
        import openpyxl

        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    return load_book(path)


def _sheet_rows(sheet: Any) -> Iterator[Sequence[Any]]:
    """The sheet's values: the fast stream, or openpyxl's own rows if its internals are not where expected."""
    try:
        from workstation.intake.xlsx_sheet import fast_rows
    except ImportError:  # an openpyxl without the helpers it borrows
        return iter(sheet.iter_rows(values_only=True))
    rows = fast_rows(sheet)
    return rows if rows is not None else iter(sheet.iter_rows(values_only=True))


def _guarded(rows: Iterator[Sequence[Any]], path: Path) -> Iterator[Sequence[Any]]:
    try:
        yield from rows
    except Exception as exc:  # a corrupt sheet XML surfaces only while streaming
        raise FileRefused(BROKEN(file=path.name, reason=type(exc).__name__), code="bad_xlsx") from exc


def _max_row(sheet: Any) -> int | None:
    try:
        value = sheet.max_row
    except Exception:
        return None
    return int(value) if isinstance(value, int) and value > 0 else None


def _trim(headers: list[str]) -> list[str]:
    """Drop trailing empty header cells (sheets formatted far to the right)."""
    while headers and not headers[-1]:
        headers.pop()
    return headers


class _Progress:
    """XLSX streams through a zip, so progress is estimated from rows against the sheet's dimension."""

    def __init__(self, size: int, total_rows: int | None) -> None:
        self.size, self.total_rows, self.row = size, total_rows, 0

    def wrap(self, rows: Iterator[RawRow]) -> Iterator[RawRow]:
        for row in rows:
            self.row = row[0]
            yield row

    def position(self) -> int:
        if not self.total_rows:
            return 0
        return min(self.size, self.size * self.row // self.total_rows)
