"""First run and settings as a person meets them: the setup dialog on a new desk, the admin's settings dialog,
the error report with "Copy details", About."""

from __future__ import annotations

import logging
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window_wiring import open_window
from ui import app as ui_app
from ui import crash
from ui.login import OpeningDesk
from ui.settings_dialog import SettingsDialog
from ui.setup_dialog import SetupDialog
from ui.tasks import TaskRunner, show_error
from workstation import logs
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.services import auth
from workstation.settings import Settings


def opened_desk(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner) -> OpeningDesk:
    desk = OpeningDesk(Settings.load(tmp_path))
    with qtbot.waitCallback(timeout=60_000) as done:
        tasks.run_db(ui_app.prepare_desk, ui_app.parse_args(["--data-dir", str(tmp_path)]), desk, on_done=done)
    assert desk.ws is not None
    return desk


def test_a_new_desk_is_set_up_and_its_admin_signed_in(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner) -> None:
    assert Settings.load(tmp_path).is_new_desk
    desk = opened_desk(qtbot, tmp_path, tasks)
    assert desk.needs_setup  # opened without any account: no demo set behind the back of a real desk
    dialog = SetupDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert desk.ws is not None and auth.officers(desk.ws) == []
    qtbot.keyClicks(dialog.username, "chief")
    dialog.display_name.setText("王主任")
    qtbot.keyClicks(dialog.password, "chosen-secret")
    qtbot.keyClicks(dialog.repeat, "chosen-secreT")
    dialog.ok.click()  # the unit's name missing and the passwords differing: both said at once
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and dialog.buttons.isEnabled(), timeout=30_000)
    shown = dialog.error_label.text().splitlines()
    assert len(shown) == 2 and "unit" in shown[0] and "differ" in shown[1]
    assert auth.officers(desk.ws) == [] and not (tmp_path / "settings.toml").exists()  # nothing written
    dialog.unit.setText("某区公安分局反诈中心")  # QTest types no Chinese (an input method would)
    dialog.repeat.setText("chosen-secret")
    with qtbot.waitSignal(dialog.set_up, timeout=30_000) as made:
        dialog.ok.click()
    officer = made.args[0]
    assert officer.username == "chief" and officer.role is Role.ADMIN and dialog.officer == officer
    assert [o.username for o in auth.officers(desk.ws)] == ["chief"]
    kept = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    assert kept["unit_name"] == "某区公安分局反诈中心" and kept["centre_tz"] == "Asia/Shanghai"
    desk.ws.close()


def test_the_setup_dialog_shows_the_cores_refusal_field_by_field(qtbot: QtBot, tmp_path: Path,
                                                                 tasks: TaskRunner) -> None:
    desk = opened_desk(qtbot, tmp_path, tasks)
    dialog = SetupDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.zone.setCurrentText("Mars/Olympus")
    dialog.username.setText("chief")
    dialog.display_name.setText("王")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and dialog.buttons.isEnabled(), timeout=30_000)
    shown = dialog.error_label.text().splitlines()
    assert len(shown) == 3 and any("Mars/Olympus" in line for line in shown)  # unit, time zone, password
    assert not dialog.result() and desk.ws is not None and auth.officers(desk.ws) == []
    assert not (tmp_path / "settings.toml").exists()
    desk.ws.close()


def test_the_centre_choice_hides_the_admin_and_asks_for_the_address(qtbot: QtBot, tmp_path: Path,
                                                                    tasks: TaskRunner) -> None:
    dialog = SetupDialog(OpeningDesk(Settings.load(tmp_path)), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.admin_box.isVisible() and not dialog.centre_fields.isVisible()
    dialog.centre.setChecked(True)
    assert not dialog.admin_box.isVisible() and dialog.centre_fields.isVisible()
    dialog.unit.setText("某区反诈中心")
    dialog.ok.click()
    assert "address" in dialog.error_label.text()


def test_an_admin_tunes_the_desk_from_the_menu(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "admin1")
    assert window.menus.settings_action is not None
    window.menus.settings_action.trigger()
    dialog = window.menus.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.idle.value() == 10 and dialog.retry.value() == 10
    dialog.idle.setValue(25)
    dialog.retry.setValue(4)
    dialog.zone.setCurrentText("Nowhere/Else")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "Nowhere/Else" in dialog.error.text() and ws.settings.idle_lock_minutes == 10  # nothing saved
    assert not (Path(ws.settings.data_dir) / "settings.toml").exists()
    dialog.zone.setCurrentText("Asia/Shanghai")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.buttons.accepted.emit()
    assert saved.args[0] == {"idle_lock_minutes": 25, "retry_interval": 4}
    assert ws.settings.idle_lock_minutes == 25 and window.idle.policy.minutes == 25  # in force at once
    assert Settings.load(Path(ws.settings.data_dir)).retry_interval == 4


def test_an_officer_has_no_settings(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    assert window.menus.settings_action is None


def test_an_unexpected_error_offers_its_details_without_personal_data(qtbot: QtBot, qapp: QApplication) -> None:
    try:
        raise RuntimeError("lookup of 13812345678 (张三丰, 330106199001011234) failed")
    except RuntimeError as exc:
        report = show_error(exc)
    assert isinstance(report, crash.ErrorReportDialog)
    qtbot.addWidget(report)
    details = report.box.toPlainText()
    assert "workstation 0.1.0" in details and "RuntimeError" in details and "Traceback" in details
    assert "test_install_screens.py" in details and "Python 3." in details
    for secret in ("13812345678", "张三丰", "330106199001011234"):
        assert secret not in details
    report.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == details
    report.close()


def test_an_exception_in_a_slot_is_logged_and_reported(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install()
    assert sys.excepthook is crash._hook  # noqa: SLF001
    with caplog.at_level(logging.ERROR, logger="ui.crash"):
        try:
            raise ValueError("boom")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "ValueError: boom" in caplog.text
    reports = [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.ErrorReportDialog)]
    assert [w.isVisible() for w in reports] == [True] and "ValueError: boom" in reports[0].details
    for w in reports:
        w.close()


def test_about_says_the_version_and_build(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    window = open_window(qtbot, ws, tasks, "officer1")
    box = window.menus.show_about()
    assert "0.1.0" in box.text() and "build" in box.text()
    box.close()


def test_a_domain_error_stays_a_plain_message(qapp: QApplication) -> None:
    from workstation.errors import NotFound

    box = show_error(NotFound("No such lead"))
    assert not isinstance(box, crash.ErrorReportDialog) and box.isVisible()
    box.close()
    assert logs.scrub("call 13812345678 line 42") == "call <11 digits> line 42"


def test_a_new_desk_set_up_with_a_centre_connects_and_takes_no_local_admin(qtbot: QtBot, tmp_path: Path,
                                                                          tasks: TaskRunner,
                                                                          migrated_pg_url: str) -> None:
    """The centre choice: the desk connects (its URL kept, never a password), is set up without an account of its
    own, and its officers then sign in with their centre accounts."""
    desk = opened_desk(qtbot, tmp_path, tasks)
    dialog = SetupDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.centre.setChecked(True)
    dialog.url.setText(migrated_pg_url)
    dialog.unit.setText("某市反诈中心")
    with qtbot.waitSignal(dialog.set_up, timeout=60_000) as made:
        dialog.ok.click()
    assert made.args[0] is None and dialog.officer is None
    assert desk.ws is not None and desk.ws.centre is not None
    kept = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    assert kept["centre"]["url"] and kept["unit_name"] == "某市反诈中心"
    assert auth.officers(desk.ws) == []  # no account made on the desk: the centre has them
    assert not Settings.load(tmp_path).is_new_desk
    desk.ws.close()


def test_a_demo_desk_says_so_in_its_window_and_its_sign_in(qtbot: QtBot, ws: Workstation,
                                                           tasks: TaskRunner) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from ui.login import LoginDialog

    real = open_window(qtbot, ws, tasks, "officer1")
    assert "DEMO" not in real.windowTitle() and real.findChild(QLabel, "demo_label") is None
    real.close()
    ws.settings = replace(ws.settings, demo=True)
    window = open_window(qtbot, ws, tasks, "officer1")
    mark = window.findChild(QLabel, "demo_label")
    assert "DEMO MODE" in window.windowTitle() and mark is not None and mark.isVisible()  # a screenshot shows it
    sign_in = LoginDialog(ws, tasks)
    qtbot.addWidget(sign_in)
    sign_in.show()
    label = sign_in.findChild(QLabel, "demo_label")
    assert label is not None and label.isVisible() and "demo accounts" in label.text()


def test_demo_asked_of_a_real_desk_is_refused_where_it_was_typed(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from workstation.services import setup

    real = ui_app.open_workstation(ui_app.parse_args(["--data-dir", str(tmp_path)]))
    setup.set_up_desk(real, unit_name="某区反诈中心", centre_tz="Asia/Shanghai",
                      admin=setup.FirstAdmin("chief", "王", "chosen-secret"))
    real.close()
    capsys.readouterr()
    again = ui_app.open_workstation(ui_app.parse_args(["--demo", "--data-dir", str(tmp_path)]))
    try:
        assert [o.username for o in auth.officers(again)] == ["chief"] and not again.settings.demo
    finally:
        again.close()
    assert "--demo ignored" in capsys.readouterr().err
