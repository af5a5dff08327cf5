"""Centre mode in the window: a status-bar widget (online/offline, last sync, events waiting to go up) and
the connect dialog. The SyncWorker runs on its own thread; its status reaches the GUI thread through a
StatusRelay. Keyring and connection checks run off the GUI thread too (tasks.run_slow)."""

from __future__ import annotations

import threading
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from workstation.sync.status import SyncStatus


class StatusRelay(QObject):
    """Carries SyncStatus from the sync thread to the GUI thread as ui.tasks.TaskRunner carries results: the
    status waits in `_latest` and a signal without arguments wakes the GUI thread, which takes it. No Python
    object travels through Qt's queue (a queued Signal(object) emitted from a Python thread corrupted reference
    counts); a status overtaken by a newer one before the GUI thread woke is never shown."""

    #: (GUI thread) The newest status the sync thread reported.
    status_changed = Signal(object)
    _arrived = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: SyncStatus | None = None
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def __call__(self, status: SyncStatus) -> None:  # called on the sync thread
        with self._lock:
            self._latest = status
        self._arrived.emit()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            status, self._latest = self._latest, None
        if status is not None:
            self.status_changed.emit(status)


class SyncStatusWidget(QWidget):
    """The status-bar piece: ● 在线/离线 · 上次同步 hh:mm:ss · 待上传 n (· 无法上传 n) (· 未能应用 n: pulled
    events this desk set aside)."""

    def __init__(self, centre_tz: str = "Asia/Shanghai", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = ZoneInfo(centre_tz)
        self.relay = StatusRelay(self)
        self.relay.status_changed.connect(self.show_status)
        self.state = QLabel(self)
        self.last = QLabel(self)
        self.pending = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for w in (self.state, self.last, self.pending):
            layout.addWidget(w)
        self.show_status(SyncStatus(False, False, None, 0, 0, 0))

    @Slot(object)
    def show_status(self, st: SyncStatus) -> None:
        if not st.connected:
            self.state.setText(self.tr("Standalone"))
        elif st.online:
            self.state.setText("<span style='color:#2e7d32'>●</span> " + self.tr("Online"))
        else:
            self.state.setText("<span style='color:#c62828'>●</span> " + self.tr("Offline"))
        self.state.setToolTip(str(st.error))
        when = st.last_sync_at.astimezone(self._tz).strftime("%H:%M:%S") if st.last_sync_at else self.tr("never")
        self.last.setText(self.tr("Last sync %1").replace("%1", when))
        text = self.tr("To send %1").replace("%1", str(st.pending))
        if st.dead_letters:
            text += " · " + self.tr("Refused %1").replace("%1", str(st.dead_letters))
        if st.set_aside:
            text += " · " + self.tr("Set aside %1").replace("%1", str(st.set_aside))
        self.pending.setText(text)


class ConnectDialog(QDialog):
    """Asks for the centre's URL and password; the caller runs sync.connect.connect off the GUI thread."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the centre's server"))
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("postgresql://user@host/db")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.migrate = QCheckBox(self.tr("Upgrade the centre's database schema if needed"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.migrate)
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None, bool]:
        return self.url.text().strip(), self.password.text() or None, self.migrate.isChecked()


def connect_job(data_dir: Path, url: str, password: str | None, migrate_ok: bool) -> object:
    """The work behind the dialog (run it with tasks.run_slow: it talks to the server and the keyring)."""
    from workstation.sync.connect import connect

    return connect(data_dir, url, password, migrate_ok=migrate_ok)


def ask_password(parent: QWidget, url: str) -> str | None:
    """The GUI fallback when the keyring has no password or did not answer in time."""
    title = QCoreApplication.translate("SyncStatus", "Centre server password")  # parent.tr would look under its class
    text, ok = QInputDialog.getText(parent, title, url, QLineEdit.EchoMode.Password)
    return text if ok else None
