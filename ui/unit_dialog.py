"""填报单位: a team lead or an admin sets the unit name the forms and reports print (services.unit)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, guarded
from workstation.desk import Workstation
from workstation.errors import InvalidInput
from workstation.services import unit
from workstation.settings import UNIT_PLACEHOLDER


class UnitNameDialog(QDialog):
    """The unit's full name, as printed on every form (empty while the forms print the placeholder).

    State: ``name`` (the line edit), ``error`` (why the core refused, if it did).
    """

    #: The unit name was set (the name kept).
    unit_set = Signal(str)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.setWindowTitle(self.tr("Unit name on forms"))
        intro = QLabel(self.tr("The unit printed on the work record sheet, the case intake form, the stop-payment "
                               "request, the thank-you letter, the visit notice and the weekly report. Kept on "
                               "this desk."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(ws.settings.unit_name if ws.settings.unit_name_set else "", self)
        self.name.setMaxLength(unit.MAX_UNIT_NAME)
        self.name.setPlaceholderText(self.tr("The unit's full name, e.g. a city public security bureau's anti-fraud centre"))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        if not ws.settings.unit_name_set:
            self.state.setText(self.tr("Not set yet: the forms print the placeholder “{0}”.").format(UNIT_PLACEHOLDER))
            self.state.setStyleSheet("color:#b26a00;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_TEXT_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.name, self.state, self.error, self.buttons):
            layout.addWidget(w)
        self.resize(520, self.sizeHint().height())

    @Slot()
    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.tasks.run_db(unit.set_unit_name, self.ws, self.officer, self.name.text(),
                          on_done=guarded(self, self._done), on_error=guarded(self, self._failed))

    def _done(self, name: str) -> None:
        self.buttons.setEnabled(True)
        self.unit_set.emit(name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = "; ".join(str(e.message) for e in exc.errors) if isinstance(exc, InvalidInput) else error_text(exc)
        self.error.setText(text)
        self.error.show()
        self.name.setFocus()
