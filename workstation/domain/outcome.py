"""The outcome of a call (处置结果): what an officer enters, how it is checked, what it does to the lead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from workstation.domain.types import ContactedParty, LeadStatus, OutcomeCode
from workstation.messages import Msg

# Outcomes that count as a failed attempt to reach the person: retried, then escalated.
RETRY_OUTCOMES = {OutcomeCode.NO_ANSWER, OutcomeCode.BUSY, OutcomeCode.REFUSED}
MAX_NOTES = 20_000
MAX_SCRIPT_VERSION = 2**31 - 1  # calls.script_version is a 32-bit integer on both sides
MAX_RELATION = 32
MAX_SCRIPT_ID = 32
MAX_CALLBACK_AHEAD = timedelta(days=90)
MAX_AMOUNT = Decimal("10000000000")


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


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    """One call as the officer records it."""

    code: str
    started_at: datetime | None
    ended_at: datetime | None
    contacted_party: str = ContactedParty.SELF
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


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    """What the outcome does to the lead; stored in the event so replay never depends on settings."""

    status: LeadStatus
    next_due_at: datetime | None
    attempts: int
    escalated: bool = False
    messages: tuple[str, ...] = field(default_factory=tuple)


def parse_amount(text: str | Decimal | int | float | None, name: str) -> Decimal:
    """A yuan amount from what a person typed ('1,234.50', '¥800', '')."""
    if text is None or text == "":
        return Decimal("0")
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = str(text).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip()
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(f"{name}: '{text}' is not an amount") from exc
    if not value.is_finite() or abs(value) > MAX_AMOUNT:
        raise ValueError(f"{name}: '{text}' is not an amount (or is out of range)")
    return value.quantize(Decimal("0.01"))


def validate(inp: OutcomeInput, now: datetime) -> list[FieldError]:
    """Every problem with the input, each naming the field, in the officer's language (zh)."""
    errors: list[FieldError] = []
    try:
        code = OutcomeCode(inp.code)
    except ValueError:
        allowed = ", ".join(c.value for c in OutcomeCode)
        return [FieldError("code", f"未知的处置结果 '{inp.code}' (unknown outcome; one of: {allowed})")]
    if inp.started_at is None:
        errors.append(FieldError("started_at", "请填写通话开始时间 (call start is required)"))
    if inp.ended_at is None:
        errors.append(FieldError("ended_at", "请填写通话结束时间 (call end is required)"))
    if inp.started_at and inp.ended_at:
        if inp.ended_at < inp.started_at:
            errors.append(FieldError("ended_at", "结束时间早于开始时间 (call end is before its start)"))
        if inp.ended_at > now + timedelta(minutes=5):
            errors.append(FieldError("ended_at", "结束时间在未来 (call end is in the future)"))
    for name, amount in (("amount_protected", inp.amount_protected), ("amount_lost", inp.amount_lost)):
        if not amount.is_finite():
            errors.append(FieldError(name, "金额无效 (not an amount)"))
        elif amount < 0:
            errors.append(FieldError(name, "金额不能为负数 (amount must not be negative)"))
        elif amount > MAX_AMOUNT:
            errors.append(FieldError(name, "金额超出范围 (amount is too large)"))
    try:
        party = ContactedParty(inp.contacted_party)
    except ValueError:
        errors.append(FieldError("contacted_party", f"未知的接听人 '{inp.contacted_party}' (unknown party)"))
        party = ContactedParty.SELF
    if party is ContactedParty.RELATIVE and not inp.relation.strip():
        errors.append(FieldError("relation", "接听人为亲友时须填写关系 (relation is required for a relative)"))
    if len(inp.notes) > MAX_NOTES:
        errors.append(FieldError("notes", f"备注过长，最多 {MAX_NOTES} 字 (notes too long)"))
    # The centre keeps the same bounds (0010_centre_trust.sql): a saved outcome is never refused there later.
    if inp.script_version is not None and not 1 <= inp.script_version <= MAX_SCRIPT_VERSION:
        errors.append(FieldError("script_version", f"话术版本号无效 (script version must be 1..{MAX_SCRIPT_VERSION})"))
    if len(inp.relation) > MAX_RELATION:
        errors.append(FieldError("relation", f"关系最多 {MAX_RELATION} 字 (relation too long)"))
    if inp.script_id is not None and len(inp.script_id) > MAX_SCRIPT_ID:
        errors.append(FieldError("script_id", f"话术编号最多 {MAX_SCRIPT_ID} 字 (script id too long)"))
    reached = code not in (OutcomeCode.NO_ANSWER, OutcomeCode.BUSY, OutcomeCode.WRONG_NUMBER)
    if code is OutcomeCode.PERSUADED and party is ContactedParty.NOBODY:
        errors.append(FieldError("contacted_party", "劝阻成功须注明接听人 (persuaded: who was reached?)"))
    if not reached and inp.amount_protected > 0:
        errors.append(FieldError("amount_protected", "未接通不能填写劝阻金额 (nobody reached: no amount saved)"))
    if code is OutcomeCode.CALLBACK_REQUESTED:
        if inp.callback_at is None:
            errors.append(FieldError("callback_at", "请填写约定回拨时间 (callback time is required)"))
        elif inp.callback_at <= now:
            errors.append(FieldError("callback_at", "回拨时间须晚于现在 (callback time must be in the future)"))
        elif inp.callback_at > now + MAX_CALLBACK_AHEAD:  # the centre refuses a lead hidden for longer
            errors.append(FieldError("callback_at", "回拨时间最多在 90 天之内 (a callback within 90 days)"))
    if code is OutcomeCode.STATION_VISIT and not inp.station.strip():
        errors.append(FieldError("station", "请填写移交的派出所 (station is required)"))
    if code is OutcomeCode.TRANSFERRED:
        errors.extend(_validate_stop_payment(inp.stop_payment, now))
    return errors


def _validate_stop_payment(sp: StopPaymentDetails | None, now: datetime) -> list[FieldError]:
    if sp is None:
        return [FieldError("stop_payment", "已转账须填写止付信息 (stop-payment details are required)")]
    errors = []
    required = {
        "victim_account": "受害人账号 (victim account)",
        "victim_bank": "受害人开户行 (victim bank)",
        "fraud_account": "涉诈收款账号 (receiving account)",
        "fraud_bank": "涉诈账户开户行 (receiving bank)",
    }
    for name, label in required.items():
        if not str(getattr(sp, name)).strip():
            errors.append(FieldError(f"stop_payment.{name}", f"请填写{label}"))
    if not sp.amount.is_finite() or sp.amount <= 0 or sp.amount > MAX_AMOUNT:
        errors.append(FieldError("stop_payment.amount", "转账金额须大于零且在合理范围内 (amount must be positive and in range)"))
    if sp.transferred_at is None:
        errors.append(FieldError("stop_payment.transferred_at", "请填写转账时间 (transfer time is required)"))
    elif sp.transferred_at > now + timedelta(minutes=5):
        errors.append(FieldError("stop_payment.transferred_at", "转账时间在未来 (transfer time is in the future)"))
    return errors


def decide(code: OutcomeCode, attempts_before: int, at: datetime, policy: RetryPolicy,
           callback_at: datetime | None) -> OutcomeResult:
    """What an outcome does to its lead."""
    if code in RETRY_OUTCOMES:
        attempts = attempts_before + 1
        if attempts >= policy.max_attempts:
            return OutcomeResult(LeadStatus.ESCALATED, None, attempts, escalated=True,
                                 messages=(f"已尝试 {attempts} 次，移交属地派出所上门劝阻",))
        wait = policy.busy_retry_interval if code is OutcomeCode.BUSY else policy.retry_interval
        return OutcomeResult(LeadStatus.CALLBACK, at + wait, attempts)
    if code is OutcomeCode.CALLBACK_REQUESTED:
        return OutcomeResult(LeadStatus.CALLBACK, callback_at, attempts_before)
    if code is OutcomeCode.TRANSFERRED:
        return OutcomeResult(LeadStatus.STOP_PAYMENT, None, attempts_before)
    if code is OutcomeCode.STATION_VISIT:
        return OutcomeResult(LeadStatus.ESCALATED, None, attempts_before, escalated=True)
    return OutcomeResult(LeadStatus.CLOSED, None, attempts_before)
