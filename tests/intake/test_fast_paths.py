"""The fast paths of row validation give exactly what the general paths give.

Intake validates 100,000-row files while an officer waits, so the usual cell shapes skip work: timestamps
with a per-hour offset cache, plain amounts, digit-only phones, printable text, cached enum names, whole
rows parsed in one pass. Each test here compares a fast path with the general code on many inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from intake_fixtures import HEADERS_ZH, NOW, lead_row, valid_id

from workstation.intake import times
from workstation.intake.errors import Limits, RowError, clip
from workstation.intake.fields import (
    FieldInvalid,
    _parse_amount_general,
    _parse_phone_text,
    cell_text,
    parse_amount,
    parse_phone,
)
from workstation.intake.mapping import FIELD_LABELS, load_mapping
from workstation.intake.parse import _absurd, column_plan
from workstation.intake.rows import (
    _ID_WARNING,
    _UNKNOWN_VALUE,
    CONTROL_CHARACTERS,
    FIELD_ORDER,
    REQUIRED_EMPTY,
    LeadBuilder,
    RowPlan,
    _plain_text,
    row_fields,
)
from workstation.intake.times import zone

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ZONES = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
         "America/St_Johns", "Pacific/Chatham", "UTC"]
MAPPING = load_mapping()


def _outcome(parse: Callable[[], object]) -> tuple[str, object]:
    """("ok", value and its details) or ("error", code, reason): what a caller can observe."""
    try:
        value = parse()
    except FieldInvalid as exc:
        return "error", (exc.code, exc.reason)
    if isinstance(value, datetime):
        return "ok", (value, value.tzinfo, value.fold, value.isoformat())
    if isinstance(value, Decimal):
        return "ok", (value, str(value))
    return "ok", value


# ---------------------------------------------------------------- timestamps

_SHAPES = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


def _transitions(name: str) -> list[datetime]:
    """Local wall times around every DST transition of 2025–2027 in a zone (hour by hour search)."""
    tz = zone(name)
    found: list[datetime] = []
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    while moment.year < 2028:
        following = moment + timedelta(hours=1)
        if moment.astimezone(tz).utcoffset() != following.astimezone(tz).utcoffset():
            local = following.astimezone(tz).replace(tzinfo=None, minute=0, second=0)
            found.extend(local + timedelta(minutes=m) for m in range(-90, 121, 15))
        moment = following
    return found


@pytest.mark.parametrize("name", ZONES)
def test_timestamp_fast_path_around_every_transition(name: str) -> None:
    """Skipped hours (spring forward) and repeated hours (fall back) give what astimezone gives."""
    tz = zone(name)
    for local in _transitions(name):
        for shape in _SHAPES:
            text = local.strftime(shape)
            assert times._moment(text, tz) == times._general_moment(text, tz), (name, text)
            assert _outcome(lambda t=text: times._moment(t, tz)) == _outcome(lambda t=text: times._general_moment(t, tz))


@pytest.mark.parametrize("name, hour", [
    ("Europe/Athens", datetime(1916, 7, 28, 0)),  # 00:01 → 00:26:08: a gap inside the hour, both ends outside it
    ("America/Dominica", datetime(1911, 7, 1, 0)),
    ("Asia/Shanghai", datetime(1900, 12, 31, 23)),  # LMT → CST: 23:54:17–24:00 happens twice
    ("Europe/Dublin", datetime(1916, 10, 1, 2)),
    ("Asia/Colombo", datetime(1996, 10, 26, 0)),
    ("Australia/Lord_Howe", datetime(2026, 4, 5, 1)),  # half-hour DST
])
def test_timestamp_fast_path_in_hours_with_odd_transitions(name: str, hour: datetime) -> None:
    """Historical transitions at odd minutes: each minute of the hour and the hours around it."""
    tz = zone(name)
    for minute in range(-60, 120):
        text = (hour + timedelta(minutes=minute, seconds=minute % 7)).strftime("%Y-%m-%d %H:%M:%S")
        assert _outcome(lambda t=text: times._moment(t, tz)) == _outcome(lambda t=text: times._general_moment(t, tz))


def test_hour_24_never_reaches_fromisoformat() -> None:
    """Newer Pythons read '24:00' as the next midnight; the general path refuses it as time_invalid."""
    shanghai = zone("Asia/Shanghai")
    for text in ("2026-11-25 24:00", "2026-11-25 24:00:00", "2026-11-25 23:60", "2026-11-25 23:59:60"):
        assert times._common_moment(text, shanghai) is None
        with pytest.raises(FieldInvalid) as caught:
            times.parse_timestamp(text, tz=shanghai, now=NOW)
        assert caught.value.code == "time_invalid"


def test_transition_hours_are_left_to_the_general_path() -> None:
    berlin, new_york = zone("Europe/Berlin"), zone("America/New_York")
    assert times._whole_hour_offset(berlin, 2026, 3, 29, 2) is None  # 02:00–03:00 does not exist
    assert times._whole_hour_offset(berlin, 2026, 10, 25, 2) is None  # 02:00–03:00 happens twice
    assert times._whole_hour_offset(berlin, 2026, 10, 25, 3) == timedelta(hours=1)
    assert times._whole_hour_offset(new_york, 2026, 3, 8, 2) is None
    assert times._whole_hour_offset(new_york, 2026, 11, 1, 1) is None
    # 02:30 does not exist in Berlin on 29 March: fold=0 reads it with the winter offset, as astimezone does.
    assert times._moment("2026-03-29 02:30", berlin) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 02:30 on 25 October happens twice: fold=0 is the first time (summer offset).
    assert times._moment("2026-10-25 02:30:00", berlin) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


@SETTINGS
@given(st.datetimes(min_value=datetime(1890, 1, 1), max_value=datetime(2100, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), st.sampled_from(ZONES), st.sampled_from(_SHAPES))
@example(datetime(2026, 3, 29, 2, 30), "Europe/Berlin", "%Y-%m-%d %H:%M")
@example(datetime(2026, 10, 25, 2, 30), "Europe/Berlin", "%Y-%m-%d %H:%M:%S")
@example(datetime(2026, 11, 1, 1, 30), "America/New_York", "%Y-%m-%d %H:%M")
@example(datetime(2026, 3, 8, 2, 30), "America/New_York", "%Y/%m/%d %H:%M")
@example(datetime(1999, 12, 31, 19, 0), "America/New_York", "%Y-%m-%d %H:%M:%S")
def test_timestamp_fast_path_equals_general_path(local: datetime, name: str, shape: str) -> None:
    tz = zone(name)
    text = local.strftime(shape)
    fast, general = times._moment(text, tz), times._general_moment(text, tz)
    assert fast == general and fast.tzinfo is general.tzinfo is UTC and fast.fold == general.fold == 0


_DIGITS = st.text("0123456789", min_size=1, max_size=4)


@SETTINGS
@given(st.tuples(_DIGITS, st.sampled_from("-/."), _DIGITS, st.sampled_from("-/"), _DIGITS,
                 st.sampled_from([" ", "T", "t", "  "]), _DIGITS, st.just(":"), _DIGITS,
                 st.sampled_from(["", ":"]), st.text("0123456789", max_size=3), st.sampled_from(["", " ", "Z"])),
       st.sampled_from(ZONES + ["+08:00"]))
@example(("2026", "-", "11", "-", "25", " ", "24", ":", "00", "", "", ""), "Asia/Shanghai")
@example(("2026", "-", "11", "-", "25", " ", "23", ":", "60", "", "", ""), "Asia/Shanghai")
@example(("2026", "-", "02", "-", "30", " ", "10", ":", "00", "", "", ""), "Europe/Berlin")
@example(("0001", "-", "01", "-", "01", " ", "08", ":", "06", ":", "00", ""), "Asia/Shanghai")
@example(("9999", "-", "12", "-", "31", " ", "10", ":", "00", "", "", ""), "Asia/Shanghai")
def test_timestamp_shapes_near_the_fast_one(parts: tuple[str, ...], name: str) -> None:
    """Texts that look like the common shape, valid or not, in zones and fixed offsets."""
    tz: tzinfo = timezone(timedelta(hours=8)) if name == "+08:00" else zone(name)
    text = "".join(parts)

    def general() -> object:
        try:
            return times._general_moment(text, tz)
        except OverflowError:
            return "overflow"

    def fast() -> object:
        try:
            return times._moment(text, tz)
        except OverflowError:
            return "overflow"

    assert _outcome(fast) == _outcome(general)


def test_other_tzinfo_types_take_the_general_path() -> None:
    """Their offsets may depend on more than the wall time, and they need not be hashable (the caches)."""
    class Fixed(tzinfo):
        __hash__ = None  # type: ignore[assignment]

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Fixed)

        def utcoffset(self, dt: datetime | None) -> timedelta:
            return timedelta(hours=3)

        def dst(self, dt: datetime | None) -> timedelta:
            return timedelta(0)

    assert times._moment("2026-11-25 14:03", Fixed()) == datetime(2026, 11, 25, 11, 3, tzinfo=UTC)


# ---------------------------------------------------------------- amounts, phones, text

@SETTINGS
@given(st.one_of(st.from_regex(r"\A[0-9]{1,12}(\.[0-9]{0,3})?\Z"), st.text(max_size=15),
                 st.from_regex(r"\A[ ¥]?[0-9,]{1,8}(\.[0-9]{1,3})?[万亿]?元? ?\Z")))
@example("999999999.99")
@example("10000000000")
@example("12345678901")
@example("99999999999.99")
@example("9999999999.99")
@example("0.005")
@example("007.10")
@example("1.")
@example("١٢٣")
def test_amount_fast_path_equals_general_path(text: str) -> None:
    assert _outcome(lambda: parse_amount(text)) == _outcome(lambda: _parse_amount_general(text))


@SETTINGS
@given(st.one_of(st.text(max_size=16), st.from_regex(r"\A1[0-9]{10}\Z"), st.text("1٣８２³ -·", min_size=9, max_size=13),
                 st.integers(), st.floats(), st.none()))
@example("13812345678")
@example("14012345678")
@example("١٣٨١٢٣٤٥٦٧٨")
@example("1²345678901")
@example("1\u1369345678901")  # Ethiopic digit one: isdigit() but not \d, and NFKC keeps it
@example("138-1234-5678")
def test_phone_fast_path_equals_general_path(value: object) -> None:
    assert _outcome(lambda: parse_phone(value)) == _outcome(lambda: _parse_phone_text(cell_text(value)))


@SETTINGS
@given(st.one_of(st.text(max_size=20), st.none(), st.integers(), st.floats()))
@example("a\tb")
@example("bell\x07")
@example("\x85next line")
@example("  \x1f")
def test_plain_text_rejects_exactly_the_control_characters(value: object) -> None:
    text = cell_text(value)
    # the oracle written from the rule, not from the implementation's regex: the C0 controls and DEL, except
    # tab, line feed and carriage return (a cell may hold those); C1 controls such as NEL (U+0085) pass
    control = any((ord(c) < 0x20 and c not in "\t\n\r") or ord(c) == 0x7F for c in text)
    expected = ("error", ("control_characters", CONTROL_CHARACTERS)) if control else ("ok", text)
    assert _outcome(lambda: _plain_text(value)) == expected


# ---------------------------------------------------------------- rows

def _reference_build(builder: LeadBuilder, row: int, fields: Mapping[str, tuple[str, object]]) -> tuple[object, list[RowError]]:
    """The field rules written out one field at a time, as LeadBuilder.build applied them before it was fast."""
    issues: list[RowError] = []
    parsers: dict[str, Callable[[object], Any]] = dict(zip(FIELD_ORDER, (step.parse for step in builder._steps),
                                                           strict=True))

    def empty(value: object) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    def take(name: str, required: bool = False) -> Any:
        column, raw = fields.get(name) or (str(FIELD_LABELS[name]), None)
        is_empty = empty(raw)
        if is_empty and name in builder.defaults:
            raw = builder.defaults[name]
            is_empty = empty(raw)
        if is_empty and required:
            issues.append(RowError(row, column, "", REQUIRED_EMPTY(field=FIELD_LABELS[name]), f"{name}_missing"))
            return None
        try:
            return parsers[name](raw)
        except FieldInvalid as exc:
            issues.append(RowError(row, column, clip(raw), exc.reason, exc.code))
            return None

    values = {name: take(name, name in ("phone", "scam_type"))
              for name in FIELD_ORDER}
    id_pair = values["id_number"]
    if id_pair and id_pair[1]:
        column, raw = fields.get("id_number", (str(FIELD_LABELS["id_number"]), None))
        issues.append(RowError(row, column, clip(raw), _ID_WARNING,
                               id_pair[1], "warning"))
    if any(issue.severity == "error" for issue in issues):
        return None, issues
    return (values["person_name"], values["phone"], values["scam_type"], values["level"], values["trigger_kind"],
            values["trigger_detail"], values["triggered_at"], values["district"], values["amount_at_risk"],
            id_pair[0] if id_pair else None, values["city"], values["source"] or builder.source,
            values["external_id"] or None), issues


def _as_tuple(lead: object) -> object:
    if lead is None:
        return None
    return (lead.person_name, lead.phone, lead.scam_type, lead.level, lead.trigger_kind,  # type: ignore[attr-defined]
            lead.trigger_detail, lead.triggered_at, lead.district, lead.amount_at_risk,  # type: ignore[attr-defined]
            lead.id_number, lead.city, lead.source, lead.external_id)  # type: ignore[attr-defined]


_HEADERS = [*HEADERS_ZH, "涉诈网址", "涉诈账户", "城市", "备注"]
_CELLS: dict[str, list[object]] = {
    "手机号": ["13812345678", "+86 138-1234-5678", "", " ", "12345", "4008123123", "１３８１２３４５６７８", 13812345678.0],
    "诈骗类型": ["兼职刷单", "冒充公检法", "外星人诈骗", "", "romance", " 刷单返利 ", 1, True],
    "预警级别": ["红色", "黄", "紫色", "", "\u3000", "red"],
    "预警类型": ["电话", "短信", "", "飞鸽"],
    "预警时间": ["2026-11-25 14:03", "2026/11/25 14:03:05", "", "昨天", "2026-02-30 10:00", "2027-06-01 10:00",
                 "2026年11月25日 14时03分", 46351.585416666667],
    "涉案金额": ["1,234.50", "12345.00", "", "-5", "abc", "1.2万", 5000.5],
    "身份证号": ["", valid_id(), valid_id("99010519300101002"), "110105194912310021", " "],
    "姓名": ["张三", "", "bell\x07", "Zoë", None],
    "涉诈号码": ["+85212345678", "", " "],
    "涉诈网址": ["http://x.cn", ""],
    "涉诈账户": ["6222 0000", "", None],
    "城市": ["北京", "", "\x00"],
}
_DEFAULTS = st.sampled_from([{}, {"trigger_kind": "账户"}, {"trigger_kind": " ", "amount_at_risk": "1万"},
                             {"amount_at_risk": "1万", "source": "银行", "city": "北京", "person_name": "某"},
                             {"level": "红色", "source": "银行", "city": "北京", "id_number": "123"},
                             {"scam_type": "外星人诈骗", "person_name": "bell\x07"}])
_FEW = ["手机号", "诈骗类型", "预警级别", "预警类型", "预警时间", "涉案金额", "姓名"]
_FEW_CELLS = ["13812345678", "兼职刷单", "红色", "", "2026-11-25 14:03", "", ""]


@st.composite
def _rows(draw: st.DrawFn) -> tuple[list[str], list[object]]:
    headers = draw(st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=len(_HEADERS), unique=True))
    cells = [draw(st.sampled_from(_CELLS.get(header, ["x", "", None]))) for header in headers]
    return headers, cells[: draw(st.integers(0, len(cells)))] if draw(st.booleans()) else cells


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rows(), _DEFAULTS, st.sampled_from(["Asia/Shanghai", "Europe/Berlin"]))
@example((_FEW, _FEW_CELLS), {"trigger_kind": "账户"}, "Asia/Shanghai")
@example((_FEW, _FEW_CELLS), {"trigger_kind": " "}, "Asia/Shanghai")
@example((_FEW, _FEW_CELLS), {"trigger_kind": "账户", "amount_at_risk": "1万", "person_name": "某", "city": "北京"},
         "Asia/Shanghai")
@example((_FEW[:3] + _FEW[4:], _FEW_CELLS[:3] + _FEW_CELLS[4:]), {"trigger_kind": "账户", "id_number": "123"},
         "Europe/Berlin")
def test_rows_validate_as_the_field_rules_say(table: tuple[list[str], list[object]], defaults: dict[str, object],
                                              name: str) -> None:
    """build_cells (RowPlan, one pass, _validate for bad rows) equals build(row_fields) and the plain rules."""
    headers, cells = table
    builder = LeadBuilder(MAPPING, tz=zone(name), now=NOW, source="x.csv", defaults=defaults)
    plan = column_plan(headers, MAPPING)
    fields = row_fields(cells, plan, MAPPING)
    fast_lead, fast_issues = builder.build_cells(7, cells, RowPlan(plan))
    lead, issues = builder.build(7, fields)
    expected_lead, expected_issues = _reference_build(builder, 7, fields)
    assert _as_tuple(fast_lead) == _as_tuple(lead) == expected_lead
    assert fast_issues == issues == expected_issues
    assert builder.build_cells(7, tuple(cells), RowPlan(plan)) == (fast_lead, fast_issues)  # XLSX rows


def test_defaults_fill_empty_and_missing_cells() -> None:
    builder = LeadBuilder(MAPPING, tz=zone("Asia/Shanghai"), now=NOW, source="x.csv",
                          defaults={"trigger_kind": "账户", "amount_at_risk": "1万", "city": "北京"})
    lead, issues = builder.build_cells(2, _FEW_CELLS, RowPlan(column_plan(_FEW, MAPPING)))
    assert issues == [] and lead is not None
    assert (lead.trigger_kind.value, lead.amount_at_risk, lead.city, lead.source) == (
        "fraud_account", Decimal("10000.00"), "北京", "x.csv")
    # Only optional fields take defaults: the row is valid in the single pass too.
    builder = LeadBuilder(MAPPING, tz=zone("Asia/Shanghai"), now=NOW, source="x.csv",
                          defaults={"amount_at_risk": "1万", "person_name": "某", "source": "银行"})
    cells = ["13812345678", "兼职刷单", "红色", "电话", "2026-11-25 14:03", " ", ""]
    lead, issues = builder.build_cells(2, cells, RowPlan(column_plan(_FEW, MAPPING)))
    assert issues == [] and lead is not None
    assert (lead.amount_at_risk, lead.person_name, lead.source) == (Decimal("10000.00"), "某", "银行")


@pytest.mark.parametrize("raw, expected", [
    ("138·1234·5678", "13812345678"), ("（010）6552 9988", "010-65529988"), ("138.1234.5678", "13812345678"),
    ("13812345678", "13812345678"), ("١٣٨١٢٣٤٥٦٧٨", "13812345678"), ("138 1234 567８", "13812345678"),
])
def test_phone_separators_are_still_removed(raw: str, expected: str) -> None:
    assert parse_phone(raw) == expected


def test_a_later_column_of_a_field_supplies_the_value_and_its_name() -> None:
    headers = ["手机号", "诈骗类型", "预警级别", "预警类型", "预警时间", "涉诈号码", "涉诈网址"]
    plan = RowPlan(column_plan(headers, MAPPING))
    raws, columns = plan.pick(["13812345678", "兼职刷单", "红色", "网址", "2026-11-25 14:03", "", "http://x.cn"])
    at = FIELD_ORDER.index("trigger_detail")
    assert (raws[at], columns[at]) == ("http://x.cn", "涉诈网址")
    assert plan.columns[at] == "涉诈号码"  # the plan itself is unchanged for the next row


def test_enum_cache_keeps_text_and_numbers_apart() -> None:
    """1 and True are equal dict keys but different cells ("1" / "True"): only text is cached."""
    mapping = load_mapping()
    builder = LeadBuilder(mapping, tz=zone("Asia/Shanghai"), now=NOW, source="x")
    parse = builder._steps[FIELD_ORDER.index("level")].parse
    assert parse("红色") is parse("红色") and parse(" 红色 ").value == "red"
    for value in (1, True, 1.0, "1", "True", [1]):
        assert _outcome(lambda v=value: parse(v)) == _outcome(lambda v=value: parse(v))
        member = mapping.value_for("level", cell_text(value))
        expected = ("ok", member) if member else ("error", ("level_unknown", _UNKNOWN_VALUE["level"](value=cell_text(value))))
        assert _outcome(lambda v=value: parse(v)) == expected


def test_empty_enum_cell_is_missing_even_when_the_mapping_has_an_empty_alias() -> None:
    """The one-pass parse must not accept what _validate reports as missing (a mapping built in code)."""
    from workstation.domain.types import ScamType
    from workstation.intake.mapping import ColumnMapping

    odd = ColumnMapping(headers=MAPPING.headers, values={
        **MAPPING.values, "scam_type": {**MAPPING.values["scam_type"], "": ScamType.ROMANCE}})
    builder = LeadBuilder(odd, tz=zone("Asia/Shanghai"), now=NOW, source="x")
    plan = column_plan(HEADERS_ZH, odd)
    for blank in ("", " ", "\u3000"):
        cells = list(lead_row(诈骗类型=blank).values())
        lead, issues = builder.build_cells(2, cells, RowPlan(plan))
        assert lead is None and [(e.column, e.code) for e in issues] == [("诈骗类型", "scam_type_missing")]


@SETTINGS
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(["x" * 9, "张" * 12]), st.none(), st.integers(),
                          st.just({"a": 1}), st.just([1])), max_size=8))
def test_absurd_rows_found_alike_with_and_without_the_text_shortcut(cells: list[object]) -> None:
    """A list of str takes _short_texts; the same cells as a tuple are looked at one by one."""
    limits = Limits(max_cell_chars=8, max_columns=6)
    headers = HEADERS_ZH[:5]
    assert _absurd(3, cells, headers, limits) == _absurd(3, tuple(cells), headers, limits)


def test_absurd_cell_still_found_in_a_real_file_row() -> None:
    row = [str(v) for v in lead_row(姓名="张" * 2001).values()]
    assert [e.code for e in _absurd(2, row, HEADERS_ZH, Limits())] == ["cell_too_long"]
    assert _absurd(2, [str(v) for v in lead_row().values()], HEADERS_ZH, Limits()) == []
