"""Centre-mode figures: claims/s and claim latency (1, 4, 16 desk processes), NOTIFY vs poll latency,
push of 10,000 events and pull of 100,000. Uses the server on 127.0.0.1:5432 or a throwaway cluster.

    ./run bench bench_sync            (WS_BENCH_QUICK=1 for smaller sizes)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import pg  # noqa: E402
from workstation.services import leads  # noqa: E402
from workstation.services.context import Workstation, bootstrap  # noqa: E402
from workstation.settings import Settings  # noqa: E402
from workstation.store import migrate  # noqa: E402
from workstation.store.db import make_engine  # noqa: E402
from workstation.store.models import Lead  # noqa: E402
from workstation.sync.centre import Centre  # noqa: E402
from workstation.sync.desk_worker import sample_lead  # noqa: E402
from workstation.sync.options import SyncOptions  # noqa: E402
from workstation.sync.worker import SyncWorker  # noqa: E402

QUICK = os.environ.get("WS_BENCH_QUICK") == "1"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def fresh_centre(server: pg.PgServer) -> tuple[str, str]:
    name = server.create_database()
    url = server.url(name)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return name, url


def desk(tmp: Path, name: str, url: str | None = None, **options: object) -> Workstation:
    ws = bootstrap(Settings(data_dir=tmp / name, desk_id=name))
    if url:
        ws.centre = Centre(ws, url, SyncOptions(url=url, **options))  # type: ignore[arg-type]
    return ws


def seed_server(tmp: Path, url: str, n: int) -> None:
    setup = bootstrap(Settings(data_dir=tmp / "setup", db_url=url, desk_id="intake"))
    with setup.unit_of_work() as s:
        for start in range(0, n, 10000):
            leads.receive_many(setup, s, [sample_lead(i) for i in range(start, min(n, start + 10000))])
    setup.close()


def bench_claims(server: pg.PgServer, tmp: Path) -> None:
    total = 400 if QUICK else 2000
    for desks in (1, 4, 16):
        name, url = fresh_centre(server)
        seed_server(tmp / f"c{desks}", url, total)
        cmd = [sys.executable, "-m", "workstation.sync.desk_worker", "--centre", url]
        start = time.perf_counter()
        procs = [subprocess.Popen([*cmd[:3], "--data-dir", str(tmp / f"c{desks}" / f"d{n}"), "--desk", f"d{n}",
                                   *cmd[3:], "claim", "--officer", f"o{n}"], cwd=ROOT, stdout=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}) for n in range(desks)]
        latencies: list[float] = []
        first = []
        for p in procs:
            out, _ = p.communicate()
            lines = [json.loads(line) for line in out.splitlines()]
            latencies += [line["ms"] for line in lines]
            first.append(len(lines))
        wall = time.perf_counter() - start
        print(f"claims  {desks:2d} desk(s): {len(latencies)} claims, {len(latencies) / wall:7.1f}/s overall "
              f"(incl. process start-up), p50 {pct(latencies, 50):6.1f} ms, p99 {pct(latencies, 99):6.1f} ms "
              f"(claim on server + copy into the desk's SQLite)")
        server.drop_database(name)


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


def bench_push_pull(server: pg.PgServer, tmp: Path) -> None:
    name, url = fresh_centre(server)
    n_push, n_pull = (2000, 20000) if QUICK else (10000, 100000)
    a = desk(tmp / "p", "a", url)
    with a.unit_of_work() as s:
        leads.receive_many(a, s, [sample_lead(i) for i in range(n_push)])
    assert isinstance(a.centre, Centre)
    a.centre.sync_officers()
    t0 = time.perf_counter()
    report = a.centre.push()
    push_s = time.perf_counter() - t0
    print(f"push    {report.sent} events: {push_s:5.2f} s ({report.sent / push_s:,.0f}/s; target 10,000 ≤ 3 s)")
    seed_server(tmp / "p", url, n_pull - n_push)
    b = desk(tmp / "p", "b", url)
    assert isinstance(b.centre, Centre)
    t0 = time.perf_counter()
    pulled = b.centre.pull()
    pull_s = time.perf_counter() - t0
    print(f"pull    {pulled} events: {pull_s:5.2f} s ({pulled / pull_s:,.0f}/s; target 100,000 ≤ 15 s)")
    a.close()
    b.close()
    server.drop_database(name)


def main() -> None:
    server = pg.acquire_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bench_push_pull(server, Path(tmp))
            bench_notify(server, Path(tmp))
            bench_claims(server, Path(tmp))
    finally:
        server.close()


if __name__ == "__main__":
    main()
