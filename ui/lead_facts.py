"""Dialogs that record the facts printed forms need (记录打印所需的事实): the thank-you recipient (感谢对象),
thanks the centre received (锦旗…), the case details of a 受案登记表 and an in-person visit (上门劝阻).

Like the outcome form, the core checks the values: each message appears under its field and in a summary,
the first bad field takes the focus, and nothing typed is lost. Enter records (Ctrl+Enter inside a text
box), Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.widgets import (
    ERROR_TEXT_STYLE,
    FieldRow,
    OptionalDateTime,
    clear_field_errors,
    guarded,
    show_field_errors,
)
from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.errors import InvalidInput
from workstation.forms.data import CASE_SOURCES, INTAKE_DECISIONS
from workstation.forms.facts import FactKind
from workstation.services import documents, form_facts

TEXT_BOX_HEIGHT = 72
WINDOW_FRAME = 60  # px a window manager's title bar and borders take
MIN_FIELDS_HEIGHT = 160


class FactDialog(QDialog):
    """The shared frame: an optional intro line, fields each with its error row, a summary, OK/Cancel.

    OK (Enter) runs the service on the database worker; a refusal shows each message by its field and keeps
    every value. State: the lead (`lead_id`), `rows` (field name → FieldRow, in form order), `summary`,
    `busy` while the core records (Esc waits for it).
    """

    #: The fact was recorded: the new event's id.
    recorded = Signal(str)
    #: A fact recorded once and corrected by recording it again: the dialog starts from the last one.
    fact_kind: FactKind | None = None

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks, self.lead_id = ws, officer, tasks, lead_id
        self.tz = ZoneInfo(ws.settings.centre_tz)
        self.busy = False
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("background:#e3f2fd; color:#0d47a1; padding:6px; border-radius:3px;")
        self.intro.hide()
        outer.addWidget(self.intro)
        # The fields scroll when the screen is too short for them (1366×768 at 150 %); the intro, the summary
        # and the buttons stay in view.
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)
        self.rows: dict[str, FieldRow] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("error_summary")
        self.summary.setStyleSheet(ERROR_TEXT_STYLE + "background:#ffebee; padding:4px;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):  # from inside a multi-line box, where Enter is a new line
            QShortcut(QKeySequence(key), self, self.submit)
        self.resize(560, 0)
        if self.fact_kind is not None:
            tasks.run_db(form_facts.latest, ws, lead_id, self.fact_kind, on_done=guarded(self, self._latest_read))

    def _latest_read(self, payload: dict[str, Any] | None) -> None:
        if payload and not self.edited():
            self.fill(payload)

    def edited(self) -> bool:
        """Anything typed yet (a late read of the last record must not overwrite it)."""
        return any(edit.text() for edit in self.findChildren(QLineEdit) if edit.objectName() != "qt_spinbox_lineedit"
                   and not isinstance(edit.parent(), QComboBox)) or any(
            box.toPlainText() for box in self.findChildren(QPlainTextEdit))

    def fill(self, payload: dict[str, Any]) -> None:
        """(Dialogs with a fact_kind) Show a recorded payload."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fit_screen()

    def fit_screen(self) -> None:
        """As tall as the fields want, but never taller than the screen: the rest scrolls."""
        screen = self.screen()
        if screen is None:
            return
        chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
        room = screen.availableGeometry().height() - WINDOW_FRAME - chrome
        self.scroll.setMinimumHeight(max(MIN_FIELDS_HEIGHT, min(self.body.sizeHint().height(), room)))
        self.resize(self.width(), self.sizeHint().height())
        area = screen.availableGeometry()  # grown downwards: pulled back up onto the screen
        bottom = self.y() + self.frameGeometry().height() + (WINDOW_FRAME if self.frameGeometry() == self.geometry() else 0)
        if bottom > area.bottom():
            self.move(self.x(), max(area.top(), self.y() - (bottom - area.bottom())))

    def set_intro(self, text: str) -> None:
        """A line above the fields, e.g. why the dialog opened (a form needs these facts)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str, name: str, field: QWidget) -> FieldRow:
        row = FieldRow(field, self)
        self.rows[name] = row
        self.form.addRow(label, row)
        return row

    def text_box(self, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(TEXT_BOX_HEIGHT)
        return box

    def job(self) -> tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]:
        """(GUI thread) The service call as (function, args, keyword args), read from the fields; raises
        InvalidInput for what cannot even be read (an amount that is no number)."""
        raise NotImplementedError

    @Slot()
    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        try:
            fn, args, kwargs = self.job()
        except InvalidInput as exc:
            self.show_errors(exc.errors)
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run_db(fn, *args, **kwargs, on_done=guarded(self, self._done), on_error=guarded(self, self._refused))

    def reject(self) -> None:
        if not self.busy:  # a write under way finishes first (its result is shown here)
            super().reject()

    def _done(self, event_id: str) -> None:
        self.busy = False
        self.recorded.emit(event_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.show_errors(exc.errors)
        else:
            self.summary.setText(error_text(exc))
            self.summary.show()

    def clear_errors(self) -> None:
        clear_field_errors(self.rows, self.summary)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field and in the summary; the first bad field (form order) takes the focus."""
        first = show_field_errors(self.rows, self.summary, self.tr("Nothing was recorded. Please correct:"), errors)
        if self.isVisible():
            self.fit_screen()  # the messages made the fields taller
        if first is not None:
            self.scroll.ensureWidgetVisible(first)


def _pick(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def combo(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox(parent)
    for label, value in items:
        box.addItem(label, value)
    return box


class ThanksRecipientDialog(FactDialog):
    """感谢对象: who helped stop the fraud and what they did (for the thank-you letter)."""

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, parent, title=self.tr("Record thank-you recipient"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Comrade Liu Fang, or a bank branch"))
        self.org = QLineEdit(self)
        self.role = combo(self, [(self.tr("Citizen"), "citizen"), (self.tr("Bank staff"), "bank_clerk"),
                                 (self.tr("Driver"), "driver"), (self.tr("Partner organisation"), "partner"),
                                 (self.tr("Police officer"), "police"), (self.tr("Other"), "other")])
        self.deed = self.text_box(self.tr("What they did, e.g. stopped the transfer at the counter"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.when = OptionalDateTime(self.tz, ws.clock, self)
        self.when.set_now()
        self.add_row(self.tr("Recipient"), "recipient_name", self.name)
        self.add_row(self.tr("Organisation"), "recipient_org", self.org)
        self.add_row(self.tr("Role"), "role", self.role)
        self.add_row(self.tr("What they did"), "deed", self.deed)
        self.add_row(self.tr("Amount protected (¥)"), "amount_protected", self.amount)
        self.add_row(self.tr("When"), "occurred_at", self.when)

    def job(self) -> tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]:
        text = self.amount.text().strip().replace(",", "").replace("¥", "")
        try:
            amount = Decimal(text) if text else None
        except InvalidOperation:
            raise InvalidInput([FieldError("amount_protected",
                                           self.tr("'{0}' is not an amount: type yuan like 1234.50").format(text))]
                               ) from None
        return (documents.add_thanks_recipient,
                (self.ws, self.officer, self.lead_id, self.name.text(), self.deed.toPlainText(), self.when.value()),
                {"recipient_org": self.org.text(), "role": str(self.role.currentData()), "amount_protected": amount})


class ThanksReceivedDialog(FactDialog):
    """收到的感谢: a letter, a banner (锦旗)… the centre received for this lead."""

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, parent, title=self.tr("Record thanks received"))
        self.kind = combo(self, [(self.tr("Thank-you letter"), "letter"), (self.tr("Silk banner"), "banner"),
                                 (self.tr("Other"), "other")])
        self.from_name = QLineEdit(self)
        self.when = OptionalDateTime(self.tz, ws.clock, self)
        self.when.set_now()
        self.note = QLineEdit(self)
        self.add_row(self.tr("Kind"), "kind", self.kind)
        self.add_row(self.tr("From"), "from_name", self.from_name)
        self.add_row(self.tr("Received at"), "received_at", self.when)
        self.add_row(self.tr("Note"), "note", self.note)

    def job(self) -> tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]:
        return (documents.record_thanks_received,
                (self.ws, self.officer, self.lead_id, str(self.kind.currentData()), self.from_name.text(),
                 self.when.value(), self.note.text()), {})


class CaseDetailsDialog(FactDialog):
    """受案登记: what the case intake form needs beyond the lead — source, when and where it was received,
    the reporter's address and workplace, the brief facts and the intake decision. The reporter's name, ID,
    phone, gender and birth date come from the lead."""

    fact_kind = FactKind.CASE_DETAILS_RECORDED

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, parent, title=self.tr("Record case details"))
        sources = [self.tr("110 dispatch"), self.tr("Found at work"), self.tr("Report"), self.tr("Surrender"),
                   self.tr("Transfer from another unit"), self.tr("Brought in by citizens"), self.tr("Other")]
        self.source = combo(self, list(zip(sources, CASE_SOURCES, strict=True)))
        self.source.setCurrentIndex(CASE_SOURCES.index("报案"))
        self.received_at = OptionalDateTime(self.tz, ws.clock, self)
        self.received_at.set_now()
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. the anti-fraud centre's reporting desk"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("Where the reporter lives"))
        self.workplace = QLineEdit(self)
        self.facts = self.text_box(self.tr("Who, when, how they were deceived, how much was transferred"))
        self.facts.setFixedHeight(TEXT_BOX_HEIGHT * 3 // 2)
        decisions = [self.tr("Criminal case under our jurisdiction: open a case"),
                     self.tr("Administrative case under our jurisdiction: investigate"),
                     self.tr("Not under our jurisdiction: transfer to the competent unit"),
                     self.tr("Not a police matter: tell the reporter in writing"), self.tr("Other")]
        self.decision = combo(self, list(zip(decisions, INTAKE_DECISIONS, strict=True)))
        self.decision_note = QLineEdit(self)
        self.decision_note.setPlaceholderText(self.tr("Printed below the decision (required for Other)"))
        self.add_row(self.tr("Case source"), "case_source", self.source)
        self.add_row(self.tr("Received at"), "received_at", self.received_at)
        self.add_row(self.tr("Received where"), "received_place", self.place)
        self.add_row(self.tr("Reporter's address"), "reporter_address", self.address)
        self.add_row(self.tr("Reporter's workplace"), "reporter_workplace", self.workplace)
        self.add_row(self.tr("Brief facts"), "brief_facts", self.facts)
        self.add_row(self.tr("Intake decision"), "decision", self.decision)
        self.add_row(self.tr("Decision note"), "decision_note", self.decision_note)

    def fill(self, payload: dict[str, Any]) -> None:
        _pick(self.source, payload.get("case_source"))
        if payload.get("received_at"):
            self.received_at.set_value(datetime.fromisoformat(payload["received_at"]))
        self.place.setText(payload.get("received_place", ""))
        self.address.setText(payload.get("reporter_address", ""))
        self.workplace.setText(payload.get("reporter_workplace", ""))
        self.facts.setPlainText(payload.get("brief_facts", ""))
        decision = payload.get("decision", "")
        if decision in INTAKE_DECISIONS:
            _pick(self.decision, decision)
            self.decision_note.setText(payload.get("decision_note", ""))
        elif decision:  # a decision of its own: 其他 with its text
            self.decision.setCurrentIndex(len(INTAKE_DECISIONS) - 1)
            self.decision_note.setText(decision)

    def job(self) -> tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]:
        decision = str(self.decision.currentData())
        note = self.decision_note.text()
        if decision == INTAKE_DECISIONS[-1]:  # 其他: the note is the decision, printed after the ticked box
            if not note.strip():
                raise InvalidInput([FieldError("decision_note", self.tr("Write the decision for Other"))])
            decision, note = note, ""
        details = {"case_source": str(self.source.currentData()), "reporter_address": self.address.text(),
                   "brief_facts": self.facts.toPlainText(), "decision": decision, "decision_note": note,
                   "received_place": self.place.text(), "reporter_workplace": self.workplace.text()}
        return (documents.record_case_details, (self.ws, self.officer, self.lead_id, details,
                                                self.received_at.value()), {})


class VisitDialog(FactDialog):
    """上门劝阻: the visit the notice records — the address, the two officers, when, the visiting unit."""

    fact_kind = FactKind.VISIT_RECORDED

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, officer, tasks, lead_id, parent, title=self.tr("Record visit"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("Street, building, flat (the lead's city and district are added)"))
        self.first_officer = QLineEdit(self)
        self.second_officer = QLineEdit(self)
        self.first_officer.setPlaceholderText(self.tr("First officer"))
        self.second_officer.setPlaceholderText(self.tr("Second officer"))
        officers = QWidget(self)
        pair = QHBoxLayout(officers)
        pair.setContentsMargins(2, 2, 2, 2)  # room for the red border round both names
        pair.addWidget(self.first_officer)
        pair.addWidget(self.second_officer)
        officers.setFocusProxy(self.first_officer)
        self.visited_at = OptionalDateTime(self.tz, ws.clock, self)
        self.visited_at.set_now()
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(ws.settings.unit_name)
        self.warning = self.text_box(self.tr("Left empty, the notice prints the standard warning"))
        self.add_row(self.tr("Address visited"), "address", self.address)
        self.add_row(self.tr("Visiting officers"), "officer_names", officers)
        self.add_row(self.tr("Visited at"), "visited_at", self.visited_at)
        self.add_row(self.tr("Visiting unit"), "unit_name", self.unit)
        self.add_row(self.tr("Warning given"), "warning_text", self.warning)

    def fill(self, payload: dict[str, Any]) -> None:
        self.address.setText(payload.get("address", ""))
        names = [*payload.get("officer_names", []), "", ""]
        self.first_officer.setText(names[0])
        self.second_officer.setText(names[1])
        if payload.get("visited_at"):
            self.visited_at.set_value(datetime.fromisoformat(payload["visited_at"]))
        self.unit.setText(payload.get("unit_name", ""))
        self.warning.setPlainText(payload.get("warning_text", ""))

    def job(self) -> tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]:
        names = [self.first_officer.text(), self.second_officer.text()]
        return (documents.record_visit, (self.ws, self.officer, self.lead_id, self.address.text(), names,
                                         self.visited_at.value()),
                {"unit_name": self.unit.text(), "warning_text": self.warning.toPlainText()})
