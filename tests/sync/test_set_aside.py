"""A desk that pulls an event it cannot apply puts it aside, shows it, and goes on (DESIGN.md §7).

The bad events are written straight into the centre's `events` table as a superuser would with psql: nothing
on the centre stops them, so only the desk's own checks stand between them and every desk's projection.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from tests.support import pg
from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.domain.event_shapes import MAX_PAYLOAD_BYTES, problems
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.services import leads, outcomes
from workstation.store.journal import new_id
from workstation.store.models import Event, Lead
from workstation.store.types import json_text
from workstation.sync.set_aside import RAW_LIMIT
from workstation.sync.status import local_status, set_aside_events


def on_centre(url: str, lead_id: str | None, kind: str, payload: Any, *, raw: bool = False) -> str:
    """INSERT one event into the centre's events table as a superuser; returns its id."""
    event_id = new_id()
    text = payload if raw else json_text(payload)
    with psycopg.connect(pg.libpq_url(url), autocommit=True) as conn:
        conn.execute("INSERT INTO events (id, lead_id, kind, officer, desk, occurred_at, payload)"
                     " VALUES (%s, %s, %s, 'officer1', 'psql', now(), %s)", (event_id, lead_id, kind, text))
    return event_id


def server_seq(url: str, event_id: str) -> int:
    with psycopg.connect(pg.libpq_url(url), autocommit=True) as conn:
        row = conn.execute("SELECT server_seq FROM events WHERE id = %s", (event_id,)).fetchone()
    assert row is not None
    return int(row[0])


def local_ids(ws: Workstation) -> set[str]:
    with ws.sessions() as s:
        return set(s.scalars(select(Event.id)))


def later(minutes: float) -> str:
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()


def test_a_malformed_outcome_is_set_aside_and_the_sync_goes_on(make_desk: DeskFactory, centre_url: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("a", centre_url)
    first = [leads.receive(a, new_lead(i)) for i in range(2)]
    centre_of(a).sync_once()
    b = make_desk("b", centre_url, pull_batch=2)  # small pages: the bad event sits inside a page, not at its end
    centre_of(b).sync_once()
    with b.sessions() as s:
        before = s.get(Lead, first[0])
        assert before is not None and before.status == "new"
    bad = on_centre(centre_url, first[0], "outcome_recorded", {"code": "persuaded"})  # no result, no times
    not_json = on_centre(centre_url, first[1], "outcome_recorded", "{not json", raw=True)
    unknown = on_centre(centre_url, first[1], "call_transcribed", {"recipient_name": "张三"})  # a kind we do not know
    more = [leads.receive(a, new_lead(10 + i)) for i in range(3)]
    centre_of(a).sync_once()

    centre_of(b).sync_once()  # before: KeyError: 'result' here, at every desk

    have = local_ids(b)
    assert bad not in have and not_json not in have
    assert unknown in have
    with b.sessions() as s:
        assert set(more) <= set(s.scalars(select(Lead.id)))
        lead = s.get(Lead, first[0])
        assert lead is not None and lead.status == "new"  # the bad outcome did nothing to it
    aside = {e.event_id: e for e in set_aside_events(b)}
    assert set(aside) == {bad, not_json}
    assert "result: missing" in aside[bad].reason and "started_at: missing" in aside[bad].reason
    assert aside[bad].kind == "outcome_recorded" and aside[bad].lead_id == first[0]
    assert aside[bad].server_seq == server_seq(centre_url, bad)
    assert json.loads(aside[bad].raw)["payload"] == '{"code":"persuaded"}'
    assert "not JSON" in aside[not_json].reason
    status = local_status(b, connected=True, online=True)
    assert status.set_aside == 2
    assert status.cursor >= max(server_seq(centre_url, bad), server_seq(centre_url, not_json))  # past them

    centre_of(b).sync_once()  # the overlap re-reads them: still one row each
    assert local_status(b, connected=True, online=True).set_aside == 2
    assert [e.event_id for e in set_aside_events(b)].count(bad) == 1
    capsys.readouterr()
    assert main(["--data-dir", str(b.settings.data_dir), "sync", "status"]) == 0
    assert "Pulled but set aside: 2" in capsys.readouterr().out


def test_an_oversized_payload_is_set_aside_without_being_fetched(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    lead_id = leads.receive(a, new_lead(1))
    centre_of(a).sync_once()
    now = datetime.now(UTC)
    payload = {"code": "persuaded", "started_at": (now - timedelta(minutes=3)).isoformat(),
               "ended_at": now.isoformat(), "notes": "很长" * 350_000,  # 2.1 MB of UTF-8
               "result": {"status": "closed", "next_due_at": None, "attempts": 0}}
    assert problems("outcome_recorded", {**payload, "notes": ""}) == []  # only its size is wrong
    big = on_centre(centre_url, lead_id, "outcome_recorded", payload)
    small = on_centre(centre_url, lead_id, "trigger_added",
                      {"triggered_at": now.isoformat(), "deadline_at": later(1), "trigger_kind": "fraud_sms"})
    b = make_desk("b", centre_url)

    centre_of(b).sync_once()

    assert big not in local_ids(b) and small in local_ids(b)
    [aside] = set_aside_events(b)
    assert aside.event_id == big and "too large" in aside.reason and str(MAX_PAYLOAD_BYTES) in aside.reason
    row = json.loads(aside.raw)
    assert row["payload"] is None and row["payload_bytes"] > 2_000_000  # measured on the server, never sent
    assert len(aside.raw) <= RAW_LIMIT
    with b.sessions() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None and lead.status == "new" and lead.last_outcome is None


def test_an_event_the_projection_cannot_apply_is_set_aside_and_the_rest_arrives(
        make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    ids = [leads.receive(a, new_lead(i)) for i in range(3)]
    centre_of(a).sync_once()
    b = make_desk("b", centre_url)
    centre_of(b).sync_once()
    with b.sessions() as s:
        rank_before = {i: s.get(Lead, i).rank_at for i in ids}  # type: ignore[union-attr]
    now = datetime.now(UTC)
    # Well-formed, but its deadline minus the level's pull is before year 1: rank_at overflows in the projection.
    doomed = {"triggered_at": now.isoformat(), "deadline_at": "0001-01-01T00:05:00+00:00", "trigger_kind": "fraud_sms"}
    assert problems("trigger_added", doomed) == []
    bad = on_centre(centre_url, ids[0], "trigger_added", doomed)
    soon = (now - timedelta(minutes=30)).isoformat()  # an earlier deadline: moves the lead up the queue
    same_lead = on_centre(centre_url, ids[0], "trigger_added",
                          {"triggered_at": now.isoformat(), "deadline_at": soon, "trigger_kind": "fraud_sms"})
    other_lead = on_centre(centre_url, ids[1], "trigger_added",
                           {"triggered_at": now.isoformat(), "deadline_at": soon, "trigger_kind": "fraud_url"})
    newer = leads.receive(a, new_lead(20))
    centre_of(a).sync_once()

    centre_of(b).sync_once()

    have = local_ids(b)
    assert bad not in have and {same_lead, other_lead} <= have
    [aside] = set_aside_events(b)
    assert aside.event_id == bad and "OverflowError" in aside.reason
    with b.sessions() as s:
        for lead_id in ids[:2]:  # both moved up: the good trigger on the bad event's own lead was applied too
            lead = s.get(Lead, lead_id)
            assert lead is not None and lead.rank_at < rank_before[lead_id]
        assert s.get(Lead, ids[2]).rank_at == rank_before[ids[2]]  # type: ignore[union-attr]
        assert s.get(Lead, newer) is not None
        assert s.scalar(select(func.count()).select_from(Event).where(Event.lead_id == ids[0])) == 2
    centre_of(b).sync_once()
    assert local_status(b, connected=True, online=True).set_aside == 1


def test_what_desks_really_write_passes_the_checks(make_desk: DeskFactory, centre_url: str) -> None:
    """No false alarms: a day's ordinary events (receipt, claim, outcomes, stop-payment, reassignment) arrive."""
    a = make_desk("a", centre_url)
    ids = [leads.receive(a, new_lead(i)) for i in range(3)]
    centre_of(a).sync_once()
    now = a.clock.now()
    leads.claim(a, "officer1", ids[0])
    outcomes.record(a, "officer1", ids[0], OutcomeInput(
        code="persuaded", started_at=now - timedelta(minutes=4), ended_at=now, notes="本人已知晓",
        amount_protected=Decimal("12.5")))
    leads.claim(a, "officer1", ids[1])
    sp = StopPaymentDetails("6222020000000000001", "中国工商银行", "6217000000000000002", "李四", "中国建设银行",
                            Decimal("48000"), now - timedelta(minutes=9))
    outcomes.record(a, "officer1", ids[1], OutcomeInput(
        code="transferred", started_at=now - timedelta(minutes=4), ended_at=now, stop_payment=sp, deceived=True))
    leads.claim(a, "officer1", ids[2])
    outcomes.record(a, "officer1", ids[2], OutcomeInput(
        code="no_answer", started_at=now - timedelta(minutes=2), ended_at=now, contacted_party="nobody"))
    centre_of(a).sync_once()
    with a.sessions() as s:
        written = [(e.kind, e.payload) for e in s.scalars(select(Event))]
    assert {"lead_received", "lead_claimed", "outcome_recorded", "stop_payment_requested"} <= {k for k, _ in written}
    assert [(k, problems(k, p)) for k, p in written if problems(k, p)] == []
    b = make_desk("b", centre_url)
    centre_of(b).sync_once()
    assert set_aside_events(b) == []
    assert local_ids(a) <= local_ids(b)


@pytest.mark.parametrize(("kind", "payload", "wanted"), [
    ("outcome_recorded", {"code": "persuaded"}, "result: missing"),
    ("outcome_recorded", {"code": "persuaded", "started_at": "2026-01-01T10:00:00+00:00",
                          "ended_at": "2026-01-01T10:05:00", "result": {"status": "closed"}}, "ended_at: not a time"),
    ("outcome_recorded", {"code": "persuaded", "started_at": "2026-01-01T10:00:00Z",
                          "ended_at": "2026-01-01T10:05:00Z", "result": {"status": "gone"}}, "result.status"),
    ("outcome_recorded", {"code": "persuaded", "started_at": "2026-01-01T10:00:00Z", "ended_at": "2026-01-01T10:05:00Z",
                          "amount_lost": "1e9", "result": {"status": "closed"}}, "amount_lost: not an amount"),
    ("lead_claimed", {"token": ""}, "token: not an id"),
    ("lead_reassigned", {"token": "t"}, "to: missing"),
    ("lead_received", {"deadline_at": "2026-02-30T10:00:00+08:00"}, "deadline_at: not a time"),
    ("trigger_added", {"deadline_at": "2026-01-01T10:00:00+08:00"}, "triggered_at: missing"),
    ("stop_payment_requested", {"victim_account": "1", "victim_bank": "b", "fraud_account": "2",
                                "fraud_bank": "c", "amount": 48000}, "amount: not an amount"),
    ("anything_else", ["not", "an", "object"], "not a JSON object"),
    ("anything_else", {"blob": "x" * (MAX_PAYLOAD_BYTES + 1)}, "too large"),
])
def test_the_shape_rules(kind: str, payload: Any, wanted: str) -> None:
    found = problems(kind, payload)
    assert any(wanted in p for p in found), found


def test_unknown_kinds_and_complete_outcomes_pass() -> None:
    assert problems("call_transcribed", {"recipient_name": "张三"}) == []
    assert problems("outcome_recorded", {
        "code": "callback_requested", "started_at": "2026-01-01T10:00:00.123456+08:00",
        "ended_at": "2026-01-01T10:05:00+08:00", "amount_protected": "0", "amount_lost": "1234.50",
        "checkpoints": ["a"], "script_version": 3, "callback_at": "2026-01-01T12:00:00+08:00",
        "result": {"status": "callback", "next_due_at": "2026-01-01T12:00:00+08:00", "attempts": 1}}) == []


def test_the_documented_rules_name_every_allowed_value() -> None:
    """The centre mirrors these rules in PL/pgSQL from the module's docstring: it must list every value."""
    import workstation.domain.event_shapes as shapes
    from workstation.domain.types import LeadStatus, OutcomeCode

    doc = shapes.__doc__ or ""
    assert [v.value for v in (*LeadStatus, *OutcomeCode) if v.value not in doc] == []
    assert str(shapes.MAX_PAYLOAD_BYTES) in doc and set(shapes.RULES) <= set(doc.replace(":", " ").split())


def test_the_status_bar_shows_how_many_were_set_aside(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_status import SyncStatusWidget
    from workstation.sync.status import SyncStatus

    w = SyncStatusWidget("Asia/Shanghai")
    qtbot.addWidget(w)
    w.show_status(SyncStatus(True, True, None, 0, 0, 0, set_aside=3))
    assert "Set aside 3" in w.pending.text()
    w.show_status(SyncStatus(True, True, None, 0, 0, 0))
    assert "Set aside" not in w.pending.text()
