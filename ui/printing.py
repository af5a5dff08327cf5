"""Printing in the app: preview the exact PDF (QtPdf), print it, save it, archive it; batches with progress.

The bytes come from ``workstation.services.documents`` (never SQL here); what the person did with them
(printed on which printer, saved where) is archived through the same service. On Linux a CUPS printer gets
the PDF itself through ``lp`` (vector text, fast); any other printer gets pages rendered by QtPdf at the
printer's resolution, capped to 300 dpi (FIELD-NOTES: Printing).
"""

from __future__ import annotations

import sys
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QObject,
    QSaveFile,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.lead_facts import CaseDetailsDialog, FactDialog, ThanksRecipientDialog, VisitDialog
from ui.tasks import TaskRunner, show_error
from ui.widgets import guarded
from workstation.forms import RenderCancelledError
from workstation.forms.facts import FactKind, MissingFacts
from workstation.messages import QT_TRANSLATE_NOOP
from workstation.reports.period import week_of
from workstation.services import documents
from workstation.services.context import Workstation
from workstation.services.documents import Rendered

MAX_DPI = 300
Issuer = Callable[[Callable[[Rendered], None], Callable[[BaseException], None]], None]


class _FormTitles(Mapping[str, str]):
    """The forms' names by kind, in the app's language when read (the printed titles stay Chinese)."""

    _SOURCES = {"record": QT_TRANSLATE_NOOP("Printing", "Work record sheet"),
                "case": QT_TRANSLATE_NOOP("Printing", "Case intake form"),
                "stop-payment": QT_TRANSLATE_NOOP("Printing", "Stop-payment request"),
                "thanks": QT_TRANSLATE_NOOP("Printing", "Thank-you letter"),
                "visit-notice": QT_TRANSLATE_NOOP("Printing", "Visit notice")}

    def __getitem__(self, kind: str) -> str:
        return QCoreApplication.translate("Printing", self._SOURCES[kind])

    def __iter__(self) -> Iterator[str]:
        return iter(self._SOURCES)

    def __len__(self) -> int:
        return len(self._SOURCES)


FORM_TITLES = _FormTitles()


def document_title(rendered: Rendered) -> str:
    """'Case intake form SA-2026-00001', or '… (preview)' before the document has its number."""
    name = FORM_TITLES.get(rendered.kind, rendered.kind)
    if rendered.preview:
        return QCoreApplication.translate("Printing", "{0} (preview)").format(name)
    return f"{name} {rendered.serial_no}"


class PdfPreviewDialog(QDialog):
    """A preview of the exact bytes that will be printed or saved, with Print…, Save as PDF…, Close.

    A preview made without a serial number has an `issuer`: Print… and Save… first ask it for the numbered
    document (the number is taken then, not when the preview opens), show it, then print or save it; later
    prints and saves deliver the same numbered bytes.

    State: ``pdf_bytes``; ``document`` (QPdfDocument, read from ``_buffer``); ``printer`` (the QPrinter,
    kept alive for the dialog's life — a temporary one crashes Qt's print dialogs); ``issuer`` (None once
    the document has its number); ``busy`` while it is being numbered.
    """

    #: The document went to a printer: (printer name, copies).
    printed = Signal(str, int)
    #: The document was saved: (file path).
    saved = Signal(str)
    #: The document got its serial number: the numbered Rendered.
    issued = Signal(object)

    def __init__(self, pdf_bytes: bytes, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.issuer: Issuer | None = None
        self.busy = False
        self._then: Callable[[], None] | None = None
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(preview_size(parent))
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self._load(pdf_bytes)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _load(self, data: bytes) -> None:
        self.pdf_bytes = data
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def set_issuer(self, issuer: Issuer) -> None:
        """Number the document through `issuer` before its first print or save; tells the person so."""
        self.issuer = issuer
        self.status.setText(self.tr("Preview: the serial number is taken when you print or save."))
        self.status.show()

    # --- numbering ------------------------------------------------------------------------------------

    def _numbered_then(self, then: Callable[[], None]) -> None:
        """Run `then` on the numbered document: at once if it has its number, else once the issuer gave it."""
        if self.issuer is None:
            then()
            return
        if self.busy:
            return
        self.busy, self._then = True, then
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Taking the serial number…"))
        self.issuer(guarded(self, self._issued), guarded(self, self._issue_failed))

    def _issued(self, rendered: Rendered) -> None:
        self.issuer, self.busy = None, False
        self._load(rendered.data)
        title = document_title(rendered)
        self.setWindowTitle(title)
        self.printer.setDocName(title)
        self.status.setText(self.tr("Serial number {0}").format(rendered.serial_no))
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.issued.emit(rendered)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _issue_failed(self, exc: BaseException) -> None:
        self.busy, self._then = False, None
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.status.setText(self.tr("Preview: the serial number is taken when you print or save."))
        show_error(exc, "", self)

    def reject(self) -> None:
        if not self.busy:  # the number being taken is shown (and delivered) first
            super().reject()

    # --- print, save ----------------------------------------------------------------------------------

    @Slot()
    def choose_printer(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_document(self.printer)

    def print_document(self, printer: QPrinter) -> None:
        """Number the document if it is a preview, then print it on `printer`."""
        self._numbered_then(lambda: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> None:
        """Print the bytes shown on `printer` (CUPS queue: the PDF through lp; else pages rasterised); emits
        ``printed``."""
        copies = max(1, printer.copyCount())
        name = printer.printerName()
        try:
            if is_cups_queue(printer):
                send_pdf(self.pdf_bytes, name, copies, self.windowTitle())
            else:
                rasterise(self.document, printer)
                name = name or printer.outputFileName()
        except Exception as exc:  # a refused job is shown, never lost
            show_error(exc, "", self)
            return
        self.printed.emit(name, copies)

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.windowTitle() + ".pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_document(path)

    def save_document(self, path: str) -> None:
        """Number the document if it is a preview, then save it to `path`."""
        self._numbered_then(lambda: self._save_quietly(path))

    def _save_quietly(self, path: str) -> None:
        self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the bytes shown atomically (QSaveFile); emits ``saved``."""
        out = QSaveFile(path)
        ok = out.open(QIODevice.OpenModeFlag.WriteOnly) and out.write(QByteArray(self.pdf_bytes)) >= 0
        if not ok or not out.commit():
            out.cancelWriting()
            show_error(OSError(out.errorString()), "", self)
            return False
        self.saved.emit(str(Path(path).resolve()))
        return True


def preview_size(parent: QWidget | None) -> QSize:
    """An A4 page's width at a readable size, never taller or wider than the screen it opens on (1366×768)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(820, 1000)
    room = screen.availableGeometry()
    return QSize(min(820, room.width() - 40), min(1000, room.height() - 60))


def is_cups_queue(printer: QPrinter) -> bool:
    return (sys.platform.startswith("linux") and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            and printer.printerName() in documents.cups_printers())


def send_pdf(data: bytes, printer: str, copies: int, title: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        fh.write(data)
    try:
        return documents.send_to_cups(fh.name, printer, copies, title)
    finally:
        Path(fh.name).unlink(missing_ok=True)


def rasterise(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at min(printer dpi, 300), composited onto white (QtPdf renders transparent)."""
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be opened"))
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size_pt = document.pagePointSize(index)
            size = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
            page = document.render(index, size)
            sheet = QImage(size, QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            onto_white = QPainter(sheet)
            onto_white.drawImage(0, 0, page)
            onto_white.end()
            target = painter.viewport()
            scaled = sheet.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), sheet.scaled(scaled, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                                   Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()


def open_preview(parent: QWidget | None, ws: Workstation, officer: str, tasks: TaskRunner, rendered: Rendered,
                 title: str = "", reprint_of: str | None = None) -> PdfPreviewDialog:
    """Show `rendered`; a preview is numbered at its first print or save; each print or save is archived
    through the database worker."""
    dialog = PdfPreviewDialog(rendered.data, title or document_title(rendered), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown = [rendered]  # what the dialog shows: the preview, then the numbered document

    if rendered.preview:
        def issue(done: Callable[[Rendered], None], failed: Callable[[BaseException], None]) -> None:
            # A batch lays out many pages again: the slow pool, like its preview (a form: the DB worker).
            run = tasks.run_slow if len(rendered.forms) > 1 else tasks.run_db
            run(documents.issue, ws, officer, rendered, on_done=done, on_error=failed)

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
                    on_facts: OnFacts | None = None) -> None:
    """Build the form's preview from the lead's stored facts in the background, then show it (Print / Save).

    When the lead lacks facts a person records (case details, a visit, a thank-you recipient), the dialog
    that records them opens instead of an error (`on_facts` gets it), and the preview follows once they are
    recorded. Facts that only a call records (a call, a stop-payment request) are reported as an error.
    """
    alive = _alive(parent)

    def show(rendered: Rendered) -> None:
        if not alive():
            return
        dialog = open_preview(alive.widget(), ws, officer, tasks, rendered)
        if on_open is not None:
            on_open(dialog)

    def missing(exc: BaseException) -> None:
        offer = FACT_DIALOGS.get(exc.fact) if isinstance(exc, MissingFacts) and exc.fact is not None else None
        if offer is None or not alive():
            tasks.report_error(exc)
            return
        kind, intro = offer
        dialog = kind(ws, officer, tasks, lead_id, alive.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_intro(QCoreApplication.translate("Printing", intro))
        dialog.recorded.connect(lambda event_id: print_lead_form(
            alive.widget(), ws, officer, tasks, lead_id, form_kind, on_open,
            choice=event_id if form_kind == "thanks" else choice, on_facts=on_facts))
        dialog.open()
        if on_facts is not None:
            on_facts(dialog)

    tasks.run_db(documents.make, ws, officer, form_kind, lead_id, choice=choice, on_done=show, on_error=missing)


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
               on_facts: OnFacts | None = None) -> QMenu:
    """A Print menu with one entry per form, for a lead panel's Print button (`lead_id` gives the lead shown)."""
    menu = QMenu(parent)
    for kind in FORM_TITLES:
        action = menu.addAction(FORM_TITLES[kind] + "…")
        action.setData(kind)
        action.triggered.connect(lambda _=False, k=kind: _print_current(parent, ws, officer, tasks, lead_id(), k,
                                                                        on_open, on_facts))
    return menu


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
    worker); ``progress`` (the QProgressDialog while a batch renders).
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
        self.start_button.clicked.connect(self.start)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("To (inclusive)"), self.until)
        form.addRow(self.start_button)
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
