"""The domain's codes in words, as messages (a scam type, a warning level, a call's outcome): the CLI's lists and
the weekly report put them into the person's language at the edge."""

from __future__ import annotations

from workstation.domain.types import SCAM_TYPE_EN, OutcomeCode, TriggerKind, WarningLevel
from workstation.messages import QT_TRANSLATE_NOOP, Template, message, text

# the language's own name: tells a face's choice where a format differs beyond words (（全角） brackets, a PDF's /Lang)
LANGUAGE_NAME = message("language.name", QT_TRANSLATE_NOOP("Messages", "English"))


def in_chinese() -> bool:
    """True when messages are put into Chinese now."""
    return not text(LANGUAGE_NAME()).isascii()


def sentences(*parts: str) -> str:
    """Sentences one after another, as the language writes them: 已保存。已移交。 / Saved. Handed over."""
    return ("" if in_chinese() else " ").join(p for p in parts if p)


def aside(main: str, note: str) -> str:
    """`main` with `note` in brackets, as the language writes them: 民警2（officer2） / Officer 2 (officer2)."""
    return f"{main}（{note}）" if in_chinese() else f"{main} ({note})"

SCAM_WORDS: dict[str, Template] = {kind: message(f"scam.{kind.value}", name) for kind, name in SCAM_TYPE_EN.items()}
LEVEL_WORDS: dict[str, Template] = {
    WarningLevel.RED: message("level.red", QT_TRANSLATE_NOOP("Messages", "red")),
    WarningLevel.ORANGE: message("level.orange", QT_TRANSLATE_NOOP("Messages", "orange")),
    WarningLevel.YELLOW: message("level.yellow", QT_TRANSLATE_NOOP("Messages", "yellow")),
}
TRIGGER_WORDS: dict[str, Template] = {
    TriggerKind.FRAUD_CALL: message("trigger.fraud_call", QT_TRANSLATE_NOOP("Messages", "Fraud call")),
    TriggerKind.FRAUD_SMS: message("trigger.fraud_sms", QT_TRANSLATE_NOOP("Messages", "Fraud SMS")),
    TriggerKind.FRAUD_URL: message("trigger.fraud_url", QT_TRANSLATE_NOOP("Messages", "Fraud link")),
    TriggerKind.FRAUD_APP: message("trigger.fraud_app", QT_TRANSLATE_NOOP("Messages", "Fraud app")),
    TriggerKind.FRAUD_ACCOUNT: message("trigger.fraud_account", QT_TRANSLATE_NOOP("Messages", "Flagged account")),
    TriggerKind.UNKNOWN: message("trigger.unknown", QT_TRANSLATE_NOOP("Messages", "Unknown")),
}
OUTCOME_WORDS: dict[str, Template] = {
    OutcomeCode.PERSUADED: message("outcome.persuaded", QT_TRANSLATE_NOOP("Messages", "persuaded")),
    OutcomeCode.NO_ANSWER: message("outcome.no_answer", QT_TRANSLATE_NOOP("Messages", "no answer")),
    OutcomeCode.BUSY: message("outcome.busy", QT_TRANSLATE_NOOP("Messages", "line busy")),
    OutcomeCode.REFUSED: message("outcome.refused", QT_TRANSLATE_NOOP("Messages", "refused / hung up")),
    OutcomeCode.WRONG_NUMBER: message("outcome.wrong_number", QT_TRANSLATE_NOOP("Messages", "wrong number")),
    OutcomeCode.NOT_DECEIVED: message("outcome.not_deceived", QT_TRANSLATE_NOOP("Messages", "not deceived (guarded themselves)")),
    OutcomeCode.TRANSFERRED: message("outcome.transferred", QT_TRANSLATE_NOOP("Messages", "already transferred: stop-payment")),
    OutcomeCode.CALLBACK_REQUESTED: message("outcome.callback_requested", QT_TRANSLATE_NOOP("Messages", "callback arranged")),
    OutcomeCode.STATION_VISIT: message("outcome.station_visit", QT_TRANSLATE_NOOP("Messages", "handed to the station for a visit")),
}
