"""Connecting an open desk to another centre: the new centre replaces the old, and an officer who is not signed
in there is asked to sign in (their work waits on the desk meanwhile)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.engine import make_url

from tests.support import pg
from tests.sync.conftest import enrol
from tests.ui.test_login_claim import open_window
from ui.centre_link import open_job
from ui.lock_screen import LockScreen
from ui.tasks import TaskRunner
from workstation.bootstrap import attach_centre
from workstation.desk import Workstation
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.sync.centre import Centre
from workstation.sync.credentials import CredentialsNeeded
from workstation.sync.options import same_centre, save_url


@pytest.fixture
def two_centres(pg_admin: pg.PgServer) -> Iterator[tuple[str, str]]:
    names = [pg_admin.create_database() for _ in range(2)]
    for name in names:
        engine = make_engine(pg_admin.url(name))
        migrate.upgrade(engine)
        engine.dispose()
        enrol(pg_admin.url(name), ("officer1", "officer2"))
    try:
        yield pg_admin.url(names[0]), pg_admin.url(names[1])
    finally:
        for name in names:
            pg_admin.drop_database(name)


def _as_officer(url: str, officer: str) -> str:
    """The centre's URL as an officer's own database role (this server trusts it without a password)."""
    parsed = make_url(url)
    return parsed.set(username=pg.officer_role_prefix(str(parsed.database)) + officer).render_as_string(False)


def test_a_new_centre_replaces_the_old_and_says_who_must_sign_in(ws: Workstation, two_centres: tuple[str, str]) -> None:
    a, b = two_centres
    data = Path(ws.settings.data_dir)
    save_url(data, a)
    first = open_job(ws, None, "officer1")
    # opened on the slow pool, not attached there: database jobs read ws.centre on their own thread
    assert first is not None and isinstance(first.centre, Centre) and ws.centre is None
    assert not first.needs_sign_in  # the installer's (superuser) URL acts for anyone
    attach_centre(ws, first.centre)  # what CentreLink runs on the database worker
    again = open_job(ws, None, "officer1")
    assert again is not None and again.centre is first.centre  # the attached one is kept

    save_url(data, _as_officer(b, "officer2"))
    second = open_job(ws, None, "officer1")
    assert second is not None and second.centre is not first.centre and ws.centre is first.centre
    attach_centre(ws, second.centre)
    assert ws.centre is second.centre
    assert same_centre(second.centre.url, _as_officer(b, "officer2")) and not same_centre(second.centre.url, a)
    assert second.needs_sign_in  # officer2's identity: officer1 must sign in there first
    mine = open_job(ws, None, "officer2")
    assert mine is not None and mine.centre is second.centre and not mine.needs_sign_in


def test_the_window_attaches_the_centre_on_its_database_worker_and_shows_it_online(  # type: ignore[no-untyped-def]
        qtbot, ws: Workstation, tasks: TaskRunner, two_centres: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from workstation import bootstrap

    attached_on: list[str] = []
    real_attach = bootstrap.attach_centre

    def attach(desk: Workstation, centre: Centre) -> Centre:
        attached_on.append(threading.current_thread().name)
        return real_attach(desk, centre)

    monkeypatch.setattr(bootstrap, "attach_centre", attach)
    save_url(Path(ws.settings.data_dir), _as_officer(two_centres[0], "officer1"))
    window = open_window(qtbot, ws, tasks)  # start() opens the configured centre
    try:
        qtbot.waitUntil(lambda: window.centre.worker is not None, timeout=15000)
        assert window.centre.worker is not None and ws.centre is window.centre.worker.centre
        assert len(attached_on) == 1 and attached_on[0].startswith("ws-db")  # between two database jobs
        qtbot.waitUntil(lambda: "Online" in window.centre.widget.state.text(), timeout=15000)
    finally:
        window.centre.stop()


def test_the_window_offers_the_sign_in_and_locks_for_it(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ws, tasks)
    window.centre.sign_in_needed.emit()
    box = window.findChild(QMessageBox, "centre_sign_in_box")
    assert box is not None and box.isVisible()
    assert window.lock_screen is None
    now = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    now.click()
    assert isinstance(window.lock_screen, LockScreen) and window.lock_screen.isVisible()
    title = window.lock_screen.findChild(QLabel, "lock_title")
    assert title is not None and title.text() == "Sign in to send your work to the centre"  # not "the desk was idle"


def test_locking_by_hand_says_locked_not_idle(qtbot, ws: Workstation, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ws, tasks)
    window.menus.lock_action.trigger()
    title = window.lock_screen.findChild(QLabel, "lock_title") if window.lock_screen else None
    assert title is not None and title.text() == "Locked"


def test_a_centre_that_wants_a_password_is_asked_for_one(ws: Workstation, pw_url: str) -> None:
    """No keyring entry and no libpq source: the GUI is told to ask (None); with the password the desk opens."""
    engine = make_engine(pw_url)
    migrate.upgrade(engine)
    engine.dispose()
    enrol(pw_url, ("officer1",), password="password1")
    save_url(Path(ws.settings.data_dir), _as_officer(pw_url, "officer1"))
    assert open_job(ws, None, "officer1") is None and ws.centre is None
    with pytest.raises(CredentialsNeeded):
        open_job(ws, "wrong-password", "officer1")
    opened = open_job(ws, "password1", "officer1")
    assert opened is not None and ws.centre is None and not opened.needs_sign_in
