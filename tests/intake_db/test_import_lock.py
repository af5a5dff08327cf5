"""A desk keeps working while a file is imported.

On SQLite the file is read, checked, de-duplicated and staged in TEMP tables without the desk's write lock;
the lock is taken only to move the rows in, after a re-check for leads that came in (or closed) meanwhile.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from intake_db_helpers import big_csv, counts, many_rows, phone
from intake_fixtures import FileFactory, lead_row
from sqlalchemy import func, select, update

from tests.intake_db.conftest import NOW
from workstation.desk import Workstation
from workstation.intake import parse_file
from workstation.services import intake, leads
from workstation.store.models import Lead

BY = "officer1"


def _database(ws: Workstation) -> str:
    database = ws.engine.url.database
    assert database
    return database


def _can_write(database: str) -> bool:
    """Whether another connection could start writing right now (no waiting)."""
    conn = sqlite3.connect(database, timeout=0)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def _probe(ws: Workstation, rows: int) -> tuple[list[bool], object]:
    seen: list[bool] = []

    def progress(done: int, _bytes: int, _total: int) -> None:
        if done < rows:  # while the file is being read (the last call comes after)
            seen.append(_can_write(_database(ws)))

    return seen, progress


def test_officers_can_write_while_a_file_is_read(ws: Workstation, files: FileFactory,
                                                 direct_runs: list[str]) -> None:
    seen, progress = _probe(ws, 6_000)
    result = intake.import_file(ws, big_csv(files, 6_000), imported_by=BY, progress=progress)  # type: ignore[arg-type]
    assert result.status == "imported" and result.leads_created == 6_000
    assert len(seen) >= 3 and all(seen) and direct_runs == []


def test_the_probe_sees_a_lock_held_for_the_whole_file(ws: Workstation, files: FileFactory,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same import the direct way (as on PostgreSQL) holds SQLite's lock throughout: the probe says so."""
    monkeypatch.setattr(intake, "_import_staged", intake._import_direct)
    seen, progress = _probe(ws, 6_000)
    result = intake.import_file(ws, big_csv(files, 6_000), imported_by=BY, progress=progress)  # type: ignore[arg-type]
    assert result.status == "imported" and seen and not any(seen)


@pytest.fixture
def direct_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files that went the direct way (the fallback after a race) during the test."""
    runs: list[str] = []
    original = intake._import_direct

    def spy(ws: Workstation, path: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        runs.append(path.name)
        return original(ws, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(intake, "_import_direct", spy)
    return runs


def _one_lead(files: FileFactory, **cells: object):  # type: ignore[no-untyped-def]
    parsed = parse_file(files.csv([lead_row(**cells)], name="one.csv"), now=NOW)
    assert parsed.ok
    return parsed.leads[0].lead


def test_a_lead_that_comes_in_during_the_read_is_joined_not_doubled(ws: Workstation, files: FileFactory,
                                                                    direct_runs: list[str]) -> None:
    path = files.csv(many_rows(7_000), name="big.csv")
    # The same person and scam, warned by another channel: the file's row must join it. It comes in after the
    # first chunk (5,000 rows, with that row) was looked up, while the second is read.
    racer = replace(_one_lead(files, 手机号=phone(100)), trigger_detail="+85299998888")
    added: list[str] = []

    def progress(done: int, _bytes: int, _total: int) -> None:
        if done == 6_000 and not added:
            added.append(leads.receive(ws, racer))  # another writer, while the file is read

    result = intake.import_file(ws, path, imported_by=BY, progress=progress)
    assert added and result.status == "imported" and direct_runs == ["big.csv"]  # staged, raced, redone
    assert (result.leads_created, result.triggers_joined) == (6_999, 1)
    with ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Lead).where(Lead.phone == phone(100))) == 1
    assert counts(ws) == {"leads": 7_000, "events": 7_001, "triggers": 1, "files": 1}


def test_a_lead_closed_during_the_read_is_not_joined(ws: Workstation, files: FileFactory,
                                                     direct_runs: list[str]) -> None:
    existing = leads.receive(ws, replace(_one_lead(files, 手机号=phone(10)), trigger_detail="+85299998888"))
    path = files.csv(many_rows(7_000), name="big.csv")
    closed: list[bool] = []

    def progress(done: int, _bytes: int, _total: int) -> None:
        if done == 6_000 and not closed:  # after the first chunk planned to join it
            with ws.unit_of_work() as s:  # closed by its officer meanwhile (projection set directly here)
                s.execute(update(Lead).where(Lead.id == existing).values(status="closed"))
            closed.append(True)

    result = intake.import_file(ws, path, imported_by=BY, progress=progress)
    assert closed and result.status == "imported" and direct_runs == ["big.csv"]
    assert (result.leads_created, result.triggers_joined) == (7_000, 0)


def test_a_failed_move_leaves_nothing_and_no_stage(ws: Workstation, files: FileFactory,
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(self: object, now: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake._ReceiptStage, "move", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        intake.import_file(ws, big_csv(files, 1_500), imported_by=BY)
    assert counts(ws) == {"leads": 0, "events": 0, "triggers": 0, "files": 0}
    monkeypatch.undo()
    result = intake.import_file(ws, big_csv(files, 1_500), imported_by=BY)  # the same file, now fine
    assert result.status == "imported" and result.leads_created == 1_500


def test_an_encrypted_desk_imports_through_the_stage_too(tmp_path: Path, files: FileFactory,
                                                         direct_runs: list[str]) -> None:
    from workstation.bootstrap import bootstrap
    from workstation.clock import FixedClock
    from workstation.security import cipher
    from workstation.settings import Settings

    ws = bootstrap(Settings(data_dir=tmp_path / "enc", desk_id="desk-enc", db_encryption=True), clock=FixedClock(NOW))
    try:
        assert ws.engine.url.drivername == cipher.DRIVER
        result = intake.import_file(ws, big_csv(files, 1_200), imported_by=BY)
        assert result.status == "imported" and result.leads_created == 1_200 and direct_runs == []
        assert counts(ws) == {"leads": 1_200, "events": 1_200, "triggers": 0, "files": 1}
    finally:
        ws.close()
    assert cipher.is_encrypted(tmp_path / "enc" / "workstation.sqlite3")
