"""Claims on the centre: lease, heartbeat, expiry as an event, offline work, fencing after a reassignment."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation import messages
from workstation.bootstrap import attach_centre
from workstation.clock import FixedClock
from workstation.domain.events import EventKind
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import OutcomeCode
from workstation.errors import Conflict
from workstation.services import leads, outcomes
from workstation.services.claims import CENTRE, LOCAL
from workstation.store.models import Call, Event, Lead
from workstation.sync.centre import Centre
from workstation.sync.errors import CentreUnavailable, SyncRefused
from workstation.sync.options import SyncOptions
from workstation.sync.status import notices

DEAD_URL = "postgresql://postgres@127.0.0.1:9/nowhere"  # nothing listens on port 9: offline at once


def seed(ws, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = [leads.receive(ws, new_lead(i, minutes_ago=n - i)) for i in range(n)]
    centre_of(ws).sync_once()
    return ids


def server_lead(ws, lead_id: str) -> Lead:  # type: ignore[no-untyped-def]
    with centre_of(ws).server() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return lead


def test_next_lead_is_decided_on_the_server_with_a_lease(make_desk: DeskFactory, centre_url: str) -> None:
    a, b = make_desk("a", centre_url), make_desk("b", centre_url)
    seed(a, 2)
    centre_of(b).sync_once()
    first = leads.next_lead(a, "officer1").lead
    second = leads.next_lead(b, "officer2").lead
    assert first is not None and second is not None and first.id != second.id
    assert leads.next_lead(b, "officer2").lead is None  # the queue is empty on the server
    lead = server_lead(a, first.id)
    assert lead.owner == "officer1" and lead.lease_expires_at is not None
    assert lead.lease_expires_at > lead.claimed_at  # type: ignore[operator]
    with pytest.raises(Conflict):
        leads.claim(b, "officer2", first.id)


def test_heartbeat_keeps_a_lease_and_an_abandoned_one_expires(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url, lease_seconds=1)
    kept, abandoned = seed(a, 2)
    leads.claim(a, "officer1", kept)
    leads.claim(a, "officer2", abandoned)
    centre = centre_of(a)
    centre.officers = {"officer1"}  # officer2 walked away: nobody renews that lease
    for _ in range(3):
        time.sleep(0.5)
        assert centre.heartbeat() == 1
    assert centre.sweep() == 1
    assert server_lead(a, abandoned).owner is None and server_lead(a, abandoned).status == "new"
    assert server_lead(a, kept).owner == "officer1"
    centre.pull()
    with a.sessions() as s:
        kinds = s.scalars(select(Event.kind).where(Event.lead_id == abandoned)).all()
        assert EventKind.LEASE_EXPIRED in kinds
        assert s.get(Lead, abandoned).owner is None  # type: ignore[union-attr]
    assert [n.kind for n in notices(a, "officer2")] == [EventKind.LEASE_EXPIRED]
    assert leads.next_lead(a, "officer1").lead.id == abandoned  # type: ignore[union-attr]  (back in the queue)


def test_offline_next_lead_offers_only_held_leads_and_says_so(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    held = seed(a, 3)[0]
    leads.claim(a, "officer1", held)
    a.centre.close()  # type: ignore[union-attr]
    attach_centre(a, Centre(a, DEAD_URL, SyncOptions(connect_timeout=1)))
    result = leads.next_lead(a, "officer1")
    assert result.lead is not None and result.lead.id == held
    assert str(result.message) == "Offline: only the leads you already hold are offered (1)"
    nothing = leads.next_lead(a, "officer2")
    assert nothing.lead is None and getattr(nothing.message, "code", None) == "sync.offline_none"
    with pytest.raises(CentreUnavailable):
        leads.claim(a, "officer2", held)


def test_refuses_to_sync_when_the_clock_is_off(make_desk: DeskFactory, centre_url: str) -> None:
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=2))
    a = make_desk("a", centre_url, clock=clock)
    with pytest.raises(SyncRefused, match="clock"):
        centre_of(a).sync_once()


def test_reassigned_while_offline_keeps_both_and_tells_the_officer(make_desk: DeskFactory,
                                                                   centre_url: str) -> None:
    a, lead_desk = make_desk("a", centre_url), make_desk("lead", centre_url)
    lead_id = seed(a, 1)[0]
    leads.claim(a, "officer1", lead_id)
    online = a.centre
    a.attach(None, LOCAL)  # the network is cut (not closed): officer1 keeps working on the local copy
    centre_of(lead_desk).sync_once()
    centre_of(lead_desk).reassign("lead1", lead_id, "officer2")
    outcomes.record(a, "officer1", lead_id, OutcomeInput(
        code=OutcomeCode.PERSUADED.value, started_at=a.clock.now() - timedelta(minutes=3),
        ended_at=a.clock.now() - timedelta(minutes=1), notes="本人已知晓"))
    a.attach(online, CENTRE)
    centre_of(a).sync_once()
    lead = server_lead(a, lead_id)
    assert lead.owner == "officer2" and lead.status == "claimed"  # not taken back from its new owner
    with centre_of(a).server() as s:
        assert s.scalar(select(func.count()).select_from(Call).where(Call.lead_id == lead_id)) == 1
        kinds = set(s.scalars(select(Event.kind).where(Event.lead_id == lead_id)))
    assert {EventKind.LEAD_REASSIGNED, EventKind.OUTCOME_RECORDED} <= kinds
    with a.sessions() as s:
        assert s.get(Lead, lead_id).owner == "officer2"  # type: ignore[union-attr]
    told = notices(a, "officer1")
    assert len(told) == 1 and str(told[0].message) == "lead1 reassigned the lead to officer2; your call record is kept"
    messages.set_language("zh_CN")  # the words are made when shown, in the language of the face showing it
    assert str(told[0].message) == "线索已由 lead1 改派给 officer2；您的通话记录已保存"
