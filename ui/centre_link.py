"""Centre mode for the main window: connect (连接中心), open the configured centre after sign-in, run the
SyncWorker, and tell the officer what the centre changed (notices, e.g. a lead reassigned to someone else).

The keyring, the server and the worker never run on the GUI thread; the password prompt does.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.sync_status import ConnectDialog, SyncStatusWidget, ask_password, connect_job
from ui.tasks import TaskRunner
from ui.widgets import guarded
from workstation.desk import Workstation
from workstation.errors import Offline
from workstation.services.auth import OfficerInfo
from workstation.sync.options import SyncOptions, same_centre
from workstation.sync.status import Notice, mark_seen, notices

if TYPE_CHECKING:  # the centre's code (psycopg, keyring) loads when a centre is opened: a standalone desk never
    from workstation.sync.centre import Centre
    from workstation.sync.worker import SyncWorker

NOTICE_POLL_MS = 30_000


def configured_url(data_dir: Path) -> str:
    return SyncOptions.load(data_dir).url or ""


@dataclass(frozen=True, slots=True)
class Opened:
    centre: Centre
    needs_sign_in: bool  # the officer cannot act on this centre yet (e.g. just connected to a new one)


def open_job(ws: Workstation, password: str | None, officer: str | None = None) -> Opened | None:
    """(slow pool) The configured centre, or None when the centre wants a password we do not know (the GUI asks,
    then calls again).

    On a connected desk bootstrap attached the centre and the officer signed in on it as themselves: that one is
    kept. After "Connect to centre…" to another centre the new one replaces it, and the officer must sign in
    there before their work reaches it (`needs_sign_in`). Nothing here changes ws.centre: database jobs read it
    on their own thread."""
    from workstation.sync import credentials
    from workstation.sync.centre import Centre
    from workstation.sync.connect import centre_for

    url = configured_url(Path(ws.settings.data_dir))
    centre = ws.centre
    if not (isinstance(centre, Centre) and same_centre(centre.url, url)):
        try:  # the password given, else the keyring's, else libpq's own (.pgpass, a certificate, trust)
            centre = centre_for(ws, password=password)  # attached on the database worker (CentreLink._opened)
        except credentials.CredentialsNeeded:
            if password is not None:
                raise  # the one given was wrong: say so
            return None
    return Opened(centre, officer is not None and not _can_act(centre, officer))


def _can_act(centre: Centre, officer: str) -> bool:
    try:
        return centre.sessions_as(officer) is not None
    except Offline:
        return True  # cannot tell now; the desk works offline and sync says what it needs when it is back


class NoticeBanner(QFrame):
    """A non-blocking yellow strip above the desk: what the centre wants this officer to know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_banner")
        self.setStyleSheet("#notice_banner { background:#fff8e1; border:1px solid #ffb300; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Got it"), self)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_notices(self, found: list[Notice]) -> None:
        self.text.setText("<br>".join(html.escape(str(n.message)) for n in found))
        self.show()


class CentreLink(QObject):
    """Owns the status widget, the worker and the notice polling for one window.

    State: `widget` (SyncStatusWidget), `worker` (SyncWorker while running), `banner`, `connect_dialog`.
    """

    #: Notices were shown (how many).
    notices_shown = Signal(int)
    #: The worker started (True) or stopped (False).
    running_changed = Signal(bool)
    #: The officer is not signed in on the centre just opened: their work waits on this desk until they are.
    sign_in_needed = Signal()

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self.ws, self.officer, self.tasks, self.window = ws, officer, tasks, window
        self.widget = SyncStatusWidget(ws.settings.centre_tz, window)
        self.widget.setObjectName("sync_status")
        self.banner = NoticeBanner(window)
        self.worker: SyncWorker | None = None
        self.connect_dialog: ConnectDialog | None = None
        self._asked = False
        self._poll = QTimer(self)
        self._poll.setInterval(NOTICE_POLL_MS)
        self._poll.timeout.connect(self.check_notices)

    @property
    def data_dir(self) -> Path:
        return Path(self.ws.settings.data_dir)

    # --- start ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """After sign-in: open the configured centre (if any) and look for notices."""
        self.check_notices()
        self._poll.start()
        if configured_url(self.data_dir):
            self.open(None)

    def open(self, password: str | None) -> None:
        self.tasks.run_slow(open_job, self.ws, password, self.officer.username, on_done=guarded(self, self._opened),
                            on_error=guarded(self, self._failed))

    def _opened(self, opened: Opened | None) -> None:
        if opened is None:  # no password in the keyring: ask once, on the GUI thread
            if self._asked:
                return
            self._asked = True
            password = ask_password(self.window, configured_url(self.data_dir))
            if password:
                self.open(password)
            return
        self.stop()
        from workstation.bootstrap import attach_centre

        # the swap on the database worker, between two of its jobs: none of them sees ws.centre change under it
        self.tasks.run_db(attach_centre, self.ws, opened.centre, on_done=guarded(self, self._attached, opened),
                          on_error=guarded(self, self._failed))

    def _attached(self, opened: Opened, _centre: object) -> None:
        opened.centre.officers.add(self.officer.username)
        from workstation.sync.worker import SyncWorker

        self.worker = SyncWorker(opened.centre, on_status=self.widget.relay)
        self.worker.start()
        self.running_changed.emit(True)
        if opened.needs_sign_in:
            self.sign_in_needed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.tasks.report_error(exc)

    def stop(self) -> None:
        """Stop the worker (before ws.close())."""
        self._poll.stop()
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.stop()
            self.running_changed.emit(False)

    # --- connect dialog -------------------------------------------------------------------------------

    @Slot()
    def ask_connect(self) -> ConnectDialog:
        dialog = ConnectDialog(configured_url(self.data_dir), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._connect(dialog.values()))
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def _connect(self, values: tuple[str, str | None, bool]) -> None:
        url, password, migrate_ok = values
        if not url:
            return
        self.tasks.run_slow(connect_job, self.data_dir, url, password, migrate_ok,
                            on_done=guarded(self, self._connected, password), on_error=guarded(self, self._failed))

    def _connected(self, password: str | None, _connected: object) -> None:
        self._asked = False
        self.open(password)

    # --- notices -------------------------------------------------------------------------------------

    @Slot()
    def check_notices(self) -> None:
        self.tasks.run_db(notices, self.ws, self.officer.username, on_done=guarded(self, self._notices_read))

    def _notices_read(self, found: list[Notice]) -> None:
        if not found:
            return
        self.banner.show_notices(found)
        self.tasks.run_db(mark_seen, self.ws, [n.id for n in found])
        self.notices_shown.emit(len(found))
