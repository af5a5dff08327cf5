"""The script editor (话术编辑): a team lead edits or imports a new version of one scam type's call script."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs
from ui.script_panel import scam_label
from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE, guarded
from workstation.desk import Workstation
from workstation.scripts import Script, ScriptError
from workstation.services import scripts
from workstation.services.auth import OfficerInfo
from workstation.services.scripts import ScriptOrigin, ScriptRejected, VersionInfo

LINE_ROLE = Qt.ItemDataRole.UserRole
VERSION_ROLE = Qt.ItemDataRole.UserRole


def editor_state(ws: Workstation, scam_type: str) -> tuple[Script | None, list[VersionInfo]]:
    """What the dialog shows (runs on the database worker): the version in use and every version."""
    return scripts.current_script(ws, scam_type), scripts.versions(ws, scam_type)


def _monospace(widget: QPlainTextEdit) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    widget.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)


class ScriptViewDialog(QDialog):
    """One stored version of a script, read-only (e.g. the one an old call record used)."""

    def __init__(self, script: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} · version {1} (read-only)").format(script.id, script.version))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("script_view_text")
        self.text.setReadOnly(True)
        _monospace(self.text)
        self.text.setPlainText(script.source_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(760, 620)


class ScriptEditorDialog(QDialog):
    """Edits one scam type's script as TOML text and saves it as a new version.

    State: `current` (the version in use, None until loaded or when there is none), `versions` (every
    version, newest first), the text being edited (`editor`, starting as the current text with its version
    raised by one), the last problems found (`errors`), and `viewer` (the last read-only view opened).
    Saving is refused by the service for anyone but a team lead or admin; the dialog shows why.
    """

    version_saved = Signal(str, int)  # scam type, new version number
    loaded = Signal()

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, scam_type: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks, self.scam_type = ws, officer, tasks, str(scam_type)
        self.file_name = f"{self.scam_type}.toml"
        self.current: Script | None = None
        self.versions: list[VersionInfo] = []
        self.viewer: ScriptViewDialog | None = None
        self._fresh_draft = True
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Edit call script: {0}").format(scam_label(self.scam_type, "zh")))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("script_text")
        _monospace(self.editor)
        self.errors = QListWidget(self)
        self.errors.setObjectName("script_errors")
        self.errors.itemClicked.connect(self._error_clicked)
        self.errors.itemActivated.connect(self._error_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("script_status")
        self.status.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor, 4)
        left_layout.addWidget(QLabel(self.tr("Problems"), left))
        left_layout.addWidget(self.errors, 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Versions"), right))
        self.versions_list = QListWidget(right)
        self.versions_list.setObjectName("script_versions")
        self.versions_list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        right_layout.addWidget(self.versions_list)
        self.view_button = QPushButton(self.tr("View"), right)
        self.view_button.clicked.connect(self.view_selected)
        right_layout.addWidget(self.view_button)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.validate_button = QPushButton(self.tr("Validate"), self)
        self.validate_button.clicked.connect(self.validate)
        self.save_button = QPushButton(self.tr("Save as new version"), self)
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("Import file…"), self)
        self.import_button.clicked.connect(self.choose_import_file)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.validate_button, self.save_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 700)

    # --- loading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the version in use and the version list again (on the database worker)."""
        self.tasks.run_db(editor_state, self.ws, self.scam_type, on_done=guarded(self, self._loaded), on_error=guarded(self, self._failed))

    def _loaded(self, state: tuple[Script | None, list[VersionInfo]]) -> None:
        self.current, self.versions = state
        if self._fresh_draft:
            self._fresh_draft = False
            if self.current is None:
                self._say(self.tr("There is no usable script of this type yet: paste or import one."))
            else:
                self.editor.setPlainText(scripts.draft_next_version(self.current))
        self.versions_list.clear()
        tz = ZoneInfo(self.ws.settings.centre_tz)
        for info in self.versions:
            when = info.added_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if info.added_at else ""
            mark = self.tr(" (in use)") if info.current else ""
            text = f"v{info.version}{mark} · {info.origin.value} · {info.added_by or ''} {when}".rstrip()
            item = QListWidgetItem(text, self.versions_list)
            item.setData(VERSION_ROLE, info.version)
        if self.versions_list.count():
            self.versions_list.setCurrentRow(0)
        self.loaded.emit()

    # --- validate, save, import -----------------------------------------------------------------------

    @Slot()
    def validate(self) -> list[ScriptError]:
        """Check the text as the service will (no database needed) and list what is wrong."""
        found = scripts.check_candidate(self.editor.toPlainText(), self.current, self.file_name)
        self._show_errors(found)
        if not found:
            self._say(self.tr("No problems found."))
        return found

    @Slot()
    def save(self) -> None:
        self._say(self.tr("Saving…"))
        self.tasks.run_db(scripts.save_version, self.ws, self.officer.username, self.editor.toPlainText(),
                          ScriptOrigin.EDIT, file=self.file_name, on_done=guarded(self, self._saved), on_error=guarded(self, self._failed))

    @Slot()
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a script file"), file_dialogs.start_in(),
                                              self.tr("Call scripts (*.toml)"))
        file_dialogs.remember(path)
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Store the file as a new version (the service checks role, validity and version number)."""
        self._say(self.tr("Importing {0}…").format(path.name))
        self.tasks.run_db(scripts.import_file, self.ws, self.officer.username, path,
                          on_done=guarded(self, self._saved), on_error=guarded(self, self._failed))

    def _saved(self, script: Script) -> None:
        self._show_errors([])
        self._say(self.tr("Saved as version {0}.").format(script.version))
        self._fresh_draft = True
        self.version_saved.emit(script.id, script.version)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ScriptRejected):
            self._show_errors(list(exc.script_errors))
            self._say(self.tr("Not saved: {0} problem(s).").format(len(exc.script_errors)), error=True)
        else:
            self._say(error_text(exc), error=True)

    # --- versions ---------------------------------------------------------------------------------------

    @Slot()
    def view_selected(self) -> None:
        """Open the selected version read-only."""
        item = self.versions_list.currentItem()
        if item is None:
            return
        self.tasks.run_db(scripts.version, self.ws, self.scam_type, int(item.data(VERSION_ROLE)),
                          on_done=guarded(self, self._show_version), on_error=guarded(self, self._failed))

    def _show_version(self, script: Script) -> None:
        if self.viewer is not None:
            self.viewer.deleteLater()  # one read-only view at a time
        self.viewer = ScriptViewDialog(script, self)
        self.viewer.open()

    # --- helpers ----------------------------------------------------------------------------------------

    def _show_errors(self, found: list[ScriptError]) -> None:
        self.errors.clear()
        for error in found:
            item = QListWidgetItem(str(error), self.errors)
            item.setData(LINE_ROLE, error.line or 0)
        if found:
            self._say(self.tr("{0} problem(s) found.").format(len(found)), error=True)

    def _error_clicked(self, item: QListWidgetItem) -> None:
        line = int(item.data(LINE_ROLE) or 0)
        if line:
            self.go_to_line(line)

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a 1-based line and show it."""
        block = self.editor.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_TEXT_STYLE if error else "")
