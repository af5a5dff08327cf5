"""F5 (下一条) end to end: key pressed → the claimed lead, its script and its form on screen.

Run: ``.venv/bin/python bench/bench_next_lead.py [--leads 20000] [--presses 60] [--keep DIR]`` (a standalone desk)
or ``… --centre [--desks 16] [--leads 5000]`` (a desk on a PostgreSQL centre, found as the tests find theirs).
Prints figures, asserts nothing. Targets (issue 18): ≤ 100 ms standalone, ≤ 150 ms at p99 with 16 desks.
Run it on a real screen size: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python …``.
Without a display it falls back to the offscreen platform, whose 800×800 screen gives a smaller window (less to
paint) and no window activation, so its figures are not the desk's.

Each press is Qt's own F5 key event on the main window; the figure is the time until the lead panel shows the
newly claimed lead and the window has repainted what changed, as it does on screen: the end of the first
UpdateRequest the main window handles after the lead is shown (Qt paints every dirty widget of a window in that
one pass and flushes it to the window system). Printed beside it, for comparison, is the time a whole-window grab
takes (every widget re-rendered, the unchanged queue table included), which earlier runs of this bench added to
the press. Paired press by press in the same run:
- the claim alone, `leads.next_lead` on the same desk (the service call F5 runs on the database worker);
- the floor. Standalone: the bare claim statement on a DB-API cursor (pick the first claimable lead in the claim
  index's order and take it, in one transaction), on a copy of the same database. On a centre: bench_claims'
  bare SKIP LOCKED UPDATE on the same centre, as the superuser, under the same load.
On a centre, `--desks - 1` other desk processes (bench_claims.busy_desk) claim and finish leads all the while, as
bench_claims' desk workers do; the timed desk's own leads are finished on the centre (untimed) after each claim.

Cores on a centre run (`--cores`). On a centre the other desks are other machines, and so is the centre. With
`split` (the default where there are two cores or more) the timed desk has the first core to itself, and a
throwaway PostgreSQL cluster started by the bench and the 15 other desk processes share the rest: a desk machine
with one core, and a centre that serves 16 desks working flat out (a claim the moment the last one is finished,
hundreds of times what officers on the phone do) on one core that also runs those desks' own Python. With `shared`
everything runs on every core on the server the tests use: the timed desk then waits for the CPU 15 other Python
processes keep busy, which no real desk does; it is printed as the stress figure, not the target's.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from psycopg.conninfo import make_conninfo  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_queue import pump_until  # noqa: E402
from tests.support.pg import PgServer  # noqa: E402
from ui import fonts, i18n, theme  # noqa: E402
from ui.lead_panel import LeadPanel  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from workstation import demo  # noqa: E402
from workstation.bootstrap import attach_centre, bootstrap  # noqa: E402
from workstation.desk import Workstation  # noqa: E402
from workstation.domain.lead import NewLead  # noqa: E402
from workstation.services import auth, leads  # noqa: E402
from workstation.settings import Settings  # noqa: E402
from workstation.store.models import CLAIMABLE_SQL  # noqa: E402

BARE_PICK = (f"SELECT id FROM leads INDEXED BY ix_leads_claimable WHERE {CLAIMABLE_SQL.text} "
             "ORDER BY rank_at, id LIMIT 1")
BARE_TAKE = "UPDATE leads SET owner = ?, status = 'claimed', claim_token = ? WHERE id = ? AND owner IS NULL"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def line(label: str, values: list[float], floor: list[float] | None = None) -> str:
    text = f"{label:<44} p50 {statistics.median(values):7.2f} ms   p99 {pct(values, 99):7.2f} ms"
    if floor:
        text += (f"   ratio to floor p50 {statistics.median(values) / statistics.median(floor):6.1f}"
                 f" p99 {pct(values, 99) / pct(floor, 99):6.1f}")
    return text


def open_window(ws: Workstation, username: str) -> tuple[QApplication, TaskRunner, MainWindow, Repaints]:
    """The desk's main window at 1366x768 in zh_CN, shown, its first queue page loaded."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.ensure_cjk_font(app)
    i18n.install(app, "zh_CN")
    theme.apply(app)
    tasks = TaskRunner(show_errors=False)
    repaints = Repaints()
    officer = auth.get(ws, username)
    assert officer is not None
    window = MainWindow(ws, officer, tasks)
    window.resize(1366, 768)
    window.start()
    window.show()
    window.activateWindow()  # F5 is a window shortcut: it needs the active window (Xvfb has no window manager)
    QTest.qWaitForWindowActive(window, 5000)
    pump_until(lambda: window.model.rowCount() > 0, timeout=120)
    tasks.wait_idle(60)
    return app, tasks, window, repaints


class Repaints:
    """When the main window ends each repaint pass (its UpdateRequest), and when the lead panel last showed a lead.

    Installed on the class before the window is made: PySide calls a Python `event` only if the class has one."""

    def __init__(self) -> None:
        self.ends: list[float] = []
        self.shown = 0.0
        base_event = MainWindow.event
        base_show = LeadPanel.show_lead
        marks = self

        def event(window: MainWindow, e: QEvent) -> bool:
            handled = base_event(window, e)
            if e.type() == QEvent.Type.UpdateRequest:
                marks.ends.append(time.perf_counter())
            return handled

        def show_lead(panel: LeadPanel, detail: Any) -> None:
            base_show(panel, detail)
            marks.shown = time.perf_counter()

        MainWindow.event = event  # type: ignore[method-assign,assignment]  # a timing wrapper, same call
        LeadPanel.show_lead = show_lead  # type: ignore[method-assign,assignment]

    def painted_after_shown(self) -> float | None:
        return next((t for t in self.ends if t > self.shown), None) if self.shown else None


def press_f5(window: MainWindow, repaints: Repaints) -> tuple[float, float, str]:
    """Qt's own F5 on the window: ms until the lead panel shows the newly claimed lead and the window has repainted
    it; and, apart, ms for a grab of the whole window just after."""
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel)
    before = getattr(panel.detail, "id", None)
    repaints.ends.clear()
    repaints.shown = 0.0
    t = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_F5)
    pump_until(lambda: panel.detail is not None and panel.detail.id != before
               and repaints.painted_after_shown() is not None)
    painted = repaints.painted_after_shown()
    assert painted is not None and panel.detail is not None
    g = time.perf_counter()
    window.grab()
    return (painted - t) * 1000, (time.perf_counter() - g) * 1000, panel.detail.id


def standalone(args: argparse.Namespace) -> None:
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-f5-"))
    ws = bootstrap(Settings(data_dir=data_dir, desk_id="bench"))
    if not auth.officers(ws):
        demo.seed(ws, lead_count=args.leads)
    floor_db = Path(tempfile.mkdtemp(prefix="bench-f5-floor-")) / "floor.sqlite3"
    shutil.copy(data_dir / "workstation.sqlite3", floor_db)

    _app, tasks, window, repaints = open_window(ws, "officer1")
    f5: list[float] = []
    grabs: list[float] = []
    for _ in range(args.presses):
        ms, grab_ms, _lead = press_f5(window, repaints)
        f5.append(ms)
        grabs.append(grab_ms)
        tasks.wait_idle(30)  # the queue's reload and the draft's load, before the next press

    claim: list[float] = []
    for i in range(args.presses):
        t = time.perf_counter()
        result = leads.next_lead(ws, f"officer{2 + i % 15}")
        claim.append((time.perf_counter() - t) * 1000)
        assert result.lead is not None

    conn = sqlite3.connect(floor_db, isolation_level=None)
    bare: list[float] = []
    for i in range(args.presses):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        (lead_id,) = conn.execute(BARE_PICK).fetchone()
        conn.execute(BARE_TAKE, (f"officer{1 + i % 16}", f"t{i}", lead_id))
        conn.execute("COMMIT")
        bare.append((time.perf_counter() - t) * 1000)
    conn.close()

    print(f"desk: {ws.settings.db_url}, {args.presses} presses, window 1366x768, zh_CN")
    report(f5, grabs, claim, bare, "leads.next_lead (claim, detail, audit)",
           "floor: bare pick + take in one transaction")
    window.close()
    tasks.shutdown()
    ws.close()


def centre(args: argparse.Namespace) -> None:
    """The GUI desk on a centre on which `args.desks - 1` other desk processes claim and finish leads."""
    import multiprocessing as mp

    import psycopg

    from bench import bench_claims
    from tests.support import pg
    from workstation.sync import desk_worker
    from workstation.sync.centre import Centre
    from workstation.sync.officers import scram_verifier
    from workstation.sync.options import SyncOptions

    bindir = pg.find_bindir()
    split = args.cores == "split"
    if split and bindir is None:
        print("--cores split starts its own PostgreSQL cluster, and this machine has no initdb/pg_ctl: the cores "
              "are shared (the stress figure)")
        split = False
    theirs: set[int] | None = None
    if split and bindir is not None:  # the timed desk on the first core; the centre and the other desks on the rest
        everything = os.sched_getaffinity(0)
        mine, theirs = {min(everything)}, everything - {min(everything)}
        server = pg.ThrowawayCluster(bindir).start()
        pin_cluster(server, theirs)
        pin_threads(mine)
    else:
        server = pg.acquire_server()
    tmp = Path(tempfile.mkdtemp(prefix="bench-f5-centre-"))
    name, url = bench_claims.fresh_centre(server, hold_any=False)
    ctx = mp.get_context("spawn")
    procs: list[Any] = []
    stop = ctx.Event()
    try:
        bench_claims.seed_server(tmp, url, args.leads, varied_lead)
        with server.connect(name) as conn:
            for n in range(args.desks):
                conn.execute("SELECT ws_add_officer(%s, %s, 'officer', %s, '')",
                             (f"o{n}", f"o{n}", scram_verifier(desk_worker.PASSWORD)))
            conn.execute("VACUUM ANALYZE")
        finisher = server.conninfo(name)
        others = args.desks - 1
        gate, results = ctx.Barrier(others + 1), ctx.Queue()
        for n in range(1, args.desks):
            procs.append(ctx.Process(target=bench_claims.busy_desk, args=(
                str(tmp / f"d{n}"), f"d{n}", url, finisher, f"o{n}", gate, stop, results, theirs)))
        for p in procs:
            p.start()

        ws = bootstrap(Settings(data_dir=tmp / "gui", desk_id="gui"))
        attach_centre(ws, Centre(ws, url, SyncOptions(url=url)))
        desk_worker.ensure_officer(ws, "o0")  # on the desk and signed in at the centre as its own role
        ws.centre.sync_once()  # the queue on screen is the desk's copy: a desk that has synced shows it
        _app, tasks, window, repaints = open_window(ws, "o0")
        gate.wait(timeout=300)  # the other desks start claiming now
        with psycopg.connect(finisher, autocommit=True) as done, \
                psycopg.connect(make_conninfo(finisher, application_name="bare"), autocommit=True) as bare_conn:
            bare_conn.execute("SELECT 1")
            f5: list[float] = []
            grabs: list[float] = []
            claim: list[float] = []
            bare: list[float] = []
            for _ in range(args.presses):  # paired press by press, under the same load
                ms, grab_ms, lead_id = press_f5(window, repaints)
                f5.append(ms)
                grabs.append(grab_ms)
                tasks.wait_idle(30)
                done.execute(bench_claims.FINISH, (lead_id,))  # the officer finishes it (untimed)
                t = time.perf_counter()
                result = leads.next_lead(ws, "o0")
                claim.append((time.perf_counter() - t) * 1000)
                assert result.lead is not None
                done.execute(bench_claims.FINISH, (result.lead.id,))
                t = time.perf_counter()
                row = bare_conn.execute(bench_claims.BARE, {"officer": "o0"}).fetchone()
                bare.append((time.perf_counter() - t) * 1000)
                assert row is not None
                done.execute(bench_claims.FINISH, (row[0],))
        stop.set()
        claimed = sum(results.get(timeout=120) for _ in procs)
        print(f"centre: {args.desks} desks ({others} desk processes claiming and finishing, {claimed} claims while "
              f"timed), {args.leads} leads, {args.presses} presses, window 1366x768, zh_CN; cores "
              f"{'split: the timed desk on its own core' if split else 'shared by all (the stress figure)'}; load "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        report(f5, grabs, claim, bare, "leads.next_lead (claim, copy, detail, audit)",
               "floor: bare SKIP LOCKED UPDATE on the centre")
        window.close()
        tasks.shutdown()
        ws.close()
    finally:
        stop.set()
        for p in procs:
            p.join(timeout=60)
        server.drop_database(name)
        server.close()


def varied_lead(i: int) -> NewLead:
    """bench_claims' sample lead, of each scam type and warning level in turn (as a real queue is): the script
    panel changes script from one press to the next, as on the demo desk."""
    from workstation.sync.desk_worker import sample_lead

    from workstation.domain.types import ScamType, WarningLevel

    types, levels = list(ScamType), list(WarningLevel)
    return dataclasses.replace(sample_lead(i), scam_type=types[i % len(types)], level=levels[i % len(levels)],
                               amount_at_risk=Decimal(500 + 37 * (i % 90)))


def pin_threads(cores: set[int]) -> None:
    """Every thread of this process (those Python and Qt have started so far, and so those they start later) on
    `cores`."""
    for tid in os.listdir("/proc/self/task"):
        os.sched_setaffinity(int(tid), cores)


def pin_cluster(server: PgServer, cores: set[int]) -> None:
    """The throwaway cluster's postmaster and the processes it has started on `cores` (backends forked later
    inherit the postmaster's)."""
    assert server.cluster is not None and server.cluster.data is not None
    postmaster = int((server.cluster.data / "postmaster.pid").read_text().split()[0])
    for pid in [postmaster, *(int(p) for p in os.listdir("/proc") if p.isdigit() and parent_of(int(p)) == postmaster)]:
        try:
            os.sched_setaffinity(pid, cores)
        except ProcessLookupError:  # a backend that was ending (the server check's connection)
            pass


def parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def report(f5: list[float], grabs: list[float], claim: list[float], bare: list[float], claim_label: str,
           floor_label: str) -> None:
    """F5 end to end and the claim service, each against the floor, then the floor itself."""
    print(line("F5 → lead, script and form repainted", f5, bare))
    print(line("(apart: a grab of the whole window)", grabs))
    print(line(claim_label, claim, bare))
    print(line(floor_label, bare))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--leads", type=int, default=None, help="20,000 standalone, 5,000 on a centre")
    p.add_argument("--presses", type=int, default=60)
    p.add_argument("--keep", type=Path, help="standalone: reuse/keep the database in this directory")
    p.add_argument("--centre", action="store_true", help="a desk on a PostgreSQL centre (tests.support.pg)")
    p.add_argument("--desks", type=int, default=16, help="--centre: desks in all, the timed one included")
    p.add_argument("--cores", choices=("split", "shared"), default="split" if len(os.sched_getaffinity(0)) > 1
                   else "shared", help="--centre: the timed desk on a core of its own, or all on all (docstring)")
    args = p.parse_args()
    if args.centre:
        args.leads = args.leads or 5_000
        centre(args)
    else:
        args.leads = args.leads or 20_000
        standalone(args)


if __name__ == "__main__":
    main()
