"""Opening an XLSX with openpyxl's own reader, minus the whole-sheet scan its read-only mode does at load.

`load_workbook(read_only=True)` sizes every sheet by looking for <dimension>, and when a file has none
(openpyxl's write-only mode, many exporters) it parses the entire sheet XML before giving the book back —
~3.4 s of a 100,000-row sheet, for a size that intake then discards with reset_dimensions(). Here the
search stops where <sheetData> starts; everything else (manifest, shared strings, styles, date formats,
the 1904 flag, sheet titles and order, refusals of broken parts) is openpyxl's ExcelReader unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from openpyxl.packaging.relationship import get_dependents, get_rels_path  # type: ignore[import-untyped]
from openpyxl.reader.excel import ExcelReader  # type: ignore[import-untyped]
from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # type: ignore[import-untyped]
from openpyxl.worksheet.dimensions import SheetDimension  # type: ignore[import-untyped]

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DIMENSION, _SHEET_DATA = f"{_NS}dimension", f"{_NS}sheetData"


def load_book(path: Path) -> Any:
    """What `openpyxl.load_workbook(path, read_only=True, data_only=True)` returns, without the scans."""
    reader = _Reader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


def read_dimension(source: Any) -> tuple[int, int, int, int] | None:
    """(min col, min row, max col, max row) from a <dimension> ahead of the cells, None when there is none."""
    for _event, element in iterparse(source, events=("start",)):
        if element.tag == _DIMENSION:
            return tuple(SheetDimension.from_tree(element).boundaries)  # type: ignore[return-value]
        if element.tag == _SHEET_DATA:
            return None
    return None


class _SizedSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """openpyxl's read-only sheet, sized from the head of its XML only."""

    def _get_size(self) -> None:
        with self._get_source() as source:
            dimensions = read_dimension(source)
        if dimensions is not None:
            self._min_column, self._min_row, self._max_column, self._max_row = dimensions


class _Reader(ExcelReader):  # type: ignore[misc]
    """ExcelReader whose read-only branch of read_worksheets builds _SizedSheet (openpyxl 3.1's loop)."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # parsed for nothing, but a broken one refuses the file
            ws = _SizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)
