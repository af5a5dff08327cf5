"""The look: one palette of named colours and a QSS style sheet for the whole app."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

# Warning levels (预警级别) and due-time colours; used by the model and the badge delegate.
LEVEL_COLOURS = {"red": QColor("#d93025"), "orange": QColor("#f08c00"), "yellow": QColor("#e6b800")}
LEVEL_TEXT = {"red": QColor("#ffffff"), "orange": QColor("#ffffff"), "yellow": QColor("#3b3000")}
OVERDUE = QColor("#c62828")
DUE_SOON = QColor("#d97706")
MUTED = QColor("#8a94a6")
MINE_BACKGROUND = QColor("#e8f1fd")

ACCENT = "#1f6feb"
#: The demo desk's mark (status bar, sign-in): its accounts have the published password.
DEMO_STYLE = "background: #fde68a; color: #78350f; font-weight: bold; padding: 1px 8px; border-radius: 3px;"
STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #f5f7fa; }}
QToolBar {{ background: #ffffff; border: none; border-bottom: 1px solid #dde3ea; spacing: 6px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 5px 12px; border-radius: 4px; color: #1f2937; }}
QToolBar QToolButton:hover {{ background: #eef2f7; }}
QToolBar QToolButton:checked {{ background: #dbe8fd; color: {ACCENT}; }}
QToolButton#nextLeadButton {{ background: {ACCENT}; color: white; font-weight: bold; padding: 5px 18px; }}
QToolButton#nextLeadButton:hover {{ background: #1a5fd0; }}
QToolButton#nextLeadButton:disabled {{ background: #9bb8ea; }}
QTableView {{ background: #ffffff; alternate-background-color: #f8fafc; gridline-color: #edf0f4;
              border: 1px solid #dde3ea; selection-background-color: #cfe0fb; selection-color: #111827; }}
QHeaderView::section {{ background: #f0f3f7; color: #374151; padding: 5px 6px; border: none;
                        border-right: 1px solid #e2e7ee; border-bottom: 1px solid #dde3ea; font-weight: bold; }}
QLineEdit, QComboBox {{ background: #ffffff; border: 1px solid #cfd6df; border-radius: 4px; padding: 4px 6px;
                        min-height: 20px; }}
QLineEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QPushButton {{ background: #ffffff; border: 1px solid #cfd6df; border-radius: 4px; padding: 5px 14px; }}
QPushButton:hover {{ background: #eef2f7; }}
QPushButton:default {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton:checked {{ background: #dbe8fd; border-color: {ACCENT}; color: {ACCENT}; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #dde3ea; color: #374151; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QSplitter::handle {{ background: #dde3ea; }}
QLabel#countLabel {{ color: #4b5563; padding-left: 8px; }}
QLabel#errorLabel {{ color: #c62828; }}
QLabel#loginTitle {{ font-size: 18px; font-weight: bold; color: #1f2937; }}
QLabel#placeholder {{ color: #8a94a6; font-size: 14px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
