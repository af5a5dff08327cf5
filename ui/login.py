"""The sign-in dialog (登录): user name and password, checked off the GUI thread (scrypt takes ~50 ms).

At start-up the dialog shows before the desk's database is open (ui/app.py): it then gets an
:class:`OpeningDesk`, which the database worker fills in while the person types. The sign-in runs on that same
worker, after the opening, so it needs no waiting of its own. The core (SQLAlchemy and the services) is imported
only there, never by this module: the dialog's own start stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.theme import DEMO_STYLE
from ui.widgets import guarded
from workstation.errors import WorkstationError
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.settings import Settings

if TYPE_CHECKING:
    from workstation.desk import Workstation
    from workstation.services.auth import OfficerInfo

DESK_NOT_OPEN = message("desk.not_open", QT_TRANSLATE_NOOP("Messages", "The desk's database could not be opened: {reason}"))


class OpeningDesk:
    """A desk whose database is being opened on the database worker: its settings now, `ws` once open.

    Written by the worker (`opened` / `failed`) and read by the sign-in on that same worker, after it.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ws: Workstation | None = None
        self.error: BaseException | None = None
        self.officer: OfficerInfo | None = None  # who signed in, once the dialog is accepted
        self.opening = False  # the opening job was started (by the first dialog shown)
        self.needs_setup = False  # it opened without any account to sign in with (services.setup.needs_setup)
        self.set_up = False  # the setup dialog set it up

    def opened(self, ws: Workstation) -> Workstation:
        self.ws = ws
        return ws

    def failed(self, exc: BaseException) -> None:
        self.error = exc

    def workstation(self) -> Workstation:
        """The open desk (on the database worker, after the opening job)."""
        if self.ws is None:
            raise WorkstationError(DESK_NOT_OPEN(reason=str(self.error or "")))
        return self.ws


def _sign_in(desk: Workstation | OpeningDesk, user: str, password: str) -> OfficerInfo:
    from workstation.services import auth

    ws = desk.workstation() if isinstance(desk, OpeningDesk) else desk
    return auth.sign_in(ws, user, password)


class LoginDialog(QDialog):
    """Asks for a user name and password; accepted once the core signed the officer in.

    State: the inputs, the error line, and ``officer`` (None until signed in).
    """

    #: The core accepted the password.
    signed_in = Signal(object)
    #: The core refused (the message is the core's, shown as-is).
    sign_in_failed = Signal(str)

    def __init__(self, ws: Workstation | OpeningDesk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._tasks = tasks
        self.officer: OfficerInfo | None = None
        title = self.tr("Warning-call workstation — sign in")
        if ws.settings.demo:
            title += " — " + self.tr("DEMO MODE (sample data, demo accounts)")
        self.setWindowTitle(title)
        self.setMinimumWidth(380)

        title = QLabel(self.tr("Warning-call workstation"))
        title.setObjectName("loginTitle")
        unit = QLabel(ws.settings.unit_name)
        unit.setStyleSheet("color: #6b7280;")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setPlaceholderText(self.tr("e.g. officer1"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.note_label = QLabel(self.tr("Opening the desk's database…"))  # a first start seeds for a few seconds
        self.note_label.setObjectName("noteLabel")
        self.note_label.setStyleSheet("color: #6b7280;")
        self.note_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(unit)
        if ws.settings.demo:
            demo = QLabel(self.tr("DEMO MODE (sample data, demo accounts)"))
            demo.setObjectName("demo_label")
            demo.setStyleSheet(DEMO_STYLE)
            layout.addWidget(demo)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.submit)
        # Enter in the password field signs in by itself, not only through the dialog's default button (which,
        # once disabled while a refused sign-in was checked, did not always take Enter again).
        self.password_edit.returnPressed.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.user_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def submit(self) -> None:
        """Check the password on the DB worker; the dialog stays responsive meanwhile."""
        user = self.user_edit.text().strip()
        if not user:
            self._show_error(self.tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        if not self.password_edit.text():  # Enter in the user field moves on to the password
            self.password_edit.setFocus()
            return
        self._set_busy(True)
        self.note_label.setVisible(isinstance(self._ws, OpeningDesk) and self._ws.ws is None)
        self._tasks.run_db(_sign_in, self._ws, user, self.password_edit.text(),
                           on_done=guarded(self, self._accepted_by_core), on_error=guarded(self, self._refused_by_core))

    def _accepted_by_core(self, officer: OfficerInfo) -> None:
        self.officer = officer
        self._set_busy(False)
        self.signed_in.emit(officer)
        self.accept()

    def _refused_by_core(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_text(exc)
        self._show_error(message)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        self.sign_in_failed.emit(message)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        # Disabled while checking: Enter, reaching the field first, leaves the default button nothing to click.
        for w in (self.user_edit, self.password_edit, self.buttons):
            w.setEnabled(not busy)
        if busy:
            self.error_label.hide()
        else:
            self.note_label.hide()
