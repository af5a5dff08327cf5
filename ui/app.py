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
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the sign-in dialog needs is imported here: the core (SQLAlchemy, Alembic, the services) and the main
# window's code are imported on the database worker while the person types (prepare_desk), so the dialog is up
# in a fraction of a second. A demo desk signed in by WS_DEMO_AUTOLOGIN has no dialog and imports them in turn.
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui import crash, fonts, i18n, theme
from ui.tasks import TaskRunner, error_text
from workstation import logs, version
from workstation.resources import resource_path
from workstation.settings import Settings, default_data_dir

if TYPE_CHECKING:
    from ui.login import OpeningDesk
    from workstation.desk import Workstation

log = logging.getLogger("ui.app")
SCREENSHOT_DELAY_MS = 1500
DEMO_IGNORED = ("--demo ignored: {data_dir} is a desk set up for real use (its own accounts, no sample data); "
                "for a demo desk beside it, start with --demo --data-dir ANOTHER_FOLDER")


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
    p.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language (default: the desk's setting, else "
                                                             f"{i18n.DEFAULT_LANGUAGE})")
    p.add_argument("--data-dir", type=Path, help="data directory (default: WS_DATA_DIR or the user data dir)")
    p.add_argument("--demo", action="store_true",
                   help="a demo desk: a new one is seeded with sample leads and the demo accounts (password "
                        "demo1234), and the title bar says so; without it a new desk starts with its setup dialog")
    p.add_argument("--version", action=version.VersionAction, help="print the version and build, then quit")
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


def load_settings(args: argparse.Namespace) -> Settings:
    return Settings.load(args.data_dir, db_url=args.db)


def wants_demo(args: argparse.Namespace) -> bool:
    """--demo, or a demo officer signed in by WS_DEMO_AUTOLOGIN (screenshots, the benchmarks)."""
    return bool(args.demo or os.environ.get("WS_DEMO_AUTOLOGIN", "").strip())


def open_workstation(args: argparse.Namespace, settings: Settings | None = None) -> Workstation:
    """Bootstrap the desk; a demo desk's empty database gets the demo set (a second start keeps the data)."""
    from workstation.bootstrap import bootstrap
    from workstation.services import auth

    ws = bootstrap(settings or load_settings(args))
    if wants_demo(args) and not auth.officers(ws):
        log.info("empty database: seeding the demo set")
        from workstation import demo  # only for an empty database: the demo set's code is not small

        demo.seed(ws)
    elif args.demo and not ws.settings.demo:  # said where it was typed: the desk opens as the real one it is
        print(DEMO_IGNORED.format(data_dir=ws.settings.data_dir), file=sys.stderr)
        log.warning("--demo ignored: %s is a desk set up for real use", ws.settings.data_dir)
    return ws


def prepare_desk(args: argparse.Namespace, desk: OpeningDesk) -> Workstation:
    """On the database worker while the sign-in dialog is up: open the desk, then import the main window's code,
    so that signing in finds both ready. (Imported here, not on the GUI thread at the same time: one thread
    imports them, the other waits for the result.)"""
    try:
        ws = open_workstation(args, desk.settings)
        from workstation.services.setup import needs_setup

        desk.needs_setup = needs_setup(ws)
    except BaseException as exc:
        desk.failed(exc)
        raise
    import ui.desk_session  # noqa: F401 - warms the import for the GUI thread
    import ui.main_window  # noqa: F401

    return desk.opened(ws)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logs.configure(args.data_dir or default_data_dir())
    crash.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("workstation")
    app.setOrganizationName("anti-fraud-centre")
    fonts.ensure_cjk_font(app, force_bundled=os.environ.get("WS_FORCE_BUNDLED_FONT") == "1")
    i18n.install(app, args.lang or _settings_language(args))
    theme.apply(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "workstation.png"))))  # the task bar's, the desktop entry's
    app.setApplicationDisplayName(app.translate("App", "Warning-call workstation"))

    def cannot_open(exc: BaseException) -> None:  # a broken database URL or schema: say so, not a traceback
        log.error("could not open the database", exc_info=exc)
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), error_text(exc))

    try:
        settings = load_settings(args)
    except Exception as exc:
        cannot_open(exc)
        return 1
    if wants_demo(args) and settings.is_new_desk:  # the sign-in dialog already says what the desk will be
        settings = replace(settings, demo=True)
    tasks = TaskRunner(app)
    window: QWidget | None = None  # the sign-in dialog shows first: its first paint is reported before this is set
    ws: Workstation | None = None

    def report_shown() -> None:
        shown = window if window is not None and window.isVisible() else app.activeWindow()
        title = shown.windowTitle() if shown is not None else ""
        print(f"shown_ms={process_age_ms():.0f} rss_mb={peak_rss_mb():.1f} title={title}", flush=True)
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.done(QDialog.DialogCode.Rejected)
        app.exit(0)

    watcher = FirstPaint(report_shown)
    sessions = None
    autologin = os.environ.get("WS_DEMO_AUTOLOGIN", "").strip()
    try:
        if autologin:  # a demo desk for screenshots and the benchmark: no dialog to hide the opening behind
            try:
                ws = open_workstation(args, settings)
            except Exception as exc:
                cannot_open(exc)
                return 1
            from workstation.demo import DEMO_PASSWORD
            from workstation.services import auth

            officer = auth.sign_in(ws, autologin, DEMO_PASSWORD)
        else:
            desk = _first_window(args, settings, tasks, watcher, cannot_open)
            ws = desk.ws
            if desk.error is not None:
                return 1
            if ws is None or desk.officer is None:
                return 0
            officer = desk.officer
        from ui.desk_session import DeskSessions
        from ui.main_window import MainWindow

        sessions = DeskSessions(ws, tasks, parent=app)  # sign out / switch user replace the window
        sessions.ended.connect(app.quit)
        window = main_window = sessions.open(officer)
        assert isinstance(main_window, MainWindow)
        if args.exit_after_shown:
            main_window.installEventFilter(watcher)
        if args.screenshot:
            if autologin and main_window.team_lead is not None:
                main_window.show_team_lead()  # a team lead's screenshot shows the board
            elif autologin:
                QTimer.singleShot(100, main_window.take_next_lead)
            QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(main_window, args.screenshot, main_window.close))
        return app.exec()
    finally:
        current = sessions.window if sessions is not None else None  # earlier ones stopped theirs on closing
        if current is not None:
            current.centre.stop()  # type: ignore[attr-defined] # never leave the sync worker running on a closed db
        tasks.wait_idle(5.0)
        tasks.shutdown()
        if ws is not None:
            ws.close()


NEEDS_SETUP = 2  # the sign-in dialog's result when the desk that opened behind it has no account yet


def _settings_language(args: argparse.Namespace) -> str:
    """The language settings.toml names (the settings dialog's), else the default."""
    try:
        language = Settings.load(args.data_dir).language
    except Exception:  # an unreadable file is said when the desk opens
        language = ""
    return language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def _first_window(args: argparse.Namespace, settings: Settings, tasks: TaskRunner, watcher: FirstPaint,
                  cannot_open: Callable[[BaseException], None]) -> OpeningDesk:
    """The first window: the setup dialog on a new desk (not a demo one), else the sign-in; each shows at once
    and opens the desk behind it (from its first paint on, so the paint waits for nothing). A desk that opens
    without any account goes on to the setup; a centre's desk just set up, to the sign-in. Returns the desk:
    `ws` once open (None if a dialog closed first or it failed: `error`, said in a message box) and `officer`,
    who signed in (None when nobody did)."""
    from ui.login import LoginDialog, OpeningDesk

    desk = OpeningDesk(settings)
    if settings.is_new_desk and not wants_demo(args):
        from ui.setup_dialog import SetupDialog

        _run_dialog(SetupDialog(desk, tasks), args, desk, tasks, watcher, cannot_open)
        if desk.officer is not None or desk.ws is None or desk.error is not None or not desk.set_up:
            return desk
    dialog = LoginDialog(desk, tasks)
    if _run_dialog(dialog, args, desk, tasks, watcher, cannot_open) == NEEDS_SETUP:
        from ui.setup_dialog import SetupDialog

        _run_dialog(SetupDialog(desk, tasks), args, desk, tasks, watcher, cannot_open)
        if desk.officer is None and desk.set_up:  # a centre's desk: its officers sign in with their accounts
            _run_dialog(LoginDialog(desk, tasks), args, desk, tasks, watcher, cannot_open)
    return desk


def _run_dialog(dialog: QDialog, args: argparse.Namespace, desk: OpeningDesk, tasks: TaskRunner,
                watcher: FirstPaint, cannot_open: Callable[[BaseException], None]) -> int:
    """Show a first-window dialog (sign-in or setup) modally; the first one opens the desk from its first paint.
    Sets desk.officer from the dialog's `officer` when accepted; returns the dialog's result."""

    def failed(exc: BaseException) -> None:
        dialog.reject()
        cannot_open(exc)

    def opened(_ws: object) -> None:
        if desk.needs_setup and dialog.isVisible() and not hasattr(dialog, "set_up"):
            dialog.done(NEEDS_SETUP)  # nobody could sign in here: the setup dialog takes over

    if not desk.opening:
        desk.opening = True
        dialog.installEventFilter(FirstPaint(lambda: tasks.run_db(prepare_desk, args, desk, on_done=opened,
                                                                  on_error=failed)))
    elif desk.needs_setup and not hasattr(dialog, "set_up"):
        return NEEDS_SETUP
    if args.exit_after_shown:
        dialog.installEventFilter(watcher)
    if args.screenshot:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(dialog, args.screenshot, dialog.reject))
    result = dialog.exec()
    if result == QDialog.DialogCode.Accepted:
        desk.officer = getattr(dialog, "officer", None)
        desk.set_up = desk.set_up or hasattr(dialog, "set_up")
    tasks.wait_idle(60.0)  # closed before the desk was open: the opening finishes before the desk is closed
    return int(result)


def _grab(widget: QWidget, path: Path, then: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = widget.grab().save(str(path))
    print(f"screenshot {'saved to' if ok else 'FAILED:'} {path}", flush=True)
    then()  # type: ignore[operator]


if __name__ == "__main__":
    sys.exit(main())
