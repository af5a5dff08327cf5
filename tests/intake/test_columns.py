"""Which field each column feeds: what is required, defaults, the person's choices, inference from values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from intake_fixtures import NOW, FileFactory, lead_row

from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.intake import FileRefused, MappingError, load_mapping, parse_file, preview
from workstation.intake.infer import decide_columns, header_signature
from workstation.intake.mapping import IGNORE, REQUIRED_FIELDS, field_named
from workstation.intake.times import zone

ODD = ["a1", "b2", "c3", "d4", "e5"]


def odd_rows(n: int = 3) -> list[dict[str, object]]:
    kinds = ["冒充公检法", "刷单返利", "虚假投资理财"]
    levels = ["红色", "橙色", "黄色"]
    return [{"a1": f"1381234567{i}", "b2": kinds[i % 3], "c3": levels[i % 3], "d4": f"2026-11-25 14:0{i}",
             "e5": "张三"} for i in range(n)]


def test_only_a_phone_and_a_scam_type_are_required(files: FileFactory) -> None:
    """What an officer needs to call; the rest takes a default the queue and the lead show."""
    assert REQUIRED_FIELDS == ("phone", "scam_type")
    path = files.csv([lead_row()], headers=["手机号", "诈骗类型"])
    [(_row, lead)] = parse_file(path, now=NOW).leads
    assert (lead.level, lead.trigger_kind, lead.triggered_at) == (WarningLevel.ORANGE, TriggerKind.UNKNOWN, NOW)


def test_nonsense_headers_are_mapped_by_their_values(files: FileFactory) -> None:
    path = files.csv(odd_rows(), headers=ODD)
    shown = preview(path, now=NOW)
    assert [(c.field, c.how) for c in shown.decisions] == [
        ("phone", "values"), ("scam_type", "values"), ("level", "values"), ("triggered_at", "values"),
        (None, "none")]
    assert shown.importable and shown.defaults == {"trigger_kind": "unknown"}
    result = parse_file(path, now=NOW)
    assert result.ok and [lead.scam_type for _r, lead in result.leads] == [
        ScamType.POLICE_IMPERSONATION, ScamType.CLICK_FARMING, ScamType.FAKE_INVESTMENT]
    assert result.leads[2][1].level is WarningLevel.YELLOW
    assert result.leads[0][1].triggered_at == datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    assert [c.field for c in result.decisions] == [c.field for c in shown.decisions]  # import reads as shown


def test_a_header_that_names_what_its_cells_are_not_is_decided_by_the_values(files: FileFactory) -> None:
    """'type' is a scam-type alias, but its cells are levels; 'level' elsewhere would win the header."""
    rows = [{"手机号": "13812345678", "诈骗类型": "刷单返利", "type": "红色"}]
    columns = preview(files.csv(rows, headers=["手机号", "诈骗类型", "type"]), now=NOW).decisions
    assert [(c.field, c.how) for c in columns] == [("phone", "header"), ("scam_type", "header"), ("level", "values")]


def test_the_values_never_take_a_field_a_header_gives() -> None:
    columns = decide_columns(["手机号", "x"], [["13812345678", "13912345678"]], load_mapping(),
                             tz=zone("Asia/Shanghai"), now=NOW)
    assert [(c.field, c.how) for c in columns] == [("phone", "header"), (None, "none")]


def test_a_partners_typos_do_not_hide_what_a_column_is() -> None:
    """Three phones of four (one digit short): still the phone column, and the short one a row error."""
    rows = [["13812345678"], ["13912345678"], ["1371234567"], ["13612345678"]]
    [column] = decide_columns(["号"], rows, load_mapping(), tz=zone("Asia/Shanghai"), now=NOW)
    assert (column.field, column.how, column.share) == ("phone", "values", 0.75)


def test_the_persons_choices_win_and_ignore_a_column(files: FileFactory) -> None:
    path = files.csv(odd_rows(), headers=ODD)
    result = parse_file(path, now=NOW, columns={"e5": "person_name", "c3": IGNORE}, defaults={"level": "red"})
    assert result.ok and {lead.level for _r, lead in result.leads} == {WarningLevel.RED}
    assert result.leads[0][1].person_name == "张三"
    assert [(c.header, c.how) for c in result.decisions if c.how == "chosen"] == [("c3", "chosen"), ("e5", "chosen")]


def test_a_file_without_a_scam_type_needs_a_default(files: FileFactory) -> None:
    path = files.csv([lead_row()], headers=["姓名", "手机号"])
    with pytest.raises(FileRefused) as caught:
        parse_file(path, now=NOW)
    assert caught.value.code == "missing_columns" and "Scam type" in str(caught.value)
    assert not preview(path, now=NOW).importable
    shown = preview(path, now=NOW, defaults={"scam_type": "刷单返利"})
    assert shown.importable and shown.missing_fields == []
    [(_row, lead)] = parse_file(path, now=NOW, defaults={"scam_type": "刷单返利"}).leads
    assert lead.scam_type is ScamType.CLICK_FARMING


def test_a_default_that_is_no_value_refuses_the_file(files: FileFactory) -> None:
    path = files.csv([lead_row()], headers=["手机号", "诈骗类型"])
    with pytest.raises(FileRefused) as caught:
        parse_file(path, now=NOW, defaults={"level": "purple"})
    assert caught.value.code == "bad_default" and "purple" in str(caught.value)
    with pytest.raises(FileRefused) as unknown:
        parse_file(path, now=NOW, defaults={"colour": "red"})
    assert unknown.value.code == "unknown_default"


def test_header_signature_ignores_spacing_and_case_but_not_order() -> None:
    assert header_signature(["Phone ", "Scam_Type"]) == header_signature(["phone", "scam type"])
    assert header_signature(["a", "b"]) != header_signature(["b", "a"])


@pytest.mark.parametrize("name, field", [
    ("phone", "phone"), ("手机号", "phone"), ("Warning level", "level"), ("预警时间", "triggered_at"),
    ("mobile", "phone"), ("ignore", IGNORE), ("不导入", IGNORE)])
def test_fields_are_named_by_code_alias_or_label(name: str, field: str) -> None:
    assert field_named(name, load_mapping()) == field


def test_an_unknown_field_name_is_explained() -> None:
    with pytest.raises(MappingError, match="no field"):
        field_named("colour", load_mapping())


def test_corrected_cells_are_read_instead_of_the_file(files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="12345")])
    assert not parse_file(path, now=NOW).ok
    result = parse_file(path, now=NOW, fixes={(3, "手机号"): "13900001111", (9, "手机号"): "x", (2, "无此列"): "x"})
    assert result.ok and [lead.phone for _r, lead in result.leads] == ["13812345678", "13900001111"]
    jsonl = files.jsonl([{k: v for k, v in lead_row().items() if k != "手机号"}])
    assert parse_file(jsonl, now=NOW, fixes={(1, "手机号"): "13812345678"}).ok  # a key the line lacked


def test_jsonl_keys_follow_the_persons_choices(files: FileFactory) -> None:
    row = {**{k: v for k, v in lead_row().items() if k != "手机号"}, "号": "13812345678"}
    path = files.jsonl([row])
    shown = preview(path, now=NOW, columns={"号": "phone"})
    assert ("号", "phone", "chosen") in [(c.header, c.field, c.how) for c in shown.decisions]
    assert parse_file(path, now=NOW, columns={"号": "phone"}).ok
