"""Centre-mode figures, everything through the centre's checked functions (migration 0010) as signed-in officers:
claim p50/p99 with 1, 4 and 16 desks beside a bare SKIP LOCKED claim (bench_claims.py), push of 10,000 events and
pull of 100,000, NOTIFY vs poll latency. Uses the server on 127.0.0.1:5432 or a throwaway cluster. Prints only.

    .venv/bin/python bench/bench_sync.py       (WS_BENCH_QUICK=1 for smaller sizes)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_claims import bench_claims, fresh_centre, pct, seed_server  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from tests.support import pg  # noqa: E402
from workstation.bootstrap import attach_centre, bootstrap  # noqa: E402
from workstation.cli.desk_worker import ensure_officer, sample_lead  # noqa: E402
from workstation.desk import Workstation  # noqa: E402
from workstation.domain.events import EventKind  # noqa: E402
from workstation.services import leads  # noqa: E402
from workstation.settings import Settings  # noqa: E402
from workstation.store.models import Lead  # noqa: E402
from workstation.store.models_sync import SetAside  # noqa: E402
from workstation.sync.centre import Centre  # noqa: E402
from workstation.sync.options import SyncOptions  # noqa: E402
from workstation.sync.push import pending  # noqa: E402
from workstation.sync.worker import SyncWorker  # noqa: E402

QUICK = os.environ.get("WS_BENCH_QUICK") == "1"


def desk(tmp: Path, name: str, url: str | None = None, **options: object) -> Workstation:
    ws = bootstrap(Settings(data_dir=tmp / name, desk_id=name))
    if url:
        attach_centre(ws, Centre(ws, url, SyncOptions(url=url, **options)))  # type: ignore[arg-type]
    return ws


def bench_notify(server: pg.PgServer, tmp: Path) -> None:
    name, url = fresh_centre(server)
    producer = desk(tmp / "n", "producer", url)
    n = 15 if QUICK else 40
    for label, opts in (("NOTIFY", {"listen": True, "poll_seconds": 60.0}),
                        ("poll 2 s", {"listen": False, "poll_seconds": 2.0})):
        consumer = desk(tmp / "n", f"consumer-{label[:4]}", url, push_interval=0.05, **opts)
        assert isinstance(consumer.centre, Centre)
        worker = SyncWorker(consumer.centre)
        worker.start()
        while not worker.online or (worker.listener and not worker.listener.listening.is_set()):
            time.sleep(0.05)
        took: list[float] = []
        for i in range(n):
            lead_id = leads.receive(producer, sample_lead(i))
            assert isinstance(producer.centre, Centre)
            producer.centre.push()  # the lead is now on the server
            t0 = time.perf_counter()
            while True:
                with consumer.sessions() as s:
                    if s.get(Lead, lead_id) is not None:
                        break
                time.sleep(0.002)
            took.append((time.perf_counter() - t0) * 1000)
        worker.stop()
        consumer.close()
        print(f"notify  {label:8s}: lead on server → in another desk's SQLite: p50 {pct(took, 50):6.1f} ms, "
              f"p95 {pct(took, 95):6.1f} ms (n={n}; target p95 ≤ 1000 ms)")
    producer.close()
    server.drop_database(name)




def timed_push(ws: Workstation, what: str, target: str) -> None:
    assert isinstance(ws.centre, Centre)
    with ws.sessions() as s:
        queued = pending(s)
    t0 = time.perf_counter()
    report = ws.centre.push()
    took = time.perf_counter() - t0
    print(f"push    {queued:,} {what}: {took:6.2f} s ({report.sent / took:,.0f}/s; sent {report.sent:,}, "
          f"new {report.new:,}, refused {report.dead}; {target})")


def bench_push_pull(server: pg.PgServer, tmp: Path) -> None:
    """Desk a pushes its outbox as its officer (ws_push); desk b pulls everything as its officer."""
    name, url = fresh_centre(server)
    n_push, n_pull = (2000, 20000) if QUICK else (10000, 100000)
    per_lead = 5
    a = desk(tmp / "p", "a", url)
    ensure_officer(a, "pa")  # enrolled through the base (superuser) URL, signed in as the officer's own role
    with a.unit_of_work() as s:
        leads.receive_many(a, s, [sample_lead(i) for i in range(n_push)])
    timed_push(a, "receipts (lead_received) as officer pa", "target 10,000 <= 3 s")
    # The officer's own work: call_started notes under claims on the centre (guarded: claim token checked,
    # leads re-projected by the server). Claims are made on the server for pa, then pulled onto desk a.
    assert isinstance(a.centre, Centre)
    with server.connect(name) as conn:
        conn.execute("SELECT count(ws_claim_next(600, 'pa')) FROM generate_series(1, %s)", (n_push // per_lead,))
    a.centre.pull()
    with a.sessions() as s:
        held = [lead.id for lead in s.query(Lead).filter(Lead.owner == "pa")]
    for lead_id in held:
        for k in range(per_lead):
            leads.note(a, "pa", lead_id, EventKind.CALL_STARTED, {"n": k})
    timed_push(a, f"call_started under claims ({len(held):,} leads x {per_lead}) as officer pa",
               "target 10,000 <= 3 s")
    with server.connect(name) as conn:
        row = conn.execute("SELECT count(*) FROM events").fetchone()
    seed_server(tmp / "p", url, max(0, n_pull - (row[0] if row else 0)))
    b = desk(tmp / "p", "b", url)
    ensure_officer(b, "pb")
    assert isinstance(b.centre, Centre)
    t0 = time.perf_counter()
    b.centre.sync_officers()  # as a sync cycle does first: a lead_claimed by an officer unknown here goes aside
    pulled = b.centre.pull()
    pull_s = time.perf_counter() - t0
    with b.sessions() as s:
        aside = s.scalar(select(func.count()).select_from(SetAside))
    print(f"pull    {pulled:,} events as officer pb: {pull_s:6.2f} s ({pulled / pull_s:,.0f}/s; set aside {aside}; "
          f"target 100,000 <= 15 s)")
    a.close()
    b.close()
    server.drop_database(name)


def main() -> None:
    only = set(sys.argv[1:])  # e.g. `bench_sync.py push claims`; nothing: all
    server = pg.acquire_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if not only or "push" in only:
                bench_push_pull(server, Path(tmp))
            if not only or "notify" in only:
                bench_notify(server, Path(tmp))
            if not only or "claims" in only:
                bench_claims(server, Path(tmp))
    finally:
        server.close()


if __name__ == "__main__":
    main()
