"""Parts of the outcome form: the outcome picker, who answered, and the stop-payment group (紧急止付)."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import FieldRow, KeepHeightForWidth, OptionalDateTime
from workstation.clock import Clock
from workstation.domain.outcome import StopPaymentDetails, parse_amount
from workstation.domain.types import ContactedParty, OutcomeCode


def outcome_label(code: OutcomeCode, lang: str) -> str:
    """The outcome's label: the core's Chinese label in zh, a translatable English one otherwise."""
    if lang == "zh":
        return code.zh
    return {
        OutcomeCode.PERSUADED: QCoreApplication.translate("OutcomeForm", "Persuaded"),
        OutcomeCode.NO_ANSWER: QCoreApplication.translate("OutcomeForm", "No answer"),
        OutcomeCode.BUSY: QCoreApplication.translate("OutcomeForm", "Line busy"),
        OutcomeCode.REFUSED: QCoreApplication.translate("OutcomeForm", "Refused / hung up"),
        OutcomeCode.WRONG_NUMBER: QCoreApplication.translate("OutcomeForm", "Wrong number"),
        OutcomeCode.NOT_DECEIVED: QCoreApplication.translate("OutcomeForm", "Not deceived (guarded themselves)"),
        OutcomeCode.TRANSFERRED: QCoreApplication.translate("OutcomeForm", "Already transferred: stop payment"),
        OutcomeCode.CALLBACK_REQUESTED: QCoreApplication.translate("OutcomeForm", "Callback arranged"),
        OutcomeCode.STATION_VISIT: QCoreApplication.translate("OutcomeForm", "Hand to local station for a visit"),
    }[code]


def party_label(party: ContactedParty, lang: str) -> str:
    if lang == "zh":
        return {ContactedParty.SELF: "本人", ContactedParty.RELATIVE: "亲友", ContactedParty.NOBODY: "无人"}[party]
    return {ContactedParty.SELF: QCoreApplication.translate("OutcomeForm", "The person"), ContactedParty.RELATIVE: QCoreApplication.translate("OutcomeForm", "A relative"),
            ContactedParty.NOBODY: QCoreApplication.translate("OutcomeForm", "Nobody")}[party]


class OutcomePicker(QWidget):
    """The fixed list of outcomes as numbered radio buttons (Alt+1…9 pick one)."""

    picked = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        for i, code in enumerate(OutcomeCode):
            button = QRadioButton(f"{i + 1}  {outcome_label(code, lang)}", self)
            button.setObjectName(f"outcome_{code.value}")
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # clicks land on it
            if code is OutcomeCode.TRANSFERRED:
                button.setStyleSheet("color:#b71c1c; font-weight:bold;")
            self.group.addButton(button, i)
            self.buttons[code.value] = button
        # Two columns where they fit, else one: English labels side by side made the form 700 px wide at least,
        # too wide to sit beside the script on a 1366 px desk. The layout does not impose its own minimum.
        grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._columns = 0
        self._regrid(2)
        self.group.idClicked.connect(self._clicked)

    def _widest(self) -> int:
        return max(b.sizeHint().width() for b in self.buttons.values())

    def _height(self, columns: int) -> int:
        grid = self.layout()
        rows = -(-len(self.buttons) // columns)
        margins = grid.contentsMargins()
        return (rows * max(b.sizeHint().height() for b in self.buttons.values())
                + (rows - 1) * max(grid.verticalSpacing(), 0) + margins.top() + margins.bottom())

    def _regrid(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for button in self.buttons.values():
            grid.removeWidget(button)
        for i, button in enumerate(self.buttons.values()):
            grid.addWidget(button, i // columns, i % columns)
        self.setMinimumHeight(self._height(columns))
        self.updateGeometry()

    def _two_columns_width(self) -> int:
        grid = self.layout()
        margins = grid.contentsMargins()
        return 2 * self._widest() + max(grid.horizontalSpacing(), 0) + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.layout().contentsMargins()
        return QSize(self._widest() + margins.left() + margins.right(), self._height(self._columns))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._two_columns_width(), self._height(self._columns))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._regrid(2 if event.size().width() >= self._two_columns_width() else 1)

    @Slot(int)
    def _clicked(self, index: int) -> None:
        self.picked.emit(list(OutcomeCode)[index].value)

    def code(self) -> str | None:
        index = self.group.checkedId()
        return None if index < 0 else list(OutcomeCode)[index].value

    def set_code(self, code: str | None) -> None:
        button = self.buttons.get(code or "")
        if button is None:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.setChecked(True)

    def pick_index(self, index: int) -> None:
        """Choose the outcome numbered `index` (0-based), as a click would."""
        codes = list(OutcomeCode)
        if 0 <= index < len(codes):
            self.buttons[codes[index].value].setChecked(True)
            self.buttons[codes[index].value].setFocus()
            self.picked.emit(codes[index].value)


class PartyPicker(QWidget):
    """Who answered (接听人): the person, a relative (with the relationship), nobody."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        # The relationship on a line of its own below the choices: beside them it was cut to "R…" at 1366 px.
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(layout)
        for party in ContactedParty:
            button = QRadioButton(party_label(party, lang), self)
            button.setObjectName(f"party_{party.value}")
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            self.buttons[party.value] = button
            layout.addWidget(button)
        self.relation = QLineEdit(self)
        self.relation.setObjectName("relation")
        self.relation.setPlaceholderText(QCoreApplication.translate("OutcomeForm", "Relationship (wife, son …)"))
        self.relation.setToolTip(self.relation.placeholderText())  # cut where the form is narrow
        self.relation_row = FieldRow(self.relation, self)
        layout.addStretch(1)
        column.addWidget(self.relation_row)
        self.buttons[ContactedParty.SELF.value].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self.relation.textEdited.connect(self.changed)
        self._toggled()

    @Slot()
    def _toggled(self, *_: Any) -> None:
        self.relation_row.setEnabled(self.party() == ContactedParty.RELATIVE.value)
        self.changed.emit()

    def party(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return ContactedParty.SELF.value

    def set_party(self, party: str, relation: str = "") -> None:
        self.buttons.get(party, self.buttons[ContactedParty.SELF.value]).setChecked(True)
        self.relation.setText(relation)


class StopPaymentGroup(QGroupBox):
    """What the bank needs for an emergency stop-payment; shown, highlighted, for "already transferred".

    State: one FieldRow per field in `rows`, keyed by the core's field name ("stop_payment.victim_account").
    """

    changed = Signal()
    TEXT_FIELDS = ("victim_account", "victim_bank", "fraud_account", "fraud_account_name", "fraud_bank")

    def __init__(self, tz: tzinfo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("OutcomeForm", "Emergency stop-payment (money already left)"), parent)
        self.setObjectName("stop_payment_group")
        self.setStyleSheet("#stop_payment_group { border: 2px solid #d32f2f; border-radius: 4px; margin-top: 14px;"
                           " background: #fff3f3; font-weight: bold; }"
                           " #stop_payment_group::title { subcontrol-origin: margin; left: 8px; color: #b71c1c; }")
        labels = {
            "victim_account": QCoreApplication.translate("OutcomeForm", "Victim's account"),
            "victim_bank": QCoreApplication.translate("OutcomeForm", "Victim's bank"),
            "fraud_account": QCoreApplication.translate("OutcomeForm", "Receiving (fraud) account"),
            "fraud_account_name": QCoreApplication.translate("OutcomeForm", "Receiving account name"),
            "fraud_bank": QCoreApplication.translate("OutcomeForm", "Receiving bank"),
            "amount": QCoreApplication.translate("OutcomeForm", "Amount transferred (yuan)"),
            "transferred_at": QCoreApplication.translate("OutcomeForm", "Transfer time"),
        }
        form = QFormLayout(self)
        # A field too narrow beside its label goes under it: the English labels are long, and the group must not
        # make the form wider than its column (the right edge of the fields was cut off).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        for name in (*self.TEXT_FIELDS, "amount"):
            edit = QLineEdit(self)
            edit.setObjectName(f"sp_{name}")
            edit.textEdited.connect(self.changed)
            self.edits[name] = edit
            self.rows[f"stop_payment.{name}"] = row = FieldRow(edit, self)
            form.addRow(labels[name], row)
        self.edits["amount"].setPlaceholderText("0.00")
        self.transferred_at = OptionalDateTime(tz, clock, self)
        self.transferred_at.edit.setObjectName("sp_transferred_at")
        self.transferred_at.changed.connect(self.changed)
        self.rows["stop_payment.transferred_at"] = row = FieldRow(self.transferred_at, self)
        form.addRow(labels["transferred_at"], row)
        KeepHeightForWidth(self)  # the form around it would squeeze it when its messages wrap

    def details(self, *, unread_amount: Decimal | None = None) -> StopPaymentDetails:
        """The details as typed. An amount that cannot be read raises the core's ValueError (its Msg says why),
        unless `unread_amount` is given to stand in for it (so the other fields can still be checked)."""
        try:
            amount = parse_amount(self.edits["amount"].text(), "stop_payment.amount")
        except ValueError:
            if unread_amount is None:
                raise
            amount = unread_amount
        texts = {name: self.edits[name].text().strip() for name in self.TEXT_FIELDS}
        return StopPaymentDetails(amount=amount, transferred_at=self.transferred_at.value(), **texts)

    def state(self) -> dict[str, Any]:
        at = self.transferred_at.value()
        return {**{name: edit.text() for name, edit in self.edits.items()},
                "transferred_at": at.isoformat() if at else None}

    def set_state(self, state: dict[str, Any] | None) -> None:
        from datetime import datetime

        state = state or {}
        for name, edit in self.edits.items():
            edit.setText(str(state.get(name) or ""))
        at = state.get("transferred_at")
        self.transferred_at.set_value(datetime.fromisoformat(at) if at else None)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values()) and self.transferred_at.value() is None


def amount_or_error(text: str) -> Decimal | None:
    """A typed amount, or None when it cannot be read as one."""
    try:
        return parse_amount(text, "amount")
    except ValueError:
        return None
