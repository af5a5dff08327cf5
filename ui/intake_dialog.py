"""The import dialog (导入线索): preview and column mapping, a background import with progress and cancel,
the report at the end; and DropFolderWatcher, the GUI's switch for a watched drop folder.

Reading and importing run on the task runner's slow pool, never on the GUI thread; progress comes back
through a queued signal, and Cancel sets a flag the import polls (the file's transaction is rolled back).
"""

from __future__ import annotations

import itertools
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE
from workstation.intake import DropFolder, Preview, RowError, preview, write_error_report
from workstation.intake.mapping import FIELD_ZH
from workstation.services import intake
from workstation.services.context import Workstation
from workstation.services.intake import ImportResult

PREVIEW_ROWS = 20
PREVIEW_MAX_COLUMN_PX = 260  # a column of long text does not push the others out of sight
UNMAPPED = QColor("#eeeeee")
BAD_CELL = QColor("#ffcdd2")
FILE_FILTER = "Lead files (*.csv *.txt *.xlsx *.jsonl *.json);;All files (*)"


class _ProgressRelay(QObject):
    """Carries progress from import threads to the GUI thread (queued: emitted from the worker).

    One relay lives as long as the application, so a worker never holds the last reference to a widget
    (a Qt wrapper released on a worker thread crashes PySide); each import tags its emissions with a ticket.
    """

    moved = Signal(int, int, int, int, int)  # ticket, file index, rows read, bytes read, bytes total


_relay: _ProgressRelay | None = None
_tickets = itertools.count(1)


def progress_relay() -> _ProgressRelay:
    """The application's relay, made on first use (on the GUI thread) and parented to the application."""
    global _relay
    if _relay is None:
        _relay = _ProgressRelay(QCoreApplication.instance())
    return _relay


def weak_slot(owner: QObject, name: str) -> Callable[..., None]:
    """A callback for the task runner that holds `owner` weakly and does nothing once it is gone (the same
    pattern as ui.widgets.guarded, which the other screens use)."""
    ref = weakref.ref(owner)

    def call(*args: object) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, name)(*args)

    return call


def import_all(ws: Workstation, officer: str, paths: list[Path], skip_invalid: bool, cancel: threading.Event,
               ticket: int) -> list[ImportResult]:
    """Worker thread: import each file in turn; touches no widget, emits progress on the relay only."""
    relay = progress_relay()
    results: list[ImportResult] = []
    for index, path in enumerate(paths):
        if cancel.is_set():
            results.append(ImportResult(path, "cancelled", f"{path.name}: 导入已取消，未导入任何数据"))
            continue

        def progress(rows: int, done: int, total: int, index: int = index) -> None:
            relay.moved.emit(ticket, index, rows, done, total)

        results.append(intake.import_file(ws, path, imported_by=officer, skip_invalid=skip_invalid,
                                          progress=progress, cancel=cancel.is_set))
    return results


def take_dropped(ws: Workstation, officer: str, skip_invalid: bool, folder: DropFolder,
                 path: Path) -> ImportResult:
    """Worker thread: import one dropped file and move it to done/ or failed/ (a cancelled one stays)."""
    seen: list[ImportResult] = []
    try:
        outcome = intake.handle_drop(ws, path, imported_by=officer, skip_invalid=skip_invalid,
                                     on_result=seen.append)
    except Exception as exc:  # never retry a file that breaks the importer forever: park it in failed/
        folder.move_failed(path, f"内部错误: {type(exc).__name__}: {exc}")
        raise
    if outcome.status == "done":
        folder.move_done(path)
    elif outcome.status == "failed":
        folder.move_failed(path, outcome.report)
    return seen[0]


class ImportDialog(QDialog):
    """Choose files, check the preview and mapping, import in the background, read the report.

    State: _paths (chosen files), _cancel (set by Cancel; polled by the running import),
    _results (the last import's results, for the report and "Save report…").
    """

    import_finished = Signal(object)  # list[ImportResult], on the GUI thread
    preview_shown = Signal(object)  # Preview

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self._paths: list[Path] = []
        self._cancel = threading.Event()
        self._results: list[ImportResult] = []
        self._ticket = 0
        progress_relay().moved.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Import leads"))
        self.resize(960, 640)
        self._build()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(90)
        self.file_list.currentRowChanged.connect(self._on_file_selected)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self._choose_files)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_files)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        files_row.addLayout(buttons)

        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setStyleSheet(ERROR_TEXT_STYLE)
        self.missing_label.setWordWrap(True)
        self.preview_table = QTableWidget()
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)  # a long cell is cut off with "…", rows stay one line high

        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip invalid ones"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.errors_table = QTableWidget(0, 4)
        self.errors_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")])
        self.errors_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.hide()

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._choose_report)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.skip_invalid)
        actions.addStretch(1)
        for button in (self.import_button, self.cancel_button, self.save_button, self.close_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(files_row)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.errors_table, 1)
        layout.addLayout(actions)

    # --- files and preview --------------------------------------------------------------------------------

    @Slot()
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose lead files"), "", FILE_FILTER)
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                self.file_list.addItem(path.name)
        self.import_button.setEnabled(bool(self._paths))
        if self._paths and self.file_list.currentRow() < 0:
            self.file_list.setCurrentRow(0)

    @Slot()
    def clear_files(self) -> None:
        self._paths.clear()
        self.file_list.clear()
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.mapping_label.clear()
        self.missing_label.clear()
        self.import_button.setEnabled(False)

    @Slot(int)
    def _on_file_selected(self, index: int) -> None:
        if not 0 <= index < len(self._paths):
            return
        path = self._paths[index]
        self.mapping_label.setText(self.tr("Reading {0}…").format(path.name))
        self.tasks.run_slow(preview, path, PREVIEW_ROWS, centre_tz=self.ws.settings.centre_tz,
                            now=self.ws.clock.now(), on_done=weak_slot(self, "_show_preview"),
                            on_error=weak_slot(self, "_preview_failed"))

    def _show_preview(self, shown: Preview) -> None:
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(shown.headers))
        table.setRowCount(len(shown.rows))
        for column, (header, field) in enumerate(zip(shown.headers, shown.mapped_fields, strict=True)):
            label = f"{header}\n→ {FIELD_ZH[field]}" if field else f"{header}\n({self.tr('not imported')})"
            item = QTableWidgetItem(label)
            if not field:
                item.setBackground(QBrush(UNMAPPED))
            table.setHorizontalHeaderItem(column, item)
        bad = {(e.row, e.column) for e in shown.errors}
        for line, (number, cells) in enumerate(shown.rows):
            table.setVerticalHeaderItem(line, QTableWidgetItem(str(number)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not shown.mapped_fields[column]:
                    item.setBackground(QBrush(UNMAPPED))
                if (number, shown.headers[column]) in bad:
                    item.setBackground(QBrush(BAD_CELL))
                table.setItem(line, column, item)
        table.resizeColumnsToContents()  # whole timestamps and phone numbers, within reason
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), PREVIEW_MAX_COLUMN_PX))
        mapped = [f"{h} → {FIELD_ZH[f]}" for h, f in zip(shown.headers, shown.mapped_fields, strict=True) if f]
        self.mapping_label.setText(self.tr("Format: {0}. Columns: {1}").format(shown.format, "；".join(mapped)))
        missing = "、".join(FIELD_ZH[f] for f in shown.missing_fields)
        self.missing_label.setText(self.tr("Missing required columns: {0}").format(missing) if missing else "")
        self.preview_shown.emit(shown)

    def _preview_failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or error_text(exc)
        self.mapping_label.setText("")
        self.missing_label.setText(message)
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)

    # --- import -------------------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if not self._paths:
            return
        self._cancel.clear()
        self._set_running(True)
        self.status_label.setText(self.tr("Importing…"))
        self.errors_table.hide()
        self._ticket = next(_tickets)
        self.tasks.run_slow(import_all, self.ws, self.officer, list(self._paths), self.skip_invalid.isChecked(),
                            self._cancel, self._ticket, on_done=weak_slot(self, "_finished"),
                            on_error=weak_slot(self, "_failed"))

    @Slot()
    def cancel_import(self) -> None:
        self._cancel.set()
        self.status_label.setText(self.tr("Cancelling… nothing of the current file will be kept"))

    @Slot(int, int, int, int, int)
    def _on_progress(self, ticket: int, index: int, rows: int, done: int, total: int) -> None:
        if ticket != self._ticket:
            return
        files = max(1, len(self._paths))
        share = done / total if total else 0.0
        self.progress_bar.setValue(int(1000 * (index + min(1.0, share)) / files))
        saving = bool(total) and done >= total  # read and checked: the rows go into the database (seconds)
        if saving:
            text = self.tr("File {0} of {1}: {2} rows read, saving them (cannot be cancelled now)…")
        else:
            text = self.tr("File {0} of {1}: {2} rows read")
        self.status_label.setText(text.format(index + 1, files, rows))
        self.cancel_button.setEnabled(not saving)

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running and bool(self._paths))
        self.cancel_button.setEnabled(running)
        for widget in (self.add_button, self.clear_button, self.skip_invalid, self.close_button, self.file_list):
            widget.setEnabled(not running)

    def _finished(self, results: list[ImportResult]) -> None:
        self._set_running(False)
        self._results = results
        self.progress_bar.setValue(1000 if results and all(r.ok for r in results) else self.progress_bar.value())
        self.status_label.setText("\n".join(r.message for r in results) or self.tr("Import cancelled"))
        problems = self.problems()
        self.errors_table.setRowCount(len(problems))
        for line, error in enumerate(problems):
            for column, value in enumerate((str(error.row), error.column, error.value, error.reason)):
                item = QTableWidgetItem(value)
                if error.severity == "error":
                    item.setForeground(QBrush(QColor("#c62828")))
                self.errors_table.setItem(line, column, item)
        self.errors_table.setVisible(bool(problems))
        self.save_button.setEnabled(bool(problems))
        self.import_finished.emit(results)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.status_label.setText(self.tr("Import failed, nothing of the current file was kept: {0}")
                                  .format(error_text(exc)))
        self.import_finished.emit([])

    # --- report -------------------------------------------------------------------------------------------

    def problems(self) -> list[RowError]:
        return [e for r in self._results for e in (*r.errors, *r.warnings)]

    @Slot()
    def _choose_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "导入错误报告.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> Path:
        """Write the row problems of the last import (Excel-friendly; cells neutralised)."""
        return write_error_report(self.problems(), path)

    def results(self) -> list[ImportResult]:
        return list(self._results)


class DropFolderWatcher(QObject):
    """Polls a drop folder with a QTimer; imports ready files one at a time on the task runner.

    State: _folder (the DropFolder while started), _busy (an import is running), _timer.
    """

    file_handled = Signal(object)  # ImportResult
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QObject | None = None, *,
                 poll_ms: int = 2000, settle: float = 2.0, skip_invalid: bool = False) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.settle, self.skip_invalid = settle, skip_invalid
        self._folder: DropFolder | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._folder is not None

    def start(self, directory: str | Path) -> None:
        self._folder = DropFolder(directory, settle=self.settle)
        self._timer.start()
        self._poll()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Stop looking; an import already running finishes (or rolls back) on its own."""
        self._timer.stop()
        self._folder = None
        self.running_changed.emit(False)

    @Slot()
    def _poll(self) -> None:
        folder = self._folder
        if folder is None or self._busy:
            return
        ready = folder.ready_files(time.monotonic())  # a directory listing: cheap enough for the GUI thread
        if ready:
            self._busy = True
            self.tasks.run_slow(take_dropped, self.ws, self.officer, self.skip_invalid, folder, ready[0],
                                on_done=weak_slot(self, "_done"), on_error=weak_slot(self, "_error"))

    def _done(self, result: ImportResult) -> None:
        self._busy = False
        self.file_handled.emit(result)
        QTimer.singleShot(0, self._poll)

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        self.failed.emit(error_text(exc))
