"""The team lead's screens (带班领导): the live board, outcome review, figures with charts.

`TeamLeadTabs(ws, officer, tasks)` bundles them; the main window adds it for the lead and admin roles.
"""

from ui.review.board import BoardWidget
from ui.review.figures import FiguresWidget
from ui.review.outcomes import ReviewWidget
from ui.review.tabs import TeamLeadTabs

__all__ = ["BoardWidget", "FiguresWidget", "ReviewWidget", "TeamLeadTabs"]
