"""What a saved outcome did to the lead, in words: status, next due time, the core's messages."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from workstation.domain.types import LeadStatus
from workstation.services.outcomes import SavedOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeForm", text)


def status_label(status: LeadStatus | str, lang: str) -> str:
    status = LeadStatus(status)
    if lang == "zh":
        return status.zh
    return {
        LeadStatus.NEW: _tr("Waiting"), LeadStatus.CLAIMED: _tr("In hand"), LeadStatus.CALLBACK: _tr("Callback due"),
        LeadStatus.STOP_PAYMENT: _tr("Stop-payment needed"), LeadStatus.ESCALATED: _tr("Handed to station"),
        LeadStatus.CLOSED: _tr("Closed"),
    }[status]


def result_text(saved: SavedOutcome, tz: tzinfo, lang: str) -> str:
    result = saved.result
    parts = [_tr("Saved {0}. Lead status: {1}.").format(saved.ref, status_label(result.status, lang))]
    if result.next_due_at is not None:
        parts.append(_tr("Next call due {0}.").format(f"{result.next_due_at.astimezone(tz):%Y-%m-%d %H:%M}"))
    if result.escalated:
        parts.append(_tr("Escalated to the local station."))
    if result.status is LeadStatus.STOP_PAYMENT:
        parts.append(_tr("Start the emergency stop-payment with the bank now."))
    parts.extend(result.messages)
    return " ".join(parts)
