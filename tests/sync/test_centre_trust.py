"""The centre trusts no desk: each attack found with a desk's or an officer's own credentials, refused by
PostgreSQL itself, with the server unchanged (issue 12). Runs on a cluster that checks passwords."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.support import pg
from tests.sync.conftest import new_lead
from workstation.bootstrap import attach_centre, bootstrap
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import Role
from workstation.errors import AuthError, InvalidInput, NotAllowed
from workstation.services import auth, leads, outcomes
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.journal import new_id
from workstation.sync import officers as centre_officers
from workstation.sync.centre import Centre
from workstation.sync.options import SyncOptions
from workstation.sync.status import dead_letters

PASSWORD = "correct horse 1"
PEOPLE = {"officer1": "officer", "officer14": "officer", "lead1": "lead", "admin1": "admin"}


@dataclass
class TrustCentre:
    url: str  # superuser (the installer); used only to set up and to look
    admin: pg.PgServer
    dbname: str
    prefix: str

    def connect_as(self, officer: str, password: str = PASSWORD, desk: str = "evil-desk") -> psycopg.Connection:
        return psycopg.connect(host=self.admin.host, port=self.admin.port, dbname=self.dbname, autocommit=True,
                               user=self.prefix + officer, password=password, application_name=desk)

    def look(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        with self.admin.connect(self.dbname) as conn:
            return conn.execute(sql, args).fetchall()

    def desk_url(self) -> str:
        """What a desk keeps: the centre's address, with nobody's name or password in it."""
        return make_url(self.url).set(username="nobody", password=None).render_as_string(hide_password=False)


@pytest.fixture
def centre(pw_url: str, pw_admin: pg.PgServer) -> TrustCentre:
    engine = make_engine(pw_url)
    migrate.upgrade(engine)
    from sqlalchemy.orm import Session

    with engine.begin() as conn, Session(bind=conn) as s:
        for name, role in PEOPLE.items():
            centre_officers.add(s, name, name.upper(), role, PASSWORD)
        prefix = centre_officers.role_prefix(s)
    engine.dispose()
    return TrustCentre(pw_url, pw_admin, make_url(pw_url).database or "", prefix)


@pytest.fixture
def desks(tmp_path: Path, centre: TrustCentre) -> Iterator[Any]:
    made: list[Workstation] = []

    def make(name: str) -> Workstation:
        ws = bootstrap(Settings(data_dir=tmp_path / name, desk_id=name))
        attach_centre(ws, Centre(ws, centre.desk_url(), SyncOptions(url=centre.desk_url())))
        ws.centre._prefix = centre.prefix  # type: ignore[attr-defined]  (saved at connect time on a real desk)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def server_state(c: TrustCentre) -> tuple[Any, ...]:
    """Everything a hostile desk might want to change, in one comparable value."""
    return (c.look("SELECT id, kind, officer, desk, payload FROM events ORDER BY id"),
            c.look("SELECT id, status, owner, claim_token, phone, person_name, amount_protected FROM leads ORDER BY id"),
            c.look("SELECT event_id FROM calls ORDER BY event_id"),
            c.look("SELECT username, role, active, version FROM officers ORDER BY username"))


def push(conn: psycopg.Connection, events: list[dict[str, Any]], refs: dict[str, str] | None = None
         ) -> dict[str, tuple[int | None, str | None]]:
    rows = conn.execute("SELECT event_id, server_seq, refused FROM ws_push(%s::jsonb, %s::jsonb)",
                        (json.dumps(events), json.dumps(refs or {}))).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def event(kind: str, lead_id: str | None, officer: str | None, payload: dict[str, Any], *,
          token: str | None = None, at: datetime | None = None) -> dict[str, Any]:
    return {"id": new_id(), "lead_id": lead_id, "kind": kind, "officer": officer,
            "occurred_at": (at or datetime.now(UTC)).isoformat(), "payload": payload, "amends": None,
            "claim_token": token}


def outcome_payload(amount: str = "9999999") -> dict[str, Any]:
    now = datetime.now(UTC)
    return {"code": "persuaded", "started_at": (now - timedelta(minutes=3)).isoformat(), "ended_at": now.isoformat(),
            "amount_protected": amount, "amount_lost": "0", "contacted_party": "self", "notes": "",
            "result": {"status": "closed", "next_due_at": None, "attempts": 1, "escalated": False}}


@pytest.fixture
def held(centre: TrustCentre, desks: Any) -> tuple[Workstation, str]:
    """A lead received on a desk, pushed, and claimed on the centre by officer14 at that desk."""
    desk = desks("desk14")
    auth.sign_in(desk, "officer14", PASSWORD)
    lead_id = leads.receive(desk, new_lead(1))
    desk.centre.sync_once()  # type: ignore[union-attr]
    leads.claim(desk, "officer14", lead_id)
    return desk, lead_id


# --- identity -----------------------------------------------------------------------------------------------


def test_a_desk_signs_in_on_the_centre_and_a_wrong_password_is_refused(centre: TrustCentre, desks: Any) -> None:
    desk = desks("a")
    with pytest.raises(AuthError):
        auth.sign_in(desk, "officer1", "wrong password")
    info = auth.sign_in(desk, "officer1", PASSWORD)
    assert info.role is Role.OFFICER
    assert centre.look("SELECT count(*) FROM officers WHERE password_hash <> ''") == [(0,)]  # the centre keeps none


def test_offline_sign_in_uses_the_verifier_cached_at_the_last_online_sign_in(centre: TrustCentre,
                                                                             desks: Any) -> None:
    desk = desks("a")
    auth.sign_in(desk, "officer1", PASSWORD)
    away = Settings(data_dir=desk.settings.data_dir, desk_id="a")
    offline = bootstrap(away)
    attach_centre(offline, Centre(offline, "postgresql://nobody@127.0.0.1:1/none", SyncOptions(connect_timeout=1)))
    offline.centre._prefix = centre.prefix  # type: ignore[attr-defined]
    try:
        assert auth.sign_in(offline, "officer1", PASSWORD).username == "officer1"
        with pytest.raises(AuthError):
            auth.sign_in(offline, "officer1", "not it")
        with pytest.raises(AuthError):  # never signed in online here: no verifier, no way in
            auth.sign_in(offline, "officer14", PASSWORD)
    finally:
        offline.close()


def test_password_hashes_are_not_readable_and_officers_cannot_be_forged(centre: TrustCentre) -> None:
    before = server_state(centre)
    with centre.connect_as("officer1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT password_hash FROM officers")
        cols = [d.name for d in conn.execute("SELECT * FROM officer_directory LIMIT 1").description or []]
        assert "password_hash" not in cols and "username" in cols
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO officers (username, display_name, role, password_hash, badge_no, active, "
                         "failed_logins, created_at) VALUES ('evil', 'E', 'admin', 'x', '', true, 0, now())")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # only admins may call it
            conn.execute("SELECT ws_add_officer('evil', 'E', 'admin', %s, '')",
                         (centre_officers.scram_verifier("known"),))
    with centre.connect_as("lead1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT ws_set_officer_role('lead1', 'admin')")
    assert server_state(centre) == before


def test_an_admin_adds_and_re_roles_officers_and_every_desk_learns_it(centre: TrustCentre, desks: Any) -> None:
    a, b = desks("a"), desks("b")
    auth.sign_in(a, "admin1", PASSWORD)
    auth.sign_in(b, "officer1", PASSWORD)
    auth.add_officer(a, "newbie", "NEWBIE", Role.OFFICER, "newbie-pass-1", by="admin1")
    auth.set_role(a, "admin1", "officer1", Role.LEAD)
    b.centre.sync_once()  # type: ignore[union-attr]
    assert auth.get(b, "officer1").role is Role.LEAD  # type: ignore[union-attr]
    assert auth.get(b, "newbie") is not None
    assert auth.sign_in(b, "newbie", "newbie-pass-1").username == "newbie"
    auth.set_active(a, "admin1", "newbie", False)
    with pytest.raises(AuthError):
        auth.sign_in(b, "newbie", "newbie-pass-1")
    changes = centre.look("SELECT username, change FROM ws_centre.officer_changes ORDER BY seq")
    assert ("newbie", "added") in changes and ("officer1", "role") in changes and ("newbie", "active") in changes


# --- writes only through checked functions ---------------------------------------------------------------------


def test_no_desk_writes_a_table_directly(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    before = server_state(centre)
    with centre.connect_as("officer1") as conn:
        for stmt in (f"UPDATE leads SET phone = '110', person_name = 'x', status = 'closed', owner = NULL "
                     f"WHERE id = '{lead_id}'",
                     "DELETE FROM calls", "DELETE FROM leads", "DELETE FROM events",
                     "INSERT INTO events (id, kind, desk, occurred_at, payload) VALUES ('x', 'k', 'd', now(), '{}')",
                     "TRUNCATE events", "CREATE TABLE public.mine (x int)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
    assert server_state(centre) == before


def test_an_outcome_in_another_officers_name_or_without_the_claim_is_refused(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    before = server_state(centre)
    token = centre.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0]
    with centre.connect_as("officer1") as conn:
        forged = [event("outcome_recorded", lead_id, "admin1", outcome_payload()),  # someone else's name
                  event("outcome_recorded", lead_id, "officer1", outcome_payload()),  # no claim token
                  event("outcome_recorded", lead_id, "officer1", outcome_payload(), token=token),  # officer14's
                  event("lead_claimed", lead_id, "officer1",
                        {"token": "t", "lease_expires_at": "2030-01-01T00:00:00+00:00"}, token="t"),
                  event("lead_reassigned", lead_id, "officer1", {"to": "officer1", "token": "t"}, token="t")]
        answers = push(conn, forged)
        with pytest.raises(psycopg.DatabaseError, match="cannot act as") as refused:  # a superuser's privilege
            conn.execute("SELECT ws_claim_next(60, 'officer14')")
        assert refused.value.sqlstate == "WS403"
    assert all(seq is None and why for seq, why in answers.values()), answers
    reasons = [answers[e["id"]][1] or "" for e in forged]
    assert "not the caller" in reasons[0] and "claim token" in reasons[1] and "not a claim of" in reasons[2]
    assert "only by the centre" in reasons[3] and "only by the centre" in reasons[4]
    assert server_state(centre) == before


def test_malformed_oversized_foreign_and_old_events_are_refused_one_by_one(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    _desk, lead_id = held
    before = server_state(centre)
    old = datetime.now(UTC) - timedelta(days=400)
    with centre.connect_as("officer14") as conn:
        token = centre.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0]
        bad = [event("outcome_recorded", lead_id, "officer14", {"code": "persuaded"}, token=token),
               event("outcome_recorded", lead_id, "officer14",
                     {**outcome_payload("0"), "notes": "x" * 300_000}, token=token),
               event("outcome_recorded", lead_id, "ghost", outcome_payload("0"), token=token),
               event("outcome_recorded", lead_id, "officer14", outcome_payload("0"), token=token, at=old),
               event("outcome_recorded", lead_id, "officer14",
                     {**outcome_payload("0"), "script_version": 99999999999999}, token=token),
               event("made_up_kind", lead_id, "officer14", {}),
               {**event("outcome_recorded", lead_id, "officer14", outcome_payload("0"), token=token),
                "occurred_at": "not a time"}]
        answers = push(conn, bad)
    reasons = [answers[e["id"]][1] or "" for e in bad]
    assert all(answers[e["id"]][0] is None for e in bad)
    assert "result is missing" in reasons[0] and "128 KiB" in reasons[1] and "not the caller" in reasons[2]
    assert "window" in reasons[3] and "script_version" in reasons[4] and "unknown event kind" in reasons[5]
    assert "not a time" in reasons[6]
    assert server_state(centre) == before


def receipt_event() -> dict[str, Any]:
    return event("lead_received", new_id(), None, {
        "person_name": "王某", "phone": "13800000001", "scam_type": "fake_loan", "level": "red",
        "trigger_kind": "fraud_call", "trigger_detail": "", "triggered_at": datetime.now(UTC).isoformat(),
        "deadline_at": datetime.now(UTC).isoformat(), "amount_at_risk": "100", "district": "西湖区",
        "city": "", "source": "platform", "external_id": None, "id_number": None})


def test_a_receipt_whose_reference_is_taken_is_refused_alone(centre: TrustCentre) -> None:
    with centre.connect_as("officer1") as conn:
        first = receipt_event()
        assert push(conn, [first], {first["lead_id"]: "YJ261201-AAAAAAAA"})[first["id"]][0] is not None
        clash, other = receipt_event(), receipt_event()
        answers = push(conn, [clash, other], {clash["lead_id"]: "YJ261201-AAAAAAAA",
                                              other["lead_id"]: "YJ261201-BBBBBBBB"})
    assert answers[clash["id"]][0] is None and "taken" in (answers[clash["id"]][1] or "")
    assert answers[other["id"]][0] is not None  # one bad receipt does not stop the batch
    assert centre.look("SELECT count(*) FROM leads") == [(2,)]


def test_the_desk_name_comes_from_the_session_and_the_pusher_is_recorded(centre: TrustCentre) -> None:
    with centre.connect_as("officer1", desk="real-desk") as conn:
        receipt = event("lead_received", new_id(), None, {
            "person_name": "王某", "phone": "13800000001", "scam_type": "fake_loan", "level": "red",
            "trigger_kind": "fraud_call", "trigger_detail": "", "triggered_at": datetime.now(UTC).isoformat(),
            "deadline_at": datetime.now(UTC).isoformat(), "amount_at_risk": "100", "district": "西湖区",
            "city": "", "source": "platform", "external_id": None, "id_number": None})
        receipt["desk"] = "forged-desk"
        answers = push(conn, [receipt], {receipt["lead_id"]: "YJ261201-ABCDEFGH"})
    assert answers[receipt["id"]][0] is not None
    assert centre.look("SELECT desk FROM events WHERE id = %s", receipt["id"]) == [("real-desk",)]
    assert centre.look("SELECT pushed_by FROM ws_centre.event_origin WHERE event_id = %s", receipt["id"]) == [
        (centre.prefix + "officer1",)]


def test_ids_the_centre_makes_are_uuid7_of_the_current_time(centre: TrustCentre) -> None:
    """The centre's own events (claims, releases, sweeps) get ids of the desks' form (migration 0014 rewrote the
    generator in PL/pgSQL so its plan is kept)."""
    rows = centre.look("SELECT ws_centre.uuid7(), (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                       "FROM generate_series(1, 200)")
    ids = [uuid.UUID(text) for text, _ in rows]
    pairs = list(zip(ids, rows, strict=True))
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == text for u, (text, _) in pairs)
    assert len({str(u) for u in ids}) == 200
    assert all(abs((u.int >> 80) - ms) <= 1000 for u, (_, ms) in pairs)  # the leading 48 bits: the time


def test_the_helpers_and_the_announcement_of_0014_are_no_handle_for_an_officer(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """Migration 0014 replaced three helpers (CREATE OR REPLACE keeps their privileges) and added ws_announce,
    which every officer may call: it wakes desks and changes nothing."""
    before = server_state(centre)
    with centre.connect_as("officer1") as conn:
        for call in ("ws_centre.is_superuser()", "ws_centre.uuid7()", "ws_centre.limit_of('held_leads')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT {call}")
        conn.execute("LISTEN ws_events")
        top = conn.execute("SELECT ws_announce()").fetchone()  # autocommit: the wake-up is sent at once
        assert top == centre.look("SELECT max(server_seq) FROM events")[0]
        assert [n.payload for n in conn.notifies(timeout=5, stop_after=1)] == [str(top[0])]
    assert server_state(centre) == before


def test_a_refused_event_is_a_dead_letter_and_the_rest_go_up(centre: TrustCentre,
                                                            held: tuple[Workstation, str]) -> None:
    desk, lead_id = held
    from workstation.domain.events import EventKind
    from workstation.store.journal import append
    from workstation.store.models import Lead

    with desk.unit_of_work() as s:  # a forged claim written straight into the desk's own SQLite
        append(s, s.get(Lead, lead_id), EventKind.LEAD_CLAIMED, {"token": "t"}, officer="officer14",
               desk="desk14", at=desk.clock.now(), claim_token="t")
    good = leads.receive(desk, new_lead(2))
    report = desk.centre.sync_once()  # type: ignore[union-attr]
    assert report.dead == 1 and report.pushed >= 1
    assert "only by the centre" in dead_letters(desk)[0][1]
    assert centre.look("SELECT count(*) FROM leads WHERE id = %s", good) == [(1,)]


def test_a_saved_outcome_never_carries_what_the_centre_refuses(held: tuple[Workstation, str]) -> None:
    desk, lead_id = held
    now = desk.clock.now()
    with pytest.raises(InvalidInput, match="script version"):
        outcomes.record(desk, "officer14", lead_id, OutcomeInput(
            code="persuaded", started_at=now - timedelta(minutes=2), ended_at=now, contacted_party="self",
            amount_protected=Decimal("100"), script_version=99999999999999))


# --- claims -------------------------------------------------------------------------------------------------


def test_an_officer_not_signed_in_at_a_desk_cannot_claim_there(centre: TrustCentre, desks: Any) -> None:
    desk = desks("a")
    auth.sign_in(desk, "officer1", PASSWORD)
    leads.receive(desk, new_lead(1))
    desk.centre.sync_once()  # type: ignore[union-attr]
    with pytest.raises(NotAllowed):
        leads.next_lead(desk, "officer14")
    assert centre.look("SELECT count(*) FROM leads WHERE owner IS NOT NULL") == [(0,)]


def test_two_desks_never_get_the_same_lead_and_see_each_others_outcomes(centre: TrustCentre,
                                                                       desks: Any) -> None:
    a, b = desks("a"), desks("b")
    auth.sign_in(a, "officer1", PASSWORD)
    auth.sign_in(b, "officer14", PASSWORD)
    for i in range(6):
        leads.receive(a, new_lead(i))
    a.centre.sync_once()  # type: ignore[union-attr]
    taken: list[str] = []
    for _ in range(3):
        for ws, officer in ((a, "officer1"), (b, "officer14")):
            got = leads.next_lead(ws, officer).lead
            assert got is not None
            taken.append(got.id)
    assert len(set(taken)) == 6
    mine = taken[0]
    now = a.clock.now()
    outcomes.record(a, "officer1", mine, OutcomeInput(code="persuaded", started_at=now - timedelta(minutes=2),
                                                      ended_at=now, contacted_party="self"))
    a.centre.sync_once()  # type: ignore[union-attr]
    b.centre.sync_once()  # type: ignore[union-attr]
    assert leads.detail(b, mine).row.status == "closed"
    with pytest.raises(NotAllowed):  # b's officer cannot record on a's officer's lead
        outcomes.record(b, "officer14", taken[2], OutcomeInput(
            code="persuaded", started_at=now - timedelta(minutes=2), ended_at=now, contacted_party="self"))
    assert centre.look("SELECT status, owner FROM leads WHERE id = %s", mine) == [("closed", None)]


def test_a_team_lead_reassigns_on_the_centre_and_an_officer_cannot(centre: TrustCentre, desks: Any,
                                                                   held: tuple[Workstation, str]) -> None:
    from workstation.services import review

    _desk, lead_id = held
    team = desks("team")
    auth.sign_in(team, "lead1", PASSWORD)
    team.centre.sync_once()  # type: ignore[union-attr]
    done = review.reassign(team, "lead1", lead_id, "officer1")
    assert done.from_officer == "officer14" and done.to_officer == "officer1"
    assert centre.look("SELECT owner FROM leads WHERE id = %s", lead_id) == [("officer1",)]
    assert centre.look("SELECT officer FROM events WHERE id = %s", done.event_id) == [("lead1",)]
    before = server_state(centre)
    with centre.connect_as("officer14") as conn, pytest.raises(psycopg.DatabaseError, match="team lead"):
        conn.execute("SELECT ws_reassign(%s, 'officer14')", (lead_id,))
    assert server_state(centre) == before


def test_no_temporary_object_of_a_caller_can_stand_in_for_the_centres(centre: TrustCentre) -> None:
    """A TEMP SEQUENCE events_server_seq once chose the server numbers of the caller's events (pg_temp is
    searched first for relations)."""
    before = server_state(centre)
    with centre.connect_as("officer1") as conn:
        for stmt in ("CREATE TEMP SEQUENCE events_server_seq START 9000000000000000000",
                     "CREATE TEMP TABLE officers (username text)", "CREATE TEMP VIEW pg_roles AS SELECT 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
    assert server_state(centre) == before
    definer = centre.look("SELECT proname FROM pg_proc WHERE prosecdef AND NOT ("
                          "coalesce(proconfig, '{}') @> ARRAY['search_path=pg_catalog, public, pg_temp'])")
    assert definer == []  # every SECURITY DEFINER function pins its path, pg_temp last


def test_a_time_the_callers_session_settings_could_reinterpret_is_refused(
        centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """A deadline in a time-zone abbreviation parsed under the caller's own timezone_abbreviations once stored,
    then broke every later projection of that lead in other officers' sessions."""
    _desk, lead_id = held
    before = server_state(centre)
    with centre.connect_as("officer1") as conn:
        conn.execute("SET timezone_abbreviations = 'Australia'")
        conn.execute("SET TimeZone = 'Pacific/Kiritimati'")
        now = datetime.now(UTC)
        bad = [event("trigger_added", lead_id, "officer1", {"deadline_at": now.strftime("%Y-%m-%d %H:%M") + " WST"}),
               event("trigger_added", lead_id, "officer1", {"deadline_at": now.strftime("%Y-%m-%d %H:%M")}),
               {**event("trigger_added", lead_id, "officer1", {"deadline_at": now.isoformat()}),
                "occurred_at": now.strftime("%Y-%m-%d %H:%M:%S")}]
        answers = push(conn, bad)
    assert all(answers[e["id"]][0] is None and "time" in (answers[e["id"]][1] or "") for e in bad), answers
    assert server_state(centre) == before


def test_events_that_would_stall_every_desk_are_refused(centre: TrustCentre, held: tuple[Workstation, str]) -> None:
    """Found by attack: a year-1 deadline (every desk's projection overflowed), JSON nested 5000 deep (every
    desk's parser recursed out), an outcome leaving the lead 'claimed' by nobody or due in the year 9999."""
    _desk, lead_id = held
    before = server_state(centre)
    token = centre.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0]
    deep: object = 1
    for _ in range(500):  # (5000 deep in the attack; json.dumps here recurses too)
        deep = [deep]
    with centre.connect_as("officer14") as conn:
        result = outcome_payload("0")["result"]
        bad = [event("trigger_added", lead_id, "officer14", {"deadline_at": "0001-01-01T00:00:00+00:00"}),
               event("document_printed", None, "officer14", {"x": deep}),
               event("outcome_recorded", lead_id, "officer14", {**outcome_payload("0"),
                     "result": {**result, "status": "claimed"}}, token=token),
               event("outcome_recorded", lead_id, "officer14", {**outcome_payload("0"),
                     "result": {**result, "status": "new", "next_due_at": "9999-12-31T00:00:00+00:00"}},
                     token=token)]
        answers = push(conn, bad)
    reasons = [answers[e["id"]][1] or "" for e in bad]
    assert all(answers[e["id"]][0] is None for e in bad), answers
    assert "time" in reasons[0] and "too deep" in reasons[1] and "status" in reasons[2] and "next_due_at" in reasons[3]
    assert server_state(centre) == before


def test_nobody_can_hold_the_lock_on_another_officers_lead(centre: TrustCentre,
                                                          held: tuple[Workstation, str]) -> None:
    """Found by attack: ws_release locked the row before checking the owner, so an open transaction of a
    stranger's blocked the holder's pushes for that lead."""
    _desk, lead_id = held
    token = centre.look("SELECT claim_token FROM leads WHERE id = %s", lead_id)[0][0]
    with centre.connect_as("officer1") as stranger:
        stranger.execute("BEGIN")
        assert stranger.execute("SELECT ws_release(%s, %s)", (lead_id, token)).fetchone() == (False,)
        with centre.connect_as("officer14") as holder:  # still in the stranger's open transaction
            holder.execute("SET lock_timeout = '2s'")
            assert holder.execute("SELECT ws_heartbeat(ARRAY[%s], 60)", (token,)).fetchone() == (1,)
            assert holder.execute("SELECT ws_release(%s, %s)", (lead_id, token)).fetchone() == (True,)
        stranger.execute("ROLLBACK")


def test_an_old_claim_token_cannot_close_a_lead_someone_else_claimed_since(
        centre: TrustCentre, desks: Any) -> None:
    """Found by attack: officer1 claimed and released; officer14 claimed, recorded a callback and released;
    officer1's outcome under the old token then closed the lead. It stays on record, fenced."""
    desk = desks("a")
    auth.sign_in(desk, "officer1", PASSWORD)
    lead_id = leads.receive(desk, new_lead(1))
    desk.centre.sync_once()  # type: ignore[union-attr]
    with centre.connect_as("officer1") as one:
        old = one.execute("SELECT ws_claim(%s, 60)", (lead_id,)).fetchone()[0]
        assert one.execute("SELECT ws_release(%s, %s)", (lead_id, old)).fetchone() == (True,)
    with centre.connect_as("officer14") as other:
        new = other.execute("SELECT ws_claim(%s, 60)", (lead_id,)).fetchone()[0]
        assert other.execute("SELECT ws_release(%s, %s)", (lead_id, new)).fetchone() == (True,)
    with centre.connect_as("officer1") as one:
        answers = push(one, [event("outcome_recorded", lead_id, "officer1", outcome_payload("999999"), token=old)])
    assert all(seq is not None for seq, _ in answers.values())  # kept on record …
    assert centre.look("SELECT status, amount_protected FROM leads WHERE id = %s", lead_id) == [
        ("new", Decimal("999999.00"))]  # … its amount counts, but the lead stays in the queue


def test_a_receipt_whose_trigger_kind_is_unknown_is_accepted(centre: TrustCentre) -> None:
    """A partner's list says nothing of the trigger: TriggerKind.UNKNOWN goes up (migration 0016); a kind no
    desk knows is still refused."""
    unknown, made_up = receipt_event(), receipt_event()
    unknown["payload"]["trigger_kind"] = "unknown"
    made_up["payload"]["trigger_kind"] = "made_up"
    with centre.connect_as("officer1") as conn:
        answers = push(conn, [unknown, made_up], {unknown["lead_id"]: "YJ261201-UNKNOWN1",
                                                  made_up["lead_id"]: "YJ261201-MADEUP01"})
    assert answers[unknown["id"]][0] is not None
    assert answers[made_up["id"]][0] is None and "trigger_kind" in (answers[made_up["id"]][1] or "")
    assert centre.look("SELECT trigger_kind FROM leads WHERE id = %s", unknown["lead_id"]) == [("unknown",)]
