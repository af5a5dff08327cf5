"""The audit log: append-only, hash-chained; verify names the first changed or removed entry."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tests.core.conftest import NOW
from tests.support.sign_in import as_officer, feed_password
from workstation.bootstrap import bootstrap
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.settings import Settings


def fill(ws: Workstation, n: int = 6) -> None:
    for i in range(n):
        audit.record(ws, "lead1", AuditAction.EXPORTED, f"report-{i}", {"rows": i, "note": "周报 ✓"})


def sqlite_exec(ws: Workstation, *sql: str) -> None:
    """Tamper as someone holding the file would: drop the guard triggers, then write."""
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for s in sql:
            conn.exec_driver_sql(s)


def test_entries_chain_and_verify(desk: Workstation) -> None:
    fill(desk)
    rows = audit.entries(desk)
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    result = audit.verify(desk)
    assert result.ok and result.entries == len(rows) and result.head_hash == rows[-1].hash
    assert rows[-1].details == {"rows": 5, "note": "周报 ✓"} and rows[-1].desk == "desk-1"


def test_record_in_a_session_rolls_back_with_it(desk: Workstation) -> None:
    before = len(audit.entries(desk))
    with pytest.raises(RuntimeError), desk.unit_of_work() as session:
        audit.record(session, "lead1", AuditAction.PRINTED, "doc-1", {})
        raise RuntimeError("the print failed")
    assert len(audit.entries(desk)) == before and audit.verify(desk).ok


def test_append_only_on_sqlite(desk: Workstation) -> None:
    fill(desk, 2)
    for sql in ("UPDATE audit_log SET actor = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1"):
        with pytest.raises(DatabaseError, match="append-only"), desk.engine.begin() as conn:
            conn.exec_driver_sql(sql)


@pytest.mark.parametrize("column, value", [("actor", "'someone_else'"), ("details", "'{\"rows\":99}'"),
                                           ("details", "'not json'"), ("at", "'2020-01-01 00:00:00.000000'"),
                                           ("at", "'garbage'"), ("target", "'report-x'")])
def test_changed_entry_is_found(desk: Workstation, column: str, value: str) -> None:
    fill(desk)
    n = len(audit.entries(desk))
    sqlite_exec(desk, f"UPDATE audit_log SET {column} = {value} WHERE seq = {n - 2}")
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == n - 2 and result.problem.code == "audit.entry_changed"


def test_removed_entry_is_found(desk: Workstation) -> None:
    fill(desk)
    sqlite_exec(desk, "DELETE FROM audit_log WHERE seq = 3")
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 3 and result.problem.code == "audit.entries_missing"
    assert str(result.problem) == "Entries 3–3 were removed"


def test_removed_and_renumbered_is_found(desk: Workstation) -> None:
    fill(desk)
    sqlite_exec(desk, "DELETE FROM audit_log WHERE seq = 3", "UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")
    result = audit.verify(desk)
    assert not result.ok and result.first_bad_seq == 3


def test_cut_tail_is_found_with_an_anchor(desk: Workstation) -> None:
    fill(desk)
    head = audit.verify(desk)
    assert head.head_seq is not None and head.head_hash is not None
    sqlite_exec(desk, f"DELETE FROM audit_log WHERE seq = {head.head_seq}")
    assert audit.verify(desk).ok  # a chain alone cannot see its end cut off …
    result = audit.verify(desk, anchor=(head.head_seq, head.head_hash))  # … the anchor can
    assert not result.ok and result.first_bad_seq == head.head_seq


def test_cli_verify_and_list(desk: Workstation, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    fill(desk)
    url = desk.settings.db_url
    assert main(["--db", url, "audit", "verify"], clock=desk.clock) == 0
    assert capsys.readouterr().out.startswith("审计日志完好：")  # Chinese by default …
    assert main(["--lang", "en", "--db", url, "audit", "verify"], clock=desk.clock) == 0
    assert capsys.readouterr().out.startswith("Audit log intact: ")  # … English when asked
    feed_password(monkeypatch)
    listing = ["--db", url, "audit", "list", "--json"]
    assert main(listing, clock=desk.clock) == 6  # the log names who looked at whom: nobody reads it unsigned …
    assert main([*listing, *as_officer("officer1")], clock=desk.clock) == 4  # … nor as an officer
    capsys.readouterr()
    code = main([*listing, "--since", "2026-11-25T14:00", *as_officer("lead1")], clock=desk.clock)
    doc = json.loads(capsys.readouterr().out)
    filled = [e for e in doc["entries"] if not e["action"].startswith("sign_in")]
    assert code == 0 and doc["count"] == len(audit.entries(desk)) and filled[-1]["target"] == "report-5"
    assert main([*listing, "--since", "2026-11-25T14:01", *as_officer("lead1")], clock=desk.clock) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0  # NOW is 14:00 in Asia/Shanghai
    assert main(["--db", url, "audit", "list", "--action", "exported", *as_officer("lead1")],
                clock=desk.clock) == 0
    assert "report-3" in capsys.readouterr().out
    sqlite_exec(desk, "UPDATE audit_log SET target = 'forged' WHERE seq = 5")
    assert main(["--lang", "en", "--db", url, "audit", "verify"], clock=desk.clock) == 9
    assert "tampered with at entry 5: Entry 5 was changed" in capsys.readouterr().err
    assert main(["--db", url, "audit", "verify", "--anchor", "nonsense"], clock=desk.clock) == 2


def test_concurrent_appenders_on_sqlite(desk: Workstation, tmp_path: Path) -> None:
    desks = [bootstrap(Settings(data_dir=tmp_path, desk_id=f"desk-{i}"), upgrade=False) for i in range(4)]
    errors: list[BaseException] = []

    def work(ws: Workstation) -> None:
        try:
            for i in range(25):
                audit.record(ws, ws.desk, AuditAction.PRINTED, f"doc-{i}", {"i": i})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ws,)) for ws in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ws in desks:
        ws.close()
    assert not errors
    result = audit.verify(desk)
    assert result.ok and len(audit.entries(desk, action="printed")) == 100


# --- PostgreSQL -------------------------------------------------------------------------------------------


def test_append_only_and_tampering_on_postgresql(pg_desk: Workstation, pg_admin: object) -> None:
    fill(pg_desk)
    n = len(audit.entries(pg_desk))
    for sql in ("UPDATE audit_log SET actor = 'x' WHERE seq = 1", "DELETE FROM audit_log WHERE seq = 1",
                "TRUNCATE audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), pg_desk.engine.begin() as conn:
            conn.execute(text(sql))
    assert audit.verify(pg_desk).ok
    dbname = pg_desk.engine.url.database
    with pg_admin.connect(dbname) as conn:  # type: ignore[attr-defined]
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.execute("UPDATE audit_log SET details = '{\"rows\":0}' WHERE seq = %s", (n - 1,))
    result = audit.verify(pg_desk)
    assert not result.ok and result.first_bad_seq == n - 1 and result.problem.code == "audit.entry_changed"
    with pg_admin.connect(dbname) as conn:  # type: ignore[attr-defined]
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    result = audit.verify(pg_desk)
    assert not result.ok and result.first_bad_seq == 2 and result.problem.code == "audit.entries_missing"


def test_concurrent_appenders_on_postgresql(pg_desk: Workstation, tmp_path: Path) -> None:
    url = pg_desk.settings.db_url
    desks = [bootstrap(Settings(data_dir=tmp_path, db_url=url, desk_id=f"d{i}"), upgrade=False) for i in range(6)]
    errors: list[BaseException] = []

    def work(ws: Workstation) -> None:
        try:
            for i in range(20):
                with ws.unit_of_work() as session:
                    audit.record(session, ws.desk, AuditAction.EXPORTED, f"x-{i}", {}, desk=ws.desk,
                                 at=NOW + timedelta(seconds=i))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ws,)) for ws in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ws in desks:
        ws.close()
    assert not errors
    assert audit.verify(pg_desk).ok and len(audit.entries(pg_desk, action="exported")) == 120
