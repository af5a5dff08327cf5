"""The lock screen: its refusal is shown whole, Sign out returns to the sign-in and Switch user lets another
officer sign in at this desk — with the first officer's draft kept (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.sign_in import DEMO_PASSWORD
from ui.desk_session import DeskSessions
from ui.lock_screen import LockScreen
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.services import auth, drafts, leads
from workstation.store.models_audit import AuditEntry


@pytest.fixture
def tasks(tasks: TaskRunner) -> Iterator[TaskRunner]:
    yield tasks
    assert not tasks.errors  # type: ignore[attr-defined]


def locked(qtbot: QtBot, sessions: DeskSessions, ws: Workstation, username: str = "officer1") -> LockScreen:
    window = sessions.open(auth.sign_in(ws, username, DEMO_PASSWORD))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    screen = window.lock("asked")
    qtbot.waitExposed(screen)
    return screen


def test_a_refusal_is_shown_whole(qtbot: QtBot, sessions: DeskSessions, ws: Workstation) -> None:
    screen = locked(qtbot, sessions, ws)
    screen.password.setText("wrong")
    screen.unlock()
    qtbot.waitUntil(lambda: screen.error.isVisible())
    assert screen.error.text() == "Wrong password"  # the user name is the desk's own: it cannot be wrong
    # Not a 24 px strip: the label is as tall as its wrapped text needs, and inside the lock screen.
    assert screen.error.height() >= screen.error.heightForWidth(screen.error.width())
    assert screen.error.height() > screen.error.fontMetrics().height()
    bottom = screen.error.mapTo(screen, screen.error.rect().bottomLeft()).y()
    assert bottom < screen.height()


def test_a_long_refusal_gets_every_line_in_a_wide_window(qtbot: QtBot, sessions: DeskSessions,
                                                          ws: Workstation) -> None:
    """The lockout's sentence wraps over several lines of the card; centred by alignment, the card was sized for
    the window's width (one line) and the error cut to a strip of 29 px at 1280×650."""
    screen = locked(qtbot, sessions, ws)
    assert sessions.window is not None
    sessions.window.resize(1280, 650)
    screen.setGeometry(sessions.window.geometry())
    for _ in range(ws.settings.lockout_attempts + 1):
        screen.password.setText("wrong")
        screen.unlock()
        qtbot.waitUntil(lambda: screen.unlock_button.isEnabled() and screen.error.isVisible())
    lines = screen.error.heightForWidth(screen.error.width()) // screen.error.fontMetrics().lineSpacing()
    assert lines >= 2, screen.error.text()  # the lockout's sentence, not the one-line wrong password
    assert "locked" in screen.error.text()
    qtbot.waitUntil(lambda: screen.error.height() >= screen.error.heightForWidth(screen.error.width()))
    bottom = screen.error.mapTo(screen, screen.error.rect().bottomLeft()).y()
    assert bottom < screen.height()


def test_sign_out_returns_to_the_sign_in_and_keeps_the_draft(qtbot: QtBot, sessions: DeskSessions,
                                                             ws: Workstation) -> None:
    lead = leads.next_lead(ws, "officer1").lead
    assert lead is not None
    drafts.save(ws, "officer1", lead.id, {"notes": "半句话"})
    screen = locked(qtbot, sessions, ws)
    first = sessions.window
    screen.sign_out_button.click()
    qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible())
    assert sessions.window is None and first is not None and not first.isVisible()
    assert isinstance(sessions.login, LoginDialog)
    assert QApplication.quitOnLastWindowClosed()  # restored after the hand-over
    assert lead.id in drafts.pending(ws, "officer1")  # nothing unsaved was lost
    assert leads.detail(ws, lead.id).row.owner == "officer1"  # the lead stays theirs
    with ws.sessions() as session:
        assert session.query(AuditEntry).filter_by(actor="officer1", action="sign_out").count() == 1

    login = sessions.login
    login.user_edit.setText("officer2")
    login.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(sessions.opened, timeout=10000) as opened:
        login.submit()
    window = opened.args[0]
    assert isinstance(window, MainWindow) and window.officer.username == "officer2"


def test_switch_user_signs_another_officer_in_at_this_desk(qtbot: QtBot, sessions: DeskSessions,
                                                          ws: Workstation) -> None:
    screen = locked(qtbot, sessions, ws)
    assert screen.user.isHidden()
    screen.switch_button.click()
    assert screen.switching and screen.user.isVisible()
    screen.user.setText("officer2")
    screen.password.setText("wrong")
    screen.unlock()
    qtbot.waitUntil(lambda: screen.error.isVisible())
    assert screen.error.text() == "Wrong user name or password"  # here the user name is typed: either may be
    assert sessions.window is not None and sessions.window.officer.username == "officer1"  # still locked

    screen.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(sessions.opened, timeout=10000) as opened:
        screen.unlock()
    window = opened.args[0]
    assert isinstance(window, MainWindow) and window.officer.username == "officer2"
    assert window.lock_screen is None and window.isVisible()


def test_switching_back_to_oneself_just_unlocks(qtbot: QtBot, sessions: DeskSessions, ws: Workstation) -> None:
    screen = locked(qtbot, sessions, ws)
    first = sessions.window
    screen.switch_button.click()
    screen.reject()  # Escape takes back Switch user, and never unlocks
    assert not screen.switching and screen.isVisible()
    screen.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(screen.unlocked, timeout=10000):
        screen.unlock()
    assert sessions.window is first
