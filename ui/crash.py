"""Help when it breaks: an unexpected error (not a domain error a person can act on) is written to the desk's
log file and shown in a dialog with "Copy details" — the version, build, platform and traceback, with phone,
ID and card numbers and Chinese text taken out (workstation.logs.scrub), so IT staff can be sent it as it is.

`install` routes uncaught exceptions on the GUI thread (a slot that raised) here; the TaskRunner's background
errors come through `show_error` in ui/tasks.py.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation import logs, version

log = logging.getLogger("ui.crash")


def error_details(exc: BaseException, trace: str = "") -> str:
    """What "Copy details" copies: version and build, platform, Qt, and the traceback, scrubbed."""
    trace = trace or "".join(traceback.format_exception(exc))
    env = version.environment(f"PySide6 {pyside_version}", f"Qt {qVersion()}")
    return logs.scrub(f"{env}\n\n{trace.rstrip()}\n")


class ErrorReportDialog(QDialog):
    """An unexpected error: what happened in one line, the details, "Copy details" and "Close".

    State: `details` (the scrubbed report) and the text box showing it."""

    def __init__(self, exc: BaseException, trace: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_report")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = error_details(exc, trace)
        where = logs.configured_path()
        summary = self.tr("Something went wrong that the desk did not expect: {0}.").format(type(exc).__name__)
        summary += "\n" + self.tr("Check that your last change was saved. If it happens again, send the details "
                                  "below to your IT staff (they hold no personal data).")
        if where is not None:
            summary += "\n" + self.tr("The log file: {0}").format(str(where))
        text = QLabel(summary)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QPlainTextEdit(self.details)
        self.box.setObjectName("error_details")
        self.box.setReadOnly(True)
        self.box.setMinimumSize(560, 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copy_details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.box, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_report(exc: BaseException, trace: str = "", parent: QWidget | None = None) -> ErrorReportDialog:
    """Open the report (window-modal, never blocking the event loop) and return it."""
    dialog = ErrorReportDialog(exc, trace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.add(dialog)  # a report without a parent would be collected (and gone) as soon as this returns
    dialog.finished.connect(lambda _result: _shown.discard(dialog))
    dialog.open()
    return dialog


_shown: set[ErrorReportDialog] = set()


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    trace = "".join(traceback.format_exception(kind, exc, tb))
    log.error("uncaught exception on the GUI thread:\n%s", trace)
    if isinstance(QCoreApplication.instance(), QApplication):
        show_report(exc, trace, QApplication.activeWindow())


def install() -> None:
    """Uncaught exceptions on the GUI thread: logged and shown (PySide6 would print them and go on)."""
    sys.excepthook = _hook
