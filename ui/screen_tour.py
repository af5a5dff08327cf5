"""A tour of the main screens at one window size, for a person to look at and for tests/ui/test_screens.py.

``python -m ui.screen_tour DIR [--lang en|zh_CN] [--size 1366x768] [--data-dir D]`` writes one PNG per
screen (``DIR/<size>-<lang>-<screen>.png``); ``./run screens DIR`` runs it for both sizes and languages, under
Xvfb when there is no display. The desk is the demo set (seeded on first use of the data directory).

Screens: the queue (officer, no lead open), the lead (script and outcome form, the error summary of a save
with nothing chosen), a stop-payment saved with its bank details missing, the lead after a save, the board, the outcome review and the figures (team lead), the
import dialog with a file previewed, and the lock screen with a wrong password's message.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.domain.types import OutcomeCode
from workstation.services import auth

# 1280x720: the room a 1920×1080 screen leaves at 150 % (QT_SCALE_FACTOR=1.5), in the app's pixels.
SIZES = {"1280x720": QSize(1280, 720), "1366x768": QSize(1366, 768), "1920x1080": QSize(1920, 1080),
         "2560x1440": QSize(2560, 1440)}
TESTED_SIZES = ("1366x768", "1920x1080", "1280x720")
#: A maximised window on a desk is shorter than the screen: a task bar and the title bar (about 70 px).
DESK_ALLOWANCE = 70
SCREENS = ("queue", "lead", "stoppay", "saved", "board", "review", "figures", "import", "lock", "setup", "settings",
           "error")
OFFICER, TEAM_LEAD, ADMIN = "officer1", "lead1", "admin1"
WATCHER = "officer2"  # the queue screen: an officer who holds nothing, so no lead opens by itself
WRONG_PASSWORD = "not-the-password"


def window_size(screen: QSize) -> QSize:
    """The main window's size on a screen of that many device pixels (maximised, below a task bar and its title
    bar), in the app's pixels: with QT_SCALE_FACTOR=1.5 a 1920×1080 screen holds a 1280×720 window."""
    primary = QGuiApplication.primaryScreen()
    ratio = primary.devicePixelRatio() if primary is not None else 1.0
    return QSize(round(screen.width() / ratio), round(screen.height() / ratio) - DESK_ALLOWANCE)


def settle(tasks: TaskRunner, ms: int = 150) -> None:
    """Let the database worker and the event loop finish what the last action started."""
    tasks.wait_idle(20.0)
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    tasks.wait_idle(20.0)


SAMPLE_ROWS = (
    ("线索编号", "姓名", "手机号", "区县", "诈骗类型", "预警级别", "预警类型", "预警时间", "涉案金额"),
    ("HZ-0001", "张三", "13812345678", "滨江区", "兼职刷单", "红色", "电话", "2026-11-25 14:03", "1,234.50"),
    ("HZ-0002", "李四", "13987654321", "西湖区", "虚假投资理财", "橙色", "短信", "2026-11-25 15:10", ""),
    ("HZ-0003", "王五", "123", "上城区", "冒充公检法", "黄色", "电话", "2026-11-25 16:45", "80000"),
)


def sample_import_file(directory: Path) -> Path:
    """A small partner file (Chinese headers, as the centres' exports have them) for the import preview."""
    path = directory / "partner-leads.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(SAMPLE_ROWS)
    return path


class ScreenTour:
    """Opens the main screens of one desk at one window size, one at a time.

    State: the desk (`ws`), the task runner, the window size, the windows made so far (closed by `close`) and
    a scratch directory for the import sample.
    """

    def __init__(self, ws: Workstation, tasks: TaskRunner, screen: QSize, scratch: Path) -> None:
        self.ws, self.tasks = ws, tasks
        self.size = window_size(screen)
        self.scratch = scratch
        self._windows: list[QWidget] = []
        self._dialogs: list[QWidget] = []
        self._opened: list[Workstation] = []  # desks a screen opened for itself (the setup dialog's new one)

    def _window(self, username: str):  # type: ignore[no-untyped-def]  # -> MainWindow
        from ui.main_window import MainWindow

        officer = auth.get(self.ws, username)
        assert officer is not None, f"no demo officer {username}"
        window = MainWindow(self.ws, officer, self.tasks)
        self._windows.append(window)
        window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised: the size below
        window.setGeometry(QRect(0, 0, self.size.width(), self.size.height()))
        window.start()
        window.show()
        settle(self.tasks)
        return window

    def open(self, name: str) -> tuple[QWidget, QWidget]:
        """Show screen `name`; returns (the main window it belongs to, the widget to grab and check)."""
        opener: Callable[[], tuple[QWidget, QWidget]] = getattr(self, f"_open_{name}")
        window, shown = opener()
        settle(self.tasks)
        return window, shown

    def _open_queue(self) -> tuple[QWidget, QWidget]:
        window = self._window(WATCHER)
        return window, window

    def _open_lead(self) -> tuple[QWidget, QWidget]:
        window = self._window(OFFICER)
        window.take_next_lead()
        settle(self.tasks)
        window.lead_panel.form.save()  # nothing chosen yet: the error summary by Save
        return window, window

    def _call_saved_as(self, outcome: OutcomeCode) -> tuple[QWidget, QWidget]:
        """The next lead, its call started, `outcome` chosen and nothing else filled in, saved."""
        window = self._window(OFFICER)
        window.take_next_lead()
        settle(self.tasks)
        form = window.lead_panel.form
        form.start_call()
        settle(self.tasks)
        form.outcome.pick_index(list(OutcomeCode).index(outcome))
        settle(self.tasks)
        form.save()
        return window, window

    def _open_stoppay(self) -> tuple[QWidget, QWidget]:
        return self._call_saved_as(OutcomeCode.TRANSFERRED)  # money left: its bank details missing

    def _open_saved(self) -> tuple[QWidget, QWidget]:
        return self._call_saved_as(OutcomeCode.NO_ANSWER)  # nothing else is required once the call started

    def _team_lead(self, tab: str) -> tuple[QWidget, QWidget]:
        window = self._window(TEAM_LEAD)
        window.show_team_lead()
        tabs = window.team_lead
        tabs.setCurrentWidget(getattr(tabs, tab))
        settle(self.tasks, 300)
        return window, window

    def _open_board(self) -> tuple[QWidget, QWidget]:
        return self._team_lead("board")

    def _open_review(self) -> tuple[QWidget, QWidget]:
        return self._team_lead("review")

    def _open_figures(self) -> tuple[QWidget, QWidget]:
        return self._team_lead("figures")

    def _open_import(self) -> tuple[QWidget, QWidget]:
        window = self._window(OFFICER)
        dialog = window.menus.open_import()
        dialog.add_files([sample_import_file(self.scratch)])
        settle(self.tasks, 300)
        return window, dialog

    def _open_lock(self) -> tuple[QWidget, QWidget]:
        # One wrong password per size and language on one desk: by the sixth the account was locked, and the
        # screenshot showed the lock-out instead of "wrong password".
        auth.unlock(self.ws, ADMIN, OFFICER)
        window = self._window(OFFICER)
        screen = window.lock_now()
        screen.password.setText(WRONG_PASSWORD)
        screen.unlock()
        settle(self.tasks)
        return window, screen

    def _open_setup(self) -> tuple[QWidget, QWidget]:
        """A new desk's setup dialog, its refusal shown (the passwords differ), over an officer's window."""
        from ui.login import OpeningDesk
        from ui.setup_dialog import SetupDialog
        from workstation.bootstrap import bootstrap

        window = self._window(OFFICER)
        desk = OpeningDesk(self.ws.settings)
        desk.ws = bootstrap(replace(self.ws.settings, data_dir=self.scratch / "new-desk",
                                    db_url=""))  # a new desk's empty database, as the setup dialog meets it
        self._opened.append(desk.ws)
        dialog = SetupDialog(desk, self.tasks, window)
        dialog.username.setText("chief")
        dialog.password.setText("chosen-secret")
        dialog.repeat.setText("other-secret")
        dialog.show()
        dialog.submit()
        self._dialogs.append(dialog)
        return window, dialog

    def _open_settings(self) -> tuple[QWidget, QWidget]:
        window = self._window(ADMIN)
        return window, window.menus.open_settings()

    def _open_error(self) -> tuple[QWidget, QWidget]:
        from ui.crash import show_report

        window = self._window(OFFICER)
        try:
            raise RuntimeError("a sample of an unexpected error (screen tour)")
        except RuntimeError as exc:
            report = show_report(exc, parent=window)
        self._dialogs.append(report)
        return window, report

    def close(self) -> None:
        for dialog in self._dialogs:
            dialog.close()
        self._dialogs.clear()
        for window in self._windows:
            lock = getattr(window, "lock_screen", None)
            if lock is not None:
                lock.done(0)
            window.close()
            window.deleteLater()
        self._windows.clear()
        settle(self.tasks, 50)
        for ws in self._opened:
            ws.close()
        self._opened.clear()


@contextmanager
def tour(ws: Workstation, tasks: TaskRunner, screen: QSize) -> Iterator[ScreenTour]:
    with tempfile.TemporaryDirectory(prefix="screen-tour-") as scratch:
        shown = ScreenTour(ws, tasks, screen, Path(scratch))
        try:
            yield shown
        finally:
            shown.close()


def grab(widget: QWidget, path: Path) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    return widget.grab().save(str(path))


def main(argv: Sequence[str] | None = None) -> int:
    from ui import fonts, i18n, theme
    from ui.app import open_workstation

    p = argparse.ArgumentParser(prog="python -m ui.screen_tour", description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path, help="directory for the PNGs")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default="en")
    p.add_argument("--size", choices=sorted(SIZES), default="1366x768")
    p.add_argument("--data-dir", type=Path, help="the desk's data directory (default: a new temporary one)")
    p.add_argument("--screens", nargs="*", choices=SCREENS, default=list(SCREENS))
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.ensure_cjk_font(app)
    i18n.install(app, args.lang)
    theme.apply(app)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="screen-tour-desk-"))
    ws = open_workstation(argparse.Namespace(data_dir=data_dir, db=None, demo=True))
    tasks = TaskRunner(app)
    failed = 0
    try:
        with tour(ws, tasks, SIZES[args.size]) as screens:
            for name in args.screens:
                _window, shown = screens.open(name)
                scale = os.environ.get("QT_SCALE_FACTOR", "")
                tag = f"{args.size}{'@' + scale + 'x' if scale not in ('', '1') else ''}"
                path = args.out / f"{tag}-{args.lang}-{name}.png"
                ok = grab(shown, path)
                failed += not ok
                print(f"{'wrote' if ok else 'FAILED'} {path}", flush=True)
                screens.close()
    finally:
        tasks.wait_idle(5.0)
        tasks.shutdown()
        ws.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
