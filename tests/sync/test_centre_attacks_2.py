"""A second attack on the centre with one officer's own login (and a team lead's): each hole that got through,
as a test that connects with the attacker's credentials, expects the refusal and checks the server is unchanged
(migration 0013). Runs on the cluster that checks passwords, like test_centre_trust."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.sync import test_centre_trust as trust
from tests.sync.conftest import new_lead
from tests.sync.test_centre_trust import (
    PASSWORD,
    TrustCentre,
    event,
    outcome_payload,
    push,
    receipt_event,
    server_state,
)
from workstation.bootstrap import bootstrap
from workstation.desk import Workstation
from workstation.domain import event_shapes
from workstation.domain.event_shapes import problems
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.reports.calls import Verdict
from workstation.security import audit
from workstation.security.audit_centre import check_centre
from workstation.services import auth, documents, leads
from workstation.settings import Settings
from workstation.store.journal import new_id
from workstation.store.models import Event
from workstation.sync import audit_push
from workstation.sync.listener import Listener, notified_seq

# The password-checking centre with its officers, desks on it, and a lead officer14 holds (test_centre_trust).
centre = trust.centre
desks = trust.desks
held = trust.held


def token_of(c: TrustCentre, lead_id: str) -> str:
    return str(c.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0])


def set_limit(c: TrustCentre, name: str, value: int) -> None:
    with c.admin.connect(c.dbname) as conn:  # the installer tunes the centre
        conn.execute("UPDATE ws_centre.limits SET value = %s WHERE name = %s", (value, name))


def one(conn: psycopg.Connection, sql: str, *args: object) -> Any:
    row = conn.execute(sql, args or None).fetchone()
    assert row is not None
    return row[0]


def wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


# --- 1. one id twice in a batch ------------------------------------------------------------------------------


def test_a_repeated_id_cannot_carry_a_refused_event_in(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """Found by attack: ws_push stored rows by id, so an outcome in officer14's name without any claim token,
    refused, was stored anyway under the id of officer1's valid trigger_added later in the batch, and closed
    officer14's lead at the next projection."""
    _desk, lead_id = held
    before = server_state(centre)
    now = datetime.now(UTC).isoformat()
    forged = event("outcome_recorded", lead_id, "officer14", outcome_payload("5000000"))
    cover = {**event("trigger_added", lead_id, "officer1", {"deadline_at": now, "triggered_at": now}),
             "id": forged["id"]}
    with centre.connect_as("officer1") as conn:
        rows = conn.execute("SELECT event_id, server_seq, refused FROM ws_push(%s::jsonb)",
                            (json.dumps([forged, cover]),)).fetchall()
    assert [r[1] for r in rows] == [None, None]
    assert "not the caller" in rows[0][2] and "more than once" in rows[1][2]
    assert server_state(centre) == before
    assert centre.look("SELECT status, owner FROM leads WHERE id = %s", lead_id) == [("claimed", "officer14")]


def test_a_lead_row_comes_only_from_the_receipt_that_was_accepted(centre: TrustCentre, desks: Any) -> None:
    """Found by attack: two receipts of one lead in a batch, the first refused (an unknown scam type, a year-1
    deadline), the second accepted: the lead row was built from the refused one, and its year-1 rank made every
    desk's pull fail reading it ("timestamp too small")."""
    bad, good = receipt_event(), receipt_event()
    good["lead_id"] = bad["lead_id"]
    bad["payload"] = {**bad["payload"], "scam_type": "not_a_scam", "deadline_at": "0001-01-01T00:00:00+00:00"}
    with centre.connect_as("officer1") as conn:
        answers = push(conn, [bad, good], {bad["lead_id"]: "YJ261201-ABCDEFGH"})
    assert answers[bad["id"]][0] is None and answers[good["id"]][0] is not None
    row = centre.look("SELECT scam_type, deadline_at > '2000-01-01', rank_at > '2000-01-01' FROM leads WHERE id = %s",
                      bad["lead_id"])
    assert row == [("fake_loan", True, True)]
    desk = desks("reader")  # and a desk reads it
    auth.sign_in(desk, "officer14", PASSWORD)
    desk.centre.sync_once()  # type: ignore[union-attr]
    assert leads.detail(desk, bad["lead_id"]).row.scam_type == "fake_loan"


# --- 2. what the centre accepted and every desk set aside -------------------------------------------------------


def _variants(now: datetime) -> dict[str, tuple[str, dict[str, Any]]]:
    """Payloads the centre took before 0013 that every desk then set aside, or crashed reading."""
    iso = now.isoformat()
    out = outcome_payload("0")
    result = out["result"]
    stop = {"victim_account": "6222", "victim_bank": "工行", "fraud_account": "6217", "fraud_bank": "建行",
            "amount": "100", "fraud_account_name": "李某"}
    return {
        "trigger without triggered_at": ("trigger_added", {"deadline_at": iso}),
        "time with a space": ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%d %H:%M:%S+00:00"),
                                                "triggered_at": iso}),
        "offset +00": ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%dT%H:%M:%S+00"), "triggered_at": iso}),
        "offset +0000": ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                                           "triggered_at": iso}),
        "hour 24": ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%dT24:00:00+00:00"), "triggered_at": iso}),
        "second 60": ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%dT10:59:60+00:00"), "triggered_at": iso}),
        "amount as a number": ("outcome_recorded", {**out, "amount_protected": 100}),
        "amount null": ("outcome_recorded", {**out, "amount_protected": None}),
        "party null": ("outcome_recorded", {**out, "contacted_party": None}),
        "notes null": ("outcome_recorded", {**out, "notes": None}),
        "checkpoints not texts": ("outcome_recorded", {**out, "checkpoints": [1, {"a": 2}]}),
        "callback_at not a time": ("outcome_recorded", {**out, "callback_at": "tomorrow"}),
        "station an object": ("outcome_recorded", {**out, "station": {"x": 1}}),
        "next_due_at hour 24": ("outcome_recorded", {**out, "result": {
            **result, "status": "callback", "next_due_at": now.strftime("%Y-%m-%dT24:00:00+00:00")}}),
        "stop-payment without accounts": ("stop_payment_requested", {"amount": "1"}),
        "stop-payment amount a number": ("stop_payment_requested", {**stop, "amount": 1}),
        "stop-payment name null": ("stop_payment_requested", {**stop, "fraud_account_name": None}),
        "visit without officers": ("visit_recorded", {"address": "某路 1 号", "officer_names": ["张三"]}),
        "case details not texts": ("case_details_recorded", {"case_source": 5}),
        "thanks without a recipient": ("thanks_recipient_added", {"deed": "x"}),
        "thanks amount not an amount": ("thanks_recipient_added", {"recipient_name": "王某", "deed": "x",
                                                                   "amount_protected": "lots"}),
        "printed document id an object": ("document_printed", {"document_id": {"x": 1}}),
    }


GUARDED = {"outcome_recorded", "stop_payment_requested"}


def test_payloads_every_desk_would_set_aside_are_refused(centre: TrustCentre,
                                                        held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    token = token_of(centre, lead_id)
    before = server_state(centre)
    variants = _variants(datetime.now(UTC))
    sent = {name: event(kind, lead_id, "officer14", payload, token=token if kind in GUARDED else None)
            for name, (kind, payload) in variants.items()}
    with centre.connect_as("officer14") as conn:
        answers = push(conn, list(sent.values()))
    through = [name for name, e in sent.items() if answers[e["id"]][0] is not None]
    assert through == []
    for name, (kind, payload) in variants.items():  # and each is one a desk would set aside
        assert problems(kind, payload), name
    assert server_state(centre) == before


def test_a_team_lead_cannot_record_a_review_that_breaks_every_desks_reports(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """Found by attack with a team lead's login: a review with an unknown verdict went up, and every desk's calls
    report (reports.calls.review_of: Verdict(p['verdict'])) raised on it."""
    _desk, lead_id = held
    before = server_state(centre)
    bad = [event("reviewed", lead_id, "lead1", {"verdict": "bogus", "call_event_id": new_id()}),
           event("reviewed", lead_id, "lead1", {"comment": "no verdict"})]
    with centre.connect_as("lead1") as conn:
        answers = push(conn, bad)
    assert all(answers[e["id"]][0] is None and "verdict" in (answers[e["id"]][1] or "") for e in bad), answers
    assert server_state(centre) == before
    with centre.connect_as("lead1") as conn:  # a well-formed review still goes up
        good = event("reviewed", lead_id, "lead1", {"verdict": "commended", "call_event_id": new_id()})
        assert push(conn, [good])[good["id"]][0] is not None


def test_what_the_centre_accepts_every_desk_can_apply(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """The centre is at least as strict as the desks: of valid payloads and their broken variants, none the
    centre stores is one event_shapes refuses."""
    _desk, lead_id = held
    token = token_of(centre, lead_id)
    now = datetime.now(UTC)
    iso = now.isoformat()
    corpus = [(kind, payload) for kind, payload in _variants(now).values()] + [
        ("trigger_added", {"deadline_at": iso, "triggered_at": iso}),
        ("trigger_added", {"deadline_at": now.strftime("%Y-%m-%dT%H:%MZ"), "triggered_at": iso}),
        ("document_printed", {"document_id": new_id(), "copies": 1}),
        ("thanks_received", {"kind": "letter", "from_name": "王某", "received_at": iso, "note": ""}),
        ("visit_recorded", {"address": "某路 1 号", "officer_names": ["张三", "李四"], "visited_at": iso}),
        ("stop_payment_requested", {"victim_account": "6222", "victim_bank": "工行", "fraud_account": "6217",
                                    "fraud_bank": "建行", "amount": "100", "transferred_at": None}),
    ]
    sent = [(kind, payload, event(kind, lead_id, "officer14", payload, token=token if kind in GUARDED else None))
            for kind, payload in corpus]
    with centre.connect_as("officer14") as conn:
        answers = push(conn, [e for _, _, e in sent])
    stored = [(kind, payload) for kind, payload, e in sent if answers[e["id"]][0] is not None]
    assert len(stored) == 6  # the valid ones
    assert all(problems(kind, payload) == [] for kind, payload in stored)


def test_the_centres_shape_rules_are_the_desks(centre: TrustCentre) -> None:
    centre_rules = centre.look("SELECT ws_centre.shape_rules()")[0][0]
    assert centre_rules == event_shapes.centre_rules()
    assert set(event_shapes.VERDICTS) == {v.value for v in Verdict}


def test_a_thank_you_amount_is_written_as_the_centre_takes_it(tmp_path: Path) -> None:
    desk = bootstrap(Settings(data_dir=tmp_path, desk_id="a"))
    try:
        lead_id = leads.receive(desk, new_lead(1))
        auth.add_officer(desk, "clerk", "CLERK", Role.OFFICER, PASSWORD)
        now = datetime.now(UTC)
        event_id = documents.add_thanks_recipient(desk, "clerk", lead_id, "王某", "拦截转账", now,
                                                  amount_protected=Decimal("1E+3"))
        with desk.sessions() as s:
            found = s.get(Event, event_id)
            assert found is not None
            payload = found.payload
        assert payload["amount_protected"] == "1000" and problems("thanks_recipient_added", payload) == []
        with pytest.raises(InvalidInput):
            documents.add_thanks_recipient(desk, "clerk", lead_id, "王某", "x", now, amount_protected=Decimal("-5"))
    finally:
        desk.close()


# --- 3. locks held on purpose ---------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["open transaction", "long statement"])
def test_a_session_that_keeps_another_officers_lead_locked_is_ended(
        centre: TrustCentre, held: tuple[Workstation, str], how: str) -> None:
    """Found by attack: officer1 pushed one trigger_added on officer14's lead inside an open transaction (or in a
    statement that then slept): the lead's row stayed locked, and officer14's heartbeats and pushes hung for as
    long as officer1 liked (their lease ran out; every SKIP LOCKED claim passed over the lead)."""
    _desk, lead_id = held
    token = token_of(centre, lead_id)
    set_limit(centre, "lock_hog_seconds", 2)
    now = datetime.now(UTC).isoformat()
    trigger = event("trigger_added", lead_id, "officer1", {"deadline_at": now, "triggered_at": now})
    attacker = centre.connect_as("officer1")
    sleeper: threading.Thread | None = None
    if how == "open transaction":
        attacker.execute("BEGIN")
        push(attacker, [trigger])
    else:
        def sleep_after_push() -> None:
            try:
                attacker.execute("SELECT pg_sleep(60) FROM ws_push(%s::jsonb)", (json.dumps([trigger]),))
            except psycopg.Error:
                pass

        sleeper = threading.Thread(target=sleep_after_push, daemon=True)
        sleeper.start()
        wait_for(lambda: centre.look("SELECT count(*) FROM pg_locks k JOIN pg_stat_activity a USING (pid) "
                                     "WHERE a.usename = %s AND k.relation = 'leads'::regclass "
                                     "AND k.mode = 'RowExclusiveLock'", centre.prefix + "officer1")[0][0] > 0)
    time.sleep(2.5)
    with centre.connect_as("officer14", desk="desk14") as holder:
        started = time.monotonic()
        assert holder.execute("SELECT ws_heartbeat(ARRAY[%s], 60)", (token,)).fetchone() == (1,)
        assert time.monotonic() - started < 5
        answers = push(holder, [event("outcome_recorded", lead_id, "officer14", outcome_payload("10"), token=token)])
        assert all(seq is not None for seq, _ in answers.values())
    with pytest.raises(psycopg.OperationalError):  # the hog's session was ended, its write rolled back
        attacker.execute("SELECT 1")
    if sleeper is not None:
        sleeper.join(5)
    attacker.close()
    assert centre.look("SELECT count(*) FROM events WHERE id = %s", trigger["id"]) == [(0,)]
    assert centre.look("SELECT status FROM leads WHERE id = %s", lead_id) == [("closed",)]


def test_a_short_transaction_of_a_desk_is_left_alone(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    now = datetime.now(UTC).isoformat()
    with centre.connect_as("officer1") as other:
        other.execute("BEGIN")
        push(other, [event("trigger_added", lead_id, "officer1", {"deadline_at": now, "triggered_at": now})])
        with centre.connect_as("officer14") as holder:  # younger than lock_hog_seconds: waited for, not ended
            holder.execute("SET statement_timeout = '1s'")
            with pytest.raises(psycopg.errors.QueryCanceled):
                holder.execute("SELECT ws_heartbeat(ARRAY[%s], 60)", (token_of(centre, lead_id),))
        other.execute("COMMIT")  # still alive


# --- 4. the whole queue in one officer's hands ------------------------------------------------------------------


def test_one_officer_cannot_hold_the_whole_queue(centre: TrustCentre, desks: Any) -> None:
    """Found by attack: officer1 called ws_claim_next until the queue was empty and renewed every lease: no other
    officer got a lead."""
    desk = desks("intake")
    auth.sign_in(desk, "officer1", PASSWORD)
    ids = [leads.receive(desk, new_lead(i)) for i in range(5)]
    desk.centre.sync_once()  # type: ignore[union-attr]
    set_limit(centre, "held_leads", 3)
    with centre.connect_as("officer1") as hoarder:
        taken = [one(hoarder, "SELECT ws_claim_next(600)") for _ in range(3)]
        before = server_state(centre)
        with pytest.raises(psycopg.DatabaseError, match="hold 3 leads already") as refused:
            hoarder.execute("SELECT ws_claim_next(600)")
        assert refused.value.sqlstate == "WS403"
        free = sorted(set(ids) - set(taken))
        with pytest.raises(psycopg.DatabaseError, match="hold 3 leads already"):
            hoarder.execute("SELECT ws_claim(%s, 600)", (free[0],))
        with pytest.raises(psycopg.DatabaseError, match="at most 1000 tokens"):
            hoarder.execute("SELECT ws_heartbeat(%s, 600)", (["x"] * 1001,))
        assert server_state(centre) == before
    with centre.connect_as("officer14") as other:
        assert one(other, "SELECT ws_claim_next(60)") in free


def test_one_officer_cannot_take_every_connection(centre: TrustCentre) -> None:
    limits = centre.look("SELECT rolname, rolconnlimit FROM pg_roles WHERE starts_with(rolname, %s)", centre.prefix)
    assert limits and all(n == 20 for _, n in limits)
    with centre.connect_as("officer1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(f'ALTER ROLE "{centre.prefix}officer1" CONNECTION LIMIT -1')


# --- 5. the audit copy -------------------------------------------------------------------------------------------


def test_another_desks_audit_chain_is_out_of_reach(centre: TrustCentre, desks: Any) -> None:
    """Found by attack: the copy named a desk's chain by application_name alone. officer14, naming their session
    after desk a, read its chain head, appended the next entry (desk a's own next push was then refused for
    good) and held the chain's advisory lock (desk a's sync cycle hung, and with it its heartbeats); and any
    officer could read every desk's audit entries."""
    a = desks("a")
    auth.sign_in(a, "officer1", PASSWORD)
    a.centre.sync_once()  # type: ignore[union-attr]
    key = audit_push.desk_key(a.sessions)
    assert key is not None
    before = centre.look("SELECT desk, chain, seq, hash FROM ws_audit.centre_audit ORDER BY desk, chain, seq")
    assert before and {r[0] for r in before} == {"a"}
    with centre.connect_as("officer14", desk="a") as evil:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            evil.execute("SELECT seq, hash FROM ws_audit.centre_audit")
        assert evil.execute("SELECT * FROM ws_audit_chain(%s)", ("guess" * 8,)).fetchall() == []
        with pytest.raises(psycopg.Error, match="audit key"):
            evil.execute("SELECT ws_append_audit('[]'::jsonb, NULL)")
        # The old lock of desk a's chain, held: it no longer stands in anyone's way.
        evil.execute("SELECT pg_advisory_lock(hashtextextended('ws_append_audit:a', 0))")
        mine = "evil" * 10
        entry_id, at = new_id(), datetime.now(UTC)
        digest = audit.entry_hash(1, entry_id, at, "officer1", "a", "exported", "forged", {}, audit.GENESIS)
        wire = {"seq": 1, "id": entry_id, "at": at.isoformat(timespec="microseconds"), "actor": "officer1",
                "desk": "a", "action": "exported", "target": "forged", "details": audit.canonical({}),
                "prev_hash": audit.GENESIS, "hash": digest}
        assert evil.execute("SELECT ws_append_audit(%s::jsonb, %s)", (json.dumps([wire]), mine)).fetchone() == (1,)
        # desk a goes on, under the lock the attacker holds, and its chain is exactly what it was plus its own
        audit.record(a, "officer1", audit.AuditAction.EXPORTED, "report", {"rows": 1})
        done = threading.Event()

        def sync() -> None:
            a.centre.sync_once()  # type: ignore[union-attr]
            done.set()

        threading.Thread(target=sync, daemon=True).start()
        assert done.wait(20), "desk a's sync hung on the attacker's lock"
    assert audit_push.last_refusal(a.sessions) is None
    ours = centre.look("SELECT seq, hash FROM ws_audit.centre_audit WHERE desk = 'a' AND chain = "
                       "encode(sha256(convert_to(%s, 'UTF8')), 'hex') ORDER BY seq", key)
    with a.sessions() as s:
        assert ours == list(audit.hashes(s))
    theirs = centre.look("SELECT pushed_by, target FROM ws_audit.centre_audit WHERE chain <> "
                         "encode(sha256(convert_to(%s, 'UTF8')), 'hex')", key)
    assert theirs == [(centre.prefix + "officer14", "forged")]  # on record, as officer14's, in a chain of its own
    assert check_centre(a, a.centre.reader()).ok  # type: ignore[union-attr]
    with centre.connect_as("lead1") as lead:  # reading the audit log is a team lead's right
        assert one(lead, "SELECT count(*) FROM ws_audit.centre_audit") == len(ours) + 1


# --- 6. NOTIFY is anyone's -----------------------------------------------------------------------------------------


def test_a_notification_nobody_sent_does_not_stop_a_desks_listener(centre: TrustCentre) -> None:
    """Found by attack: any role may NOTIFY any channel. `NOTIFY ws_events, '²'` ('²'.isdigit() is true, int()
    refuses it) or 5000 digits ended the listener thread of every desk for good."""
    assert notified_seq("42") == 42 and notified_seq("²") == 0 and notified_seq("9" * 5000) == 0
    url = (f"postgresql://{centre.prefix}officer14:{PASSWORD.replace(' ', '%20')}@{centre.admin.host}:"
           f"{centre.admin.port}/{centre.dbname}")
    heard: list[int] = []
    listener = Listener(url, heard.append, retry=0.2)
    listener.start()
    try:
        wait_for(listener.listening.is_set)
        with centre.connect_as("officer1") as evil:
            evil.execute("NOTIFY ws_events, '²'")
            evil.execute(f"NOTIFY ws_events, '{'9' * 5000}'")
            evil.execute("NOTIFY ws_events, '7'")
        wait_for(lambda: 7 in heard)
        assert listener.is_alive() and heard == [0, 0, 7]
    finally:
        listener.stop()
        listener.join(5)


def test_the_times_a_desk_writes_still_go_up(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """Times as a desk writes them (isoformat: UTC or +08:00, with microseconds or without) still go up."""
    _desk, lead_id = held
    token = token_of(centre, lead_id)
    at = datetime.now(UTC) - timedelta(days=1)
    payload = {**outcome_payload("1"), "started_at": at.replace(microsecond=0).isoformat(),
               "ended_at": at.astimezone(timezone(timedelta(hours=8))).isoformat()}
    with centre.connect_as("officer14") as conn:
        answers = push(conn, [event("outcome_recorded", lead_id, "officer14", payload, token=token, at=at)])
    assert all(seq is not None for seq, _ in answers.values()), answers
