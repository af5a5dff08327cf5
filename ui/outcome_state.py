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
        "callback_for": form.callback_for_value(),
    }


# What an empty form's draft says (besides the script's place): a draft with only these is nothing of the call.
_EMPTY = {"contacted_party": ("self", "nobody", None), "relation": ("", None), "deceived": (None,),
          "channel": ("phone", None), "callback_for": ("me", None)}


def has_call_content(state: dict[str, Any]) -> bool:
    """The draft holds something the officer did for the call (an outcome, a time, an amount, a note, a tick),
    not only the script's place or the form's defaults."""
    for key in ("code", "started_at", "ended_at", "callback_at", "amount_protected", "amount_lost", "station",
                "notes"):
        if str(state.get(key) or "").strip():
            return True
    if state.get("checkpoints"):
        return True
    stop = state.get("stop_payment") or {}
    if any(str(v or "").strip() for v in stop.values()):
        return True
    return any(state.get(key) not in empty for key, empty in _EMPTY.items())


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
    chosen = form.callback_for_buttons.get(state.get("callback_for") or "me")
    if chosen is not None:
        chosen.setChecked(True)
