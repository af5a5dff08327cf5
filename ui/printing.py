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
from collections.abc import Callable
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
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner, show_error
from ui.widgets import guarded
from workstation.forms import RenderCancelledError
from workstation.reports.period import week_of
from workstation.services import documents
from workstation.services.context import Workstation
from workstation.services.documents import Rendered

MAX_DPI = 300
FORM_TITLES = {"record": "预警劝阻工作记录单", "case": "受案登记表", "stop-payment": "紧急止付申请表",
               "thanks": "感谢信", "visit-notice": "上门劝阻告知书"}


class PdfPreviewDialog(QDialog):
    """A preview of the exact bytes that will be printed or saved, with Print…, Save as PDF…, Close.

    State: ``pdf_bytes``; ``document`` (QPdfDocument, read from ``_buffer``); ``printer`` (the QPrinter,
    kept alive for the dialog's life — a temporary one crashes Qt's print dialogs).
    """

    #: The document went to a printer: (printer name, copies).
    printed = Signal(str, int)
    #: The document was saved: (file path).
    saved = Signal(str)

    def __init__(self, pdf_bytes: bytes, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(QSize(820, 1000))
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def choose_printer(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on `printer` (CUPS queue: the PDF through lp; else pages rasterised); emits ``printed``."""
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
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the bytes atomically (QSaveFile); emits ``saved``."""
        out = QSaveFile(path)
        ok = out.open(QIODevice.OpenModeFlag.WriteOnly) and out.write(QByteArray(self.pdf_bytes)) >= 0
        if not ok or not out.commit():
            out.cancelWriting()
            show_error(OSError(out.errorString()), "", self)
            return False
        self.saved.emit(str(Path(path).resolve()))
        return True


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
                 title: str, reprint_of: str | None = None) -> PdfPreviewDialog:
    """Show `rendered`; archive each print or save through the database worker."""
    dialog = PdfPreviewDialog(rendered.data, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def keep(action: str, copies: int, target: str) -> None:
        if reprint_of is not None:
            action = "reprint"
        tasks.run_db(documents.archive, ws, officer, rendered, action, copies, target, reprint_of=reprint_of)

    dialog.printed.connect(lambda name, copies: keep("print", copies, name))
    dialog.saved.connect(lambda path: keep("save", 1, path))
    dialog.open()
    return dialog


OnOpen = Callable[[PdfPreviewDialog], None]


def print_lead_form(parent: QWidget | None, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str,
                    form_kind: str, on_open: OnOpen | None = None) -> None:
    """Build the form from the lead's stored facts in the background, then preview it (Print / Save)."""
    alive = _alive(parent)

    def show(rendered: Rendered) -> None:
        if not alive():
            return
        parent_now = alive.widget()
        title = f"{FORM_TITLES.get(form_kind, form_kind)} {rendered.serial_no}"
        dialog = open_preview(parent_now, ws, officer, tasks, rendered, title)
        if on_open is not None:
            on_open(dialog)

    tasks.run_db(documents.make, ws, officer, form_kind, lead_id, on_done=show)


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
        title = f"{FORM_TITLES.get(info.form, info.form)} {info.serial_no}"
        dialog = open_preview(parent, ws, officer, tasks, rendered, title, reprint_of=info.reprint_of or info.id)
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
               lead_id: Callable[[], str | None]) -> QMenu:
    """A Print menu with one entry per form, for a lead panel's Print button (`lead_id` gives the lead shown)."""
    menu = QMenu(parent)
    for kind, title in FORM_TITLES.items():
        action = menu.addAction(title)
        action.triggered.connect(lambda _=False, k=kind: _print_current(parent, ws, officer, tasks, lead_id(), k))
    return menu


def _print_current(parent: QWidget, ws: Workstation, officer: str, tasks: TaskRunner, lead_id: str | None,
                   kind: str) -> None:
    if lead_id:
        print_lead_form(parent, ws, officer, tasks, lead_id, kind)


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
        title = f"{FORM_TITLES['thanks']} {rendered.serial_no}"
        self.preview_opened.emit(open_preview(self.parentWidget(), self.ws, self.officer, self.tasks, rendered,
                                              title))
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
