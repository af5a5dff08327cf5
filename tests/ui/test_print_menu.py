"""The lead's Print menu says what a form lacks before it is asked for: a form only a call can make possible
(the work record sheet, the stop-payment request) is greyed with the reason, and becomes available once the
lead holds what it needs."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window_wiring import open_window
from ui.lead_panel import LeadPanel
from ui.printing import update_print_actions
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.store.views import EventView


def _actions(menu: QMenu) -> dict[str, object]:
    return {a.data(): a for a in menu.actions() if isinstance(a.data(), str)}


def test_stop_payment_entry_is_greyed_with_the_reason_until_the_lead_has_one(
        qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel) and panel.detail is not None
    detail = panel.detail
    assert not any(e.kind == "stop_payment_requested" for e in detail.events)
    menu = panel.info.print_button.menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()  # what opening the menu does
    actions = _actions(menu)
    stop = actions["stop-payment"]
    assert not stop.isEnabled()  # type: ignore[attr-defined]
    assert "has no stop-payment request" in stop.toolTip() and detail.row.ref in stop.toolTip()  # type: ignore[attr-defined]
    assert stop.statusTip() == stop.toolTip()  # type: ignore[attr-defined]
    assert menu.toolTipsVisible()
    for kind in ("case", "thanks", "visit-notice"):  # their dialogs record what they lack: never greyed
        assert actions[kind].isEnabled(), kind  # type: ignore[attr-defined]
    assert actions["record"].isEnabled() == bool(detail.calls)  # type: ignore[attr-defined]

    requested = EventView("e1", "stop_payment_requested", "officer1", "test-desk", detail.received_at, {}, None)
    update_print_actions(menu, dataclasses.replace(detail, events=(*detail.events, requested)))
    assert stop.isEnabled() and stop.statusTip() == ""  # type: ignore[attr-defined]
    update_print_actions(menu, None)  # no lead shown: nothing to print
    assert not any(a.isEnabled() for a in _actions(menu).values())  # type: ignore[attr-defined]


def test_work_record_sheet_needs_a_call(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel) and panel.detail is not None
    menu = panel.info.print_button.menu()
    update_print_actions(menu, dataclasses.replace(panel.detail, calls=()))
    record = _actions(menu)["record"]
    assert not record.isEnabled() and "has no call recorded yet" in record.toolTip()  # type: ignore[attr-defined]
