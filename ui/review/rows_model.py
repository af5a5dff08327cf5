"""A small read-only table model: rows of display strings with a key each (board lists, call lists).

State: ``_headers``, ``_rows`` (display strings), ``_keys`` (one per row), ``_tones`` (an optional background
colour per row), ``_tips`` (an optional tooltip per cell; a long cell's tooltip is its own text, so a cut
cell can still be read). The lists it shows are capped by the services (a few hundred rows), so it holds them whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
LONG = 16  # characters: a cell this long may be cut by its column, so its tooltip repeats it


class RowsModel(QAbstractTableModel):
    """Rows of text; `key(row)` gives back what the row stands for (a lead id, a call's event id)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[Any] = []
        self._tones: list[str | None] = []
        self._tips: list[Sequence[str | None]] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any],
                 tones: Sequence[str | None] | None = None,
                 tips: Sequence[Sequence[str | None]] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys)
        self._tones = list(tones) if tones is not None else [None] * len(self._rows)
        self._tips = list(tips) if tips is not None else [()] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: Any) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self._tones[index.row()]:
            return QBrush(QColor(self._tones[index.row()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips[index.row()]
            tip = tips[index.column()] if index.column() < len(tips) else None
            text = self._rows[index.row()][index.column()]
            return tip or (text if len(text) > LONG else None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
