"""The outcome form as plain JSON values and back: the draft payload (草稿) kept while the officer types."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.outcome_form import OutcomeForm

DRAFT_VERSION = 1


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def form_state(form: OutcomeForm) -> dict[str, Any]:
    """What is on the form (not the script panel's part), JSON-safe."""
    return {
        "v": DRAFT_VERSION, "code": form.outcome.code(), "contacted_party": form.party.party(),
        "relation": form.party.relation.text(), "deceived": form.deceived.currentData(),
        "channel": form.channel.currentData(), "started_at": _iso(form.started.value()),
        "ended_at": _iso(form.ended.value()), "amount_protected": form.amount_protected.text(),
        "amount_lost": form.amount_lost.text(), "callback_at": _iso(form.callback_at.value()),
        "station": form.station.text(), "notes": form.notes.toPlainText(),
        "stop_payment": form.stop_payment.state(), "checkpoints": list(form.checkpoints),
    }


def apply_state(form: OutcomeForm, state: dict[str, Any]) -> None:
    """Fill the form from a draft payload; unknown or missing keys leave fields empty."""

    def when(key: str) -> datetime | None:
        value = state.get(key)
        return datetime.fromisoformat(value) if value else None

    form.outcome.set_code(state.get("code"))
    form.party.set_party(state.get("contacted_party") or "self", state.get("relation") or "")
    deceived = state.get("deceived")
    form.deceived.setCurrentIndex({None: 0, False: 1, True: 2}.get(deceived, 0))
    form.channel.setCurrentIndex(max(0, form.channel.findData(state.get("channel") or "phone")))
    form.started.set_value(when("started_at"))
    form.ended.set_value(when("ended_at"))
    form.callback_at.set_value(when("callback_at"))
    form.amount_protected.setText(state.get("amount_protected") or "")
    form.amount_lost.setText(state.get("amount_lost") or "")
    form.station.setText(state.get("station") or "")
    form.stop_payment.set_state(state.get("stop_payment"))
    form.notes.setPlainText(state.get("notes") or "")
