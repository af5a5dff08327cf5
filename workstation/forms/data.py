"""The facts each printed form is made from: plain frozen values built by the caller from the store.

Times are timezone-aware datetimes (printed in the centre's zone); amounts are Decimal yuan, None when
unknown (the paper then keeps a blank). Labels (scam type, outcome, level…) arrive already in Chinese,
normally from the domain enums' ``.zh``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

#: What a preview prints where the serial number (编号) goes: the number is taken when it is printed or saved.
PREVIEW_SERIAL = "（预览）/ PREVIEW"

#: The zone a form's times are printed in when the caller names none.
DEFAULT_ZONE = "Asia/Shanghai"


class RenderCancelledError(Exception):
    """A batch was cancelled before it finished; nothing was produced."""


@dataclass(frozen=True)
class CallEntry:
    """One warning call (劝阻通话) on a record sheet: when, who called, who answered, the outcome,
    the officer's notes and the script checkpoints (劝阻要点) covered."""

    started_at: datetime
    ended_at: datetime | None
    officer_name: str
    outcome_label: str
    contacted_party_label: str
    notes: str = ""
    checkpoints: tuple[str, ...] = ()


@dataclass(frozen=True)
class LeadFacts:
    """A warning lead (预警线索) as printed: the person in full (paper is not masked) and the trigger."""

    lead_ref: str
    person_name: str
    phone: str
    id_number: str
    district: str
    city: str
    scam_type_label: str
    level_label: str
    trigger_label: str
    trigger_detail: str
    triggered_at: datetime
    amount_at_risk: Decimal | None = None


@dataclass(frozen=True)
class RecordForm:
    """预警劝阻工作记录单: the lead, each call with times and outcome, checkpoints covered, the result.

    ``script_checkpoints`` is the full checklist of the scam type's script; when given, the sheet ticks
    the covered ones and leaves the rest open, otherwise it lists what the calls covered.
    """

    unit_name: str
    serial_no: str
    lead: LeadFacts
    calls: tuple[CallEntry, ...]
    officer_name: str
    printed_at: datetime
    amount_protected: Decimal | None = None
    amount_lost: Decimal | None = None
    result_label: str = ""
    script_checkpoints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Account:
    """A bank or payment account (账户): holder, number and bank (or payment platform)."""

    holder_name: str
    account_no: str
    bank: str


@dataclass(frozen=True)
class Transfer:
    """One payment by the victim into a fraud account (涉案转账)."""

    transferred_at: datetime
    amount: Decimal
    payee: Account


CASE_SOURCES: tuple[str, ...] = ("110指令", "工作中发现", "报案", "投案", "移送", "扭送", "其他")

INTAKE_DECISIONS: tuple[str, ...] = (
    "属于本单位管辖的刑事案件，建议及时立案侦查",
    "属于本单位管辖的行政案件，建议及时调查处理",
    "不属于本单位管辖，建议移送有关单位处理",
    "不属于公安机关职责范围，不予调查处理并当场书面告知当事人",
    "其他",
)


@dataclass(frozen=True)
class CaseIntakeForm:
    """受案登记表 (接报案登记): source, reporter, who took it where and when, the facts, the decision.

    ``case_source`` and ``decision`` are ticked among CASE_SOURCES / INTAKE_DECISIONS; any other text
    ticks 其他 and is printed after it.
    """

    unit_name: str
    serial_no: str
    case_source: str
    reporter_name: str
    reporter_id_number: str
    reporter_phone: str
    reporter_address: str
    received_by: str
    received_at: datetime
    received_place: str
    brief_facts: str
    decision: str
    scam_type_label: str = ""
    reporter_gender: str = ""
    reporter_birth_date: str = ""
    reporter_workplace: str = ""
    amount_lost: Decimal | None = None
    victim_account: Account | None = None
    transfers: tuple[Transfer, ...] = ()
    decision_note: str = ""


@dataclass(frozen=True)
class StopPaymentForm:
    """紧急止付申请表: the victim and the account the money left, the fraud accounts it went to, the officer.

    The amount to stop is the sum of the transfers.
    """

    unit_name: str
    serial_no: str
    victim_name: str
    victim_id_number: str
    victim_phone: str
    victim_account: Account
    transfers: tuple[Transfer, ...]
    officer_name: str
    officer_phone: str
    applied_at: datetime
    brief_facts: str = ""
    addressee: str = ""


@dataclass(frozen=True)
class ThanksLetter:
    """感谢信 to a citizen, bank clerk, driver or partner who helped stop a scam: who, what, when."""

    unit_name: str
    recipient_name: str
    deed: str
    occurred_at: datetime
    issued_at: datetime
    recipient_org: str = ""
    amount_protected: Decimal | None = None
    serial_no: str = ""


@dataclass(frozen=True)
class VisitNotice:
    """上门劝阻告知书: the person visited, the scam and the warning, signature lines for them and two officers."""

    unit_name: str
    serial_no: str
    person_name: str
    address: str
    district: str
    scam_type_label: str
    scam_description: str
    warning_text: str
    officer_names: tuple[str, str]
    visited_at: datetime
    id_number: str = ""


Form = RecordForm | CaseIntakeForm | StopPaymentForm | ThanksLetter | VisitNotice


#: The printable forms by the name the archive records. Here, beside the facts and away from reportlab, so that
#: naming or checking a form kind does not import the PDF machinery (render.py does, when a form is made).
FORM_KINDS: dict[str, type] = {
    "record": RecordForm,
    "case": CaseIntakeForm,
    "stop-payment": StopPaymentForm,
    "thanks": ThanksLetter,
    "visit-notice": VisitNotice,
}


def kind_of(form: Form) -> str:
    """The FORM_KINDS key of a form's type (what the archive records)."""
    for kind, cls in FORM_KINDS.items():
        if type(form) is cls:
            return kind
    raise TypeError(f"not a printable form: {type(form).__name__}")
