"""The fast XLSX reader gives exactly what openpyxl's read-only `iter_rows(values_only=True)` gives.

Reference: `openpyxl.load_workbook(read_only=True, data_only=True)` + `reset_dimensions()`; the one accepted
difference is that a row missing from the XML is `()` here and `[]` there, so rows compare as tuples.
Values compare with their types (True is not 1, 5.0 is not 5).
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from intake_fixtures import HEADERS_ZH, NOW, lead_row
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from workstation.intake import FileRefused, iter_leads, parse_file, xlsx_sheet
from workstation.intake.read_xlsx import _load_book, _sheet_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DATE_FORMATS = ["yyyy-mm-dd", 'yyyy"年"m"月"d"日" hh:mm', "yyyy/m/d h:mm:ss", "h:mm", "[h]:mm:ss", "mm:ss.0"]
OTHER_FORMATS = ["General", "0.00", "@", "#,##0"]
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl's notes on minimal test packages


def reference(path: Path) -> list[tuple[str, list[list[tuple[type, Any]]]]]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = []
        for sheet in book.worksheets:
            sheet.reset_dimensions()
            out.append((sheet.title, [_typed(row) for row in sheet.iter_rows(values_only=True)]))
        return out
    finally:
        book.close()


def fast(path: Path) -> list[tuple[str, list[list[tuple[type, Any]]]]]:
    book = _load_book(path)
    try:
        out = []
        for sheet in book.worksheets:
            sheet.reset_dimensions()
            rows = xlsx_sheet.fast_rows(sheet)
            assert rows is not None, "the fast path must be taken"
            out.append((sheet.title, [_typed(row) for row in rows]))
        return out
    finally:
        book.close()


def _typed(row: Any) -> list[tuple[type, Any]]:
    return [(type(value), value) for value in row]


def assert_same(path: Path) -> None:
    expected = reference(path)
    got = fast(path)
    assert [title for title, _ in got] == [title for title, _ in expected]
    for (title, rows), (_, want) in zip(got, expected, strict=True):
        for number, (mine, theirs) in enumerate(itertools.zip_longest(rows, want), start=1):
            assert mine == theirs, f"{title} row {number}"


@pytest.fixture(params=["silent", "events"])
def parser_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of finding rows: the silenced parser, and the plain "end" events used without _setevents."""
    if request.param == "events":
        monkeypatch.setattr(xlsx_sheet, "XMLParser", lambda target: object())
    return str(request.param)


def styled_book(path: Path) -> Path:
    """Normal mode: shared strings, styles, builtin and custom date formats, a title, a two-row header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "预警线索"
    sheet["A1"] = "XX市反诈中心预警线索（2026年11月）"
    sheet.merge_cells("A1:F1")
    sheet.append(["线索编号", "受害人", None, "预警时间", "预警信息", None])
    sheet.append([None, "姓名", "手机号", None, "诈骗类型", "涉案金额"])
    sheet.append(["YJ-1", "张三", 13812345678, datetime(2026, 11, 25, 14, 3, 5), "兼职刷单", 5000.5])
    sheet.append(["YJ-2", "  欧阳娜娜 ", 13912345678, date(2026, 11, 24), "冒充公检法", 120])
    sheet.cell(row=7, column=1, value="YJ-3")  # row 6 left out
    sheet.cell(row=7, column=4, value=datetime(2026, 1, 2, 3, 4)).number_format = 'yyyy"年"m"月"d"日" hh:mm'
    sheet.cell(row=7, column=6, value=True)
    sheet.cell(row=8, column=3, value=False)  # empty cells before and after
    sheet.cell(row=8, column=4, value=time(14, 3, 30))
    sheet.cell(row=8, column=5, value=timedelta(hours=30, minutes=5))
    sheet.cell(row=8, column=9, value=-1.25e-7)
    sheet.cell(row=9, column=2, value=45000).number_format = "yyyy/m/d"
    sheet.cell(row=9, column=3, value=45000.75).number_format = "0.00"
    sheet.cell(row=9, column=4, value="=1+1")  # a formula without cached value: None in data_only mode
    sheet.cell(row=12, column=2, value="末行\n换行")
    other = book.create_sheet("第二页")
    other.append(["手机号", "预警时间"])
    other.append([13812345678, datetime(2026, 11, 25, 8, 0)])
    book.create_sheet("空白").sheet_state = "hidden"
    book.save(path)
    return path


def streamed_book(path: Path) -> Path:
    """Write-only mode: inline strings, no <dimension>, as the benchmark and some exporters write."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("导出")
    sheet.append(["预警线索导出"])
    sheet.append(HEADERS_ZH)
    sheet.append(["YJ-1", "张三", 13812345678, "", None, "兼职刷单", "红色", "电话", "+85212345678",
                  datetime(2026, 11, 25, 14, 3), 1234.5])
    sheet.append([])
    sheet.append([None, None, "13812345678", True, 0, -7, 1e20, 2**40, date(1900, 1, 1), time(0, 0, 1)])
    book.save(path)
    return path


def test_styled_workbook_matches_openpyxl(tmp_path: Path, parser_path: str) -> None:
    assert_same(styled_book(tmp_path / "styled.xlsx"))


def test_write_only_workbook_matches_openpyxl(tmp_path: Path, parser_path: str) -> None:
    assert_same(streamed_book(tmp_path / "streamed.xlsx"))


def test_values_are_the_expected_python_types(tmp_path: Path) -> None:
    [(_, rows), *_] = fast(styled_book(tmp_path / "styled.xlsx"))
    assert rows[3] == _typed(("YJ-1", "张三", 13812345678, datetime(2026, 11, 25, 14, 3, 5), "兼职刷单", 5000.5))
    assert rows[5] == [] and rows[9:11] == [[], []]
    assert rows[6] == _typed(("YJ-3", None, None, datetime(2026, 1, 2, 3, 4), None, True))
    assert rows[7][2:5] == _typed((False, time(14, 3, 30), timedelta(hours=30, minutes=5)))


def test_load_book_sizes_and_names_sheets_like_openpyxl(tmp_path: Path) -> None:
    path = styled_book(tmp_path / "styled.xlsx")
    mine, theirs = _load_book(path), openpyxl.load_workbook(path, read_only=True, data_only=True)
    for a, b in zip(mine.worksheets, theirs.worksheets, strict=True):
        assert (a.title, a.sheet_state, a.max_row, a.max_column) == (b.title, b.sheet_state, b.max_row, b.max_column)
    mine.close()
    theirs.close()


# --- hand-written packages: what Excel, WPS and formula results put in a sheet that openpyxl cannot write ---

def package(path: Path, sheets: dict[str, str], strings: str = "", date1904: bool = False) -> Path:
    """A minimal XLSX whose sheets live at xl/worksheets/data{n}.xml (not sheet1.xml) with the given XML."""
    ct = '<Override PartName="/xl/worksheets/data{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    rel = '<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data{n}.xml"/>'
    entries = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        + "".join(ct.format(n=n) for n in range(1, len(sheets) + 1)) + "</Types>",
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<workbookPr date1904="{int(date1904)}"/><sheets>'
        + "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(sheets, start=1))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rel.format(n=n) for n in range(1, len(sheets) + 1)) + "</Relationships>",
        "xl/styles.xml": f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/></numFmts>'
        '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>'
        '<xf numFmtId="46" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">{strings}</sst>',
    }
    for n, body in enumerate(sheets.values(), start=1):
        entries[f"xl/worksheets/data{n}.xml"] = f'<worksheet xmlns="{MAIN}" xmlns:x14ac="urn:x14ac">{body}</worksheet>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return path


STRINGS = ('<si><t>手机号</t></si><si><t xml:space="preserve"> 预警时间 </t></si>'
           '<si><r><rPr><b/></rPr><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si><si><t>a_x005F_b</t></si>')
CELLS = """<dimension ref="A1:C2"/><sheetData>
<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="0"><v>1</v></c>
  <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" t="str"><v>公式结果</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="b"><v>1</v></c>
  <c r="D2" t="b"><v>0</v></c><c r="E2" t="n"><v>13812345678</v></c><c r="F2"><v>1.5E3</v></c><c r="G2"><v></v></c>
  <c r="H2" t="d"><v>2026-11-25T14:03:00</v></c><c r="I2" t="inlineStr"/><c r="J2" t="str"><f>A1</f><v>x</v></c></row>
<row r="3"><c r="A3" s="1"><v>46351</v></c><c r="B3" s="2"><v>46351.5847222222</v></c><c r="C3" s="3"><v>1.25</v></c>
  <c r="D3" s="4"><v>46351.5</v></c><c r="E3" s="5"><v>0.75</v></c><c r="F3" s="1"><v>99999999</v></c><c s="2"><v>-5</v></c></row>
<row r="5"><c r="C5" t="inlineStr"><is><t>内联</t></is></c><c t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>内联</t></r></is></c>
  <c t="inlineStr"><is><t xml:space="preserve">  空格  </t></is></c><c t="inlineStr"><is/></c></row>
<row><c><v>1</v></c><c r="c6"><v>2</v></c><c r="e6"><v>3</v></c></row>
<row r="9.0"><c r="C9"><v>3</v></c><c r="A9"><v>1</v></c></row>
<row r="8"><c r="A8" t="str"><v>backwards</v></c></row><row r="9"><c r="A9" t="str"><v>repeated</v></c></row>
<row r="10" hidden="1"></row>
<row r="11"><c r="A11"><v>11</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>"""


@pytest.mark.parametrize("date1904", [False, True])
def test_hand_written_cell_kinds_match_openpyxl(tmp_path: Path, parser_path: str, date1904: bool) -> None:
    path = package(tmp_path / "kinds.xlsx", {"数据": CELLS, "第二": "<sheetData/>"}, STRINGS, date1904)
    assert_same(path)
    [(_, rows), _] = fast(path)
    assert [value for _, value in rows[1][:5]] == ["公式结果", "#N/A", True, False, 13812345678]
    assert rows[2][5] == (str, "#VALUE!")  # a date style on a serial out of range, like openpyxl


def outcome(read: Callable[[Path], Any], path: Path) -> Any:
    try:
        return read(path)
    except Exception as exc:  # the same kind of failure is what must match
        return type(exc)


@pytest.mark.parametrize("coordinate", ["$E$6", "E", "6", "A1B", "XFE6", "ZZZ6", "AAAA6", "A 6", "a6", "A06", "A٦"])
def test_odd_coordinates_read_or_fail_like_openpyxl(tmp_path: Path, coordinate: str) -> None:
    path = package(tmp_path / "odd.xlsx", {"表": f'<sheetData><row r="6"><c r="{coordinate}"><v>1</v></c></row></sheetData>'})
    assert outcome(fast, path) == outcome(reference, path)


@pytest.mark.parametrize("attributes", ['r="x"', 'r="2.5"', 'r=""', 's="x"', 's=""', 't="s"', 't="b"'])
def test_odd_attributes_read_or_fail_like_openpyxl(tmp_path: Path, attributes: str) -> None:
    row, cell = (attributes, "") if attributes.startswith("r=") else ("", attributes)
    path = package(tmp_path / "odd.xlsx", {"表": f'<sheetData><row {row}><c {cell}><v>7</v></c></row></sheetData>'})
    assert outcome(fast, path) == outcome(reference, path)


def test_rows_outside_the_first_rows_do_not_need_a_dimension(tmp_path: Path, parser_path: str) -> None:
    body = "<sheetData>" + "".join(f'<row r="{n}"><c r="B{n}"><v>{n}</v></c></row>' for n in range(1, 3000, 3)) + "</sheetData>"
    path = package(tmp_path / "long.xlsx", {"长表": body})
    assert_same(path)
    [(_, rows)] = fast(path)
    assert len(rows) == 2998 and rows[2997] == _typed((None, 2998))


def _inline_row(number: int, values: list[object]) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'


def test_corrupt_sheet_xml_is_refused_while_streaming(tmp_path: Path) -> None:
    """Good rows for well past the first 16 KiB read, then broken XML: refused mid-import, not swallowed."""
    rows = [_inline_row(n, [lead_row(线索编号=f"YJ-{n}")[h] for h in HEADERS_ZH]) for n in range(2, 300)]
    body = f'<sheetData>{_inline_row(1, HEADERS_ZH)}{"".join(rows)}<row r="300"><c r="A300"><v>1</c>'
    path = package(tmp_path / "cut.xlsx", {"坏": body})
    seen = 0
    with pytest.raises(FileRefused) as caught, iter_leads(path, now=NOW) as stream:
        for _ in stream:
            seen += 1
    assert caught.value.code == "bad_xlsx" and "content is broken" in str(caught.value) and seen > 50


def test_row_numbers_count_skipped_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS_ZH)
    for line, phone in [(2, "13812345678"), (5, "12345"), (9, "13912345678")]:
        for column, header in enumerate(HEADERS_ZH, start=1):
            sheet.cell(row=line, column=column, value=lead_row(手机号=phone)[header])
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    result = parse_file(path, now=NOW)
    assert [row for row, _ in result.leads] == [2, 9] and [e.row for e in result.errors] == [5]


def test_a_row_outside_sheet_data_is_not_read(tmp_path: Path) -> None:
    """The one documented difference on the fast path: openpyxl would also yield this schema-invalid row."""
    path = package(tmp_path / "stray.xlsx", {"表": '<sheetData><row r="1"><c><v>1</v></c></row></sheetData>'
                                                   '<row r="2"><c><v>2</v></c></row>'})
    assert fast(path) == [("表", [_typed((1,))])]


def test_fast_rows_declines_sheets_it_does_not_know(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(styled_book(tmp_path / "styled.xlsx")).active  # not read-only
    assert xlsx_sheet.fast_rows(sheet) is None
    assert next(iter(_sheet_rows(sheet)))[0] == "XX市反诈中心预警线索（2026年11月）"


# --- random small sheets ---

_text = st.text(st.characters(blacklist_categories=("Cs", "Cn", "Co")), max_size=12).filter(
    lambda s: not ILLEGAL_CHARACTERS_RE.search(s))
_moment = st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1))
_value = st.one_of(st.none(), _text, st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
                   st.booleans(), _moment, _moment.map(datetime.date), st.times())
_cell = st.tuples(_value, st.sampled_from(DATE_FORMATS + OTHER_FORMATS))
_rows = st.lists(st.one_of(st.none(), st.lists(_cell, max_size=7)), max_size=8)
RANDOM = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _save(book: Any, path: Path) -> Path:
    try:
        book.save(path)
    except (ValueError, TypeError, OverflowError):  # values openpyxl itself cannot write
        assume(False)
    return path


def _styled(rows: list[list[tuple[Any, str]] | None], path: Path) -> Path:
    book = openpyxl.Workbook()
    for number, row in enumerate(rows, start=1):
        for column, (value, fmt) in enumerate(row or [], start=1):  # None: a row left out of the XML
            if value is not None:
                cell = book.active.cell(row=number, column=column, value=value)
                cell.number_format = fmt
    return _save(book, path)


def _streamed(rows: list[list[tuple[Any, str]] | None], path: Path) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("随机")
    for row in rows:
        sheet.append([value for value, _ in row or []])
    return _save(book, path)


@RANDOM
@given(rows=_rows, writer=st.sampled_from([_styled, _streamed]))
def test_random_sheets_match_openpyxl(tmp_path: Path, rows: list[list[tuple[Any, str]] | None],
                                      writer: Callable[..., Path]) -> None:
    assert_same(writer(rows, tmp_path / "random.xlsx"))
