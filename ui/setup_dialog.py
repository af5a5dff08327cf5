"""First run for real use (首次设置): a new desk, started without --demo, asks how it works — standalone or with
a centre — the unit's name and time zone, and on a standalone desk the first admin's account with a password the
person chooses. The work is services.setup.set_up_desk (and sync.connect for a centre), on the workers.

Like the sign-in dialog it shows before the desk's database is open: an OpeningDesk is filled in behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.login import OpeningDesk
from ui.tasks import TaskRunner, error_text
from ui.widgets import guarded
from workstation.errors import InvalidInput

if TYPE_CHECKING:
    from workstation.services.auth import OfficerInfo

#: Offered first; any other IANA name may be typed.
TIME_ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


def _set_up(desk: OpeningDesk, unit: str, zone: str, admin: object | None,
            centre: tuple[str, str | None, bool] | None, passwords_differ: bool = False) -> OfficerInfo | None:
    """On the database worker: connect to the centre (if chosen), set the desk up, sign the new admin in.
    passwords_differ: the two password fields differ — refused with every other field's problem beside it."""
    from workstation.domain.outcome import FieldError
    from workstation.services import auth, setup

    ws = desk.workstation()
    if passwords_differ:
        assert admin is None or isinstance(admin, setup.FirstAdmin)
        raise InvalidInput(setup.setup_errors(ws, unit, zone, admin)
                           + [FieldError("password", setup.PASSWORDS_DIFFER())])
    if centre is not None:
        from workstation.bootstrap import attach_configured
        from workstation.sync.connect import connect

        url, password, migrate_ok = centre
        connect(ws.settings.data_dir, url, password, migrate_ok=migrate_ok)
        attach_configured(ws)
    assert admin is None or isinstance(admin, setup.FirstAdmin)
    made = setup.set_up_desk(ws, unit_name=unit, centre_tz=zone, admin=admin)
    if made is None or admin is None:
        return None
    return auth.sign_in(ws, made.username, admin.password)


class SetupDialog(QDialog):
    """The new desk's setup form. State: the fields, the error line, and after acceptance `officer` (the new
    admin, signed in) or None on a centre's desk, whose officers sign in next with their centre accounts."""

    #: The desk was set up (the admin signed in, or None).
    set_up = Signal(object)

    def __init__(self, desk: OpeningDesk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_dialog")
        self._desk, self._tasks = desk, tasks
        self.officer: OfficerInfo | None = None
        self.setWindowTitle(self.tr("Set up this desk"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("This desk has not been set up. Say how it works, whose forms it prints and who "
                               "its first administrator is. (To try the desk with sample data instead, start "
                               "it with --demo.)"))
        intro.setWordWrap(True)

        mode_box = QGroupBox(self.tr("How this desk works"))
        self.standalone = QRadioButton(self.tr("Standalone: this desk keeps its own accounts and leads"))
        self.standalone.setObjectName("mode_standalone")
        self.centre = QRadioButton(self.tr("With a centre: officers and leads come from the centre's server"))
        self.centre.setObjectName("mode_centre")
        self.standalone.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.standalone)
        group.addButton(self.centre)
        self.url = QLineEdit()
        self.url.setObjectName("centre_url")
        self.url.setPlaceholderText("postgresql://desk1@centre.example/ws")
        self.centre_password = QLineEdit()
        self.centre_password.setObjectName("centre_password")
        self.centre_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.centre_password.setPlaceholderText(self.tr("empty: the keyring, .pgpass or a client certificate"))
        self.migrate = QCheckBox(self.tr("Upgrade the centre's database schema if needed"))
        centre_form = QFormLayout()
        centre_form.addRow(self.tr("Centre's address"), self.url)
        centre_form.addRow(self.tr("Password"), self.centre_password)
        centre_form.addRow(self.migrate)
        self.centre_fields = QWidget()
        self.centre_fields.setLayout(centre_form)
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.addWidget(self.standalone)
        mode_layout.addWidget(self.centre)
        mode_layout.addWidget(self.centre_fields)

        unit_box = QGroupBox(self.tr("Your unit"))
        self.unit = QLineEdit()
        self.unit.setObjectName("unit_name")
        self.unit.setPlaceholderText(self.tr("e.g. 某市公安局反电信网络诈骗中心"))
        self.zone = QComboBox()
        self.zone.setObjectName("centre_tz")
        self.zone.setEditable(True)
        self.zone.addItems(TIME_ZONES)
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(self.tr("Unit's full name (printed on forms)"), self.unit)
        unit_form.addRow(self.tr("Time zone"), self.zone)

        self.admin_box = QGroupBox(self.tr("First administrator"))
        self.username = QLineEdit()
        self.username.setObjectName("admin_username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("admin_name")
        self.badge = QLineEdit()
        self.badge.setObjectName("admin_badge")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("admin_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        admin_form = QFormLayout(self.admin_box)
        admin_form.addRow(self.tr("User name"), self.username)
        admin_form.addRow(self.tr("Name"), self.display_name)
        admin_form.addRow(self.tr("Badge number"), self.badge)
        admin_form.addRow(self.tr("Password (8 characters or more)"), self.password)
        admin_form.addRow(self.tr("Password again"), self.repeat)

        self.error_label = QLabel()
        self.error_label.setObjectName("setup_errors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set up"))
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        for widget in (intro, mode_box, unit_box, self.admin_box, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.centre.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        self.unit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(bool)
    def _mode_changed(self, centre: bool) -> None:
        self.centre_fields.setVisible(centre)
        self.admin_box.setVisible(not centre)
        self.adjustSize()

    def _admin(self) -> object | None:
        from workstation.services.setup import FirstAdmin

        if self.centre.isChecked():
            return None
        return FirstAdmin(self.username.text(), self.display_name.text(), self.password.text(), self.badge.text())

    @Slot()
    def submit(self) -> None:
        """Set the desk up on the database worker; every field's problem comes back at once (the two passwords'
        difference too)."""
        if self.centre.isChecked() and not self.url.text().strip():
            self._show([self.tr("Enter the centre's address.")])
            self.url.setFocus()
            return
        centre = ((self.url.text().strip(), self.centre_password.text() or None, self.migrate.isChecked())
                  if self.centre.isChecked() else None)
        self._busy(True)
        differ = not self.centre.isChecked() and self.password.text() != self.repeat.text()
        self._tasks.run_db(_set_up, self._desk, self.unit.text(), self.zone.currentText(), self._admin(), centre,
                           differ, on_done=guarded(self, self._done), on_error=guarded(self, self._refused))

    def _done(self, officer: OfficerInfo | None) -> None:
        self._busy(False)
        self.officer = officer
        self.set_up.emit(officer)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, InvalidInput):
            self._show([str(e.message) for e in exc.errors])
        else:
            self._show([error_text(exc)])

    def _show(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join(lines))
        self.error_label.show()
        self.adjustSize()  # room for the lines: the form above keeps the height it needs

    def _busy(self, busy: bool) -> None:
        for widget in (self.buttons, self.unit, self.zone, self.admin_box, self.centre_fields):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()
