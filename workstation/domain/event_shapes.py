"""The shape each event kind must have before anyone applies it (事件格式校验): one list of simple rules.

A desk checks every event it pulls from the centre against these rules before storing it (workstation.sync.pull);
the centre checks the same rules in PL/pgSQL when a desk pushes. Keep the two in step: each rule here is meant
to be written as one line of SQL.

Rules for every kind (known or not):
- the payload is a JSON object;
- its JSON text, as `events.payload` stores it (compact, UTF-8: `workstation.store.types.json_text`), is at most
  MAX_PAYLOAD_BYTES bytes. On PostgreSQL: `octet_length(payload) <= 131072` on the text column (ws_push refuses larger).

Value types used below:
- *time*: a string matching TIME_RE — `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` (hours 00-23, minutes and seconds 00-59)
  followed by `Z` or `±HH:MM` (a UTC offset is required, at most ±15:59), that is also a real date and time
  (PostgreSQL: the regex, then `::timestamptz` must not fail);
- *amount*: a string matching AMOUNT_RE — digits, optionally a point and one or two digits, not negative, at most
  12 digits before the point (it fits Numeric(14, 2)); e.g. "0", "1000", "1234.50". A JSON number is not one;
- *text*: a JSON string; *id*: a non-empty JSON string of at most 64 characters;
- *count*: a JSON integer (not a boolean), 0 or more (PostgreSQL: jsonb_typeof = 'number' and the text ~ '^\\d+$');
- *texts*: a JSON list of texts; *two texts*: a list of exactly two texts;
- one of LeadStatus: new, claimed, callback, stop_payment, escalated, closed;
- one of OutcomeCode: persuaded, no_answer, busy, refused, wrong_number, not_deceived, transferred,
  callback_requested, station_visit;
- one of VERDICTS (a team lead's review, workstation.reports.calls.Verdict): reviewed, follow_up, commended.
A key marked "(optional)" may be missing or JSON null; "(not null)" may be missing but, when present, has its
type (the readers take a missing one as its default, and would fail on null); every other key named is
required: present, not null, of its type. Keys not named are not checked.

Rules per kind (other kinds get only the rules for every kind):
- lead_received: deadline_at time; triggered_at time (optional).
- trigger_added: deadline_at time; triggered_at time; trigger_kind, trigger_detail text (optional).
- lead_claimed: token id; lease_expires_at time (optional).
- lead_reassigned: to id; token id; from id (optional); from_token id (optional); lease_expires_at time
  (optional).
- outcome_recorded: code one of OutcomeCode; started_at time; ended_at time; result a JSON object with
  status one of LeadStatus, next_due_at time (optional), attempts count (not null), reserved_until time
  (optional: a callback kept for the officer who recorded it, migration 0015); amount_protected and
  amount_lost amount (not null); callback_at time (optional); contacted_party, relation, notes, station,
  channel text (not null); checkpoints texts (not null); script_id text (optional); script_version count
  (optional); callback_for text (optional: "me" or "anyone").
- stop_payment_requested: victim_account, victim_bank, fraud_account, fraud_bank text; amount amount;
  fraud_account_name text (not null); transferred_at time (optional).
- reviewed: verdict one of VERDICTS; call_event_id, comment, call_officer text (optional).
- document_printed: document_id id (optional).
- thanks_recipient_added: recipient_name, deed text; recipient_org, role text (not null); occurred_at time
  (optional); amount_protected amount (optional).
- thanks_received: kind, from_name text; received_at time (optional); note text (not null).
- case_details_recorded: case_source, reporter_address, brief_facts, decision text; received_place,
  reporter_gender, reporter_birth_date, reporter_workplace, decision_note, unit_name text (not null);
  received_at time (optional).
- visit_recorded: address text; officer_names two texts; visited_at time (optional); unit_name, warning_text,
  scam_description text (optional).

The centre holds the same rules as data (`ws_centre.shape_rules()`, migrations 0013, 0015 and 0017), and a test
checks that they are these (`centre_rules`); the centre adds bounds of its own (text lengths, amounts, enums).

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
TIME_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?"
                     r"(Z|[+-](0[0-9]|1[0-5]):[0-5][0-9])$")
AMOUNT_RE = re.compile(r"^[0-9]{1,12}(\.[0-9]{1,2})?$")
VERDICTS = ("reviewed", "follow_up", "commended")  # workstation.reports.calls.Verdict (a test keeps them equal)
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


def is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_two_texts(value: Any) -> bool:
    return is_text_list(value) and len(value) == 2


def _member(name: str, values: frozenset[str]) -> Check:
    def check(value: Any) -> bool:
        return isinstance(value, str) and value in values

    check.__name__ = name
    return check


is_lead_status = _member("is_lead_status", frozenset(v.value for v in LeadStatus))
is_outcome_code = _member("is_outcome_code", frozenset(v.value for v in OutcomeCode))
is_verdict = _member("is_verdict", frozenset(VERDICTS))

# (key, check, presence): REQUIRED — present, not null, valid; NOT_NULL — missing or valid; OPTIONAL — missing,
# null, or valid.
Rule = tuple[str, Check, str]
REQUIRED, NOT_NULL, OPTIONAL = "required", "not_null", "optional"

_RESULT: list[Rule] = [("status", is_lead_status, REQUIRED), ("next_due_at", is_time, OPTIONAL),
                       ("attempts", is_count, NOT_NULL), ("reserved_until", is_time, OPTIONAL)]

RULES: dict[str, list[Rule]] = {
    EventKind.LEAD_RECEIVED: [("deadline_at", is_time, REQUIRED), ("triggered_at", is_time, OPTIONAL)],
    # A repeat warning's kind and detail are kept in sets and shown on the lead's page (intake_dedup, lead_info).
    EventKind.TRIGGER_ADDED: [("deadline_at", is_time, REQUIRED), ("triggered_at", is_time, REQUIRED),
                              ("trigger_kind", is_text, OPTIONAL), ("trigger_detail", is_text, OPTIONAL)],
    EventKind.LEAD_CLAIMED: [("token", is_id, REQUIRED), ("lease_expires_at", is_time, OPTIONAL)],
    EventKind.LEAD_REASSIGNED: [("to", is_id, REQUIRED), ("token", is_id, REQUIRED), ("from", is_id, OPTIONAL),
                                ("from_token", is_id, OPTIONAL), ("lease_expires_at", is_time, OPTIONAL)],
    EventKind.OUTCOME_RECORDED: [
        ("code", is_outcome_code, REQUIRED), ("started_at", is_time, REQUIRED),
        ("ended_at", is_time, REQUIRED), ("callback_at", is_time, OPTIONAL),
        ("amount_protected", is_amount, NOT_NULL), ("amount_lost", is_amount, NOT_NULL),
        ("contacted_party", is_text, NOT_NULL),
        ("relation", is_text, NOT_NULL), ("notes", is_text, NOT_NULL), ("station", is_text, NOT_NULL),
        ("channel", is_text, NOT_NULL), ("checkpoints", is_text_list, NOT_NULL),
        ("script_id", is_text, OPTIONAL), ("script_version", is_count, OPTIONAL),
        ("callback_for", is_text, OPTIONAL),
    ],
    EventKind.STOP_PAYMENT_REQUESTED: [
        ("victim_account", is_text, REQUIRED), ("victim_bank", is_text, REQUIRED),
        ("fraud_account", is_text, REQUIRED), ("fraud_bank", is_text, REQUIRED), ("amount", is_amount, REQUIRED),
        ("fraud_account_name", is_text, NOT_NULL), ("transferred_at", is_time, OPTIONAL),
    ],
    EventKind.REVIEWED: [("verdict", is_verdict, REQUIRED), ("call_event_id", is_text, OPTIONAL),
                         ("comment", is_text, OPTIONAL), ("call_officer", is_text, OPTIONAL)],
    EventKind.DOCUMENT_PRINTED: [("document_id", is_id, OPTIONAL)],
    # The facts a person records for printing (workstation.forms.facts.FactKind), as its forms read them.
    "thanks_recipient_added": [
        ("recipient_name", is_text, REQUIRED), ("deed", is_text, REQUIRED), ("recipient_org", is_text, NOT_NULL),
        ("role", is_text, NOT_NULL), ("occurred_at", is_time, OPTIONAL), ("amount_protected", is_amount, OPTIONAL),
    ],
    "thanks_received": [("kind", is_text, REQUIRED), ("from_name", is_text, REQUIRED),
                        ("received_at", is_time, OPTIONAL), ("note", is_text, NOT_NULL)],
    "case_details_recorded": [
        ("case_source", is_text, REQUIRED), ("reporter_address", is_text, REQUIRED),
        ("brief_facts", is_text, REQUIRED), ("decision", is_text, REQUIRED),
        ("received_place", is_text, NOT_NULL), ("reporter_gender", is_text, NOT_NULL),
        ("reporter_birth_date", is_text, NOT_NULL), ("reporter_workplace", is_text, NOT_NULL),
        ("decision_note", is_text, NOT_NULL), ("unit_name", is_text, NOT_NULL), ("received_at", is_time, OPTIONAL),
    ],
    "visit_recorded": [
        ("address", is_text, REQUIRED), ("officer_names", is_two_texts, REQUIRED), ("visited_at", is_time, OPTIONAL),
        ("unit_name", is_text, OPTIONAL), ("warning_text", is_text, OPTIONAL), ("scam_description", is_text, OPTIONAL),
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
        if key not in obj:
            if presence == REQUIRED:
                found.append(f"{prefix}{key}: missing")
            continue
        value = obj[key]
        if value is None:
            if presence != OPTIONAL:
                found.append(f"{prefix}{key}: missing" if presence == REQUIRED else f"{prefix}{key}: null")
            continue
        if not check(value):
            found.append(f"{prefix}{key}: not {_describe(check)} ({_short(value)})")
    return found


def _describe(check: Check) -> str:
    names: dict[Check, str] = {is_time: "a time with a UTC offset", is_amount: "an amount ('1234.50')", is_text: "a text",
             is_id: "an id", is_count: "a count", is_text_list: "a list of texts", is_two_texts: "two texts"}
    return names.get(check, "an allowed value")


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


# The names ws_centre.shape_rules() gives the checks above.
CENTRE_CHECKS: dict[Check, str] = {
    is_time: "time", is_amount: "amount", is_text: "text", is_id: "id", is_count: "count", is_text_list: "texts",
    is_two_texts: "two_texts", is_lead_status: "lead_status", is_outcome_code: "outcome_code", is_verdict: "verdict",
}


def centre_rules() -> dict[str, list[list[str]]]:
    """RULES and NESTED in the form of the centre's ws_centre.shape_rules() (migration 0015), to compare."""
    out = {str(kind): [[key, CENTRE_CHECKS[check], presence] for key, check, presence in rules]
           for kind, rules in RULES.items()}
    for (kind, key), rules in NESTED.items():
        out[f"{kind}.{key}"] = [[k, CENTRE_CHECKS[check], presence] for k, check, presence in rules]
    return out
