"""The import dialog's column panel (字段映射): which field each column of a file feeds, how that was decided,
and the defaults for the fields no column gives.

The panel holds the person's choices for the file on show (Choices) and says when they change; the dialog
previews the file again with them. Nothing here reads a file or the database.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.lead_info import trigger_label
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.intake import Preview, load_mapping
from workstation.intake.infer import Column
from workstation.intake.mapping import FIELD_LABELS, FIELDS, IGNORE, REQUIRED_FIELDS
from workstation.services.intake import Choices

INFERRED = QColor("#e3f2fd")  # a column decided by its values: the person should look at it
UNMAPPED = QColor("#eeeeee")
MISSING = QColor("#ffcdd2")
MANY_COLUMNS = ("trigger_detail",)  # fields several columns may feed (涉诈号码 / 涉诈网址 / 涉诈账户)
DEFAULTABLE = ("scam_type", "level", "trigger_kind", "triggered_at", "source")
EXAMPLES = 3
HEADER_MAX_PX = 180  # a long header is cut (its tooltip has it whole) so the field choice stays in sight


def field_label(name: str | None) -> str:
    return str(FIELD_LABELS[name]) if name else ""


class ColumnsPanel(QWidget):
    """The table of the file's columns (header, examples, field, how decided) and the defaults form.

    State: _chosen (header → field or IGNORE, the person's choices), _defaults (field → value code),
    _shown (the Preview on show), _combos (one field combo per column).
    """

    choices_changed = Signal()

    COLUMN, FIELD, HOW, EXAMPLE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: dict[str, str] = {}
        self._defaults: dict[str, str] = {}
        self._shown: Preview | None = None
        self._combos: list[QComboBox] = []
        self._values = load_mapping()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("Decided by"), self.tr("Examples")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the examples take what is left, cut with "…"
        for column in (self.FIELD, self.HOW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)

        self.defaults_box = QGroupBox(self.tr("Fields no column gives"))
        self.defaults_form = QFormLayout(self.defaults_box)
        self.defaults_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scam_type = QComboBox()
        self.scam_type.addItem(self.tr("Choose a scam type…"), "")
        for kind in ScamType:
            self.scam_type.addItem(i18n.scam_label(kind.value), kind.value)
        self.level = QComboBox()
        for level in WarningLevel:
            self.level.addItem(i18n.level_label(level.value), level.value)
        self.trigger_kind = QComboBox()
        for trigger in TriggerKind:
            self.trigger_kind.addItem(trigger_label(trigger.value, "zh" if i18n.is_chinese() else "en"),
                                      trigger.value)
        self.time_note = QLabel(self.tr("The time of the import"))
        self.source = QLineEdit()
        self._editors: dict[str, QWidget] = {"scam_type": self.scam_type, "level": self.level,
                                             "trigger_kind": self.trigger_kind, "triggered_at": self.time_note,
                                             "source": self.source}
        for name in DEFAULTABLE:
            self.defaults_form.addRow(field_label(name), self._editors[name])
        for combo in (self.scam_type, self.level, self.trigger_kind):
            combo.currentIndexChanged.connect(self._default_changed)
        self.source.editingFinished.connect(self._default_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.defaults_box)

    # --- what the person chose ----------------------------------------------------------------------------

    def choices(self) -> Choices:
        return Choices(dict(self._chosen), dict(self._defaults))

    def import_choices(self) -> Choices:
        """What the import must be told to read the file exactly as shown: every column not decided by its
        header (the person's, remembered or inferred), and the defaults."""
        if self._shown is None:
            return self.choices()
        columns = {c.header: c.field or IGNORE for c in self._shown.decisions if c.how != "header" and c.header}
        return Choices(columns, dict(self._defaults))

    def set_choices(self, choices: Choices) -> None:
        self._chosen, self._defaults = dict(choices.columns), dict(choices.defaults)

    # --- showing a preview --------------------------------------------------------------------------------

    def show_preview(self, shown: Preview) -> None:
        self._shown = shown
        table = self.table
        table.setRowCount(len(shown.decisions))
        self._combos = []
        for row, column in enumerate(shown.decisions):
            examples = [cells[row] for _n, cells in shown.rows if row < len(cells) and cells[row]][:EXAMPLES]
            name = QTableWidgetItem(column.header)
            name.setToolTip(column.header)
            sample = QTableWidgetItem(" · ".join(examples))
            sample.setToolTip("\n".join(examples))
            how = QTableWidgetItem(self.how_text(column))
            for item in (name, sample, how):
                if column.how == "values":
                    item.setBackground(QBrush(INFERRED))
                elif not column.field:
                    item.setBackground(QBrush(UNMAPPED))
            table.setItem(row, self.COLUMN, name)
            table.setItem(row, self.EXAMPLE, sample)
            table.setItem(row, self.HOW, how)
            combo = self._field_combo(column)
            table.setCellWidget(row, self.FIELD, combo)
            self._combos.append(combo)
        table.resizeColumnToContents(self.COLUMN)
        table.setColumnWidth(self.COLUMN, min(table.columnWidth(self.COLUMN), HEADER_MAX_PX))
        self._show_defaults(shown)

    def how_text(self, column: Column) -> str:
        if column.how == "chosen":
            return self.tr("your choice")
        if column.how == "remembered":
            return self.tr("remembered for these headers")
        if column.how == "header":
            return self.tr("its header")
        if column.how == "values":
            return self.tr("its values ({0} %)").format(round(column.share * 100))
        return self.tr("nothing matched")

    def _field_combo(self, column: Column) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("(not imported)"), IGNORE)
        for name in FIELDS:
            marker = " *" if name in REQUIRED_FIELDS else ""
            combo.addItem(field_label(name) + marker, name)
        combo.setCurrentIndex(max(0, combo.findData(column.field or IGNORE)))
        combo.setProperty("header", column.header)
        combo.setAccessibleName(self.tr("Field for column {0}").format(column.header))
        combo.currentIndexChanged.connect(self._field_changed)
        return combo

    def _show_defaults(self, shown: Preview) -> None:
        mapped = {c.field for c in shown.decisions if c.field}
        for name in DEFAULTABLE:
            editor = self._editors[name]
            visible = name not in mapped
            self.defaults_form.setRowVisible(editor, visible)
            value = shown.defaults.get(name)
            if isinstance(editor, QComboBox):
                editor.blockSignals(True)
                code = self._code(name, value)
                editor.setCurrentIndex(max(0, editor.findData(code)))
                editor.blockSignals(False)
                required = name in REQUIRED_FIELDS and not code and visible
                editor.setStyleSheet(f"QComboBox {{ background: {MISSING.name()}; }}" if required else "")
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or "") if name in self._defaults else "")
                editor.setPlaceholderText(self.tr("the file's name"))
        self.defaults_box.setVisible(any(name not in mapped for name in DEFAULTABLE))

    def _code(self, name: str, value: object) -> str:
        if value in (None, ""):
            return ""
        found = self._values.value_for(name, str(value))
        return found.value if found is not None else ""

    # --- the person changes something ---------------------------------------------------------------------

    @Slot(int)
    def _field_changed(self, _index: int) -> None:
        combo = self.sender()
        if not isinstance(combo, QComboBox):
            return
        header, name = str(combo.property("header")), str(combo.currentData() or IGNORE)
        self._chosen[header] = name
        if name and name not in MANY_COLUMNS and self._shown is not None:
            for other in self._shown.decisions:  # one column per field: the one it had is no longer read
                if other.header != header and other.field == name:
                    self._chosen[other.header] = IGNORE
        self.choices_changed.emit()

    @Slot()
    def _default_changed(self) -> None:
        for name in ("scam_type", "level", "trigger_kind"):
            combo = self._editors[name]
            assert isinstance(combo, QComboBox)
            code = str(combo.currentData() or "")
            if code:
                self._defaults[name] = code
            else:
                self._defaults.pop(name, None)
        source = self.source.text().strip()
        if source:
            self._defaults["source"] = source
        else:
            self._defaults.pop("source", None)
        self.choices_changed.emit()

