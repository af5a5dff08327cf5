"""AfterPaint: work held back until the window has repainted (F5's queue refresh after the claimed lead)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.after_paint import AfterPaint


class Logged(QWidget):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.log.append("paint")


def shown(qtbot: QtBot, log: list[str]) -> Logged:
    window = Logged(log)
    qtbot.addWidget(window)
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "paint" in log)
    log.clear()
    return window


def test_the_work_runs_once_just_after_the_repaint_it_waited_for(qtbot: QtBot) -> None:
    log: list[str] = []
    window = shown(qtbot, log)
    after = AfterPaint(window, fallback_ms=10_000)  # the fallback would be too late for this test to pass
    work = lambda: log.append("work")  # noqa: E731
    after.call(work)
    after.call(work)  # asked twice before the repaint: done once
    window.update()
    QCoreApplication.processEvents()
    assert after.pending() or log == ["paint", "work"]
    qtbot.waitUntil(lambda: not after.pending(), timeout=2000)
    assert log == ["paint", "work"]
    window.update()
    qtbot.waitUntil(lambda: log.count("paint") == 2)
    assert log.count("work") == 1  # not again at the next repaint


def test_without_a_repaint_the_work_runs_after_the_fallback(qtbot: QtBot) -> None:
    log: list[str] = []
    window = shown(qtbot, log)
    window.hide()  # a minimised or hidden desk repaints nothing
    after = AfterPaint(window, fallback_ms=50)
    after.call(lambda: log.append("work"))
    assert log == []
    qtbot.waitUntil(lambda: log == ["work"], timeout=2000)
    assert not after.pending()
