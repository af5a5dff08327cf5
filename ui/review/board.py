"""The live board (值班看板): the queue against the clock, who holds what, the unreachable leads; reassign."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.queue_model import countdown_text
from ui.review.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets import duration_text, guarded
from workstation.desk import Workstation
from workstation.domain.words import aside, sentences
from workstation.reports.board import Board, BoardLead
from workstation.services import review

REFRESH_MS = 5000
OVERDUE, SOON = "#F8D7DA", "#FFF3CD"
ROW_PADDING = 6  # px above the font's height in a board row


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    # Compact rows: at 1366×768 each of the three lists shows about ten leads, not five.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)  # a stretched last column pushed the others apart
    return view


class BoardWidget(QWidget):
    """The board for one team lead; refreshes itself every few seconds through the task runner.

    State: ``board`` (the last snapshot shown), ``_loading`` (a refresh is in flight), ``_selected`` (the lead id
    chosen in any of the three lists, for reassigning), ``choices`` (who a lead can go to), ``last_done`` (the
    last reassignment, which Undo gives back; ``_undoing`` while it does), ``confirm_box`` (the open confirmation, if any).
    """

    refreshed = Signal()
    lead_reassigned = Signal(str)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.board: Board | None = None
        self._loading = False
        self._selected: str | None = None
        self.choices: list[review.OfficerChoice] = []
        self.last_done: review.Reassigned | None = None
        self.confirm_box: QMessageBox | None = None
        self._undoing = False
        self.counts = QLabel()
        self.counts.setObjectName("boardCounts")
        cols = [self.tr("Lead"), self.tr("Type"), self.tr("District"), self.tr("Level"), self.tr("Status"),
                self.tr("Officer")]
        self.urgent_model = RowsModel([*cols, self.tr("Due")], self)
        self.held_model = RowsModel([*cols, self.tr("Held for")], self)
        self.unreachable_model = RowsModel([*cols, self.tr("Attempts")], self)
        self.urgent_view = _table(self.urgent_model)
        self.held_view = _table(self.held_model)
        self.unreachable_view = _table(self.unreachable_model)
        self.to_officer = QComboBox()
        self.to_officer.setObjectName("reassign_to")
        self.to_officer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.to_officer.currentIndexChanged.connect(self._update_button)
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.reassign_button.setObjectName("reassign_button")
        self.reassign_button.setToolTip(self.tr("Give the selected lead to the chosen officer (asks first)"))
        self.reassign_button.setEnabled(False)
        self.reassign_button.clicked.connect(self.ask_reassign)
        self.done_label = QLabel()
        self.done_label.setObjectName("reassign_done")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("reassign_undo")
        self.undo_button.setToolTip(self.tr("Give the lead back to the officer who had it"))
        self.undo_button.clicked.connect(self.undo)
        self.done_label.hide()
        self.undo_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Selected lead to:")))
        top.addWidget(self.to_officer)
        top.addWidget(self.reassign_button)
        done = QHBoxLayout()
        done.addWidget(self.done_label)
        done.addWidget(self.undo_button)
        done.addStretch(1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("board_split")
        self.split.setChildrenCollapsible(False)
        self.titles: list[tuple[QLabel, str]] = []  # each list's heading, and its words without the count
        for title, view in ((self.tr("Queue against the clock"), self.urgent_view),
                            (self.tr("Who holds which lead"), self.held_view),
                            (self.tr("Unreachable, waiting for escalation"), self.unreachable_view)):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(2)
            heading = QLabel(title)
            heading.setStyleSheet("font-weight:bold;")
            self.titles.append((heading, title))
            column.addWidget(heading)
            column.addWidget(view, 1)
            self.split.addWidget(pane)
            view.selectionModel().selectionChanged.connect(lambda *_, v=view: self._selection_changed(v))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(done)
        layout.addWidget(self.split, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.load_choices()
        self.refresh()

    # --- loading: refreshed by the timer only while the board is on screen ---------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)

    # --- loading ------------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.tasks.run_db(review.board, self.ws, self.officer, on_done=guarded(self, self._show),
                          on_error=guarded(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.tasks.report_error(exc)

    def load_choices(self) -> None:
        self.tasks.run_db(review.officer_choices, self.ws, on_done=guarded(self, self._show_officers))

    def _show_officers(self, choices: list[review.OfficerChoice]) -> None:
        """No one is chosen until the team lead chooses (the list once opened on an admin); the least busy
        come first, each with the leads they hold now."""
        chosen = self.to_officer.currentData()
        self.choices = choices
        self.to_officer.blockSignals(True)
        self.to_officer.clear()
        self.to_officer.addItem(self.tr("Choose an officer…"), None)
        for c in choices:
            self.to_officer.addItem(self.tr("{0} · holds {1}").format(c.display_name, c.held), c.username)
            self.to_officer.setItemData(self.to_officer.count() - 1, f"{aside(c.display_name, c.username)} · "
                                        f"{i18n.role_label(c.role)}", Qt.ItemDataRole.ToolTipRole)
        self.to_officer.setCurrentIndex(max(0, self.to_officer.findData(chosen)) if chosen else 0)
        self.to_officer.blockSignals(False)
        self._update_button()

    def _show(self, board: Board) -> None:
        self._loading = False
        self.board = board
        c = board.counts
        self.counts.setText(self.tr("Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}")
                            .format(c.open, c.overdue, board.due_soon_minutes, c.due_soon, c.held, c.unreachable))
        for (heading, title), count in zip(self.titles, (c.open, c.held, c.unreachable), strict=True):
            heading.setText(aside(title, str(count)))
        now = board.now
        self._fill(self.urgent_model, board.urgent, [self._due_text(x) for x in board.urgent],
                   [OVERDUE if x.minutes_left(now) < 0 else SOON if x.minutes_left(now) < board.due_soon_minutes
                    else None for x in board.urgent])
        self._fill(self.held_model, board.held,
                   [duration_text(int((now - x.claimed_at).total_seconds())) if x.claimed_at else "—"
                    for x in board.held])
        self._fill(self.unreachable_model, board.unreachable,
                   [f"{x.attempts}/{board.max_attempts}" for x in board.unreachable])
        # The lists were refilled: keep the lead chosen for reassigning only where it is still shown, so the
        # button never acts on a lead nobody sees selected.
        chosen, self._selected = self._selected, None
        if chosen is not None:
            self.select_lead(chosen)
        self._update_button()
        self.refreshed.emit()

    def _due_text(self, lead: BoardLead) -> str:
        """The queue's countdown ('07:14', 'overdue 1:02:03'): the board and the queue read the same."""
        assert self.board is not None
        return countdown_text(lead.due_at, self.board.now)

    def _fill(self, model: RowsModel, leads: tuple[BoardLead, ...], last: list[str],
              tones: list[str | None] | None = None) -> None:
        """Officers by their names (the user name in the tooltip)."""
        assert self.board is not None
        name = self.board.officer_name
        rows = [[x.ref, i18n.scam_label(x.scam_type), x.district, i18n.level_label(x.level),
                 i18n.status_label(x.status), name(x.owner), extra] for x, extra in zip(leads, last, strict=True)]
        tips = [[None] * 5 + [x.owner] for x in leads]
        model.set_rows(rows, [x.id for x in leads], tones, tips)

    # --- reassigning: choose a lead and an officer, confirm, and Undo gives it back -----------------------

    def _selection_changed(self, view: QTableView) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            model = view.model()
            assert isinstance(model, RowsModel)
            self._selected = model.key(rows[0].row())
            for other in (self.urgent_view, self.held_view, self.unreachable_view):
                if other is not view:
                    other.clearSelection()
        self._update_button()

    @Slot()
    def _update_button(self) -> None:
        self.reassign_button.setEnabled(self._selected is not None and bool(self.to_officer.currentData()))

    def select_lead(self, lead_id: str) -> bool:
        """Select a lead in the first list that shows it (also for tests)."""
        for view in (self.urgent_view, self.held_view, self.unreachable_view):
            model = view.model()
            assert isinstance(model, RowsModel)
            row = model.row_of(lead_id)
            if row >= 0:
                view.selectRow(row)
                return True
        return False

    def choose_officer(self, username: str) -> bool:
        """Choose who the selected lead goes to (also for tests)."""
        index = self.to_officer.findData(username)
        if index > 0:
            self.to_officer.setCurrentIndex(index)
        return index > 0

    def _lead(self, lead_id: str) -> BoardLead | None:
        if self.board is None:
            return None
        return next((x for x in (*self.board.urgent, *self.board.held, *self.board.unreachable)
                     if x.id == lead_id), None)

    def _who(self, username: str | None) -> str:
        if not username:
            return ""
        name = self.board.officer_name(username) if self.board is not None else username
        return aside(name, username) if name != username else username

    @Slot()
    def ask_reassign(self) -> QMessageBox | None:
        """Say which lead goes from whom to whom, and reassign only on Yes."""
        to = self.to_officer.currentData()
        lead = self._lead(self._selected) if self._selected else None
        if lead is None or not to:
            return None
        text = self.tr("Give lead {0} ({1}, {2}) to {3}?").format(
            lead.ref, i18n.scam_label(lead.scam_type), lead.district, self._who(to))
        if lead.owner:
            text += "\n" + self.tr("{0} holds it now and will no longer be able to record on it.").format(
                self._who(lead.owner))
        else:
            text += "\n" + self.tr("Nobody holds it now.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reassign lead"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("reassign_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Reassign"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result, lead_id=lead.id, to=to: self._confirmed(result, lead_id, to))
        self.confirm_box = box
        box.open()  # window-modal, without a nested event loop
        return box

    def _confirmed(self, result: int, lead_id: str, to: str) -> None:
        self.confirm_box = None
        if result == QMessageBox.StandardButton.Yes:
            self.reassign(lead_id, to)

    def reassign(self, lead_id: str, to: str) -> None:
        self.reassign_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.tasks.run_db(review.reassign, self.ws, self.officer, lead_id, to,
                          on_done=guarded(self, self._reassigned),
                          on_error=guarded(self, self._reassign_failed))

    @Slot()
    def undo(self) -> None:
        """Give the last reassigned lead back to whoever held it (only offered when someone did)."""
        done = self.last_done
        if done is not None and done.from_officer:
            self._undoing = True
            self.reassign(done.lead_id, done.from_officer)

    def _reassigned(self, done: review.Reassigned) -> None:
        self._selected = None  # done: the next reassign needs a lead chosen again
        undoing, self._undoing = self._undoing, False
        self.last_done = None if undoing else done
        self.done_label.setText(sentences(
            (self.tr("Gave {0} back to {1}.") if undoing else self.tr("Gave {0} to {1}.")).format(
                done.ref, self._who(done.to_officer)),
            "" if undoing or done.from_officer else self.tr("Nobody held it before.")))
        self.done_label.show()
        self.undo_button.setVisible(not undoing and bool(done.from_officer))
        self.undo_button.setEnabled(True)
        self.to_officer.setCurrentIndex(0)
        self.reassign_button.setEnabled(False)
        self.lead_reassigned.emit(done.lead_id)
        self.load_choices()
        self.refresh()

    def _reassign_failed(self, exc: BaseException) -> None:
        self._undoing = False
        self.undo_button.setEnabled(True)
        self._update_button()
        self.tasks.report_error(exc)
