"""Words for the codes the team lead's screens show (verdicts, outcomes, who answered) in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import i18n
from ui.outcome_fields import outcome_label as _outcome_label
from ui.outcome_fields import party_label as _party_label
from workstation.domain.types import ContactedParty, OutcomeCode
from workstation.reports.calls import Verdict
from workstation.scripts.model import Text


def _lang() -> str:
    return "zh" if i18n.is_chinese() else "en"


def verdict_label(verdict: Verdict | str) -> str:
    try:
        v = Verdict(verdict)
    except ValueError:
        return str(verdict)
    if i18n.is_chinese():
        return v.zh
    return {Verdict.REVIEWED: QCoreApplication.translate("Review", "Reviewed"),
            Verdict.FOLLOW_UP: QCoreApplication.translate("Review", "Needs follow-up"),
            Verdict.COMMENDED: QCoreApplication.translate("Review", "Commended")}[v]


def outcome_label(code: str) -> str:
    try:
        return _outcome_label(OutcomeCode(code), _lang())
    except ValueError:
        return code


def party_label(party: str) -> str:
    try:
        return _party_label(ContactedParty(party), _lang())
    except ValueError:
        return party


def checkpoint_label(checkpoint_id: str, texts: dict[str, Text]) -> str:
    """A ticked checkpoint in words (its id only where the current script no longer has it)."""
    text = texts.get(checkpoint_id)
    return text.get(_lang()) if text is not None else checkpoint_id
