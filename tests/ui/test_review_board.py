"""What a team lead sees on the board and the review tab: names not user names, reassigning asked first and
undoable, never to an admin, and every code in words (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.review import BoardWidget, ReviewWidget
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import ContactedParty, Role
from workstation.reports.calls import CallFilter
from workstation.services import auth, leads, outcomes, review

RAW_CODES = {"no_answer", "not_deceived", "persuaded", "station_visit", "callback_requested", "busy", "refused",
             "wrong_number", "transferred", "self", "relative", "nobody", "reviewed", "follow_up", "commended"}


@pytest.fixture
def tasks(tasks: TaskRunner) -> Iterator[TaskRunner]:
    yield tasks
    assert not tasks.errors  # type: ignore[attr-defined]


def names(ws: Workstation) -> dict[str, str]:
    return {o.username: o.display_name for o in auth.officers(ws)}


def held_lead(ws: Workstation, officer: str = "officer1") -> str:
    """A lead nobody holds, now claimed by `officer`."""
    row = next(r for r in review.board(ws, "lead1").urgent if r.owner is None and r.status == "new")
    leads.claim(ws, officer, row.id)
    return row.id


def open_board(qtbot, ws: Workstation, tasks: TaskRunner) -> BoardWidget:  # type: ignore[no-untyped-def]
    w = BoardWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.board is not None and w.to_officer.count() > 1)
    return w


def test_the_board_names_officers_and_keeps_the_user_name_in_the_tooltip(qtbot, ws: Workstation,  # type: ignore[no-untyped-def]
                                                                          tasks: TaskRunner) -> None:
    lead_id = held_lead(ws)
    w = open_board(qtbot, ws, tasks)
    row = w.held_model.row_of(lead_id)
    cell = w.held_model.index(row, 5)
    assert w.held_model.headerData(5, Qt.Orientation.Horizontal) == "Officer"
    assert w.held_model.data(cell) == names(ws)["officer1"] != "officer1"
    assert w.held_model.data(cell, Qt.ItemDataRole.ToolTipRole) == "officer1"
    assert not w.urgent_view.horizontalHeader().stretchLastSection()


def test_reassign_starts_on_nobody_and_never_offers_an_admin(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    lead_id = held_lead(ws)
    w = open_board(qtbot, ws, tasks)
    assert w.to_officer.currentIndex() == 0 and w.to_officer.currentData() is None
    offered = [w.to_officer.itemData(i) for i in range(1, w.to_officer.count())]
    roles = {o.username: o.role for o in auth.officers(ws)}
    assert "admin1" not in offered and all(roles[u] is not Role.ADMIN for u in offered)
    assert "lead1" in offered and "officer2" in offered
    held = [c.held for c in w.choices]
    assert held == sorted(held)  # the least busy first
    assert w.select_lead(lead_id) and not w.reassign_button.isEnabled()  # a lead but nobody chosen
    assert not w.choose_officer("admin1")
    with pytest.raises(Exception, match="admin"):
        review.reassign(ws, "lead1", lead_id, "admin1")  # the core refuses it too


def test_reassign_asks_with_who_and_what_and_undo_gives_it_back(qtbot, ws: Workstation,  # type: ignore[no-untyped-def]
                                                                 tasks: TaskRunner) -> None:
    lead_id = held_lead(ws)
    w = open_board(qtbot, ws, tasks)
    who = names(ws)
    ref = leads.detail(ws, lead_id).row.ref
    assert w.select_lead(lead_id) and w.choose_officer("officer2")
    qtbot.mouseClick(w.reassign_button, Qt.MouseButton.LeftButton)
    box = w.confirm_box
    assert box is not None and box.isVisible()
    assert ref in box.text() and f"{who['officer2']} (officer2)" in box.text()
    assert f"{who['officer1']} (officer1)" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # nothing happens
    assert tasks.wait_idle() and leads.detail(ws, lead_id).row.owner == "officer1"

    box = w.ask_reassign()
    assert box is not None
    with qtbot.waitSignal(w.lead_reassigned, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert leads.detail(ws, lead_id).row.owner == "officer2"
    assert w.done_label.isVisible() is w.isVisible() and ref in w.done_label.text()
    assert not w.undo_button.isHidden()
    with qtbot.waitSignal(w.lead_reassigned, timeout=5000):
        qtbot.mouseClick(w.undo_button, Qt.MouseButton.LeftButton)
    assert leads.detail(ws, lead_id).row.owner == "officer1"
    assert w.undo_button.isHidden() and "back" in w.done_label.text()


def recorded_call(ws: Workstation) -> tuple[str, str, str]:
    """A call with a relative on the phone and two checkpoints ticked: (lead id, checkpoint id, its words)."""
    lead_id = held_lead(ws)
    detail = leads.detail(ws, lead_id)
    texts = review.checkpoint_texts(ws)[detail.row.scam_type]
    first, second = list(texts)[:2]
    now = ws.clock.now()
    outcomes.record(ws, "officer1", lead_id, OutcomeInput(
        code="not_deceived", started_at=now - timedelta(minutes=4), ended_at=now,
        contacted_party=ContactedParty.RELATIVE, relation="妻子", checkpoints=(first, second)))
    return lead_id, first, texts[first].en


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_review_tab_shows_words_not_codes(qapp, qtbot, ws: Workstation, tasks: TaskRunner,  # type: ignore[no-untyped-def]
                                              language: str) -> None:
    lead_id, checkpoint, words = recorded_call(ws)
    now = ws.clock.now()
    (call,) = [c for c in review.calls_for_review(ws, "lead1", CallFilter(now - timedelta(hours=1), now))
               if c.lead_id == lead_id]
    review.mark_call(ws, "lead1", call.event_id, "follow_up", "回访")
    i18n.install(qapp, language)
    w = ReviewWidget(ws, "lead1", tasks)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and bool(w.names) and bool(w.checkpoints))
    shown = {w.model.data(w.model.index(r, c)) for r in range(w.model.rowCount()) for c in range(8)}
    combos = {box.itemText(i) for box in (w.outcome_filter, w.verdict) for i in range(box.count())}
    assert not (shown | combos) & RAW_CODES
    assert not any(w.model.data(w.model.index(r, 2)).startswith("officer") for r in range(w.model.rowCount()))
    assert "admin1" not in {w.officer_filter.itemData(i) for i in range(w.officer_filter.count())}
    row = next(r for r in range(w.model.rowCount()) if w.calls[r].lead_id == lead_id)
    w.view.selectRow(row)
    detail = w.detail.toPlainText()
    assert checkpoint not in detail and ": relative" not in detail and "妻子" in detail
    if language == "en":
        assert words in detail and "A relative" in detail and "Needs follow-up" in shown
        assert "Not deceived (guarded themselves)" in shown
    else:
        assert "亲友" in detail and "需跟进" in shown and "未被骗（自主防范）" in shown
