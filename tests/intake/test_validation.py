"""Cell validation: each bad value gives its row, column, Chinese reason and code."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from intake_fixtures import NOW, FileFactory, lead_row, valid_id

from workstation.intake import parse_file
from workstation.intake.fields import FieldInvalid, parse_amount, parse_id_number, parse_phone
from workstation.intake.times import parse_timestamp, zone

SHANGHAI = zone("Asia/Shanghai")


@pytest.mark.parametrize("raw, expected", [
    ("13812345678", "13812345678"), ("+86 138-1234-5678", "13812345678"), ("8613812345678", "13812345678"),
    (13812345678.0, "13812345678"), ("010-65529988", "010-65529988"), ("(0755) 1234 5678", "0755-12345678"),
    ("02112345678", "021-12345678"), ("１３８１２３４５６７８", "13812345678"),
])
def test_phone_normalised(raw: object, expected: str) -> None:
    assert parse_phone(raw) == expected


@pytest.mark.parametrize("raw, code", [
    ("", "phone_missing"), ("12345", "phone_invalid"), ("14012345678", "phone_invalid_mobile"),
    ("4008123123", "phone_not_personal"), ("+1 650 253 0000", "phone_not_mainland"), ("电话", "phone_unparseable"),
])
def test_phone_rejected(raw: str, code: str) -> None:
    with pytest.raises(FieldInvalid) as caught:
        parse_phone(raw)
    assert caught.value.code == code


def test_id_number_checksum_and_birth_date() -> None:
    today = NOW.date()
    good = valid_id("11010519491231002")
    assert good.endswith("X") and parse_id_number(good.lower(), today=today) == (good, None)
    assert parse_id_number("", today=today) == (None, None)
    for raw, code in [(good[:-1] + "1", "id_checksum"), ("110105491231002", "id_old_15"), ("1101051949", "id_format"),
                      (valid_id("11010519491331002"), "id_birth_date"), (valid_id("11010520301231002"), "id_birth_date")]:
        with pytest.raises(FieldInvalid) as caught:
            parse_id_number(raw, today=today)
        assert caught.value.code == code, raw


def test_unknown_district_warns_but_imports_elderly_ids(files: FileFactory) -> None:
    """stdnum's is_valid rejects IDs whose district code is unknown or younger than the person."""
    unknown = valid_id("99010519300101002")
    result = parse_file(files.csv([lead_row(身份证号=unknown)]), now=NOW)
    assert result.ok and result.leads[0].lead.id_number == unknown
    assert [(w.row, w.column, w.code, w.severity) for w in result.warnings] == [
        (2, "身份证号", "id_unknown_district", "warning")]


@pytest.mark.parametrize("raw, expected", [
    ("2026-11-25 14:03", "2026-11-25T06:03:00+00:00"),
    ("2026/11/25 14:03:05", "2026-11-25T06:03:05+00:00"),
    ("2026年11月25日 14时03分", "2026-11-25T06:03:00+00:00"),
    ("2026-11-25T14:03:05+08:00", "2026-11-25T06:03:05+00:00"),
    ("2026-11-25T06:03:05Z", "2026-11-25T06:03:05+00:00"),
    (46351.585416666667, "2026-11-25T06:03:00+00:00"),  # Excel serial, local wall time
    (1795500000, "2026-11-24T06:00:00+00:00"),  # Unix seconds
    (datetime(2026, 11, 25, 14, 3), "2026-11-25T06:03:00+00:00"),
])
def test_timestamps(raw: object, expected: str) -> None:
    assert parse_timestamp(raw, tz=SHANGHAI, now=NOW).isoformat() == expected


def test_naive_time_follows_centre_zone() -> None:
    urumqi = parse_timestamp("2026-11-25 14:03", tz=zone("Asia/Urumqi"), now=NOW)
    assert urumqi.tzinfo is UTC and urumqi.hour == 8


@pytest.mark.parametrize("raw, code", [
    ("2026-11-25", "time_missing"), ("2026-02-30 10:00", "time_invalid"), ("next tuesday", "time_format"),
    ("2027-06-01 10:00", "time_future"), ("1999-12-31 23:00", "time_too_old"), (42, "time_format"),
])
def test_timestamps_rejected(raw: object, code: str) -> None:
    with pytest.raises(FieldInvalid) as caught:
        parse_timestamp(raw, tz=SHANGHAI, now=NOW)
    assert caught.value.code == code


@pytest.mark.parametrize("raw, tz", [("0001-01-01 00:00", "Asia/Shanghai"), ("9999-12-31 23:59:59", "America/New_York")])
def test_timestamps_at_the_ends_of_the_calendar_are_row_errors(raw: str, tz: str) -> None:
    """Moving year 1 or 9999 across UTC overflows datetime: that must be the row's error, not a crash."""
    with pytest.raises(FieldInvalid) as caught:
        parse_timestamp(raw, tz=zone(tz), now=NOW)
    assert caught.value.code == "time_invalid"


@pytest.mark.parametrize("raw, expected", [
    ("1,234.50", "1234.50"), ("¥1234", "1234.00"), ("￥1234元", "1234.00"), ("1.2万", "12000.00"),
    ("", "0.00"), (5000.5, "5000.50"), ("0.005", "0.01"),
])
def test_amounts(raw: object, expected: str) -> None:
    assert parse_amount(raw) == Decimal(expected)


@pytest.mark.parametrize("raw, code", [
    ("-5", "amount_negative"), (-5, "amount_negative"), ("2亿亿", "amount_invalid"), ("abc", "amount_invalid"),
    ("20000000000", "amount_too_large"), (float("nan"), "amount_invalid"), ("1e400", "amount_invalid"),
])
def test_amounts_rejected(raw: object, code: str) -> None:
    with pytest.raises(FieldInvalid) as caught:
        parse_amount(raw)
    assert caught.value.code == code


def test_bad_rows_report_row_column_value_reason(files: FileFactory) -> None:
    rows = [
        lead_row(),
        lead_row(手机号="12345"),
        lead_row(身份证号="110105194912310021"),
        lead_row(预警时间="昨天下午"),
        lead_row(涉案金额="-100"),
        lead_row(诈骗类型="外星人诈骗", 预警级别="紫色"),
    ]
    result = parse_file(files.csv(rows, encoding="gb18030"), now=NOW)
    assert len(result.leads) == 1 and result.rows_total == 6 and result.rows_invalid == 5
    found = [(e.row, e.column, e.value, e.code) for e in result.errors]
    assert found == [
        (3, "手机号", "12345", "phone_invalid"),
        (4, "身份证号", "110105194912310021", "id_checksum"),
        (5, "预警时间", "昨天下午", "time_format"),
        (6, "涉案金额", "-100", "amount_negative"),
        (7, "诈骗类型", "外星人诈骗", "scam_type_unknown"),
        (7, "预警级别", "紫色", "level_unknown"),
    ]
    assert all(str(e.reason) for e in result.errors)  # every reason is a sentence for the officer


def test_value_aliases_from_mapping(files: FileFactory) -> None:
    rows = [lead_row(诈骗类型=zh, 预警级别=level, 预警类型=kind) for zh, level, kind in [
        ("冒充公检法及政府机关", "一级", "短信"), ("冒充军警购物", "橙色", "网址"), ("虚假网络投资理财", "黄", "APP"),
        ("网络游戏产品虚假交易", "red", "账户"), ("虚假贷款", "II级", "涉诈电话")]]
    leads = [lead for _, lead in parse_file(files.csv(rows), now=NOW).leads]
    assert [(lead.scam_type.value, lead.level.value, lead.trigger_kind.value) for lead in leads] == [
        ("police_impersonation", "red", "fraud_sms"), ("military_impersonation", "orange", "fraud_url"),
        ("fake_investment", "yellow", "fraud_app"), ("game_trading", "red", "fraud_account"),
        ("fake_loan", "orange", "fraud_call")]
