"""The `workstation` command's start-up, timed from outside beside its floor, `python -c pass`.

Run: ``.venv/bin/python bench/bench_cli.py [--runs 15]``. Prints figures, asserts nothing.
Targets (issue 14): ``workstation --help`` ≤ 0.3 s and ``workstation leads list`` on the demo data ≤ 0.8 s.

Each command runs as a new process (``python -m workstation.cli``, as the installed script does), its wall time
from start to exit; A and the floor alternate run by run and the ratio is taken pair by pair, so a machine
drifting in speed shifts both. ``leads list`` runs on a demo desk seeded once in a temporary directory (320
leads, the demo's default), its output thrown away.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ws-bench-cli-") as tmp:
        env = dict(os.environ, WS_DATA_DIR=tmp, WS_LANG="en")
        cli = [sys.executable, "-m", "workstation.cli"]
        subprocess.run([*cli, "demo"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
        floor_cmd = [sys.executable, "-c", "pass"]
        cases = {"--help": [*cli, "--help"], "leads list": [*cli, "leads", "list"]}
        targets = {"--help": 0.3, "leads list": 0.8}
        for argv in (*cases.values(), floor_cmd):  # warm the page cache and the byte-code
            timed(argv, env)
        print(f"python {sys.version.split()[0]} on {os.cpu_count()} CPUs, {args.runs} runs each, paired with the floor")
        for name, argv in cases.items():
            mine, floor, ratios = [], [], []
            for _ in range(args.runs):
                a = timed(argv, env)
                b = timed(floor_cmd, env)
                mine.append(a)
                floor.append(b)
                ratios.append(a / b)
            print(f"workstation {name:<11} median {statistics.median(mine) * 1000:6.0f} ms "
                  f"(min {min(mine) * 1000:.0f}, max {max(mine) * 1000:.0f}; target ≤ {targets[name] * 1000:.0f} ms)"
                  f" · python -c pass {statistics.median(floor) * 1000:.0f} ms"
                  f" · ratio {statistics.median(ratios):.1f}×")


if __name__ == "__main__":
    main()
