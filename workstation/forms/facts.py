"""Form facts from the store (DESIGN §5): each printed form is built from a lead's stored facts only.

A lead's row, its calls, its ``stop_payment_requested`` events and the fact events a person recorded for
printing (FactKind: thanks recipient, case details, visit) become the frozen values of forms/data.py.
A form whose facts are not stored yet raises :class:`MissingFacts`, naming what to record first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.events import EventKind
from workstation.domain.types import LeadStatus, OutcomeCode, ScamType, TriggerKind, WarningLevel
from workstation.errors import WorkstationError
from workstation.forms.data import (
    Account,
    CallEntry,
    CaseIntakeForm,
    Form,
    LeadFacts,
    RecordForm,
    StopPaymentForm,
    ThanksLetter,
    Transfer,
    VisitNotice,
)
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.settings import Settings
from workstation.store.models import Call, Event, Lead, Officer


class FactKind(StrEnum):
    """Event kinds of the facts a person records for printing (they do not change the lead's state)."""

    THANKS_RECIPIENT_ADDED = "thanks_recipient_added"  # who helped and what they did → 感谢信
    THANKS_RECEIVED = "thanks_received"  # a letter or banner (锦旗) the centre received
    CASE_DETAILS_RECORDED = "case_details_recorded"  # 受案登记 details → 受案登记表
    VISIT_RECORDED = "visit_recorded"  # an in-person visit (上门劝阻) → 告知书


class MissingFacts(WorkstationError):
    """The form needs facts the lead does not hold yet; the message says which to record first.

    ``fact``: the FactKind a person records to make the form possible (the GUI offers its dialog), or None
    when the facts come from a call (a call record, a stop-payment request: the outcome form records them).
    """

    exit_code = 9

    def __init__(self, msg: Msg | str, fact: FactKind | None = None) -> None:
        super().__init__(msg)
        self.fact = fact


UNKNOWN_FORM = message("forms.unknown_form", QT_TRANSLATE_NOOP("Messages", "Unknown form '{kind}' (one of: {kinds})"))
NO_CALL = message("forms.no_call", QT_TRANSLATE_NOOP("Messages", "Lead {ref} has no call recorded yet: record a call's outcome before printing its work record"))
NO_STOP_PAYMENT = message("forms.no_stop_payment", QT_TRANSLATE_NOOP("Messages", "Lead {ref} has no stop-payment request: record the outcome 'transferred' with the stop-payment details first"))
NO_CASE_DETAILS = message("forms.no_case_details", QT_TRANSLATE_NOOP("Messages", "Lead {ref} has no case details recorded yet: record the case details first"))
NO_VISIT = message("forms.no_visit", QT_TRANSLATE_NOOP("Messages", "Lead {ref} has no visit recorded yet: record the visit first"))
NO_RECIPIENT = message("forms.no_recipient", QT_TRANSLATE_NOOP("Messages", "Lead {ref} has no thank-you recipient recorded yet: record who is thanked and what they did first"))


PARTY_ZH = {"self": "本人", "relative": "亲友", "nobody": "未接通"}
DEFAULT_WARNING = ("公安机关不会通过电话、网络办案，不存在“安全账户”；凡是要求转账汇款、索要验证码、"
                   "要求下载陌生APP或开启屏幕共享的，都是诈骗。如有疑问，请拨打110或反诈专线{hotline}咨询。")


@dataclass(frozen=True)
class FormContext:
    """What every builder needs besides the lead: settings, the printing officer, the time, the serial."""

    settings: Settings
    officer: str
    now: datetime
    serial_no: str


def build(session: Session, kind: str, lead: Lead, ctx: FormContext, choice: str | None = None) -> Form:
    """The form of `kind` (a FORM_KINDS key) for `lead`; `choice` picks one fact event (e.g. a recipient)."""
    if kind == "thanks":
        return thanks_letter(session, lead, ctx, choice)
    builders: dict[str, Callable[[Session, Lead, FormContext], Form]] = {"record": record_form, "stop-payment": stop_payment_form, "case": case_form,
                "visit-notice": visit_notice}
    if kind not in builders:
        raise MissingFacts(UNKNOWN_FORM(kind=kind, kinds=", ".join([*builders, "thanks"])))
    return builders[kind](session, lead, ctx)


# --- shared ------------------------------------------------------------------------------------------------


def officer_name(session: Session, username: str | None) -> str:
    if not username:
        return ""
    officer = session.get(Officer, username)
    return officer.display_name if officer is not None else username


def lead_facts(lead: Lead) -> LeadFacts:
    return LeadFacts(
        lead_ref=lead.ref, person_name=lead.person_name, phone=lead.phone, id_number=lead.id_number or "",
        district=lead.district, city=lead.city, scam_type_label=_label(ScamType, lead.scam_type),
        level_label=_label(WarningLevel, lead.level), trigger_label=_label(TriggerKind, lead.trigger_kind),
        trigger_detail=lead.trigger_detail, triggered_at=lead.triggered_at, amount_at_risk=lead.amount_at_risk,
    )


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).zh)
    except ValueError:
        return value


def fact_events(session: Session, lead: Lead, kind: str) -> list[Event]:
    stmt = select(Event).where(Event.lead_id == lead.id, Event.kind == str(kind))
    return list(session.scalars(stmt.order_by(Event.occurred_at, Event.id)))


def _latest(session: Session, lead: Lead, kind: FactKind, missing: Callable[..., Msg]) -> Event:
    found = fact_events(session, lead, kind)
    if not found:
        raise MissingFacts(missing(ref=lead.ref), kind)
    return found[-1]


def _time(value: Any, default: datetime) -> datetime:
    return datetime.fromisoformat(value) if value else default


def _amount(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


@lru_cache(maxsize=1)
def _scripts() -> Any:
    from workstation.scripts import ScriptLibrary

    return ScriptLibrary.load()


def _checkpoint_labels(scam_type: str) -> dict[str, str]:
    script = _scripts().get(scam_type)
    return {} if script is None else {c.id: c.label.zh for c in script.checkpoints}


# --- 预警劝阻工作记录单 -----------------------------------------------------------------------------------


def record_form(session: Session, lead: Lead, ctx: FormContext) -> RecordForm:
    calls = list(session.scalars(select(Call).where(Call.lead_id == lead.id).order_by(Call.started_at)))
    if not calls:
        raise MissingFacts(NO_CALL(ref=lead.ref))
    labels = _checkpoint_labels(lead.scam_type)
    entries = tuple(
        CallEntry(
            started_at=c.started_at, ended_at=c.ended_at, officer_name=officer_name(session, c.officer),
            outcome_label=_label(OutcomeCode, c.outcome), contacted_party_label=_party(c),
            notes=c.notes, checkpoints=tuple(labels.get(cp, cp) for cp in c.checkpoints),
        )
        for c in calls
    )
    last = calls[-1]
    result = _label(OutcomeCode, lead.last_outcome) if lead.last_outcome else ""
    if lead.status in (LeadStatus.CLOSED, LeadStatus.ESCALATED, LeadStatus.STOP_PAYMENT):
        result = f"{result}（{LeadStatus(lead.status).zh}）" if result else LeadStatus(lead.status).zh
    return RecordForm(
        unit_name=ctx.settings.unit_name, serial_no=ctx.serial_no, lead=lead_facts(lead), calls=entries,
        officer_name=officer_name(session, last.officer), printed_at=ctx.now,
        amount_protected=lead.amount_protected, amount_lost=lead.amount_lost, result_label=result,
        script_checkpoints=tuple(labels.values()),
    )


def _party(call: Call) -> str:
    label = PARTY_ZH.get(call.contacted_party, call.contacted_party)
    return f"{label}（{call.relation}）" if call.relation else label


# --- 紧急止付申请表, 受案登记表 ------------------------------------------------------------------------------


def _stop_payments(session: Session, lead: Lead) -> tuple[Account | None, tuple[Transfer, ...]]:
    events = fact_events(session, lead, EventKind.STOP_PAYMENT_REQUESTED)
    if not events:
        return None, ()
    last = events[-1].payload
    victim = Account(lead.person_name, last["victim_account"], last["victim_bank"])
    transfers = tuple(
        Transfer(_time(e.payload.get("transferred_at"), e.occurred_at), Decimal(e.payload["amount"]),
                 Account(e.payload.get("fraud_account_name", ""), e.payload["fraud_account"], e.payload["fraud_bank"]))
        for e in events
    )
    return victim, transfers


def stop_payment_form(session: Session, lead: Lead, ctx: FormContext) -> StopPaymentForm:
    victim, transfers = _stop_payments(session, lead)
    if victim is None:
        raise MissingFacts(NO_STOP_PAYMENT(ref=lead.ref))
    requested = fact_events(session, lead, EventKind.STOP_PAYMENT_REQUESTED)[-1]
    total = sum((t.amount for t in transfers), Decimal("0"))
    scam = _label(ScamType, lead.scam_type)
    banks = list(dict.fromkeys(t.payee.bank for t in transfers))
    return StopPaymentForm(
        unit_name=ctx.settings.unit_name, serial_no=ctx.serial_no, victim_name=lead.person_name,
        victim_id_number=lead.id_number or "", victim_phone=lead.phone, victim_account=victim,
        transfers=transfers, officer_name=officer_name(session, requested.officer),
        officer_phone=ctx.settings.centre_hotline, applied_at=requested.occurred_at,
        brief_facts=f"受害人疑遭{scam}诈骗，向下列账户转账{len(transfers)}笔，共计{total}元。",
        addressee="、".join(banks),
    )


def case_form(session: Session, lead: Lead, ctx: FormContext) -> CaseIntakeForm:
    event = _latest(session, lead, FactKind.CASE_DETAILS_RECORDED, NO_CASE_DETAILS)
    p = event.payload
    victim, transfers = _stop_payments(session, lead)
    lost = lead.amount_lost or sum((t.amount for t in transfers), Decimal("0"))
    return CaseIntakeForm(
        unit_name=p.get("unit_name") or ctx.settings.unit_name, serial_no=ctx.serial_no,
        case_source=p["case_source"], reporter_name=lead.person_name, reporter_id_number=lead.id_number or "",
        reporter_phone=lead.phone, reporter_address=p["reporter_address"],
        received_by=officer_name(session, event.officer), received_at=_time(p.get("received_at"), event.occurred_at),
        received_place=p.get("received_place", ""), brief_facts=p["brief_facts"], decision=p["decision"],
        scam_type_label=_label(ScamType, lead.scam_type),
        reporter_gender=p.get("reporter_gender") or id_gender(lead.id_number or ""),
        reporter_birth_date=p.get("reporter_birth_date") or id_birth_date(lead.id_number or ""), reporter_workplace=p.get("reporter_workplace", ""),
        amount_lost=lost or None, victim_account=victim, transfers=transfers,
        decision_note=p.get("decision_note", ""),
    )


def _id_parts(id_number: str) -> tuple[str, str] | None:
    """(birth date digits, sequence digit) of an 18-character resident ID whose date is a real date."""
    value = id_number.strip().upper()
    if len(value) != 18 or not value[:17].isdigit():
        return None
    try:
        datetime.strptime(value[6:14], "%Y%m%d")
    except ValueError:
        return None
    return value[6:14], value[16]


def id_gender(id_number: str) -> str:
    """男/女 from a resident ID's 17th digit (odd: male), "" when it is not one."""
    parts = _id_parts(id_number)
    return "" if parts is None else ("男" if int(parts[1]) % 2 else "女")


def id_birth_date(id_number: str) -> str:
    """The date of birth in a resident ID as 1949年12月31日, "" when it is not one."""
    parts = _id_parts(id_number)
    if parts is None:
        return ""
    d = parts[0]
    return f"{int(d[:4])}年{int(d[4:6])}月{int(d[6:])}日"


# --- 上门劝阻告知书, 感谢信 -----------------------------------------------------------------------------------


def visit_notice(session: Session, lead: Lead, ctx: FormContext) -> VisitNotice:
    event = _latest(session, lead, FactKind.VISIT_RECORDED, NO_VISIT)
    p = event.payload
    names: Sequence[str] = p["officer_names"]
    script = _scripts().get(lead.scam_type)
    description = p.get("scam_description") or (script.summary.zh.strip() if script else "")
    warning = p.get("warning_text") or DEFAULT_WARNING.format(hotline=ctx.settings.centre_hotline)
    return VisitNotice(
        unit_name=p.get("unit_name") or ctx.settings.unit_name, serial_no=ctx.serial_no,
        person_name=lead.person_name, address=p["address"], district=place_prefix(lead.city, lead.district, p["address"]),
        scam_type_label=_label(ScamType, lead.scam_type), scam_description=description, warning_text=warning,
        officer_names=(names[0], names[1]), visited_at=_time(p.get("visited_at"), event.occurred_at),
        id_number=lead.id_number or "",
    )


def place_prefix(city: str, district: str, address: str) -> str:
    """What to print before `address` so the place reads in full once: "杭州市临平区" before "某路1号", only
    "杭州市" before "临平区某路1号", nothing before "杭州市临平区某路1号" (an address typed in full)."""
    address = address.strip()
    if city and address.startswith(city):
        return ""
    if district and address.startswith(district):
        return city
    return f"{city}{district}"


def thanks_letter(session: Session, lead: Lead, ctx: FormContext, choice: str | None = None) -> ThanksLetter:
    """The letter to one recipient recorded on the lead: `choice` is its event id (default: the latest)."""
    found = fact_events(session, lead, FactKind.THANKS_RECIPIENT_ADDED)
    if choice is not None:
        found = [e for e in found if e.id == choice]
    if not found:
        raise MissingFacts(NO_RECIPIENT(ref=lead.ref), FactKind.THANKS_RECIPIENT_ADDED)
    return thanks_from_event(found[-1], ctx)


def thanks_from_event(event: Event, ctx: FormContext) -> ThanksLetter:
    p = event.payload
    return ThanksLetter(
        unit_name=ctx.settings.unit_name, recipient_name=p["recipient_name"], deed=p["deed"],
        occurred_at=_time(p.get("occurred_at"), event.occurred_at), issued_at=ctx.now,
        recipient_org=p.get("recipient_org", ""), amount_protected=_amount(p.get("amount_protected")),
        serial_no=ctx.serial_no,
    )
