"""The import dialog (导入线索): files, how their columns are read (ui.intake_columns), a preview of their first
rows, a background import with progress and cancel (ui.intake_work), the report at the end.

Reading and importing run on the task runner's slow pool, never on the GUI thread.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs
from ui.intake_columns import UNMAPPED, ColumnsPanel, field_label
from ui.intake_work import DropFolderWatcher, import_all, next_ticket, progress_relay, weak_slot
from ui.tasks import TaskRunner, error_text
from ui.widgets import ERROR_TEXT_STYLE
from workstation.desk import Workstation
from workstation.intake import IntakeError, Preview, RowError, write_error_report
from workstation.services import intake
from workstation.services.intake import Choices, ImportResult

__all__ = ["DropFolderWatcher", "ImportDialog"]

PREVIEW_ROWS = 20
PREVIEW_MAX_COLUMN_PX = 260  # a column of long text does not push the others out of sight
BAD_CELL = QColor("#ffcdd2")
FIXED_CELL = QColor("#dcedc8")  # a cell the person corrected
DIALOG_SIZE = (1400, 860)  # clamped to the screen: 1326x708 on a 1366x768 desk


class ImportDialog(QDialog):
    """Choose files, check how their columns are read (and change it), import in the background, read the report.

    State: _paths (chosen files), _previews (path → the Preview on show, or the refusal's text), _remembered
    (path → choices remembered for its headers), _choices (path → the person's choices), _pending (previews
    asked for and not back yet), _cancel (set by Cancel; polled by the running import), _results (the last
    import's results, for the report and "Save report…").
    """

    import_finished = Signal(object)  # list[ImportResult], on the GUI thread
    preview_shown = Signal(object)  # Preview

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self._paths: list[Path] = []
        self._previews: dict[Path, Preview | str] = {}
        self._remembered: dict[Path, Choices | None] = {}
        self._choices: dict[Path, Choices] = {}
        self._fixes: dict[Path, dict[tuple[int, str], str]] = {}  # cells the person corrected, per file
        self._originals: dict[Path, dict[tuple[int, str], str]] = {}  # what the file says in those cells
        self._problem_paths: list[Path] = []  # the file of each row of the problems table
        self._imported_problems: dict[Path, list[RowError]] = {}  # the last import's, less the cells corrected
        self._pending: dict[Path, int] = {}
        self._asked = itertools.count(1)
        self._cancel = threading.Event()
        self._results: list[ImportResult] = []
        self._running = False
        self._ticket = 0
        progress_relay().moved.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Import leads"))
        self._build()
        self._fit_screen()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(64)
        self.file_list.currentRowChanged.connect(self._on_file_selected)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setShortcut(QKeySequence.StandardKey.Open)
        self.add_button.setToolTip(self.tr("Add files (Ctrl+O)"))
        self.add_button.clicked.connect(self._choose_files)
        self.clear_button = QPushButton(self.tr("C&lear"))
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
        self.columns = ColumnsPanel()
        self.columns.choices_changed.connect(self._on_choices_changed)
        self.preview_table = QTableWidget()
        editing = QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
        self.preview_table.setEditTriggers(editing)  # a cell can be corrected here; the file stays as it is
        self.preview_table.itemChanged.connect(self._preview_cell_edited)
        self.preview_table.setWordWrap(False)  # a long cell is cut off with "…", rows stay one line high
        self.errors_table = QTableWidget(0, 4)
        self.errors_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")])
        self.errors_table.setEditTriggers(editing)  # only the Value column is editable (see _finished)
        self.errors_table.itemChanged.connect(self._problem_edited)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.verticalHeader().hide()  # the file's row number is the first column
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_table, self.tr("First rows"))
        self.tabs.addTab(self.errors_table, self.tr("Problems"))
        self.tabs.setTabEnabled(1, False)  # until a problem is known (see show_problems)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("How the columns are read (change any that is wrong):")))
        left_layout.addWidget(self.columns, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip invalid ones"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
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
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)

    def _fit_screen(self) -> None:
        """As large as the work needs, never larger than the screen (1366x768 desks)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = DIALOG_SIZE
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.splitter.setSizes([width * 9 // 20, width * 11 // 20])

    # --- files and preview --------------------------------------------------------------------------------

    @Slot()
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose lead files"), file_dialogs.start_in(),
                                                self.tr("Lead files (*.csv *.txt *.xlsx *.jsonl *.json);;All files (*)"))
        file_dialogs.remember(names[0] if names else "")
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self._results = [r for r in self._results if r.path != path]
            if path not in self._paths:
                self._paths.append(path)
                self.file_list.addItem(path.name)
                self._ask_preview(path)
        if self._paths and self.file_list.currentRow() < 0:
            self.file_list.setCurrentRow(0)
        self._update_import_button()

    @Slot()
    def clear_files(self) -> None:
        self._paths.clear()
        self._previews.clear()
        self._choices.clear()
        self._fixes.clear()
        self._originals.clear()
        self._remembered.clear()
        self._pending.clear()
        self._imported_problems.clear()
        self.file_list.clear()
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.columns.table.setRowCount(0)
        self.mapping_label.clear()
        self.missing_label.clear()
        self.show_problems()
        self._update_import_button()

    def current_path(self) -> Path | None:
        index = self.file_list.currentRow()
        return self._paths[index] if 0 <= index < len(self._paths) else None

    def _ask_preview(self, path: Path) -> None:
        asked = next(self._asked)
        self._pending[path] = asked
        self._update_import_button()
        self.tasks.run_slow(intake.preview_file, self.ws, path, PREVIEW_ROWS, choices=self._choices.get(path),
                            fixes=dict(self._fixes.get(path, {})), on_done=weak_slot(self, "_preview_done", path, asked),
                            on_error=weak_slot(self, "_preview_error", path, asked))

    def _preview_done(self, path: Path, asked: int, answer: tuple[Preview, Choices | None]) -> None:
        if self._pending.get(path) != asked:
            return  # an older preview of a file the person changed since (or cleared)
        del self._pending[path]
        shown, remembered = answer
        self._previews[path] = shown
        self._remembered[path] = remembered
        if path == self.current_path():
            self._show_preview(shown)
        self.show_problems()
        self._update_import_button()

    def _preview_error(self, path: Path, asked: int, exc: BaseException) -> None:
        if self._pending.get(path) != asked:
            return
        del self._pending[path]
        self._previews[path] = error_text(exc) if not isinstance(exc, IntakeError) else str(exc)
        if path == self.current_path():
            self._show_refusal(str(self._previews[path]))
        self.show_problems()
        self._update_import_button()

    @Slot(int)
    def _on_file_selected(self, index: int) -> None:
        path = self.current_path()
        if path is None:
            return
        shown = self._previews.get(path)
        if isinstance(shown, Preview):
            self._show_preview(shown)
        elif isinstance(shown, str):
            self._show_refusal(shown)
        else:
            self.mapping_label.setText(self.tr("Reading {0}…").format(path.name))

    @Slot()
    def _on_choices_changed(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self._choices[path] = self.columns.choices()
        self.mapping_label.setText(self.tr("Reading {0} again with your choices…").format(path.name))
        self._ask_preview(path)

    def _show_preview(self, shown: Preview) -> None:
        path = self.current_path()
        if path is not None:
            self.columns.set_choices(self._choices.get(path) or Choices())
        self.columns.show_preview(shown)
        table = self.preview_table
        table.blockSignals(True)  # filling it is no edit
        table.clear()
        table.setColumnCount(len(shown.headers))
        table.setRowCount(len(shown.rows))
        ignored = self.tr("(not imported)")  # outside the f-string, where lupdate finds it
        for column, (header, field) in enumerate(zip(shown.headers, shown.mapped_fields, strict=True)):
            label = f"{header}\n→ {field_label(field)}" if field else f"{header}\n{ignored}"
            item = QTableWidgetItem(label)
            if not field:
                item.setBackground(QBrush(UNMAPPED))
            table.setHorizontalHeaderItem(column, item)
        bad = {(e.row, e.column) for e in shown.errors}
        originals = self._originals.get(path, {}) if path is not None else {}
        fixed = self._fixes.get(path, {}) if path is not None else {}
        for line, (number, cells) in enumerate(shown.rows):
            table.setVerticalHeaderItem(line, QTableWidgetItem(str(number)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (number, shown.headers[column]))
                if not shown.mapped_fields[column]:
                    item.setBackground(QBrush(UNMAPPED))
                if (number, shown.headers[column]) in fixed:
                    item.setBackground(QBrush(FIXED_CELL))
                    item.setToolTip(self.tr("Corrected here; the file says: {0}").format(
                        originals.get((number, shown.headers[column]), "")))
                if (number, shown.headers[column]) in bad:
                    item.setBackground(QBrush(BAD_CELL))
                    item.setToolTip("\n".join(str(e.reason) for e in shown.errors
                                               if (e.row, e.column) == (number, shown.headers[column])))
                table.setItem(line, column, item)
        table.resizeColumnsToContents()  # whole timestamps and phone numbers, within reason
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), PREVIEW_MAX_COLUMN_PX))
        table.blockSignals(False)
        self.tabs.setCurrentWidget(self.preview_table)
        self.mapping_label.setText(self._summary(shown, path))
        self.missing_label.setText(self._missing_text(shown))
        self.preview_shown.emit(shown)

    def _summary(self, shown: Preview, path: Path | None) -> str:
        parts = [self.tr("Format: {0}.").format(shown.format.upper())]
        if shown.header_row:
            parts.append(self.tr("Header in row {0}.").format(shown.header_row))
        inferred = [f"{c.header} → {field_label(c.field)}" for c in shown.decisions if c.how == "values"]
        if inferred:
            parts.append(self.tr("Read from the values (check them): {0}.").format(", ".join(inferred)))
        if path is not None and self._remembered.get(path) is not None:
            parts.append(self.tr("Choices remembered from an earlier file with the same headers."))
        return " ".join(parts)

    def _missing_text(self, shown: Preview) -> str:
        if shown.importable:
            bad = len({e.row for e in shown.errors})
            if not bad:
                return ""
            return self.tr("{0} of the first {1} rows have problems (in red; point at a cell to see why): double-click a cell to correct it, or tick the box below to import the other rows.").format(bad, len(shown.rows))
        names = ", ".join(field_label(f) for f in shown.missing_fields)
        return self.tr("Cannot import yet: no column gives {0}. Choose its column, or a default below.").format(names)

    def _show_refusal(self, message: str) -> None:
        self.mapping_label.setText("")
        self.missing_label.setText(message)
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.columns.table.setRowCount(0)

    def importable(self) -> bool:
        """Every file read, none lacks a required field or was refused, and not all of them are in already."""
        return bool(self._paths) and not self._pending and not self._all_done() and all(
            isinstance(self._previews.get(p), Preview) and self._previews[p].importable  # type: ignore[union-attr]
            for p in self._paths)

    def _all_done(self) -> bool:
        """The last import put every file of the list in (or found it imported before)."""
        done = {r.path for r in self._results if r.status in ("imported", "already_imported")}
        return bool(self._paths) and all(p in done for p in self._paths)

    def _update_import_button(self) -> None:
        ready = self.importable() and not self._running
        self.import_button.setEnabled(ready)
        blocked = [p.name for p in self._paths if not (isinstance(self._previews.get(p), Preview)
                                                       and self._previews[p].importable)]  # type: ignore[union-attr]
        if self._all_done():
            tip = self.tr("These files are imported: add others to import more")
        elif self._pending:
            tip = self.tr("Reading the files…")
        elif blocked:
            tip = self.tr("Cannot be imported as they are: {0}").format(", ".join(blocked))
        else:
            tip = self.tr("Import the files (Enter)")
        self.import_button.setToolTip(tip)

    # --- import -------------------------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if not self.importable() or self._running:
            return
        self._cancel.clear()
        self._set_running(True)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p %")
        self.status_label.setText(self.tr("Importing…"))
        self._ticket = next_ticket()
        chosen = {path: self._import_choices(path) for path in self._paths}
        fixes = {path: dict(found) for path, found in self._fixes.items()}
        self.tasks.run_slow(import_all, self.ws, self.officer, list(self._paths), self.skip_invalid.isChecked(),
                            self._cancel, self._ticket, chosen, fixes, on_done=weak_slot(self, "_finished"),
                            on_error=weak_slot(self, "_failed"))

    def _import_choices(self, path: Path) -> Choices:
        """The choices that read `path` as its preview showed it (the person's, remembered, inferred)."""
        shown = self._previews.get(path)
        mine = self._choices.get(path) or Choices()
        remembered = self._remembered.get(path) or Choices()
        defaults = {**remembered.defaults, **mine.defaults}
        if not isinstance(shown, Preview):
            return Choices({**remembered.columns, **mine.columns}, defaults)
        columns = {c.header: c.field or "" for c in shown.decisions if c.how != "header" and c.header}
        return Choices(columns, defaults)

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
            self.progress_bar.setFormat(self.tr("Saving…"))
        else:
            text = self.tr("File {0} of {1}: {2} rows read")
            self.progress_bar.setFormat(self.tr("Reading: %p %"))
        self.status_label.setText(text.format(index + 1, files, rows))
        self.cancel_button.setEnabled(not saving)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.cancel_button.setEnabled(running)
        for widget in (self.add_button, self.clear_button, self.skip_invalid, self.close_button, self.file_list,
                       self.columns):
            widget.setEnabled(not running)
        self._update_import_button()

    def _finished(self, results: list[ImportResult]) -> None:
        self._results = results
        self._set_running(False)
        if self._all_done():
            self.missing_label.clear()  # what it said about the file before the import is history now
        self._show_counts(results)
        self.status_label.setText("\n".join(str(r.message) for r in results) or self.tr("Import cancelled"))
        self._imported_problems = {r.path: [*r.errors, *r.warnings] for r in results}
        problems = self.show_problems()
        if problems:
            self.tabs.setCurrentWidget(self.errors_table)
        self.save_button.setEnabled(bool(self.problems()))
        self.import_finished.emit(results)

    def known_problems(self) -> list[tuple[Path, RowError]]:
        """Every problem known now, file by file: a file refused or lacking a required field as one line; the
        rows of the last import (less the cells corrected since) and of the first rows read, each once."""
        out: list[tuple[Path, RowError]] = []
        results = {r.path: r for r in self._results}
        for path in self._paths:
            shown, result = self._previews.get(path), results.get(path)
            if result is not None and result.status == "refused":
                out.append((path, RowError(0, "", "", str(result.message), "file_refused")))
            elif isinstance(shown, str):
                out.append((path, RowError(0, "", "", shown, "file_refused")))
            elif isinstance(shown, Preview) and shown.missing_fields:
                for name in shown.missing_fields:
                    out.append((path, RowError(0, field_label(name), "", self.tr(
                        "No column gives it: choose its column, or a default"), "missing_column")))
            seen: set[tuple[int, str, str, str]] = set()
            rows = [*self._imported_problems.get(path, ())]
            said = set()  # a field no column gives is said once above, not again as empty on every row
            if isinstance(shown, Preview):
                rows += [*shown.errors, *shown.warnings]
                said = {f"{name}_missing" for name in shown.missing_fields}
            for error in rows:
                key = (error.row, error.column, error.value, error.code)
                if key not in seen and error.code not in said:
                    seen.add(key)
                    out.append((path, error))
        return out

    def show_problems(self) -> list[RowError]:
        """Fill the Problems tab with what is known now (known_problems); its title counts them, and it is
        off while there are none. Returns the problems shown."""
        known = self.known_problems()
        self._problem_paths = [path for path, _e in known]
        self.errors_table.blockSignals(True)
        self.errors_table.setRowCount(len(known))
        for line, (path, error) in enumerate(known):
            cells = (str(error.row) if error.row else "", error.column, error.value, str(error.reason))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if error.severity == "error":
                    item.setForeground(QBrush(QColor("#c62828")))
                if column != 2 or not self._correctable(path, error):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setToolTip(self.tr("Double-click to correct the value, then import again"))
                self.errors_table.setItem(line, column, item)
        self.errors_table.resizeColumnsToContents()
        self.errors_table.blockSignals(False)
        count = len(known)
        self.tabs.setTabEnabled(1, bool(count))
        self.tabs.setTabText(1, self.tr("Problems ({0})").format(count) if count else self.tr("Problems"))
        if not count and self.tabs.currentWidget() is self.errors_table:
            self.tabs.setCurrentWidget(self.preview_table)
        return [e for _p, e in known]

    # --- corrected cells ----------------------------------------------------------------------------------

    def _correctable(self, path: Path, error: RowError) -> bool:
        """A cell of the file (not a whole line, nor a field the file has no column for)."""
        shown = self._previews.get(path)
        return bool(error.row) and isinstance(shown, Preview) and error.column in shown.headers

    @Slot(QTableWidgetItem)
    def _preview_cell_edited(self, item: QTableWidgetItem) -> None:
        path = self.current_path()
        where = item.data(Qt.ItemDataRole.UserRole)
        if path is None or not where:
            return
        self.correct(path, int(where[0]), str(where[1]), item.text())

    @Slot(QTableWidgetItem)
    def _problem_edited(self, item: QTableWidgetItem) -> None:
        line = item.row()
        if item.column() != 2 or not 0 <= line < len(self._problem_paths):
            return
        row, column = self.errors_table.item(line, 0), self.errors_table.item(line, 1)
        if row is None or column is None:
            return
        item.setBackground(QBrush(FIXED_CELL))
        self.correct(self._problem_paths[line], int(row.text()), column.text(), item.text())
        self.status_label.setText(self.tr("{0} cells corrected; the file itself is not changed. Import again to use them.")
                                  .format(sum(len(f) for f in self._fixes.values())))

    def correct(self, path: Path, row: int, column: str, text: str) -> None:
        """Read `text` for the file's cell at (row, column) from now on; the file itself is not changed."""
        shown, original = self._previews.get(path), ""
        if isinstance(shown, Preview) and column in shown.headers:
            at = shown.headers.index(column)
            original = next((cells[at] for number, cells in shown.rows if number == row), "")
        self._originals.setdefault(path, {}).setdefault((row, column), original)  # the first: what the file says
        self._fixes.setdefault(path, {})[(row, column)] = text.strip()
        if path in self._imported_problems:  # the corrected cell's problem is checked again by the preview
            self._imported_problems[path] = [e for e in self._imported_problems[path]
                                             if (e.row, e.column) != (row, column)]
        self._results = [r for r in self._results if r.path != path]  # the file may be imported again
        self._ask_preview(path)

    def _show_counts(self, results: list[ImportResult]) -> None:
        """The bar at the end says what is in the database: rows imported of rows read, never 100 % for
        nothing (a file imported before counts as in)."""
        rows = sum(r.rows for r in results if r.status != "already_imported")
        imported = sum(r.rows_imported for r in results)
        again = [r for r in results if r.status == "already_imported"]
        if again and len(again) == len(results):
            self.progress_bar.setValue(1000)
            self.progress_bar.setFormat(self.tr("Imported before: nothing changed"))
        elif imported == 0:
            self.progress_bar.setValue(0)
            self.progress_bar.setFormat(self.tr("Nothing imported"))
        else:
            self.progress_bar.setValue(int(1000 * imported / rows) if rows else 1000)
            self.progress_bar.setFormat(self.tr("{0} of {1} rows imported").format(imported, rows))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Nothing imported"))
        self.status_label.setText(self.tr("Import failed, nothing of the current file was kept: {0}")
                                  .format(error_text(exc)))
        self.import_finished.emit([])

    # --- report -------------------------------------------------------------------------------------------

    def problems(self) -> list[RowError]:
        return [e for r in self._results for e in (*r.errors, *r.warnings)]

    @Slot()
    def _choose_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                              file_dialogs.start_in(self.tr("import errors.xlsx")),
                                              "Excel (*.xlsx);;CSV (*.csv)")
        file_dialogs.remember(name)
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> Path:
        """Write the row problems of the last import (Excel-friendly; cells neutralised)."""
        return write_error_report(self.problems(), path)

    def results(self) -> list[ImportResult]:
        return list(self._results)
