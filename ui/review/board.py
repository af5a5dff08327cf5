"""The live board (值班看板): the queue against the clock, who holds what, the unreachable leads; reassign."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.review.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets import guarded
from workstation.reports.board import Board, BoardLead
from workstation.services import review
from workstation.services.context import Workstation

REFRESH_MS = 5000
OVERDUE, SOON = "#F8D7DA", "#FFF3CD"


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class BoardWidget(QWidget):
    """The board for one team lead; refreshes itself every few seconds through the task runner.

    State: ``board`` (the last snapshot shown), ``_loading`` (a refresh is in flight), ``_selected`` (the lead id
    chosen in any of the three lists, for reassigning).
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
        self.reassign_button = QPushButton(self.tr("Reassign to"))
        self.reassign_button.setEnabled(False)
        self.reassign_button.clicked.connect(self.reassign_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        for title, view in ((self.tr("Queue against the clock"), self.urgent_view),
                            (self.tr("Who holds which lead"), self.held_view),
                            (self.tr("Unreachable, waiting for escalation"), self.unreachable_view)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            layout.addWidget(box, 1)
            view.selectionModel().selectionChanged.connect(lambda *_, v=view: self._selection_changed(v))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.reassign_button)
        bar.addWidget(self.to_officer)
        layout.addLayout(bar)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.tasks.run_db(review.officer_choices, ws, on_done=guarded(self, self._show_officers))
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

    def _show_officers(self, choices: list[tuple[str, str]]) -> None:
        self.to_officer.clear()
        for username, name in choices:
            self.to_officer.addItem(f"{name} ({username})", username)

    def _show(self, board: Board) -> None:
        self._loading = False
        self.board = board
        c = board.counts
        self.counts.setText(self.tr("Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}")
                            .format(c.open, c.overdue, board.due_soon_minutes, c.due_soon, c.held, c.unreachable))
        now = board.now
        self._fill(self.urgent_model, board.urgent, [self._due_text(x) for x in board.urgent],
                   [OVERDUE if x.minutes_left(now) < 0 else SOON if x.minutes_left(now) < board.due_soon_minutes
                    else None for x in board.urgent])
        self._fill(self.held_model, board.held,
                   [self.tr("{0} min").format(int(x.held_minutes(now) or 0)) for x in board.held])
        self._fill(self.unreachable_model, board.unreachable,
                   [f"{x.attempts}/{board.max_attempts}" for x in board.unreachable])
        # The lists were refilled: keep the lead chosen for reassigning only where it is still shown, so the
        # button never acts on a lead nobody sees selected.
        chosen, self._selected = self._selected, None
        if chosen is None or not self.select_lead(chosen):
            self.reassign_button.setEnabled(False)
        self.refreshed.emit()

    def _due_text(self, lead: BoardLead) -> str:
        assert self.board is not None
        left = lead.minutes_left(self.board.now)
        if left < 0:
            return self.tr("overdue {0} min").format(int(-left))
        return self.tr("in {0} min").format(int(left))

    def _fill(self, model: RowsModel, leads: tuple[BoardLead, ...], last: list[str],
              tones: list[str | None] | None = None) -> None:
        rows = [[x.ref, i18n.scam_label(x.scam_type), x.district, i18n.level_label(x.level),
                 i18n.status_label(x.status), x.owner or "", extra] for x, extra in zip(leads, last, strict=True)]
        model.set_rows(rows, [x.id for x in leads], tones)

    # --- reassigning --------------------------------------------------------------------------------------

    def _selection_changed(self, view: QTableView) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            model = view.model()
            assert isinstance(model, RowsModel)
            self._selected = model.key(rows[0].row())
            for other in (self.urgent_view, self.held_view, self.unreachable_view):
                if other is not view:
                    other.clearSelection()
        self.reassign_button.setEnabled(self._selected is not None)

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

    @Slot()
    def reassign_selected(self) -> None:
        to = self.to_officer.currentData()
        if self._selected is None or not to:
            return
        lead_id = self._selected
        self.reassign_button.setEnabled(False)
        self.tasks.run_db(review.reassign, self.ws, self.officer, lead_id, to,
                          on_done=guarded(self, self._reassigned),
                          on_error=guarded(self, self._reassign_failed))

    def _reassigned(self, done: review.Reassigned) -> None:
        self._selected = None  # done: the next reassign needs a lead chosen again
        self.reassign_button.setEnabled(False)
        self.lead_reassigned.emit(done.lead_id)
        self.refresh()

    def _reassign_failed(self, exc: BaseException) -> None:
        self.reassign_button.setEnabled(self._selected is not None)
        self.tasks.report_error(exc)
