"""F5 in centre mode copies the claimed lead in one local transaction (sync/claim_copy): the desk ends with exactly
the rows the general way (pull.apply_remote, then leads.detail) leaves, on a real PostgreSQL centre.

Each lead claimed by the desk under test is also brought, the general way, into a second desk from the very rows
the claim read; the two desks' SQLite rows are compared as stored (raw text, not through SQLAlchemy's types), and
the projection with the server's own. The leads have histories: a stop-payment with a call and a release, a
reassignment then a release, a callback that came due, plain new leads.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from tests.support import pg
from tests.sync.conftest import DeskFactory, centre_of, new_lead
from tests.sync.test_set_aside import on_centre
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.domain.types import OutcomeCode
from workstation.security import audit
from workstation.services import leads, outcomes
from workstation.store.models import Call, Event, Lead
from workstation.store.models_sync import SetAside
from workstation.store.views import LeadDetail
from workstation.sync import claim_copy
from workstation.sync.pull import apply_remote

STATE = ("status", "owner", "claim_token", "claimed_at", "lease_expires_at", "attempts", "next_due_at", "rank_at",
         "last_outcome", "last_event_at", "amount_protected", "amount_lost", "last_claim_token", "reserved_for",
         "reserved_until")
CALL_FIELDS = tuple(c.key for c in Call.__table__.columns)


def histories(worker: Workstation, team: Workstation) -> dict[str, str]:
    """Leads with a history on the centre, made by officers as they work; their ids by what happened."""
    ids = [leads.receive(worker, new_lead(i, minutes_ago=30 - i)) for i in range(6)]
    centre_of(worker).sync_once()
    now = worker.clock.now()
    stop, moved, callback = ids[0], ids[1], ids[2]

    leads.claim(worker, "officer2", stop)
    outcomes.record(worker, "officer2", stop, OutcomeInput(
        code=OutcomeCode.TRANSFERRED.value, started_at=now - timedelta(minutes=3), ended_at=now - timedelta(minutes=1),
        deceived=True, amount_lost=Decimal("1200.50"), checkpoints=("safe_account", "no_secret"), notes="已转账",
        stop_payment=StopPaymentDetails("6222020000000000001", "中国工商银行", "6217000000000000002", "李四",
                                        "中国建设银行", Decimal("1200.50"), now - timedelta(minutes=20))))
    centre_of(worker).sync_once()
    leads.release(worker, "officer2", stop)  # a stop-payment waits for anyone, with its call on record

    leads.claim(worker, "officer2", moved)
    centre_of(team).sync_once()
    centre_of(team).reassign("lead1", moved, "lead1")
    centre_of(team).release("lead1", moved)

    leads.claim(worker, "officer2", callback)
    # The callback's times from the clock now: the syncs above once took more than the second it was given.
    now = worker.clock.now()
    due = now + timedelta(seconds=2)
    outcomes.record(worker, "officer2", callback, OutcomeInput(
        code=OutcomeCode.CALLBACK_REQUESTED.value, started_at=now - timedelta(minutes=2), ended_at=now,
        notes="约定稍后回拨", callback_at=due, callback_for="anyone"))
    centre_of(worker).sync_once()
    time.sleep(max(0.0, (due - worker.clock.now()).total_seconds()) + 0.2)  # due: anyone may take it again
    return {"stop": stop, "moved": moved, "callback": callback, "new": ids[3]}


def raw_rows(ws: Workstation, lead_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """The lead's rows as SQLite stores them (text, numbers), without SQLAlchemy's types in between."""
    conn = sqlite3.connect(ws.settings.data_dir / "workstation.sqlite3")
    try:
        return {
            "leads": conn.execute("SELECT * FROM leads WHERE id = ?", (lead_id,)).fetchall(),
            "events": conn.execute("SELECT * FROM events WHERE lead_id = ? ORDER BY id", (lead_id,)).fetchall(),
            "calls": conn.execute("SELECT * FROM calls WHERE lead_id = ? ORDER BY event_id", (lead_id,)).fetchall(),
            "outbox": conn.execute("SELECT o.* FROM sync_outbox o JOIN events e ON e.id = o.event_id "
                                   "WHERE e.lead_id = ?", (lead_id,)).fetchall(),
        }
    finally:
        conn.close()


def the_general_way(desk: Workstation, claimed: claim_copy.Claimed, officer: str) -> LeadDetail:
    """What F5 did before: apply_remote of the rows the claim read, then the holder's audited read."""
    apply_remote(desk.sessions, None, claimed.events, desk=desk.desk, now=desk.clock.now(), cursor_to=None,
                 whole_leads=[claimed.lead] if claimed.lead is not None else [])
    return leads.detail(desk, claimed.lead_id, officer=officer)


def spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, claim_copy.Claimed]]:
    """Record, for every centre claim, whether the short way ran and what the claim read on the server."""
    seen: list[tuple[bool, claim_copy.Claimed]] = []
    real = claim_copy.copy_claimed

    def recording(ws: Workstation, claimed: claim_copy.Claimed, view: Callable[[Any], Any]) -> Any:
        done, result = real(ws, claimed, view)
        seen.append((done, claimed))
        return done, result

    monkeypatch.setattr("workstation.sync.centre.copy_claimed", recording)
    return seen


def server_state(ws: Workstation, lead_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with centre_of(ws).server() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        calls = [{f: getattr(c, f) for f in CALL_FIELDS}
                 for c in s.scalars(select(Call).where(Call.lead_id == lead_id).order_by(Call.event_id))]
        return {f: getattr(lead, f) for f in STATE}, calls


def local_state(ws: Workstation, lead_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with ws.sessions() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        calls = [{f: getattr(c, f) for f in CALL_FIELDS}
                 for c in s.scalars(select(Call).where(Call.lead_id == lead_id).order_by(Call.event_id))]
        return {f: getattr(lead, f) for f in STATE}, calls


@pytest.mark.parametrize("synced_first", [False, True], ids=["lead-new-here", "lead-pulled-before"])
def test_a_centre_claim_leaves_the_rows_the_general_way_leaves(make_desk: DeskFactory, centre_url: str,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               synced_first: bool) -> None:
    worker, team = make_desk("worker", centre_url), make_desk("team", centre_url)
    made = histories(worker, team)
    desk, general = make_desk("desk", centre_url), make_desk("general", centre_url)
    if synced_first:  # a desk whose sync had pulled every lead before F5 (the usual case at a real desk)
        centre_of(desk).sync_once()
        centre_of(general).sync_once()
    seen = spy(monkeypatch)

    claimed: list[LeadDetail] = []
    while (result := leads.next_lead(desk, "officer1")).lead is not None:
        claimed.append(result.lead)
    assert {d.id for d in claimed} >= set(made.values())
    assert len(seen) == len(claimed) and all(done for done, _ in seen)  # the short way ran, every time

    for detail, (_, read) in zip(claimed, seen, strict=True):
        assert detail.row.owner == "officer1" and detail.claim_token is not None
        assert the_general_way(general, read, "officer1") == detail  # the same view, field for field
        assert raw_rows(desk, detail.id) == raw_rows(general, detail.id)
        assert local_state(desk, detail.id) == server_state(desk, detail.id)  # and the server's projection
    stop = next(d for d in claimed if d.id == made["stop"])
    assert [c.outcome for c in stop.calls] == ["transferred"] and stop.calls[0].checkpoints == ("safe_account",
                                                                                                 "no_secret")
    assert stop.row.status == "claimed" and stop.amount_lost == Decimal("1200.50")

    viewed = [e for e in audit.entries(desk, action=audit.AuditAction.PERSONAL_DATA_VIEWED)]
    assert [(e.actor, e.details) for e in viewed] == [("officer1", {"lead_id": d.id, "reason": "owner"})
                                                      for d in claimed]
    assert audit.verify(desk).ok


def test_a_claimed_lead_with_an_event_to_put_aside_takes_the_general_way(make_desk: DeskFactory, centre_url: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing the desk's checks refuse reaches its tables, whichever way the copy goes."""
    worker = make_desk("worker", centre_url)
    lead_id = leads.receive(worker, new_lead(0))
    centre_of(worker).sync_once()
    bad = on_centre(centre_url, lead_id, "outcome_recorded", {"code": "persuaded"})  # no result, no times
    desk = make_desk("desk", centre_url)
    seen = spy(monkeypatch)

    detail = leads.next_lead(desk, "officer1").lead

    assert detail is not None and detail.id == lead_id and detail.row.owner == "officer1"
    assert [done for done, _ in seen] == [False]
    assert bad not in {e.id for e in detail.events}
    with desk.sessions() as s:
        assert s.get(Event, bad) is None
        aside = s.get(SetAside, bad)
        assert aside is not None and "result: missing" in aside.reason
        lead = s.get(Lead, lead_id)
        assert lead is not None and lead.owner == "officer1" and lead.status == "claimed"


def test_a_claim_writes_nothing_the_centre_did_not_send(make_desk: DeskFactory, centre_url: str) -> None:
    """The copy adds no event of its own: every event of the claimed lead on the desk is the centre's, with its
    server number, and none waits in the outbox to be pushed as the desk's."""
    worker = make_desk("worker", centre_url)
    lead_id = leads.receive(worker, new_lead(0))
    centre_of(worker).sync_once()
    desk = make_desk("desk", centre_url)

    detail = leads.next_lead(desk, "officer1").lead

    assert detail is not None
    rows = raw_rows(desk, lead_id)
    assert rows["outbox"] == []
    with psycopg.connect(pg.libpq_url(centre_url), autocommit=True) as conn:
        on_server = {r[0]: r[1] for r in conn.execute("SELECT id, server_seq FROM events WHERE lead_id = %s",
                                                         (lead_id,))}
    with desk.sessions() as s:
        here = {e.id: e.server_seq for e in s.scalars(select(Event).where(Event.lead_id == lead_id))}
    assert here == on_server and len(here) == 2
