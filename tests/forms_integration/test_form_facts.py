"""Recording the facts forms need: every bad field named at once, by its field and code; nothing recorded."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.core.conftest import NOW, make_lead
from tests.forms_integration.conftest import OFFICER
from workstation.desk import Workstation
from workstation.errors import InvalidInput
from workstation.forms.facts import FactKind
from workstation.services import documents, leads


def _refusal(call: object) -> dict[str, str]:
    with pytest.raises(InvalidInput) as refused:
        call()  # type: ignore[operator]
    return {e.field: e.message.code for e in refused.value.errors}  # type: ignore[union-attr]


def _kinds(ws: Workstation, lead_id: str) -> list[str]:
    return [e.kind for e in leads.detail(ws, lead_id).events]


def test_case_details_name_every_missing_or_bad_field(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    before = _kinds(desk, lead_id)
    assert _refusal(lambda: documents.record_case_details(
        desk, OFFICER, lead_id, {"case_source": "路过", "brief_facts": "   ", "reporter_workplace": "x" * 201},
        NOW + timedelta(hours=1))) == {
        "case_source": "facts.bad_case_source", "reporter_address": "facts.need_reporter_address",
        "brief_facts": "facts.need_brief_facts", "decision": "facts.need_decision",
        "reporter_workplace": "facts.too_long", "received_at": "facts.in_future"}
    assert _kinds(desk, lead_id) == before  # nothing recorded
    documents.record_case_details(desk, OFFICER, lead_id, {
        "case_source": "报案", "reporter_address": " 望京西园三区 ", "brief_facts": "被诱导转账。", "decision": "其他"},
        NOW - timedelta(minutes=10))
    last = leads.detail(desk, lead_id).events[-1]
    assert last.kind == FactKind.CASE_DETAILS_RECORDED and last.payload["reporter_address"] == "望京西园三区"


def test_a_visit_needs_an_address_two_different_officers_and_a_past_time(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    assert _refusal(lambda: documents.record_visit(desk, OFFICER, lead_id, " ", ["孙磊", ""], None)) == {
        "address": "facts.need_visit_address", "officer_names": "facts.need_two_officers",
        "visited_at": "facts.need_time"}
    assert _refusal(lambda: documents.record_visit(desk, OFFICER, lead_id, "某路1号", ["孙磊", " 孙磊"],
                                                   NOW + timedelta(days=1))) == {
        "officer_names": "facts.same_officers", "visited_at": "facts.in_future"}
    documents.record_visit(desk, OFFICER, lead_id, "某路1号", ["孙磊", "周静"], NOW)
    assert _kinds(desk, lead_id)[-1] == FactKind.VISIT_RECORDED


def test_a_thank_you_recipient_is_checked_field_by_field(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    assert _refusal(lambda: documents.add_thanks_recipient(
        desk, OFFICER, lead_id, "", "", NOW + timedelta(hours=2), role="boss",
        amount_protected=Decimal("-1"))) == {
        "recipient_name": "facts.need_recipient", "role": "facts.unknown_role", "deed": "facts.need_deed",
        "amount_protected": "facts.bad_amount", "occurred_at": "facts.in_future"}
    with pytest.raises(InvalidInput) as refused:
        documents.add_thanks_recipient(desk, OFFICER, lead_id, "", "拦截转账", NOW)
    assert str(refused.value.errors[0].message) == "Enter who is thanked (a person or a unit)"
