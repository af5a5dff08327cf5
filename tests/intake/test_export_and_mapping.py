"""Formula neutralisation in exports, the error report, and the editable column mapping."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from intake_fixtures import NOW, FileFactory, lead_row

from workstation.intake import (
    MappingError,
    RowError,
    load_mapping,
    neutralise_cell,
    parse_file,
    write_error_report,
)
from workstation.intake.mapping import mapping_from_dict


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")"), ("+1+2", "'+1+2"),
    ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("  =1", "'  =1"),
    ("张三", "张三"), ("", ""), (-5, -5), (None, None), ("a=b", "a=b"),
])
def test_neutralise_cell(value: object, expected: object) -> None:
    assert neutralise_cell(value) == expected


def _errors() -> list[RowError]:
    return [RowError(2, "姓名", "=cmd|' /C calc'!A0", "含有公式", "x"),
            RowError(3, "手机号", "@SUM(1)", "电话号码位数或区号不正确", "phone_invalid"),
            RowError(4, "备注", "bell\x07", "控制字符", "control_characters", "warning")]


def test_error_report_csv_opens_in_excel_without_running_formulas(tmp_path: Path) -> None:
    path = write_error_report(_errors(), tmp_path / "errors.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese correctly
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Row", "Column", "Value", "Reason", "Code", "Severity"]  # tests run in English
    assert rows[1][2] == "'=cmd|' /C calc'!A0" and rows[2][2] == "'@SUM(1)" and rows[3][5] == "Warning"


def test_error_report_xlsx_stores_text_not_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_error_report(_errors(), tmp_path / "errors.xlsx")
    sheet = load_workbook(path).active
    assert sheet["C2"].value == "'=cmd|' /C calc'!A0" and sheet["C2"].data_type == "s"
    assert sheet["C4"].value == "bell\ufffd" and sheet["A2"].value == 2


def test_report_of_a_real_parse(files: FileFactory, tmp_path: Path) -> None:
    result = parse_file(files.csv([lead_row(姓名="=1+1", 手机号="=2+2")]), now=NOW)
    path = write_error_report(result.errors, tmp_path / "r.csv")
    assert "'=2+2" in path.read_text(encoding="utf-8-sig")


def test_shipped_mapping_loads_and_is_case_space_insensitive() -> None:
    mapping = load_mapping()
    assert mapping.field_for(" Phone Number ") == "phone" and mapping.field_for("手机号码*") == "phone"
    assert mapping.field_for("ＩＤ_Number") == "id_number" and mapping.field_for("备注") is None
    assert mapping.value_for("scam_type", "冒充公检法") is not None  # built-in zh label
    assert mapping.value_for("scam_type", "Fake investment") is not None  # built-in English label


@pytest.mark.parametrize("data, message", [
    ({}, "the \\[columns\\] table is missing"),
    ({"columns": {"phone": ["手机"], "nonsense": ["x"]}}, "nonsense"),
    ({"columns": {"phone": ["电话"], "person_name": ["电话"]}}, "cannot name two things"),
    ({"columns": {"phone": "手机"}}, "list of non-empty strings"),
    ({"columns": {"person_name": ["姓名"]}}, "lacks the required field"),
    ({"columns": {"phone": ["p"], "scam_type": ["s"], "level": ["l"], "trigger_kind": ["k"], "triggered_at": ["t"]},
      "values": {"level": {"purple": ["紫"]}}}, "purple"),
])
def test_bad_mapping_is_explained(data: dict[str, object], message: str) -> None:
    with pytest.raises(MappingError, match=message):
        mapping_from_dict(data)


def test_mapping_file_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "columns.toml"
    path.write_text("[columns\nphone = ", encoding="utf-8")
    with pytest.raises(MappingError, match="not valid TOML"):
        load_mapping(path)
