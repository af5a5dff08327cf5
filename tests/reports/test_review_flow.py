"""The outcome review moves on: a verdict saved shows the next call without one (its detail, not an empty
pane); Ctrl+N goes to the next unreviewed call; Ctrl+1/2/3 pick the verdict and Ctrl+S saves it; the officer
filter and the detail bracket names as the language does."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.reports import dataset
from tests.reports.dataset import build
from ui import i18n
from ui.my_reviews import MyReviewsDialog
from ui.review import ReviewWidget
from ui.review.outcomes import NEXT_KEY, SAVE_KEY, VERDICT_KEYS
from ui.tasks import TaskRunner
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import ScamType
from workstation.reports.calls import Verdict
from workstation.services import leads, outcomes, review


def _week(qtbot: QtBot, w: ReviewWidget, tasks: TaskRunner) -> None:
    """Week 47 (16–22 Nov): the data set's calls, several per officer."""
    assert tasks.wait_idle()
    w.date_from.setDate(QDate(2026, 11, 16))
    w.date_to.setDate(QDate(2026, 11, 22))
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.reload()


def _key(w: ReviewWidget, key: str) -> None:
    action = next(a for a in w.keys if a.shortcut().toString() == key)
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    action.trigger()


def test_a_verdict_moves_on_to_the_next_call_without_one(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    assert len(w.calls) >= 3 and all(c.review is None for c in w.calls)
    w.view.selectRow(0)
    first = w.selected_call()
    assert first is not None
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.mark_selected()  # "reviewed", the default
    nxt = w.selected_call()
    assert nxt is not None and nxt.event_id == w.calls[1].event_id and nxt.review is None
    assert nxt.ref in w.detail.toPlainText() and w.mark_button.isEnabled()  # the pane shows it, never empty
    assert w.calls[0].event_id == first.event_id and w.calls[0].review is not None

    # Ctrl+2 then Ctrl+S: a follow-up (with its comment), saved, and on to the next
    _key(w, VERDICT_KEYS[Verdict.FOLLOW_UP])
    assert w.verdict.currentData() == "follow_up"
    w.comment.setPlainText("回访确认")
    with qtbot.waitSignal(w.call_marked, timeout=5000) as marked, qtbot.waitSignal(w.loaded, timeout=5000):
        _key(w, SAVE_KEY)
    assert marked.args == [nxt.event_id, "follow_up"]
    third = w.selected_call()
    assert third is not None and third.event_id == w.calls[2].event_id
    assert w.verdict.currentData() == "reviewed" and w.comment.toPlainText() == ""  # nothing carried over


def test_next_unreviewed_skips_reviewed_calls_and_wraps(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    n = len(w.calls)
    w.view.selectRow(1)
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.mark_selected()  # row 1 reviewed; row 2 shown
    w.view.selectRow(0)
    _key(w, NEXT_KEY)  # row 1 has a verdict: skipped
    assert w.selected_call() is w.calls[2]
    w.view.selectRow(n - 1)
    _key(w, NEXT_KEY)  # past the end: from the top
    assert w.selected_call() is w.calls[0]
    for row in range(n):  # give every call a verdict
        if w.calls[row].review is None:
            w.view.selectRow(row)
            with qtbot.waitSignal(w.loaded, timeout=5000):
                w.mark_selected()
    assert all(c.review is not None for c in w.calls)
    assert w.note.text() == "Every call in the list has a verdict."
    _key(w, NEXT_KEY)
    assert w.note.text() == "Every call in the list has a verdict."


def test_save_then_next_unreviewed_skips_no_call(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """A team lead's round is "save, next": the save already shows the next call without a verdict, so the
    Next press right after it stays there (a second press moves on) — no call is left behind unseen."""
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    assert len(w.calls) >= 5
    w.view.selectRow(0)
    for _ in range(3):
        with qtbot.waitSignal(w.loaded, timeout=5000):
            qtbot.mouseClick(w.mark_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert [c.review is not None for c in w.calls[:4]] == [True, True, True, False]
    assert w.selected_call() is w.calls[3]
    assert w.note.text() == "This is the next call without a verdict."
    _key(w, NEXT_KEY)  # pressed again: on to the one after
    assert w.selected_call() is w.calls[4]


def test_next_unreviewed_while_saving_does_not_move_twice(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    w.view.selectRow(0)
    with qtbot.waitSignal(w.loaded, timeout=5000):
        _key(w, SAVE_KEY)
        _key(w, NEXT_KEY)  # before the save is back
    assert w.selected_call() is w.calls[1] and w.calls[0].review is not None


def test_follow_up_without_a_comment_is_refused_by_the_comment(qtbot: QtBot, ws: Workstation,
                                                               tasks: TaskRunner) -> None:
    """The core refuses a follow-up with no comment; the screen says so under the comment box (not a silent
    nothing), keeps the focus there, and saves nothing; typing a comment then saves it."""
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    _week(qtbot, w, tasks)
    w.view.selectRow(0)
    first = w.selected_call()
    w.note.setText("This is the next call without a verdict.")  # what Next unreviewed may have said before
    _key(w, VERDICT_KEYS[Verdict.FOLLOW_UP])
    w.view.setFocus()
    _key(w, SAVE_KEY)
    qtbot.waitUntil(lambda: w.comment_row.has_error, timeout=5000)
    assert w.comment_row.error.text() == "Say what to follow up" and w.comment_row.error.isVisible()
    assert not w.note.text()  # no stale note beside the refusal
    assert w.comment.hasFocus() and w.mark_button.isEnabled()
    assert w.selected_call() is first
    assert tasks.wait_idle()
    saved = review.calls_for_review(ws, "lead1", w.current_filter())
    assert [c.review for c in saved if first is not None and c.event_id == first.event_id] == [None]  # nothing saved
    w.comment.setPlainText("回访核实")
    with qtbot.waitSignal(w.loaded, timeout=5000):
        _key(w, SAVE_KEY)
    assert w.calls[0].review is not None and w.calls[0].review.verdict is Verdict.FOLLOW_UP
    assert not w.comment_row.has_error


def _visit(ws: Workstation) -> str:
    """A 45-second call handed to a station for a visit (11-18 14:30:10–14:30:55)."""
    lead_id = dataset.lead(ws, "访", ScamType.POLICE_IMPERSONATION, "西湖区", "11-18 14:25")
    s = dataset.at("11-18 14:30") + timedelta(seconds=10)
    leads.claim(replace(ws, clock=FixedClock(s)), "officer1", lead_id)
    return outcomes.record(replace(ws, clock=FixedClock(s + timedelta(minutes=1))), "officer1", lead_id,
                           OutcomeInput(code="station_visit", started_at=s, ended_at=s + timedelta(seconds=45),
                                        contacted_party="nobody", station="文三路派出所")).event_id


def _detail_of(w: ReviewWidget, event_id: str) -> str:
    w.view.selectRow(next(i for i, c in enumerate(w.calls) if c.event_id == event_id))
    return w.detail.toPlainText()


def test_detail_shows_what_the_officer_did(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """The station a visit went to, the stop-payment's accounts, banks, amount and time; the call's time with
    its date once (seconds when it lasted under a minute)."""
    built = build(ws)
    visit = _visit(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    text = _detail_of(w, visit)
    assert "11-18 14:30 (45 s)" in text and "Handed to station: 文三路派出所" in text
    text = _detail_of(w, built.calls["L2"][0])  # transferred, stop-payment of 8000 at 09:05
    assert "11-17 09:10–09:13" in text and "11-17 09:10–11-17" not in text
    assert "Stop-payment: 8,000.00 transferred at 11-17 09:05" in text
    assert "From: 6222000011112222 (中国工商银行)" in text and "To: 6222999988887777 某某 (中国银行)" in text
    assert "Handed to station" not in text
    late = w.span(dataset.at("11-18 23:58"), dataset.at("11-19 00:02"))
    assert late == "11-18 23:58–11-19 00:02"  # over midnight: both dates


def test_my_reviews_names_the_reviewer_and_closes(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    built = build(ws)
    review.mark_call(ws, "lead1", built.calls["L1"][1], Verdict.COMMENDED, "劝阻及时")
    d = MyReviewsDialog(ws, "officer1", tasks)
    qtbot.addWidget(d)
    d.show()
    with qtbot.waitSignal(d.loaded, timeout=5000):
        pass
    assert d.model.headerData(6, Qt.Orientation.Horizontal) == "Reviewer"
    assert d.model.data(d.model.index(0, 6)) == "组长"  # the display name, not "lead1"
    close = d.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not d.isVisible()


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    yield
    i18n.install(qapp, "en")  # type: ignore[arg-type]  # later tests read the English sources


def test_names_bracket_full_width_in_chinese(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, chinese: None) -> None:
    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    qtbot.waitUntil(lambda: w.officer_filter.findData("officer1") > 0)
    assert w.officer_filter.itemText(w.officer_filter.findData("officer1")) == "民警1（officer1）"
    w.view.selectRow(0)
    assert "（officer" in w.detail.toPlainText() and " (officer" not in w.detail.toPlainText()


def test_detail_facts_in_chinese(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, chinese: None) -> None:
    built = build(ws)
    visit = _visit(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    _week(qtbot, w, tasks)
    text = _detail_of(w, visit)
    assert "11-18 14:30（45 秒）" in text and "移交派出所：文三路派出所" in text
    text = _detail_of(w, built.calls["L2"][0])
    assert "紧急止付：8,000.00，转账时间 11-17 09:05" in text
    assert "转出：6222000011112222（中国工商银行）" in text and "转入：6222999988887777 某某（中国银行）" in text


def test_long_types_and_outcomes_get_the_room_the_table_has(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """Cut where the table is narrow (the tooltip has them whole); whole where it has room to spare (a 1920 px
    screen cut them with 470 px empty beside them)."""
    from ui.review.outcomes import LONG_COLUMNS, WIDE_COLUMN

    build(ws)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    _week(qtbot, w, tasks)
    view = w.view
    wanted = {c: max(view.sizeHintForColumn(c), view.horizontalHeader().sectionSizeHint(c)) for c in LONG_COLUMNS}
    assert any(width > WIDE_COLUMN for width in wanted.values()), "no long type or outcome: the test shows nothing"
    w.resize(700, 600)
    qtbot.waitUntil(lambda: all(view.columnWidth(c) <= WIDE_COLUMN for c in LONG_COLUMNS))
    w.resize(1900, 600)
    qtbot.waitUntil(lambda: all(view.columnWidth(c) == wanted[c] for c in LONG_COLUMNS))
