from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from workstation.domain.events import EventFact, EventKind, project
from workstation.domain.masking import mask_id_number, mask_name, mask_phone
from workstation.domain.outcome import (
    OutcomeInput,
    RetryPolicy,
    StopPaymentDetails,
    decide,
    parse_amount,
    validate,
)
from workstation.domain.priority import rank_at
from workstation.domain.types import LeadStatus, OutcomeCode, WarningLevel

T0 = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
POLICY = RetryPolicy(timedelta(minutes=10), timedelta(minutes=3), 3)


def test_masking() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0571-88886666") == "0571-****6666"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("李四") == "李*"


def test_rank_prefers_red_and_money_at_equal_deadlines() -> None:
    due = T0 + timedelta(minutes=30)
    red = rank_at(due, WarningLevel.RED, Decimal("0"))
    yellow = rank_at(due, WarningLevel.YELLOW, Decimal("0"))
    yellow_rich = rank_at(due, WarningLevel.YELLOW, Decimal("50000"))
    assert red < yellow_rich < yellow
    # an overdue yellow lead still goes before a red one with an hour left
    assert rank_at(T0 - timedelta(minutes=5), WarningLevel.YELLOW, Decimal(0)) < rank_at(
        T0 + timedelta(minutes=60), WarningLevel.RED, Decimal(0))


def _inp(**kw: object) -> OutcomeInput:
    base: dict[str, object] = {"code": "persuaded", "started_at": T0 - timedelta(minutes=5), "ended_at": T0}
    base.update(kw)
    return OutcomeInput(**base)  # type: ignore[arg-type]


def test_validate_accepts_a_plain_persuaded_call() -> None:
    assert validate(_inp(), T0) == []


@pytest.mark.parametrize(("kw", "field"), [
    ({"code": "nonsense"}, "code"),
    ({"ended_at": T0 - timedelta(minutes=10)}, "ended_at"),
    ({"started_at": None}, "started_at"),
    ({"amount_protected": Decimal("-1")}, "amount_protected"),
    ({"contacted_party": "relative"}, "relation"),
    ({"code": "callback_requested"}, "callback_at"),
    ({"code": "station_visit"}, "station"),
    ({"code": "transferred"}, "stop_payment"),
    ({"code": "no_answer", "contacted_party": "nobody", "amount_protected": Decimal("5")}, "amount_protected"),
])
def test_validate_names_the_bad_field(kw: dict[str, object], field: str) -> None:
    errors = validate(_inp(**kw), T0)
    assert field in [e.field for e in errors]


def test_transferred_needs_every_bank_field() -> None:
    sp = StopPaymentDetails("6222", "工商银行", "", "", "建设银行", Decimal("0"), None)
    fields = {e.field for e in validate(_inp(code="transferred", stop_payment=sp), T0)}
    assert {"stop_payment.fraud_account", "stop_payment.amount", "stop_payment.transferred_at"} <= fields
    assert "stop_payment.victim_account" not in fields


def test_an_empty_transfer_amount_is_asked_for_and_a_negative_one_is_out_of_range() -> None:
    def amount_error(amount: str) -> str:
        sp = StopPaymentDetails("6222", "工商银行", "6217", "", "建设银行", Decimal(amount), T0)
        return next(str(e.message) for e in validate(_inp(code="transferred", stop_payment=sp), T0)
                    if e.field == "stop_payment.amount")

    assert amount_error("0") == "The amount transferred is required"  # not "more than zero and in range"
    assert "in range" in amount_error("-5")


def test_parse_amount() -> None:
    assert parse_amount("1,234.5", "x") == Decimal("1234.50")
    assert parse_amount("¥800", "x") == Decimal("800.00")
    assert parse_amount("", "x") == Decimal("0")
    with pytest.raises(ValueError):
        parse_amount("abc", "x")


@pytest.mark.parametrize("typed", ["1e5", "1E5", "inf", "NaN", "0x10", "1 000", "1_000"])
def test_an_amount_is_digits_and_a_point(typed: str) -> None:
    """Decimal reads "1e5" as 100000: a slip of the keyboard would be printed on the bank's request."""
    with pytest.raises(ValueError) as refused:
        parse_amount(typed, "x")
    assert "not an amount" in str(refused.value.args[0])


def test_a_too_large_amount_says_so() -> None:
    with pytest.raises(ValueError) as refused:
        parse_amount("999999999999", "x")
    assert str(refused.value.args[0]) == "The amount is too large"  # it is an amount, just not a possible one
    assert parse_amount(".5", "x") == Decimal("0.50")


def test_no_answer_retries_then_escalates() -> None:
    first = decide(OutcomeCode.NO_ANSWER, 0, T0, POLICY, None)
    assert first.status is LeadStatus.CALLBACK and first.next_due_at == T0 + timedelta(minutes=10)
    busy = decide(OutcomeCode.BUSY, 1, T0, POLICY, None)
    assert busy.next_due_at == T0 + timedelta(minutes=3) and busy.attempts == 2
    last = decide(OutcomeCode.REFUSED, 2, T0, POLICY, None)
    assert last.status is LeadStatus.ESCALATED and last.escalated and last.attempts == 3


def test_projection_replays_in_time_order_regardless_of_arrival() -> None:
    received = EventFact("a", EventKind.LEAD_RECEIVED, None, T0,
                         {"deadline_at": (T0 + timedelta(minutes=20)).isoformat()})
    claimed = EventFact("b", EventKind.LEAD_CLAIMED, "officer1", T0 + timedelta(minutes=1), {"token": "t1"})
    released = EventFact("c", EventKind.LEAD_RELEASED, "officer1", T0 + timedelta(minutes=2), {})
    state = project([released, claimed, received], WarningLevel.RED, Decimal("0"))
    assert state.status is LeadStatus.NEW and state.owner is None
    state = project([claimed, received], WarningLevel.RED, Decimal("0"))
    assert state.status is LeadStatus.CLAIMED and state.owner == "officer1" and state.claim_token == "t1"


def test_a_write_under_an_older_claim_is_stale_even_when_nobody_holds_the_lead() -> None:
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from workstation.domain.events import EventFact, project
    from workstation.domain.types import LeadStatus, WarningLevel

    t = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)

    def at(minutes: int) -> datetime:
        return t + timedelta(minutes=minutes)

    outcome = {"code": "persuaded", "amount_protected": "100", "amount_lost": "0",
               "result": {"status": "closed", "next_due_at": None, "attempts": 1}}
    events = [EventFact("e0", "lead_received", None, at(0), {"deadline_at": at(20).isoformat()}),
              EventFact("e1", "lead_claimed", "o1", at(1), {"token": "t1"}),
              EventFact("e2", "lead_released", "o1", at(2), {}, "t1"),
              EventFact("e3", "lead_claimed", "o2", at(3), {"token": "t2"}),
              EventFact("e4", "lead_released", "o2", at(4), {}, "t2")]
    late = EventFact("e5", "outcome_recorded", "o1", at(5), outcome, "t1")
    state = project([*events, late], WarningLevel.RED, Decimal("0"))
    assert state.status is LeadStatus.NEW and state.amount_protected == Decimal("100")
    # Under the latest claim, after its lease ran out and nobody took the lead, the outcome still counts.
    expired = [*events[:4], EventFact("e4", "lease_expired", None, at(4), {}, "t2")]
    own = EventFact("e5", "outcome_recorded", "o2", at(5), outcome, "t2")
    assert project([*expired, own], WarningLevel.RED, Decimal("0")).status is LeadStatus.CLOSED


def test_who_answered_follows_the_outcome() -> None:
    from workstation.domain.outcome import default_party
    from workstation.domain.types import ContactedParty

    assert default_party("no_answer") is ContactedParty.NOBODY and default_party("busy") is ContactedParty.NOBODY
    assert default_party("persuaded") is ContactedParty.SELF and default_party(None) is ContactedParty.SELF
    errors = validate(_inp(code="no_answer", contacted_party="self"), T0)
    assert [e.message.code for e in errors if e.field == "contacted_party"] == ["outcome.nobody_answered_party"]
    assert validate(_inp(code="busy", contacted_party="nobody"), T0) == []


def test_a_me_callback_is_kept_for_its_grace_and_an_anyone_callback_is_not() -> None:
    policy = RetryPolicy(timedelta(minutes=10), timedelta(minutes=3), 3, timedelta(minutes=15))
    at = T0 + timedelta(hours=2)
    me = decide(OutcomeCode.CALLBACK_REQUESTED, 0, T0, policy, at)
    assert me.status is LeadStatus.CALLBACK and me.next_due_at == at and me.reserved_until == at + timedelta(minutes=15)
    anyone = decide(OutcomeCode.CALLBACK_REQUESTED, 0, T0, policy, at, "anyone")
    assert anyone.next_due_at == at and anyone.reserved_until is None
    assert decide(OutcomeCode.NO_ANSWER, 0, T0, policy, None).reserved_until is None  # a retry is anyone's
    huge = RetryPolicy(timedelta(minutes=10), timedelta(minutes=3), 3, timedelta(days=30))
    assert decide(OutcomeCode.CALLBACK_REQUESTED, 0, T0, huge, at).reserved_until == at + timedelta(days=1)
    assert "callback_for" in [e.field for e in validate(
        _inp(code="callback_requested", callback_at=at, callback_for="everyone"), T0)]


def test_the_projection_keeps_a_callback_only_for_the_officer_who_recorded_it() -> None:
    at = T0 + timedelta(hours=1)

    def outcome(officer: str, until: datetime | None, status: str = "callback") -> EventFact:
        return EventFact("e3", "outcome_recorded", officer, T0 + timedelta(minutes=3), {
            "code": "callback_requested", "result": {"status": status, "next_due_at": at.isoformat(), "attempts": 0,
                                                     "reserved_until": until.isoformat() if until else None}}, "t1")

    base = [EventFact("e0", "lead_received", None, T0, {"deadline_at": (T0 + timedelta(minutes=20)).isoformat()}),
            EventFact("e1", "lead_claimed", "o1", T0 + timedelta(minutes=1), {"token": "t1"})]
    kept = project([*base, outcome("o1", at + timedelta(minutes=15))], WarningLevel.RED, Decimal(0))
    assert kept.owner is None and kept.reserved_for == "o1" and kept.reserved_until == at + timedelta(minutes=15)
    far = project([*base, outcome("o1", at + timedelta(days=60))], WarningLevel.RED, Decimal(0))
    assert far.reserved_until == at + timedelta(days=1)  # never hidden from everyone for long
    assert project([*base, outcome("o1", None)], WarningLevel.RED, Decimal(0)).reserved_for is None
    claimed = EventFact("e4", "lead_claimed", "o1", T0 + timedelta(hours=1), {"token": "t2"})
    again = project([*base, outcome("o1", at), claimed], WarningLevel.RED, Decimal(0))
    assert again.owner == "o1" and again.reserved_for is None and again.reserved_until is None
