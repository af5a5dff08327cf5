"""Who works at this desk now (工位会话): one main window at a time; Sign out shows the sign-in again and
Switch user opens the next officer's desk.

The old window closes first, the way Quit closes it (its draft saved, the sync worker stopped, work in flight
landed), so nothing unsaved is lost: the officer's drafts and the leads they hold stay, and come back when
they sign in again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.login import LoginDialog
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.services.auth import OfficerInfo

log = logging.getLogger(__name__)


class DeskSessions(QObject):
    """Opens the main window for an officer and replaces it when they sign out or someone else signs in.

    State: ``window`` (the main window shown, None while the sign-in is up), ``login`` (the sign-in dialog
    while it is up), ``officer`` (who is signed in).
    """

    #: A window was opened for an officer (the window).
    opened = Signal(object)
    #: Nobody signed in after a sign-out (the sign-in was cancelled): the app ends.
    ended = Signal()

    def __init__(self, ws: Workstation, tasks: TaskRunner,
                 make_window: Callable[[Workstation, OfficerInfo, TaskRunner], QWidget] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.tasks = ws, tasks
        if make_window is None:
            from ui.main_window import MainWindow

            make_window = MainWindow
        self._make_window = make_window
        self.window: QWidget | None = None
        self.login: LoginDialog | None = None
        self.officer: OfficerInfo | None = None

    def open(self, officer: OfficerInfo) -> QWidget:
        """The desk of `officer`: a main window, started and shown."""
        self.officer = officer
        window = self._make_window(self.ws, officer, self.tasks)
        window.session_ended.connect(self.end)  # type: ignore[attr-defined]
        self.window = window
        window.start()  # type: ignore[attr-defined]
        window.show()
        self.opened.emit(window)
        return window

    @Slot(object)
    def end(self, next_officer: OfficerInfo | None = None) -> None:
        """Close this officer's window; open the next officer's, or the sign-in when there is none."""
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # between two windows the app must not end
        try:
            old, self.window = self.window, None
            if old is not None:
                old.close()
                old.deleteLater()
            if next_officer is not None:
                self.open(next_officer)
            else:
                self.ask_sign_in()
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)

    def ask_sign_in(self) -> LoginDialog:
        dialog = LoginDialog(self.ws, self.tasks)
        dialog.finished.connect(self._signed_in)
        self.login = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def _signed_in(self, result: int) -> None:
        dialog, self.login = self.login, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.officer is not None:
            self.open(dialog.officer)
        else:
            log.info("nobody signed in after a sign-out: closing")
            self.ended.emit()
