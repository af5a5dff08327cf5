"""我的复核: what the team lead said about this officer's calls (review.reviews_for_officer)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.lead_info import verdict_label
from ui.outcome_fields import outcome_label
from ui.review.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets import guarded, ui_lang
from workstation.desk import Workstation
from workstation.domain.types import OutcomeCode
from workstation.services import review
from workstation.services.review import OfficerReview


class MyReviewsDialog(QDialog):
    """A read-only list of the reviews of one officer's calls, newest first. State: `model`, `reviews`."""

    loaded = Signal(int)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.tz = ZoneInfo(ws.settings.centre_tz)
        self.lang = ui_lang()
        self.reviews: list[OfficerReview] = []
        self.setWindowTitle(self.tr("My reviews"))
        self.model = RowsModel([self.tr("Reviewed at"), self.tr("Lead"), self.tr("Call"), self.tr("Outcome"),
                                self.tr("Verdict"), self.tr("Comment"), self.tr("Reviewer")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No reviews of your calls yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 460)
        tasks.run_db(review.reviews_for_officer, ws, officer, on_done=guarded(self, self._show))

    def _time(self, at: object) -> str:
        return at.astimezone(self.tz).strftime("%m-%d %H:%M") if at is not None else ""  # type: ignore[attr-defined]

    def _outcome(self, code: str) -> str:
        try:
            return outcome_label(OutcomeCode(code), self.lang)
        except ValueError:
            return code

    def _reviewer(self, r: OfficerReview) -> str:
        return r.reviewer_name or r.review.reviewer or ""

    def _show(self, reviews: list[OfficerReview]) -> None:
        self.reviews = reviews
        rows = [[self._time(r.review.at), r.lead_ref, self._time(r.call_started_at), self._outcome(r.outcome),
                 verdict_label(r.review.verdict.value, self.lang), r.review.comment, self._reviewer(r)]
                for r in reviews]
        self.model.set_rows(rows, [r.review.event_id for r in reviews])
        self.empty.setVisible(not reviews)
        self.loaded.emit(len(reviews))
