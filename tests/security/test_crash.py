"""Crash safety: SIGKILL a desk at random moments while it saves outcomes or imports files, many times.

After every kill the database opens, passes PRAGMA integrity_check, holds every outcome whose save was
confirmed, its projection equals a rebuild from the events, and every file is imported whole or not at all.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.conftest import make_lead
from workstation.bootstrap import bootstrap
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.services import auth
from workstation.services.leads import receive_many
from workstation.settings import Settings
from workstation.store import journal
from workstation.store.models import Call, Event, Lead
from workstation.store.models_intake import ImportedFile

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
HEADERS = ["线索编号", "姓名", "手机号", "区县", "诈骗类型", "预警级别", "预警类型", "涉诈号码", "预警时间", "涉案金额"]


def open_desk(db: Path) -> Workstation:
    return bootstrap(Settings(data_dir=db.parent, db_url=f"sqlite:///{db}", desk_id="check"), upgrade=False)


def run_and_kill(args: list[str], rng: random.Random, low: float, high: float) -> list[str]:
    """Start the worker, wait until it is working, kill it after a random delay; its output lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.strip() == "READY", first + (proc.stderr.read() if proc.stderr else "")
    time.sleep(rng.uniform(low, high))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode in (-signal.SIGKILL, 0), err
    return out.splitlines()


def check_database(db: Path) -> Workstation:
    ws = open_desk(db)
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    return ws


def lead_columns(lead: Lead) -> tuple[object, ...]:
    return tuple(getattr(lead, f.name) for f in fields(journal.LeadState))


def check_projection(ws: Workstation, lead_ids: list[str]) -> None:
    """The stored projection of these leads equals a rebuild from their events (rolled back after)."""
    with ws.sessions() as session, session.begin():
        stmt = select(Lead).where(Lead.id.in_(lead_ids))
        before = {lead.id: lead_columns(lead) for lead in session.scalars(stmt)}
        calls = select(func.count()).select_from(Call).where(Call.lead_id.in_(lead_ids))
        calls_before = session.scalar(calls)
        assert journal.rebuild(session, lead_ids) == len(before) == len(set(lead_ids))
        session.flush()
        session.expire_all()
        assert {lead.id: lead_columns(lead) for lead in session.scalars(stmt)} == before
        assert session.scalar(calls) == calls_before
        session.rollback()


def sample_leads(ws: Workstation, rng: random.Random, n: int = 300) -> list[str]:
    """Every lead with a call, plus a random sample of the others."""
    with ws.sessions() as session:
        called = set(session.scalars(select(Call.lead_id)))
        others = sorted(set(session.scalars(select(Lead.id))) - called)
    return sorted(called | set(rng.sample(others, min(n, len(others)))))


def test_sigkill_during_outcome_saves(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=f"sqlite:///{db}", desk_id="setup"))
    auth.add_officer(ws, "officer1", "O1", Role.OFFICER, "password1")
    with ws.unit_of_work() as session:
        receive_many(ws, session, [make_lead(minutes_ago=i % 50, phone=f"139{i:08d}") for i in range(4000)])
    ws.close()
    rng = random.Random(int(os.environ.get("WS_CRASH_SEED", "20261125")))
    confirmed: list[str] = []
    for _ in range(25):
        lines = run_and_kill(["outcomes", str(db)], rng, 0.02, 0.6)
        assert "DONE" not in lines, "ran out of leads: seed more"
        confirmed += [line.split()[1] for line in lines if line.startswith("CONFIRMED ")]
        ws = check_database(db)
        with ws.sessions() as session:
            stored = set(session.scalars(select(Event.id).where(Event.id.in_(confirmed[-2000:]))))
            calls = set(session.scalars(select(Call.event_id).where(Call.event_id.in_(confirmed[-2000:]))))
        assert set(confirmed[-2000:]) <= stored and set(confirmed[-2000:]) <= calls
        ws.close()
    assert len(confirmed) > 25  # the kills really landed among saves
    ws = check_database(db)
    with ws.sessions() as session:
        assert set(confirmed) <= set(session.scalars(select(Event.id).where(Event.kind == "outcome_recorded")))
    check_projection(ws, sample_leads(ws, rng))
    ws.close()


def write_file(path: Path, index: int, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for i in range(rows):
            writer.writerow([f"F{index:03d}-{i:05d}", "王五", f"13{index:03d}{i:06d}", "朝阳区", "兼职刷单", "红色",
                             "电话", "+85212345678", "2026-11-25 14:03", "100.00"])


def test_sigkill_during_imports(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    bootstrap(Settings(data_dir=tmp_path, db_url=f"sqlite:///{db}", desk_id="setup")).close()
    rows = 1200
    files = [tmp_path / f"leads-{i:03d}.csv" for i in range(50)]
    for i, f in enumerate(files):
        write_file(f, i, rows)
    rng = random.Random(int(os.environ.get("WS_CRASH_SEED", "20261125")))
    confirmed: set[str] = set()
    pending = list(files)
    kills = 0
    while pending and kills < 12:
        lines = run_and_kill(["import", str(db), *map(str, pending[:8])], rng, 0.05, 1.2)
        kills += 1
        assert not [line for line in lines if line.startswith("FAILED")], lines
        confirmed |= {line.split()[1] for line in lines if line.startswith("IMPORTED ")}
        ws = check_database(db)
        with ws.sessions() as session:
            recorded = set(session.scalars(select(ImportedFile.file_name)))
            for f in files:
                index = int(f.stem.split("-")[1])
                n = session.scalar(select(func.count()).select_from(Lead)
                                   .where(Lead.external_id.like(f"F{index:03d}-%")))
                assert n in (0, rows), f"{f.name}: {n} of {rows} leads — half-written"
                assert (n == rows) == (f.name in recorded), f.name
        assert confirmed <= recorded
        ws.close()
        pending = [f for f in files if f.name not in recorded]
    assert confirmed and kills >= 5
    ws = check_database(db)
    check_projection(ws, sample_leads(ws, rng))
    ws.close()
