"""F5 (下一条) on a standalone desk, end to end: key pressed → the claimed lead, its script and its form on screen.

Run: ``.venv/bin/python bench/bench_next_lead.py [--leads 20000] [--presses 60] [--keep DIR]``. Prints figures,
asserts nothing. Target (issue 18): ≤ 100 ms standalone.

Each press is Qt's own F5 key event on the main window; the figure is the time until the lead panel shows the
newly claimed lead and the window has painted it (a grab). Paired press by press in the same run:
- the claim alone, `leads.next_lead` on the same desk (the service call F5 runs on the database worker);
- the floor: the bare claim statement on a DB-API cursor (pick the first claimable lead in the claim index's
  order and take it, in one transaction), on a copy of the same database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_queue import pump_until  # noqa: E402
from ui import fonts, i18n, theme  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from workstation import demo  # noqa: E402
from workstation.services import auth, leads  # noqa: E402
from workstation.services.context import bootstrap  # noqa: E402
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


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--leads", type=int, default=20_000)
    p.add_argument("--presses", type=int, default=60)
    p.add_argument("--keep", type=Path, help="reuse/keep the database in this directory")
    args = p.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-f5-"))
    ws = bootstrap(Settings(data_dir=data_dir, desk_id="bench"))
    if not auth.officers(ws):
        demo.seed(ws, lead_count=args.leads)
    floor_db = Path(tempfile.mkdtemp(prefix="bench-f5-floor-")) / "floor.sqlite3"
    shutil.copy(data_dir / "workstation.sqlite3", floor_db)

    app = QApplication(sys.argv[:1])
    fonts.ensure_cjk_font(app)
    i18n.install(app, "zh_CN")
    theme.apply(app)
    tasks = TaskRunner(show_errors=False)
    officer = auth.get(ws, "officer1")
    assert officer is not None
    window = MainWindow(ws, officer, tasks)
    window.resize(1366, 768)
    window.start()
    window.show()
    pump_until(lambda: window.model.rowCount() > 0)
    tasks.wait_idle(30)

    panel = window.lead_panel
    f5: list[float] = []
    for _ in range(args.presses):
        before = getattr(panel.detail, "id", None)
        t = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_F5)
        pump_until(lambda b=before: panel.detail is not None and panel.detail.id != b)
        window.grab()
        f5.append((time.perf_counter() - t) * 1000)
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
    print(line("F5 → lead, script and form painted", f5, bare))
    print(line("leads.next_lead (claim, detail, audit)", claim, bare))
    print(line("floor: bare pick + take in one transaction", bare))
    window.close()
    tasks.shutdown()
    ws.close()


if __name__ == "__main__":
    main()
