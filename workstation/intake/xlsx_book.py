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

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.dimensions import SheetDimension

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DIMENSION, _SHEET_DATA = f"{_NS}dimension", f"{_NS}sheetData"


def load_book(path: Path) -> Workbook:
    """What `openpyxl.load_workbook(path, read_only=True, data_only=True)` returns, without the scans."""
    reader = _Reader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


# (min col, min row, max col, max row); a whole-column or whole-row range ("A:C", "1:5") leaves two of them None
Boundaries = tuple[int | None, int | None, int | None, int | None]


def read_dimension(source: Any) -> Boundaries | None:
    """(min col, min row, max col, max row) from a <dimension> ahead of the cells, None when there is none."""
    for _event, element in iterparse(source, events=("start",)):
        if element.tag == _DIMENSION:
            dimension = SheetDimension.from_tree(element)
            assert dimension is not None  # Serialisable.from_tree always builds one
            return dimension.boundaries
        if element.tag == _SHEET_DATA:
            return None
    return None


class _SizedSheet(ReadOnlyWorksheet):
    """openpyxl's read-only sheet, sized from the head of its XML only."""

    def _get_size(self) -> None:
        with self._get_source() as source:  # type: ignore[attr-defined]  # openpyxl's private opener of the sheet's XML
            dimensions = read_dimension(source)
        if dimensions is not None:
            self._min_column, self._min_row, self._max_column, self._max_row = dimensions


class _Reader(ExcelReader):
    """ExcelReader whose read-only branch of read_worksheets builds _SizedSheet (openpyxl 3.1's loop)."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)  # type: ignore[arg-type]  # openpyxl's own loop passes the ChildSheet too
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # parsed for nothing, but a broken one refuses the file
            ws = _SizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state  # type: ignore[assignment]  # as openpyxl does: its NoneSet gives None for "none"
            self.wb._sheets.append(ws)  # type: ignore[attr-defined]  # openpyxl's private list, as its own loop fills it
