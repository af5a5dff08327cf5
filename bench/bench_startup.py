"""Cold start: ``python -m ui.app --exit-after-shown`` in a subprocess, to the first window painted, and RSS.

Run: ``.venv/bin/python bench/bench_startup.py [--runs 5]``. Prints figures, asserts nothing.
Targets (issue): cold start ≤ 1.5 s, ≤ 300 MB. The first run seeds the demo set into a fresh data directory
(reported apart); the others start on existing data, as a desk does every morning. "autologin" runs sign in
officer1 (WS_DEMO_AUTOLOGIN) and measure to the main window's first paint instead of the sign-in dialog's.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_once(data_dir: Path, autologin: bool) -> tuple[float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("WS_DEMO_AUTOLOGIN", None)
    if autologin:
        env["WS_DEMO_AUTOLOGIN"] = "officer1"
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "ui.app", "--data-dir", str(data_dir), "--exit-after-shown"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - t) * 1000
    found = re.search(r"shown_ms=(\d+) rss_mb=([\d.]+)", out.stdout)
    if not found:
        raise SystemExit(f"no figure in the output:\n{out.stdout}\n{out.stderr}")
    return float(found.group(1)), float(found.group(2)), wall


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    shown, rss, wall = start_once(data_dir, autologin=False)
    print(f"first start (creates the database, seeds the demo set): shown {shown:.0f} ms, RSS {rss:.0f} MB")
    for autologin in (False, True):
        runs = [start_once(data_dir, autologin) for _ in range(args.runs)]
        label = "main window (autologin)" if autologin else "sign-in dialog"
        print(f"cold start to {label:<24} median {statistics.median(r[0] for r in runs):.0f} ms "
              f"(max {max(r[0] for r in runs):.0f}), process wall {statistics.median(r[2] for r in runs):.0f} ms, "
              f"peak RSS {max(r[1] for r in runs):.0f} MB")


if __name__ == "__main__":
    main()
