"""The facts printed forms need that a call does not produce, recorded as events (记录打印所需的事实).

A thank-you recipient (感谢信), thanks the centre received (锦旗…), a case's intake details (受案登记表) and an
in-person visit (上门劝阻告知书). Each function checks every field at once and raises InvalidInput naming
each bad field (the GUI shows each message by its field), then appends the officer's own event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.event_shapes import is_amount
from workstation.domain.events import iso
from workstation.domain.outcome import FieldError
from workstation.errors import InvalidInput, NotFound
from workstation.forms.data import CASE_SOURCES
from workstation.forms.facts import FactKind, fact_events
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.services.leads import resolve
from workstation.store.journal import append
from workstation.store.models import Officer

THANKS_RECEIVED_KINDS = ("letter", "banner", "other")  # 感谢信, 锦旗, other thanks
RECIPIENT_ROLES = ("citizen", "bank_clerk", "driver", "partner", "police", "other")
SHORT_TEXT = 200  # a name, an address, a place: one line of a form
LONG_TEXT = 2000  # the brief facts, a deed: a cell of a form, not a report
FUTURE_SLACK = timedelta(minutes=5)

NO_SUCH_OFFICER = message("documents.no_such_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
NEED_RECIPIENT = message("facts.need_recipient", QT_TRANSLATE_NOOP("Messages", "Enter who is thanked (a person or a unit)"))
NEED_DEED = message("facts.need_deed", QT_TRANSLATE_NOOP("Messages", "Describe what they did"))
BAD_AMOUNT = message("facts.bad_amount", QT_TRANSLATE_NOOP("Messages", "The amount must be a non-negative number of yuan with at most 12 digits and 2 decimals"))
UNKNOWN_ROLE = message("facts.unknown_role", QT_TRANSLATE_NOOP("Messages", "Unknown role '{role}' (one of: {roles})"))
UNKNOWN_KIND = message("facts.unknown_thanks_kind", QT_TRANSLATE_NOOP("Messages", "Unknown kind '{kind}' (one of: {kinds})"))
NEED_FROM = message("facts.need_from", QT_TRANSLATE_NOOP("Messages", "Enter who sent the thanks"))
NEED_SOURCE = message("facts.need_case_source", QT_TRANSLATE_NOOP("Messages", "Choose the case source"))
BAD_SOURCE = message("facts.bad_case_source", QT_TRANSLATE_NOOP("Messages", "The case source must be one of: {sources}"))
NEED_ADDRESS = message("facts.need_reporter_address", QT_TRANSLATE_NOOP("Messages", "Enter the reporter's address"))
NEED_FACTS = message("facts.need_brief_facts", QT_TRANSLATE_NOOP("Messages", "Enter the brief facts of the case"))
NEED_DECISION = message("facts.need_decision", QT_TRANSLATE_NOOP("Messages", "Choose or enter the intake decision"))
NEED_VISIT_ADDRESS = message("facts.need_visit_address", QT_TRANSLATE_NOOP("Messages", "Enter the address visited"))
NEED_TWO_OFFICERS = message("facts.need_two_officers", QT_TRANSLATE_NOOP("Messages", "Enter the two officers who visited"))
SAME_OFFICERS = message("facts.same_officers", QT_TRANSLATE_NOOP("Messages", "The two visiting officers must be two different people"))
NEED_TIME = message("facts.need_time", QT_TRANSLATE_NOOP("Messages", "Enter the date and time"))
IN_FUTURE = message("facts.in_future", QT_TRANSLATE_NOOP("Messages", "This time is in the future"))
TOO_LONG = message("facts.too_long", QT_TRANSLATE_NOOP("Messages", "Too long: at most {limit} characters (now {length})"))

CASE_LABELS: dict[str, Msg] = {"case_source": NEED_SOURCE(), "reporter_address": NEED_ADDRESS(),
                               "brief_facts": NEED_FACTS(), "decision": NEED_DECISION()}
CASE_OPTIONAL = ("received_place", "reporter_gender", "reporter_birth_date", "reporter_workplace",
                 "decision_note", "unit_name")


def officer_of(session: Session, username: str) -> Officer:
    """The active officer `username`, else NotFound."""
    officer = session.get(Officer, username)
    if officer is None or not officer.active:
        raise NotFound(NO_SUCH_OFFICER(username=username))
    return officer


def latest(ws: Workstation, lead_key: str, kind: FactKind) -> dict[str, Any] | None:
    """The payload of the fact of `kind` last recorded on the lead (a correction starts from it), or None."""
    with ws.sessions() as session:
        found = fact_events(session, resolve(session, lead_key), kind)
        return dict(found[-1].payload) if found else None


def _record(ws: Workstation, officer: str, lead_key: str, kind: FactKind, payload: dict[str, Any]) -> str:
    with ws.unit_of_work() as session:
        officer_of(session, officer)  # recording a fact is the officer's own, attributed event
        lead = resolve(session, lead_key)
        return append(session, lead, kind, payload, officer=officer, desk=ws.desk, at=ws.clock.now()).id


class _Check:
    """Collects every field's problem, so one refusal names them all (in field order)."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, name: str, msg: Msg) -> None:
        if all(e.field != name for e in self.errors):
            self.errors.append(FieldError(name, msg))

    def text(self, name: str, value: str, required: Msg | None = None, limit: int = SHORT_TEXT) -> str:
        value = (value or "").strip()
        if required is not None and not value:
            self.add(name, required)
        elif len(value) > limit:
            self.add(name, TOO_LONG(limit=limit, length=len(value)))
        return value

    def time(self, ws: Workstation, name: str, value: datetime | None, required: bool = True) -> None:
        if value is None:
            if required:
                self.add(name, NEED_TIME())
        elif value > ws.clock.now() + FUTURE_SLACK:
            self.add(name, IN_FUTURE())

    def done(self) -> None:
        if self.errors:
            raise InvalidInput(self.errors)


def add_thanks_recipient(ws: Workstation, officer: str, lead_key: str, recipient_name: str, deed: str,
                         occurred_at: datetime, *, recipient_org: str = "", role: str = "citizen",
                         amount_protected: Decimal | None = None) -> str:
    """Record who helped stop the fraud and what they did (感谢对象及事迹); returns the event id."""
    check = _Check()
    name = check.text("recipient_name", recipient_name, NEED_RECIPIENT())
    org = check.text("recipient_org", recipient_org)
    if role not in RECIPIENT_ROLES:
        check.add("role", UNKNOWN_ROLE(role=role, roles=", ".join(RECIPIENT_ROLES)))
    what = check.text("deed", deed, NEED_DEED(), LONG_TEXT)
    # Plain digits (1E+3 → 1000), and only what the centre and every desk take as an amount (event_shapes).
    amount = None if amount_protected is None else format(amount_protected, "f")
    if amount is not None and not is_amount(amount):
        check.add("amount_protected", BAD_AMOUNT())
    check.time(ws, "occurred_at", occurred_at)
    check.done()
    return _record(ws, officer, lead_key, FactKind.THANKS_RECIPIENT_ADDED, {
        "recipient_name": name, "recipient_org": org, "deed": what, "role": role,
        "occurred_at": iso(occurred_at), "amount_protected": amount})


def record_thanks_received(ws: Workstation, officer: str, lead_key: str, kind: str, from_name: str,
                           received_at: datetime, note: str = "") -> str:
    """Record thanks the centre received for this lead: a letter, a banner (锦旗)…; returns the event id."""
    check = _Check()
    if kind not in THANKS_RECEIVED_KINDS:
        check.add("kind", UNKNOWN_KIND(kind=kind, kinds=", ".join(THANKS_RECEIVED_KINDS)))
    sender = check.text("from_name", from_name, NEED_FROM())
    check.time(ws, "received_at", received_at)
    text = check.text("note", note, limit=LONG_TEXT)
    check.done()
    return _record(ws, officer, lead_key, FactKind.THANKS_RECEIVED, {
        "kind": kind, "from_name": sender, "received_at": iso(received_at), "note": text})


def record_case_details(ws: Workstation, officer: str, lead_key: str, details: Mapping[str, str],
                        received_at: datetime | None = None) -> str:
    """Record the intake details a 受案登记表 needs beyond the lead (address, facts, decision…).

    `details`: CASE_LABELS (required) and CASE_OPTIONAL keys; case_source is one of CASE_SOURCES.
    `received_at`: when the case was received (None: when recorded).
    """
    check = _Check()
    payload: dict[str, Any] = {}
    for key, required in CASE_LABELS.items():
        limit = LONG_TEXT if key in ("brief_facts", "decision") else SHORT_TEXT
        payload[key] = check.text(key, str(details.get(key, "")), required, limit)
    if payload["case_source"] and payload["case_source"] not in CASE_SOURCES:
        check.add("case_source", BAD_SOURCE(sources="、".join(CASE_SOURCES)))
    for key in CASE_OPTIONAL:
        payload[key] = check.text(key, str(details.get(key, "")), limit=LONG_TEXT if key == "decision_note"
                                  else SHORT_TEXT)
    check.time(ws, "received_at", received_at, required=False)
    check.done()
    payload["received_at"] = iso(received_at)
    return _record(ws, officer, lead_key, FactKind.CASE_DETAILS_RECORDED, payload)


def record_visit(ws: Workstation, officer: str, lead_key: str, address: str, officer_names: Sequence[str],
                 visited_at: datetime | None, *, unit_name: str = "", warning_text: str = "") -> str:
    """Record an in-person visit (上门劝阻): where, when, the two officers; returns the event id."""
    check = _Check()
    place = check.text("address", address, NEED_VISIT_ADDRESS())
    names = [check.text("officer_names", n) for n in officer_names]
    names = [n for n in names if n]
    if len(names) != 2:
        check.add("officer_names", NEED_TWO_OFFICERS())
    elif names[0] == names[1]:
        check.add("officer_names", SAME_OFFICERS())
    check.time(ws, "visited_at", visited_at)
    unit = check.text("unit_name", unit_name)
    warning = check.text("warning_text", warning_text, limit=LONG_TEXT)
    check.done()
    return _record(ws, officer, lead_key, FactKind.VISIT_RECORDED, {
        "address": place, "officer_names": names, "visited_at": iso(visited_at), "unit_name": unit,
        "warning_text": warning})
