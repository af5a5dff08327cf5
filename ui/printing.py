"""Printing in the app: a lead's forms previewed from its stored facts, printed or saved, archived; batches.

The bytes come from ``workstation.services.documents`` (never SQL here); what the person did with them
(printed on which printer, saved where) is archived through the same service. The preview itself is
ui/print_preview.py. A form that lacks facts a person records opens the dialog that records them
(ui/lead_facts.py); a lead with several thank-you recipients asks which letter to print.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.lead_facts import CaseDetailsDialog, FactDialog, ThanksRecipientDialog, VisitDialog
from ui.print_preview import (  # noqa: F401  (FORM_TITLES, PdfPreviewDialog: re-exported for the lead panel)
    FORM_TITLES,
    PdfPreviewDialog,
    document_title,
)
from ui.tasks import TaskRunner, error_text, show_error
from ui.widgets import guarded
from workstation.desk import Workstation
from workstation.domain.words import aside
from workstation.forms import RenderCancelledError
from workstation.forms.facts import FactKind, MissingFacts
from workstation.messages import QT_TRANSLATE_NOOP
from workstation.reports.period import week_of
from workstation.services import documents
from workstation.services.documents import Rendered, ThanksEntry
from workstation.store.views import LeadDetail


def open_preview(parent: QWidget | None, ws: Workstation, officer: str, tasks: TaskRunner, rendered: Rendered,
                 title: str = "", reprint_of: str | None = None) -> PdfPreviewDialog:
    """Show `rendered`; a preview is numbered at its first print or save; each print or save is archived
    through the database worker."""
    dialog = PdfPreviewDialog(rendered.data, title or document_title(rendered), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.use_printer(ws.settings.printer)
    shown = [rendered]  # what the dialog shows: the preview, then the numbered document
    if rendered.preview:
        dialog.file_name = FORM_TITLES.get(rendered.kind, rendered.kind)  # its number is not known yet
        if not ws.settings.unit_name_set:  # a new document would print the placeholder unit
            dialog.set_warning(QCoreApplication.translate("Printing", UNIT_NOT_SET).format(ws.settings.unit_name))

    # Not a def nested in the `if`: pyside6-lupdate then loses track of the classes below, and their
    # self.tr strings land in an empty context the app never looks up (the batch dialog stayed English).
    def issue(done: Callable[[Rendered], None], failed: Callable[[BaseException], None]) -> None:
        # A batch lays out many pages again: the slow pool, like its preview (a form: the DB worker).
        run = tasks.run_slow if len(rendered.forms) > 1 else tasks.run_db
        run(documents.issue, ws, officer, rendered, on_done=done, on_error=failed)

    if rendered.preview:
        dialog.set_issuer(issue)
        dialog.issued.connect(lambda numbered: shown.__setitem__(0, numbered))

    def keep(action: str, copies: int, target: str) -> None:
        if reprint_of is not None:
            action = "reprint"
        tasks.run_db(documents.archive, ws, officer, shown[0], action, copies, target, reprint_of=reprint_of)

    dialog.printed.connect(lambda name, copies: keep("print", copies, name))
    dialog.saved.connect(lambda path: keep("save", 1, path))
    dialog.open()
    return dialog


UNIT_NOT_SET = QT_TRANSLATE_NOOP("Printing", "The unit name is not set: this form prints the placeholder “{0}”. A team lead or an admin sets it under Team lead → Unit name on forms…")


OnOpen = Callable[[PdfPreviewDialog], None]
OnFacts = Callable[[FactDialog], None]
#: The dialog that records what a form lacks (MissingFacts.fact), and what it says on opening.
FACT_DIALOGS: dict[FactKind, tuple[type[FactDialog], str]] = {
    FactKind.CASE_DETAILS_RECORDED: (CaseDetailsDialog, QT_TRANSLATE_NOOP("Printing", "The case intake form needs the case details. Record them here: the form opens once they are recorded.")),
    FactKind.VISIT_RECORDED: (VisitDialog, QT_TRANSLATE_NOOP("Printing", "The visit notice needs the visit. Record it here: the notice opens once it is recorded.")),
    FactKind.THANKS_RECIPIENT_ADDED: (ThanksRecipientDialog, QT_TRANSLATE_NOOP("Printing", "The thank-you letter needs its recipient. Record who is thanked here: the letter opens once they are recorded.")),
}


def print_lead_form(parent: QWidget | None, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                    form_kind: str, on_open: OnOpen | None = None, *, choice: str | None = None,
                    on_facts: OnFacts | None = None, on_choice: Callable[[QDialog], None] | None = None) -> None:
    """Build the form's preview from the lead's stored facts in the background, then show it (Print / Save).

    When the lead lacks facts a person records (case details, a visit, a thank-you recipient), the dialog
    that records them opens instead of an error (`on_facts` gets it), and the preview follows once they are
    recorded. Facts that only a call records (a call, a stop-payment request) are reported as an error.
    A thank-you letter of a lead with several recipients asks which (`on_choice` gets the chooser).
    """
    alive = _alive(parent)

    def show(rendered: Rendered) -> None:
        if not alive():
            return
        dialog = open_preview(alive.widget(), ws, officer, tasks, rendered)
        if on_open is not None:
            on_open(dialog)

    def again(event_id: str | None = None) -> None:
        print_lead_form(alive.widget(), ws, officer, tasks, lead_id, form_kind, on_open,
                        choice=event_id if form_kind == "thanks" else choice, on_facts=on_facts)

    def offer(fact: FactKind) -> None:
        kind, intro = FACT_DIALOGS[fact]
        dialog = kind(ws, officer, tasks, lead_id, alive.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_intro(QCoreApplication.translate("Printing", intro))
        dialog.recorded.connect(again)
        dialog.open()
        if on_facts is not None:
            on_facts(dialog)

    def missing(exc: BaseException) -> None:
        if isinstance(exc, MissingFacts) and exc.fact in FACT_DIALOGS and alive():
            offer(exc.fact)  # type: ignore[arg-type]
        elif isinstance(exc, MissingFacts) and alive():  # what only a call records: not a failure, a "not yet"
            box = QMessageBox(QMessageBox.Icon.Information,
                              QCoreApplication.translate("Printing", "Not ready to print"),
                              error_text(exc), QMessageBox.StandardButton.Ok, alive.widget())
            box.setObjectName("not_ready_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            _NOTICES.append(box)  # without a parent nothing else keeps it: Python would delete it at once
            box.finished.connect(lambda _=0, b=box: _NOTICES.remove(b))
            box.open()
        else:
            tasks.report_error(exc)

    def pick(entries: list[ThanksEntry]) -> None:
        if len(entries) <= 1:  # none: the letter's MissingFacts offers the recipient dialog
            again(entries[0].event_id if entries else "")
            return
        if not alive():
            return
        chooser = RecipientChoiceDialog(entries, ws.settings.centre_tz, alive.widget())
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.chosen.connect(again)
        chooser.add_requested.connect(lambda: offer(FactKind.THANKS_RECIPIENT_ADDED))
        chooser.open()
        if on_choice is not None:
            on_choice(chooser)

    if form_kind == "thanks" and choice is None:  # which letter, when the lead thanks several people
        tasks.run_db(documents.thanks_recipients, ws, lead_id, on_done=pick)
        return
    tasks.run_db(documents.make, ws, officer, form_kind, lead_id, choice=choice or None, on_done=show,
                 on_error=missing)


class RecipientChoiceDialog(QDialog):
    """Which thank-you letter to print, when a lead has several recipients (newest first), or a new one.

    State: ``recipients`` (a QListWidget whose items hold the recipient's event id).
    """

    #: A recipient was chosen: their event id.
    chosen = Signal(str)
    #: The person asked to record another recipient.
    add_requested = Signal()

    def __init__(self, entries: list[ThanksEntry], zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which thank-you letter?"))
        tz = ZoneInfo(zone)
        self.recipients = QListWidget(self)
        for entry in reversed(entries):
            org = f" — {entry.recipient_org}" if entry.recipient_org else ""
            when = entry.recorded_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(aside(f"{entry.recipient_name}{org}", when), self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, entry.event_id)
        self.recipients.setCurrentRow(0)
        self.recipients.itemActivated.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview letter"))
        ok.setDefault(True)
        self.add_button = buttons.addButton(self.tr("New thank-you recipient…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setAutoDefault(False)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recipients)
        layout.addWidget(buttons)
        self.resize(480, 280)

    @Slot()
    def _choose(self, *_: object) -> None:
        item = self.recipients.currentItem()
        if item is not None:
            self.accept()
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    @Slot()
    def _add(self) -> None:
        self.accept()
        self.add_requested.emit()


def reprint_document(parent: QWidget | None, ws: Workstation, officer: str, tasks: TaskRunner, document_id: str,
                     on_open: OnOpen | None = None) -> None:
    """An archived document again, byte for byte (hash checked); printing or saving archives a reprint."""
    alive = _alive(parent)

    def show(found: tuple[documents.DocumentInfo, bytes]) -> None:
        if not alive():
            return
        parent = alive.widget()
        info, data = found
        rendered = Rendered(data, info.form, info.serial_no, info.lead_ids, ())
        dialog = open_preview(parent, ws, officer, tasks, rendered, reprint_of=info.reprint_of or info.id)
        if on_open is not None:
            on_open(dialog)

    tasks.run_db(documents.fetch, ws, document_id, on_done=show)


_NOTICES: list[QMessageBox] = []  # "not ready to print" boxes on show


class _alive:  # noqa: N801 - used like a function
    """A weak handle on a dialog's parent: callbacks must not keep a widget alive, nor use a deleted one."""

    def __init__(self, widget: QWidget | None) -> None:
        self._ref = weakref.ref(widget) if widget is not None else None

    def widget(self) -> QWidget | None:
        return self._ref() if self._ref is not None else None

    def __call__(self) -> bool:
        if self._ref is None:
            return True
        target = self._ref()
        return target is not None and shiboken6.isValid(target)


def print_menu(parent: QWidget, ws: Workstation, officer: str, tasks: TaskRunner,
               lead_id: Callable[[], str | None], on_open: OnOpen | None = None,
               on_facts: OnFacts | None = None, detail: Callable[[], LeadDetail | None] | None = None) -> QMenu:
    """A Print menu with one entry per form, for a lead panel's Print button (`lead_id` gives the lead shown).

    With `detail` (the lead shown), each time the menu opens a form that only a call can make possible (the
    work record sheet without a call, the stop-payment request without a stop-payment outcome) is greyed,
    its tooltip saying what is needed — the words the form would be refused with."""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    for kind in FORM_TITLES:
        action = menu.addAction(FORM_TITLES[kind] + "…")
        action.setData(kind)
        action.triggered.connect(lambda _=False, k=kind: _print_current(parent, ws, officer, tasks, lead_id(), k,
                                                                        on_open, on_facts))
    if detail is not None:
        menu.aboutToShow.connect(lambda: update_print_actions(menu, detail()))
    return menu


def update_print_actions(menu: QMenu, detail: LeadDetail | None) -> None:
    """Grey the entries of `menu` the lead cannot print yet, each saying why (tooltip and status tip)."""
    for action in menu.actions():
        kind = action.data()
        if not isinstance(kind, str):
            continue
        why = documents.call_facts_missing(kind, detail) if detail is not None else None
        reason = str(why) if why is not None else ""
        action.setEnabled(detail is not None and why is None)
        action.setToolTip(reason or action.text().rstrip("…"))
        action.setStatusTip(reason)


def _print_current(parent: QWidget, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str | None,
                   kind: str, on_open: OnOpen | None, on_facts: OnFacts | None) -> None:
    if lead_id:
        print_lead_form(parent, ws, officer, tasks, lead_id, kind, on_open, on_facts=on_facts)


class _Progress(QObject):
    """Carries render_batch's progress from the worker thread to the GUI thread (queued signal)."""

    advanced = Signal(int, int)


class ThanksBatchDialog(QDialog):
    """Print the thank-you letters recorded in a date range (default: this week), with progress and cancel.

    State: ``since``/``until`` date edits; ``cancelled`` (set from the progress dialog, polled by the
    worker); ``progress`` (the QProgressDialog while a batch renders); ``notice`` (the "no letters" box).
    """

    #: The batch PDF is ready and its preview is open.
    preview_opened = Signal(object)

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.setWindowTitle(self.tr("Print thank-you letters"))
        week = week_of(ws.clock.now(), ws.settings.centre_tz)  # the desk's clock, the centre's days
        monday, sunday = week.first_day, week.last_day
        self.since = QDateEdit(QDate(monday.year, monday.month, monday.day), self)
        self.until = QDateEdit(QDate(sunday.year, sunday.month, sunday.day), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_button = QPushButton(self.tr("Prepare letters…"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("To (inclusive)"), self.until)
        form.addRow(self.buttons)
        self.notice: QMessageBox | None = None  # 'no letters to print', while shown
        self.cancelled = threading.Event()
        self.progress: QProgressDialog | None = None
        self._relay = _Progress(self)
        self._relay.advanced.connect(self._advance)

    def _range(self) -> tuple[datetime, datetime]:
        tz = ZoneInfo(self.ws.settings.centre_tz)
        since = datetime.combine(self.since.date().toPython(), time(0), tz)  # type: ignore[arg-type]
        until = datetime.combine(self.until.date().toPython(), time(0), tz) + timedelta(days=1)  # type: ignore[arg-type]
        return since, until

    @Slot()
    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.tasks.run_db(documents.thanks_letters, self.ws, *self._range(), on_done=guarded(self, self._render),
                          on_error=guarded(self, self._failed))

    def _render(self, entries: list[documents.ThanksEntry]) -> None:
        if not entries:  # a normal answer, not a failure: say so, and let the person pick other dates
            self.start_button.setEnabled(True)
            self._say_none()
            return
        self.cancelled.clear()
        self.progress = QProgressDialog(self.tr("Laying out {0} letters…").format(len(entries)),
                                        self.tr("Cancel"), 0, max(1, len(entries)), self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancelled.set)
        self.tasks.run_slow(documents.make_thanks_batch, self.ws, self.officer, entries,
                            self._relay.advanced.emit, self.cancelled.is_set,
                            on_done=guarded(self, self._rendered), on_error=guarded(self, self._failed))

    @Slot(int, int)
    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None and not self.cancelled.is_set():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _rendered(self, rendered: Rendered) -> None:
        self._finish()
        self.preview_opened.emit(open_preview(self.parentWidget(), self.ws, self.officer, self.tasks, rendered))
        self.accept()

    def _say_none(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("No thank-you letters to print"),
                          self.tr("No thank-you recipient was recorded from {0} to {1}. Choose other dates.").format(
                              self.since.date().toString("yyyy-MM-dd"), self.until.date().toString("yyyy-MM-dd")),
                          QMessageBox.StandardButton.Ok, self)
        box.finished.connect(self._notice_closed)
        self.notice = box
        box.open()  # not exec(): never block the event loop (or a test)

    @Slot()
    def _notice_closed(self) -> None:
        if self.notice is not None:
            self.notice.deleteLater()
            self.notice = None

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, RenderCancelledError):
            show_error(exc, "", self)

    def _finish(self) -> None:
        self.start_button.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
