"""Push and pull between desks through a real PostgreSQL: outbox, idempotence, cursor, dead letters."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation.domain.events import EventKind
from workstation.services import leads
from workstation.store.journal import append
from workstation.store.models import Event, Lead
from workstation.store.models_sync import DeadLetter, OutboxEntry
from workstation.sync.errors import CentreUnavailable
from workstation.sync.status import dead_letters


def count(ws, model, *where) -> int:  # type: ignore[no-untyped-def]
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_every_local_event_lands_in_the_outbox_in_its_transaction(make_desk: DeskFactory) -> None:
    ws = make_desk("a")
    leads.receive(ws, new_lead(1))
    with ws.unit_of_work() as s:
        leads.receive_many(ws, s, [new_lead(i) for i in range(2, 5)])  # bulk Core inserts, no ORM
    assert count(ws, Event) == count(ws, OutboxEntry) == 4
    with pytest.raises(RuntimeError), ws.unit_of_work() as s:
        append(s, None, "note", {}, officer=None, desk="a", at=ws.clock.now())
        raise RuntimeError("rolled back")
    assert count(ws, OutboxEntry) == 4  # the outbox row went with the event


def test_push_then_pull_reaches_another_desk_once(make_desk: DeskFactory, centre_url: str) -> None:
    a, b = make_desk("a", centre_url), make_desk("b", centre_url)
    ids = [leads.receive(a, new_lead(i)) for i in range(5)]
    report = centre_of(a).sync_once()
    assert (report.pushed, report.pushed_new) == (5, 5)
    assert count(a, OutboxEntry) == 0 and count(a, Event, Event.server_seq.is_(None)) == 0
    centre_of(b).sync_once()
    assert sorted(ids) == sorted(r.id for r in leads.my_leads(b, "nobody")) or count(b, Lead) == 5
    assert count(b, Event) == 5 and count(b, OutboxEntry) == 0
    for desk in (a, b):  # sending and fetching again changes nothing
        again = centre_of(desk).sync_once()
        assert again.pushed == 0 and again.pulled == 0
    with centre_of(a).server() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 5
        assert s.scalar(select(func.count(func.distinct(Event.server_seq)))) == 5


def test_a_lost_acknowledgement_resends_without_duplicates(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    for i in range(7):
        leads.receive(a, new_lead(i))
    centre = centre_of(a)

    def lose_ack(_ids: list[str]) -> None:
        raise CentreUnavailable("connection lost after the server committed")

    centre.after_server_commit = lose_ack
    with pytest.raises(CentreUnavailable):
        centre.sync_once()
    assert count(a, OutboxEntry) == 7  # nothing acknowledged, so nothing left the outbox
    centre.after_server_commit = None
    report = centre.sync_once()
    assert not [r for _, r, _ in dead_letters(a)]
    assert report.pushed == 7 and report.pushed_new == 0
    assert count(a, OutboxEntry) == 0 and count(a, Event, Event.server_seq.is_(None)) == 0
    with centre.server() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 7


def test_a_refused_event_goes_to_dead_letters_and_blocks_nothing(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url, push_batch=4)
    for i in range(3):
        leads.receive(a, new_lead(i))
    with a.unit_of_work() as s:  # SQLite keeps it; PostgreSQL's varchar(32) refuses it for good
        bad = append(s, None, "x" * 40, {}, officer=None, desk="a", at=a.clock.now()).id
    for i in range(3, 6):
        leads.receive(a, new_lead(i))
    report = centre_of(a).sync_once()
    assert report.dead == 1 and report.pushed == 6
    with a.sessions() as s:
        assert s.scalars(select(DeadLetter.event_id)).all() == [bad]
    assert count(a, OutboxEntry) == 0


def test_pull_rereads_an_overlap_and_keeps_its_cursor(make_desk: DeskFactory, centre_url: str) -> None:
    a, b = make_desk("a", centre_url), make_desk("b", centre_url, pull_batch=3, pull_overlap=2)
    for i in range(8):
        leads.receive(a, new_lead(i))
    centre_of(a).sync_once()
    assert centre_of(b).pull() == 8
    with centre_of(a).server() as s:
        top = s.scalar(select(func.max(Event.server_seq)))
    with b.sessions() as s:
        assert int(s.scalar(text("SELECT value FROM sync_state WHERE key = 'cursor'"))) == top
    assert centre_of(b).pull() == 0
    assert count(b, Lead) == 8 and count(b, Event) == 8


def test_projection_follows_events_pulled_later(make_desk: DeskFactory, centre_url: str) -> None:
    a, b = make_desk("a", centre_url), make_desk("b", centre_url)
    lead_id = leads.receive(a, new_lead(1))
    centre_of(a).sync_once()
    got = leads.next_lead(a, "officer1")
    assert got.lead is not None and got.lead.id == lead_id
    centre_of(b).sync_once()
    with b.sessions() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None and lead.owner == "officer1" and lead.status == "claimed"
        kinds = s.scalars(select(Event.kind).where(Event.lead_id == lead_id).order_by(Event.server_seq)).all()
    assert kinds == [EventKind.LEAD_RECEIVED, EventKind.LEAD_CLAIMED]
