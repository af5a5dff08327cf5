"""What PostgreSQL itself guarantees for centre mode: append-only history, roles, NOTIFY wake-ups, the poll."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from tests.support import pg
from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation.desk import Workstation
from workstation.errors import NotAllowed
from workstation.services import leads
from workstation.store.models import Lead
from workstation.sync.listener import Listener
from workstation.sync.status import dead_letters
from workstation.sync.worker import SyncWorker


@pytest.fixture
def login_role(pg_admin: pg.PgServer) -> Iterator[object]:
    made: list[str] = []

    def make(group: str) -> str:
        name = f"ws_test_{group}_{secrets.token_hex(4)}"
        with pg_admin.connect() as conn:
            conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
        made.append(name)
        return name

    yield make
    with pg_admin.connect() as conn:
        for name in made:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def libpq(url: str) -> str:
    return pg.libpq_url(url)


def test_history_cannot_be_rewritten_even_by_the_owner(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    leads.receive(a, new_lead(1))
    centre_of(a).sync_once()
    with psycopg.connect(libpq(centre_url), autocommit=True) as conn:  # a superuser
        for stmt in ("UPDATE events SET officer = 'x'", "DELETE FROM events", "TRUNCATE events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                conn.execute(stmt)
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)


def test_a_desk_login_that_is_no_officer_can_write_nothing(make_desk: DeskFactory, centre_url: str,
                                                         login_role) -> None:  # type: ignore[no-untyped-def]
    a = make_desk("a", centre_url)
    leads.receive(a, new_lead(1))
    centre_of(a).sync_once()
    desk_url = as_role(centre_url, login_role("ws_desk"))  # a desk's own credentials (the old model)
    with psycopg.connect(libpq(centre_url), autocommit=True) as conn:
        before = conn.execute("SELECT count(*), max(server_seq) FROM events").fetchone()
    with psycopg.connect(libpq(desk_url), autocommit=True) as conn:
        for stmt in ("UPDATE events SET officer = 'x'", "DELETE FROM events", "DELETE FROM leads",
                     "INSERT INTO events (id, kind, desk, occurred_at, payload) VALUES ('x', 'k', 'd', now(), '{}')",
                     "DROP TABLE events", "UPDATE officers SET role = 'lead'", "SELECT ws_claim_next(60)",
                     "SELECT * FROM ws_push('[]'::jsonb)"):
            with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.WrongObjectType)):
                conn.execute(stmt)
    with psycopg.connect(libpq(centre_url), autocommit=True) as conn:
        assert conn.execute("SELECT count(*), max(server_seq) FROM events").fetchone() == before


def test_only_a_team_lead_may_reassign(make_desk: DeskFactory, centre_url: str) -> None:
    desk = make_desk("desk", centre_url)
    team = make_desk("team", centre_url)
    lead_id = leads.receive(desk, new_lead(1))
    centre_of(desk).sync_once()
    leads.claim(desk, "officer1", lead_id)
    with pytest.raises(NotAllowed, match="team lead"):
        centre_of(desk).reassign("officer2", lead_id, "officer2")
    centre_of(team).sync_once()
    centre_of(team).reassign("lead1", lead_id, "officer2")
    with centre_of(team).server() as s:
        assert s.get(Lead, lead_id).owner == "officer2"  # type: ignore[union-attr]
    # A reassignment written on a desk is refused by the centre (only its own function records one).
    from workstation.domain.events import EventKind
    from workstation.store.journal import append, new_id

    with desk.unit_of_work() as s:
        lead = s.get(Lead, lead_id)
        append(s, lead, EventKind.LEAD_REASSIGNED, {"from": "officer2", "to": "officer1", "token": new_id()},
               officer="officer1", desk="desk", at=desk.clock.now())
    assert centre_of(desk).sync_once().dead == 1
    assert "only by the centre" in dead_letters(desk)[0][1]


def wait_for(predicate, timeout: float = 10.0) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.01)
    raise AssertionError("timed out")


def has_lead(ws: Workstation, lead_id: str) -> bool:
    with ws.sessions() as s:
        return s.get(Lead, lead_id) is not None


def test_listener_hears_new_leads(centre_url: str, make_desk: DeskFactory) -> None:
    heard: list[int] = []
    listener = Listener(centre_url, heard.append)
    listener.start()
    try:
        wait_for(listener.listening.is_set)
        a = make_desk("a", centre_url)
        leads.receive(a, new_lead(1))
        centre_of(a).push()
        wait_for(lambda: heard)
        assert heard[0] > 0
    finally:
        listener.stop()
        listener.join(5)


def heard_within(conn: psycopg.Connection, seconds: float) -> list[str]:
    return [note.payload for note in conn.notifies(timeout=seconds, stop_after=1)]


def test_a_claim_wakes_the_other_desks_once_it_committed(centre_url: str, make_desk: DeskFactory) -> None:
    """A NOTIFY holds a database-wide lock from commit until the commit is on disk, so the claim's own transaction
    sends none (migration 0014): the claiming desk announces it once it committed, off the officer's wait."""
    a = make_desk("a", centre_url)
    first, second = leads.receive(a, new_lead(1)), leads.receive(a, new_lead(2))
    centre_of(a).push()
    with psycopg.connect(libpq(centre_url), autocommit=True) as listening:
        listening.execute("LISTEN ws_events")
        with psycopg.connect(libpq(centre_url), autocommit=True) as claimer:  # the server's claim, alone
            assert claimer.execute("SELECT ws_claim_next(60, 'officer1')").fetchone() in ((first,), (second,))
            assert heard_within(listening, 0.5) == []
            top = claimer.execute("SELECT max(server_seq) FROM events").fetchone()
            assert claimer.execute("SELECT ws_announce()").fetchone() == top
        assert heard_within(listening, 5) == [str(top[0])]
        got = leads.next_lead(a, "officer2").lead  # the desk's claim: announced by its own thread
        assert got is not None and got.id in (first, second)
        assert heard_within(listening, 5) != []


@pytest.mark.parametrize("listen", [True, False], ids=["notify", "poll-only"])
def test_worker_brings_a_new_lead_to_another_desk(make_desk: DeskFactory, centre_url: str, listen: bool) -> None:
    producer = make_desk("producer", centre_url)
    consumer = make_desk("consumer", centre_url, listen=listen, poll_seconds=60 if listen else 0.5,
                         push_interval=0.1)
    worker = SyncWorker(centre_of(consumer))
    worker.start()
    try:
        wait_for(lambda: worker.online)
        if listen:
            wait_for(worker.listener.listening.is_set)  # type: ignore[union-attr]
        lead_id = leads.receive(producer, new_lead(1))
        centre_of(producer).push()
        wait_for(lambda: has_lead(consumer, lead_id))
        status = worker.status()
        assert status.online and status.pending == 0 and status.last_sync_at is not None
        with centre_of(producer).server() as s:
            assert s.scalar(select(func.count()).select_from(Lead)) == 1
    finally:
        worker.stop()
