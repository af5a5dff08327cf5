"""The idle lock (离开锁屏): after a quiet spell the window hides behind a password prompt for the same officer.

Nothing is closed and drafts stay; unlocking goes through `auth.sign_in` on the database worker, so the
lockout policy applies and the core's message is shown as-is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, guarded
from workstation.security.idle import IdlePolicy
from workstation.services import auth
from workstation.services.auth import OfficerInfo
from workstation.services.context import Workstation

CHECK_MS = 15_000
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleWatch(QObject):
    """An application-wide event filter that stamps the last input, and a timer that asks the policy.

    State: `policy`, `last` (the clock's time of the last key/mouse input), `locked` (no stamping meanwhile).
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
        app = QApplication.instance()
        if app is not None and policy.enabled:
            app.installEventFilter(self)
            self.timer.start()

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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QDialog):
    """A window-modal sheet over the main window: who is signed in, a password field, Unlock.

    State: the officer, `error` (the core's last refusal), `busy` while the core checks.
    """

    unlocked = Signal()

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, parent: QWidget,
                 reason: str = "idle") -> None:
        """reason: why the desk is locked, for the title — idle, asked (Ctrl+L) or centre (sign in there)."""
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet("#lock_screen { background:#263238; } QLabel { color:white; }")
        titles = {"idle": self.tr("Locked — the desk was idle"), "asked": self.tr("Locked"),
                  "centre": self.tr("Sign in to send your work to the centre")}
        title = QLabel(titles.get(reason, titles["idle"]), self)
        title.setObjectName("lock_title")
        title.setStyleSheet("font-size:22px; font-weight:bold;")
        who = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", officer.display_name)
                     .replace("%2", officer.username), self)
        self.password = QLineEdit(self)
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setMaximumWidth(320)
        self.unlock_button.clicked.connect(self.unlock)
        self.error = QLabel(self)
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet(ERROR_TEXT_STYLE + "font-size:14px; background:#ffebee; padding:4px;")
        self.error.setWordWrap(True)
        self.error.setMaximumWidth(480)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who, self.password, self.unlock_button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
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
        pass

    @Slot()
    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        self.tasks.run_db(auth.sign_in, self.ws, self.officer.username, self.password.text(),
                          on_done=guarded(self, self._signed_in), on_error=guarded(self, self._refused))

    def _signed_in(self, _officer: OfficerInfo) -> None:
        self.password.clear()
        self.error.hide()
        self.unlock_button.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)
        self.unlocked.emit()

    def _refused(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.selectAll()
        self.error.setText(error_text(exc))
        self.error.show()
