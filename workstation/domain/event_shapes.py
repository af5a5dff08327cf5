"""The shape each event kind must have before anyone applies it (事件格式校验): one list of simple rules.

A desk checks every event it pulls from the centre against these rules before storing it (workstation.sync.pull);
the centre checks the same rules in PL/pgSQL when a desk pushes. Keep the two in step: each rule here is meant
to be written as one line of SQL.

Rules for every kind (known or not):
- the payload is a JSON object;
- its JSON text, as `events.payload` stores it (compact, UTF-8: `workstation.store.types.json_text`), is at most
  MAX_PAYLOAD_BYTES bytes. On PostgreSQL: `octet_length(payload) <= 131072` on the text column (ws_push refuses larger).

Value types used below:
- *time*: a string matching TIME_RE — `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` followed by `Z` or `±HH:MM` (a UTC offset
  is required), that is also a real date and time (PostgreSQL: the regex, then `::timestamptz` must not fail);
- *amount*: a string matching AMOUNT_RE — digits, optionally a point and one or two digits, not negative, at most
  12 digits before the point (it fits Numeric(14, 2)); e.g. "0", "1000", "1234.50";
- *text*: a JSON string; *id*: a non-empty JSON string of at most 64 characters;
- *count*: a JSON integer (not a boolean), 0 or more (PostgreSQL: jsonb_typeof = 'number' and the text ~ '^\\d+$');
- one of LeadStatus: new, claimed, callback, stop_payment, escalated, closed;
- one of OutcomeCode: persuaded, no_answer, busy, refused, wrong_number, not_deceived, transferred,
  callback_requested, station_visit.
A key marked "(optional)" may be missing or JSON null; when it has a value, the value has the type given. Every
other key named is required: present, not null, of its type. Keys not named are not checked.

Rules per kind (other kinds — notes, documents, reviews… — get only the rules for every kind):
- lead_received: deadline_at time; triggered_at time (optional).
- trigger_added: deadline_at time; triggered_at time.
- lead_claimed: token id; lease_expires_at time (optional).
- lead_reassigned: to id; token id; from id (optional); from_token id (optional); lease_expires_at time
  (optional).
- outcome_recorded: code one of OutcomeCode; started_at time; ended_at time; result a JSON object with
  status one of LeadStatus, next_due_at time (optional), attempts count (optional); amount_protected and
  amount_lost amount (optional); callback_at time (optional); contacted_party, relation, notes, station,
  channel, script_id text (optional); checkpoints a list of texts (optional); script_version count (optional).
- stop_payment_requested: victim_account, victim_bank, fraud_account, fraud_bank text; amount amount;
  fraud_account_name text (optional); transferred_at time (optional).

These rules say what a desk can read back; they do not judge the facts (who may write a kind, whether a claim
token is current): that is the centre's business.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from workstation.domain.events import EventKind
from workstation.domain.types import LeadStatus, OutcomeCode

MAX_PAYLOAD_BYTES = 128 * 1024  # the centre accepts no larger (0010_centre_trust.sql)
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
AMOUNT_RE = re.compile(r"^\d{1,12}(\.\d{1,2})?$")
MAX_ID = 64

Check = Callable[[Any], bool]


def is_time(value: Any) -> bool:
    """A time with its UTC offset, as the rules above say."""
    if not isinstance(value, str) or not TIME_RE.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:  # e.g. month 13
        return False
    return True


def is_amount(value: Any) -> bool:
    return isinstance(value, str) and AMOUNT_RE.match(value) is not None


def is_text(value: Any) -> bool:
    return isinstance(value, str)


def is_id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ID


def is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def one_of(values: type[LeadStatus] | type[OutcomeCode]) -> Check:
    allowed = frozenset(v.value for v in values)
    return lambda value: isinstance(value, str) and value in allowed


def is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


# (key, check, presence): REQUIRED — present, not null, valid; OPTIONAL — missing, null, or valid.
Rule = tuple[str, Check, str]
REQUIRED, OPTIONAL = "required", "optional"

_RESULT: list[Rule] = [("status", one_of(LeadStatus), REQUIRED), ("next_due_at", is_time, OPTIONAL),
                       ("attempts", is_count, OPTIONAL)]

RULES: dict[str, list[Rule]] = {
    EventKind.LEAD_RECEIVED: [("deadline_at", is_time, REQUIRED), ("triggered_at", is_time, OPTIONAL)],
    EventKind.TRIGGER_ADDED: [("deadline_at", is_time, REQUIRED), ("triggered_at", is_time, REQUIRED)],
    EventKind.LEAD_CLAIMED: [("token", is_id, REQUIRED), ("lease_expires_at", is_time, OPTIONAL)],
    EventKind.LEAD_REASSIGNED: [("to", is_id, REQUIRED), ("token", is_id, REQUIRED), ("from", is_id, OPTIONAL),
                                ("from_token", is_id, OPTIONAL), ("lease_expires_at", is_time, OPTIONAL)],
    EventKind.OUTCOME_RECORDED: [
        ("code", one_of(OutcomeCode), REQUIRED), ("started_at", is_time, REQUIRED),
        ("ended_at", is_time, REQUIRED), ("callback_at", is_time, OPTIONAL),
        ("amount_protected", is_amount, OPTIONAL), ("amount_lost", is_amount, OPTIONAL),
        ("contacted_party", is_text, OPTIONAL),
        ("relation", is_text, OPTIONAL), ("notes", is_text, OPTIONAL), ("station", is_text, OPTIONAL),
        ("channel", is_text, OPTIONAL), ("checkpoints", is_text_list, OPTIONAL),
        ("script_id", is_text, OPTIONAL), ("script_version", is_count, OPTIONAL),
    ],
    EventKind.STOP_PAYMENT_REQUESTED: [
        ("victim_account", is_text, REQUIRED), ("victim_bank", is_text, REQUIRED),
        ("fraud_account", is_text, REQUIRED), ("fraud_bank", is_text, REQUIRED), ("amount", is_amount, REQUIRED),
        ("fraud_account_name", is_text, OPTIONAL), ("transferred_at", is_time, OPTIONAL),
    ],
}
# Objects inside a payload: (kind, key) → the rules for that object (the object itself is required).
NESTED: dict[tuple[str, str], list[Rule]] = {(EventKind.OUTCOME_RECORDED, "result"): _RESULT}


def payload_size(payload: Any) -> int:
    """Bytes of the payload's JSON text as `events.payload` keeps it (workstation.store.types.json_text)."""
    return len(json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8"))


def size_problem(size: int) -> str | None:
    if size > MAX_PAYLOAD_BYTES:
        return f"payload too large: {size} bytes (at most {MAX_PAYLOAD_BYTES})"
    return None


def problems(kind: str, payload: Any, *, size: int | None = None) -> list[str]:
    """Everything wrong with an event of `kind` carrying `payload`; [] when it may be applied.

    size: the payload's byte size when already known (e.g. measured on the server); else it is measured here.
    """
    too_big = size_problem(payload_size(payload) if size is None else size)
    if too_big:
        return [too_big]
    if not isinstance(payload, dict):
        return [f"payload is not a JSON object ({type(payload).__name__})"]
    found = _check(payload, RULES.get(kind, []), "")
    for (nested_kind, key), rules in NESTED.items():
        if nested_kind != kind:
            continue
        inner = payload.get(key)
        if not isinstance(inner, dict):
            found.append(f"{key}: missing or not an object")
        else:
            found.extend(_check(inner, rules, f"{key}."))
    return found


def _check(obj: dict[str, Any], rules: list[Rule], prefix: str) -> list[str]:
    found: list[str] = []
    for key, check, presence in rules:
        value = obj.get(key)
        if value is None:
            if presence == REQUIRED:
                found.append(f"{prefix}{key}: missing")
            continue
        if not check(value):
            found.append(f"{prefix}{key}: not {_describe(check)} ({_short(value)})")
    return found


def _describe(check: Check) -> str:
    names: dict[Check, str] = {is_time: "a time with a UTC offset", is_amount: "an amount ('1234.50')", is_text: "a text",
             is_id: "an id", is_count: "a count", is_text_list: "a list of texts"}
    return names.get(check, "an allowed value")


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"
