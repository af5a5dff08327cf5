"""Queue benchmark: 200,000 leads in SQLite; first screen, re-sort, filters, next lead, peak RSS.

Run: ``.venv/bin/python bench/bench_queue.py [--leads 200000] [--keep DIR]``. Prints figures, asserts nothing.
Targets: first screen ≤ 300 ms, next lead ≤ 20 ms, ≤ 300 MB (issue 5); a first page ≤ 2× its statements run
bare, a filter change ≤ 50 ms to the first page shown (issue 18).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QModelIndex, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, text  # noqa: E402

from ui import fonts, i18n, theme  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from workstation import demo  # noqa: E402
from workstation.bootstrap import bootstrap  # noqa: E402
from workstation.desk import Workstation  # noqa: E402
from workstation.domain.types import ScamType  # noqa: E402
from workstation.services import auth, leads, queue  # noqa: E402
from workstation.services.queue import QueueFilter, SortKey  # noqa: E402
from workstation.settings import Settings  # noqa: E402
from workstation.store.db import refresh_statistics  # noqa: E402

BATCH = 20_000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def build(ws: Workstation, count: int) -> None:
    demo.seed(ws, lead_count=0)  # the officers only
    rng = random.Random(7)
    now = ws.clock.now()
    t = time.perf_counter()
    for start in range(0, count, BATCH):
        batch = demo.make_leads(rng, min(BATCH, count - start), now, max_age_hours=72)
        with ws.unit_of_work() as session:
            leads.receive_many(ws, session, batch)
    with ws.unit_of_work() as session:  # realism: ~20% closed, ~10% held by some officer
        session.execute(text("UPDATE leads SET status = 'closed', rank_at = rank_at WHERE rowid % 10 IN (0, 1)"))
        session.execute(text("UPDATE leads SET status = 'claimed', owner = 'officer' || (1 + rowid % 16), "
                             "claim_token = 'bench' WHERE rowid % 10 = 2"))
    refresh_statistics(ws.engine)  # the statistics the desk gathers itself when it opens
    print(f"built {count:,} leads in {time.perf_counter() - t:.1f} s")


def median_ms(run: Callable[[], object], times: int = 9, clock: Callable[[], float] = time.perf_counter) -> float:
    out = []
    for _ in range(times):
        t = clock()
        run()
        out.append((clock() - t) * 1000)
    return statistics.median(out)


def service_against_floor(ws: Workstation, label: str, run: Callable[[], object]) -> None:
    """The service call against its floor: the very statements it sends, run bare on a DB-API cursor (rows
    fetched as tuples, nothing built). Same connection pool, same cache state, interleaved."""
    sent: list[tuple[str, object]] = []

    def keep(conn: object, cursor: object, statement: str, parameters: object, context: object, many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(ws.engine, "before_cursor_execute", keep)
    run()
    event.remove(ws.engine, "before_cursor_execute", keep)
    raw = ws.engine.raw_connection()

    def bare() -> None:
        cur = raw.cursor()
        for statement, parameters in sent:
            cur.execute(statement, parameters)
            cur.fetchall()
        cur.close()

    # A call under 2 ms is timed 201 times, not 9: its median then moves by a few per cent, not by a tenth.
    times = 201 if median_ms(run, 3) < 2 else 9
    ours, floor = median_ms(run, times), median_ms(bare, times)
    # CPU time as well: steadier than the wall clock when other work shares the machine.
    cpu_times = max(25, times)
    ours_cpu, floor_cpu = median_ms(run, cpu_times, time.process_time), median_ms(bare, cpu_times, time.process_time)
    raw.close()
    print(f"  {label:<34} service {ours:7.2f} ms   bare SQL {floor:7.2f} ms   ratio {ours / floor:5.2f}"
          f"   (CPU {ours_cpu:6.2f} / {floor_cpu:6.2f} ms, ratio {ours_cpu / floor_cpu:5.2f})  [{len(sent)} statement(s)]")


def pump_until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run Qt's event loop until `done()`, as the app's own loop does: asleep in Qt until an event comes (a
    busy processEvents loop would hold the GIL and starve the database worker whose result it waits for)."""
    deadline = time.monotonic() + timeout
    wake = QTimer()
    wake.start(50)  # looks at `done()` and the deadline at least this often
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents
                                       | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wake.stop()


def timed_reload(window: MainWindow, change: Callable[[], None]) -> tuple[float, float]:
    """ms until the new first page is in the model and painted; ms until the counts arrived too."""
    model = window.model
    flags = {"rows": False, "counts": False}
    on_rows = lambda: flags.__setitem__("rows", True)  # noqa: E731
    on_counts = lambda *_: flags.__setitem__("counts", True)  # noqa: E731
    model.reloaded.connect(on_rows)
    model.counts_changed.connect(on_counts)
    t = time.perf_counter()
    change()
    pump_until(lambda: flags["rows"])
    window.queue_view.table.viewport().grab()
    rows_ms = (time.perf_counter() - t) * 1000
    pump_until(lambda: flags["counts"])
    counts_ms = (time.perf_counter() - t) * 1000
    model.reloaded.disconnect(on_rows)
    model.counts_changed.disconnect(on_counts)
    return rows_ms, counts_ms


REPEATS = 7


def repeated_reload(window: MainWindow, change: Callable[[], None], back: Callable[[], None]) -> tuple[float, float]:
    """timed_reload's medians over REPEATS changes, each after the first from the list as `back` leaves it
    (untimed); the first starts from the default list."""
    rows, counts = [], []
    for i in range(REPEATS):
        if i:
            timed_reload(window, back)
        r, c = timed_reload(window, change)
        rows.append(r)
        counts.append(c)
    return statistics.median(rows), statistics.median(counts)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--leads", type=int, default=200_000)
    p.add_argument("--keep", type=Path, help="reuse/keep the database in this directory")
    args = p.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-queue-"))
    ws = bootstrap(Settings(data_dir=data_dir, desk_id="bench"))
    if not auth.officers(ws):
        build(ws, args.leads)
    print(f"database: {ws.settings.db_url}  ({queue.count(ws, QueueFilter(statuses=())):,} leads)")

    now = ws.clock.now()
    print("queue service calls against the same statements run bare (wall: median of 9, of 201 under 2 ms; "
          "CPU: median of 25, of 201 under 2 ms):")
    for label, flt in {"open leads": QueueFilter(), "scam type": QueueFilter(scam_type=ScamType.FAKE_INVESTMENT.value),
                       "district": QueueFilter(district="西湖区"), "my leads": QueueFilter(owner="officer1")}.items():
        service_against_floor(ws, f"first page, {label} (as officer1)",
                              lambda f=flt: queue.page(ws, f, viewer="officer1", now=now))
        service_against_floor(ws, f"count + overdue, {label}",
                              lambda f=flt: (queue.count(ws, f), queue.overdue_count(ws, now, f)))
    for key in (SortKey.AMOUNT, SortKey.TRIGGERED, SortKey.DISTRICT):
        service_against_floor(ws, f"first page by {key.value}", lambda k=key: queue.page(ws, QueueFilter(), k))

    app = QApplication(sys.argv[:1])
    fonts.ensure_cjk_font(app)
    i18n.install(app, "zh_CN")
    theme.apply(app)
    officer = auth.get(ws, "officer1")
    assert officer is not None
    tasks = TaskRunner(show_errors=False)

    t = time.perf_counter()
    window = MainWindow(ws, officer, tasks)
    painted = {"done": False}
    window.model.reloaded.connect(lambda: painted.__setitem__("done", True))
    window.start()
    window.show()
    pump_until(lambda: painted["done"])
    window.grab()
    print(f"first screen (model + window, first page fetched and painted): {(time.perf_counter() - t) * 1000:.0f} ms"
          f"  [rows {window.model.rowCount()}]")
    tasks.wait_idle(30)

    if window.model.canFetchMore(QModelIndex()):
        t = time.perf_counter()
        before = window.model.rowCount()
        window.model.fetchMore(QModelIndex())
        pump_until(lambda: window.model.rowCount() > before)
        print(f"fetchMore (next {window.model.rowCount() - before} rows): {(time.perf_counter() - t) * 1000:.1f} ms")
    else:
        print("fetchMore: the first page held every open lead")

    print(f"re-sort and filter: median of {REPEATS}, each from the default list")
    for key in (SortKey.AMOUNT, SortKey.TRIGGERED, SortKey.DISTRICT):
        rows_ms, counts_ms = repeated_reload(window, lambda k=key: window.model.set_sort(k),
                                             lambda: window.model.set_sort(SortKey.URGENCY))
        print(f"re-sort {key.value:<10} first page shown {rows_ms:6.1f} ms  (with counts {counts_ms:6.1f} ms)")
    timed_reload(window, lambda: window.model.set_sort(SortKey.URGENCY))  # the filters in the queue's own order

    sample = queue.page(ws, QueueFilter(), limit=50, reveal=True)[37]
    filters = {
        "scam type": QueueFilter(scam_type=ScamType.FAKE_INVESTMENT.value),
        "district": QueueFilter(district=sample.district),
        "phone digits (4)": QueueFilter(search=sample.phone[-4:]),
        "phone digits (8)": QueueFilter(search=sample.phone.replace("-", "")[-8:]),
        "name": QueueFilter(search=sample.person_name),
        "my leads": QueueFilter(owner="officer1"),
    }
    for label, flt in filters.items():
        rows_ms, counts_ms = repeated_reload(window, lambda f=flt: window.model.set_filter(f),
                                             lambda: window.model.set_filter(QueueFilter()))
        print(f"filter {label:<17} first page shown {rows_ms:6.1f} ms  (with counts {counts_ms:6.1f} ms)"
              f"  [{window.model.rowCount()} rows]")
    timed_reload(window, lambda: window.model.set_filter(QueueFilter()))

    times = []
    for i in range(50):
        t = time.perf_counter()
        result = leads.next_lead(ws, f"officer{1 + i % 16}")
        times.append((time.perf_counter() - t) * 1000)
        assert result.lead is not None
    print(f"leads.next_lead: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (50 claims)")

    window.close()
    tasks.shutdown()
    ws.close()
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
