"""The queue screen: filter bar, the lead table with level badges and live countdowns, and counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, theme
from ui.queue_model import (
    COL,
    LEVEL_COLUMN,
    LEVEL_ROLE,
    ROW_ROLE,
    SORT_COLUMNS,
    SORT_ORDER,
    QueueModel,
    countdown_text,
)
from workstation.domain.types import LeadStatus, ScamType, WarningLevel
from workstation.services.queue import QueueFilter, SortKey
from workstation.store.views import LeadRow

SEARCH_DEBOUNCE_MS = 200
# The widest usual content of each column: widths come from the font in use, not from pixel constants.
COLUMN_SAMPLES = {"ref": "YJ261125-WM0MW8MP", "level": "橙色  ", "scam_type": "冒充电商物流客服", "person_name": "欧阳*",
                  "phone": "0571-****7702", "district": "临平区", "amount": "¥499,999", "status": "待处置 · 王大明",
                  "due": "超时 7:41:18"}
TABLE_POINT_SIZE = 9
CELL_PADDING = 12  # px beside a cell's text: the item's own margins (about 6) and a little air
# Who to call, how urgent, about what: always in view, in this order. The other columns show while there is room,
# in this order of priority, and hide (the lead panel has them) rather than push these out sideways.
KEY_COLUMNS = ("ref", "level", "due", "scam_type", "person_name", "phone")
OPTIONAL_COLUMNS = ("status", "district", "amount")
REF_MIN = 44  # px: a reference cut from the left ("…DMA") before anything else gives way
ALL = "__all__"  # the status combo's "all statuses" entry (None there means "open")


class LeftElideDelegate(QStyledItemDelegate):
    """A reference cut from the left when narrow: its start is the prefix and the date every lead of the day
    shares, its end is what tells it apart (the whole reference is in the tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class LevelBadgeDelegate(QStyledItemDelegate):
    """Paints the warning level as a coloured rounded badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        level = index.data(LEVEL_ROLE)
        colour = theme.LEVEL_COLOURS.get(level)
        if colour is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection/alternate background, without the text
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 14
        height = metrics.height() + 2
        rect: QRect = option.rect
        badge = QRect(rect.x() + (rect.width() - width) // 2, rect.y() + (rect.height() - height) // 2,
                      width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(theme.LEVEL_TEXT[level])
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def _fit_filter(combo: QComboBox) -> None:
    """A filter box as wide as its first item ("All scam types"), not its longest ('Impersonating
    police/prosecutors/courts' made the English queue 740 px wide at least, and the lead panel too narrow for its
    form); its open list still shows every item whole (measured from the texts: the list's own
    sizeHintForColumn counts only the rows it has laid out)."""
    metrics = combo.fontMetrics()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(-(-metrics.horizontalAdvance(combo.itemText(0)) // metrics.horizontalAdvance("x")))
    items = combo.view().fontMetrics()
    widest = max((items.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.view().setMinimumWidth(widest + 32)  # the item's margins and the list's scroll bar


class QueueView(QWidget):
    """Filters, the table and the "N leads, M overdue" line over one QueueModel.

    State: the model, the filter widgets, a debounce timer for the search box, a one-second countdown timer.
    """

    #: The officer double-clicked (or pressed Enter on) a lead.
    lead_activated = Signal(object)

    def __init__(self, model: QueueModel, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._me = me
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Open"), None)
        for status in LeadStatus:
            self.status_combo.addItem(i18n.status_label(status.value), status.value)
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All scam types"), None)
        for kind in ScamType:
            self.type_combo.addItem(i18n.scam_label(kind.value), kind.value)
        self.district_combo = QComboBox()
        self.district_combo.addItem(self.tr("All districts"), None)
        for combo in (self.status_combo, self.type_combo, self.district_combo):
            _fit_filter(combo)
        self.mine_button = QPushButton(self.tr("My leads"))
        self.mine_button.setCheckable(True)
        self.mine_button.setToolTip(self.tr("Show only the leads I hold"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search phone, name or ref (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(110)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(LEVEL_COLUMN, LevelBadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(COL["ref"], LeftElideDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fit_columns()
        self._show_sort_indicator(model.sort_key)
        # In place of an empty table: why it is empty (nothing waiting, the filters hide N, offline) and a way out.
        self.empty_note = QLabel()
        self.empty_note.setObjectName("emptyQueueNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setStyleSheet("color:#616161; font-size:14px; padding:12px;")
        self.clear_filters_button = QPushButton(self.tr("Show every open lead"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_note)
        empty_layout.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(empty)
        self._offline = False
        self._counts: tuple[int, int, int] | None = None

        # Search and "My leads" above the three filters: in one row they kept the queue 500 px wide at least, too
        # wide for the lead beside it on a 1366 px desk, with the filters cut to "All scam type".
        search = QHBoxLayout()
        search.setContentsMargins(0, 0, 0, 0)
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.mine_button)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.status_combo, self.type_combo, self.district_combo):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.refresh_countdowns)
        self._clock.start()

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filter)
        for combo in (self.status_combo, self.type_combo, self.district_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.mine_button.toggled.connect(self.apply_filter)
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(self._row_activated)
        model.counts_changed.connect(self._show_counts)
        model.reloaded.connect(self._after_reload)

    def _fit_columns(self) -> None:
        """Each column's width from the font and the words of the language in use (its widest usual content or
        its header); `_fit_to_view` then decides what shows in the width the table has."""
        font = self.table.font()
        font.setPointSize(TABLE_POINT_SIZE)
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        header.setFont(font)
        cells, heads = self.table.fontMetrics(), header.fontMetrics()
        samples = dict(COLUMN_SAMPLES)
        widest = cells.horizontalAdvance
        samples["scam_type"] = max((i18n.scam_short_label(k.value) for k in ScamType), key=widest)
        # Words that change with the language are measured in it ("overdue 7:41:18" is wider than "超时 7:41:18").
        samples["status"] = max((i18n.status_label(k.value) for k in LeadStatus), key=widest) + " · 王大明"
        samples["level"] = max((i18n.level_label(k.value) for k in WarningLevel), key=widest) + "  "
        due = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
        samples["due"] = max(COLUMN_SAMPLES["due"], countdown_text(due, due + timedelta(hours=7, minutes=41, seconds=18)),
                             key=widest)
        bold = QFont(font)
        bold.setBold(True)
        self._natural: dict[str, int] = {}
        for name, sample in samples.items():
            col = COL[name]
            title = str(self._model.headerData(col, Qt.Orientation.Horizontal) or "")
            indicator = 16 if col in SORT_COLUMNS else 0
            # A countdown due soon or overdue is bold (an overdue one was cut to "overdue 7:15…").
            text = QFontMetrics(bold).horizontalAdvance(sample) if name == "due" else cells.horizontalAdvance(sample)
            self._natural[name] = max(text + CELL_PADDING,
                                      heads.horizontalAdvance(title) + indicator + 18)
            header.resizeSection(col, self._natural[name])
        header.setMinimumSectionSize(36)
        # The last column shown takes what is left; only a queue too narrow for the key columns scrolls sideways.
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_view()
        return super().eventFilter(watched, event)

    def _fit_to_view(self) -> None:
        """The key columns at their widths (the reference cut from the left when even they do not fit), then
        the others by priority while they fit whole; the rest hidden."""
        room = self.table.viewport().width()
        if room <= 0:
            return
        header = self.table.horizontalHeader()
        spare = room - sum(self._natural[name] for name in KEY_COLUMNS)
        for name in OPTIONAL_COLUMNS:
            fits = self._natural[name] <= spare
            self.table.setColumnHidden(COL[name], not fits)
            if fits:
                spare -= self._natural[name]
        for name in KEY_COLUMNS + OPTIONAL_COLUMNS:
            width = self._natural[name]
            if name == "ref" and spare < 0:
                width = max(REF_MIN, width + spare)
            header.resizeSection(COL[name], width)

    def hidden_columns(self) -> list[str]:
        """The columns the table has no room for just now (their fields are in the lead panel)."""
        return [name for name in COL if self.table.isColumnHidden(COL[name])]

    def table_width_needed(self) -> int:
        """The width that shows every column whole (plus this view's margins and the scroll bar)."""
        columns = sum(self._natural.values())
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        extra = (margins.left() + margins.right()) if margins is not None else 0
        return columns + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + extra

    @property
    def model(self) -> QueueModel:
        return self._model

    def set_districts(self, districts: list[str]) -> None:
        current = self.district_combo.currentData()
        self.district_combo.blockSignals(True)
        while self.district_combo.count() > 1:
            self.district_combo.removeItem(1)
        for d in districts:
            self.district_combo.addItem(d, d)
        self.district_combo.setCurrentIndex(max(0, self.district_combo.findData(current)))
        self.district_combo.blockSignals(False)
        _fit_filter(self.district_combo)

    def current_filter(self) -> QueueFilter:
        status = self.status_combo.currentData()
        statuses: tuple[str, ...] | None = () if status == ALL else (None if status is None else (status,))
        return QueueFilter(statuses=statuses, scam_type=self.type_combo.currentData(),
                           district=self.district_combo.currentData(), search=self.search_edit.text().strip(),
                           owner=self._me if self.mine_button.isChecked() else None)

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._model.set_filter(self.current_filter())

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def clear_search(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.apply_filter()

    @Slot()
    def refresh_countdowns(self) -> None:
        """Once a second: repaint the countdown column of the rows on screen, nothing else."""
        rows = self._model.rowCount()
        if not rows:
            return
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        self._model.tick(max(first, 0), rows - 1 if last < 0 else last)

    def select_lead(self, lead_id: str) -> None:
        row = self._model.row_of(lead_id)
        if row is not None:
            self.table.selectRow(row)

    @Slot(int)
    def _header_clicked(self, column: int) -> None:
        key = SORT_COLUMNS.get(column)
        if key is not None:
            self._model.set_sort(key)
        self._show_sort_indicator(self._model.sort_key)

    def _show_sort_indicator(self, key: SortKey) -> None:
        column = COL["due"] if key is SortKey.URGENCY else next(c for c, k in SORT_COLUMNS.items() if k is key)
        self.table.horizontalHeader().setSortIndicator(column, SORT_ORDER[key])

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        row: LeadRow | None = index.data(ROW_ROLE)
        if row is not None:
            self.lead_activated.emit(row)

    @Slot(int, int, int)
    def _show_counts(self, matching: int, overdue: int, everything: int) -> None:
        """"34 leads, 10 overdue" — both counted among what the filters show."""
        leads = self.tr("1 lead") if matching == 1 else self.tr("%1 leads").replace("%1", f"{matching:,}")
        self.count_label.setText(self.tr("%1, %2 overdue").replace("%1", leads).replace("%2", f"{overdue:,}"))
        self._counts = (matching, overdue, everything)
        self._show_empty_note()

    def set_offline(self, offline: bool) -> None:
        """The centre cannot be reached: an empty list may only mean this desk has not heard of new leads."""
        self._offline = offline
        self._show_empty_note()

    def _filtered(self) -> bool:
        return self.current_filter() != QueueFilter(owner=None)

    def _show_empty_note(self) -> None:
        """The table, or — when it has no row — why, and a way out when the filters are the reason."""
        empty = self._model.rowCount() == 0 and not self._model.loading
        if not empty:
            self.table_stack.setCurrentIndex(0)
            return
        everything = self._counts[2] if self._counts is not None else 0
        filtered = self._filtered()
        if self.mine_button.isChecked() and not self.current_filter().search:
            text = self.tr("You hold no lead and no callback is kept for you. Press F5 for the next lead.")
        elif filtered and everything:
            text = (self.tr("No lead matches the search and filters: they hide 1 open lead.") if everything == 1
                    else self.tr("No lead matches the search and filters: they hide %1 open leads.")
                    .replace("%1", f"{everything:,}"))
        else:
            text = self.tr("Nothing is waiting: every lead in the queue has been handled. New warnings appear here "
                           "as they arrive.")
        if self._offline:
            text += "\n" + self.tr("Offline: leads that reached the centre since the last sync are not shown yet.")
        self.empty_note.setText(text)
        self.clear_filters_button.setVisible(filtered and everything > 0)
        self.table_stack.setCurrentIndex(1)

    @Slot()
    def clear_filters(self) -> None:
        """Back to every open lead: no search, no filter, not only mine."""
        for widget in (self.status_combo, self.type_combo, self.district_combo, self.search_edit, self.mine_button):
            widget.blockSignals(True)
        self.status_combo.setCurrentIndex(0)
        self.type_combo.setCurrentIndex(0)
        self.district_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.mine_button.setChecked(False)
        for widget in (self.status_combo, self.type_combo, self.district_combo, self.search_edit, self.mine_button):
            widget.blockSignals(False)
        self.apply_filter()

    @Slot()
    def _after_reload(self) -> None:
        self._show_sort_indicator(self._model.sort_key)
        self.table.scrollToTop()
        self._show_empty_note()
