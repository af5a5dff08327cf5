"""Start the desktop workstation: ``python -m ui.app [--db URL] [--lang en|zh_CN] [--data-dir DIR]``.

Options for benchmarks and screenshots (under their own heading in --help): ``--exit-after-shown`` prints
the milliseconds from process start to the first paint of the first window (and the RSS and that window's
title) and exits; ``--screenshot FILE`` grabs the main window to FILE about 1.5 s after it shows (with
WS_DEMO_AUTOLOGIN=<user> it signs that demo officer in and takes the next lead first).
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# isort: off
# The core first, before PySide6: once PySide6 is imported, shiboken reads the source of every module imported
# after it (to look for `from __feature__ import …`), which cost the start about 0.3 s for SQLAlchemy, Alembic,
# psycopg and the core. Nothing here has side effects (no engine, no settings read).
import workstation.demo
import workstation.services.auth
import workstation.services.context
import workstation.services.documents
import workstation.services.drafts
import workstation.services.leads
import workstation.services.queue
import workstation.sync.status  # noqa: F401 - for the import order only

# isort: on
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui import fonts, i18n, theme
from ui.tasks import TaskRunner, error_text

log = logging.getLogger("ui.app")
SCREENSHOT_DELAY_MS = 1500


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc; elsewhere since this module was imported)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(stat[19])  # field 22 (starttime), counted after "pid (comm)"
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.monotonic() - _IMPORTED) * 1000.0


_IMPORTED = time.monotonic()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m ui.app", description="Warning-call workstation")
    p.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE, help="interface language")
    p.add_argument("--data-dir", type=Path, help="data directory (default: WS_DATA_DIR or the user data dir)")
    tools = p.add_argument_group("for screenshots and benchmarks")
    tools.add_argument("--screenshot", type=Path, metavar="FILE",
                       help="save a picture of the first window to FILE about 1.5 s after it shows, then quit "
                            "(WS_DEMO_AUTOLOGIN=<user> signs that demo user in first)")
    tools.add_argument("--exit-after-shown", action="store_true",
                       help="print the time to the first window's first paint and the memory used, then quit")
    return p.parse_args(argv)


class FirstPaint(QObject):
    """Reports the first paint of a window once (for --exit-after-shown)."""

    def __init__(self, on_painted: object) -> None:
        super().__init__()
        self._on_painted = on_painted
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._on_painted)  # type: ignore[arg-type]
        return False


def open_workstation(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Bootstrap the desk and seed the demo set into an empty database (a second start keeps the data)."""
    from workstation import demo
    from workstation.services import auth
    from workstation.services.context import bootstrap
    from workstation.settings import Settings

    ws = bootstrap(Settings.load(args.data_dir, db_url=args.db))
    if not auth.officers(ws):
        log.info("empty database: seeding the demo set")
        demo.seed(ws)
    return ws


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("ui").setLevel(logging.INFO)
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("workstation")
    app.setOrganizationName("anti-fraud-centre")
    fonts.ensure_cjk_font(app, force_bundled=os.environ.get("WS_FORCE_BUNDLED_FONT") == "1")
    i18n.install(app, args.lang)
    theme.apply(app)
    app.setApplicationDisplayName(app.translate("App", "Warning-call workstation"))

    try:
        ws = open_workstation(args)
    except Exception as exc:  # a broken database URL or schema: say so instead of a traceback
        log.exception("could not open the database")
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), error_text(exc))
        return 1

    from ui.desk_session import DeskSessions
    from ui.login import LoginDialog
    from ui.main_window import MainWindow
    from workstation.demo import DEMO_PASSWORD
    from workstation.services import auth

    tasks = TaskRunner(app)
    window: MainWindow | None = None  # the sign-in dialog shows first: its first paint is reported before this is set

    def report_shown() -> None:
        shown = window if window is not None and window.isVisible() else app.activeWindow()
        title = shown.windowTitle() if shown is not None else ""
        print(f"shown_ms={process_age_ms():.0f} rss_mb={peak_rss_mb():.1f} title={title}", flush=True)
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.done(QDialog.DialogCode.Rejected)
        app.exit(0)

    watcher = FirstPaint(report_shown)
    sessions: DeskSessions | None = None
    autologin = os.environ.get("WS_DEMO_AUTOLOGIN", "").strip()
    try:
        if autologin:
            officer = auth.sign_in(ws, autologin, DEMO_PASSWORD)
        else:
            dialog = LoginDialog(ws, tasks)
            if args.exit_after_shown:
                dialog.installEventFilter(watcher)
            if args.screenshot:
                QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(dialog, args.screenshot, dialog.reject))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.officer is None:
                return 0
            officer = dialog.officer
        sessions = DeskSessions(ws, tasks, parent=app)  # sign out / switch user replace the window
        sessions.ended.connect(app.quit)
        window = sessions.open(officer)
        assert isinstance(window, MainWindow)
        if args.exit_after_shown:
            window.installEventFilter(watcher)
        if args.screenshot:
            if autologin and window.team_lead is not None:
                window.show_team_lead()  # a team lead's screenshot shows the board
            elif autologin:
                QTimer.singleShot(100, window.take_next_lead)
            QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(window, args.screenshot, window.close))
        return app.exec()
    finally:
        current = sessions.window if sessions is not None else None  # earlier ones stopped theirs on closing
        if isinstance(current, MainWindow):
            current.centre.stop()  # never leave the sync worker running against a closed database
        tasks.wait_idle(5.0)
        tasks.shutdown()
        ws.close()


def _grab(widget: QWidget, path: Path, then: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = widget.grab().save(str(path))
    print(f"screenshot {'saved to' if ok else 'FAILED:'} {path}", flush=True)
    then()  # type: ignore[operator]


if __name__ == "__main__":
    sys.exit(main())
