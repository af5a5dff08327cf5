"""Background work for the UI: one serial database worker, a small pool for other slow jobs.

Modelled on Anki's ``qt/aqt/taskman.py``: the work function runs on a worker thread and never touches a
widget; its result (or exception) comes back to the GUI thread through a queued signal and is handed to
``on_done`` / ``on_error`` there. An exception is never lost: without ``on_error`` it is shown in a message
box (a :class:`~workstation.errors.WorkstationError`'s message as-is) and logged.

Usage::

    tasks.run_db(leads.next_lead, ws, officer_id, on_done=self._show_lead)
    tasks.run_slow(render_pdf, lead_id, on_done=..., on_error=...)
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from queue import Empty, SimpleQueue
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from workstation.errors import WorkstationError

log = logging.getLogger(__name__)

DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables off the GUI thread and delivers their outcome back on it.

    State: ``_db`` (one worker: database work is serialised, in submission order), ``_slow`` (a small pool),
    ``_pending`` (jobs submitted whose callback has not run yet; guarded by ``_lock``).
    """

    # Internal: wakes the GUI thread (queued connection) to run the callbacks waiting in ``_inbox``. No Python
    # object travels through Qt's queue: a queued Signal(object) emitted from a Python worker thread corrupted
    # reference counts under PySide6 6.12 ("deallocating None" crashes in the 200k-lead benchmark).
    _delivered = Signal()
    #: A job raised and nobody handled it with on_error (after it was shown); for logging and tests.
    error_unhandled = Signal(object)
    #: The number of jobs in flight went from 0 to >0 (True) or back to 0 (False).
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, slow_workers: int = 3,
                 show_errors: bool = True) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ws-db")
        self._slow = ThreadPoolExecutor(max_workers=slow_workers, thread_name_prefix="ws-slow")
        self._lock = threading.Lock()
        self._pending = 0
        self._inbox: SimpleQueue[Callable[[], None]] = SimpleQueue()
        # Callbacks stay on the GUI thread, keyed by ticket: the worker's job holds only the ticket, so a
        # worker thread never drops the last reference to a widget (that crashes PySide).
        self._callbacks: dict[int, tuple[DoneFn | None, ErrorFn | None]] = {}
        self._tickets = itertools.count(1)
        self._closed = False
        #: When False, unhandled errors are only logged and signalled (tests), not shown in a dialog.
        self.show_errors = show_errors
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- public API ---------------------------------------------------------------------------------------

    def run_db(self, fn: Callable[..., Any], *args: Any, on_done: DoneFn | None = None,
               on_error: ErrorFn | None = None, **kwargs: Any) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` on the single database worker (jobs run one at a time, in order)."""
        return self._submit(self._db, fn, args, kwargs, on_done, on_error)

    def run_slow(self, fn: Callable[..., Any], *args: Any, on_done: DoneFn | None = None,
                 on_error: ErrorFn | None = None, **kwargs: Any) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` on the slow-work pool (PDFs, sync, imports…)."""
        return self._submit(self._slow, fn, args, kwargs, on_done, on_error)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every submitted job has run *and* its callback was delivered.

        For tests and shutdown; returns False on timeout. Call on the GUI thread only.
        """
        deadline = time.monotonic() + timeout
        while self.busy:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.001)
        return True

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work; wait for running jobs (their callbacks are dropped after this)."""
        self._closed = True
        self._db.shutdown(wait=wait, cancel_futures=not wait)
        self._slow.shutdown(wait=wait, cancel_futures=not wait)

    # --- internals ----------------------------------------------------------------------------------------

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[..., Any], args: tuple[Any, ...],
                kwargs: dict[str, Any], on_done: DoneFn | None, on_error: ErrorFn | None) -> Future[Any]:
        if self._closed:
            raise RuntimeError("TaskRunner is shut down")
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)
        with self._lock:
            self._pending += 1
            became_busy = self._pending == 1
        if became_busy:
            self.busy_changed.emit(True)

        def job() -> Any:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                failure = exc  # `exc` is unbound when the except block ends; the lambda needs its own name
                self._post(lambda: self._finish_error(failure, self._callbacks.pop(ticket, (None, None))[1]))
                raise
            self._post(lambda: self._finish_done(result, self._callbacks.pop(ticket, (None, None))[0]))
            return result

        return pool.submit(job)

    def _post(self, callback: Callable[[], None]) -> None:
        """(worker thread) Hand a callback to the GUI thread."""
        self._inbox.put(callback)
        self._delivered.emit()

    @Slot()
    def _deliver(self) -> None:
        """(GUI thread) Run one waiting callback per wake-up, in the order the jobs finished."""
        try:
            callback = self._inbox.get_nowait()
        except Empty:
            return
        try:
            if not self._closed:
                callback()
        finally:
            with self._lock:
                self._pending -= 1
                idle = self._pending == 0
            if idle:
                self.busy_changed.emit(False)

    def _finish_done(self, result: Any, on_done: DoneFn | None) -> None:
        if on_done is None:
            return
        try:
            on_done(result)
        except Exception as exc:  # a bug in a GUI callback: show it rather than let Qt swallow it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._finish_error(exc, None)

    def _finish_error(self, exc: BaseException, on_error: ErrorFn | None) -> None:
        if on_error is not None:
            try:
                on_error(exc)
                return
            except Exception as inner:
                inner.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                exc = inner
        self.report_error(exc)

    def report_error(self, exc: BaseException) -> None:
        """Log, signal and (unless ``show_errors`` is off) show an error the caller did not handle."""
        details = getattr(exc, "__traceback_text__", "") or "".join(traceback.format_exception(exc))
        if isinstance(exc, WorkstationError):
            log.info("operation refused: %s", exc)
        else:
            log.error("background task failed:\n%s", details)
        self.error_unhandled.emit(exc)
        if self.show_errors and QApplication.instance() is not None:
            show_error(exc, details, QApplication.activeWindow())


def error_text(exc: BaseException) -> str:
    """The message for a person: a domain error as-is, anything else with its type."""
    if isinstance(exc, WorkstationError):
        return str(exc)
    return QCoreApplication.translate("TaskRunner", "Unexpected error: {0}").format(
        f"{type(exc).__name__}: {exc}")


def show_error(exc: BaseException, details: str = "", parent: QWidget | None = None) -> QDialog:
    """Show ``exc`` in a window-modal (non-blocking) message box and return it: a domain error as-is, anything
    else as an error report with its details (ui/crash.py)."""
    if not isinstance(exc, WorkstationError | OSError):  # none a person can act on: a report, "Copy details"
        from ui.crash import show_report

        return show_report(exc, details, parent)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("TaskRunner", "Operation failed"))
    box.setText(error_text(exc))
    if details and not isinstance(exc, WorkstationError):
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): never block the event loop (or a test) on an error
    return box
