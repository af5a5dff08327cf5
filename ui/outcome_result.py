"""What a saved outcome did to the lead, in words: status, next due time, the core's messages."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from workstation.domain.types import LeadStatus
from workstation.domain.words import sentences
from workstation.services.outcomes import SavedOutcome


def status_label(status: LeadStatus | str, lang: str) -> str:
    status = LeadStatus(status)
    if lang == "zh":
        return status.zh
    return {
        LeadStatus.NEW: QCoreApplication.translate("OutcomeForm", "Waiting"), LeadStatus.CLAIMED: QCoreApplication.translate("OutcomeForm", "In hand"), LeadStatus.CALLBACK: QCoreApplication.translate("OutcomeForm", "Callback due"),
        LeadStatus.STOP_PAYMENT: QCoreApplication.translate("OutcomeForm", "Stop-payment needed"), LeadStatus.ESCALATED: QCoreApplication.translate("OutcomeForm", "Handed to station"),
        LeadStatus.CLOSED: QCoreApplication.translate("OutcomeForm", "Closed"),
    }[status]


def result_text(saved: SavedOutcome, tz: tzinfo, lang: str) -> str:
    result = saved.result
    parts = [QCoreApplication.translate("OutcomeForm", "Saved {0}. Lead status: {1}.").format(saved.ref, status_label(result.status, lang))]
    if result.next_due_at is not None:
        parts.append(QCoreApplication.translate("OutcomeForm", "Next call due {0}.").format(f"{result.next_due_at.astimezone(tz):%Y-%m-%d %H:%M}"))
    if result.escalated:
        parts.append(QCoreApplication.translate("OutcomeForm", "Escalated to the local station."))
    if result.status is LeadStatus.STOP_PAYMENT:
        parts.append(QCoreApplication.translate("OutcomeForm", "Start the emergency stop-payment with the bank now."))
    parts.extend(str(m) for m in result.messages)
    return sentences(*parts)
