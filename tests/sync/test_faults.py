"""Fault tests: many desk processes claiming, the server stopped mid-push, a desk killed mid-write, a desk
offline for a day. Real processes, real SQLite files, a real PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from tests.support import pg
from tests.sync.conftest import DeskFactory, centre_of, new_lead
from workstation.bootstrap import bootstrap
from workstation.cli.desk_worker import sample_lead
from workstation.domain.events import EventKind
from workstation.services import leads
from workstation.services.claims import CENTRE, LOCAL
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.journal import new_id
from workstation.store.models import Event, Lead
from workstation.store.models_sync import OutboxEntry
from workstation.sync.errors import CentreUnavailable

ROOT = Path(__file__).resolve().parents[2]


def desk_process(tmp: Path, name: str, centre: str, *args: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "workstation.cli.desk_worker", "--data-dir", str(tmp / name), "--desk", name]
    if centre:
        cmd += ["--centre", centre]
    return subprocess.Popen([*cmd, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def server_count(url: str, model: type, *where: object) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar() or 0)
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("desks", [2, 16])
def test_desk_processes_claim_2000_leads_each_exactly_once(centre_url: str, tmp_path: Path, desks: int) -> None:
    setup = bootstrap(Settings(data_dir=tmp_path / "setup", db_url=centre_url, desk_id="intake"))
    with setup.unit_of_work() as s:
        ids = leads.receive_many(setup, s, [sample_lead(i) for i in range(2000)])
        # A load test: each officer holds up to 1000 leads at once, far above what one may hold on a centre.
        s.execute(text("UPDATE ws_centre.limits SET value = 1000000 WHERE name = 'held_leads'"))
    setup.close()
    procs = [desk_process(tmp_path, f"d{n}", centre_url, "claim", "--officer", f"officer{n}")
             for n in range(desks)]
    claimed: list[list[str]] = []
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err[-2000:]
        claimed.append([json.loads(line)["lead"] for line in out.splitlines()])
    counts = Counter(lead for taken in claimed for lead in taken)
    assert max(counts.values()) == 1, "a lead was claimed twice"
    assert sorted(counts) == sorted(ids), "a lead was lost"
    assert sum(1 for taken in claimed if taken) == desks  # every desk got work
    assert server_count(centre_url, Event, Event.kind == EventKind.LEAD_CLAIMED) == 2000
    for n, taken in enumerate(claimed):  # each desk holds exactly its own leads in its SQLite
        with sqlite3.connect(tmp_path / f"d{n}" / "workstation.sqlite3") as db:
            mine = {r[0] for r in db.execute("SELECT id FROM leads WHERE owner = ?", (f"officer{n}",))}
        assert mine == set(taken)


def test_desk_killed_mid_write_keeps_its_sqlite_and_sends_on_restart(centre_url: str, tmp_path: Path) -> None:
    proc = desk_process(tmp_path, "victim", "", "write")
    assert proc.stdout is not None
    confirmed: list[str] = []
    deadline = time.monotonic() + 60
    while len(confirmed) < 40 and time.monotonic() < deadline:
        confirmed.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)  # in the middle of the next write
    proc.wait(10)
    db = tmp_path / "victim" / "workstation.sqlite3"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        events = {r[0] for r in conn.execute("SELECT id FROM events")}
        outbox = {r[0] for r in conn.execute("SELECT event_id FROM sync_outbox")}
        local_leads = {r[0] for r in conn.execute("SELECT id FROM leads")}
    assert set(confirmed) <= local_leads  # every confirmed save survived
    assert events == outbox  # and every event is waiting to go up
    restart = desk_process(tmp_path, "victim", centre_url, "sync")
    out, err = restart.communicate(timeout=120)
    assert restart.returncode == 0, err[-2000:]
    assert json.loads(out)["pushed"] == len(events)
    assert server_count(centre_url, Event) == len(events)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)


def test_desk_offline_for_a_day_catches_up_5000_events(make_desk: DeskFactory, centre_url: str) -> None:
    away = make_desk("away", centre_url)
    away_centre = away.centre
    away.attach(None, LOCAL)  # offline
    mine = [leads.receive(away, new_lead(i, minutes_ago=600)) for i in range(20)]
    busy = make_desk("busy", centre_url)
    start = datetime.now(UTC) - timedelta(days=1)
    with busy.unit_of_work() as s:  # a day of other desks' work: 2,500 leads received …
        ids = leads.receive_many(busy, s, [new_lead(i) for i in range(2500)])
    centre_of(busy).sync_once()
    with centre_of(busy).server() as s, s.begin():  # … and claimed on the centre (claims are the centre's)
        s.execute(insert(Event), [
            {"id": new_id(), "lead_id": lead_id, "kind": EventKind.LEAD_CLAIMED.value, "officer": "officer2",
             "desk": "busy", "occurred_at": start + timedelta(seconds=30 * n), "payload": {"token": f"t{n}"},
             "amends": None, "claim_token": f"t{n}"} for n, lead_id in enumerate(ids)])
    assert server_count(centre_url, Event) == 5000
    away.attach(away_centre, CENTRE)
    report = centre_of(away).sync_once()
    assert report.pushed == 20 and report.pulled == 5000
    with away.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 5020
        assert s.scalar(select(func.count()).select_from(Lead).where(Lead.owner == "officer2")) == 2500
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert server_count(centre_url, Lead, Lead.id.in_(mine)) == 20


@pytest.fixture
def own_cluster() -> object:
    bindir = pg.find_bindir()
    if bindir is None:
        msg = "no PostgreSQL server binaries for a cluster of our own"
        if pg.is_ci():
            pytest.fail(f"{msg} (CI: postgres tests fail, never skip)", pytrace=False)
        pytest.skip(msg)
    cluster = pg.ThrowawayCluster(bindir)
    server = cluster.start()
    yield cluster, server
    cluster.stop()


def pg_ctl(cluster: pg.ThrowawayCluster, *args: str) -> None:
    r = cluster._run(cluster.bindir / "pg_ctl", "-D", cluster.data, *args)  # type: ignore[arg-type]
    assert r.returncode == 0, r.stdout + r.stderr


def test_server_stopped_mid_push_every_event_arrives_once(own_cluster, make_desk: DeskFactory) -> None:  # type: ignore[no-untyped-def]
    cluster, server = own_cluster
    url = server.url(server.create_database())
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    desk = make_desk("desk", url, push_batch=100, connect_timeout=2)
    with desk.unit_of_work() as s:
        leads.receive_many(desk, s, [new_lead(i) for i in range(3000)])
    centre = centre_of(desk)
    centre.sync_officers()
    stop_at = threading.Event()
    batches = 0

    def after_commit(_ids: list[str]) -> None:
        nonlocal batches
        batches += 1
        if batches == 5:
            stop_at.set()
            pg_ctl(cluster, "-m", "fast", "-w", "stop")  # the server goes down: this ack is lost too
            raise CentreUnavailable("server stopped before the acknowledgement arrived")
    centre.after_server_commit = after_commit
    with pytest.raises(CentreUnavailable):
        centre.push()
    assert stop_at.is_set()
    left = server_count_local(desk)
    assert left == 3000 - 4 * 100
    with pytest.raises(CentreUnavailable):
        centre.push()  # still down
    pg_ctl(cluster, "-l", str(cluster.tmp / "postgres.log"), "-o", f"-p {server.port}", "-w", "start")
    centre.after_server_commit = None
    centre.engine.dispose()
    report = centre.push()
    assert report.sent == left and report.new == left - 100  # the lost batch was already there
    assert server_count(url, Event) == 3000
    with desk.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count(func.distinct(Event.id)))).scalar() == 3000
    engine.dispose()


def server_count_local(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
