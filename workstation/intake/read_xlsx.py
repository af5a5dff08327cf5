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
from workstation.intake.header import HEADER_SCAN_ROWS, locate_header
from workstation.intake.mapping import ColumnMapping
from workstation.intake.table import RawRow, Table


def open_xlsx(path: Path, mapping: ColumnMapping, limits: Limits, size: int) -> Table:
    """Open the first sheet that has a header. Refuses broken zips, zip bombs and sheets without a header."""
    _check_zip(path, limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it drops
            book = _load_book(path)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, XML errors) for bad files
        raise FileRefused(f"{path.name}: 无法打开 XLSX 文件（{type(exc).__name__}）", code="bad_xlsx") from exc
    try:
        for sheet in book.worksheets:
            total = _max_row(sheet)
            # A wrong <dimension> tag (common in generated files) makes openpyxl stop early: ignore it.
            sheet.reset_dimensions()
            rows = _guarded(_sheet_rows(sheet), path)
            first = list(itertools.islice(rows, HEADER_SCAN_ROWS))
            found = locate_header(first, mapping)
            if found is None:
                continue
            index, height, headers = found
            if len(headers) > limits.max_columns:
                raise FileRefused(f"{path.name}: 列数 {len(headers)} 超过上限 {limits.max_columns}",
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
    raise FileRefused(f"{path.name}: 所有工作表的前{HEADER_SCAN_ROWS}行中都找不到表头（如 手机号、预警时间、诈骗类型）",
                      code="no_header")


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(f"{path.name}: 不是有效的 XLSX 文件（压缩包损坏）", code="bad_xlsx") from exc
    inflated = sum(member.file_size for member in members)
    if inflated > limits.max_unzipped_bytes:
        raise FileRefused(f"{path.name}: 解压后过大（{inflated / 1048576:.0f} MB），拒绝导入", code="zip_bomb")


def _load_book(path: Path) -> Any:
    """openpyxl's read-only, data-only workbook; opened without its whole-sheet size scan when possible."""
    try:
        from workstation.intake.xlsx_book import load_book
    except ImportError:  # an openpyxl whose reader moved: its own loader gives the same book, slower
        import openpyxl  # type: ignore[import-untyped]

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
        raise FileRefused(f"{path.name}: XLSX 内容损坏（{type(exc).__name__}）", code="bad_xlsx") from exc


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
