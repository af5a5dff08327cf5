"""Start-up as a person sees it: launch ``python -m ui.app`` and time, from outside, until its first window is
painted; each run paired with its floor, a bare PySide6 window shown the same way.

Run: ``.venv/bin/python bench/bench_startup.py [--runs 5]``. Prints figures, asserts nothing.
Targets (issue 18): launch to a usable sign-in dialog ≤ 0.8 s, to the main window with a signed-in officer
≤ 1.5 s, on a second start with byte-code.

How: the parent notes the time, starts the process, and reads its output until the line the app prints at
the first paint of its first window (``--exit-after-shown``), so interpreter start, imports and the paint are
all inside; the process then exits, and its whole life (and peak RSS, from wait4) is reported too. The floor
does the same with nothing but ``QApplication`` and an empty ``QWidget``. A and floor alternate run by run and
the ratio is taken pair by pair, so a machine drifting in speed shifts both.

The project runs from a copy in a temporary directory, once with its byte-code compiled (an installed desk) and
once without (PYTHONDONTWRITEBYTECODE=1, as on these machines: every project module compiled at each start).
The standard library and site-packages keep their byte-code in both. The first start, which creates the
database and seeds the demo set, is reported apart; the other runs start on that data, as a desk does every
morning. "main window" runs sign demo officer1 in by WS_DEMO_AUTOLOGIN (there is no dialog to type into).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("floor")
window.resize(420, 260)

class Painted(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("shown_ms=0", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Run:
    shown_ms: float  # launch to the line printed at the first paint, seen from outside
    whole_ms: float  # launch to exit
    rss_mb: float  # the process's peak resident memory


def launch(cmd: list[str], cwd: Path, env: dict[str, str]) -> Run:
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if shown is None and line.startswith("shown_ms="):
            shown = (time.perf_counter() - t) * 1000
    _pid, status, usage = os.wait4(proc.pid, 0)
    whole = (time.perf_counter() - t) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: no first paint reported (exit {proc.returncode})")
    return Run(shown, whole, usage.ru_maxrss / 1024.0)


def copy_project(into: Path, compiled: bool) -> Path:
    for name in ("workstation", "ui", "resources"):
        shutil.copytree(ROOT / name, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    if compiled:
        for name in ("workstation", "ui"):
            compileall.compile_dir(into / name, quiet=1)
    return into


def environment(data_dir: Path, autologin: bool) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONDONTWRITEBYTECODE="1", WS_DATA_DIR=str(data_dir))
    env.pop("WS_DEMO_AUTOLOGIN", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if autologin:
        env["WS_DEMO_AUTOLOGIN"] = "officer1"
    return env


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(label: str, runs: list[tuple[Run, Run]]) -> None:
    app = [a for a, _ in runs]
    floor = [f for _, f in runs]
    ratio = [a.shown_ms / f.shown_ms for a, f in runs]
    print(f"  {label:<28} {median([r.shown_ms for r in app]):6.0f} ms "
          f"({min(r.shown_ms for r in app):.0f}–{max(r.shown_ms for r in app):.0f})   "
          f"floor {median([r.shown_ms for r in floor]):4.0f} ms   ratio {median(ratio):4.2f}× "
          f"({min(ratio):.2f}–{max(ratio):.2f})   whole process {median([r.whole_ms for r in app]):5.0f} ms   "
          f"peak RSS {max(r.rss_mb for r in app):4.0f} MB (floor {max(r.rss_mb for r in floor):.0f})")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5, help="pairs per figure")
    args = p.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; medians of {args.runs} pairs")
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        data_dir = work / "desk"
        floor_cmd = [sys.executable, "-c", FLOOR]
        for compiled in (True, False):
            project = copy_project(work / ("compiled" if compiled else "source"), compiled)
            app_cmd = [sys.executable, "-m", "ui.app", "--demo", "--exit-after-shown"]
            if compiled:
                first = launch(app_cmd, project, environment(data_dir, autologin=False))
                launch(app_cmd, project, environment(data_dir, autologin=True))  # seeds, if the first had not yet
                print(f"first start (creates the database; the demo set is seeded behind the dialog): "
                      f"sign-in dialog {first.shown_ms:.0f} ms, whole process {first.whole_ms:.0f} ms")
            print("with the project's byte-code (an installed desk):" if compiled
                  else "without it (PYTHONDONTWRITEBYTECODE=1: every project module compiled at each start):")
            launch(floor_cmd, project, environment(data_dir, autologin=False))  # warm-up
            for autologin, label in ((False, "launch → sign-in dialog"), (True, "launch → main window")):
                runs = []
                for _ in range(args.runs):
                    runs.append((launch(app_cmd, project, environment(data_dir, autologin)),
                                 launch(floor_cmd, project, environment(data_dir, autologin=False))))
                report(label, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
