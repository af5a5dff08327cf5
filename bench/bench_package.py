"""The bundle as a desk gets it: how long `./run package` takes, how big the bundle and the .deb are, and how
fast the bundled app starts — to the sign-in dialog and to the main window (issue 15: ≤ 1.5 s on a second
start), each beside the venv's `python -m ui.app` started the same way (what a desk ran before the bundle).

Run: ``.venv/bin/python bench/bench_package.py [--runs 5] [--dist DIR]`` (builds into a temporary directory, or
uses the bundle in --dist if it is there). Prints figures, asserts nothing. "first" is the first start on a new
data directory (it creates the database and seeds the demo set); the others start on that data, as a desk does
every morning. A cold start from an empty page cache is printed where this process may drop the caches (root).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import Run, environment, launch  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def figure(label: str, runs: list[Run], floor: list[Run]) -> None:
    med, fl = statistics.median(r.shown_ms for r in runs), statistics.median(r.shown_ms for r in floor)
    print(f"  {label:<34} {med:6.0f} ms ({min(r.shown_ms for r in runs):.0f}–{max(r.shown_ms for r in runs):.0f})"
          f"   venv {fl:6.0f} ms   ratio {med / fl:4.2f}×   peak RSS {max(r.rss_mb for r in runs):4.0f} MB")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--dist", type=Path, help="a dist/ that ./run package made (default: build one now)")
    args = p.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; medians of {args.runs}")
    work = Path(tempfile.mkdtemp(prefix="bench-package-"))
    dist = args.dist or work / "dist"
    if not (dist / "workstation").is_dir():
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "resources/packaging/build.py"), "--dist", str(dist), "--work",
                        str(work / "build")], check=True, stdout=subprocess.DEVNULL)
        print(f"./run package (bundle and .deb, from clean): {time.perf_counter() - t:.0f} s")
    bundle = dist / "workstation"
    print(f"bundle: {size_mb(bundle):.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files")
    for deb in dist.glob("*.deb"):
        print(f"deb: {deb.name} {size_mb(deb):.0f} MB")
    gui = [str(bundle / "workstation-gui"), "--demo", "--exit-after-shown"]
    venv = [sys.executable, "-m", "ui.app", "--demo", "--exit-after-shown"]
    data, venv_data = work / "desk", work / "venv-desk"
    first = launch(gui, work, environment(data, autologin=True))
    launch(venv, ROOT, environment(venv_data, autologin=True))
    print(f"  first start, main window (creates and seeds): {first.shown_ms:.0f} ms")
    if drop_caches():
        cold = launch(gui, work, environment(data, autologin=True))
        print(f"  cold start (page cache dropped), main window: {cold.shown_ms:.0f} ms")
    for label, autologin in (("sign-in dialog (second start)", False), ("main window (second start)", True)):
        runs, floor = [], []
        for _ in range(args.runs):
            runs.append(launch(gui, work, environment(data, autologin)))
            floor.append(launch(venv, ROOT, environment(venv_data, autologin)))
        figure(label, runs, floor)


if __name__ == "__main__":
    main()
