"""A third attack on the centre with one officer's own login, aimed at migrations 0015 (callbacks kept for their
officer) and 0016 (the 'unknown' trigger kind): each attempt, as a test that connects with the attacker's
credentials, expects the refusal and checks the server is unchanged (closed where needed by migration 0017).
Runs on the cluster that checks passwords, like test_centre_trust."""

from __future__ import annotations

import difflib
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.sync import test_centre_trust as trust
from tests.sync.conftest import new_lead
from tests.sync.test_centre_trust import PASSWORD, TrustCentre, event, push, receipt_event
from workstation.desk import Workstation
from workstation.domain.event_shapes import problems
from workstation.domain.types import TriggerKind
from workstation.services import auth, leads
from workstation.store import migrate
from workstation.store.journal import new_id
from workstation.store.migrations.sqltext import migration

# The password-checking centre with its officers, desks on it, and a lead officer14 holds (test_centre_trust).
centre = trust.centre
desks = trust.desks
held = trust.held


def state(c: TrustCentre) -> tuple[Any, ...]:
    """test_centre_trust.server_state, with what 0015 added: who a lead is kept for, until when, and its times."""
    return (trust.server_state(c),
            c.look("SELECT id, reserved_for, reserved_until, next_due_at, attempts, rank_at, trigger_kind, "
                   "lease_expires_at, last_claim_token FROM leads ORDER BY id"))


def token_of(c: TrustCentre, lead_id: str) -> str:
    return str(c.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0])


def kept(c: TrustCentre, lead_id: str) -> tuple[Any, ...]:
    return c.look("SELECT owner, status, reserved_for, reserved_until, next_due_at FROM leads WHERE id = %s",
                  lead_id)[0]


def callback_payload(due: datetime, until: datetime | None, **result: Any) -> dict[str, Any]:
    """A callback the person arranged, kept ("me") until `until` — what a desk writes (services.outcomes)."""
    now = datetime.now(UTC)
    return {"code": "callback_requested", "started_at": (now - timedelta(minutes=2)).isoformat(),
            "ended_at": now.isoformat(), "amount_protected": "0", "amount_lost": "0", "contacted_party": "self",
            "notes": "", "callback_at": due.isoformat(), "callback_for": "me",
            "result": {"status": "callback", "next_due_at": due.isoformat(), "attempts": 0,
                       "reserved_until": until.isoformat() if until else None, **result}}


def keep_for_holder(c: TrustCentre, lead_id: str, due: datetime, until: datetime) -> None:
    """officer14, who holds the lead, records a "me" callback on it from their own desk."""
    with c.connect_as("officer14", desk="desk14") as conn:
        answers = push(conn, [event("outcome_recorded", lead_id, "officer14", callback_payload(due, until),
                                    token=token_of(c, lead_id))])
    assert all(seq is not None for seq, _ in answers.values()), answers


# --- a reservation in someone else's name, or on a lead the attacker does not hold --------------------------------


def test_a_callback_cannot_be_kept_for_another_officer(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """officer1 tries to keep officer14's lead: in officer14's name, under officer14's claim token, without a
    token; and officer14, holding it, tries to keep it for officer1 (keys naming someone else are ignored)."""
    _desk, lead_id = held
    before = state(centre)
    now = datetime.now(UTC)
    pay = callback_payload(now + timedelta(hours=1), now + timedelta(hours=2))
    forged = [event("outcome_recorded", lead_id, "officer14", pay, token=token_of(centre, lead_id)),
              event("outcome_recorded", lead_id, "officer1", pay, token=token_of(centre, lead_id)),
              event("outcome_recorded", lead_id, "officer1", pay),
              event("outcome_recorded", lead_id, None, pay, token=token_of(centre, lead_id))]
    with centre.connect_as("officer1") as conn:
        answers = push(conn, forged)
    reasons = [answers[e["id"]][1] or "" for e in forged]
    assert all(answers[e["id"]][0] is None for e in forged), answers
    assert "not the caller" in reasons[0] and "not a claim of" in reasons[1] and "claim token" in reasons[2]
    assert "not the caller" in reasons[3]
    assert state(centre) == before

    for_someone = callback_payload(now + timedelta(hours=1), now + timedelta(hours=2), reserved_for="officer1")
    for_someone["reserved_for"] = for_someone["callback_for"] = "officer1"
    with centre.connect_as("officer14", desk="desk14") as conn:
        answers = push(conn, [event("outcome_recorded", lead_id, "officer14", for_someone,
                                    token=token_of(centre, lead_id))])
    assert all(seq is not None for seq, _ in answers.values())
    assert kept(centre, lead_id)[:3] == (None, "callback", "officer14")  # kept for who recorded it, nobody else


def test_a_reservation_cannot_outlive_its_callback_by_more_than_a_day(centre: TrustCentre,
                                                                       held: tuple[Workstation, str]) -> None:
    """Hoarding a lead for good: reserved_until in 2099 is kept to a day past the callback's time; a callback
    more than 90 days ahead, or a reservation on anything but a callback, is refused or ignored."""
    _desk, lead_id = held
    now = datetime.now(UTC).replace(microsecond=0)
    before = state(centre)
    token = token_of(centre, lead_id)
    far = [event("outcome_recorded", lead_id, "officer14",
                 callback_payload(now + timedelta(days=91), now + timedelta(days=92)), token=token),
           event("outcome_recorded", lead_id, "officer14",
                 callback_payload(now + timedelta(hours=1), datetime(2100, 1, 2, tzinfo=UTC)), token=token)]
    with centre.connect_as("officer14", desk="desk14") as conn:
        answers = push(conn, far)
    assert all(seq is None for seq, _ in answers.values()), answers
    assert "90 days" in (answers[far[0]["id"]][1] or "") and "reserved_until" in (answers[far[1]["id"]][1] or "")
    assert state(centre) == before

    back = callback_payload(now + timedelta(hours=1), datetime(2099, 1, 1, tzinfo=UTC))
    back["result"]["status"] = "new"  # a reservation on a lead put back in the queue: none
    with centre.connect_as("officer14", desk="desk14") as conn:
        answers = push(conn, [event("outcome_recorded", lead_id, "officer14", back, token=token)])
    assert all(seq is not None for seq, _ in answers.values()), answers
    assert kept(centre, lead_id)[1:4] == ("new", None, None)

    with centre.connect_as("officer14", desk="desk14") as conn:
        conn.execute("SELECT ws_claim(%s, 60)", (lead_id,))
    keep_for_holder(centre, lead_id, now + timedelta(hours=1), datetime(2099, 1, 1, tzinfo=UTC))
    owner, status, who, until, due = kept(centre, lead_id)
    assert (owner, status, who) == (None, "callback", "officer14")
    assert due == now + timedelta(hours=1) and until == due + timedelta(days=1)


# --- the reservation columns and the projection, written directly ------------------------------------------------


def test_the_reservation_columns_cannot_be_written_directly(centre: TrustCentre,
                                                            held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    keep_for_holder(centre, lead_id, datetime.now(UTC) + timedelta(hours=1), datetime.now(UTC) + timedelta(hours=2))
    before = state(centre)
    with centre.connect_as("officer1") as conn:
        for stmt in (f"UPDATE leads SET reserved_for = 'officer1', reserved_until = now() + interval '90 days' "
                     f"WHERE id = '{lead_id}'",
                     f"UPDATE leads SET reserved_for = NULL, reserved_until = NULL WHERE id = '{lead_id}'",
                     f"UPDATE leads SET reserved_until = now() WHERE id = '{lead_id}'",
                     "INSERT INTO leads (id, reserved_for, reserved_until) VALUES ('x', 'officer1', now())",
                     f"DELETE FROM leads WHERE id = '{lead_id}'",
                     "UPDATE calls SET officer = 'officer1'",
                     f"SELECT ws_centre.reproject(ARRAY['{lead_id}'])",
                     "SELECT ws_centre.server_event(NULL, 'lead_claimed', 'officer1', '{}'::jsonb, NULL, now())"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
        privileges = conn.execute(
            "SELECT has_column_privilege('leads', c, 'UPDATE') OR has_column_privilege('leads', c, 'INSERT') "
            "FROM unnest(ARRAY['reserved_for', 'reserved_until', 'owner', 'status']) AS c").fetchall()
    assert privileges == [(False,)] * 4
    assert state(centre) == before


# --- claiming, releasing, reassigning a lead kept for someone else -------------------------------------------------


def test_a_lead_kept_for_another_officer_cannot_be_taken_released_or_moved(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    old_token = token_of(centre, lead_id)
    now = datetime.now(UTC)
    keep_for_holder(centre, lead_id, now + timedelta(seconds=1), now + timedelta(minutes=15))
    time.sleep(1.2)  # due now, and still officer14's for 15 minutes
    before = state(centre)
    with centre.connect_as("officer1") as conn:
        assert conn.execute("SELECT ws_claim_next(60)").fetchone() == (None,)  # passed over
        with pytest.raises(psycopg.DatabaseError, match="kept for the callback of officer14") as refused:
            conn.execute("SELECT ws_claim(%s, 60)", (lead_id,))
        assert refused.value.sqlstate == "WS409"
        for call in ("SELECT ws_claim(%s, 60, 'officer14')", "SELECT ws_claim_next(60, 'officer14')"):
            with pytest.raises(psycopg.DatabaseError, match="cannot act as"):
                conn.execute(call, (lead_id,) if "%s" in call else None)
        assert conn.execute("SELECT ws_release(%s, %s)", (lead_id, old_token)).fetchone() == (False,)
        assert conn.execute("SELECT ws_heartbeat(ARRAY[%s], 600)", (old_token,)).fetchone() == (0,)
        with pytest.raises(psycopg.DatabaseError, match="team lead"):
            conn.execute("SELECT ws_reassign(%s, 'officer1')", (lead_id,))
        released = event("lead_released", lead_id, "officer1", {}, token=old_token)
        second = event("outcome_recorded", lead_id, "officer1",
                       callback_payload(now + timedelta(hours=1), now + timedelta(hours=2)), token=old_token)
        answers = push(conn, [released, second])
        assert all(seq is None for seq, _ in answers.values()), answers
    assert state(centre) == before
    with centre.connect_as("officer14", desk="desk14") as conn:  # its own officer takes it at once
        assert conn.execute("SELECT ws_claim_next(60)").fetchone() == (lead_id,)
    assert kept(centre, lead_id)[:3] == ("officer14", "claimed", None)


def test_an_outcome_dated_ahead_by_the_desks_clock_does_not_outlive_a_reassignment(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """occurred_at may be 10 minutes ahead (a desk's clock): a "me" callback dated so, then a team lead's
    reassignment (the server's time, earlier): the reassignment wins, nothing is kept for officer14."""
    _desk, lead_id = held
    now = datetime.now(UTC)
    with centre.connect_as("officer14", desk="desk14") as conn:
        ahead = event("outcome_recorded", lead_id, "officer14",
                      callback_payload(now + timedelta(hours=1), now + timedelta(hours=2)),
                      token=token_of(centre, lead_id), at=now + timedelta(minutes=9))
        assert push(conn, [ahead])[ahead["id"]][0] is not None
    assert kept(centre, lead_id)[2] == "officer14"
    with centre.connect_as("lead1") as conn:
        conn.execute("SELECT ws_reassign(%s, 'officer1')", (lead_id,))
    assert kept(centre, lead_id)[:3] == ("officer1", "claimed", None)
    with centre.connect_as("officer1") as conn:  # a later projection of the lead says the same
        conn.execute("SELECT * FROM ws_push(%s::jsonb)", (json.dumps([event(
            "trigger_added", lead_id, "officer1", {"deadline_at": now.isoformat(), "triggered_at": now.isoformat()})]),))
    assert kept(centre, lead_id)[:3] == ("officer1", "claimed", None)


# --- the 'unknown' trigger kind (0016) ------------------------------------------------------------------------------


def test_unknown_is_one_more_trigger_kind_and_nothing_else_got_through(centre: TrustCentre,
                                                                       held: tuple[Workstation, str]) -> None:
    """0016 put 'unknown' among the kinds of a receipt by a text replacement in 0013's function: a lead may come
    in with it; a lead already in cannot have its kind changed by a second receipt; other spellings, and every
    other check of 0013, still refuse."""
    _desk, lead_id = held
    fresh = receipt_event()
    fresh["payload"]["trigger_kind"] = TriggerKind.UNKNOWN.value
    with centre.connect_as("officer1") as conn:
        assert push(conn, [fresh], {fresh["lead_id"]: "YJ261202-UNKNOWN1"})[fresh["id"]][0] is not None
    assert centre.look("SELECT trigger_kind FROM leads WHERE id = %s", fresh["lead_id"]) == [("unknown",)]
    before = state(centre)
    again = {**receipt_event(), "lead_id": lead_id}
    again["payload"]["trigger_kind"] = "unknown"
    variants = []
    for kind in ("UNKNOWN", "Unknown", "unknown ", "", None, ["unknown"]):
        bad = receipt_event()
        bad["payload"]["trigger_kind"] = kind
        variants.append(bad)
    bad_level = receipt_event()
    bad_level["payload"].update(trigger_kind="unknown", level="unknown")
    bad_type = receipt_event()
    bad_type["payload"].update(trigger_kind="unknown", scam_type="unknown")
    sent = [again, *variants, bad_level, bad_type]
    refs = {e["lead_id"]: f"YJ261202-BAD{i:05d}" for i, e in enumerate(sent)}
    with centre.connect_as("officer1") as conn:
        answers = push(conn, sent, refs)
    assert all(answers[e["id"]][0] is None for e in sent), answers
    assert "received already" in (answers[again["id"]][1] or "")
    assert all("trigger_kind" in (answers[e["id"]][1] or "") for e in variants)
    assert "level" in (answers[bad_level["id"]][1] or "") and "scam_type" in (answers[bad_type["id"]][1] or "")
    assert state(centre) == before
    m16 = migration("0016_unknown_trigger_kind.py")  # its replacement changed one line of 0013's
    changed = [line for line in difflib.ndiff(m16.shape_problem_0013().splitlines(),
                                              m16.shape_problem_0016().splitlines()) if line[:1] in "+-"]
    assert len(changed) == 2 and changed[1].endswith("'fraud_account', 'unknown') THEN"), changed


def test_a_repeat_warning_cannot_carry_a_trigger_that_breaks_every_desks_intake(
        centre: TrustCentre, held: tuple[Workstation, str], desks: Any) -> None:
    """Found by attack: trigger_added was checked for its times only. officer1 added a trigger to officer14's lead
    (any officer may: a repeat warning needs no claim) whose trigger_kind was a JSON list: every desk stored it,
    and every later import of a row with that phone raised (intake_dedup keeps (time, kind, detail) in a set: a
    list is unhashable), and so did the lead's page (lead_info escapes the kind as a text); a kind outside TriggerKind, or a 100 kB detail, went onto every desk's lead page as is."""
    _desk, lead_id = held
    before = state(centre)
    now = datetime.now(UTC).isoformat()
    base = {"deadline_at": now, "triggered_at": now}
    bad = [{**base, "trigger_kind": ["fraud_call"]}, {**base, "trigger_kind": {"a": 1}},
           {**base, "trigger_kind": "bogus"}, {**base, "trigger_kind": 7},
           {**base, "trigger_kind": "fraud_sms", "trigger_detail": {"x": 1}},
           {**base, "trigger_kind": "fraud_sms", "trigger_detail": ["x"]},
           {**base, "trigger_kind": "fraud_sms", "trigger_detail": "x" * 100_000}]
    sent = [event("trigger_added", lead_id, "officer1", p) for p in bad]
    with centre.connect_as("officer1") as conn:
        answers = push(conn, sent)
    through = [bad[i] for i, e in enumerate(sent) if answers[e["id"]][0] is not None]
    assert through == []
    assert all("trigger_" in (answers[e["id"]][1] or "") for e in sent), answers
    for p in bad[:2] + bad[3:6]:  # and a desk that pulled one (from a centre before 0017) sets it aside
        assert problems("trigger_added", p), p
    assert state(centre) == before

    good = [event("trigger_added", lead_id, "officer1", p) for p in (
        base, {**base, "trigger_kind": "unknown", "trigger_detail": ""},
        {**base, "trigger_kind": "fraud_url", "trigger_detail": "http://x.cn", "source": "platform"},
        {**base, "trigger_kind": None, "trigger_detail": None})]
    with centre.connect_as("officer1") as conn:  # what desks write still goes up
        answers = push(conn, good)
    assert all(answers[e["id"]][0] is not None for e in good), answers
    desk = desks("reader")  # and a desk reads the lead, and imports that phone again
    auth.sign_in(desk, "officer1", PASSWORD)
    desk.centre.sync_once()  # type: ignore[union-attr]
    assert len(leads.detail(desk, lead_id).triggers) == 1 + len(good)
    from workstation.services.intake_dedup import Dedup

    with desk.unit_of_work() as s:  # what an import of a row with that phone does first (it raised on a list)
        dedup = Dedup(desk, s, lambda fresh: [new_id() for _ in fresh])
        dedup._load([(None, new_lead(1))])  # type: ignore[list-item]  (the open leads of that phone, their triggers)
        assert lead_id in dedup.found


def test_0017_downgrades_to_exactly_what_0016_left(pg_url: str) -> None:
    from workstation.store.db import make_engine

    engine = make_engine(pg_url)
    functions = ("ws_centre.shape_rules()", "ws_centre.shape_problem(text, jsonb)")

    def definitions() -> list[str]:
        with engine.connect() as conn:
            return [conn.exec_driver_sql(f"SELECT pg_get_functiondef('{f}'::regprocedure)").scalar_one()
                    for f in functions]

    try:
        migrate.upgrade(engine, "0016")
        at_0016 = definitions()
        migrate.upgrade(engine, "0017")
        assert migrate.current_revision(engine) == "0017"
        at_0017 = definitions()
        assert all(a != b for a, b in zip(at_0016, at_0017, strict=True))
        migrate.downgrade(engine, "0016")
        assert definitions() == at_0016
        migrate.upgrade(engine)
        assert definitions() == at_0017
    finally:
        engine.dispose()
