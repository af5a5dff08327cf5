"""The import dialog's background work: imports and drop-folder files on the task runner's slow pool, their
progress carried to the GUI thread; and DropFolderWatcher, the GUI's switch for a watched drop folder.

The work functions touch no widget; progress comes back through a queued signal, and Cancel sets a flag the
import polls (the file's transaction is rolled back).
"""

from __future__ import annotations

import itertools
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ui.tasks import TaskRunner, error_text

if TYPE_CHECKING:  # the intake code (file readers, phonenumbers) loads with the first import, not the desk
    from workstation.desk import Workstation
    from workstation.intake import DropFolder
    from workstation.services.intake import Choices, ImportResult


class _ProgressRelay(QObject):
    """Carries progress from import threads to the GUI thread (queued: emitted from the worker).

    One relay lives as long as the application, so a worker never holds the last reference to a widget
    (a Qt wrapper released on a worker thread crashes PySide); each import tags its emissions with a ticket.
    """

    moved = Signal(int, int, int, int, int)  # ticket, file index, rows read, bytes read, bytes total


_relay: _ProgressRelay | None = None
_tickets = itertools.count(1)


def next_ticket() -> int:
    """A tag for one import's progress signals (a dialog ignores another import's)."""
    return next(_tickets)


def progress_relay() -> _ProgressRelay:
    """The application's relay, made on first use (on the GUI thread) and parented to the application."""
    global _relay
    if _relay is None:
        _relay = _ProgressRelay(QCoreApplication.instance())
    return _relay


def weak_slot(owner: QObject, name: str, *bound: object) -> Callable[..., None]:
    """A callback for the task runner that holds `owner` weakly and does nothing once it is gone (the same
    pattern as ui.widgets.guarded, which the other screens use); `bound` goes before the callback's args."""
    ref = weakref.ref(owner)

    def call(*args: object) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, name)(*bound, *args)

    return call


def import_all(ws: Workstation, officer: str, paths: list[Path], skip_invalid: bool, cancel: threading.Event,
               ticket: int, choices: dict[Path, Choices] | None = None,
               fixes: dict[Path, dict[tuple[int, str], str]] | None = None) -> list[ImportResult]:
    """Worker thread: import each file in turn with its choices (remembered for files with the same headers);
    touches no widget, emits progress on the relay only."""
    relay = progress_relay()
    from workstation.services import intake

    results: list[ImportResult] = []
    for index, path in enumerate(paths):
        if cancel.is_set():
            results.append(intake.ImportResult(path, "cancelled", intake.CANCELLED(file=path.name)))
            continue

        def progress(rows: int, done: int, total: int, index: int = index) -> None:
            relay.moved.emit(ticket, index, rows, done, total)

        results.append(intake.import_file(ws, path, imported_by=officer, skip_invalid=skip_invalid,
                                          progress=progress, cancel=cancel.is_set,
                                          choices=(choices or {}).get(path), remember=True,
                                          fixes=(fixes or {}).get(path)))
    return results


def take_dropped(ws: Workstation, officer: str, skip_invalid: bool, folder: DropFolder,
                 path: Path) -> ImportResult:
    """Worker thread: import one dropped file and move it to done/ or failed/ (a cancelled one stays)."""
    from workstation.services import intake

    seen: list[ImportResult] = []
    try:
        outcome = intake.handle_drop(ws, path, imported_by=officer, skip_invalid=skip_invalid,
                                     on_result=seen.append)
    except Exception as exc:  # never retry a file that breaks the importer forever: park it in failed/
        folder.move_failed(path, f"{type(exc).__name__}: {exc}")
        raise
    if outcome.status == "done":
        folder.move_done(path)
    elif outcome.status == "failed":
        folder.move_failed(path, outcome.report)
    return seen[0]


class DropFolderWatcher(QObject):
    """Polls a drop folder with a QTimer; imports ready files one at a time on the task runner.

    State: _folder (the DropFolder while started), _busy (an import is running), _timer.
    """

    file_handled = Signal(object)  # ImportResult
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QObject | None = None, *,
                 poll_ms: int = 2000, settle: float = 2.0, skip_invalid: bool = False) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.settle, self.skip_invalid = settle, skip_invalid
        self._folder: DropFolder | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._folder is not None

    def start(self, directory: str | Path) -> None:
        from workstation.intake import DropFolder

        self._folder = DropFolder(directory, settle=self.settle)
        self._timer.start()
        self._poll()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Stop looking; an import already running finishes (or rolls back) on its own."""
        self._timer.stop()
        self._folder = None
        self.running_changed.emit(False)

    @Slot()
    def _poll(self) -> None:
        folder = self._folder
        if folder is None or self._busy:
            return
        ready = folder.ready_files(time.monotonic())  # a directory listing: cheap enough for the GUI thread
        if ready:
            self._busy = True
            self.tasks.run_slow(take_dropped, self.ws, self.officer, self.skip_invalid, folder, ready[0],
                                on_done=weak_slot(self, "_done"), on_error=weak_slot(self, "_error"))

    def _done(self, result: ImportResult) -> None:
        self._busy = False
        self.file_handled.emit(result)
        QTimer.singleShot(0, self._poll)

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        self.failed.emit(error_text(exc))
