"""The outcome form inside the lead panel: filled and saved with the keyboard, checked against the database."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.support.desk_ui import tick_required
from ui.lead_panel import LeadPanel
from ui.tasks import TaskRunner
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import OutcomeInput
from workstation.services import auth, drafts, leads, outcomes
from workstation.store.views import LeadDetail

CTRL = Qt.KeyboardModifier.ControlModifier


def make_panel(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> LeadPanel:
    officer = auth.get(ws, "officer1")
    assert officer is not None
    panel = LeadPanel(ws, officer, tasks, lang="zh")
    qtbot.addWidget(panel)
    panel.resize(1300, 850)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def claim(ws: Workstation) -> LeadDetail:
    lead = leads.next_lead(ws, "officer1").lead
    assert lead is not None
    return lead


def show(qtbot: QtBot, panel: LeadPanel, lead: LeadDetail) -> None:
    panel.show_lead(lead)
    qtbot.waitUntil(lambda: panel.form._drafts_ready)


@pytest.fixture
def panel(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> LeadPanel:
    return make_panel(qtbot, ws, tasks)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as an officer does: ASCII as keys, Chinese as an input method's commit (QTest cannot key CJK)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def save_with_keys(qtbot: QtBot, panel: LeadPanel) -> None:
    qtbot.keyClick(panel.form.notes, Qt.Key.Key_Return, CTRL)


def outcome_events(ws: Workstation, lead_id: str) -> list[str]:
    return [e.kind for e in leads.detail(ws, lead_id).events if e.kind == EventKind.OUTCOME_RECORDED]


def test_persuaded_saved_with_ctrl_enter(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    assert panel.info.name.text() == lead.row.person_name  # unmasked for the owner
    with qtbot.waitSignal(panel.lead_changed):
        qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.outcome.buttons["persuaded"], Qt.MouseButton.LeftButton)
    tick_required(panel)
    qtbot.keyClicks(form.amount_protected, "12,000.50")
    type_text(qtbot, form.notes, "本人已挂断骗子电话，承诺不转账。")
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000) as saved:
        save_with_keys(qtbot, panel)
    assert saved.args == [lead.id]
    after = leads.detail(ws, lead.id, officer="officer1")
    assert after.row.status == "closed"
    assert after.calls[-1].outcome == "persuaded"
    assert after.calls[-1].notes == "本人已挂断骗子电话，承诺不转账。"
    assert after.amount_protected == Decimal("12000.50")
    kinds = [e.kind for e in after.events]
    assert EventKind.CALL_STARTED in kinds
    assert drafts.load(ws, "officer1", lead.id) is None
    qtbot.waitUntil(lambda: form.result.isVisible())
    assert "已办结" in form.result.text()


def test_alt_number_picks_outcome(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    show(qtbot, panel, claim(ws))
    qtbot.keyClick(panel.form.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert panel.form.outcome.code() == "no_answer"


def test_end_before_start_is_refused(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    before = outcome_events(ws, lead.id)
    show(qtbot, panel, lead)
    form = panel.form
    now = ws.clock.now()
    qtbot.mouseClick(form.outcome.buttons["not_deceived"], Qt.MouseButton.LeftButton)
    form.started.set_value(now - timedelta(minutes=2))
    form.ended.set_value(now - timedelta(minutes=10))
    save_with_keys(qtbot, panel)
    qtbot.waitUntil(lambda: form.rows["ended_at"].has_error)
    assert "ends before it starts" in form.rows["ended_at"].error.text()
    assert form.summary.isVisible()
    assert form.ended.edit.hasFocus()
    assert outcome_events(ws, lead.id) == before
    assert leads.detail(ws, lead.id).row.owner == "officer1"


def test_unreadable_amount_is_refused_locally(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    before = outcome_events(ws, lead.id)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["persuaded"], Qt.MouseButton.LeftButton)
    form.started.set_now()
    type_text(qtbot, form.amount_lost, "五百")
    save_with_keys(qtbot, panel)
    assert form.rows["amount_lost"].has_error
    assert "is not an amount" in form.rows["amount_lost"].error.text()
    assert form.amount_lost.hasFocus()
    panel.tasks.wait_idle()
    assert outcome_events(ws, lead.id) == before


def test_transferred_without_accounts_shows_field_errors(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    before = outcome_events(ws, lead.id)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.keyClick(form.notes, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert form.outcome.code() == "transferred"
    assert form.stop_payment.isVisible()
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    save_with_keys(qtbot, panel)
    qtbot.waitUntil(lambda: form.rows["stop_payment.victim_account"].has_error)
    for name in ("victim_account", "victim_bank", "fraud_account", "fraud_bank", "amount", "transferred_at"):
        assert form.rows[f"stop_payment.{name}"].has_error, name
    assert form.stop_payment.edits["victim_account"].hasFocus()
    assert outcome_events(ws, lead.id) == before


def test_transferred_with_details_requests_stop_payment(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["transferred"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # start call
    assert form.started.value() is not None
    sp = form.stop_payment
    for name, text in (("victim_account", "6222020202020202020"), ("victim_bank", "中国工商银行"),
                       ("fraud_account", "6217000011112222333"), ("fraud_account_name", "张三"),
                       ("fraud_bank", "中国建设银行"), ("amount", "48,000")):
        type_text(qtbot, sp.edits[name], text)
    qtbot.mouseClick(sp.transferred_at.now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.party.buttons["self"], Qt.MouseButton.LeftButton)
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    after = leads.detail(ws, lead.id, officer="officer1")
    assert after.row.status == "stop_payment"
    stop = [e for e in after.events if e.kind == EventKind.STOP_PAYMENT_REQUESTED]
    assert len(stop) == 1
    assert stop[0].payload["fraud_account"] == "6217000011112222333"
    assert stop[0].payload["amount"] == "48000.00"
    assert after.amount_lost == Decimal("48000.00")


def test_draft_survives_the_panel(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    lead = claim(ws)
    first = make_panel(qtbot, ws, tasks)
    show(qtbot, first, lead)
    qtbot.mouseClick(first.form.outcome.buttons["callback_requested"], Qt.MouseButton.LeftButton)
    type_text(qtbot, first.form.notes, "对方在开会，约定稍后回拨")
    qtbot.waitUntil(lambda: (drafts.load(ws, "officer1", lead.id) or {}).get("notes") == "对方在开会，约定稍后回拨",
                    timeout=5000)
    first.close()
    first.deleteLater()
    qtbot.waitUntil(lambda: not tasks.busy)

    second = make_panel(qtbot, ws, tasks)
    show(qtbot, second, leads.detail(ws, lead.id, officer="officer1"))
    qtbot.waitUntil(lambda: second.form.notes.toPlainText() == "对方在开会，约定稍后回拨")
    assert second.form.outcome.code() == "callback_requested"
    assert second.form.banner.isVisible()
    with qtbot.waitSignal(second.form.draft_discarded):
        qtbot.mouseClick(second.form.discard_button, Qt.MouseButton.LeftButton)
    assert second.form.notes.toPlainText() == ""
    assert drafts.load(ws, "officer1", lead.id) is None


def test_release_gives_the_lead_back(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    with qtbot.waitSignal(panel.released) as released:
        qtbot.mouseClick(panel.info.release_button, Qt.MouseButton.LeftButton)
    assert released.args == [lead.id]
    assert leads.detail(ws, lead.id).row.owner is None
    assert panel.stack.currentIndex() == 0


def test_who_answered_follows_the_outcome(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.keyClick(form.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # no answer
    assert form.party.party() == "nobody"
    qtbot.keyClick(form.notes, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # persuaded after all
    assert form.party.party() == "self"
    qtbot.mouseClick(form.party.buttons["relative"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.notes, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)  # the officer's choice stays
    assert form.party.party() == "relative"
    qtbot.keyClick(form.notes, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # busy: nobody was on the line
    assert form.party.party() == "nobody"
    form.started.set_now()
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        save_with_keys(qtbot, panel)
    assert leads.detail(ws, lead.id).calls[-1].contacted_party == "nobody"


def test_a_callback_starts_thirty_minutes_on_and_stays_mine(qtbot: QtBot, still: Workstation,
                                                            tasks: TaskRunner) -> None:
    ws = still  # "thirty minutes on" to the second: a clock that does not tick between the test and the form
    panel = make_panel(qtbot, ws, tasks)
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    now = ws.clock.now()
    qtbot.keyClick(form.notes, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)  # callback arranged
    assert form.callback_at.value() == now + timedelta(minutes=30)
    assert form.callback_for.isVisible() and form.callback_for_value() == "me"
    qtbot.mouseClick(form.callback_at.step_buttons[30], Qt.MouseButton.LeftButton)  # again: thirty more
    assert form.callback_at.value() == now + timedelta(minutes=60)
    qtbot.keyClick(form.notes, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert form.callback_at.value() == now + timedelta(minutes=90)
    qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # start call
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        save_with_keys(qtbot, panel)
    row = leads.detail(ws, lead.id).row
    assert row.status == "callback" and row.owner is None and row.reserved_for == "officer1"
    assert row.next_due_at == now + timedelta(minutes=90)
    qtbot.waitUntil(form.not_owned.isVisible)  # what happens next, not "claim it to record a call"
    assert "kept for your callback" in form.not_owned.text() and "claim" not in form.not_owned.text()


def test_an_anyone_callback_goes_back_to_the_queue(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["callback_requested"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.callback_for_buttons["anyone"], Qt.MouseButton.LeftButton)
    form.start_call()
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        save_with_keys(qtbot, panel)
    event = [e for e in leads.detail(ws, lead.id).events if e.kind == EventKind.OUTCOME_RECORDED][-1]
    assert event.payload["callback_for"] == "anyone" and event.payload["result"]["reserved_until"] is None
    assert leads.detail(ws, lead.id).row.reserved_for is None


def focus(widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason) -> None:
    """Focus in and out as a person's Tab does, delivered straight to the widget: not through window activation,
    which another window on the test display can take (the test once failed that way)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn, reason))


def unfocus(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


@pytest.fixture
def still(ws: Workstation) -> Workstation:
    """The desk on a clock that stands still at the demo's time, to the second."""
    return dataclasses.replace(ws, clock=FixedClock(ws.clock.now().replace(microsecond=0)))


def test_an_empty_time_starts_from_now_and_stays_empty_if_left_alone(qtbot: QtBot, still: Workstation,
                                                                     tasks: TaskRunner) -> None:
    panel = make_panel(qtbot, still, tasks)
    show(qtbot, panel, claim(still))
    form = panel.form
    now = still.clock.now()
    edit = form.ended.edit
    focus(edit)
    assert form.ended.value() == now  # not 2000-01-01
    assert not form.touched  # looking at a field is not an edit
    unfocus(edit)
    assert form.ended.value() is None  # left untouched: the call still ends when it is saved
    focus(edit)
    assert edit.currentSection() == QDateTimeEdit.Section.MinuteSection  # ↑/↓ change the minutes, not the year
    edit.stepBy(1)  # what ↑ does (a key sent to a spin box that is not the focus widget was sometimes dropped)
    unfocus(edit)
    assert form.ended.value() == now + timedelta(minutes=1)  # the minutes, not the year
    assert form.touched
    qtbot.keyClick(form.started.edit, Qt.Key.Key_N)
    assert form.started.value() == now


def test_a_required_time_the_form_points_at_stays_empty(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    """The form focusing the call start it says is required does not fill in a time nobody chose."""
    show(qtbot, panel, claim(ws))
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["persuaded"], Qt.MouseButton.LeftButton)
    save_with_keys(qtbot, panel)
    qtbot.waitUntil(lambda: form.rows["started_at"].has_error)
    assert form.started.edit.hasFocus()
    assert form.started.value() is None
    assert "required" in form.rows["started_at"].error.text()


def test_each_message_goes_when_its_field_is_put_right(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    before = outcome_events(ws, lead.id)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["transferred"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    save_with_keys(qtbot, panel)
    rows = {name: form.rows[f"stop_payment.{name}"] for name in
            ("victim_account", "victim_bank", "fraud_account", "fraud_bank", "amount", "transferred_at")}
    qtbot.waitUntil(lambda: rows["victim_account"].has_error)
    assert all(row.has_error for row in rows.values())
    summary = form.summary.text()
    assert summary.count("<li>") == 3 and "3 more" in summary  # the rest are marked at their fields
    edits = form.stop_payment.edits
    qtbot.keyClicks(edits["victim_account"], "6222020200112233445")
    assert not rows["victim_account"].has_error
    assert rows["victim_bank"].has_error and form.summary.isVisible()
    assert edits["victim_account"].hasFocus()  # checking again does not move the officer's cursor
    for name, text in (("victim_bank", "ICBC Hangzhou"), ("fraud_account", "6217000011112222"),
                       ("fraud_bank", "CCB Shenzhen"), ("amount", "5000")):
        qtbot.keyClicks(edits[name], text)
    assert [name for name, row in rows.items() if row.has_error] == ["transferred_at"]
    form.stop_payment.transferred_at.set_value(ws.clock.now() - timedelta(minutes=20))
    assert not any(row.has_error for row in rows.values())
    assert not form.summary.isVisible()
    assert outcome_events(ws, lead.id) == before  # nothing saved until Save


def test_a_stop_payment_amount_that_cannot_be_used_is_named_and_the_rest_still_checked(
        qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    before = outcome_events(ws, lead.id)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["transferred"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    edits = form.stop_payment.edits
    for name, text in (("victim_account", "6222020200112233445"), ("victim_bank", "ICBC"),
                       ("fraud_account", "6217000011112222"), ("fraud_bank", "CCB"), ("amount", "1e5")):
        qtbot.keyClicks(edits[name], text)
    save_with_keys(qtbot, panel)
    rows = form.rows
    qtbot.waitUntil(lambda: rows["stop_payment.amount"].has_error)
    assert "not an amount" in rows["stop_payment.amount"].error.text()  # not ¥100,000.00 on the bank's form
    assert rows["stop_payment.transferred_at"].has_error  # still checked
    assert not rows["stop_payment.victim_account"].has_error  # filled in: nothing pinned to it
    edits["amount"].clear()
    qtbot.keyClicks(edits["amount"], "999999999999")
    assert rows["stop_payment.amount"].error.text() == "The amount is too large"
    assert rows["stop_payment.transferred_at"].has_error and not rows["stop_payment.victim_account"].has_error
    assert outcome_events(ws, lead.id) == before


def test_the_first_bad_field_is_scrolled_into_view(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    """At a 1366×768 desk the stop-payment fields are below the fold: a refused save shows the first of them."""
    panel.resize(840, 560)
    show(qtbot, panel, claim(ws))
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["transferred"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    scroll = panel.form_scroll
    assert scroll.verticalScrollBar().maximum() > 0, "the form fits: the test shows nothing"
    scroll.verticalScrollBar().setValue(0)
    save_with_keys(qtbot, panel)
    row = form.rows["stop_payment.victim_account"]
    qtbot.waitUntil(lambda: row.has_error)
    top = row.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + row.height() <= scroll.viewport().height()


def test_a_closed_lead_says_so_and_offers_nothing_to_save(qtbot: QtBot, ws: Workstation, panel: LeadPanel) -> None:
    lead = claim(ws)
    show(qtbot, panel, lead)
    form = panel.form
    qtbot.mouseClick(form.outcome.buttons["persuaded"], Qt.MouseButton.LeftButton)
    form.start_call()
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        save_with_keys(qtbot, panel)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.status == "closed")
    assert form.not_owned.isVisible() and "closed" in form.not_owned.text()
    assert "claim" not in form.not_owned.text()
    assert not form.save_button.isVisible() and not form.body.isVisible()
    assert form.result.isVisible()  # what was saved stays on show


def test_the_draft_banner_is_only_for_a_call_not_yet_saved(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    lead = claim(ws)
    drafts.save(ws, "officer1", lead.id, {"v": 1, "contacted_party": "self", "channel": "phone",
                                          "script": {"step": 2}})  # only the script's place
    first = make_panel(qtbot, ws, tasks)
    show(qtbot, first, leads.detail(ws, lead.id, officer="officer1"))
    assert not first.form.banner.isVisible()
    drafts.save(ws, "officer1", lead.id, {"v": 1, "code": "no_answer", "notes": "响铃无人接听"})
    now = ws.clock.now()
    outcomes.record(ws, "officer1", lead.id, OutcomeInput(  # saved elsewhere (the CLI, another desk) since
        code="persuaded", started_at=now - timedelta(minutes=3), ended_at=now))
    assert drafts.load(ws, "officer1", lead.id) is None and lead.id not in drafts.pending(ws, "officer1")
