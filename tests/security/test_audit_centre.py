"""Audit reaches the centre (issue 12): each desk's chain goes up to an insert-only copy on a real PostgreSQL,
which no desk or officer role can change or forge; `audit verify` finds what the chain alone cannot (a cut
tail, a deleted log, an edited-and-recomputed chain) and a missing append-only trigger."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from tests.support import pg
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import DeskFactory, centre_of
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.store.db import make_engine
from workstation.store.journal import new_id
from workstation.sync import audit_push
from workstation.sync.options import save_url
from workstation.sync.pull import set_state

# The centre-mode fixtures (a migrated centre database, desks on their own SQLite), shared with tests/sync.
centre_url = sync_fixtures.centre_url
make_desk = sync_fixtures.make_desk

AWKWARD = {"rows": 3, "ratio": 0.1, "tiny": 1e-05, "big": 1e16, "huge": 1.7976931348623157e308, "neg0": -0.0,
           "edge": 9999999999999998.0, "int": 123456789012345678901234567890, "t": True, "n": None,
           "text": "周报 ✓ \x01\n\t\"\\/ \u2028 😀 \x7f", "nested": {"z": [1, 2.5, {}], "é": [], "周": "x", "A": {}}}

# --- helpers --------------------------------------------------------------------------------------------


@pytest.fixture
def officer_role(pg_admin: pg.PgServer) -> Iterator[str]:
    """A login role IN ROLE ws_officer: what a desk's or an officer's own credentials can do."""
    name = f"ws_test_auditor_{secrets.token_hex(4)}"
    with pg_admin.connect() as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE ws_officer')
    yield name
    with pg_admin.connect() as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def connect(url: str, desk: str = "a") -> psycopg.Connection:
    return psycopg.connect(pg.libpq_url(url), autocommit=True, application_name=desk)


def centre_copy(url: str, desk: str = "a") -> list[tuple[Any, ...]]:
    with connect(url) as conn:
        return conn.execute("SELECT seq, id, at, actor, entry_desk, action, target, details, prev_hash, hash, "
                            "pushed_by FROM ws_audit.centre_audit WHERE desk = %s ORDER BY seq", (desk,)).fetchall()


def local_hashes(ws: Workstation) -> list[tuple[int, str]]:
    with ws.sessions() as s:
        return list(audit.hashes(s))


def fill(ws: Workstation, n: int = 5, details: dict[str, Any] | None = None) -> None:
    for i in range(n):
        audit.record(ws, "lead1", AuditAction.EXPORTED, f"report-{i}", details or {"rows": i, "note": "周报 ✓"})


def connected(make_desk: DeskFactory, url: str, name: str = "a") -> Workstation:
    """A desk whose settings.toml names itself and its centre, as `workstation connect` leaves it."""
    ws = make_desk(name, url)
    (Path(ws.settings.data_dir) / "settings.toml").write_text(f'desk_id = "{name}"\n', encoding="utf-8")
    save_url(Path(ws.settings.data_dir), url)
    return ws


def verify(ws: Workstation, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--lang", "en", "--data-dir", str(ws.settings.data_dir), "audit", "verify", *extra], clock=ws.clock)
    out = capsys.readouterr()
    return code, out.out + out.err


def wire(seq: int, prev_hash: str, **over: Any) -> dict[str, Any]:
    """A well-formed entry seq (its hash computed as the desk computes it), with fields overridden."""
    e: dict[str, Any] = {"seq": seq, "id": new_id(), "at": datetime.now(UTC), "actor": "officer1", "desk": "a",
                         "action": "exported", "target": "forged", "details": {"rows": 1}, "prev_hash": prev_hash}
    e.update(over)
    digest = audit.entry_hash(e["seq"], e["id"], e["at"], e["actor"], e["desk"], e["action"], e["target"],
                              e["details"], e["prev_hash"])
    return {**e, "at": e["at"].astimezone(UTC).isoformat(timespec="microseconds"),
            "details": audit.canonical(e["details"]), "hash": digest}


class Tamper:
    """Change a desk's SQLite audit_log as someone holding the file would, and put the guards back after."""

    def __init__(self, ws: Workstation) -> None:
        self.ws = ws

    def __call__(self, *sql: str, params: list[dict[str, Any]] | None = None) -> None:
        with self.ws.engine.begin() as conn:
            guards = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                          "AND tbl_name = 'audit_log'").all()
            for name, _ in guards:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            for stmt in sql:
                conn.execute(text(stmt), params or [{}])
            for _, ddl in guards:
                conn.exec_driver_sql(ddl)


# --- entries reach the centre -------------------------------------------------------------------------------


def test_a_desks_entries_reach_the_centre_on_sync(make_desk: DeskFactory, centre_url: str) -> None:
    a = make_desk("a", centre_url)
    fill(a, 4, AWKWARD)  # floats, big ints, controls, non-ASCII keys: hashed by the centre as Python does
    centre_of(a).sync_once()
    rows = centre_copy(centre_url)
    assert [(r[0], r[9]) for r in rows] == local_hashes(a) and len(rows) >= 4 + 3  # + the officers added
    assert rows[-1][4] == "a" and rows[-1][10] == "postgres" and json.loads(rows[-1][7]) == AWKWARD
    fill(a, 2)
    centre_of(a).sync_once()
    assert [(r[0], r[9]) for r in centre_copy(centre_url)] == local_hashes(a)
    with a.unit_of_work() as s:  # an acknowledgement lost: everything is sent again, and changes nothing
        set_state(s, audit_push.AUDIT_CURSOR, "0")
    assert audit_push.push_audit(a.sessions, centre_of(a).reader()) == 0
    assert audit_push.last_refusal(a.sessions) is None
    assert [(r[0], r[9]) for r in centre_copy(centre_url)] == local_hashes(a)


def test_an_officer_role_appends_through_the_function_and_a_new_centre_gets_the_whole_chain(
        make_desk: DeskFactory, centre_url: str, officer_role: str) -> None:
    a = make_desk("a")
    fill(a, 3)
    engine = make_engine(as_role(centre_url, officer_role))
    try:
        server = sessionmaker(engine)
        assert audit_push.push_audit(a.sessions, server, desk="a") == len(local_hashes(a))
        # The cursor says 6 went up; a centre that never saw this desk refuses entry 7 … and gets 1..7.
        fill(a, 1)
        assert audit_push.push_audit(a.sessions, server, desk="elsewhere") == len(local_hashes(a))
    finally:
        engine.dispose()
    assert [(r[0], r[9]) for r in centre_copy(centre_url, "elsewhere")] == local_hashes(a)
    assert {r[10] for r in centre_copy(centre_url)} == {officer_role}


# --- the centre's copy cannot be changed or forged --------------------------------------------------------


def test_the_centre_copy_cannot_be_changed_by_any_role(make_desk: DeskFactory, centre_url: str,
                                                       officer_role: str) -> None:
    a = make_desk("a", centre_url)
    centre_of(a).sync_once()
    before = centre_copy(centre_url)
    assert before
    statements = ("UPDATE ws_audit.centre_audit SET target = 'x'", "DELETE FROM ws_audit.centre_audit",
                  "TRUNCATE ws_audit.centre_audit",
                  "INSERT INTO ws_audit.centre_audit (desk, seq, id, at, actor, entry_desk, action, target, "
                  "details, prev_hash, hash) SELECT 'a', 99, id, at, actor, entry_desk, action, target, details, "
                  "prev_hash, hash FROM ws_audit.centre_audit WHERE seq = 1")
    with connect(as_role(centre_url, officer_role)) as conn:
        for stmt in statements:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
    with connect(centre_url) as conn:  # a superuser, even with ordinary triggers switched off
        conn.execute("SET session_replication_role = replica")
        for stmt in statements[:3]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                conn.execute(stmt)
    assert centre_copy(centre_url) == before


def _forgeries(seq: int, head: str, first_id: str) -> dict[str, tuple[list[dict[str, Any]], str]]:
    good = wire(seq + 1, head)
    spaced = '{"rows": 1}'  # hashed over the very text sent, so only the canonical check can refuse it
    doc = audit.canonical({k: v for k, v in good.items() if k != "hash"} | {"details": "@"})
    noncanon = good | {"details": spaced,
                       "hash": hashlib.sha256(doc.replace('"@"', spaced).encode()).hexdigest()}
    return {
        "wrong hash": ([good | {"hash": "ab" * 32}], "hash does not match"),
        "changed field": ([good | {"target": "something else"}], "hash does not match"),
        "broken chain": ([wire(seq + 1, audit.GENESIS)], "prev_hash"),
        "gap": ([wire(seq + 2, head)], "does not follow"),
        "rewritten history": ([wire(1, audit.GENESIS, id=first_id)], "differs from the copy"),
        "not canonical": ([noncanon], "canonical form"),
        "local time": ([good | {"at": datetime.now(UTC).astimezone(timezone(timedelta(hours=8))).isoformat(
            timespec="microseconds")}], '"at" must be UTC'),
        "too long": ([wire(seq + 1, head, actor="x" * 65)], "longer than 64"),
        "unknown field": ([good | {"extra": "x"}], "unknown fields"),
        "too many": ([good] * 1001, "at most 1000"),
    }


@pytest.mark.parametrize("forgery", ["wrong hash", "changed field", "broken chain", "gap", "rewritten history",
                                     "not canonical", "local time", "too long", "unknown field", "too many"])
def test_a_forged_entry_is_refused_and_the_copy_unchanged(make_desk: DeskFactory, centre_url: str,
                                                          officer_role: str, forgery: str) -> None:
    a = make_desk("a", centre_url)
    centre_of(a).sync_once()
    before = centre_copy(centre_url)
    seq, head = before[-1][0], before[-1][9]
    entries, message = _forgeries(seq, head, before[0][1])[forgery]
    key = audit_push.desk_key(a.sessions)  # the desk's own key: the forger holds the desk (see test_centre_attacks_2)
    with connect(as_role(centre_url, officer_role)) as conn:
        with pytest.raises(psycopg.Error, match=message):
            conn.execute("SELECT ws_append_audit(%s::jsonb, %s)", (json.dumps(entries), key))
        # The same call with the one well-formed next entry goes through: the refusal was for the forgery.
        assert conn.execute("SELECT ws_append_audit(%s::jsonb, %s)", (json.dumps([wire(seq + 1, head)]), key)
                            ).fetchone() == (1,)
    after = centre_copy(centre_url)
    assert after[:-1] == before and after[-1][0] == seq + 1


def test_no_desk_name_no_append(centre_url: str, officer_role: str) -> None:
    key = secrets.token_urlsafe(32)
    with connect(as_role(centre_url, officer_role), desk="") as conn:
        with pytest.raises(psycopg.Error, match="no desk name"):
            conn.execute("SELECT ws_append_audit(%s::jsonb, %s)", (json.dumps([wire(1, audit.GENESIS)]), key))
        conn.execute("SET application_name = 'a'")
        assert conn.execute("SELECT ws_append_audit(%s::jsonb, %s)", (json.dumps([wire(1, audit.GENESIS)]), key)
                            ).fetchone() == (1,)


def test_a_tampered_local_chain_is_refused_and_sync_goes_on(make_desk: DeskFactory,
                                                            centre_url: str) -> None:
    a = make_desk("a", centre_url)
    fill(a, 3)
    n = len(local_hashes(a))
    Tamper(a)(f"UPDATE audit_log SET target = 'forged' WHERE seq = {n}")
    report = centre_of(a).sync_once()  # the events and the rest of the cycle still go through
    assert report is not None
    assert [(r[0], r[9]) for r in centre_copy(centre_url)] == local_hashes(a)[:-1]  # all but the changed one
    refusal = audit_push.last_refusal(a.sessions)
    assert refusal is not None and refusal.startswith(f"{n}:") and "hash does not match" in refusal


# --- audit verify against the centre ---------------------------------------------------------------------------


def test_verify_finds_a_cut_tail(make_desk: DeskFactory, centre_url: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    a = connected(make_desk, centre_url)
    fill(a)
    centre_of(a).sync_once()
    code, out = verify(a, capsys)
    assert code == 0 and "Matches the centre's copy" in out, out
    n = len(local_hashes(a))
    Tamper(a)(f"DELETE FROM audit_log WHERE seq >= {n - 1}")
    assert audit.verify(a).ok  # the chain alone cannot see it …
    code, out = verify(a, capsys)  # … the centre's copy can
    assert code == 9 and f"The log ends at entry {n - 2}" in out and "cut short" in out


def test_verify_finds_a_deleted_log(make_desk: DeskFactory, centre_url: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    a = connected(make_desk, centre_url)
    fill(a)
    centre_of(a).sync_once()
    assert verify(a, capsys)[0] == 0
    Tamper(a)("DELETE FROM audit_log")
    assert audit.verify(a).ok
    code, out = verify(a, capsys)
    assert code == 9 and "log was deleted" in out


def test_verify_finds_an_edited_and_recomputed_chain(make_desk: DeskFactory, centre_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    a = connected(make_desk, centre_url)
    fill(a)
    centre_of(a).sync_once()
    assert verify(a, capsys)[0] == 0
    rows = audit.entries(a)
    k = len(rows) - 3
    prev, params = rows[k - 2].hash, []
    for r in rows[k - 1:]:  # seq k is rewritten; every hash after it recomputed so the chain checks out
        target = "someone else's report" if r.seq == k else r.target
        digest = audit.entry_hash(r.seq, r.id, r.at, r.actor, r.desk, r.action, target, r.details, prev)
        params.append({"seq": r.seq, "target": target, "prev": prev, "hash": digest})
        prev = digest
    Tamper(a)("UPDATE audit_log SET target = :target, prev_hash = :prev, hash = :hash WHERE seq = :seq",
              params=params)
    assert audit.verify(a).ok and audit.entries(a)[k - 1].target == "someone else's report"
    code = main(["--lang", "en", "--data-dir", str(a.settings.data_dir), "audit", "verify", "--json"], clock=a.clock)
    doc = json.loads(capsys.readouterr().out)
    assert code == 9 and doc["chain_ok"] and not doc["ok"] and doc["centre"]["first_bad_seq"] == k
    assert f"Entry {k} differs from the centre's copy" in doc["centre"]["problems"][0]


@pytest.mark.parametrize("trigger", ["audit_log_no_update", "audit_log_no_delete"])
def test_verify_finds_a_dropped_local_trigger(make_desk: DeskFactory, capsys: pytest.CaptureFixture[str],
                                              trigger: str) -> None:
    a = make_desk("a")
    (Path(a.settings.data_dir) / "settings.toml").write_text('desk_id = "a"\n', encoding="utf-8")
    fill(a)
    assert verify(a, capsys)[0] == 0
    with a.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    assert audit.verify(a).ok
    code, out = verify(a, capsys)
    assert code == 9 and f"Trigger {trigger} on audit_log is missing" in out


def test_verify_finds_an_emptied_local_trigger(make_desk: DeskFactory,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("a")
    with a.engine.begin() as conn:  # same name, does nothing
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END")
    code, out = verify(a, capsys)
    assert code == 9 and "Trigger audit_log_no_delete on audit_log was altered" in out


def test_verify_finds_a_missing_trigger_on_a_postgresql_desk(pg_desk: Workstation) -> None:
    with pg_desk.sessions() as s:
        assert audit.guard_problems(s) == []
    with pg_desk.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    with pg_desk.sessions() as s:
        assert [p.code for p in audit.guard_problems(s)] == ["audit.trigger_disabled"]
    with pg_desk.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
    with pg_desk.sessions() as s:
        assert "audit_log_append_only on audit_log is missing" in str(audit.guard_problems(s)[0])


@pytest.mark.parametrize("how", ["DROP TRIGGER centre_audit_append_only ON ws_audit.centre_audit",
                                 "ALTER TABLE ws_audit.centre_audit DISABLE TRIGGER centre_audit_append_only"])
def test_verify_finds_the_centres_trigger_gone(make_desk: DeskFactory, centre_url: str,
                                               capsys: pytest.CaptureFixture[str], how: str) -> None:
    a = connected(make_desk, centre_url)
    centre_of(a).sync_once()
    assert verify(a, capsys)[0] == 0
    with connect(centre_url) as conn:
        conn.execute(how)
    code, out = verify(a, capsys)
    assert code == 9 and "centre_audit_append_only" in out


def test_verify_with_a_centre_url_an_unreachable_centre_and_local_only(
        make_desk: DeskFactory, centre_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("a", centre_url)  # not connected in settings.toml: the centre is named on the command line
    (Path(a.settings.data_dir) / "settings.toml").write_text('desk_id = "a"\n', encoding="utf-8")
    fill(a)
    centre_of(a).sync_once()
    code, out = verify(a, capsys, "--centre", centre_url)
    assert code == 0 and "Matches the centre's copy" in out
    Tamper(a)("DELETE FROM audit_log")
    assert verify(a, capsys, "--centre", centre_url)[0] == 9
    assert verify(a, capsys)[0] == 0  # no centre known, none given: the local checks only
    code, out = verify(a, capsys, "--centre", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 12 and "Not checked against the centre's copy" in out
    assert verify(a, capsys, "--local", "--centre", "postgresql://nobody@127.0.0.1:1/none")[0] == 0

