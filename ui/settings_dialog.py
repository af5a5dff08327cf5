"""设置: what a centre tunes on this desk (admins), through services.desk_settings — language, idle lock, retry
intervals and attempts, the de-duplication window, the printer, the time zone — and a way to the centre's
connection (the Centre menu's own dialog). Checked by the core, kept in settings.toml, in force at once except
the language, which the next start takes."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.setup_dialog import TIME_ZONES
from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, guarded
from workstation.desk import Workstation
from workstation.errors import InvalidInput
from workstation.services import desk_settings


class SettingsDialog(QDialog):
    """The tunable settings as editors, their values now. State: one editor per setting in `editors`, the
    error line; after saving, `changed` (what the core changed)."""

    #: Settings were saved (name → new value).
    saved = Signal(dict)
    #: The admin asked for the centre's connection dialog.
    connect_requested = Signal()

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.changed: dict[str, object] = {}
        self.setWindowTitle(self.tr("Settings"))
        now = desk_settings.current(ws.settings)
        limits = desk_settings.TUNABLE

        self.language = QComboBox()
        for code, label in (("", self.tr("Default (Chinese)")), ("zh_CN", "中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(now["language"])))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(TIME_ZONES)
        self.zone.setCurrentText(str(now["centre_tz"]))

        def spin(name: str, suffix: str) -> QSpinBox:
            box = QSpinBox()
            box.setObjectName(name)
            rng = limits[name]
            assert rng is not None
            box.setRange(rng.low, rng.high)
            box.setValue(int(now[name]))
            box.setSuffix(suffix)
            return box

        minutes, hours = self.tr(" min"), self.tr(" h")
        self.idle = spin("idle_lock_minutes", minutes)
        self.retry = spin("retry_interval", minutes)
        self.busy_retry = spin("busy_retry_interval", minutes)
        self.attempts = spin("max_attempts", "")
        self.dedup = spin("dedup_window_hours", hours)
        self.dedup.setSpecialValueText(self.tr("off"))
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        if now["printer"] and self.printer.findData(now["printer"]) < 0:
            self.printer.addItem(self.tr("{0} (not found on this machine)").format(now["printer"]), now["printer"])
        self.printer.setCurrentIndex(max(0, self.printer.findData(now["printer"])))
        self.editors: dict[str, QWidget] = {
            "language": self.language, "idle_lock_minutes": self.idle, "retry_interval": self.retry,
            "busy_retry_interval": self.busy_retry, "max_attempts": self.attempts, "dedup_window_hours": self.dedup,
            "printer": self.printer, "centre_tz": self.zone,
        }

        desk = QGroupBox(self.tr("This desk"))
        form = QFormLayout(desk)
        form.addRow(self.tr("Language (from the next start)"), self.language)
        form.addRow(self.tr("Lock the screen after no input for"), self.idle)
        form.addRow(self.tr("Printer for forms"), self.printer)
        form.addRow(self.tr("Time zone"), self.zone)
        calls = QGroupBox(self.tr("Calls and leads"))
        form = QFormLayout(calls)
        form.addRow(self.tr("Try again after no answer or a refusal"), self.retry)
        form.addRow(self.tr("Try again after a busy line"), self.busy_retry)
        form.addRow(self.tr("Attempts before the lead goes to the station"), self.attempts)
        form.addRow(self.tr("A repeat warning joins the open lead within"), self.dedup)
        centre = QGroupBox(self.tr("Centre"))
        centre_layout = QVBoxLayout(centre)
        url = self._centre_url()
        centre_layout.addWidget(QLabel(self.tr("Connected to {0}").format(url) if url
                                       else self.tr("Standalone: not connected to a centre")))
        self.connect_button = QPushButton(self.tr("Connect to centre…"))
        self.connect_button.setObjectName("settings_connect")
        self.connect_button.clicked.connect(self.connect_requested)
        centre_layout.addWidget(self.connect_button)

        self.error = QLabel()
        self.error.setObjectName("settings_errors")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_TEXT_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (desk, calls, centre, self.error, self.buttons):
            layout.addWidget(widget)

    def _centre_url(self) -> str:
        from workstation.sync.options import SyncOptions

        return SyncOptions.load(self.ws.settings.data_dir).url

    def values(self) -> dict[str, object]:
        """What the editors say now, as the core takes it."""
        out: dict[str, object] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                out[name] = editor.value()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentText() if editor.isEditable() else editor.currentData()
        return out

    @Slot()
    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.tasks.run_db(desk_settings.change, self.ws, self.officer, self.values(),
                          on_done=guarded(self, self._done), on_error=guarded(self, self._failed))

    def _done(self, changed: dict[str, object]) -> None:
        self.buttons.setEnabled(True)
        self.changed = changed
        self.saved.emit(changed)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        lines = [str(e.message) for e in exc.errors] if isinstance(exc, InvalidInput) else [error_text(exc)]
        self.error.setText("\n".join(lines))
        self.error.show()
