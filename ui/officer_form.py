"""新增民警: the form an admin fills to add an officer (auth.add_officer, on the centre when connected)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui import i18n
from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, FieldRow, guarded
from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.services import auth
from workstation.services.auth import OfficerInfo


class AddOfficerDialog(QDialog):
    """User name, name, role, badge number and the first password twice. The core's rules are checked before
    anything is sent (auth.new_officer_errors); a refusal keeps every value typed and says what is wrong.

    State: the admin (`by`), the fields and their rows with inline errors (`rows`, by add_officer's parameter
    names, plus "password_again"), `error` (a refusal that names no field: a taken user name, an unreachable
    centre…).
    """

    #: The officer was created (their user name).
    added = Signal(str)

    def __init__(self, ws: Workstation, by: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.by, self.tasks = ws, by, tasks
        self.setWindowTitle(self.tr("Add officer"))
        self.username = QLineEdit(self)
        self.username.setMaxLength(auth.USERNAME_MAX)
        self.username.setPlaceholderText(self.tr("e.g. zhangsan (used to sign in)"))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(auth.MAX_DISPLAY_NAME)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(i18n.role_label(role), role.value)
        self.badge_no = QLineEdit(self)
        self.badge_no.setMaxLength(auth.MAX_BADGE_NO)
        self.password = QLineEdit(self)
        self.password_again = QLineEdit(self)
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least {0} characters").format(auth.MIN_PASSWORD))
        self.rows = {name: FieldRow(getattr(self, name), self)
                     for name in ("username", "display_name", "badge_no", "password", "password_again")}
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.rows["username"])
        form.addRow(self.tr("Name"), self.rows["display_name"])
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Badge no."), self.rows["badge_no"])
        form.addRow(self.tr("Password"), self.rows["password"])
        form.addRow(self.tr("Password again"), self.rows["password_again"])
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet(ERROR_TEXT_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(self)
        self.add_button: QPushButton = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

    def _messages(self) -> dict[str, str]:
        """What each field's rule says, in the interface language (the core's message is the fallback)."""
        return {"username": self.tr("1–{0} letters, digits, _ . or -").format(auth.USERNAME_MAX),
                "display_name": self.tr("Enter the name (at most {0} characters)").format(auth.MAX_DISPLAY_NAME),
                "badge_no": self.tr("At most {0} characters").format(auth.MAX_BADGE_NO),
                "password": self.tr("At least {0} characters").format(auth.MIN_PASSWORD),
                "password_again": self.tr("The two passwords differ")}

    def values(self) -> tuple[str, str, Role, str, str]:
        """(user name, name, role, badge number, password) as they will be sent."""
        return (self.username.text().strip(), self.display_name.text().strip(), Role(self.role.currentData()),
                self.badge_no.text().strip(), self.password.text())

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.error.clear()
        self.error.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        messages = self._messages()
        for e in errors:
            row = self.rows.get(e.field)
            if row is None:
                self._general(str(e.message))
            elif not row.has_error:
                row.set_error(messages.get(e.field, str(e.message)))
        first = next((self.rows[e.field] for e in errors if e.field in self.rows), None)
        if first is not None:
            first.setFocus()

    def _general(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def submit(self) -> None:
        """Check the fields; when they pass, add the officer on the database worker."""
        self.clear_errors()
        username, display_name, role, badge_no, password = self.values()
        errors = auth.new_officer_errors(username, display_name, password, badge_no)
        if password != self.password_again.text():
            errors.append(FieldError("password_again", "differ"))
        if errors:
            self.show_errors(errors)
            return
        self.buttons.setEnabled(False)
        self.tasks.run_db(auth.add_officer, self.ws, username, display_name, role, password, badge_no, by=self.by,
                          on_done=guarded(self, self._added), on_error=guarded(self, self._refused))

    def _added(self, info: OfficerInfo) -> None:
        self.added.emit(info.username)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidInput) and exc.errors:
            self.show_errors(exc.errors)
        else:
            self._general(error_text(exc))
