"""The print preview (打印预览): the exact PDF shown with QtPdf, numbered at its first print or save, printed
or saved. On Linux a CUPS printer gets the PDF itself through ``lp`` (vector text, fast); any other printer
gets pages rendered by QtPdf at the printer's resolution, capped to 300 dpi (FIELD-NOTES: Printing).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSaveFile,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from ui import file_dialogs
from ui.tasks import show_error
from ui.widgets import guarded
from workstation.messages import QT_TRANSLATE_NOOP
from workstation.services import documents
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
        self.file_name = title  # the default name in Save as…
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
        self.warning = QLabel(self)
        self.warning.setObjectName("preview_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#b26a00; font-weight:bold;")
        self.warning.hide()
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
        layout.addWidget(self.warning)
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

    def set_warning(self, text: str) -> None:
        """Something the person should fix before printing (e.g. the unit name is the placeholder)."""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

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
        self.file_name = title
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

    def use_printer(self, name: str) -> None:
        """Print on `name` (the desk's printer setting) unless the officer picks another; "" or a printer this
        machine does not have: the system's default."""
        if name and name in QPrinterInfo.availablePrinterNames():
            self.printer.setPrinterName(name)

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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              file_dialogs.start_in((self.file_name or "document") + ".pdf"),
                                              self.tr("PDF files (*.pdf)"))
        file_dialogs.remember(path)
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
