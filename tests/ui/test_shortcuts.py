"""The keyboard shortcuts: the help (F1) lists every shortcut the main window defines (one table, ui/shortcuts.py),
none of them clash, and File → Sign out returns to the sign-in."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.sign_in import DEMO_PASSWORD
from ui import shortcuts
from ui.desk_session import DeskSessions
from ui.lead_panel import LeadPanel
from ui.login import LoginDialog
from ui.main_window import MainWindow
from workstation.desk import Workstation
from workstation.services import auth
from workstation.store.models_audit import AuditEntry


def defined_keys(window: MainWindow) -> list[str]:
    """Every key sequence of the window's actions and shortcuts (portable text), once per place it is bound."""
    keys: list[str] = []
    for action in window.findChildren(QAction):
        keys += [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        keys += [k.toString(QKeySequence.SequenceFormat.PortableText) for k in shortcut.keys()]
    return [k for k in keys if k]


@pytest.mark.parametrize("username", ["officer1", "lead1"])
def test_the_help_lists_every_shortcut_the_window_defines(qtbot: QtBot, sessions: DeskSessions, ws: Workstation,
                                                         username: str) -> None:
    window = sessions.open(auth.sign_in(ws, username, DEMO_PASSWORD))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    if username == "officer1":
        assert isinstance(window.lead_panel, LeadPanel)  # the outcome form's keys are in the window too
    keys = defined_keys(window)
    assert len(set(keys)) >= 25 and "Ctrl+Shift+C" in keys and "Ctrl+Shift+E" in keys
    assert not set(keys) - shortcuts.listed_keys(), set(keys) - shortcuts.listed_keys()
    # Enter and Return are one key to a person; everything else is bound once
    clashes = [k for k, n in Counter(keys).items() if n > 1 and k not in ("Ctrl+Return", "Ctrl+Enter")]
    assert not clashes
    box = window.menus.show_shortcuts()
    for shown, _, lead_only in shortcuts.SHORTCUTS:
        # the whole key cell: "Ctrl+S" is in "Ctrl+Shift+S"
        assert (f"<b>{shown}</b>" in box.text()) == (username == "lead1" or not lead_only), shown
    box.done(0)


def test_file_sign_out_returns_to_the_sign_in(qtbot: QtBot, sessions: DeskSessions, ws: Workstation) -> None:
    window = sessions.open(auth.sign_in(ws, "officer1", DEMO_PASSWORD))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    action = window.menus.sign_out_action
    assert action in window.findChild(type(window.menuBar().actions()[0].menu()), "menu_file").actions()
    assert action.shortcut().toString() == "Ctrl+Shift+Q"
    assert window.menus.lock_action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible())
    assert isinstance(sessions.login, LoginDialog) and sessions.window is None
    sessions.tasks.wait_idle(10.0)
    with ws.sessions() as session:
        assert session.query(AuditEntry).filter_by(actor="officer1", action="sign_out").count() == 1


@pytest.mark.parametrize("username", ["officer1", "lead1"])
def test_every_action_with_a_shortcut_shows_it_in_its_tooltip(qtbot: QtBot, sessions: DeskSessions,
                                                              ws: Workstation, username: str) -> None:
    """Qt shows an action's keys in a menu, never in a tooltip: the toolbar's Refresh said nothing of Ctrl+Shift+R."""
    window = sessions.open(auth.sign_in(ws, username, DEMO_PASSWORD))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 8
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert action.toolTip().endswith(f"({keys})"), (action.text(), action.toolTip())
        assert action.toolTip().count(keys) == 1, action.toolTip()  # added once, not by hand as well
    assert window.refresh_action.toolTip() == "Refresh (Ctrl+Shift+R)"
    assert window.next_action.toolTip() == "Claim the most urgent lead nobody holds (F5)"
    shortcuts.show_keys_in_tooltips(window)  # again: nothing doubles
    assert window.refresh_action.toolTip() == "Refresh (Ctrl+Shift+R)"


def test_the_keys_in_a_chinese_tooltip_are_in_full_width_brackets(qapp: QApplication) -> None:
    """The bracket format is looked up in the catalogue (its context once was a name lupdate could not read)."""
    from ui import i18n

    i18n.install(qapp, "zh_CN")
    action = QAction("刷新")
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    assert shortcuts.tooltip_with_keys(action).endswith("（Ctrl+Shift+R）")
    assert "(" not in shortcuts.tooltip_with_keys(action)
