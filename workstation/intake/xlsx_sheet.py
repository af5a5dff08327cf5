"""A worksheet's rows streamed with the C XML parser, giving what openpyxl's read-only iter_rows gives.

openpyxl's read-only `iter_rows(values_only=True)` spends ~14 s on a 100,000 × 11 sheet in per-cell Python
(a dict per cell, descriptor objects for every inline string). The workbook itself (sheets, shared strings,
styles, the 1904 flag, refusals of broken files) is still opened by openpyxl; only the sheet XML is read
here, one <row> at a time, mirroring `WorkSheetParser.parse_cell` / `parse_row` and
`ReadOnlyWorksheet._cells_by_row` / `_get_row` (openpyxl 3.1) after `reset_dimensions()`.

Deliberate differences, neither seen in files Excel, WPS or openpyxl write:
- a row missing from the XML comes out as `()` where openpyxl yields a shared `[]` (no cells either way);
- only <row>s inside <sheetData> are read (openpyxl's parser would also take a stray <row> placed before
  or after it, which the schema does not allow), except on the fallback path of `row_elements`;
- a date-styled serial out of range becomes "#VALUE!" as in openpyxl, without openpyxl's warning.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any
from xml.etree.ElementTree import Element, TreeBuilder, XMLParser, iterparse

from openpyxl.cell.text import Text
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _INLINE, _TEXT = f"{_NS}row", f"{_NS}v", f"{_NS}is", f"{_NS}t"
_SHEET_DATA = f"{_NS}sheetData"
_CHUNK = 16 * 1024  # larger chunks leave more unfinished rows in memory at once and run slower
_DIGITS = "0123456789"
_COLUMNS: dict[str, int] = {}  # "C" → 3, filled as met; bounded by the valid column names

Values = tuple[Any, ...]


@dataclass(frozen=True)
class SheetStyle:
    """What turns a cell's text into a value: the book's shared strings, date styles and epoch."""

    shared_strings: Sequence[str]
    date_styles: frozenset[object]
    timedelta_styles: frozenset[object]
    epoch: datetime


def fast_rows(sheet: Any) -> Iterator[Values] | None:
    """The sheet's values row by row, as openpyxl read-only mode would give them after reset_dimensions().

    None when this openpyxl keeps its internals elsewhere; the caller then uses openpyxl's own iter_rows.
    The sheet XML is opened lazily, so a broken stream surfaces while iterating, like openpyxl's.
    """
    try:
        book = sheet.parent
        if not book.data_only:
            return None  # formulas would be wanted as text: openpyxl's reader has that, not this one
        style = SheetStyle(shared_strings=sheet._shared_strings, date_styles=frozenset(book._date_formats),
                           timedelta_styles=frozenset(book._timedelta_formats), epoch=book.epoch)
        opener: Callable[[], IO[bytes]] = sheet._get_source
    except AttributeError:
        return None
    return _stream(opener, style)


def _stream(opener: Callable[[], IO[bytes]], style: SheetStyle) -> Iterator[Values]:
    with opener() as source:
        yield from fill_missing_rows(parse_rows(source, style))


def fill_missing_rows(rows: Iterator[tuple[int, Values]]) -> Iterator[Values]:
    """Rows skipped in the XML become empty rows, so position = row number; repeated or backwards rows are
    dropped (openpyxl's `_cells_by_row` with no max_row)."""
    expected = 1
    for number, values in rows:
        while expected < number:
            expected += 1
            yield ()
        if expected <= number:
            expected += 1
            yield values


def parse_rows(source: IO[bytes], style: SheetStyle) -> Iterator[tuple[int, Values]]:
    """(row number, values) for each <row>; the element is cleared at once so memory stays flat."""
    number = 0
    for element in row_elements(source):
        number = row_number(element.get("r"), number)
        values = row_values(element, style)
        element.clear()
        yield number, values


def row_elements(source: IO[bytes]) -> Iterator[Element]:
    """Each complete <row> of the sheet, in document order.

    An "end" event per element costs ~1 s of Python per 100,000 × 11 sheet (4 elements a cell), so once
    <sheetData> has started the parser stops reporting events (the private `_setevents`, what
    XMLPullParser itself uses) and rows are taken from sheetData as later siblings show them complete.
    Without `_setevents` (another Python), every "end" event is looked at, as openpyxl does.
    """
    parser = XMLParser(target=TreeBuilder())
    if not hasattr(parser, "_setevents"):
        yield from _row_ends(source)
        return
    events: deque[tuple[str, Element]] = deque()
    parser._setevents(events, ("start",))
    sheet_data: Element | None = None
    while chunk := source.read(_CHUNK):
        parser.feed(chunk)
        if sheet_data is None:
            sheet_data = _started(events, _SHEET_DATA)
            if sheet_data is None:
                continue
            parser._setevents(events, ())
        events.clear()  # empty, unless a parser that cannot be silenced: then its events are dropped here
        yield from _take_rows(sheet_data, keep_last=True)  # the last child may still be arriving
    parser.close()
    if sheet_data is not None:
        yield from _take_rows(sheet_data, keep_last=False)


def _started(events: deque[tuple[str, Element]], tag: str) -> Element | None:
    while events:
        _event, element = events.popleft()
        if element.tag == tag:
            return element
    return None


def _take_rows(sheet_data: Element, *, keep_last: bool) -> Iterator[Element]:
    """Detach sheetData's finished children and give their rows (a row wrapped in another element counts)."""
    done = len(sheet_data) - 1 if keep_last else len(sheet_data)
    if done <= 0:
        return
    children = sheet_data[:done]
    del sheet_data[:done]
    for child in children:
        if child.tag == _ROW:
            yield child
        else:
            yield from child.iter(_ROW)


def _row_ends(source: IO[bytes]) -> Iterator[Element]:
    for _event, element in iterparse(source, events=("end",)):
        if element.tag == _ROW:
            yield element


def row_number(attribute: str | None, previous: int) -> int:
    """A row's `r`, or the next number when it is missing ("3.0" is accepted, like openpyxl does)."""
    if attribute is None:
        return previous + 1
    try:
        return int(attribute)
    except ValueError:
        number = float(attribute)
        if not number.is_integer():
            raise ValueError(f"{attribute} is not a valid row number") from None
        return int(number)


def row_values(row: Element, style: SheetStyle) -> Values:
    """The row as a tuple as wide as its last cell's column; gaps are None.

    Every child of <row> counts as a cell, as in openpyxl; a cell without `r` takes the next column.
    """
    columns: list[int] = []
    values: list[Any] = []
    column = 0
    for cell in row:
        coordinate = cell.get("r")
        column = column_of(coordinate) if coordinate else column + 1
        columns.append(column)
        values.append(cell_value(cell, style))
    if not values:
        return ()
    width = column
    if width == len(values) and columns == list(range(1, width + 1)):  # the usual A, B, C… row
        return tuple(values)
    out: list[Any] = [None] * width
    for position, value in zip(columns, values, strict=True):
        if position <= width:  # a column beyond the last cell's (cells out of order) is dropped
            out[position - 1] = value
    return tuple(out)


def column_of(coordinate: str) -> int:
    """The column of "C7" (3). openpyxl parses each letter prefix once; an invalid coordinate raises as there."""
    letters = coordinate.rstrip(_DIGITS)
    column = _COLUMNS.get(letters)
    if column is not None and len(letters) < len(coordinate):
        return column
    column = int(coordinate_to_tuple(coordinate)[1])
    if len(letters) < len(coordinate) and not any(char in _DIGITS for char in letters):
        _COLUMNS[letters] = column  # letters + digits: the column depends on the letters alone
    return column


def cell_value(cell: Element, style: SheetStyle) -> Any:
    """One <c>'s value as openpyxl's parse_cell gives it in data_only mode (formulas give their cached value)."""
    kind = cell.get("t", "n")
    style_id: str | int = cell.get("s", 0)
    if style_id:
        style_id = int(style_id)  # a bad style refuses the file, as in openpyxl
    if kind == "inlineStr":
        return inline_text(cell)
    text = cell.findtext(_VALUE) or None
    if text is None:
        return None
    if kind == "n":
        number = float(text) if "." in text or "E" in text or "e" in text else int(text)
        return _date(number, style_id, style) if style_id in style.date_styles else number
    if kind == "s":
        return style.shared_strings[int(text)]
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        return from_ISO8601(text)
    return text  # "str" (a formula's text), "e" (an error such as #N/A), anything unknown


def _date(number: float, style_id: object, style: SheetStyle) -> Any:
    """A serial number under a date or duration format; out of range becomes "#VALUE!" like openpyxl."""
    try:
        return from_excel(number, style.epoch, timedelta=style_id in style.timedelta_styles)
    except (OverflowError, ValueError):
        return "#VALUE!"


def inline_text(cell: Element) -> str | None:
    """An inline string: the plain <t>, fast; rich-text runs and phonetics go through openpyxl's Text."""
    child = cell.find(_INLINE)
    if child is None:
        return None
    if len(child) == 1 and child[0].tag == _TEXT:
        return child[0].text or ""
    rich = Text.from_tree(child)  # type: ignore[arg-type]  # types-openpyxl wants a chart's element here; openpyxl reads any
    assert rich is not None  # Serialisable.from_tree always builds one
    return str(rich.content)
