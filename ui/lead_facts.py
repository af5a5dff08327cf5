"""Small dialogs that record the facts printed forms need: the thank-you recipient (感谢对象) and thanks the
centre received (收到的感谢：感谢信、锦旗). The core checks the values; its message is shown as-is."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, OptionalDateTime, guarded
from workstation.services import documents
from workstation.services.context import Workstation


class FactDialog(QDialog):
    """The shared frame: a form, an error line, OK/Cancel; OK runs the service on the database worker.

    State: the lead (`lead_id`), the form layout (`form`), `error` (the core's last refusal).
    """

    #: The fact was recorded: the new event's id.
    recorded = Signal(str)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks, self.lead_id = ws, officer, tasks, lead_id
        self.tz = ZoneInfo(ws.settings.centre_tz)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_TEXT_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 0)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def job(self) -> tuple[object, ...]:
        """(GUI thread) The service call as (function, *args), read from the fields."""
        raise NotImplementedError

    @Slot()
    def submit(self) -> None:
        try:
            fn, *args = self.job()
        except ValueError as exc:
            self._refused(exc)
            return
        self.buttons.setEnabled(False)
        self.tasks.run_db(fn, *args, on_done=guarded(self, self._done),  # type: ignore[arg-type]
                          on_error=guarded(self, self._refused))

    def _done(self, event_id: str) -> None:
        self.recorded.emit(event_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()


class ThanksRecipientDialog(FactDialog):
    """感谢对象: who helped stop the fraud and what they did (for the thank-you letter)."""

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, self.tr("Record thank-you recipient"), parent)
        self.name = QLineEdit(self)
        self.org = QLineEdit(self)
        self.role = QComboBox(self)
        for text, value in ((self.tr("Citizen"), "citizen"), (self.tr("Bank staff"), "bank"),
                            (self.tr("Police officer"), "police"), (self.tr("Other"), "other")):
            self.role.addItem(text, value)
        self.deed = QPlainTextEdit(self)
        self.deed.setPlaceholderText(self.tr("What they did, e.g. stopped the transfer at the counter"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.when = OptionalDateTime(self.tz, ws.clock, self)
        self.when.set_now()
        self.form.addRow(self.tr("Recipient"), self.name)
        self.form.addRow(self.tr("Organisation"), self.org)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("What they did"), self.deed)
        self.form.addRow(self.tr("Amount protected (¥)"), self.amount)
        self.form.addRow(self.tr("When"), self.when)
        self.finish_layout()

    def job(self) -> tuple[object, ...]:
        text = self.amount.text().strip().replace(",", "")
        try:
            amount = Decimal(text) if text else None
        except InvalidOperation:
            raise ValueError(self.tr("The amount is not a number")) from None
        when = self.when.value() or self.ws.clock.now()
        return (_add_recipient, self.ws, self.officer, self.lead_id, self.name.text(), self.deed.toPlainText(),
                when, self.org.text(), str(self.role.currentData()), amount)


def _add_recipient(ws: Workstation, officer: str, lead_id: str, name: str, deed: str, when: object, org: str,
                   role: str, amount: Decimal | None) -> str:
    return documents.add_thanks_recipient(ws, officer, lead_id, name, deed, when,  # type: ignore[arg-type]
                                          recipient_org=org, role=role, amount_protected=amount)


class ThanksReceivedDialog(FactDialog):
    """收到的感谢: a letter, a banner (锦旗)… the centre received for this lead."""

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, self.tr("Record thanks received"), parent)
        self.kind = QComboBox(self)
        for value, text in documents.THANKS_RECEIVED_KINDS.items():
            self.kind.addItem(text, value)
        self.from_name = QLineEdit(self)
        self.when = OptionalDateTime(self.tz, ws.clock, self)
        self.when.set_now()
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("From"), self.from_name)
        self.form.addRow(self.tr("Received at"), self.when)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()

    def job(self) -> tuple[object, ...]:
        return (documents.record_thanks_received, self.ws, self.officer, self.lead_id, str(self.kind.currentData()),
                self.from_name.text(), self.when.value() or self.ws.clock.now(), self.note.text())
