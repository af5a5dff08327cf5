"""The team lead's screens driven with qtbot: the board, reassigning from it, marking a call, figures."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.forms.pdftext import assert_prints
from tests.reports.conftest import NOW
from tests.reports.dataset import Built, build
from ui.review import BoardWidget, FiguresWidget, ReviewWidget, TeamLeadTabs
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.lead import NewLead
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.security import audit
from workstation.services import leads


def overdue_lead(ws: Workstation) -> str:
    return leads.receive(ws, NewLead(
        person_name="王五", phone="13700000000", scam_type=ScamType.FAKE_LOAN, level=WarningLevel.RED,
        trigger_kind=TriggerKind.FRAUD_APP, trigger_detail="“速享贷”", triggered_at=NOW - timedelta(minutes=50),
        district="拱墅区", amount_at_risk=Decimal("3000")))


def test_board_shows_times_as_the_queue_does(tasks: TaskRunner, qtbot, ws: Workstation) -> None:  # type: ignore[no-untyped-def]
    """Due and held-for read like the queue's countdowns ('overdue 30:00', '7:19:05'), never '439 min'."""
    lead_id = overdue_lead(ws)
    leads.claim(ws, "officer1", lead_id)
    ws.clock.advance(hours=7, minutes=19, seconds=5)  # type: ignore[attr-defined]
    w = BoardWidget(ws, "lead1", tasks, refresh_ms=100)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.board is not None and w.held_model.rowCount() == 1)
    assert w.held_model.data(w.held_model.index(0, 6)) == "7:19:05"
    assert w.urgent_model.data(w.urgent_model.index(0, 6)) == "overdue 7:49:05"
    assert "min" not in w.held_model.data(w.held_model.index(0, 6))


def test_board_shows_an_overdue_lead(tasks: TaskRunner, qtbot, ws: Workstation) -> None:  # type: ignore[no-untyped-def]
    lead_id = overdue_lead(ws)
    w = BoardWidget(ws, "lead1", tasks, refresh_ms=100)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.board is not None and w.urgent_model.rowCount() == 1)
    assert w.urgent_model.key(0) == lead_id
    due = w.urgent_model.data(w.urgent_model.index(0, 6))
    assert "30" in due and "overdue" in due
    assert w.urgent_model.data(w.urgent_model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue 1" in w.counts.text()
    w.show()  # on screen, the timer refreshes it
    with qtbot.waitSignal(w.refreshed, timeout=3000):
        pass
    with qtbot.waitSignal(w.refreshed, timeout=3000):
        pass
    w.hide()
    assert not w.timer.isActive()


def board_with_a_held_lead(tasks: TaskRunner, qtbot, ws: Workstation) -> tuple[BoardWidget, str]:  # type: ignore[no-untyped-def]
    """A team lead's board showing one overdue lead held by officer1, selected for reassigning."""
    lead_id = overdue_lead(ws)
    leads.claim(ws, "officer1", lead_id)
    w = BoardWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    # Both loads are in the database worker's queue: wait for them to be delivered rather than for a fixed 5 s
    # (a loaded CI machine once took longer, in the clock-ahead pass).
    assert tasks.wait_idle(30.0) and w.held_model.rowCount() == 1 and w.to_officer.count() > 1
    assert w.select_lead(lead_id) and not w.reassign_button.isEnabled()  # nobody chosen yet
    return w, lead_id


def test_reassign_from_the_board(tasks: TaskRunner, qtbot, ws: Workstation) -> None:  # type: ignore[no-untyped-def]
    w, lead_id = board_with_a_held_lead(tasks, qtbot, ws)
    assert w.choose_officer("officer2") and w.reassign_button.isEnabled()
    qtbot.mouseClick(w.reassign_button, Qt.MouseButton.LeftButton)
    box = w.confirm_box
    assert box is not None and "民警2 (officer2)" in box.text() and "民警1 (officer1)" in box.text()
    with qtbot.waitSignal(w.lead_reassigned, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    detail = leads.detail(ws, lead_id)
    assert detail.row.owner == "officer2"
    assert detail.events[-1].kind == EventKind.LEAD_REASSIGNED and detail.events[-1].officer == "lead1"
    qtbot.waitUntil(lambda: w.held_model.rowCount() == 1 and w.held_model.data(w.held_model.index(0, 5)) == "民警2")


def test_marking_a_call_creates_the_event(tasks: TaskRunner, qtbot, ws: Workstation) -> None:  # type: ignore[no-untyped-def]
    built: Built = build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    assert tasks.wait_idle() and w.model.rowCount() == 5  # the last seven days: 19 to 25 Nov
    w.date_from.setDate(QDate(2026, 11, 16))
    w.date_to.setDate(QDate(2026, 11, 22))
    qtbot.waitUntil(lambda: w.officer_filter.findData("officer1") > 0)
    w.officer_filter.setCurrentIndex(w.officer_filter.findData("officer1"))
    with qtbot.waitSignal(w.loaded, timeout=5000) as blocker:
        qtbot.mouseClick(w.search_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    call_id = built.calls["L1"][1]
    w.view.selectRow(w.model.row_of(call_id))
    assert w.mark_button.isEnabled() and "本人已认识到是诈骗" in w.detail.toPlainText()
    w.verdict.setCurrentIndex(w.verdict.findData("commended"))
    w.comment.setPlainText("处置规范")  # (QTest.keyClicks aborts on CJK text offscreen)
    with qtbot.waitSignal(w.call_marked, timeout=5000) as marked:
        qtbot.mouseClick(w.mark_button, Qt.MouseButton.LeftButton)
    assert marked.args == [call_id, "commended"]
    event = leads.detail(ws, built.leads["L1"]).events[-1]
    assert event.kind == EventKind.REVIEWED and event.officer == "lead1"
    assert event.payload == {"call_event_id": call_id, "verdict": "commended", "comment": "处置规范",
                             "call_officer": "officer1"}
    qtbot.waitUntil(lambda: w.model.rowCount() == 3 and bool(w.model.data(w.model.index(w.model.row_of(call_id), 7))))


def test_figures_and_report(tasks: TaskRunner, qtbot, ws: Workstation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build(ws)
    tabs = TeamLeadTabs(ws, "lead1", tasks)
    qtbot.addWidget(tabs)
    w: FiguresWidget = tabs.figures
    assert w.period().label == "2026-W48"
    assert tasks.wait_idle() and w.figures is not None and w.figures.total.handled == 1  # L7, on the 23rd
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.week.setCurrentIndex(1)  # 2026-W47
    assert w.figures is not None and w.figures.total.handled == 6
    assert "Handled 6" in w.summary.text() or "handled 6" in w.summary.text()
    assert len(w.scam_chart.chart().series()) == 1 and len(w.week_chart.chart().series()) == 3
    (bars,) = w.scam_chart.chart().series()
    axis = next(a for a in w.scam_chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert not axis.truncateLabels()  # names down the left, whole (they were cut to "虚假…")
    assert "Fake loan" in axis.categories()  # the short name; hovering shows "Fake loans and cards"
    with qtbot.waitSignal(w.report_written, timeout=15000) as written:
        w.write_report(tmp_path)
    assert Path(written.args[0]).name == "weekly-report-2026-W47.pdf"
    # written in the GUI's language (English here), not in Chinese whatever the UI says
    assert_prints(Path(written.args[0]).read_bytes(), "Weekly analysis of warning calls", "1. Overview",
                  "Fake loans and cards")
    box = w.report_box  # says where the files went, and offers the folder
    assert box is not None and box.isVisible() and str(tmp_path) in box.text()
    assert "weekly-report-2026-W47.pdf" in box.informativeText() and "weekly-report-2026-W47.xlsx" in box.informativeText()
    assert any(b.text() == "Open folder" for b in box.buttons())
    assert w.folder == tmp_path  # the next report is offered the same folder
    box.done(0)
    # audited as the CLI's report is: one export by the team lead, naming where the files went
    [export] = [e for e in audit.entries(ws) if e.action == "exported" and e.target == "weekly 2026-W47"]
    assert export.actor == "lead1" and export.details["folder"] == str(tmp_path)
    assert isinstance(tabs.board, BoardWidget) and isinstance(tabs.review, ReviewWidget)


def test_after_a_reassign_the_button_waits_for_a_lead_to_be_chosen(tasks: TaskRunner, qtbot, ws: Workstation) -> None:  # type: ignore[no-untyped-def]
    """A second click used to move the previous lead again, with no row selected."""
    w, lead_id = board_with_a_held_lead(tasks, qtbot, ws)
    w.choose_officer("officer2")
    box = w.ask_reassign()
    assert box is not None
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert not w.reassign_button.isEnabled() and w.to_officer.currentData() is None  # both chosen again
    qtbot.waitUntil(lambda: w.to_officer.count() > 1)
    w.choose_officer("lead1")
    assert not w.reassign_button.isEnabled() and w.ask_reassign() is None  # no lead chosen: nothing to ask
    assert leads.detail(ws, lead_id).row.owner == "officer2"
    assert w.select_lead(lead_id) and w.reassign_button.isEnabled()  # choosing it again allows it
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        w.refresh()
    assert w.reassign_button.isEnabled()  # a refresh keeps a lead still shown chosen


def test_a_bar_chart_gives_every_name_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Thirty officers: the chart asks for the height their names need (the axis dropped every other name when
    the rows were shorter than its font), and the figures screen scrolls instead."""
    from PySide6.QtGui import QFontMetrics

    from ui.review import charts

    view = charts.chart_view()
    qtbot.addWidget(view)
    names = [f"民警{i:02d}" for i in range(30)]
    charts.bars(view, "Per officer", names, [("Handled", [float(i) for i in range(30)])])
    view.resize(600, view.minimumHeight())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.chart().plotArea().height() > 0)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == list(reversed(names))
    row = view.chart().plotArea().height() / len(names)
    assert row >= QFontMetrics(axis.labelsFont()).height(), f"{row:.1f} px a name"
