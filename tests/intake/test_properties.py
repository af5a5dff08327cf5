"""Property tests: whatever the bytes or cells, parsers only raise the documented errors."""

from __future__ import annotations

import json
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from intake_fixtures import HEADERS_ZH, NOW, lead_row

from workstation.intake import FileRefused, parse_file, preview
from workstation.intake.fields import FieldInvalid, parse_amount, parse_id_number, parse_phone
from workstation.intake.times import parse_timestamp, zone

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
cells = st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(), st.booleans(), st.decimals())


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["x.csv", "x.xlsx", "x.jsonl", "x.tsv"]))
def test_arbitrary_bytes_never_crash(data: bytes, name: str) -> None:
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        for read in (lambda: parse_file(path, now=NOW), lambda: preview(path, now=NOW)):
            try:
                read()
            except FileRefused:
                pass


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=30), max_size=14), max_size=8))
def test_arbitrary_csv_rows_under_a_header(rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS_ZH)
    writer.writerows(rows)
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        result = parse_file(path, now=NOW)
        assert result.rows_total == len(result.leads) + result.rows_invalid


@SETTINGS
@given(st.lists(st.dictionaries(st.sampled_from(HEADERS_ZH), st.one_of(cells, st.lists(st.integers()))), min_size=1, max_size=6))
def test_arbitrary_jsonl_objects(objects: list[dict[str, object]]) -> None:
    lines = [json.dumps({**lead_row(), **obj}, ensure_ascii=False, default=str) for obj in objects]
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        result = parse_file(path, now=NOW)
        assert result.rows_total == len(result.leads) + result.rows_invalid


@SETTINGS
@given(cells)
def test_field_parsers_raise_only_field_invalid(value: object) -> None:
    tz = zone("Asia/Shanghai")
    for parse in (parse_phone, parse_amount, lambda v: parse_id_number(v, today=NOW.date()),
                  lambda v: parse_timestamp(v, tz=tz, now=NOW)):
        try:
            parse(value)
        except FieldInvalid:
            pass
