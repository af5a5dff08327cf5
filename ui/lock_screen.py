"""The idle lock (离开锁屏): after a quiet spell the window hides behind a password prompt for the same officer.

Nothing is closed and drafts stay; unlocking goes through `auth.sign_in` on the database worker, so the
lockout policy applies and the core's message is shown as-is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, guarded
from workstation.desk import Workstation
from workstation.errors import AuthError
from workstation.security.idle import IdlePolicy
from workstation.services import auth
from workstation.services.auth import OfficerInfo

# The sign-in's "wrong user name or password", from the desk or from the centre.
WRONG_CODES = ("auth.wrong_password", "sync.wrong_password")

CHECK_MS = 15_000
CARD_WIDTH = 400  # px: the lock screen's column
# A key's release as well as its press: a window shortcut (F5, Escape) takes the press before the window has it,
# the release still reaches the window.
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatch(QObject):
    """An event filter on each of the app's windows, and a timer that asks the policy.

    Input reaches a window before the widget it is for, so a filter on the windows sees the officer's keys (a
    shortcut's by its release: see ACTIVITY) and mouse, and little else. It is put on each window as it takes
    the focus (the main window, a dialog, a menu); a window that opens is not input, so it stamps nothing (an
    error box or a centre's sign-in prompt on an unattended desk must not keep it unlocked). An
    application-wide filter, as this was, is called from C++ for every event of every widget, paints included:
    a dozen milliseconds of each F5, more while the database worker holds the GIL.

    State: `policy`, `last` (the clock's time of the last key/mouse input), `locked` (no stamping meanwhile),
    `_app` (the application whose windows are watched; None when the policy is off or after `stop`).
    """

    #: The policy says the desk has been idle long enough.
    idle = Signal()

    def __init__(self, ws: Workstation, policy: IdlePolicy, parent: QObject | None = None, *,
                 check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.ws, self.policy = ws, policy
        self.last: datetime = ws.clock.now()
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self._app: QGuiApplication | None = None
        if policy.enabled:
            self._start()

    def _start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            self._app = app
            app.focusWindowChanged.connect(self.watch)  # a dialog opened, the officer came back to the desk
            for window in app.topLevelWindows():
                window.installEventFilter(self)
            self.timer.start()

    def set_policy(self, policy: IdlePolicy) -> None:
        """A new idle time from the settings, in force from the next check (the idle time so far counts)."""
        self.policy = policy
        if policy.enabled and self._app is None:
            self._start()

    @Slot(QWindow)
    def watch(self, window: QWindow | None) -> None:
        """Watch this window's input (installing a filter twice keeps one)."""
        if window is not None and self._app is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.locked and event.type() in ACTIVITY:
            self.last = self.ws.clock.now()
        return False

    @Slot()
    def check(self) -> None:
        if not self.locked and self.policy.should_lock(self.last, self.ws.clock.now()):
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        if isinstance(self._app, QGuiApplication):
            self._app.focusWindowChanged.disconnect(self.watch)
            for window in self._app.topLevelWindows():
                window.removeEventFilter(self)
            self._app = None


class LockScreen(QDialog):
    """A window-modal sheet over the main window: who is signed in, a password field, Unlock; and a way out for
    the desk's next user — Sign out (back to the sign-in) or Switch user (another officer signs in here).

    State: the officer, `error` (the core's last refusal, wrapped in full), `busy` while the core checks,
    `switching` (the user-name field is shown: someone else signs in).
    """

    unlocked = Signal()
    #: The officer signed out: the app shows the sign-in (their drafts stay on the desk).
    signed_out = Signal()
    #: Another officer signed in at this desk (their OfficerInfo): the app opens their desk.
    switched = Signal(object)

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, parent: QWidget,
                 reason: str = "idle") -> None:
        """reason: why the desk is locked, for the title — idle, asked (Ctrl+L) or centre (sign in there)."""
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.switching = False
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet("#lock_screen { background:#263238; } #lock_card QLabel { color:white; }"
                           " QPushButton#switch_user_button, QPushButton#sign_out_button { background:transparent;"
                           " color:#e1f5fe; border:1px solid #78909c; border-radius:4px; padding:4px 12px; }"
                           " QPushButton#switch_user_button:hover, QPushButton#sign_out_button:hover"
                           " { background:#37474f; }")
        titles = {"idle": self.tr("Locked — the desk was idle"), "asked": self.tr("Locked"),
                  "centre": self.tr("Sign in to send your work to the centre")}
        card = QWidget(self)
        card.setObjectName("lock_card")
        card.setFixedWidth(CARD_WIDTH)  # a fixed width, so the wrapped error gets the height it needs
        title = QLabel(titles.get(reason, titles["idle"]), card)
        title.setObjectName("lock_title")
        title.setStyleSheet("font-size:22px; font-weight:bold;")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.who = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", officer.display_name)
                          .replace("%2", officer.username), card)
        self.who.setObjectName("lock_who")
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.user = QLineEdit(card)
        self.user.setObjectName("lock_user")
        self.user.setPlaceholderText(self.tr("User name"))
        self.user.returnPressed.connect(lambda: self.password.setFocus())
        self.user.hide()
        self.password = QLineEdit(card)
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.error = QLabel(card)
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet(ERROR_TEXT_STYLE + "font-size:14px; background:#ffebee; padding:6px;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.switch_button = QPushButton(self.tr("Switch user…"), card)
        self.switch_button.setObjectName("switch_user_button")
        self.switch_button.setToolTip(self.tr("Another officer signs in at this desk; your drafts stay saved"))
        self.switch_button.clicked.connect(self.toggle_switch)
        self.sign_out_button = QPushButton(self.tr("Sign out"), card)
        self.sign_out_button.setObjectName("sign_out_button")
        self.sign_out_button.setToolTip(self.tr("Back to the sign-in; your drafts stay saved on this desk"))
        self.sign_out_button.clicked.connect(self.sign_out)
        note = QLabel(self.tr("Drafts and the leads you hold stay as they are."), card)
        note.setObjectName("lock_note")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        note.setStyleSheet("color:#b0bec5; font-size:12px;")

        column = QVBoxLayout(card)
        column.setSpacing(10)
        for widget in (title, self.who, self.user, self.password, self.unlock_button, self.error):
            column.addWidget(widget)
        ways = QHBoxLayout()
        ways.addWidget(self.switch_button)
        ways.addStretch(1)
        ways.addWidget(self.sign_out_button)
        column.addSpacing(8)
        column.addLayout(ways)
        column.addWidget(note)
        # Centred between stretches, not by alignment: an aligned item is asked its height for the layout's whole
        # width (one line of error at 1280 px) and then squeezed to its own, which cut a wrapped error to one line.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)

    def cover(self) -> None:
        """Show over the whole parent window."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.geometry())
        self.open()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def reject(self) -> None:  # Escape must not unlock
        if self.switching:  # …but it does take back "Switch user"
            self.toggle_switch()

    @Slot()
    def toggle_switch(self) -> None:
        """Show (or hide again) the user-name field for another officer."""
        self.switching = not self.switching
        self.user.setVisible(self.switching)
        self.user.clear()
        self.password.clear()
        self.error.hide()
        if self.switching:
            self.who.setText(self.tr("Another officer signs in at this desk"))
            self.unlock_button.setText(self.tr("Sign in"))
            self.switch_button.setText(self.tr("Back to %1").replace("%1", self.officer.display_name))
            self.user.setFocus()
        else:
            self.who.setText(self.tr("Signed in: %1 (%2)").replace("%1", self.officer.display_name)
                             .replace("%2", self.officer.username))
            self.unlock_button.setText(self.tr("Unlock"))
            self.switch_button.setText(self.tr("Switch user…"))
            self.password.setFocus()

    @Slot()
    def sign_out(self) -> None:
        self.tasks.run_db(auth.sign_out, self.ws, self.officer.username)
        self.done(QDialog.DialogCode.Rejected)
        self.signed_out.emit()

    @Slot()
    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        username = self.user.text().strip() if self.switching else self.officer.username
        if not username:
            self._show_error(self.tr("Enter your user name."))
            self.user.setFocus()
            return
        self.unlock_button.setEnabled(False)
        self.tasks.run_db(auth.sign_in, self.ws, username, self.password.text(),
                          on_done=guarded(self, self._signed_in), on_error=guarded(self, self._refused))

    def _signed_in(self, officer: OfficerInfo) -> None:
        self.password.clear()
        self.error.hide()
        self.unlock_button.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)
        if officer.username == self.officer.username:
            self.unlocked.emit()
        else:
            self.switched.emit(officer)

    def _refused(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self._show_error(self.refusal_text(exc))

    def refusal_text(self, exc: BaseException) -> str:
        """Why the sign-in was refused. Unlocking, the user name is the desk's own and cannot be wrong: the
        password was (the lock-out keeps its own sentence, with the time the account opens again)."""
        wrong = isinstance(exc, AuthError) and not isinstance(exc, auth.AccountLocked) and \
            exc.code in WRONG_CODES
        if wrong and not self.switching:
            return self.tr("Wrong password")
        return error_text(exc)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
