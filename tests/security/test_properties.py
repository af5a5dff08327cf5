"""Bad input wherever a person or a file can reach: no crash, a clear error, nothing half-written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.core.conftest import NOW, make_lead
from tests.security.conftest import add_staff
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails, parse_amount, validate
from workstation.domain.types import ContactedParty, OutcomeCode
from workstation.errors import InvalidInput
from workstation.intake import FileRefused, IntakeError, parse_file
from workstation.scripts import ScriptError, ScriptLibrary, default_scripts_dir, parse_script
from workstation.services import leads, outcomes
from workstation.settings import Settings
from workstation.store.models import Call, Event, Lead

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

texts = st.text(max_size=60)
times = st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                                          timezones=st.just(UTC)), st.just(NOW), st.just(NOW - timedelta(minutes=3)))
amounts = st.one_of(st.decimals(allow_nan=False, places=2, min_value=Decimal("-1e12"), max_value=Decimal("1e12")),
                    st.sampled_from([Decimal("0"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("1e30")]))
codes = st.one_of(st.sampled_from([c.value for c in OutcomeCode]), texts)
parties = st.one_of(st.sampled_from([p.value for p in ContactedParty]), texts)
stop_payments = st.one_of(st.none(), st.builds(StopPaymentDetails, texts, texts, texts, texts, texts, amounts, times))
inputs = st.builds(
    OutcomeInput, code=codes, started_at=times, ended_at=times, contacted_party=parties, relation=texts,
    deceived=st.one_of(st.none(), st.booleans()), notes=st.one_of(texts, st.integers(19_999, 20_002).map(lambda n: "注" * n)),
    amount_protected=amounts, amount_lost=amounts, checkpoints=st.lists(texts, max_size=4).map(tuple),
    script_id=st.one_of(st.none(), texts), script_version=st.one_of(st.none(), st.integers(-5, 10**6)),
    callback_at=times, station=texts, channel=st.one_of(st.sampled_from(["phone", "sms", "robot"]), texts),
    stop_payment=stop_payments,
)


# --- import parsers ---------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=3000), st.sampled_from([".csv", ".tsv", ".txt", ".jsonl", ".json", ".xlsx", ".xls", ""]))
def test_parse_file_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / f"leads{suffix}"
        path.write_bytes(data)
        try:
            result = parse_file(path, now=NOW)
        except (FileRefused, IntakeError) as exc:
            assert str(exc).strip()  # a clear message, not a traceback
            return
        assert result.rows_total >= len(result.leads)
        assert all(str(e).strip() for e in result.errors)


@FAST
@given(st.lists(st.lists(st.text(max_size=25), min_size=10, max_size=10), min_size=1, max_size=6))
def test_row_validation_on_arbitrary_cells(rows: list[list[str]]) -> None:
    import csv
    import io

    headers = ["线索编号", "姓名", "手机号", "区县", "诈骗类型", "预警级别", "预警类型", "涉诈号码", "预警时间", "涉案金额"]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([headers, *rows])
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        try:
            result = parse_file(path, now=NOW)
        except FileRefused:
            return
        assert result.rows_total == len(result.leads) + result.rows_invalid
        assert all(e.row >= 1 and str(e).strip() for e in result.errors)


@pytest.fixture(scope="module")
def import_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workstation]:
    ws = bootstrap(Settings(data_dir=tmp_path_factory.mktemp("imp"), desk_id="imp"), clock=FixedClock(NOW))
    yield ws
    ws.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".jsonl", ".xlsx"]))
def test_import_of_arbitrary_bytes_is_whole_or_nothing(import_desk: Workstation, data: bytes, suffix: str) -> None:
    from workstation.services.intake import import_file

    before = _counts(import_desk)
    with TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        path.write_bytes(data)
        result = import_file(import_desk, path, imported_by="officer1")
    after = _counts(import_desk)
    if result.status == "imported":
        assert after[0] - before[0] == result.leads_created
    else:
        assert after == before and str(result.message).strip()


def _counts(ws: Workstation) -> tuple[int, int]:
    with ws.sessions() as session:
        return (session.scalar(select(func.count()).select_from(Lead)) or 0,
                session.scalar(select(func.count()).select_from(Event)) or 0)


# --- outcomes ---------------------------------------------------------------------------------------------


@FAST
@given(inputs)
def test_outcome_validation_never_raises(inp: OutcomeInput) -> None:
    errors = validate(inp, NOW)
    assert all(e.field and str(e).strip() for e in errors)


@FAST
@given(st.one_of(st.text(max_size=20), st.integers(-10**20, 10**20), st.floats(max_value=1e20, min_value=-1e20),
                 st.none()))
def test_parse_amount_gives_a_finite_amount_or_a_clear_error(text: object) -> None:
    try:
        value = parse_amount(text, "amount")  # type: ignore[arg-type]
    except ValueError as exc:
        assert "amount" in str(exc)
        return
    assert value.is_finite()


@pytest.mark.parametrize("typed", ["1" + "0" * 27, "1e30"])
def test_parse_amount_of_a_huge_number(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(typed, "amount_protected")


def test_outcome_validation_of_nan_amount() -> None:
    errors = validate(OutcomeInput("persuaded", NOW, NOW, amount_protected=Decimal("NaN")), NOW)
    assert [e.field for e in errors] == ["amount_protected"]


@pytest.fixture(scope="module")
def outcome_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workstation]:
    ws = bootstrap(Settings(data_dir=tmp_path_factory.mktemp("out"), desk_id="out"), clock=FixedClock(NOW))
    add_staff(ws)
    yield ws
    ws.close()


@FAST
@given(inputs)
@example(OutcomeInput("persuaded", NOW - timedelta(minutes=3), NOW, notes="已劝阻"))
@example(OutcomeInput("no_answer", NOW - timedelta(minutes=1), NOW, contacted_party="nobody"))
def test_record_saves_or_refuses_with_nothing_written(outcome_desk: Workstation, inp: OutcomeInput) -> None:
    ws = outcome_desk
    lead_id = leads.receive(ws, make_lead())
    leads.claim(ws, "officer1", lead_id)

    def state() -> tuple[object, ...]:
        with ws.sessions() as session:
            lead = session.get(Lead, lead_id)
            assert lead is not None
            return (lead.status, lead.attempts, lead.last_outcome, lead.owner,
                    session.scalar(select(func.count()).select_from(Event).where(Event.lead_id == lead_id)),
                    session.scalar(select(func.count()).select_from(Call).where(Call.lead_id == lead_id)))

    before = state()
    try:
        saved = outcomes.record(ws, "officer1", lead_id, inp)
    except InvalidInput as exc:
        assert exc.errors and str(exc).strip()
        assert state() == before
        return
    assert not validate(inp, NOW)
    after = state()
    assert after[4] in (before[4] + 1, before[4] + 2) and after[5] == before[5] + 1 and saved.lead_id == lead_id


# --- scripts ----------------------------------------------------------------------------------------------

SHIPPED = sorted(default_scripts_dir().glob("*.toml"))
SAMPLE = SHIPPED[0].read_text(encoding="utf-8") if SHIPPED else 'id = "x"\n'


@st.composite
def broken_scripts(draw: st.DrawFn) -> str:
    """A shipped script with lines deleted, swapped or replaced by junk: TOML-ish, mostly invalid."""
    lines = SAMPLE.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "junk", "value", "dup"]))
        if op == "delete":
            del lines[i]
        elif op == "junk":
            lines[i] = draw(st.text(max_size=40))
        elif op == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            value = draw(st.sampled_from(['""', "1", "[]", "{}", "true", '"不存在"', "[[1]]", '"' + "长" * 500 + '"']))
            lines[i] = f"{key}= {value}"
        else:
            lines.insert(i, lines[i])
    return "\n".join(lines)


@FAST
@given(st.one_of(st.text(max_size=300), broken_scripts()))
def test_parse_script_returns_errors_never_raises(text: str) -> None:
    script, errors = parse_script(text, None)
    assert (script is None) == bool(errors)
    assert all(isinstance(e, ScriptError) and str(e).strip() for e in errors)


LIBRARY = ScriptLibrary.load()


@FAST
@given(st.one_of(st.text(max_size=30), st.sampled_from(["安全账户", "96110", "*", "(", "\\", "%", "", " "])),
       st.one_of(st.none(), st.sampled_from(["zh", "en"]), st.text(max_size=3)))
def test_search_on_arbitrary_strings(query: str, lang: str | None) -> None:
    hits = LIBRARY.search(query, lang)
    assert isinstance(hits, list)
