"""Sign in through the real dialog, then take the next lead with F5 and see it claimed in the DB and the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.queue_model import COL, ROW_ROLE
from ui.tasks import TaskRunner
from workstation.demo import DEMO_PASSWORD
from workstation.desk import Workstation
from workstation.services import auth, drafts, leads, queue
from workstation.services.queue import QueueFilter


def sign_in(qtbot, ws: Workstation, tasks: TaskRunner, user: str, password: str) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(ws, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.user_edit, user)
    qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Return)  # Enter in the user field moves to the password
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.password_edit, password)
    return dialog


def open_window(qtbot, ws: Workstation, tasks: TaskRunner, user: str = "officer1") -> MainWindow:  # type: ignore[no-untyped-def]
    officer = auth.get(ws, user)
    assert officer is not None
    window = MainWindow(ws, officer, tasks)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model.reloaded):
        window.start()
        window.show()
    qtbot.waitExposed(window)
    return window


def test_wrong_password_shows_the_core_message(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = sign_in(qtbot, ws, tasks, "officer1", "not-the-password")
    with qtbot.waitSignal(dialog.sign_in_failed) as blocker:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert blocker.args == ["Wrong user name or password"]
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong user name or password"
    assert dialog.officer is None and dialog.isVisible()


def test_sign_in_then_f5_claims_the_most_urgent_lead(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    dialog = sign_in(qtbot, ws, tasks, "officer1", DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.officer is not None and dialog.officer.username == "officer1"
    assert not dialog.isVisible()
    before = {r.id for r in leads.my_leads(ws, "officer1")}

    window = open_window(qtbot, ws, tasks)
    assert "officer1" in window.windowTitle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.lead_opened) as opened:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    lead_id = opened.args[0]
    qtbot.waitUntil(lambda: {r.id for r in leads.my_leads(ws, "officer1")} - before == {lead_id})

    # The queue reloads and shows the owner on that row.
    qtbot.waitUntil(lambda: window.model.row_of(lead_id) is not None
                    and window.model.row_at(window.model.row_of(lead_id)).owner == "officer1")
    row = window.model.row_of(lead_id)
    assert row is not None
    officer = auth.get(ws, "officer1")
    assert officer is not None
    assert window.model.index(row, COL["status"]).data().endswith(f" · {officer.display_name}")
    assert window.model.index(row, 0).data(ROW_ROLE).owner == "officer1"
    assert tasks.wait_idle() and not tasks.errors  # type: ignore[attr-defined]


def test_double_click_claims_unclaimed_and_names_the_holder(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ws, tasks)
    rows = window.model.rows()
    free = next(r for r in rows if r.owner is None and r.status == "new")
    with qtbot.waitSignal(window.lead_opened) as opened:
        window.open_row(free)
    assert opened.args == [free.id]
    assert free.id in {r.id for r in leads.my_leads(ws, "officer1")}

    held = next(r for r in queue.page(ws, QueueFilter(), limit=1000) if r.owner and r.owner != "officer1")
    window.open_row(held)
    box = window.held_by_other_box
    assert box.isVisible() and held.owner in box.text() and held.ref in box.text()
    box.close()
    assert tasks.wait_idle() and not tasks.errors  # type: ignore[attr-defined]


def test_a_held_lead_with_a_draft_opens_at_sign_in(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    result = leads.next_lead(ws, "officer1")
    assert result.lead is not None
    drafts.save(ws, "officer1", result.lead.id, {"notes": "half-written"})
    officer = auth.get(ws, "officer1")
    assert officer is not None
    window = MainWindow(ws, officer, tasks)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.lead_opened) as opened:
        window.start()
        window.show()
    assert opened.args == [result.lead.id]


def test_enter_signs_in_after_a_wrong_password(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """A wrong password, then the right one and Enter (not a click on Sign in): the officer is in."""
    dialog = sign_in(qtbot, ws, tasks, "officer1", "not-the-password")
    with qtbot.waitSignal(dialog.sign_in_failed, timeout=10000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.isVisible()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    tasks.wait_idle()
    assert dialog.officer is not None and dialog.officer.username == "officer1"

