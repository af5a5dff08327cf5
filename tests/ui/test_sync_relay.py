"""The sync thread's status reaches the GUI thread through StatusRelay, and a sync cycle's unexpected error is
logged with its trace (it was only a tooltip), as is a status consumer's."""

from __future__ import annotations

import logging
import threading
from types import SimpleNamespace

import pytest

from ui.sync_status import StatusRelay
from workstation.sync.status import SyncStatus
from workstation.sync.worker import SyncWorker


def status(pending: int) -> SyncStatus:
    return SyncStatus(True, True, None, pending, 0, 0)


def test_the_newest_status_reaches_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    relay = StatusRelay()
    shown: list[tuple[SyncStatus, bool]] = []
    relay.status_changed.connect(lambda st: shown.append((st, threading.current_thread() is threading.main_thread())))
    sender = threading.Thread(target=lambda: [relay(status(n)) for n in range(1, 6)])
    sender.start()
    sender.join()
    assert shown == []  # nothing is shown from the sync thread itself
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(20)  # the four other wake-ups find nothing newer
    # once, the newest, on the GUI thread: the statuses overtaken while it was busy never travelled (a queued
    # Signal(object) carried each one through Qt's queue, the pattern ui/tasks.py warns about)
    assert shown == [(status(5), True)]


class _BrokenCentre:
    """Just enough of a Centre for the worker's loop: every sync cycle raises."""

    def __init__(self) -> None:
        self.options = SimpleNamespace(listen=False, poll_seconds=0.0, retry_seconds=0.0, sweep_seconds=60.0,
                                       heartbeat_seconds=60.0, push_interval=0.01)
        self.wakeup = threading.Event()
        self.ws = None

    def wake(self) -> None:
        self.wakeup.set()

    def sync_once(self, **_: object) -> None:
        raise RuntimeError("boom in the cycle")


def _run_until(worker: SyncWorker, cycles: int) -> None:
    worker.start()
    try:
        for _ in range(500):
            if worker.cycles >= cycles:
                return
            worker._halt.wait(0.01)
        pytest.fail("the worker never finished a cycle")
    finally:
        worker.stop()


def test_an_unexpected_sync_error_is_logged_with_its_trace(caplog: pytest.LogCaptureFixture) -> None:
    worker = SyncWorker(_BrokenCentre())  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR, logger="workstation.sync"):
        _run_until(worker, 1)
    [first, *_] = [r for r in caplog.records if r.name == "workstation.sync"]
    assert first.getMessage() == "unexpected error in a sync cycle" and first.exc_info is not None
    assert "boom in the cycle" in str(worker.error)  # and still shown to the officer


def test_a_broken_status_consumer_is_logged_and_sync_goes_on(caplog: pytest.LogCaptureFixture,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def consumer(_: SyncStatus) -> None:
        raise ValueError("the consumer broke")

    worker = SyncWorker(_BrokenCentre(), on_status=consumer)  # type: ignore[arg-type]
    monkeypatch.setattr(worker, "status", lambda: status(0))
    with caplog.at_level(logging.ERROR, logger="workstation.sync"):
        _run_until(worker, 2)  # a second cycle: the consumer's failure did not stop the loop
    consumer_failures = [r for r in caplog.records if r.getMessage() == "the sync status could not be shown"]
    assert consumer_failures and consumer_failures[0].exc_info is not None
    assert worker.cycles >= 2
