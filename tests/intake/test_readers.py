"""Reading real-world files: encodings, delimiters, XLSX header layouts, broken JSONL lines."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest
from intake_fixtures import NOW, FileFactory, lead_row

from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.intake import FileRefused, Limits, parse_file, preview


def test_gb18030_csv_from_chinese_excel(files: FileFactory) -> None:
    path = files.csv([lead_row(姓名="欧阳娜娜", 诈骗类型="杀猪盘")], encoding="gb18030")
    result = parse_file(path, now=NOW)
    assert result.encoding == "gb18030" and result.ok
    [(row, lead)] = result.leads
    assert row == 2
    assert lead.person_name == "欧阳娜娜" and lead.scam_type is ScamType.ROMANCE
    assert lead.level is WarningLevel.RED and lead.trigger_kind is TriggerKind.FRAUD_CALL
    assert lead.amount_at_risk == Decimal("1234.50")
    assert lead.triggered_at.isoformat() == "2026-11-25T06:03:00+00:00"  # 14:03 in Shanghai


def test_utf8_bom_csv_header_is_not_polluted(files: FileFactory) -> None:
    path = files.csv([lead_row()], encoding="utf-8-sig")
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    result = parse_file(path, now=NOW)
    assert result.ok and result.columns["external_id"] == "线索编号"
    assert result.leads[0].lead.external_id == "YJ-0001"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(files: FileFactory, delimiter: str) -> None:
    result = parse_file(files.csv([lead_row(), lead_row()], delimiter=delimiter), now=NOW)
    assert result.ok and len(result.leads) == 2


def test_semicolons_in_cells_do_not_hide_a_comma_header(files: FileFactory) -> None:
    """More ';' than ',' per line (found by hypothesis): the likeliest delimiter shows no header, the next does."""
    noisy = {**lead_row(), "姓名": "张;三;;;;;;;;;;;;", "涉诈号码": ";;;;;;;;;;;;;;;;;;;;"}
    result = parse_file(files.csv([noisy, noisy]), now=NOW)
    assert result.ok and len(result.leads) == 2 and result.leads[0].lead.person_name == "张;三;;;;;;;;;;;;"


def test_english_headers_and_title_row_in_csv(files: FileFactory) -> None:
    headers = ["Name", "PHONE", "Scam Type", "level", "trigger_kind", "time"]
    row = {"Name": "Li Si", "PHONE": "+86 139-1234-5678", "Scam Type": "fake investment", "level": "high",
           "trigger_kind": "sms", "time": "2026-11-25T14:03:05+08:00"}
    path = files.csv([row], headers=headers, before=[["预警线索导出 2026-11-25"]])
    result = parse_file(path, now=NOW)
    assert result.ok, result.errors
    [(row_number, lead)] = result.leads
    assert row_number == 3 and lead.phone == "13912345678" and lead.scam_type is ScamType.FAKE_INVESTMENT


def test_xlsx_with_merged_title_row(files: FileFactory) -> None:
    path = files.xlsx([lead_row(), lead_row(手机号="010-6552 9988")], title="XX市反诈中心预警线索")
    result = parse_file(path, now=NOW)
    assert result.format == "xlsx" and result.ok
    assert [(r, lead.phone) for r, lead in result.leads] == [(3, "13812345678"), (4, "010-65529988")]


def test_xlsx_with_two_row_header_group_above_fields(files: FileFactory) -> None:
    path = files.xlsx([lead_row()], groups=[("线索", 1), ("受害人信息", 4), ("预警信息", 6)])
    result = parse_file(path, now=NOW)
    assert result.ok and result.leads[0].row == 3


def test_xlsx_two_row_header_combined_when_field_names_span_rows(files: FileFactory) -> None:
    """线索编号/预警时间 merged down over two rows beside a group whose sub-headers are the fields."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["线索编号", "受害人", None, "预警时间", "预警信息", None, None])
    sheet.append([None, "姓名", "手机号", None, "诈骗类型", "预警级别", "预警类型"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("D1:D2")
    sheet.append(["YJ-9", "王五", "13812345678", "2026-11-25 14:03", "刷单返利", "橙", "APP"])
    path = files.root / "two.xlsx"
    book.save(path)
    result = parse_file(path, now=NOW)
    assert result.ok, result.errors
    [(row, lead)] = result.leads
    assert row == 3 and lead.external_id == "YJ-9" and lead.trigger_kind is TriggerKind.FRAUD_APP
    assert preview(path, now=NOW).header_row == 2


def test_xlsx_native_datetime_and_number_cells(files: FileFactory) -> None:
    from datetime import datetime

    path = files.xlsx([lead_row(预警时间=datetime(2026, 11, 25, 14, 3), 手机号=13812345678, 涉案金额=5000.5)])
    [(_, lead)] = parse_file(path, now=NOW).leads
    assert lead.triggered_at.isoformat() == "2026-11-25T06:03:00+00:00"
    assert lead.phone == "13812345678" and lead.amount_at_risk == Decimal("5000.50")


def test_jsonl_broken_line_is_a_row_error_with_its_line_number(files: FileFactory) -> None:
    path = files.jsonl([lead_row(), '{"手机号": "138', "", lead_row(线索编号="YJ-2"), "[1, 2]"])
    result = parse_file(path, now=NOW)
    assert [r for r, _ in result.leads] == [1, 4]
    assert [(e.row, e.code) for e in result.errors] == [(2, "bad_json"), (5, "not_an_object")]
    assert not result.ok and result.rows_total == 4


def test_jsonl_missing_required_key_is_reported_per_row(files: FileFactory) -> None:
    row = lead_row()
    del row["手机号"]
    result = parse_file(files.jsonl([row]), now=NOW)
    assert [(e.row, e.column, e.code) for e in result.errors] == [(1, "Phone", "phone_missing")]


def test_missing_required_column_refuses_file(files: FileFactory) -> None:
    """Only what an officer needs to call is required: a phone and a scam type (its script)."""
    path = files.csv([lead_row()], headers=["姓名", "手机号", "预警级别"])
    with pytest.raises(FileRefused, match="Scam type") as caught:
        parse_file(path, now=NOW)
    assert caught.value.code == "missing_columns"


def test_defaults_fill_missing_columns(files: FileFactory) -> None:
    headers = ["姓名", "手机号", "诈骗类型", "预警时间"]
    path = files.csv([lead_row()], headers=headers, name="bank.csv")
    result = parse_file(path, now=NOW, defaults={"level": "橙", "trigger_kind": "账户"}, source="bank")
    [(_, lead)] = result.leads
    assert lead.level is WarningLevel.ORANGE and lead.trigger_kind is TriggerKind.FRAUD_ACCOUNT
    assert lead.source == "bank"


def test_several_columns_feed_one_field_first_non_empty_wins(files: FileFactory) -> None:
    headers = ["手机号", "诈骗类型", "预警级别", "预警类型", "预警时间", "涉诈号码", "涉诈网址"]
    row = lead_row(涉诈号码="", 涉诈网址="http://evil.example", 预警类型="网址")
    [(_, lead)] = parse_file(files.csv([row], headers=headers), now=NOW).leads
    assert lead.trigger_detail == "http://evil.example"


def test_no_header_refused(files: FileFactory) -> None:
    path = files.root / "junk.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(FileRefused) as caught:
        parse_file(path, now=NOW)
    assert caught.value.code == "no_header"


def test_oversized_file_refused_before_reading(files: FileFactory) -> None:
    path = files.csv([lead_row()] * 50)
    with pytest.raises(FileRefused, match="too large") as caught:
        parse_file(path, limits=Limits(max_bytes=1000), now=NOW)
    assert caught.value.code == "file_too_large"


def test_too_many_rows_refused(files: FileFactory) -> None:
    with pytest.raises(FileRefused, match="more than 5 rows"):
        parse_file(files.csv([lead_row()] * 6), limits=Limits(max_rows=5), now=NOW)


def test_absurd_cell_is_a_row_error(files: FileFactory) -> None:
    result = parse_file(files.csv([lead_row(姓名="张" * 3000), lead_row()]), now=NOW)
    assert [(e.row, e.column, e.code) for e in result.errors] == [(2, "姓名", "cell_too_long")]
    assert len(result.errors[0].value) < 100 and len(result.leads) == 1


@pytest.mark.parametrize("name, content, code", [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "xls_format"),
    ("fake.xlsx", b"not a zip at all", "bad_xlsx"),
    ("broken.xlsx", b"PK\x03\x04garbage", "bad_xlsx"),
    ("empty.csv", b"", "empty_file"),
    ("notes.docx", b"hello", "unsupported_format"),
])
def test_unreadable_files_refused_with_a_message(files: FileFactory, name: str, content: bytes, code: str) -> None:
    path = files.root / name
    path.write_bytes(content)
    with pytest.raises(FileRefused) as caught:
        parse_file(path, now=NOW)
    assert caught.value.code == code and caught.value.message


def test_preview_shows_mapping_and_row_errors(files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="12345")], headers=[*list(lead_row()), "备注"])
    shown = preview(path, n=5, now=NOW)
    assert shown.headers[-1] == "备注" and shown.mapped_fields[-1] is None
    assert shown.mapped_fields[2] == "phone" and shown.missing_fields == []
    assert [r for r, _ in shown.rows] == [2, 3]
    assert [(e.row, e.column) for e in shown.errors] == [(3, "手机号")]


def test_progress_and_cancel(files: FileFactory) -> None:
    from workstation.intake import ImportCancelled
    from workstation.intake.parse import CHECK_EVERY

    path = files.csv([lead_row()] * (CHECK_EVERY * 2 + 5))
    seen: list[tuple[int, int, int]] = []
    parse_file(path, now=NOW, progress=lambda *args: seen.append(args))
    assert seen[-1][0] == CHECK_EVERY * 2 + 5 and seen[-1][1] == seen[-1][2] == path.stat().st_size
    with pytest.raises(ImportCancelled):
        parse_file(path, now=NOW, cancel=lambda: True)


def test_same_bytes_same_hash(files: FileFactory, tmp_path: Path) -> None:
    first = parse_file(files.csv([lead_row()], name="a.csv"), now=NOW)
    second = parse_file(files.csv([lead_row()], name="b.csv"), now=NOW)
    assert first.file_sha256 == second.file_sha256 and len(first.file_sha256) == 64
