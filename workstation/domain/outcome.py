"""The outcome of a call (处置结果): what an officer enters, how it is checked, what it does to the lead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from workstation.domain.events import MAX_RESERVE
from workstation.domain.types import CallbackFor, ContactedParty, LeadStatus, OutcomeCode
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

# Outcomes that count as a failed attempt to reach the person: retried, then escalated.
RETRY_OUTCOMES = {OutcomeCode.NO_ANSWER, OutcomeCode.BUSY, OutcomeCode.REFUSED}
MAX_NOTES = 20_000
MAX_SCRIPT_VERSION = 2**31 - 1  # calls.script_version is a 32-bit integer on both sides
MAX_RELATION = 32
MAX_SCRIPT_ID = 32
MAX_CALLBACK_AHEAD = timedelta(days=90)
MAX_AMOUNT = Decimal("10000000000")
AMOUNT_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")  # what a person types for yuan, once , ¥ are gone
# A callback kept for its officer ("me") is theirs until its time plus the grace they were given (the settings'
# callback_grace), then anyone's; however long the grace, never more than MAX_RESERVE past the callback's time.
# Outcomes where nobody was on the line: who answered must be "nobody". A wrong number reached a stranger, not the
# person: "nobody" is where it starts, and the officer may say otherwise.
NOBODY_ANSWERED = frozenset({OutcomeCode.NO_ANSWER, OutcomeCode.BUSY})
NOBODY_BY_DEFAULT = NOBODY_ANSWERED | {OutcomeCode.WRONG_NUMBER}

UNKNOWN_CODE = message("outcome.unknown_code", QT_TRANSLATE_NOOP("Messages", "Unknown outcome '{code}' (one of: {allowed})"))
START_REQUIRED = message("outcome.start_required", QT_TRANSLATE_NOOP("Messages", "The call start is required"))
END_REQUIRED = message("outcome.end_required", QT_TRANSLATE_NOOP("Messages", "The call end is required"))
END_BEFORE_START = message("outcome.end_before_start", QT_TRANSLATE_NOOP("Messages", "The call ends before it starts"))
END_IN_FUTURE = message("outcome.end_in_future", QT_TRANSLATE_NOOP("Messages", "The call end is in the future"))
NOT_AN_AMOUNT = message("outcome.not_an_amount", QT_TRANSLATE_NOOP("Messages", "'{text}' is not an amount: type yuan like 1234.50"))
AMOUNT_INVALID = message("outcome.amount_invalid", QT_TRANSLATE_NOOP("Messages", "Not an amount"))
AMOUNT_NEGATIVE = message("outcome.amount_negative", QT_TRANSLATE_NOOP("Messages", "An amount cannot be negative"))
AMOUNT_TOO_LARGE = message("outcome.amount_too_large", QT_TRANSLATE_NOOP("Messages", "The amount is too large"))
UNKNOWN_PARTY = message("outcome.unknown_party", QT_TRANSLATE_NOOP("Messages", "Unknown answering party '{party}'"))
RELATION_REQUIRED = message("outcome.relation_required", QT_TRANSLATE_NOOP("Messages", "Say who the relative is (wife, son …)"))
NOTES_TOO_LONG = message("outcome.notes_too_long", QT_TRANSLATE_NOOP("Messages", "The notes are too long: at most {most} characters"))
SCRIPT_VERSION_RANGE = message("outcome.script_version_range", QT_TRANSLATE_NOOP("Messages", "The script version must be 1 to {most}"))
RELATION_TOO_LONG = message("outcome.relation_too_long", QT_TRANSLATE_NOOP("Messages", "The relationship is at most {most} characters"))
SCRIPT_ID_TOO_LONG = message("outcome.script_id_too_long", QT_TRANSLATE_NOOP("Messages", "The script id is at most {most} characters"))
PERSUADED_NOBODY = message("outcome.persuaded_nobody", QT_TRANSLATE_NOOP("Messages", "Persuaded: say who was reached"))
NOBODY_NO_AMOUNT = message("outcome.nobody_no_amount", QT_TRANSLATE_NOOP("Messages", "Nobody was reached: no amount can have been protected"))
NOBODY_ANSWERED_PARTY = message("outcome.nobody_answered_party", QT_TRANSLATE_NOOP("Messages", "Nobody answered this call: choose Nobody under who answered"))
CALLBACK_REQUIRED = message("outcome.callback_required", QT_TRANSLATE_NOOP("Messages", "The callback time is required"))
CALLBACK_PAST = message("outcome.callback_past", QT_TRANSLATE_NOOP("Messages", "The callback time must be in the future"))
CALLBACK_TOO_FAR = message("outcome.callback_too_far", QT_TRANSLATE_NOOP("Messages", "A callback must be within 90 days"))
UNKNOWN_CALLBACK_FOR = message("outcome.unknown_callback_for", QT_TRANSLATE_NOOP("Messages", "Unknown callback choice '{value}' (me or anyone)"))
STATION_REQUIRED = message("outcome.station_required", QT_TRANSLATE_NOOP("Messages", "Name the police station that will visit"))
STOP_PAYMENT_REQUIRED = message("outcome.stop_payment_required", QT_TRANSLATE_NOOP("Messages", "Money was transferred: the stop-payment details are required"))
VICTIM_ACCOUNT_REQUIRED = message("outcome.victim_account_required", QT_TRANSLATE_NOOP("Messages", "The victim's account is required"))
VICTIM_BANK_REQUIRED = message("outcome.victim_bank_required", QT_TRANSLATE_NOOP("Messages", "The victim's bank is required"))
FRAUD_ACCOUNT_REQUIRED = message("outcome.fraud_account_required", QT_TRANSLATE_NOOP("Messages", "The receiving account is required"))
FRAUD_BANK_REQUIRED = message("outcome.fraud_bank_required", QT_TRANSLATE_NOOP("Messages", "The receiving bank is required"))
TRANSFER_AMOUNT_REQUIRED = message("outcome.transfer_amount_required", QT_TRANSLATE_NOOP("Messages", "The amount transferred is required"))
TRANSFER_AMOUNT_RANGE = message("outcome.transfer_amount_range", QT_TRANSLATE_NOOP("Messages", "The amount transferred must be more than zero and in range"))
TRANSFER_TIME_REQUIRED = message("outcome.transfer_time_required", QT_TRANSLATE_NOOP("Messages", "The transfer time is required"))
TRANSFER_TIME_FUTURE = message("outcome.transfer_time_future", QT_TRANSLATE_NOOP("Messages", "The transfer time is in the future"))
ESCALATED_AFTER = message("outcome.escalated_after", QT_TRANSLATE_NOOP("Messages", "{attempts} attempts: handed to the local station for a visit"))


@dataclass(frozen=True, slots=True)
class StopPaymentDetails:
    """What a bank needs for an emergency stop-payment (紧急止付, 反电信网络诈骗法 art. 20)."""

    victim_account: str
    victim_bank: str
    fraud_account: str
    fraud_account_name: str
    fraud_bank: str
    amount: Decimal
    transferred_at: datetime | None

    def to_payload(self) -> dict[str, Any]:
        return {
            "victim_account": self.victim_account,
            "victim_bank": self.victim_bank,
            "fraud_account": self.fraud_account,
            "fraud_account_name": self.fraud_account_name,
            "fraud_bank": self.fraud_bank,
            "amount": str(self.amount),
            "transferred_at": self.transferred_at.isoformat() if self.transferred_at else None,
        }

    @classmethod
    def from_payload(cls, p: dict[str, Any]) -> StopPaymentDetails:
        """Back from `to_payload` (an event's ``stop_payment``); a missing field reads as empty."""
        at = p.get("transferred_at")
        return cls(str(p.get("victim_account") or ""), str(p.get("victim_bank") or ""),
                   str(p.get("fraud_account") or ""), str(p.get("fraud_account_name") or ""),
                   str(p.get("fraud_bank") or ""), Decimal(str(p.get("amount") or "0")),
                   datetime.fromisoformat(at) if at else None)


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    """One call as the officer records it."""

    code: str
    started_at: datetime | None
    ended_at: datetime | None
    contacted_party: str = ContactedParty.SELF  # default_party(code) is what the faces start from
    relation: str = ""  # with a relative: who (妻子, 儿子 …)
    deceived: bool | None = None  # 已被骗 / 未被骗
    notes: str = ""
    amount_protected: Decimal = Decimal("0")
    amount_lost: Decimal = Decimal("0")
    checkpoints: tuple[str, ...] = ()
    script_id: str | None = None
    script_version: int | None = None
    callback_at: datetime | None = None
    station: str = ""  # the local station for an in-person visit
    channel: str = "phone"  # phone / sms / robot
    stop_payment: StopPaymentDetails | None = None
    callback_for: str = CallbackFor.ME  # with a callback: kept for this officer, or anyone's


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: Msg | str  # a Msg from converted code: str() puts it into the person's language

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    retry_interval: timedelta
    busy_retry_interval: timedelta
    max_attempts: int
    callback_grace: timedelta = timedelta(minutes=15)  # a "me" callback stays its officer's this long past its time


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    """What the outcome does to the lead; stored in the event so replay never depends on settings."""

    status: LeadStatus
    next_due_at: datetime | None
    attempts: int
    escalated: bool = False
    messages: tuple[Msg, ...] = field(default_factory=tuple)
    # A callback kept for the officer who arranged it ("me"): nobody else may take it before this time.
    reserved_until: datetime | None = None


def parse_amount(text: str | Decimal | int | float | None, name: str) -> Decimal:
    """A yuan amount from what a person typed ('1,234.50', '¥800', '')."""
    if text is None or text == "":
        return Decimal("0")
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = str(text).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip()
        # Digits and a point only: Decimal would read "1e5" as 100000 and print it on the bank's request.
        if not AMOUNT_TEXT.fullmatch(cleaned):
            raise ValueError(NOT_AN_AMOUNT(text=text))
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(NOT_AN_AMOUNT(text=text)) from exc
    if not value.is_finite():
        raise ValueError(NOT_AN_AMOUNT(text=text))
    if abs(value) > MAX_AMOUNT:
        raise ValueError(AMOUNT_TOO_LARGE())
    return value.quantize(Decimal("0.01"))


def default_party(code: str | None) -> ContactedParty:
    """Who answered, as the outcome implies it: nobody for no answer, a busy line or a wrong number, else the
    person."""
    return ContactedParty.NOBODY if code in NOBODY_BY_DEFAULT else ContactedParty.SELF


def validate(inp: OutcomeInput, now: datetime) -> list[FieldError]:
    """Every problem with the input, each naming the field (a Msg: put into words at the edge)."""
    errors: list[FieldError] = []
    try:
        code = OutcomeCode(inp.code)
    except ValueError:
        allowed = ", ".join(c.value for c in OutcomeCode)
        return [FieldError("code", UNKNOWN_CODE(code=inp.code, allowed=allowed))]
    if inp.started_at is None:
        errors.append(FieldError("started_at", START_REQUIRED()))
    if inp.ended_at is None:
        errors.append(FieldError("ended_at", END_REQUIRED()))
    if inp.started_at and inp.ended_at:
        if inp.ended_at < inp.started_at:
            errors.append(FieldError("ended_at", END_BEFORE_START()))
        if inp.ended_at > now + timedelta(minutes=5):
            errors.append(FieldError("ended_at", END_IN_FUTURE()))
    for name, amount in (("amount_protected", inp.amount_protected), ("amount_lost", inp.amount_lost)):
        if not amount.is_finite():
            errors.append(FieldError(name, AMOUNT_INVALID()))
        elif amount < 0:
            errors.append(FieldError(name, AMOUNT_NEGATIVE()))
        elif amount > MAX_AMOUNT:
            errors.append(FieldError(name, AMOUNT_TOO_LARGE()))
    try:
        party = ContactedParty(inp.contacted_party)
    except ValueError:
        errors.append(FieldError("contacted_party", UNKNOWN_PARTY(party=inp.contacted_party)))
        party = ContactedParty.SELF
    if party is ContactedParty.RELATIVE and not inp.relation.strip():
        errors.append(FieldError("relation", RELATION_REQUIRED()))
    if len(inp.notes) > MAX_NOTES:
        errors.append(FieldError("notes", NOTES_TOO_LONG(most=MAX_NOTES)))
    # The centre keeps the same bounds (0010_centre_trust.sql): a saved outcome is never refused there later.
    if inp.script_version is not None and not 1 <= inp.script_version <= MAX_SCRIPT_VERSION:
        errors.append(FieldError("script_version", SCRIPT_VERSION_RANGE(most=MAX_SCRIPT_VERSION)))
    if len(inp.relation) > MAX_RELATION:
        errors.append(FieldError("relation", RELATION_TOO_LONG(most=MAX_RELATION)))
    if inp.script_id is not None and len(inp.script_id) > MAX_SCRIPT_ID:
        errors.append(FieldError("script_id", SCRIPT_ID_TOO_LONG(most=MAX_SCRIPT_ID)))
    reached = code not in (OutcomeCode.NO_ANSWER, OutcomeCode.BUSY, OutcomeCode.WRONG_NUMBER)
    if code is OutcomeCode.PERSUADED and party is ContactedParty.NOBODY:
        errors.append(FieldError("contacted_party", PERSUADED_NOBODY()))
    if code in NOBODY_ANSWERED and party is not ContactedParty.NOBODY:
        errors.append(FieldError("contacted_party", NOBODY_ANSWERED_PARTY()))
    if not reached and inp.amount_protected > 0:
        errors.append(FieldError("amount_protected", NOBODY_NO_AMOUNT()))
    if code is OutcomeCode.CALLBACK_REQUESTED:
        if inp.callback_at is None:
            errors.append(FieldError("callback_at", CALLBACK_REQUIRED()))
        elif inp.callback_at <= now:
            errors.append(FieldError("callback_at", CALLBACK_PAST()))
        elif inp.callback_at > now + MAX_CALLBACK_AHEAD:  # the centre refuses a lead hidden for longer
            errors.append(FieldError("callback_at", CALLBACK_TOO_FAR()))
        if inp.callback_for not in CallbackFor._value2member_map_:
            errors.append(FieldError("callback_for", UNKNOWN_CALLBACK_FOR(value=inp.callback_for)))
    if code is OutcomeCode.STATION_VISIT and not inp.station.strip():
        errors.append(FieldError("station", STATION_REQUIRED()))
    if code is OutcomeCode.TRANSFERRED:
        errors.extend(_validate_stop_payment(inp.stop_payment, now))
    return errors


def _validate_stop_payment(sp: StopPaymentDetails | None, now: datetime) -> list[FieldError]:
    if sp is None:
        return [FieldError("stop_payment", STOP_PAYMENT_REQUIRED())]
    errors = []
    required = {"victim_account": VICTIM_ACCOUNT_REQUIRED, "victim_bank": VICTIM_BANK_REQUIRED,
                "fraud_account": FRAUD_ACCOUNT_REQUIRED, "fraud_bank": FRAUD_BANK_REQUIRED}
    for name, missing in required.items():
        if not str(getattr(sp, name)).strip():
            errors.append(FieldError(f"stop_payment.{name}", missing()))
    if sp.amount == 0:  # left empty (or 0): the bank needs how much left
        errors.append(FieldError("stop_payment.amount", TRANSFER_AMOUNT_REQUIRED()))
    elif not sp.amount.is_finite() or sp.amount < 0 or sp.amount > MAX_AMOUNT:
        errors.append(FieldError("stop_payment.amount", TRANSFER_AMOUNT_RANGE()))
    if sp.transferred_at is None:
        errors.append(FieldError("stop_payment.transferred_at", TRANSFER_TIME_REQUIRED()))
    elif sp.transferred_at > now + timedelta(minutes=5):
        errors.append(FieldError("stop_payment.transferred_at", TRANSFER_TIME_FUTURE()))
    return errors


def decide(code: OutcomeCode, attempts_before: int, at: datetime, policy: RetryPolicy,
           callback_at: datetime | None, callback_for: str = CallbackFor.ME) -> OutcomeResult:
    """What an outcome does to its lead. A callback the person arranged with this officer ("me") stays theirs
    until its time plus the grace; a retry after no answer, and an "anyone" callback, are anyone's."""
    if code in RETRY_OUTCOMES:
        attempts = attempts_before + 1
        if attempts >= policy.max_attempts:
            return OutcomeResult(LeadStatus.ESCALATED, None, attempts, escalated=True,
                                 messages=(ESCALATED_AFTER(attempts=attempts),))
        wait = policy.busy_retry_interval if code is OutcomeCode.BUSY else policy.retry_interval
        return OutcomeResult(LeadStatus.CALLBACK, at + wait, attempts)
    if code is OutcomeCode.CALLBACK_REQUESTED:
        reserved = None
        if callback_at is not None and callback_for == CallbackFor.ME:
            reserved = callback_at + min(max(policy.callback_grace, timedelta(0)), MAX_RESERVE)
        return OutcomeResult(LeadStatus.CALLBACK, callback_at, attempts_before, reserved_until=reserved)
    if code is OutcomeCode.TRANSFERRED:
        return OutcomeResult(LeadStatus.STOP_PAYMENT, None, attempts_before)
    if code is OutcomeCode.STATION_VISIT:
        return OutcomeResult(LeadStatus.ESCALATED, None, attempts_before, escalated=True)
    return OutcomeResult(LeadStatus.CLOSED, None, attempts_before)
