"""民警管理: the admin's officers dialog — reached from the menu by admins only, acting through the core."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window_wiring import open_window
from ui import i18n
from ui.officer_form import AddOfficerDialog
from ui.officers_dialog import OfficersDialog
from ui.officers_model import COLUMNS, OfficersModel
from ui.tasks import TaskRunner
from workstation import demo
from workstation.bootstrap import attach_centre, bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.errors import AuthError
from workstation.services import auth
from workstation.settings import Settings
from workstation.sync.errors import CentreUnavailable

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in the centre's zone (Asia/Shanghai)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Workstation]:
    """A standalone desk on a fixed clock: the demo officers, a few leads, officer2 locked out, officer3
    disabled."""
    ws = bootstrap(Settings(data_dir=tmp_path, desk_id="test-desk"), clock=FixedClock(NOW))
    demo.seed(ws, lead_count=5)
    for _ in range(ws.settings.lockout_attempts):
        with pytest.raises(AuthError):
            auth.sign_in(ws, "officer2", "wrong-password")
    auth.set_active(ws, "admin1", "officer3", False)
    yield ws
    ws.close()


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The interface in English for this test (then the language it had)."""
    before = i18n.language()
    i18n.install(qapp, "en")  # type: ignore[arg-type]
    yield
    i18n.install(qapp, before)  # type: ignore[arg-type]


def open_dialog(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, admin: str = "admin1") -> OfficersDialog:
    info = auth.get(desk, admin)
    assert info is not None
    dialog = OfficersDialog(desk, info, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    tasks.wait_idle()
    assert dialog.model.rowCount() == len(auth.roster(desk))
    return dialog


def cell(dialog: OfficersDialog, username: str, column: str) -> str:
    row = dialog.model.row_of(username)
    assert row >= 0, username
    return str(dialog.model.index(row, COLUMNS.index(column)).data())


def refresh_after(qtbot: QtBot, dialog: OfficersDialog, tasks: TaskRunner, action: object) -> None:
    """Run `action` and wait until the table was read again."""
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        action()  # type: ignore[operator]
    tasks.wait_idle()


# --- the core's read ------------------------------------------------------------------------------------


def test_roster_has_active_and_lock_state(desk: Workstation) -> None:
    rows = {r.username: r for r in auth.roster(desk)}
    assert list(rows) == sorted(rows) and len(rows) == 18
    assert rows["officer2"].locked_until == datetime(2026, 3, 2, 2, 15, tzinfo=UTC)
    assert rows["officer3"].active is False and rows["officer3"].locked_until is None
    assert rows["admin1"].role is Role.ADMIN and rows["admin1"].active and rows["admin1"].locked_until is None
    desk.clock.advance(minutes=desk.settings.lockout_minutes)  # type: ignore[attr-defined]
    assert next(r for r in auth.roster(desk) if r.username == "officer2").locked_until is None


def test_core_refuses_a_taken_user_name_and_each_bad_field(desk: Workstation) -> None:
    from workstation.errors import Conflict, InvalidInput

    with pytest.raises(Conflict, match="already exists"):
        auth.add_officer(desk, "officer1", "X", Role.OFFICER, "password-1", by="admin1")
    with pytest.raises(InvalidInput) as caught:
        auth.add_officer(desk, "张三", " ", Role.OFFICER, "short", "1" * 17, by="admin1")
    assert [e.field for e in caught.value.errors] == ["username", "display_name", "badge_no", "password"]
    assert auth.get(desk, "张三") is None


# --- the model --------------------------------------------------------------------------------------------


def test_each_header_names_the_field_in_its_column(desk: Workstation, english: None, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    model = OfficersModel(ZoneInfo(desk.settings.centre_tz))
    model.set_rows(auth.roster(desk))
    qtmodeltester.check(model)
    officer2 = model.row_of("officer2")
    officer3 = model.row_of("officer3")
    rows = auth.roster(desk)
    expected = {"User name": lambda r: r.username, "Name": lambda r: r.display_name,
                "Role": lambda r: {Role.OFFICER: "Officer", Role.LEAD: "Team lead", Role.ADMIN: "Admin"}[r.role],
                "Badge no.": lambda r: r.badge_no, "Account": lambda r: "Active" if r.active else "Disabled",
                "Locked until": lambda r: "2026-03-02 10:15" if r.locked_until else ""}
    assert model.columnCount() == len(expected)
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert header in expected, header
        for row, officer in enumerate(rows):
            assert model.index(row, column).data() == expected[header](officer), (header, officer.username)
    assert model.index(officer2, COLUMNS.index("locked_until")).data() == "2026-03-02 10:15"
    assert model.index(officer3, COLUMNS.index("active")).data() == "Disabled"


# --- the menu -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("username", "sees"), [("admin1", True), ("lead1", False), ("officer1", False)])
def test_only_an_admin_gets_the_officers_menu(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, username: str,
                                              sees: bool) -> None:
    window = open_window(qtbot, desk, tasks, username)
    menus = [a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None]
    assert ("menu_admin" in menus) is sees
    assert (window.menus.officers_action is not None) is sees
    if sees:
        assert window.menus.officers_action is not None
        window.menus.officers_action.trigger()
        dialog = window.menus.dialog
        assert isinstance(dialog, OfficersDialog) and dialog.isVisible()
        tasks.wait_idle()
        assert dialog.model.rowCount() == 18
        dialog.reject()


# --- adding ---------------------------------------------------------------------------------------------


def fill(form: AddOfficerDialog, username: str = "zhangsan", password: str = "first-pass-1",
         again: str | None = None) -> None:
    form.username.setText(username)
    form.display_name.setText("张三")
    form.role.setCurrentIndex(form.role.findData(Role.LEAD.value))
    form.badge_no.setText("033999")
    form.password.setText(password)
    form.password_again.setText(password if again is None else again)


def test_adding_an_officer_creates_them_and_shows_them(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, desk, tasks)
    form = dialog.add_officer()
    fill(form)
    with qtbot.waitSignal(dialog.changed, timeout=10000) as changed:
        form.add_button.click()
    tasks.wait_idle()
    assert changed.args == ["zhangsan"]
    assert auth.get(desk, "zhangsan") == auth.OfficerInfo("zhangsan", "张三", Role.LEAD, "033999")
    assert not shiboken6.isValid(form)  # closed (and deleted)
    assert dialog.selected() is not None and dialog.selected().username == "zhangsan"  # type: ignore[union-attr]
    assert cell(dialog, "zhangsan", "badge_no") == "033999"
    assert auth.sign_in(desk, "zhangsan", "first-pass-1").username == "zhangsan"


@pytest.mark.parametrize(("password", "again", "row"), [("short", "short", "password"),
                                                        ("first-pass-1", "first-pass-2", "password_again")])
def test_a_refused_add_keeps_the_form_and_creates_nothing(qtbot: QtBot, desk: Workstation, tasks: TaskRunner,
                                                          english: None, password: str, again: str,
                                                          row: str) -> None:
    dialog = open_dialog(qtbot, desk, tasks)
    form = dialog.add_officer()
    fill(form, password=password, again=again)
    form.add_button.click()
    tasks.wait_idle()
    assert form.isVisible() and form.rows[row].has_error
    assert [name for name, r in form.rows.items() if r.has_error] == [row]
    assert form.rows[row].error.text() in ("At least 8 characters", "The two passwords differ")
    assert (form.username.text(), form.display_name.text(), form.badge_no.text()) == ("zhangsan", "张三", "033999")
    assert (form.password.text(), form.password_again.text()) == (password, again)
    assert form.role.currentData() == Role.LEAD.value
    assert auth.get(desk, "zhangsan") is None and dialog.model.rowCount() == 18
    # Put right, the same form goes through.
    form.password.setText("first-pass-1")
    form.password_again.setText("first-pass-1")
    with qtbot.waitSignal(form.added, timeout=10000):
        form.add_button.click()
    tasks.wait_idle()
    assert not shiboken6.isValid(form) and auth.get(desk, "zhangsan") is not None


def test_a_taken_user_name_is_refused_by_the_core_and_the_form_stays(qtbot: QtBot, desk: Workstation,
                                                                     tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, desk, tasks)
    form = dialog.add_officer()
    fill(form, username="officer1")
    form.add_button.click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    tasks.wait_idle()
    assert "already exists" in form.error.text()
    assert form.isVisible() and form.buttons.isEnabled() and form.username.text() == "officer1"
    assert auth.get(desk, "officer1") != auth.OfficerInfo("officer1", "张三", Role.LEAD, "033999")
    assert tasks.errors == []  # type: ignore[attr-defined]


# --- changes on the selected row ------------------------------------------------------------------------


def test_role_change_disable_enable_and_unlock_act_and_refresh(qtbot: QtBot, desk: Workstation,
                                                               tasks: TaskRunner, english: None) -> None:
    dialog = open_dialog(qtbot, desk, tasks)
    assert cell(dialog, "officer2", "locked_until") == "2026-03-02 10:15"

    assert dialog.select("officer1")
    assert dialog.disable_button.isEnabled() and not dialog.enable_button.isEnabled()
    assert not dialog.unlock_button.isEnabled()
    chooser = dialog.change_role()
    assert chooser is not None and chooser.textValue() == "Officer"
    chooser.setTextValue("Team lead")
    refresh_after(qtbot, dialog, tasks, chooser.accept)
    assert auth.get(desk, "officer1").role is Role.LEAD  # type: ignore[union-attr]
    assert cell(dialog, "officer1", "role") == "Team lead"
    assert dialog.selected().username == "officer1"  # type: ignore[union-attr]

    box = dialog.disable()
    assert box is not None and "officer1" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    tasks.wait_idle()
    assert next(r for r in auth.roster(desk) if r.username == "officer1").active
    box = dialog.disable()
    assert box is not None
    yes = next(b for b in box.buttons() if b.text() == "Disable")
    refresh_after(qtbot, dialog, tasks, yes.click)
    assert not next(r for r in auth.roster(desk) if r.username == "officer1").active
    assert cell(dialog, "officer1", "active") == "Disabled"
    assert dialog.enable_button.isEnabled() and not dialog.disable_button.isEnabled()

    refresh_after(qtbot, dialog, tasks, dialog.enable_button.click)
    assert next(r for r in auth.roster(desk) if r.username == "officer1").active
    assert cell(dialog, "officer1", "active") == "Active"

    assert dialog.select("officer2") and dialog.unlock_button.isEnabled()
    refresh_after(qtbot, dialog, tasks, dialog.unlock_button.click)
    assert auth.locked_until(desk, "officer2") is None
    assert cell(dialog, "officer2", "locked_until") == "" and not dialog.unlock_button.isEnabled()
    assert auth.sign_in(desk, "officer2", demo.DEMO_PASSWORD).username == "officer2"
    assert dialog.message is None and tasks.errors == []  # type: ignore[attr-defined]


def test_the_last_admin_refusal_is_shown(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, desk, tasks)
    assert dialog.select("admin1")
    chooser = dialog.change_role()
    assert chooser is not None
    chooser.setTextValue(i18n.role_label(Role.OFFICER))
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        chooser.accept()
    tasks.wait_idle()
    assert "cannot give up the admin role" in refused.args[0]
    assert dialog.message is not None and dialog.message.isVisible()
    assert "cannot give up the admin role" in dialog.message.text()
    dialog.message.close()
    assert auth.get(desk, "admin1").role is Role.ADMIN  # type: ignore[union-attr]
    assert cell(dialog, "admin1", "role") == i18n.role_label(Role.ADMIN)

    box = dialog.disable()
    assert box is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        yes.click()
    tasks.wait_idle()
    assert "cannot be disabled" in refused.args[0]
    assert next(r for r in auth.roster(desk) if r.username == "admin1").active
    assert tasks.errors == []  # type: ignore[attr-defined]


class UnreachableCentre:
    """A connected desk's centre while the network is down: every call raises CentreUnavailable."""

    def __getattr__(self, name: str) -> object:
        if name == "close":
            return lambda: None

        def unreachable(*_args: object, **_kwargs: object) -> None:
            raise CentreUnavailable("中心服务器不可达 (the centre cannot be reached)")

        return unreachable


def test_an_unreachable_centre_is_a_message_not_a_crash(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    attach_centre(desk, UnreachableCentre())  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, desk, tasks)
    assert dialog.select("officer1")
    with qtbot.waitSignal(dialog.refused, timeout=10000) as refused:
        box = dialog.disable()
        assert box is not None
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    tasks.wait_idle()
    assert "cannot be reached" in refused.args[0]
    assert next(r for r in auth.roster(desk) if r.username == "officer1").active
    form = dialog.add_officer()
    fill(form)
    form.add_button.click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    tasks.wait_idle()
    assert "cannot be reached" in form.error.text() and form.isVisible() and form.username.text() == "zhangsan"
    assert auth.get(desk, "zhangsan") is None
    assert tasks.errors == []  # type: ignore[attr-defined]
