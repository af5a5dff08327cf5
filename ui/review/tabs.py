"""The team lead's tabs: board, outcome review, figures — what the main window adds for the lead role."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.review.board import BoardWidget
from ui.review.figures import FiguresWidget
from ui.review.outcomes import ReviewWidget
from ui.tasks import TaskRunner
from workstation.desk import Workstation


class TeamLeadTabs(QTabWidget):
    """带班领导: the live board, outcome review and figures for one signed-in team lead."""

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = BoardWidget(ws, officer, tasks)
        self.review = ReviewWidget(ws, officer, tasks)
        self.figures = FiguresWidget(ws, officer, tasks)
        self.addTab(self.board, self.tr("Board"))
        self.addTab(self.review, self.tr("Outcome review"))
        self.addTab(self.figures, self.tr("Figures"))
        self.board.lead_reassigned.connect(lambda _id: self.review.reload())
