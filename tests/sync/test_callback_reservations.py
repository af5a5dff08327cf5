"""A callback the officer keeps ("me", migration 0015): on the centre nobody else takes it before its time and
grace, ws_claim refuses it, ws_claim_next passes over it; afterwards, or for "anyone", it is anyone's."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation.bootstrap import attach_centre
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import CallbackFor, OutcomeCode
from workstation.errors import Conflict
from workstation.services import leads, outcomes
from workstation.store.models import Lead
from workstation.sync import claims


def arrange_callback(ws, officer: str, lead_id: str, *, seconds: float, who: str) -> None:  # type: ignore[no-untyped-def]
    """`officer` holds the lead and records a callback `seconds` from now, kept for them or anyone's."""
    now = ws.clock.now()
    outcomes.record(ws, officer, lead_id, OutcomeInput(
        code=OutcomeCode.CALLBACK_REQUESTED.value, started_at=now - timedelta(minutes=2), ended_at=now,
        notes="约定稍后回拨", callback_at=now + timedelta(seconds=seconds), callback_for=who))
    centre_of(ws).sync_once()


def server_lead(ws, lead_id: str) -> Lead:  # type: ignore[no-untyped-def]
    with centre_of(ws).server() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        s.expunge(lead)
        return lead


def one_lead(make_desk: DeskFactory, centre_url: str, grace: int):  # type: ignore[no-untyped-def]
    a, b = make_desk("a", centre_url), make_desk("b", centre_url)
    for desk in (a, b):
        desk.settings = replace(desk.settings, callback_grace=grace)
    lead_id = leads.receive(a, new_lead(0))
    centre_of(a).sync_once()
    assert leads.next_lead(a, "officer1").lead.id == lead_id  # type: ignore[union-attr]
    return a, b, lead_id


def test_a_me_callback_is_refused_to_another_officer_until_its_grace_ends(make_desk: DeskFactory,
                                                                          centre_url: str) -> None:
    a, b, lead_id = one_lead(make_desk, centre_url, grace=15)
    arrange_callback(a, "officer1", lead_id, seconds=1, who=CallbackFor.ME)
    time.sleep(1.2)  # the callback is due now; its officer keeps it for 15 minutes more
    kept = server_lead(a, lead_id)
    assert kept.status == "callback" and kept.owner is None and kept.reserved_for == "officer1"
    assert kept.reserved_until is not None and kept.reserved_until > kept.next_due_at  # type: ignore[operator]
    centre_of(b).sync_once()
    assert leads.next_lead(b, "officer2").lead is None  # ws_claim_next passes over it
    with pytest.raises(Conflict) as refused:  # the desk says why, in the officer's words
        leads.claim(b, "officer2", lead_id)
    assert refused.value.code == "leads.kept_for" and "officer1" in str(refused.value)
    with centre_of(b).server() as s, s.begin(), pytest.raises(Conflict, match="kept for officer1's callback") as by:
        claims.claim_one(s, lead_id, "officer2", 60)  # the centre refuses it itself, whatever a desk does
    assert by.value.code == "centre.kept_for"  # its text mapped to the desk's message
    assert server_lead(a, lead_id).owner is None
    back = leads.next_lead(a, "officer1").lead  # its own officer takes it at once
    assert back is not None and back.id == lead_id
    taken = server_lead(a, lead_id)
    assert taken.owner == "officer1" and taken.reserved_for is None and taken.reserved_until is None


def test_after_the_grace_or_for_anyone_another_officer_may_take_it(make_desk: DeskFactory,
                                                                   centre_url: str) -> None:
    a, b, lead_id = one_lead(make_desk, centre_url, grace=0)
    arrange_callback(a, "officer1", lead_id, seconds=1, who=CallbackFor.ME)
    time.sleep(1.2)  # due, and no grace: officer1 is away past the time, so it falls back to anyone
    centre_of(b).sync_once()
    taken = leads.next_lead(b, "officer2").lead
    assert taken is not None and taken.id == lead_id
    assert server_lead(a, lead_id).owner == "officer2"

    other = leads.receive(a, new_lead(1))
    centre_of(a).sync_once()
    assert leads.claim(a, "officer1", other).row.owner == "officer1"
    arrange_callback(a, "officer1", other, seconds=600, who=CallbackFor.ANYONE)
    assert server_lead(a, other).reserved_for is None
    centre_of(b).sync_once()
    assert leads.claim(b, "officer2", other).row.owner == "officer2"  # not due yet, but anyone's to take


def test_offline_the_desk_still_refuses_a_kept_callback(make_desk: DeskFactory, centre_url: str) -> None:
    a, b, lead_id = one_lead(make_desk, centre_url, grace=15)
    arrange_callback(a, "officer1", lead_id, seconds=600, who=CallbackFor.ME)
    centre_of(b).sync_once()
    with pytest.raises(Conflict):
        leads.claim(b, "officer2", lead_id)
    b.centre.close()  # type: ignore[union-attr]
    attach_centre(b, None)  # a desk on its own SQLite keeps the same rule
    with pytest.raises(Conflict):
        leads.claim(b, "officer2", lead_id)
