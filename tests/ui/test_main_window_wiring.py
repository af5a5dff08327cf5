"""The main window reaches every feature: menus per role, the dialogs they open, the idle lock."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QToolButton
from pytestqt.qtbot import QtBot

from ui.intake_dialog import ImportDialog
from ui.lead_facts import ThanksRecipientDialog
from ui.lead_panel import LeadPanel
from ui.lock_screen import LockScreen
from ui.main_window import MainWindow
from ui.my_reviews import MyReviewsDialog
from ui.printing import ThanksBatchDialog
from ui.review import TeamLeadTabs
from ui.script_editor import ScriptEditorDialog
from ui.sync_status import ConnectDialog, SyncStatusWidget
from ui.tasks import TaskRunner
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.services import auth


def open_window(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, username: str) -> MainWindow:
    officer = auth.get(ws, username)
    assert officer is not None
    window = MainWindow(ws, officer, tasks)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    assert tasks.wait_idle(), "the window's first loads did not finish in 10 s"
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None]


def test_officer_does_not_see_team_lead_menu(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    assert "menu_team" not in menu_titles(window)
    assert window.menus.scripts_action is None and window.team_lead is None
    assert window.findChild(TeamLeadTabs) is None
    assert {"menu_file", "menu_lead", "menu_centre", "menu_help"} <= set(menu_titles(window))


def test_team_lead_gets_board_tab_and_script_editor(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "lead1")
    assert "menu_team" in menu_titles(window)
    assert window.menus.board_action is not None
    window.menus.board_action.trigger()
    assert window.tabs is not None and isinstance(window.tabs.currentWidget(), TeamLeadTabs)
    assert window.menus.scripts_action is not None
    window.menus.scripts_action.trigger()
    chooser = window.menus.dialog
    assert isinstance(chooser, QInputDialog)
    chooser.setTextValue(chooser.comboBoxItems()[0])
    chooser.accept()
    editor = window.menus.dialog
    assert isinstance(editor, ScriptEditorDialog)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        pass
    editor.reject()


def test_script_library_comes_from_the_service(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel)
    assert len(panel.script.library.scripts) > 0  # read by current_library on the DB worker
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    assert panel.detail is not None and panel.script.script is not None
    assert panel.form._script_ref == (panel.script.script.id, panel.script.script.version)


def test_file_and_lead_actions_open_their_dialogs(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    window.menus.import_action.trigger()
    assert isinstance(window.menus.dialog, ImportDialog)
    window.menus.dialog.reject()
    window.menus.thanks_batch_action.trigger()
    assert isinstance(window.menus.dialog, ThanksBatchDialog)
    window.menus.dialog.reject()
    window.menus.my_reviews_action.trigger()
    reviews = window.menus.dialog
    assert isinstance(reviews, MyReviewsDialog)
    tasks.wait_idle()
    reviews.reject()
    assert window.menus.import_action.shortcut().toString() == "Ctrl+I"
    assert window.menus.print_action.shortcut().toString() == "Ctrl+P"


def test_print_and_thanks_recipient_for_the_open_lead(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel)
    assert panel.info.print_button.menu() is not None
    window.menus.print_action.trigger()
    tasks.wait_idle(30)
    assert panel.preview.page_count >= 1
    panel.preview.reject()
    window.menus.recipient_action.trigger()
    dialog = panel.fact_dialog
    assert isinstance(dialog, ThanksRecipientDialog)
    dialog.name.setText("张三")
    dialog.deed.setPlainText("在银行柜台劝阻转账")
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        dialog.submit()
    tasks.wait_idle()


def test_drop_folder_watch_and_centre(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ws, tasks, "officer1")
    assert window.findChild(SyncStatusWidget) is window.centre.widget
    window.menus.choose_folder = lambda: str(tmp_path)  # type: ignore[method-assign]
    window.menus.watch_action.setChecked(True)
    assert window.menus.watcher.running
    window.menus.watch_action.setChecked(False)
    assert not window.menus.watcher.running
    window.menus.connect_action.trigger()
    assert isinstance(window.centre.connect_dialog, ConnectDialog)
    window.centre.connect_dialog.reject()


def test_idle_lock_covers_and_unlocks(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    clock = FixedClock(datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    desk = dataclasses.replace(ws, clock=clock)
    window = open_window(qtbot, desk, tasks, "officer1")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    window.idle.check()
    assert window.lock_screen is None
    clock.advance(minutes=desk.settings.idle_lock_minutes + 1)
    window.idle.check()
    screen = window.lock_screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    assert window.isVisible() and isinstance(window.lead_panel, LeadPanel) and window.lead_panel.detail is not None
    screen.password.setText("wrong-password")
    screen.unlock()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10000)
    assert screen.isVisible()
    screen.password.setText("demo1234")
    with qtbot.waitSignal(screen.unlocked, timeout=10000):
        screen.unlock()
    assert window.lock_screen is None and not window.idle.locked


def test_input_to_any_window_of_the_desk_puts_off_the_idle_lock(qtbot: QtBot, ws: Workstation,
                                                                 tasks: TaskRunner) -> None:
    """The idle watch sees input where it arrives, at the desk's windows (the main window, a dialog over it),
    and only there: typing in a dialog keeps the desk unlocked; no input locks it, whatever is repainted."""
    clock = FixedClock(datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    desk = dataclasses.replace(ws, clock=clock)
    window = open_window(qtbot, desk, tasks, "officer1")
    step = timedelta(minutes=desk.settings.idle_lock_minutes - 1)
    clock.advance(seconds=step.total_seconds())
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # as the window system delivers it
    assert window.idle.last == clock.now()
    clock.advance(seconds=step.total_seconds())
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F5)  # a window shortcut: only its release reaches the window
    tasks.wait_idle()
    assert window.idle.last == clock.now() and window.lead_panel.detail is not None  # type: ignore[attr-defined]

    pressed = window.idle.last
    clock.advance(seconds=step.total_seconds())
    box = QInputDialog(window)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
    assert window.idle.last == pressed  # a window that opens (an error box, a sign-in prompt) is not the officer
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        QTest.keyClick(box.windowHandle(), key)
    assert window.idle.last == clock.now() and box.textValue() == "abc"
    window.idle.check()
    assert window.lock_screen is None

    stamped = window.idle.last
    clock.advance(seconds=step.total_seconds())
    for _ in range(3):  # repaints, timers and the queue's reload are not the officer
        window.repaint()
        window.model.reload()
        tasks.wait_idle()
    assert window.idle.last == stamped
    clock.advance(minutes=2)
    window.idle.check()
    assert isinstance(window.lock_screen, LockScreen)
    box.reject()


def test_dividers_are_where_the_officer_left_them(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """Dragged dividers (queue | lead, facts / work, script | form, script text / checkpoints) come back on the
    next start of the desk, on a screen of the same size; the window's geometry is kept too."""
    window = open_window(qtbot, ws, tasks, "officer1")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1600, 900)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    panel = window.lead_panel
    assert isinstance(panel, LeadPanel) and panel.detail is not None
    splits = {"desk": window.splitter, "facts": panel.vsplit, "work": panel.splitter,
              "checkpoints": panel.script.vsplit}
    before = {name: split.sizes() for name, split in splits.items()}
    moved = {"desk": 700, "facts": 260, "work": before["work"][0] + 60, "checkpoints": before["checkpoints"][0] - 40}
    for name, split in splits.items():
        split.moveSplitter(moved[name], 1)  # as a drag does: emits splitterMoved
        assert split.sizes()[0] != before[name][0], name
    chosen = {name: split.sizes() for name, split in splits.items()}
    window.close()

    officer = auth.get(ws, "officer1")
    assert officer is not None
    again = MainWindow(ws, officer, tasks)
    qtbot.addWidget(again)
    assert again.memory.geometry("window", again) is not None  # (offscreen fits it to its 800×600 screen)
    again.setWindowState(Qt.WindowState.WindowNoState)
    again.resize(1600, 900)  # the size it had, as on the officer's own screen
    again.start()
    again.show()
    qtbot.waitExposed(again)
    tasks.wait_idle()
    qtbot.keyClick(again, Qt.Key.Key_F5)  # the lead still held opens, or the next one
    tasks.wait_idle()
    panel = again.lead_panel
    assert isinstance(panel, LeadPanel) and panel.detail is not None
    now = {"desk": again.splitter, "facts": panel.vsplit, "work": panel.splitter, "checkpoints": panel.script.vsplit}
    for name, split in now.items():
        assert abs(split.sizes()[0] - chosen[name][0]) <= 2, (name, split.sizes(), chosen[name])


def test_next_lead_is_only_on_the_team_leads_lead_desk(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """A team lead works leads too (WORK_LEADS), but on the board, review and figures Next lead would claim a
    lead and open it out of sight: it is hidden there, and F5 claims nothing."""
    from workstation.services import leads

    window = open_window(qtbot, ws, tasks, "lead1")
    assert window.tabs is not None and window.tabs.currentWidget() is window.splitter
    assert window.next_action.isVisible()
    assert window.menus.board_action is not None
    window.menus.board_action.trigger()
    assert isinstance(window.tabs.currentWidget(), TeamLeadTabs)
    assert not window.next_action.isVisible()
    button = window.findChild(QToolButton, "nextLeadButton")
    assert button is not None
    qtbot.waitUntil(lambda: not button.isVisible())  # the toolbar lays itself out again
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    assert leads.my_leads(ws, "lead1") == []
    window.menus.desk_action.trigger()
    assert window.next_action.isVisible()
    qtbot.waitUntil(button.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    tasks.wait_idle()
    qtbot.waitUntil(lambda: len(leads.my_leads(ws, "lead1")) == 1)
