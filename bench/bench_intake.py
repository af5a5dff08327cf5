"""Benchmark of file intake: 100,000-row CSV (GB18030) and XLSX imported into SQLite and PostgreSQL.

Targets (issue): CSV ≤ 5 s, XLSX ≤ 20 s, peak memory ≤ 400 MB. On SQLite it also prints the longest time
another writer on the desk (an officer saving a call) could not write while the import ran. Each import runs in its own process so
its peak RSS is honest (the parent's generated files and imports do not count).
PostgreSQL: a temporary database on WS_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/), skipped
with a message when no server answers.
Run: python bench/bench_intake.py [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LIMITS_S = {"csv": 5.0, "xlsx": 20.0}
LIMIT_MB = 400.0
PG_BASE = os.environ.get("WS_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/")
HEADERS = ["线索编号", "姓名", "手机号", "身份证号", "区县", "诈骗类型", "预警级别", "预警类型", "涉诈号码", "预警时间",
           "涉案金额"]
SCAMS = ["兼职刷单", "冒充公检法", "虚假投资理财", "冒充电商物流客服", "虚假贷款"]
LEVELS = ["红色", "橙色", "黄色"]
NAMES = ["张三", "李四", "王五", "欧阳娜娜", "赵敏", "周芷若"]


def rows(n: int) -> list[list[object]]:
    rng = random.Random(20261125)
    now = datetime.now(ZoneInfo("Asia/Shanghai")).replace(microsecond=0)
    out: list[list[object]] = []
    for i in range(n):
        at = now - timedelta(minutes=rng.randrange(1, 600))
        out.append([f"YJ-{i:07d}", rng.choice(NAMES), f"13{rng.randrange(0, 10)}{i:08d}", "",
                    "朝阳区", rng.choice(SCAMS), rng.choice(LEVELS), "电话", "+85212345678",
                    at.strftime("%Y-%m-%d %H:%M:%S"), f"{rng.randrange(0, 100000)}.00"])
    return out


def write_csv(path: Path, data: list[list[object]]) -> None:
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(data)


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("预警线索")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    book.save(path)


def child(path: str, url: str) -> int:
    """One import in this process: prints seconds, peak RSS and the counts as JSON."""
    from workstation.bootstrap import bootstrap
    from workstation.services import intake
    from workstation.settings import Settings

    ws = bootstrap(Settings(data_dir=Path(tempfile.gettempdir()), db_url=url, desk_id="bench"))
    probe = LockProbe(ws.engine.url.database) if url.startswith("sqlite") else None
    started = time.perf_counter()
    result = intake.import_file(ws, path, imported_by="bench")
    seconds = time.perf_counter() - started
    locked = probe.stop() if probe else None
    ws.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "status": result.status, "locked": locked,
                      "leads": result.leads_created, "triggers": result.triggers_joined, "message": str(result.message)}))
    return 0


class LockProbe:
    """Another writer on the desk's SQLite file, trying every 20 ms: the longest time it could not write."""

    def __init__(self, database: str | None) -> None:
        import threading

        self.database, self.longest, self.done = database, 0.0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import sqlite3

        conn = sqlite3.connect(str(self.database), timeout=0, isolation_level=None)
        blocked_since: float | None = None
        while not self.done.wait(0.02):
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                blocked_since = None
            except sqlite3.OperationalError:
                blocked_since = blocked_since or time.perf_counter()
                self.longest = max(self.longest, time.perf_counter() - blocked_since)
        conn.close()

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        return self.longest


def measure(path: Path, url: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--child", str(path), url], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def pg_database() -> tuple[str, str] | None:
    """(url of a new temporary database, its name) or None when no server answers."""
    try:
        import psycopg

        name = f"ws_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_BASE + "postgres", autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return PG_BASE + name, name
    except Exception as exc:  # noqa: BLE001 - any failure means: no PostgreSQL here
        print(f"PostgreSQL skipped: {type(exc).__name__}: {exc}".splitlines()[0])
        return None


def drop_pg(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_BASE + "postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, metavar=("FILE", "URL"))
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    try:
        import lxml  # type: ignore[import-untyped]  # noqa: F401
        print("lxml: installed (openpyxl reads XLSX with it)")
    except ImportError:
        print("lxml: not installed (openpyxl uses the standard library's XML parser)")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = rows(args.rows)
        files = {"csv": root / "leads.csv", "xlsx": root / "leads.xlsx"}
        write_csv(files["csv"], data)
        write_xlsx(files["xlsx"], data)
        del data
        for kind, path in files.items():
            print(f"{kind}: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB")
        for kind, path in files.items():
            targets: list[tuple[str, str, str | None]] = [("sqlite", f"sqlite:///{root / f'{kind}.sqlite3'}", None)]
            pg = pg_database()
            if pg:
                targets.append(("postgresql", pg[0], pg[1]))
            for db, url, name in targets:
                try:
                    m = measure(path, url)
                finally:
                    if name:
                        drop_pg(name)
                ok = (m["status"] == "imported" and float(m["seconds"]) <= LIMITS_S[kind]  # type: ignore[arg-type]
                      and float(m["peak_mb"]) <= LIMIT_MB)  # type: ignore[arg-type]
                failed |= not ok
                print(f"{kind:4} → {db:10}: {float(m['seconds']):6.2f} s (≤ {LIMITS_S[kind]:.0f} s), "  # type: ignore[arg-type]
                      f"peak {float(m['peak_mb']):5.0f} MB (≤ {LIMIT_MB:.0f}), "  # type: ignore[arg-type]
                      f"{m['leads']} leads, {m['triggers']} triggers  {'ok' if ok else 'OVER'}"
                      + (f"; desk's write lock held ≤ {float(m['locked']):.2f} s" if m.get("locked") is not None else ""))
                if m["status"] != "imported":
                    print(f"  {m['message']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
