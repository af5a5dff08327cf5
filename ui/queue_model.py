"""The queue's table model (预警队列): a lazy window over services.queue, never the whole table.

Like Anki's browser model it holds only what was fetched: the rows read so far and the keyset cursor after
the last one. ``canFetchMore``/``fetchMore`` read the next page (``queue.page(after=cursor)``) when the view
scrolls near the end; a change of filter or sort, or a claim/outcome, reloads from the top.

Threading choice: with a TaskRunner every read (first page, next pages, counts) runs on its serial DB worker
and lands through a queued signal. A page in urgency order is an index range scan (a few ms), but a search
for phone digits or a name is a LIKE '%…%' that may scan the table when few rows match, and the counts always
scan the filtered set — so typing in the search box must not wait on them. A generation number drops answers
to a filter that is no longer current. Without a TaskRunner (model tests, qtmodeltester) reads are synchronous.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ui import i18n, theme
from ui.tasks import TaskRunner
from ui.widgets import duration_text
from workstation.desk import Workstation
from workstation.services import queue
from workstation.services.queue import Cursor, QueueFilter, SortKey
from workstation.store.views import LeadRow

ModelIndex = QModelIndex | QPersistentModelIndex

# The countdown sits next to the level: the two things an officer scans the list for; then the status with whoever
# holds the lead (or keeps it for a callback), so a 1366 px desk sees who has it without scrolling sideways.
COLUMNS = ("ref", "level", "due", "status", "scam_type", "person_name", "phone", "district", "amount")
COL = {name: i for i, name in enumerate(COLUMNS)}
COUNTDOWN_COLUMN = COL["due"]
LEVEL_COLUMN = COL["level"]
# Header → the core's sort keys (each has its own fixed direction); other columns are not sortable.
SORT_COLUMNS: dict[int, SortKey] = {
    COL["ref"]: SortKey.TRIGGERED, COL["level"]: SortKey.URGENCY, COL["due"]: SortKey.URGENCY,
    COL["amount"]: SortKey.AMOUNT, COL["district"]: SortKey.DISTRICT,
}
SORT_ORDER = {SortKey.URGENCY: Qt.SortOrder.AscendingOrder, SortKey.TRIGGERED: Qt.SortOrder.DescendingOrder,
              SortKey.AMOUNT: Qt.SortOrder.DescendingOrder, SortKey.DISTRICT: Qt.SortOrder.AscendingOrder}
ROW_ROLE = Qt.ItemDataRole.UserRole  # the LeadRow
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # "red" / "orange" / "yellow", for the badge delegate
OPEN = frozenset(s.value for s in queue.OPEN_STATUSES)
PAGE_SIZE = 200


def countdown_text(due: datetime, now: datetime) -> str:
    """'12:34' until the lead is due, 'overdue 12:34' after (h:mm:ss past an hour, days past a day)."""
    seconds = int((due - now).total_seconds())
    text = duration_text(seconds)
    if seconds < 0:
        return QCoreApplication.translate("QueueModel", "overdue %1").replace("%1", text)
    return text


class QueueModel(QAbstractTableModel):
    """Leads of the queue, fetched a page at a time.

    State: ``_rows`` (LeadRows fetched so far, in order), ``_ids`` (their ids, to drop a row a moving sort
    value brings back), ``_cursor`` (keyset after the last row), ``_exhausted`` (the last page was short),
    ``_filter``/``_sort`` (what is shown), ``_generation`` (bumped by each reload), ``_loading`` (a read is in
    flight), ``_now`` (the instant countdowns are computed against, updated by ``tick``).
    """

    #: A reload's first page is in the model.
    reloaded = Signal()
    #: More rows were appended by fetchMore.
    page_loaded = Signal(int)
    #: Matching leads for the filter, those of them overdue, and the open leads there are without any filter.
    counts_changed = Signal(int, int, int)

    def __init__(self, ws: Workstation, tasks: TaskRunner | None = None, *, me: str | None = None,
                 page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._tasks = tasks
        self._me = me
        self._page_size = page_size
        self._rows: list[LeadRow] = []
        self._ids: set[str] = set()
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._filter = QueueFilter()
        self._sort = SortKey.URGENCY
        self._generation = 0
        self._loading = False
        self._now = ws.clock.now()
        self._due_soon = ws.settings.due_soon * 60
        self.owner_names: dict[str, str] = {}
        labels = {"ref": self.tr("Ref"), "level": self.tr("Level"), "due": self.tr("Due in"),
                  "scam_type": self.tr("Scam type"), "person_name": self.tr("Name"), "phone": self.tr("Phone"),
                  "district": self.tr("District"), "amount": self.tr("Amount at risk"),
                  "status": self.tr("Status · officer")}
        self._headers = tuple(labels[name] for name in COLUMNS)  # by name: a header cannot drift off its column

    # --- what is shown ------------------------------------------------------------------------------------

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: QueueFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def set_sort(self, key: SortKey) -> None:
        if key != self._sort:
            self._sort = key
            self.reload()

    def row_at(self, row: int) -> LeadRow:
        return self._rows[row]

    def row_of(self, lead_id: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == lead_id:
                return i
        return None

    def rows(self) -> list[LeadRow]:
        return list(self._rows)

    # --- loading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again (filter/sort changed, or a lead changed); counts follow."""
        self._generation += 1
        gen, flt, sort = self._generation, self._filter, self._sort
        self._loading = True
        if self._tasks is None:
            self._first_page_read(gen, self._read_page(flt, sort, None))
            self._counts_read(gen, self._read_counts(flt))
            return
        self._tasks.run_db(self._read_page, flt, sort, None,
                           on_done=lambda rows: self._first_page_read(gen, rows),
                           on_error=lambda exc: self._read_failed(gen, exc))
        self._tasks.run_db(self._read_counts, flt, on_done=lambda counts: self._counts_read(gen, counts))

    def _read_page(self, flt: QueueFilter, sort: SortKey, after: Cursor | None) -> list[LeadRow]:
        """(DB worker) One page: for the officer at the desk their own leads first, then what they may claim."""
        return queue.page(self._ws, flt, sort, after, self._page_size, viewer=self._me, now=self._ws.clock.now())

    def _read_counts(self, flt: QueueFilter) -> tuple[int, int, int]:
        now = self._ws.clock.now()
        matching = queue.count(self._ws, flt)
        everything = matching if flt == QueueFilter() else queue.count(self._ws, QueueFilter())
        return matching, queue.overdue_count(self._ws, now, flt), everything

    def _first_page_read(self, gen: int, rows: list[LeadRow]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._ids = {r.id for r in rows}
        self._after_page(rows)
        self._now = self._ws.clock.now()
        self._loading = False
        self.endResetModel()
        self.reloaded.emit()

    def _counts_read(self, gen: int, counts: tuple[int, int, int]) -> None:
        if gen == self._generation:
            self.counts_changed.emit(*counts)

    def _read_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._loading = False
        assert self._tasks is not None
        self._tasks.report_error(exc)

    def _after_page(self, rows: list[LeadRow]) -> None:
        self._exhausted = len(rows) < self._page_size
        if rows:
            self._cursor = queue.cursor_of(rows[-1], self._sort, self._me, self._ws.clock.now())
        elif not self._rows:
            self._cursor = None

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        gen, flt, sort, after = self._generation, self._filter, self._sort, self._cursor
        self._loading = True
        if self._tasks is None:
            self._more_read(gen, self._read_page(flt, sort, after))
            return
        self._tasks.run_db(self._read_page, flt, sort, after,
                           on_done=lambda rows: self._more_read(gen, rows),
                           on_error=lambda exc: self._read_failed(gen, exc))

    def _more_read(self, gen: int, rows: list[LeadRow]) -> None:
        if gen != self._generation:
            return
        self._loading = False
        self._after_page(rows)
        fresh = [r for r in rows if r.id not in self._ids]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)  # last row is inclusive
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()
        self.page_loaded.emit(len(fresh))

    # --- the countdown ------------------------------------------------------------------------------------

    def tick(self, first: int = 0, last: int | None = None) -> None:
        """Move the countdowns to now, repainting only the countdown cells of rows first..last."""
        self._now = self._ws.clock.now()
        if not self._rows:
            return
        last = len(self._rows) - 1 if last is None else min(last, len(self._rows) - 1)
        first = max(0, first)
        if first <= last:
            self.dataChanged.emit(self.index(first, COUNTDOWN_COLUMN), self.index(last, COUNTDOWN_COLUMN),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.ToolTipRole])

    def seconds_left(self, row: LeadRow) -> float | None:
        if row.status not in OPEN:
            return None
        return (row.due_at - self._now).total_seconds()

    # --- Qt model API -------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and SORT_COLUMNS.get(section) is SortKey.URGENCY:
                # The order is not the countdown's alone (a red ¥500,000 lead 20 min late goes before a yellow one
                # 25 min late): the header says so, since its arrow sits on "Due in".
                return self.tr("Click to sort by urgency: the deadline, brought forward for red and orange "
                               "warnings and for large amounts at risk")
            if role == Qt.ItemDataRole.ToolTipRole and section in SORT_COLUMNS:
                return self.tr("Click to sort")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a sortable column; the direction is the core's for that key (urgency first, …)."""
        key = SORT_COLUMNS.get(column)
        if key is not None:
            self.set_sort(key)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == ROW_ROLE:
            return row
        if role == LEVEL_ROLE:
            return row.level
        if col == COUNTDOWN_COLUMN:
            return self._countdown_data(row, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL["amount"]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL["status"]:
                return self._status_tip(row)
            if col == COL["scam_type"]:
                return i18n.scam_label(row.scam_type)
            # Any other cell a narrow column may cut: whole in its tooltip.
            return self._display(row, col) or None
        if role == Qt.ItemDataRole.BackgroundRole and self._mine(row):
            return theme.MINE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and (row.status not in OPEN or self._others(row)):
            return theme.MUTED
        return None

    def _mine(self, row: LeadRow) -> bool:
        """Held by the officer at the desk, or a callback kept for them."""
        return bool(self._me) and (row.owner == self._me or (row.owner is None and row.reserved_for == self._me))

    def _others(self, row: LeadRow) -> bool:
        """Another officer's: held, or kept for their callback (greyed: nothing to do here)."""
        if not self._me:
            return False
        return (row.owner is not None and row.owner != self._me) or row.kept_for(self._me, self._now) is not None

    def _name(self, username: str) -> str:
        return self.owner_names.get(username, username)

    def _holder(self, row: LeadRow) -> str | None:
        """Who has the lead: its holder, or the officer a callback is still kept for."""
        if row.owner:
            return row.owner
        if row.reserved_for and row.reserved_until and row.reserved_until > self._now:
            return row.reserved_for
        return None

    def _status_tip(self, row: LeadRow) -> str:
        text = i18n.status_label(row.status)
        if row.owner:
            return self.tr("%1: held by %2 (%3)").replace("%1", text).replace("%2", self._name(row.owner)).replace(
                "%3", row.owner)
        holder = self._holder(row)
        if holder and row.reserved_until is not None:
            local = row.reserved_until.astimezone(_centre_tz(self._ws))
            return self.tr("%1: kept for %2's callback until %3").replace("%1", text).replace(
                "%2", self._name(holder)).replace("%3", f"{local:%m-%d %H:%M}")
        return text

    def _display(self, row: LeadRow, col: int) -> str:
        name = COLUMNS[col]
        if name == "ref":
            return row.ref
        if name == "level":
            return i18n.level_label(row.level)
        if name == "scam_type":
            return i18n.scam_short_label(row.scam_type)
        if name == "person_name":
            return row.person_name
        if name == "phone":
            return row.phone
        if name == "district":
            return row.district
        if name == "amount":
            return format_amount(row.amount_at_risk)
        if name == "status":
            holder = self._holder(row)
            label = i18n.status_label(row.status)
            return f"{label} · {self._name(holder)}" if holder else label
        left = self.seconds_left(row)
        return "" if left is None else countdown_text(row.due_at, self._now)

    def _countdown_data(self, row: LeadRow, role: int) -> Any:
        left = self.seconds_left(row)
        if left is None:
            return theme.MUTED if role == Qt.ItemDataRole.ForegroundRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if left < 0:
                return theme.OVERDUE
            if left <= self._due_soon:
                return theme.DUE_SOON
            return None
        if role == Qt.ItemDataRole.FontRole and left <= self._due_soon:
            return _bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            local = row.due_at.astimezone(_centre_tz(self._ws))
            return self.tr("Due at %1").replace("%1", f"{local:%Y-%m-%d %H:%M:%S}")
        if role == Qt.ItemDataRole.BackgroundRole and self._mine(row):
            return theme.MINE_BACKGROUND
        return None


_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    """One shared bold font. Building a QFont inside data() and returning it drops a reference to None on
    every call under PySide6 6.12 (CPython 3.11 then aborts with "deallocating None" after a few
    thousand paints); returning a long-lived QFont does not."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def format_amount(amount: Decimal) -> str:
    return f"¥{amount:,.0f}" if amount else ""


def _centre_tz(ws: Workstation) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(ws.settings.centre_tz)
