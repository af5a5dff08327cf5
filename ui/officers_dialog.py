"""民警管理: an admin adds officers, changes their role, disables or enables them and lifts lockouts.

Each action is one core service (workstation.services.auth) on the database worker; on a connected desk those
services act on the centre. The core decides (the last admin stays an admin); its refusal is shown as-is and
the table is read again after every attempt, so it never shows a change that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.officer_form import AddOfficerDialog
from ui.officers_model import COL, OfficersModel
from ui.tasks import TaskRunner, show_error
from ui.widgets import guarded
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.services import auth
from workstation.services.auth import OfficerInfo, RosterRow


class OfficersDialog(QDialog):
    """The officers this desk knows, and the admin's actions on the selected one.

    State: the admin (`admin`), the table's `model`, `_busy` (jobs in flight: the actions wait), and the
    last sub-window opened — `add_dialog`, `role_chooser`, `confirm` (disable?), `message` (a refusal).
    """

    #: The roster was read and shown (the number of officers).
    loaded = Signal(int)
    #: A change went through (the officer's user name).
    changed = Signal(str)
    #: The core refused a change (its message).
    refused = Signal(str)

    def __init__(self, ws: Workstation, admin: OfficerInfo, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.admin, self.tasks = ws, admin, tasks
        self._busy = 0
        self.add_dialog: AddOfficerDialog | None = None
        self.role_chooser: QInputDialog | None = None
        self.confirm: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self._target: str | None = None  # whom the open chooser or confirmation is about
        self.setWindowTitle(self.tr("Officers"))
        self.model = OfficersModel(ZoneInfo(ws.settings.centre_tz), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL["display_name"], QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.change_role)

        self.add_button = self._button(self.tr("Add officer…"), self.add_officer)
        self.role_button = self._button(self.tr("Change role…"), self.change_role)
        self.disable_button = self._button(self.tr("Disable…"), self.disable)
        self.enable_button = self._button(self.tr("Enable"), self.enable)
        self.unlock_button = self._button(self.tr("Unlock"), self.unlock)
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.disable_button, self.enable_button,
                       self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        # Room for a centre's roster without scrolling where the screen allows (1366×768 is the usual desk).
        metrics, area = self.fontMetrics(), (parent or self).screen().availableGeometry()
        self.resize(min(metrics.horizontalAdvance("M") * 72, int(area.width() * 0.9)),
                    min(metrics.height() * 44, int(area.height() * 0.85)))
        self._update_buttons()
        self.refresh()

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- reading -----------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the roster again; keep (or move to) the officer `select`."""
        current = self.selected()
        self._start()
        self.tasks.run_db(auth.roster, self.ws, on_done=guarded(self, self._show, select or (
            current.username if current else None)), on_error=guarded(self, self._read_failed))

    def _show(self, select: str | None, rows: list[RosterRow]) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self._finish()
        self.loaded.emit(len(rows))

    def _read_failed(self, exc: BaseException) -> None:
        self._finish()
        self._show_refusal(exc)

    def selected(self) -> RosterRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.officer(rows[0].row()) if rows else None

    def select(self, username: str) -> bool:
        """Select the officer `username` (False if not in the table)."""
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    # --- state of the buttons ----------------------------------------------------------------------------

    def _start(self) -> None:
        self._busy += 1
        self._update_buttons()

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        officer = None if self._busy else self.selected()
        self.add_button.setEnabled(not self._busy)
        self.role_button.setEnabled(officer is not None)
        self.disable_button.setEnabled(officer is not None and officer.active)
        self.enable_button.setEnabled(officer is not None and not officer.active)
        self.unlock_button.setEnabled(officer is not None and officer.locked_until is not None)

    # --- actions -----------------------------------------------------------------------------------------

    @Slot()
    def add_officer(self) -> AddOfficerDialog:
        dialog = AddOfficerDialog(self.ws, self.admin.username, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def _added(self, username: str) -> None:
        self.status.setText(self.tr("Officer {0} added.").format(username))
        self.changed.emit(username)
        self.refresh(username)

    @Slot()
    def change_role(self) -> QInputDialog | None:
        officer = self.selected()
        if officer is None or self._busy:
            return None
        self._target = officer.username
        chooser = QInputDialog(self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.setWindowTitle(self.tr("Change role"))
        chooser.setLabelText(self.tr("Role of {0} ({1})").format(officer.display_name, officer.username))
        chooser.setComboBoxItems([i18n.role_label(r) for r in Role])
        chooser.setComboBoxEditable(False)
        chooser.setTextValue(i18n.role_label(officer.role))
        chooser.textValueSelected.connect(self._role_chosen)
        self.role_chooser = chooser
        chooser.open()
        return chooser

    @Slot(str)
    def _role_chosen(self, label: str) -> None:
        role = next((r for r in Role if i18n.role_label(r) == label), None)
        username = self._target
        if role is None or username is None:
            return
        self._run(username, self.tr("Role of {0} changed to {1}.").format(username, label),
                  auth.set_role, self.ws, self.admin.username, username, role)

    @Slot()
    def disable(self) -> QMessageBox | None:
        officer = self.selected()
        if officer is None or self._busy:
            return None
        self._target = officer.username
        text = self.tr("Disable {0} ({1})? They will no longer be able to sign in.").format(
            officer.display_name, officer.username)
        if officer.username == self.admin.username:
            text += "\n\n" + self.tr("This is your own account.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disable officer"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.addButton(self.tr("Disable"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        yes.clicked.connect(self._disable_confirmed)
        self.confirm = box
        box.open()
        return box

    @Slot()
    def _disable_confirmed(self) -> None:
        if self._target is not None:
            self._run(self._target, self.tr("{0} is disabled.").format(self._target),
                      auth.set_active, self.ws, self.admin.username, self._target, False)

    @Slot()
    def enable(self) -> None:
        officer = self.selected()
        if officer is not None and not self._busy:
            self._run(officer.username, self.tr("{0} may sign in again.").format(officer.username),
                      auth.set_active, self.ws, self.admin.username, officer.username, True)

    @Slot()
    def unlock(self) -> None:
        officer = self.selected()
        if officer is not None and not self._busy:
            self._run(officer.username, self.tr("{0} is unlocked.").format(officer.username),
                      auth.unlock, self.ws, self.admin.username, officer.username)

    def _run(self, username: str, done: str, fn: Callable[..., Any], *args: Any) -> None:
        self._start()
        self.tasks.run_db(fn, *args, on_done=guarded(self, self._changed, username, done),
                          on_error=guarded(self, self._refused, username))

    def _changed(self, username: str, done: str, _result: object) -> None:
        self._finish()
        self.status.setText(done)
        self.changed.emit(username)
        self.refresh(username)

    def _refused(self, username: str, exc: BaseException) -> None:
        self._finish()
        self.status.clear()
        self._show_refusal(exc)
        self.refresh(username)  # the centre may have changed under us: show what is true now

    def _show_refusal(self, exc: BaseException) -> None:
        self.message = show_error(exc, getattr(exc, "__traceback_text__", ""), self)
        self.refused.emit(self.message.text())
