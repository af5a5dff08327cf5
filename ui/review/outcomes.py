"""Outcome review (处置复核): every call with its outcome, notes and checkpoints, filtered; the verdict."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.review import labels
from ui.review.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets import FieldRow, guarded
from workstation.desk import Workstation
from workstation.domain.types import OutcomeCode, Role, ScamType
from workstation.domain.words import aside
from workstation.errors import InvalidInput
from workstation.messages import text as msg_text
from workstation.reports.calls import CallFilter, CallRow, Review, Verdict
from workstation.reports.period import local_midnight
from workstation.scripts.model import Text
from workstation.services import auth, queue, review
from workstation.services.auth import OfficerInfo

LONG_COLUMNS = (3, 5)  # scam type, outcome
WIDE_COLUMN = 210  # px at most for the type and outcome columns, so the review column stays in view
TONES = {Verdict.REVIEWED: "#E2EFDA", Verdict.FOLLOW_UP: "#FFF3CD", Verdict.COMMENDED: "#D9E7F7"}


#: The review screen's keys (ui/shortcuts.py lists them): next call without a verdict, pick a verdict, save it.
NEXT_KEY = "Ctrl+N"
VERDICT_KEYS = {Verdict.REVIEWED: "Ctrl+1", Verdict.FOLLOW_UP: "Ctrl+2", Verdict.COMMENDED: "Ctrl+3"}
SAVE_KEY = "Ctrl+S"


class ReviewWidget(QWidget):
    """Filters on top, the calls (newest first) on the left, the chosen call and the verdict on the right.
    A verdict saved moves on to the next call without one (further down the list, then from the top).

    "Next unreviewed" right after a save does not move again: the save already showed the next call without a
    verdict, and moving on from it would skip it unseen (a save then Ctrl+N used to leave every other call).

    State: ``calls`` (the rows shown), ``_tz`` (the centre's zone for dates), ``_advance_from`` (the call just
    given a verdict: the next reload selects the next one without a verdict after it), ``_advanced_to`` (the
    call a save moved on to, while it is still the one shown), ``_saving`` (a verdict is being saved),
    ``_keep`` (the call to select again after a reload), ``keys`` (the screen's keys, active while it has the
    focus).
    """

    loaded = Signal(int)
    call_marked = Signal(str, str)  # call event id, verdict

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self._tz = ZoneInfo(ws.settings.centre_tz)
        self.calls: list[CallRow] = []
        self._advance_from: str | None = None
        self._advanced_to: str | None = None
        self._saving = False
        self._keep: str | None = None
        today = ws.clock.now().astimezone(self._tz).date()
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-6))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.names: dict[str, str] = {}  # user name → display name
        self.checkpoints: dict[str, dict[str, Text]] = {}  # scam type → checkpoint id → its words
        self.officer_filter = QComboBox()
        self.officer_filter.setObjectName("review_officer")
        self.officer_filter.addItem(self.tr("All officers"), None)
        self.district_filter = QComboBox()
        self.district_filter.setObjectName("review_district")
        self.district_filter.addItem(self.tr("All districts"), None)
        self.scam_filter = QComboBox()
        self.scam_filter.addItem(self.tr("All types"), None)
        for s in ScamType:
            self.scam_filter.addItem(i18n.scam_label(s.value), s.value)
        self.outcome_filter = QComboBox()
        self.outcome_filter.addItem(self.tr("All outcomes"), None)
        for code in OutcomeCode:
            self.outcome_filter.addItem(labels.outcome_label(code.value), code.value)
        self.search_button = QPushButton(self.tr("Show"))
        self.search_button.clicked.connect(self.reload)

        self.model = RowsModel([self.tr("Started"), self.tr("Lead"), self.tr("Officer"), self.tr("Type"),
                                self.tr("District"), self.tr("Outcome"), self.tr("Protected"), self.tr("Review")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        self.view.viewport().installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.verdict = QComboBox()
        for v in Verdict:
            self.verdict.addItem(labels.verdict_label(v), v.value)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment for the officer"))
        self.comment_row = FieldRow(self.comment)  # the core's refusal ("say what to follow up") shows under it
        self.mark_button = QPushButton(self.tr("Save verdict"))
        self.mark_button.setObjectName("review_mark")
        self.mark_button.setToolTip(self.tr("Save the verdict and go on to the next call without one ({0})")
                                    .format(SAVE_KEY))
        self.mark_button.setEnabled(False)
        self.mark_button.clicked.connect(self.mark_selected)
        self.next_button = QPushButton(self.tr("Next unreviewed"))
        self.next_button.setObjectName("review_next")
        self.next_button.setToolTip(self.tr("The next call in the list without a verdict ({0})").format(NEXT_KEY))
        self.next_button.clicked.connect(self.next_unreviewed)
        self.note = QLabel()
        self.note.setObjectName("review_note")
        self.note.setWordWrap(True)
        self.keys: list[QAction] = []
        self._key(NEXT_KEY, self.next_unreviewed)
        self._key(SAVE_KEY, self.mark_selected)
        for v, key in VERDICT_KEYS.items():
            self._key(key, lambda _=False, v=v: self.choose_verdict(v))
            self.verdict.setItemData(self.verdict.findData(v.value), key, Qt.ItemDataRole.ToolTipRole)

        filters = QHBoxLayout()
        for w in (self.date_from, self.date_to, self.officer_filter, self.scam_filter, self.outcome_filter,
                  self.district_filter, self.search_button):
            filters.addWidget(w)
        side = QWidget()
        form = QFormLayout(side)
        form.addRow(self.detail)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Comment"), self.comment_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.note)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        tasks.run_db(auth.officers, ws, on_done=guarded(self, self._officers_read))
        tasks.run_db(queue.districts, ws, on_done=guarded(self, self._districts_read))
        tasks.run_db(review.checkpoint_texts, ws, on_done=guarded(self, self._checkpoints_read))
        self.reload()

    def _key(self, key: str, slot: object) -> QAction:
        """A key of this screen: active while the focus is in it (the desk's keys elsewhere stay theirs)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        self.keys.append(action)
        return action

    def _officers_read(self, officers: list[OfficerInfo]) -> None:
        self.names = {o.username: o.display_name for o in officers}
        for o in sorted(officers, key=lambda o: (o.display_name, o.username)):
            if o.role is not Role.ADMIN:
                self.officer_filter.addItem(aside(o.display_name, o.username), o.username)
        self._show(self.calls)  # the rows already shown get their names

    def _districts_read(self, districts: list[str]) -> None:
        for d in districts:
            if d:
                self.district_filter.addItem(d, d)

    def _checkpoints_read(self, texts: dict[str, dict[str, Text]]) -> None:
        self.checkpoints = texts
        self._show_selected()

    def _name(self, username: str) -> str:
        return self.names.get(username, username)

    def current_filter(self) -> CallFilter:
        start = local_midnight(_day(self.date_from.date()), self._tz)
        end = local_midnight(_day(self.date_to.date()) + timedelta(days=1), self._tz)
        return CallFilter(start=start, end=end, officer=self.officer_filter.currentData(),
                          scam_type=self.scam_filter.currentData(), outcome=self.outcome_filter.currentData(),
                          district=self.district_filter.currentData())

    @Slot()
    def reload(self) -> None:
        self.tasks.run_db(review.calls_for_review, self.ws, self.officer, self.current_filter(),
                          on_done=guarded(self, self._show))

    def _local(self, at: datetime) -> str:
        return at.astimezone(self._tz).strftime("%m-%d %H:%M")

    def _review_text(self, r: Review | None) -> str:
        return "" if r is None else labels.verdict_label(r.verdict)

    def _show(self, calls: list[CallRow]) -> None:
        """Officers by name (user name in the tooltip), outcomes and verdicts in words; then the call just
        given a verdict is followed by the next one without, or the call shown before is shown again."""
        shown = self.selected_call()
        keep = self._keep or (shown.event_id if shown is not None else None)
        advance_from, self._advance_from, self._keep = self._advance_from, None, None
        self.calls = calls
        rows = [[self._local(c.started_at), c.ref, self._name(c.officer), i18n.scam_label(c.scam_type), c.district,
                 labels.outcome_label(c.outcome), f"{c.amount_protected:,.2f}", self._review_text(c.review)]
                for c in calls]
        tips = [[None, None, c.officer] for c in calls]
        self.model.set_rows(rows, [c.event_id for c in calls],
                            [TONES.get(c.review.verdict) if c.review else None for c in calls], tips)
        self._fit_columns()
        self.mark_button.setEnabled(False)
        self.detail.clear()
        self.note.clear()
        ids = [c.event_id for c in calls]
        if advance_from is not None:
            row = self._unreviewed_after(ids.index(advance_from) if advance_from in ids else -1)
            if row is None:
                self.note.setText(self.tr("Every call in the list has a verdict."))
            else:
                self._select(row)
                self._advanced_to = calls[row].event_id
        elif keep in ids:
            self._select(ids.index(keep))
        self.loaded.emit(len(calls))

    def _unreviewed_after(self, row: int) -> int | None:
        """The first call without a verdict below `row`, else from the top; None when every call has one."""
        n = len(self.calls)
        for k in range(1, n + 1):
            i = (row + k) % n
            if self.calls[i].review is None and i != row:
                return i
        return None

    def _select(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    @Slot()
    def next_unreviewed(self) -> None:
        """Ctrl+N: show the next call without a verdict (below the one shown, then from the top). Right after a
        save (or while it is being saved) the call shown is already that next one: it stays."""
        if self._saving:
            return  # the save moves on by itself when it is done
        shown = self.selected_call()
        if shown is not None and shown.event_id == self._advanced_to and shown.review is None:
            self._advanced_to = None  # pressed again: move on
            self.note.setText(self.tr("This is the next call without a verdict."))
            return
        rows = self.view.selectionModel().selectedRows()
        row = self._unreviewed_after(rows[0].row() if rows else -1)
        if row is None:
            self.note.setText(self.tr("Every call in the list has a verdict."))
            return
        self.note.clear()
        self._select(row)

    def choose_verdict(self, verdict: Verdict) -> None:
        """Ctrl+1/2/3: the verdict to save (a follow-up needs a comment: the comment takes the focus)."""
        self.verdict.setCurrentIndex(self.verdict.findData(verdict.value))
        if verdict is Verdict.FOLLOW_UP:
            self.comment.setFocus()

    def selected_call(self) -> CallRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.calls[rows[0].row()] if rows else None

    def _fit_columns(self) -> None:
        """Columns as wide as their content; the long scam types and outcomes capped where the table lacks the
        room (their tooltip has them whole), given back what the table has to spare (a 1920 px screen cut them
        with 470 px empty beside)."""
        view = self.view
        view.resizeColumnsToContents()
        wanted = {column: view.columnWidth(column) for column in LONG_COLUMNS}
        for column in LONG_COLUMNS:
            view.setColumnWidth(column, min(wanted[column], WIDE_COLUMN))
        spare = view.viewport().width() - sum(view.columnWidth(c) for c in range(self.model.columnCount()))
        for column in LONG_COLUMNS:
            extra = min(max(spare, 0), wanted[column] - view.columnWidth(column))
            if extra > 0:
                view.setColumnWidth(column, view.columnWidth(column) + extra)
                spare -= extra

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The table's own width, known only once its tab is laid out: the columns follow it.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.model.rowCount():
            self._fit_columns()
        return False

    def _selection_changed(self) -> None:
        """Another call: its verdict starts from "reviewed" (or the one it has) and the comment from empty, so
        nothing chosen or typed for the last call is saved on this one."""
        c = self.selected_call()
        if c is None or c.event_id != self._advanced_to:
            self._advanced_to = None  # another call chosen: "next" counts from it
        if c is not None:
            self.verdict.setCurrentIndex(self.verdict.findData((c.review.verdict if c.review else Verdict.REVIEWED).value))
            self.comment.clear()
            self.comment_row.clear_error()
        self._show_selected()

    def _show_selected(self) -> None:
        c = self.selected_call()
        self.mark_button.setEnabled(c is not None)
        if c is None:
            return
        texts = self.checkpoints.get(c.scam_type, {})
        ticked = [labels.checkpoint_label(x, texts) for x in c.checkpoints]
        who = aside(labels.party_label(c.contacted_party), c.relation) if c.relation else labels.party_label(c.contacted_party)
        lines = [f"{c.ref}  {self.span(c.started_at, c.ended_at)}  {aside(self._name(c.officer), c.officer)}",
                 self.tr("Outcome: {0} · answered: {1}").format(labels.outcome_label(c.outcome), who),
                 *self._facts(c),
                 self.tr("Checkpoints ticked:") + ("" if ticked else " —"),
                 *(f"  ✓ {t}" for t in ticked), "", c.notes]
        if c.review is not None:
            lines += ["", self.tr("Review: {0} — {1}").format(self._review_text(c.review), c.review.comment)]
        self.detail.setPlainText("\n".join(lines))

    def span(self, start: datetime, end: datetime) -> str:
        """When the call was, the date once: "12-03 00:23–00:25"; within one minute "12-03 00:23 (45 s)"; over
        midnight both dates."""
        a, b = start.astimezone(self._tz), end.astimezone(self._tz)
        if a.date() != b.date():
            return f"{self._local(a)}–{self._local(b)}"
        if a.strftime("%H:%M") != b.strftime("%H:%M"):
            return f"{self._local(a)}–{b.strftime('%H:%M')}"
        seconds = max(0, round((b - a).total_seconds()))
        return self.tr("{0} ({1} s)").format(self._local(a), seconds)

    def _facts(self, c: CallRow) -> list[str]:
        """What the outcome recorded beyond its code: the station a visit went to, the money, the stop-payment."""
        out: list[str] = []
        if c.station:
            out.append(self.tr("Handed to station: {0}").format(c.station))
        if c.amount_protected or c.amount_lost:
            out.append(self.tr("Protected: {0:,.2f} · lost: {1:,.2f}").format(c.amount_protected, c.amount_lost))
        sp = c.stop_payment
        if sp is not None:
            at = self._local(sp.transferred_at) if sp.transferred_at is not None else "—"
            out += [self.tr("Stop-payment: {0:,.2f} transferred at {1}").format(sp.amount, at),
                    "  " + self.tr("From: {0}").format(_aside(sp.victim_account, sp.victim_bank)),
                    "  " + self.tr("To: {0}").format(_aside(" ".join(x for x in (sp.fraud_account,
                                                                              sp.fraud_account_name) if x),
                                                          sp.fraud_bank))]
        return out

    @Slot()
    def mark_selected(self) -> None:
        c = self.selected_call()
        if c is None or not self.mark_button.isEnabled():
            return
        verdict = self.verdict.currentData()
        self.mark_button.setEnabled(False)
        self.comment_row.clear_error()
        self._saving = True
        self.tasks.run_db(review.mark_call, self.ws, self.officer, c.event_id, verdict,
                          self.comment.toPlainText(),
                          on_done=guarded(self, self._marked),
                          on_error=guarded(self, self._mark_failed))

    def _marked(self, r: Review) -> None:
        self._saving = False
        self.comment.clear()
        self._advance_from = r.call_event_id
        self.call_marked.emit(r.call_event_id, r.verdict.value)
        self.reload()

    def _mark_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.mark_button.setEnabled(True)
        self.note.clear()  # "this is the next call…" belongs to before the refusal
        if isinstance(exc, InvalidInput) and exc.errors:  # a refusal the lead can mend here: shown by the field
            for error in exc.errors:
                self.comment_row.set_error(msg_text(error.message))
            self.comment.setFocus()
            return
        self.tasks.report_error(exc)


def _aside(main: str, note: str) -> str:
    return aside(main, note) if note else main


def _day(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())

