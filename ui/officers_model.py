"""The table of officers in the admin's dialog (民警管理): one row per auth.RosterRow."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ui import i18n, theme
from workstation.services.auth import RosterRow

Index = QModelIndex | QPersistentModelIndex
# Column order; the headers are looked up by these names, so a header cannot drift from its column.
COLUMNS = ("username", "display_name", "role", "badge_no", "active", "locked_until")
COL = {name: i for i, name in enumerate(COLUMNS)}
#: The officer's row (a RosterRow) for any cell.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LOCKED_COLOUR = theme.OVERDUE


class OfficersModel(QAbstractTableModel):
    """Officers as text cells. State: ``_rows`` (RosterRow, by user name), ``_headers`` (column name → text),
    the centre's zone ``tz`` (lock times are shown in it)."""

    def __init__(self, tz: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._rows: list[RosterRow] = []
        self._headers = {"username": self.tr("User name"), "display_name": self.tr("Name"),
                         "role": self.tr("Role"), "badge_no": self.tr("Badge no."),
                         "active": self.tr("Account"), "locked_until": self.tr("Locked until")}
        assert set(self._headers) == set(COLUMNS)

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def officer(self, row: int) -> RosterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, username: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.username == username), -1)

    def text(self, officer: RosterRow, column: str) -> str:
        """What a cell of `column` shows for `officer`."""
        if column == "role":
            return i18n.role_label(officer.role)
        if column == "active":
            return self.tr("Active") if officer.active else self.tr("Disabled")
        if column == "locked_until":
            until = officer.locked_until
            return "" if until is None else until.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        return str(getattr(officer, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= len(COLUMNS):
            return None
        officer = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(officer, column)
        if role == ROW_ROLE:
            return officer
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "locked_until" and officer.locked_until is not None:
                return QBrush(LOCKED_COLOUR)
            if not officer.active:
                return QBrush(theme.MUTED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
